import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { IsOptional, ValidateBy } from 'class-validator';
import { PagingParams, QueryText } from '../records/records.dto';

const ANY = { type: 'object', additionalProperties: true } as const;
const OBJECTS = { type: 'array', items: ANY } as const;

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

/** A record's page: its fields as its layout arranges them, its related lists, its regions and what the user may do. */
export class RecordPage {
  object!: UiObject;
  @ApiProperty({ format: 'uuid' })
  id!: string;
  /** The record's version, for If-Match. */
  version!: number;
  @ApiProperty({ ...ANY, nullable: true })
  recordType!: { name: string; label: string } | null;
  /** The record's name. */
  @ApiProperty({ nullable: true })
  title!: unknown;
  /** Each field with its value, type, label, reference and whether the user may edit it. */
  @ApiProperty(OBJECTS)
  highlights!: Record<string, unknown>[];
  @ApiProperty(OBJECTS)
  sections!: Record<string, unknown>[];
  @ApiProperty(OBJECTS)
  relatedLists!: Record<string, unknown>[];
  @ApiProperty(OBJECTS)
  regions!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', properties: { edit: { type: 'boolean' }, delete: { type: 'boolean' } } })
  actions!: { edit: boolean; delete: boolean };
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
  @ApiProperty(OBJECTS)
  columns!: Record<string, unknown>[];
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['asc', 'desc'] } },
  })
  sort!: { field: string; direction: string } | null;
  @ApiProperty({ type: 'integer', nullable: true })
  totalSize!: number | null;
  @ApiProperty(OBJECTS)
  records!: Record<string, unknown>[];
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
  @ApiProperty({ ...ANY, nullable: true })
  recordType!: { name: string; label: string } | null;
  createable!: boolean;
  updateable!: boolean;
  /** Each section's fields, with what the user may write and their defaults. */
  @ApiProperty(OBJECTS)
  sections!: Record<string, unknown>[];
}
