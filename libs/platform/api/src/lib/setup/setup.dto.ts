import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { CheckedBy } from '@platform/contract';

/**
 * Setup's request bodies are metadata components: they are checked by the metadata's own schemas
 * and cross-checks (the rules and messages a package gets at load, every problem named with its
 * field), after the object's licence is checked; the pipe passes them on as sent (@CheckedBy).
 * These classes document their shape.
 */
const METADATA_CHECKS = 'the metadata schemas (SetupService)';

const ANY_OBJECT = { type: 'object', additionalProperties: true };
const NULLABLE_OBJECT: ApiPropertyOptions = { type: 'object', additionalProperties: true, nullable: true };

/** A picklist value of a field. */
export class PicklistValueInput {
  value!: string;
  label?: string;
  /** The value a new record starts with. */
  default?: boolean;
  active?: boolean;
}

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
  /** Picklists: the values. */
  values?: PicklistValueInput[];
  restricted?: boolean;
  /** Lookups and master-detail: the objects it refers to. */
  referenceTo?: string[];
  relationshipName?: string;
  @ApiProperty({ required: false, enum: ['SetNull', 'Restrict'] })
  deleteConstraint?: string;
  /** Formulas: the formula and the type it returns. */
  formula?: string;
  returnType?: string;
  /** Roll-up summaries: the detail object, its master-detail field, the operation and the field summarised. */
  summarizedObject?: string;
  relationshipField?: string;
  operation?: string;
  summarizedField?: string;
  filter?: string;
  /** Lets list views and queries filter on it quickly (an index). */
  indexed?: boolean;
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
  values?: PicklistValueInput[];
  /** Picklist values to add to those it has. */
  addValues?: PicklistValueInput[];
  formula?: string;
  indexed?: boolean;
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
  referenceTo!: string[];
  @ApiProperty({ type: String, nullable: true })
  formula!: string | null;
  @ApiProperty({ type: String, nullable: true })
  returnType!: string | null;
  @ApiProperty({ type: String, nullable: true })
  displayFormat!: string | null;
  indexed!: boolean;
  /** A roll-up summary's settings, else null. */
  @ApiProperty(NULLABLE_OBJECT)
  summary!: Record<string, unknown> | null;
  /** A picklist's values, else null. */
  @ApiProperty(NULLABLE_OBJECT)
  picklist!: Record<string, unknown> | null;
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

/** A page layout or record page as Setup shows it: its definition, and whether the tenant changed it. */
export class SetupDesign {
  apiName!: string;
  label!: string;
  packageName!: string;
  /** The tenant has changed (or added) it. */
  customised!: boolean;
  recordTypes!: string[];
  /** A layout's highlights, sections and related lists; a record page's regions. */
  @ApiProperty({ type: 'array', items: ANY_OBJECT, required: false })
  sections?: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: ANY_OBJECT, required: false })
  relatedLists?: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'string' }, required: false })
  highlights?: string[];
  @ApiProperty({ type: 'array', items: ANY_OBJECT, required: false })
  regions?: Record<string, unknown>[];
}

/** An object in Setup: its fields, validation rules, record types, layouts and record pages, and what an editor may offer. */
export class SetupObject {
  apiName!: string;
  label!: string;
  pluralLabel!: string;
  packageName!: string;
  fields!: SetupField[];
  validationRules!: SetupValidationRule[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { apiName: { type: 'string' }, label: { type: 'string' }, active: { type: 'boolean' } } },
  })
  recordTypes!: { apiName: string; label: string; active: boolean }[];
  layouts!: SetupDesign[];
  recordPages!: SetupDesign[];
  /** The components a record page may hold. */
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, label: { type: 'string' } } } })
  components!: { name: string; label: string }[];
  /** The child objects a layout may list. */
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { object: { type: 'string' }, field: { type: 'string' }, label: { type: 'string' } } },
  })
  relatedListOptions!: { object: string; field: string; label: string }[];
  /** What a roll-up summary on this object may summarise. */
  @ApiProperty({ type: 'array', items: ANY_OBJECT })
  summaryOptions!: Record<string, unknown>[];
}
