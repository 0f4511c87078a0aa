/** The shapes of the Setup API (/api/setup/*): objects, fields, rules, layouts and record pages. */

export interface SetupObjectSummary {
  apiName: string;
  label: string;
  pluralLabel: string;
  packageName: string;
  fieldCount: number;
  customFieldCount: number;
}

export interface SetupPicklistValue {
  value: string;
  label: string;
  active: boolean;
  default: boolean;
  custom?: boolean;
}

export interface SetupField {
  apiName: string;
  label: string;
  type: string;
  /** The type as people read it: `Text Area`, `Date/Time`, `Picklist (Multi-Select)`. */
  typeLabel: string;
  packageName: string;
  /** The tenant's own field: it may be deleted and changed freely. */
  custom: boolean;
  /** A package or standard field: only its label, help text and picklist values may change. */
  locked: boolean;
  helpText?: string | null;
  description?: string | null;
  required?: boolean;
  length?: number | null;
  precision?: number | null;
  scale?: number | null;
  referenceTo?: string[] | string | null;
  formula?: string | null;
  returnType?: string | null;
  indexed?: boolean;
  displayFormat?: string | null;
  picklist?: { restricted: boolean; values: SetupPicklistValue[] } | null;
  /** A Roll-Up Summary's detail records (through which master-detail field) and what it computes. */
  summary?: SetupFieldSummary | null;
}

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
  fields: { apiName: string; label: string; type: string; operations: Exclude<SummaryOperation, 'count'>[] }[];
}

export interface SetupValidationRule {
  apiName: string;
  active: boolean;
  errorConditionFormula: string;
  errorMessage: string;
  errorDisplayField?: string | null;
  description?: string | null;
  packageName: string;
  locked: boolean;
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

export interface SetupLayout {
  apiName: string;
  label: string;
  recordTypes: string[];
  highlights: string[];
  sections: SetupLayoutSection[];
  relatedLists: SetupRelatedList[];
  packageName?: string;
  /** The tenant has changed the package's layout (Reset brings the package's back). */
  customised: boolean;
}

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

export interface SetupRecordPage {
  apiName: string;
  label: string;
  recordTypes: string[];
  regions: SetupRegion[];
  packageName?: string;
  customised: boolean;
}

export interface SetupObjectDetail {
  apiName: string;
  label: string;
  pluralLabel: string;
  packageName: string;
  fields: SetupField[];
  validationRules: SetupValidationRule[];
  recordTypes: SetupRecordType[];
  layouts: SetupLayout[];
  recordPages: SetupRecordPage[];
  /** Package components that may be placed on a record page (e.g. lumary:debtorSummary). */
  components: { name: string; label: string }[];
  /** Child objects that look up to this one: the related lists a layout may show. */
  relatedListOptions: { object: string; field: string; label: string }[];
  /** The detail objects a Roll-Up Summary on this object may summarise (none: no Roll-Up Summary). */
  summaryOptions: SetupSummaryOption[];
}

export type FieldTypeNeed =
  | 'length'
  | 'precision'
  | 'scale'
  | 'values'
  | 'referenceTo'
  | 'formula'
  | 'returnType'
  | 'displayFormat'
  | 'summarizedObject'
  | 'operation'
  | 'summarizedField';

export interface SetupFieldType {
  type: string;
  label: string;
  needs: FieldTypeNeed[];
}

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

export interface ValidationRuleInput {
  apiName?: string;
  errorConditionFormula?: string;
  errorMessage?: string;
  errorDisplayField?: string | null;
  active?: boolean;
  description?: string;
}

export interface LayoutInput {
  label?: string;
  recordTypes: string[];
  highlights: string[];
  sections: SetupLayoutSection[];
  relatedLists: SetupRelatedList[];
}

export interface RecordPageInput {
  label?: string;
  recordTypes: string[];
  regions: SetupRegion[];
}
