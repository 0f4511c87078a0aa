import type { Schemas } from '@platform/api-client';
import type { FieldChanges, FieldGrant, NewFieldInput, SetupField, SetupSummaryOption, SummaryOperation } from '../setup-types';

/** What the New field dialog's property step holds, as the controls keep it (text for numbers). */
export interface FieldFormValues {
  label: string;
  apiName: string;
  helpText: string;
  description: string;
  required: boolean;
  indexed: boolean;
  length: string;
  precision: string;
  scale: string;
  values: string;
  restricted: boolean;
  referenceTo: string;
  formula: string;
  returnType: string;
  displayFormat: string;
  startingNumber: string;
  /** A Roll-Up Summary's detail relationship, as `relationshipKey` makes it (object and master-detail field). */
  summarizedObject: string;
  operation: string;
  summarizedField: string;
  /** Field-level security: Read and Edit ticked for each of the tenant's own permission sets, by API name. */
  grants: Record<string, Schemas['FieldPermission']>;
}

export const EMPTY_FIELD_FORM: FieldFormValues = {
  label: '',
  apiName: '',
  helpText: '',
  description: '',
  required: false,
  indexed: false,
  length: '',
  precision: '',
  scale: '',
  values: '',
  restricted: true,
  referenceTo: '',
  formula: '',
  returnType: '',
  displayFormat: '',
  startingNumber: '',
  summarizedObject: '',
  operation: '',
  summarizedField: '',
  grants: {},
};

/** The types a formula may return (the platform's FORMULA_RETURN_TYPES). */
export const FORMULA_RETURN_TYPES = ['Text', 'Number', 'Currency', 'Percent', 'Checkbox', 'Date', 'DateTime'];

/** What a Roll-Up Summary may compute, as Setup names them; COUNT needs no field to aggregate. */
export const SUMMARY_OPERATIONS: { value: SummaryOperation; label: string }[] = [
  { value: 'count', label: 'COUNT' },
  { value: 'sum', label: 'SUM' },
  { value: 'min', label: 'MIN' },
  { value: 'max', label: 'MAX' },
];

/** Types that cannot be required or indexed: they hold no value of their own to enter. */
const COMPUTED = new Set(['Formula', 'AutoNumber', 'Summary']);

/** Types the platform always requires (a detail record cannot be saved without its master). */
const ALWAYS_REQUIRED = new Set(['MasterDetail']);

/** Sensible starting properties for a type, so the common case is one click. */
export function defaultsFor(type: Schemas['FieldTypeOption']): Partial<FieldFormValues> {
  const needs = new Set(type.needs);
  const defaults: Partial<FieldFormValues> = {};
  if (needs.has('length')) defaults.length = type.type === 'LongTextArea' ? '32768' : '255';
  if (needs.has('precision')) defaults.precision = '18';
  if (needs.has('scale')) defaults.scale = type.type === 'Number' ? '0' : '2';
  if (needs.has('returnType')) defaults.returnType = 'Text';
  if (needs.has('displayFormat')) {
    defaults.displayFormat = 'A-{0000}';
    defaults.startingNumber = '1';
  }
  if (needs.has('operation')) defaults.operation = 'count';
  return defaults;
}

/** Whether a field of this type takes a value someone enters (so may be required or indexed). */
export function isEnterable(type: string): boolean {
  return !COMPUTED.has(type);
}

/**
 * Whether the New field dialog offers Required and Indexed for the type: not for a computed
 * type, nor for a master-detail field, which is always required (so nothing is sent for it).
 */
export function offersRequired(type: string): boolean {
  return isEnterable(type) && !ALWAYS_REQUIRED.has(type);
}

/**
 * Read ticked or unticked for a permission set: unticking Read unticks Edit too, as a field
 * that cannot be read cannot be edited.
 */
export function withRead(
  grants: Record<string, Schemas['FieldPermission']>,
  permissionSet: string,
  read: boolean,
): Record<string, Schemas['FieldPermission']> {
  return { ...grants, [permissionSet]: { read, edit: read && (grants[permissionSet]?.edit ?? false) } };
}

/** Edit ticked or unticked for a permission set: ticking Edit ticks Read too. */
export function withEdit(
  grants: Record<string, Schemas['FieldPermission']>,
  permissionSet: string,
  edit: boolean,
): Record<string, Schemas['FieldPermission']> {
  return { ...grants, [permissionSet]: { read: edit || (grants[permissionSet]?.read ?? false), edit } };
}

/**
 * The `grants` of a new field: one for each permission set with Read (or Edit, which implies it)
 * ticked, asking for Edit only when ticked and the type takes a value someone enters (a computed
 * field can only be read).
 */
export function fieldGrants(type: string, grants: Record<string, Schemas['FieldPermission']>): FieldGrant[] {
  return Object.entries(grants)
    .filter(([, access]) => access.read || access.edit)
    .map(([permissionSet, access]) => (access.edit && isEnterable(type) ? { permissionSet, edit: true } : { permissionSet }));
}

/** Whether a server error's field is one of the grants (`grants[0].permissionSet`): it shows in the field-level security part. */
export function isGrantsError(field: string): boolean {
  return /^grants(\[|\.|$)/.test(field);
}

/**
 * A refused grant's message as the dialog shows it: without the server's path to the grant
 * (`grants[0].permissionSet: `), since the message itself names the permission set.
 */
export function grantsMessage(message: string): string {
  return message.replace(/^grants\[\d+\](\.\w+)?:\s*/, '');
}

/** A Roll-Up Summary's detail relationship as one select's value: `lumary__Invoice_Line__c.lumary__Invoice__c`. */
export function relationshipKey(option: { object: string; relationshipField: string }): string {
  return `${option.object}.${option.relationshipField}`;
}

/** The relationship `relationshipKey` made (API names hold no dots), or null for a blank value. */
function splitRelationship(key: string): { object: string; relationshipField: string } | null {
  const dot = key.indexOf('.');
  return dot > 0 ? { object: key.slice(0, dot), relationshipField: key.slice(dot + 1) } : null;
}

/** The detail relationship a `relationshipKey` names, among the object's summary options. */
export function summaryOption(options: SetupSummaryOption[], key: string): SetupSummaryOption | undefined {
  return options.find((o) => relationshipKey(o) === key);
}

/** The detail object's fields a Roll-Up Summary may aggregate with the operation: none for COUNT. */
export function summarizableFields(option: SetupSummaryOption | undefined, operation: string): SetupSummaryOption['fields'] {
  if (!option || operation === 'count') return [];
  return option.fields.filter((f) => (f.operations as string[]).includes(operation));
}

/** Picklist values typed one a line: trimmed, blank lines dropped, repeats kept once. */
export function picklistLines(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    values.push(value);
  }
  return values;
}

/** The API name the server makes from a label when none is given: `Service Region` → `Service_Region__c`. */
export function apiNameFromLabel(label: string): string {
  const base = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) return '';
  return `${/^[A-Za-z]/.test(base) ? base : `X${base}`}__c`;
}

/**
 * The POST body for a new field: the common properties, and only the properties its type needs
 * (a Number's precision, a Picklist's values…). Numbers typed as text become numbers; blanks
 * are left out so the server's defaults apply.
 */
export function newFieldBody(type: Schemas['FieldTypeOption'], v: FieldFormValues): NewFieldInput {
  const needs = new Set(type.needs);
  const body: NewFieldInput = { label: v.label.trim(), type: type.type };
  const text = (value: string) => value.trim() || undefined;
  const int = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));
  assign(body, 'apiName', text(v.apiName));
  assign(body, 'helpText', text(v.helpText));
  assign(body, 'description', text(v.description));
  if (offersRequired(type.type)) {
    if (v.required) body.required = true;
    if (v.indexed) body.indexed = true;
  }
  if (needs.has('length')) assign(body, 'length', int(v.length));
  if (needs.has('precision')) assign(body, 'precision', int(v.precision));
  if (needs.has('scale')) assign(body, 'scale', int(v.scale));
  if (needs.has('values')) {
    body.values = picklistLines(v.values);
    body.restricted = v.restricted;
  }
  if (needs.has('referenceTo')) assign(body, 'referenceTo', text(v.referenceTo));
  if (needs.has('formula')) assign(body, 'formula', text(v.formula));
  if (needs.has('returnType')) assign(body, 'returnType', text(v.returnType));
  if (needs.has('displayFormat')) {
    assign(body, 'displayFormat', text(v.displayFormat));
    assign(body, 'startingNumber', int(v.startingNumber));
  }
  if (needs.has('summarizedObject')) {
    const relationship = splitRelationship(v.summarizedObject.trim());
    if (relationship) {
      body.summarizedObject = relationship.object;
      body.relationshipField = relationship.relationshipField;
    }
  }
  if (needs.has('operation')) assign(body, 'operation', text(v.operation) as SummaryOperation | undefined);
  // COUNT counts the detail records: the server refuses a field to aggregate with it.
  if (needs.has('summarizedField') && body.operation !== 'count') assign(body, 'summarizedField', text(v.summarizedField));
  // No grants at all is left out: the field is then the System Administrators' alone.
  const grants = fieldGrants(type.type, v.grants);
  if (grants.length) body.grants = grants;
  return body;
}

/** The PATCH body for an existing field: only what changed; picklist values only added. */
export function fieldChanges(
  field: SetupField,
  v: { label: string; helpText: string; description: string; addValues: string },
): FieldChanges {
  const changes: FieldChanges = {};
  if (v.label.trim() && v.label.trim() !== field.label) changes.label = v.label.trim();
  if (v.helpText.trim() !== (field.helpText ?? '')) changes.helpText = v.helpText.trim();
  if (v.description.trim() !== (field.description ?? '')) changes.description = v.description.trim();
  const known = new Set((field.picklist?.values ?? []).map((p) => p.value.toLowerCase()));
  const added = picklistLines(v.addValues).filter((value) => !known.has(value.toLowerCase()));
  if (added.length) changes.addValues = added;
  return changes;
}

/**
 * A field's type as the table shows it: `Text Area(255)`, `Number(18, 2)`, `Lookup(Account)`,
 * `Formula (Currency)`, `Roll-Up Summary (SUM Invoice Line)` (the detail object by the label
 * the object's summary options give it, else by its API name).
 */
export function typeSummary(field: SetupField, summaryOptions: SetupSummaryOption[] = []): string {
  const label = field.typeLabel || field.type;
  switch (field.type) {
    case 'Text':
    case 'TextArea':
    case 'LongTextArea':
      return field.length ? `${label}(${field.length})` : label;
    case 'Number':
    case 'Currency':
    case 'Percent':
      return field.precision != null ? `${label}(${field.precision}, ${field.scale ?? 0})` : label;
    case 'Lookup':
    case 'MasterDetail': {
      const targets = field.referenceTo;
      return targets.length ? `${label}(${targets.join(', ')})` : label;
    }
    case 'Formula':
      return field.returnType ? `${label} (${field.returnType})` : label;
    case 'Summary': {
      const summary = field.summary;
      if (!summary) return label;
      const detail = summary.summarizedObject.toLowerCase();
      const object = summaryOptions.find((o) => o.object.toLowerCase() === detail)?.objectLabel ?? summary.summarizedObject;
      return `${label} (${summary.operation.toUpperCase()} ${object})`;
    }
    default:
      return label;
  }
}

function assign<K extends keyof NewFieldInput>(body: NewFieldInput, key: K, value: NewFieldInput[K] | undefined): void {
  if (value !== undefined) body[key] = value;
}
