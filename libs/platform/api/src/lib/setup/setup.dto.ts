import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CheckedBy } from '@platform/contract';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, ValidateNested } from 'class-validator';

/**
 * Setup's request bodies are metadata components: they are checked by the metadata's own schemas
 * and cross-checks (the rules and messages a package gets at load, every problem named with its
 * field), after the object's licence is checked; the pipe passes them on as sent (@CheckedBy).
 * These classes document their shape.
 */
const METADATA_CHECKS = 'the metadata schemas (SetupService)';

/** A roll-up summary's operations (COUNT needs no summarised field). */
export const SUMMARY_OPERATIONS = ['count', 'sum', 'min', 'max'] as const;
export type SummaryOperation = (typeof SUMMARY_OPERATIONS)[number];

/** A picklist value of a field. */
export class PicklistValueInput {
  value!: string;
  label?: string;
  /** The value a new record starts with. */
  default?: boolean;
  active?: boolean;
}

/** A picklist value in a body: the value alone (a string), or with its settings. */
const PICKLIST_VALUE = { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(PicklistValueInput) }] };

/** A permission set that gets the new field: read, and edit when `edit`. */
export class FieldGrantInput {
  /** The permission set's API name (the tenant's own). */
  permissionSet!: string;
  edit?: boolean;
}

/** A custom field, as a package's field file says it (see metadata/README.md), plus its grants. */
@CheckedBy(METADATA_CHECKS)
export class FieldRequest {
  /** The label; the API name is made from it (`My Field` → `My_Field__c`) unless `apiName` is given. */
  label!: string;
  apiName?: string;
  /** One of GET /api/setup/field-types. */
  @ApiProperty({ example: 'Text' })
  type!: string;
  description?: string;
  helpText?: string;
  required?: boolean;
  tracked?: boolean;
  /** Text types: the most characters. */
  length?: number;
  /** Number types: digits in all, and after the point. */
  precision?: number;
  scale?: number;
  /** A literal default: text, a number or a boolean by type. */
  @ApiProperty({ required: false, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] })
  defaultValue?: string | number | boolean;
  /** Picklists: the values, each a string (the value, its own label) or a value with its settings. */
  @ApiProperty({ required: false, type: 'array', items: PICKLIST_VALUE })
  values?: (string | PicklistValueInput)[];
  restricted?: boolean;
  /** Lookups and master-detail: the object it refers to, or a list of them (a polymorphic lookup). */
  @ApiProperty({ required: false, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  referenceTo?: string | string[];
  relationshipName?: string;
  @ApiProperty({ required: false, enum: ['SetNull', 'Restrict'] })
  deleteConstraint?: string;
  /** Formulas: the formula and the type it returns. */
  formula?: string;
  returnType?: string;
  /** Auto numbers: the format, with a `{000000}` placeholder, and the first number. */
  displayFormat?: string;
  startingNumber?: number;
  /** Roll-up summaries: the detail object, its master-detail field, the operation and the field summarised. */
  summarizedObject?: string;
  relationshipField?: string;
  @ApiProperty({ required: false, enum: SUMMARY_OPERATIONS })
  operation?: SummaryOperation;
  summarizedField?: string;
  filter?: string;
  /** Lets list views and queries filter on it quickly (the shared custom-field index). */
  indexed?: boolean;
  /** No two records of the tenant may hold the same value (Text, Number, Email; text case-insensitively). */
  unique?: boolean;
  /** An id from another system: unique, and upsert may find records by it (Text, Number, Email). */
  externalId?: boolean;
  /** Permission sets that get the field. */
  grants?: FieldGrantInput[];
}

/**
 * A change to a field: any of a custom field's settings; of a package's field, its label, help
 * text and description, and `addValues` (new picklist values).
 */
@CheckedBy(METADATA_CHECKS)
export class FieldChangeRequest {
  label?: string;
  description?: string;
  helpText?: string;
  required?: boolean;
  length?: number;
  precision?: number;
  scale?: number;
  @ApiProperty({ required: false, type: 'array', items: PICKLIST_VALUE })
  values?: (string | PicklistValueInput)[];
  /** Picklist values to add to those it has: strings or values with their settings. */
  @ApiProperty({ required: false, type: 'array', items: PICKLIST_VALUE })
  addValues?: (string | PicklistValueInput)[];
  formula?: string;
  indexed?: boolean;
  unique?: boolean;
  externalId?: boolean;
}

/** A validation rule: when its formula is true, a save is refused with its message. */
@CheckedBy(METADATA_CHECKS)
export class ValidationRuleRequest {
  /** The API name; made from the error message when left out. */
  apiName?: string;
  /** A formula over the record's fields: true refuses the save. */
  errorConditionFormula!: string;
  errorMessage!: string;
  /** The field the message is shown at; the top of the form when left out or null. */
  @ApiProperty({ type: String, nullable: true, required: false })
  errorDisplayField?: string | null;
  description?: string;
  active?: boolean;
}

/** A change to a validation rule (any of its settings). */
@CheckedBy(METADATA_CHECKS)
export class ValidationRuleChangeRequest {
  errorConditionFormula?: string;
  errorMessage?: string;
  /** The field the message is shown at; null (or empty) moves it to the top of the form. */
  @ApiProperty({ type: String, nullable: true, required: false })
  errorDisplayField?: string | null;
  description?: string;
  active?: boolean;
}

/** A section of a page layout. */
export class LayoutSectionInput {
  label!: string;
  @ApiProperty({ required: false, enum: [1, 2] })
  columns?: number;
  /** Field API names, in order. */
  fields?: string[];
}

/** A related list of a page layout: a child object's records. */
export class LayoutRelatedListInput {
  /** The child object. */
  object!: string;
  /** Its lookup to this object. */
  field!: string;
  label?: string;
  /** Its fields shown as columns; the child's name when left out. */
  columns?: string[];
}

/** A page layout, as a package's layout file says it (see metadata/README.md). */
@CheckedBy(METADATA_CHECKS)
export class LayoutRequest {
  /** Its label; the packaged layout's (or the name's) when left out. */
  label?: string;
  /** The record types it is for; all when empty. */
  recordTypes?: string[];
  /** Up to 7 fields shown at the top. */
  highlights?: string[];
  sections?: LayoutSectionInput[];
  relatedLists?: LayoutRelatedListInput[];
}

/** One row of a page layout assignment: the layout a record type's records are shown with. */
export class LayoutAssignmentInput {
  /** The record type's API name. */
  @IsString()
  @IsNotEmpty()
  recordType!: string;
  /** The layout's API name (any layout of the object, the tenant's own too). */
  @IsString()
  @IsNotEmpty()
  layout!: string;
}

/**
 * A page layout assignment, as Salesforce's "Edit Assignment" saves it: the rows named are
 * assigned, the others kept. A row that names the layout the packages assign goes back to the
 * packages' assignment (no longer the tenant's).
 */
export class LayoutAssignmentsRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LayoutAssignmentInput)
  assignments!: LayoutAssignmentInput[];
}

/** A part placed in a region: a standard one, or (`type: 'component'`) a registered package component by name. */
export class RecordPageComponentInput {
  @ApiProperty({ enum: ['highlights', 'details', 'relatedLists', 'component'] })
  type!: 'highlights' | 'details' | 'relatedLists' | 'component';
  /** A package component's name (`namespace:componentName`); `type: 'component'` only. */
  name?: string;
  /** A package component's properties. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  properties?: Record<string, unknown>;
}

/** A region of a record page. */
export class RecordPageRegionInput {
  @ApiProperty({ enum: ['header', 'main', 'sidebar'] })
  name!: 'header' | 'main' | 'sidebar';
  @ApiProperty({ type: () => [RecordPageComponentInput] })
  components!: RecordPageComponentInput[];
}

/** A record page (Lightning-style regions of components), as a package's record page file says it. */
@CheckedBy(METADATA_CHECKS)
export class RecordPageRequest {
  /** Its label; the packaged record page's (or the name's) when left out. */
  label?: string;
  recordTypes?: string[];
  regions?: RecordPageRegionInput[];
}

// ---- answers ----

/** An object as Setup's Object Manager lists it. */
export class SetupObjectSummary {
  apiName!: string;
  label!: string;
  pluralLabel!: string;
  /** The package it comes with. */
  packageName!: string;
  fieldCount!: number;
  customFieldCount!: number;
}

/** A type a custom field may have, and the settings it needs. */
export class FieldTypeOption {
  type!: string;
  label!: string;
  /** The settings a field of this type needs: length, precision and scale, values... */
  needs!: string[];
}

/** A picklist value as Setup shows it. */
export class SetupPicklistValue {
  value!: string;
  label!: string;
  active!: boolean;
  /** The value a new record starts with. */
  default!: boolean;
  /** The tenant added it (it may be changed); a package's value is not. */
  custom!: boolean;
}

/** A picklist field's values. */
export class SetupPicklist {
  /** Only these values may be saved. */
  restricted!: boolean;
  values!: SetupPicklistValue[];
}

/** A roll-up summary's settings: its detail records (through which master-detail field) and what it computes. */
export class SetupFieldSummary {
  summarizedObject!: string;
  relationshipField!: string;
  @ApiProperty({ enum: SUMMARY_OPERATIONS })
  operation!: SummaryOperation;
  /** The detail field summarised; null for COUNT. */
  @ApiProperty({ type: String, nullable: true })
  summarizedField!: string | null;
}

/** An index build's progress: "Indexing: 40 %". */
export class SetupIndexBuild {
  @ApiProperty({ enum: ['building', 'done', 'failed'] })
  state!: 'building' | 'done' | 'failed';
  /** Rows of the tenant's to index, and how many are done. */
  total!: number;
  done!: number;
  percent!: number;
  @ApiProperty({ type: String, nullable: true })
  error!: string | null;
}

/** A field as Setup shows it; a package's is `locked` but for its label, help text, description and new picklist values. */
export class SetupField {
  apiName!: string;
  label!: string;
  type!: string;
  typeLabel!: string;
  packageName!: string;
  custom!: boolean;
  locked!: boolean;
  @ApiProperty({ type: String, nullable: true })
  helpText!: string | null;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  required!: boolean;
  @ApiProperty({ type: Number, nullable: true })
  length!: number | null;
  @ApiProperty({ type: Number, nullable: true })
  precision!: number | null;
  @ApiProperty({ type: Number, nullable: true })
  scale!: number | null;
  /** A lookup's or master-detail's targets; empty for other fields. */
  referenceTo!: string[];
  @ApiProperty({ type: String, nullable: true })
  formula!: string | null;
  @ApiProperty({ type: String, nullable: true })
  returnType!: string | null;
  @ApiProperty({ type: String, nullable: true })
  displayFormat!: string | null;
  indexed!: boolean;
  unique!: boolean;
  externalId!: boolean;
  /** While the rows the field had before it was indexed are being indexed (a job), how far it got; null once done. */
  @ApiProperty({ type: () => SetupIndexBuild, nullable: true })
  indexing!: SetupIndexBuild | null;
  /** A roll-up summary's settings, else null. */
  @ApiProperty({ type: () => SetupFieldSummary, nullable: true })
  summary!: SetupFieldSummary | null;
  /** A picklist's values, else null. */
  @ApiProperty({ type: () => SetupPicklist, nullable: true })
  picklist!: SetupPicklist | null;
}

/** A validation rule as Setup shows it; a package's is `locked`. */
export class SetupValidationRule {
  apiName!: string;
  active!: boolean;
  errorConditionFormula!: string;
  errorMessage!: string;
  @ApiProperty({ type: String, nullable: true })
  errorDisplayField!: string | null;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  packageName!: string;
  locked!: boolean;
}

/** A section of a page layout, as Setup shows it. */
export class SetupLayoutSection {
  label!: string;
  @ApiProperty({ enum: [1, 2] })
  columns!: 1 | 2;
  /** Field API names, in order. */
  fields!: string[];
}

/** A related list of a page layout, as Setup shows it. */
export class SetupRelatedList {
  /** The child object. */
  object!: string;
  /** Its lookup to this object. */
  field!: string;
  label?: string;
  /** Its fields shown as columns. */
  columns!: string[];
}

/** A page layout as Setup shows it: its definition, and whether the tenant changed it. */
export class SetupLayout {
  apiName!: string;
  label!: string;
  /** The package it comes with; empty for the tenant's own. */
  packageName?: string;
  /** The tenant has changed (or added) it. */
  customised!: boolean;
  /** The record types it is declared for; all when empty. */
  recordTypes!: string[];
  /** Up to 7 fields shown at the top. */
  highlights!: string[];
  sections!: SetupLayoutSection[];
  relatedLists!: SetupRelatedList[];
}

export const REGION_NAMES = ['header', 'main', 'sidebar'] as const;
export type RegionName = (typeof REGION_NAMES)[number];

/** A standard part of a record page: the highlights, the details (the layout's sections) or the related lists. */
export class StandardPageComponent {
  @ApiProperty({ enum: ['highlights', 'details', 'relatedLists'] })
  type!: 'highlights' | 'details' | 'relatedLists';
}

/** A package's component on a record page, by its registered name. */
export class PackagePageComponent {
  @ApiProperty({ enum: ['component'] })
  type!: 'component';
  /** `namespace:componentName`. */
  name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true })
  properties!: Record<string, unknown>;
}

/** A region of a record page, as Setup shows it. */
export class SetupRegion {
  @ApiProperty({ enum: REGION_NAMES })
  name!: RegionName;
  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(StandardPageComponent) }, { $ref: getSchemaPath(PackagePageComponent) }] },
  })
  components!: (StandardPageComponent | PackagePageComponent)[];
}

/** A record page as Setup shows it: its regions, and whether the tenant changed it. */
export class SetupRecordPage {
  apiName!: string;
  label!: string;
  /** The package it comes with; empty for the tenant's own. */
  packageName?: string;
  /** The tenant has changed (or added) it. */
  customised!: boolean;
  /** The record types it is declared for; all when empty. */
  recordTypes!: string[];
  regions!: SetupRegion[];
}

/** A record type and the page layout its records are shown with. */
export class SetupLayoutAssignment {
  recordType!: string;
  recordTypeLabel!: string;
  active!: boolean;
  /** The layout in effect: the tenant's assignment, else the packages' (package.yaml), else the layout for the record type. */
  @ApiProperty({ type: String, nullable: true })
  layout!: string | null;
  /** What the packages assign (what Reset brings back). */
  @ApiProperty({ type: String, nullable: true })
  packageLayout!: string | null;
  /** The tenant assigned it in Setup. */
  customised!: boolean;
}

/** A record type of an object. */
export class SetupRecordType {
  apiName!: string;
  label!: string;
  active!: boolean;
}

/** A package component a record page may hold. */
export class SetupComponentOption {
  /** `namespace:componentName`. */
  name!: string;
  label!: string;
}

/** A child object that looks up to this one: a related list a layout may show. */
export class SetupRelatedListOption {
  object!: string;
  field!: string;
  label!: string;
}

/** A field of a detail object a roll-up summary may aggregate, with the operations its type allows (COUNT needs none). */
export class SetupSummaryField {
  apiName!: string;
  label!: string;
  type!: string;
  @ApiProperty({ enum: ['sum', 'min', 'max'], isArray: true })
  operations!: ('sum' | 'min' | 'max')[];
}

/** A detail object (by its master-detail field) a roll-up summary on this object may summarise. */
export class SetupSummaryOption {
  object!: string;
  objectLabel!: string;
  relationshipField!: string;
  relationshipLabel!: string;
  fields!: SetupSummaryField[];
}

/** An object in Setup: its fields, validation rules, record types, layouts and record pages, and what an editor may offer. */
export class SetupObject {
  apiName!: string;
  label!: string;
  pluralLabel!: string;
  packageName!: string;
  fields!: SetupField[];
  validationRules!: SetupValidationRule[];
  recordTypes!: SetupRecordType[];
  layouts!: SetupLayout[];
  /** Page layout assignment: per record type, the layout its records are shown with. */
  layoutAssignments!: SetupLayoutAssignment[];
  recordPages!: SetupRecordPage[];
  /** The package components a record page may hold. */
  components!: SetupComponentOption[];
  /** The child objects a layout may list. */
  relatedListOptions!: SetupRelatedListOption[];
  /** What a roll-up summary on this object may summarise (none: no roll-up summary). */
  summaryOptions!: SetupSummaryOption[];
}
