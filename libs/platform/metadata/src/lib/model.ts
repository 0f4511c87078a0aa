/**
 * The typed, indexed metadata the loader produces. Every API name here is the run-time name:
 * package components carry their namespace (`lumary__Invoice__c`), standard ones do not.
 * Lookups by API name are case-insensitive, as in Salesforce; use the `Registry` helpers.
 */

export const FIELD_TYPES = [
  'Text',
  'TextArea',
  'LongTextArea',
  'Email',
  'Phone',
  'Url',
  'Number',
  'Currency',
  'Percent',
  'Checkbox',
  'Date',
  'DateTime',
  'Picklist',
  'MultiPicklist',
  'Lookup',
  'MasterDetail',
  'AutoNumber',
  'Formula',
  'Summary',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FORMULA_RETURN_TYPES = ['Text', 'Number', 'Currency', 'Percent', 'Checkbox', 'Date', 'DateTime'] as const;
export type FormulaReturnType = (typeof FORMULA_RETURN_TYPES)[number];

export const SUMMARY_OPERATIONS = ['count', 'sum', 'min', 'max'] as const;
export type SummaryOperation = (typeof SUMMARY_OPERATIONS)[number];

/** The types a roll-up may SUM, and those it may take the MIN or MAX of. */
export const SUMMABLE_TYPES: ReadonlySet<string> = new Set(['Number', 'Currency', 'Percent']);
export const ORDERED_TYPES: ReadonlySet<string> = new Set([...SUMMABLE_TYPES, 'Date', 'DateTime']);

/** Types whose values the platform computes (formulas, roll-ups, auto-numbers): nobody writes them. */
const COMPUTED_TYPES: ReadonlySet<string> = new Set(['Formula', 'Summary', 'AutoNumber']);
/**
 * The record type a new record of the object gets when it names none: the active one marked
 * `default`, else the only active one; none when there are several and no default.
 */
export function defaultRecordTypeOf(object: { recordTypes: Map<string, RecordTypeDef> }): RecordTypeDef | undefined {
  const active = [...object.recordTypes.values()].filter((r) => r.active);
  return active.find((r) => r.default) ?? (active.length === 1 ? active[0] : undefined);
}

export const isComputed = (field: { type: string }): boolean => COMPUTED_TYPES.has(field.type);

/** Where a component was defined: every metadata error points back here. */
export interface SourceRef {
  file: string;
  line: number;
  /** The line each top-level key's value starts on, to point errors found later (formulas). */
  keyLines?: Record<string, number>;
}

export interface PicklistValue {
  value: string;
  label: string;
  default: boolean;
  active: boolean;
  /** Added by the tenant to a package's picklist (Setup). */
  custom?: boolean;
}

export interface FieldDef {
  apiName: string;
  /**
   * The Postgres column; absent for fields with no storage of their own (Formula) and for a
   * tenant's custom fields, which live in the row's `custom` jsonb column (see `custom`).
   */
  column: string | null;
  /** A tenant's own field (Setup): stored under its API name in the row's `custom` jsonb column. */
  custom?: boolean;
  /** A tenant's custom field whose values the engine keeps in the shared pivot index (sys_cf_index) for filters. */
  indexed?: boolean;
  /**
   * The field's pivot entries for the rows it had before it was indexed are still being built (a
   * Setup job): new writes are indexed already, but filters do not use the pivot until it is done.
   */
  indexBuilding?: boolean;
  objectApiName: string;
  label: string;
  type: FieldType;
  packageName: string;
  required: boolean;
  unique: boolean;
  externalId: boolean;
  /** Field history tracking. */
  tracked: boolean;
  helpText?: string;
  description?: string;
  /** Text-like: the maximum number of characters. */
  length?: number;
  /** Number, Currency, Percent: total digits and digits after the point. */
  precision?: number;
  scale?: number;
  /** Checkbox default, or a literal default for other types. */
  defaultValue?: string | number | boolean;
  picklist?: { values: PicklistValue[]; restricted: boolean };
  /** Lookup / MasterDetail: the run-time API names of the objects it may point at. */
  referenceTo?: string[];
  relationshipName?: string;
  /** Lookup: what happens to this record when the parent is deleted. */
  deleteConstraint?: 'SetNull' | 'Restrict' | 'Cascade';
  /** AutoNumber: e.g. `INV-{000000}`. */
  displayFormat?: string;
  startingNumber?: number;
  /** Formula: the expression and the type it returns. */
  formula?: string;
  returnType?: FormulaReturnType;
  /** Summary (roll-up) over master-detail children. */
  summary?: {
    childObject: string;
    childField: string;
    operation: SummaryOperation;
    summarizedField?: string;
    filter?: string;
    /**
     * What a tenant's roll-up (kept in the row's jsonb, not a typed column) holds: numbers, or
     * for MIN and MAX of a date the date. Set when the overlay is applied.
     */
    valueType?: 'number' | 'date' | 'datetime';
  };
  source: SourceRef;
}

export interface RecordTypeDef {
  apiName: string;
  objectApiName: string;
  label: string;
  description?: string;
  active: boolean;
  /** The record type a new record gets when it names none (Salesforce's default record type). */
  default?: boolean;
  /** Per picklist field, the values this record type offers (a subset of the field's). */
  picklistValues: Record<string, string[]>;
  source: SourceRef;
}

export interface ValidationRuleDef {
  apiName: string;
  objectApiName: string;
  active: boolean;
  description?: string;
  errorConditionFormula: string;
  errorMessage: string;
  errorDisplayField?: string;
  packageName: string;
  source: SourceRef;
}

export interface LayoutSection {
  label: string;
  columns: 1 | 2;
  fields: string[];
}

export interface RelatedListDef {
  object: string;
  field: string;
  label?: string;
  columns: string[];
}

export interface LayoutDef {
  apiName: string;
  objectApiName: string;
  label: string;
  recordTypes: string[];
  highlights: string[];
  sections: LayoutSection[];
  relatedLists: RelatedListDef[];
  /** The package that defines it; empty for a tenant's own. */
  packageName?: string;
  /** The tenant rearranged it in Setup (its overlay replaced the package's layout). */
  customised?: boolean;
  source: SourceRef;
}

export type RecordPageComponent =
  | { type: 'highlights' }
  | { type: 'details' }
  | { type: 'relatedLists' }
  | { type: 'component'; name: string; properties: Record<string, unknown> };

export interface RecordPageDef {
  apiName: string;
  objectApiName: string;
  label: string;
  recordTypes: string[];
  regions: {
    name: 'header' | 'main' | 'sidebar';
    components: RecordPageComponent[];
  }[];
  /** The package that defines it; empty for a tenant's own. */
  packageName?: string;
  /** The tenant rearranged it in Setup. */
  customised?: boolean;
  source: SourceRef;
}

export const LIST_VIEW_OPERATORS = [
  'equals',
  'notEquals',
  'lessThan',
  'greaterThan',
  'lessOrEqual',
  'greaterOrEqual',
  'contains',
  'startsWith',
  'in',
  'isNull',
  'isNotNull',
] as const;
export type ListViewOperator = (typeof LIST_VIEW_OPERATORS)[number];

export interface ListViewDef {
  apiName: string;
  objectApiName: string;
  label: string;
  columns: string[];
  filters: { field: string; operator: ListViewOperator; value?: unknown }[];
  recordTypes: string[];
  sort: { field: string; direction: 'asc' | 'desc' }[];
  source: SourceRef;
}

/**
 * A composite index an object declares (object.yaml `indexes:`) for the look-ups its package
 * makes; the schema planner builds it on (tenant_id, the fields' columns…).
 */
export interface ObjectIndexDef {
  /** Run-time field API names, in index order. */
  fields: string[];
}

/** A package's default sharing for an object: Private, Public Read Only, Public Read/Write, or its master's. */
export type PackageSharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';

export interface ObjectDef {
  apiName: string;
  table: string;
  label: string;
  pluralLabel: string;
  description?: string;
  packageName: string;
  /** The field shown as the record's name (its title and lookup label). */
  nameField: string;
  /**
   * Its records are written by the package's own code (an append-only ledger, say), not through
   * the record engine, so nothing the engine keeps on a write - a tenant's master-detail or
   * roll-up summary - may depend on them.
   */
  writtenByPackage?: boolean;
  /**
   * The package's organisation-wide default (object.yaml `sharingModel`): what the object is for
   * a tenant whose admin has not set their own. Absent: Public Read/Write.
   */
  sharingModel?: PackageSharingModel;
  /**
   * The database keeps its rows append-only for the application's role: no DELETE, and UPDATE of
   * the `updatable` fields only (e.g. an export stamp); see the storage's desired schema.
   */
  appendOnly?: { updatable: string[] };
  /** The rows sharing the `by` lookup balance (Σ debit = Σ credit) when a transaction commits. */
  balanced?: { by: string; debit: string; credit: string };
  /** Its fields, including those other packages add to it. */
  fields: Map<string, FieldDef>;
  recordTypes: Map<string, RecordTypeDef>;
  validationRules: Map<string, ValidationRuleDef>;
  layouts: Map<string, LayoutDef>;
  /** Page layout assignment by record type (metadataKey of its name); absent when none is declared. */
  layoutAssignments?: Map<string, LayoutAssignmentDef>;
  recordPages: Map<string, RecordPageDef>;
  listViews: Map<string, ListViewDef>;
  /** Declared composite indexes; absent or empty when the object declares none. */
  indexes?: ObjectIndexDef[];
  source: SourceRef;
}

export interface DashboardCard {
  label: string;
  description?: string;
  icon?: string;
  object: string;
  listView?: string;
}

export interface AppDef {
  apiName: string;
  label: string;
  description?: string;
  icon?: string;
  packageName: string;
  /** The licence a tenant must hold for the app to show (the package's, if it has one). */
  licence?: string;
  tabs: string[];
  dashboard: DashboardCard[];
  source: SourceRef;
}

export interface ObjectPermission {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface PermissionSetDef {
  apiName: string;
  label: string;
  description?: string;
  packageName: string;
  licence?: string;
  objects: Record<string, ObjectPermission>;
  /** Keyed `Object.Field`. */
  fields: Record<string, { read: boolean; edit: boolean }>;
  customPermissions: string[];
  apps: string[];
  source: SourceRef;
}

export interface CustomPermissionDef {
  apiName: string;
  label: string;
  description?: string;
  packageName: string;
  source: SourceRef;
}

export interface PackageDef {
  name: string;
  /** Empty for the core package, whose components carry no namespace. */
  namespace: string;
  version: string;
  description?: string;
  licence?: { name: string; description?: string };
  dependencies: string[];
  /** Page layout assignments it declares (package.yaml `layoutAssignments`), with run-time object names. */
  layoutAssignments?: { object: string; recordType: string; layout: string }[];
  directory: string;
  source: SourceRef;
}

/**
 * Which page layout a record type's records are shown with (Salesforce's page layout
 * assignment): declared by a package (a later package's replaces an earlier one's for the same
 * record type), or by a tenant in Setup (`customised`), which comes before any package's.
 */
export interface LayoutAssignmentDef {
  recordType: string;
  layout: string;
  /** The package that declared it; empty for a tenant's own. */
  packageName: string;
  customised?: boolean;
}

export interface MetadataError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The key path the error is about, inside its file, when known (`['length']`). */
  path?: string[];
}
