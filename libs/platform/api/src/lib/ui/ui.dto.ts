import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { IsIn, IsOptional, ValidateBy } from 'class-validator';
import { PagingParams, QueryText } from '../records/records.dto';

const ANY = { type: 'object', additionalProperties: true } as const;

/** A record of any object: `Id` and the fields asked for. */
type ApiRecord = Record<string, unknown> & { Id: string };

/** `GET /api/ui/list-views/{object}/{view}`. */
export class ListViewParams extends PagingParams {
  /** A SOQL ORDER BY list, instead of the view's sort. */
  @QueryText()
  orderBy?: string;

  /** A column to sort by. */
  @QueryText()
  sort?: string;

  /** The sort's direction. */
  @IsOptional()
  @ValidateBy(
    {
      name: 'isDirection',
      validator: { validate: (value: unknown) => typeof value === 'string' && ['asc', 'desc'].includes(value.toLowerCase()) },
    },
    { context: errorCode('MALFORMED_QUERY'), message: "direction must be 'asc' or 'desc', got '$value'" },
  )
  @ApiProperty({ required: false, enum: ['asc', 'desc'] })
  direction?: string;

  /** Text the records' columns must contain. */
  @QueryText()
  search?: string;

  /** `mine`: only the records the user owns ("My records"); `all` (the default): every record they may see. */
  @IsOptional()
  @IsIn(['mine', 'all'], { context: errorCode('INVALID_FIELD'), message: "scope must be 'mine' or 'all'" })
  @ApiProperty({ required: false, enum: ['mine', 'all'] })
  scope?: 'mine' | 'all';
}

/** `GET /api/ui/lookup/{object}`. */
export class LookupParams {
  /** Text the record's name contains. */
  @QueryText()
  q?: string;
}

/** `GET /api/ui/record-form/{object}`. */
export class RecordFormParams {
  /** The record type's API name; optional when the object has at most one. */
  @QueryText()
  recordType?: string;
}

/** An object as the UI names it. */
export class UiObject {
  name!: string;
  label!: string;
  pluralLabel!: string;
  nameField?: string;
}

/** A tab of an app: an object's records. */
export class AppTab {
  object!: string;
  label!: string;
}

/** An app of the App Launcher. */
export class AppSummary {
  name!: string;
  label!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  @ApiProperty({ type: String, nullable: true })
  icon!: string | null;
  tabs!: AppTab[];
}

export class AppList {
  apps!: AppSummary[];
}

/** A dashboard card of an app: a link to an object's list view. */
export class DashboardCard {
  object!: string;
  label!: string;
  description?: string;
  icon?: string;
  listView?: string;
  /** The web app's path to the list. */
  url!: string;
}

/** An app, with its tabs and dashboard cards. */
export class AppDetail extends AppSummary {
  dashboard!: DashboardCard[];
}

/** A field's value or default: text, a number, a yes/no, or null. */
const VALUE: ApiPropertyOptions = {
  nullable: true,
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }],
};
/** Records of any object: `Id` and the fields asked for. */
const RECORDS: ApiPropertyOptions = {
  type: 'array',
  items: { type: 'object', required: ['Id'], properties: { Id: { type: 'string' } }, additionalProperties: true },
};

/** A record type's name and label. */
export class UiRecordType {
  name!: string;
  label!: string;
}

/** A lookup's target: a link to the record titled by its name. */
export class UiReference {
  object!: string;
  id!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
}

/** How a column or field is drawn: `displayType` is a Formula's return type, a Summary's summed type. */
export class UiFieldShape {
  name!: string;
  label!: string;
  type!: string;
  displayType!: string;
  @ApiProperty({ type: String, nullable: true })
  relationshipName!: string | null;
  referenceTo!: string[];
  @ApiProperty({ type: 'integer', nullable: true })
  scale!: number | null;
}

/** A list's column. */
export class UiColumn extends UiFieldShape {
  sortable?: boolean;
}

/** A field of a record page, with its value. */
export class UiPageField extends UiFieldShape {
  @ApiProperty(VALUE)
  value!: unknown;
  @ApiProperty({ type: () => UiReference, nullable: true })
  reference!: UiReference | null;
  editable!: boolean;
  required!: boolean;
}

/** A section of a record page. */
export class UiPageSection {
  label!: string;
  @ApiProperty({ enum: [1, 2] })
  columns!: 1 | 2;
  @ApiProperty({ type: () => [UiPageField] })
  fields!: UiPageField[];
}

/** A related list of a record page: the child records that look up to the record. */
export class UiRelatedList {
  label!: string;
  object!: string;
  field!: string;
  @ApiProperty({ type: () => [UiColumn] })
  columns!: UiColumn[];
  @ApiProperty({ type: 'integer', nullable: true })
  totalSize!: number | null;
  @ApiProperty(RECORDS)
  records!: ApiRecord[];
  createable!: boolean;
}

/** A placed part of a record page: a standard one (`highlights`, `details`, `relatedLists`), or a registered package `component`. */
export class UiRegionComponent {
  type!: string;
  name?: string;
  @ApiPropertyOptional(ANY)
  properties?: Record<string, unknown>;
}

/** A region of a record page (`header`, `main`, `sidebar`) and what is placed in it. */
export class UiRegion {
  name!: string;
  @ApiProperty({ type: () => [UiRegionComponent] })
  components!: UiRegionComponent[];
}

/** What the user may do with the record. */
export class UiRecordActions {
  edit!: boolean;
  delete!: boolean;
  /** Change Owner is offered: the user may edit the record and transfer it (owner, above them in the role hierarchy, or Modify All). */
  changeOwner!: boolean;
}

/** A record page's sort of a list. */
export class UiSort {
  field!: string;
  @ApiProperty({ enum: ['asc', 'desc'] })
  direction!: 'asc' | 'desc';
}

/** A picklist's value on a form. */
export class UiPicklistOption {
  value!: string;
  label!: string;
  default!: boolean;
}

/** A field of a New/Edit form: what the user may write, and its default. */
export class UiFormField extends UiFieldShape {
  required!: boolean;
  createable!: boolean;
  updateable!: boolean;
  @ApiProperty({ type: 'integer', nullable: true })
  length!: number | null;
  @ApiProperty({ type: 'integer', nullable: true })
  precision!: number | null;
  @ApiProperty({ type: String, nullable: true })
  helpText!: string | null;
  @ApiProperty(VALUE)
  defaultValue!: unknown;
  @ApiProperty({ type: () => [UiPicklistOption] })
  picklistValues!: UiPicklistOption[];
}

/** A section of a New/Edit form. */
export class UiFormSection {
  label!: string;
  @ApiProperty({ enum: [1, 2] })
  columns!: 1 | 2;
  @ApiProperty({ type: () => [UiFormField] })
  fields!: UiFormField[];
}

/** A record's page: its fields as its layout arranges them, its related lists, its regions and what the user may do. */
export class RecordPage {
  object!: UiObject;
  @ApiProperty({ format: 'uuid' })
  id!: string;
  /** The record's version, for If-Match. */
  version!: number;
  @ApiProperty({ type: () => UiRecordType, nullable: true })
  recordType!: UiRecordType | null;
  /** The record's name. */
  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
  /** Each field with its value, type, label, reference and whether the user may edit it. */
  @ApiProperty({ type: () => [UiPageField] })
  highlights!: UiPageField[];
  @ApiProperty({ type: () => [UiPageSection] })
  sections!: UiPageSection[];
  @ApiProperty({ type: () => [UiRelatedList] })
  relatedLists!: UiRelatedList[];
  @ApiProperty({ type: () => [UiRegion] })
  regions!: UiRegion[];
  /** The record's owner, a User with their name; null when the object has no owners or the user may not read OwnerId. */
  @ApiProperty({ type: () => UiReference, nullable: true })
  owner!: UiReference | null;
  @ApiProperty({ type: () => UiRecordActions })
  actions!: UiRecordActions;
}

/** A record type the user may create. */
export class RecordTypeChoice {
  name!: string;
  label!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
}

/** The record types the user may create, for the New button. */
export class RecordTypesInfo {
  object!: UiObject;
  createable!: boolean;
  recordTypes!: RecordTypeChoice[];
}

export class ListViewName {
  name!: string;
  label!: string;
}

/** An object's list views. */
export class ListViewsInfo extends RecordTypesInfo {
  listViews!: ListViewName[];
}

/** One page of a list view. */
export class ListViewPage {
  view!: ListViewName;
  /** The columns the user may read. */
  @ApiProperty({ type: () => [UiColumn] })
  columns!: UiColumn[];
  @ApiProperty({ type: () => UiSort, nullable: true })
  sort!: UiSort | null;
  @ApiProperty({ type: 'integer', nullable: true })
  totalSize!: number | null;
  /**
   * The records' owner (OwnerId, its name under `Owner`), shown after the view's columns; null
   * when the object has no owners or the user may not read the field.
   */
  @ApiProperty({ type: () => UiColumn, nullable: true })
  ownerColumn!: UiColumn | null;
  /** Which records the page holds: `mine` or `all`; null when the object has no owners. */
  @ApiProperty({ type: String, enum: ['mine', 'all'], nullable: true })
  scope!: 'mine' | 'all' | null;
  @ApiProperty(RECORDS)
  records!: ApiRecord[];
  /** The next page's `cursor`, when there is one. */
  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class LookupRecord {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  name!: string;
}

/** Records whose name contains the text. */
export class LookupResults {
  records!: LookupRecord[];
}

/** The New/Edit form of a record type. */
export class RecordForm {
  object!: UiObject;
  @ApiProperty({ type: () => UiRecordType, nullable: true })
  recordType!: UiRecordType | null;
  createable!: boolean;
  updateable!: boolean;
  /** Each section's fields, with what the user may write and their defaults. */
  @ApiProperty({ type: () => [UiFormSection] })
  sections!: UiFormSection[];
}
