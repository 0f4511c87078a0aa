import type { components } from './api.generated';

type Schemas = components['schemas'];

/**
 * MISSING SCHEMAS: the parts of server shapes the OpenAPI document does not describe (yet), kept by
 * hand. Each type takes what the document has (`Schemas[...]`) and completes only what it leaves
 * untyped (an object of unknown properties, an empty object) or types differently from what the
 * web sends. When the DTOs describe these parts, `npm run api:client` regenerates
 * `api.generated.ts`: use the generated type (`Schemas`, `RequestBody`, `ResponseBody`) and delete
 * the entry here. This file is meant to end empty.
 *
 * Responses with untyped parts (operation: type here, the parts completed):
 * - SetupController_object: SetupObjectDetail (recordTypes, components, relatedListOptions, summaryOptions, and:)
 * - SetupController_addField, _changeField: SetupField (picklist, summary, referenceTo)
 * - SetupController_putLayout: SetupLayout (highlights, sections, relatedLists)
 * - SetupController_putRecordPage: SetupRecordPage (regions)
 *
 * Request bodies the document types differently from what the web sends (the server checks Setup's
 * bodies against the metadata schemas, which take both):
 * - SetupController_addField: NewFieldInput (picklist values as strings, referenceTo one name)
 * - SetupController_changeField: FieldChanges (addValues as strings)
 */

// ---- Setup API (/api/setup)

/** The shapes of the Setup API (/api/setup/*): objects, fields, rules, layouts and record pages. */

export interface SetupPicklistValue {
  value: string;
  label: string;
  active: boolean;
  default: boolean;
  custom?: boolean;
}

/** SetupController_object, _addField, _changeField: the document's SetupField with its untyped picklist and summary. */
export type SetupField = Omit<Schemas['SetupField'], 'picklist' | 'summary' | 'referenceTo'> & {
  /** A lookup's or master-detail's targets (the web also reads one name alone). */
  referenceTo: string[] | string | null;
  picklist: { restricted: boolean; values: SetupPicklistValue[] } | null;
  /** A Roll-Up Summary's detail records (through which master-detail field) and what it computes. */
  summary: SetupFieldSummary | null;
};

export type SummaryOperation = 'count' | 'sum' | 'min' | 'max';

export interface SetupFieldSummary {
  summarizedObject: string;
  relationshipField: string;
  operation: SummaryOperation;
  summarizedField?: string | null;
}

/**
 * A child object whose master-detail field points at the object: what a Roll-Up Summary on it
 * may summarise, each field with the operations its type allows (COUNT needs no field).
 */
export interface SetupSummaryOption {
  object: string;
  objectLabel: string;
  relationshipField: string;
  relationshipLabel: string;
  fields: {
    apiName: string;
    label: string;
    type: string;
    operations: Exclude<SummaryOperation, 'count'>[];
  }[];
}

export interface SetupRecordType {
  apiName: string;
  label: string;
  active: boolean;
}

export interface SetupLayoutSection {
  label: string;
  columns: 1 | 2;
  fields: string[];
}

export interface SetupRelatedList {
  object: string;
  field: string;
  label?: string;
  columns?: string[];
}

/** SetupController_object, _putLayout: the document's SetupDesign as a layout, with its untyped parts. */
export type SetupLayout = Omit<Schemas['SetupDesign'], 'highlights' | 'sections' | 'relatedLists' | 'regions'> & {
  highlights: string[];
  sections: SetupLayoutSection[];
  relatedLists: SetupRelatedList[];
};

export type PageComponent =
  | { type: 'highlights' }
  | { type: 'details' }
  | { type: 'relatedLists' }
  | { type: 'component'; name: string; properties?: Record<string, unknown> };

export type RegionName = 'header' | 'main' | 'sidebar';

export interface SetupRegion {
  name: RegionName;
  components: PageComponent[];
}

/** SetupController_object, _putRecordPage: the document's SetupDesign as a record page, with its untyped regions. */
export type SetupRecordPage = Omit<Schemas['SetupDesign'], 'highlights' | 'sections' | 'relatedLists' | 'regions'> & {
  regions: SetupRegion[];
};

/** SetupController_object: the document's SetupObject with its untyped or loosely typed parts. */
export type SetupObjectDetail = Omit<
  Schemas['SetupObject'],
  'fields' | 'recordTypes' | 'layouts' | 'recordPages' | 'components' | 'relatedListOptions' | 'summaryOptions'
> & {
  fields: SetupField[];
  recordTypes: SetupRecordType[];
  layouts: SetupLayout[];
  recordPages: SetupRecordPage[];
  /** Package components that may be placed on a record page (e.g. lumary:debtorSummary). */
  components: { name: string; label: string }[];
  /** Child objects that look up to this one: the related lists a layout may show. */
  relatedListOptions: { object: string; field: string; label: string }[];
  /** The detail objects a Roll-Up Summary on this object may summarise (none: no Roll-Up Summary). */
  summaryOptions: SetupSummaryOption[];
};

/** The body of POST /api/setup/objects/:object/fields (the metadata field format). */
export interface NewFieldInput {
  apiName?: string;
  label: string;
  type: string;
  helpText?: string;
  description?: string;
  required?: boolean;
  defaultValue?: string | number | boolean;
  length?: number;
  precision?: number;
  scale?: number;
  values?: string[];
  restricted?: boolean;
  referenceTo?: string;
  relationshipName?: string;
  formula?: string;
  returnType?: string;
  displayFormat?: string;
  startingNumber?: number;
  indexed?: boolean;
  summarizedObject?: string;
  relationshipField?: string;
  operation?: SummaryOperation;
  summarizedField?: string;
  /** The tenant's own permission sets that get Read on the new field (and Edit when asked). */
  grants?: FieldGrant[];
}

/**
 * Field-level security given with a new field: Read for the permission set, Edit too when `edit`
 * (the server ignores Edit on a computed field). Only the tenant's own sets may be named.
 */
export interface FieldGrant {
  permissionSet: string;
  edit?: boolean;
}

export interface FieldChanges {
  label?: string;
  helpText?: string;
  description?: string;
  addValues?: string[];
}
