import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { describeObject } from '@platform/engine';
import { defaultRecordTypeOf, isComputed, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';

/** A schema with room for `x-` extensions, which Swagger UI and generators pass through. */
export type Schema = SchemaObject & { [extension: `x-${string}`]: unknown };

export const ref = (schema: string): ReferenceObject => ({ $ref: `#/components/schemas/${schema}` });

/** The field types the engine computes; the API can never write them. */
/** What the field codec checks text against when the metadata gives no length. */
const DEFAULT_TEXT_LENGTH = 255;

const VALUE_RULES =
  'Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), ' +
  "dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.";

type DescribedField = ReturnType<typeof describeObject>['fields'][number];

/**
 * One field as the engine describes it, with its metadata when it has any (system fields have
 * none: the engine adds them to every object).
 */
interface FieldInfo {
  described: DescribedField;
  def?: FieldDef;
}

/** The fields of an object in describe's order (system fields first), as the engine sees them. */
function fieldsOf(registry: Registry, object: ObjectDef): FieldInfo[] {
  return describeObject(registry, object).fields.map((described) => ({ described, def: registry.field(object.apiName, described.name) }));
}

/** Whether the API accepts the field in a create body (describe's `createable`, less impossible record types). */
function isWritable(object: ObjectDef, field: FieldInfo): boolean {
  if (field.described.name === 'RecordTypeId') return object.recordTypes.size > 0;
  return field.described.createable && !!field.def && !isComputed(field.def);
}

/** A field that must be in a create body: required, with no default the engine fills in. */
function mustSend(object: ObjectDef, field: FieldInfo): boolean {
  if (field.described.name === 'RecordTypeId') return object.recordTypes.size > 0 && !defaultRecordTypeOf(object);
  const def = field.def;
  if (!def || !(def.required || def.type === 'MasterDetail') || def.type === 'Checkbox') return false;
  return def.defaultValue === undefined && !def.picklist?.values.some((v) => v.default);
}

/**
 * `<Object>`: a record as `GET /api/sobjects/<Object>/{id}` returns it. Every field is present
 * (null when empty); computed and system fields are read-only.
 */
export function readSchema(registry: Registry, object: ObjectDef): Schema {
  const fields = fieldsOf(registry, object);
  const properties: Record<string, Schema> = {
    attributes: {
      type: 'object',
      readOnly: true,
      description: 'The object type and the URL of the record.',
      properties: {
        type: { type: 'string', enum: [object.apiName] },
        url: { type: 'string', example: `/api/sobjects/${object.apiName}/00000000-0000-0000-0000-000000000000` },
      },
      required: ['type', 'url'],
    },
  };
  for (const field of fields) properties[field.described.name] = fieldSchema(registry, object, field, 'read');
  return {
    type: 'object',
    title: object.label,
    description: `${object.description ?? object.label} ${VALUE_RULES}`,
    properties,
    required: Object.keys(properties),
    'x-object-api-name': object.apiName,
  };
}

/**
 * `<Object>Input`: the body of a create. `required` lists the fields a create must send (required
 * fields without a default; the record type when the object has several).
 */
export function inputSchema(registry: Registry, object: ObjectDef): Schema {
  const fields = fieldsOf(registry, object).filter((f) => isWritable(object, f));
  const required = fields.filter((f) => mustSend(object, f)).map((f) => f.described.name);
  return {
    type: 'object',
    title: `${object.label} (create)`,
    description: `The fields of a new ${object.label}; fields left out take their default or stay empty. ${VALUE_RULES}`,
    properties: Object.fromEntries(fields.map((f) => [f.described.name, fieldSchema(registry, object, f, 'write')])),
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

/** `<Object>Update`: the body of a PATCH. Only the fields sent change, so none is required. */
export function updateSchema(registry: Registry, object: ObjectDef): Schema {
  const fields = fieldsOf(registry, object).filter((f) => isWritable(object, f));
  return {
    type: 'object',
    title: `${object.label} (update)`,
    description: `The fields of the ${object.label} to change; fields left out keep their value, null empties one. ${VALUE_RULES}`,
    properties: Object.fromEntries(fields.map((f) => [f.described.name, fieldSchema(registry, object, f, 'write')])),
    additionalProperties: false,
  };
}

/** One field's JSON schema, for reading (`read`) or for a request body (`write`). */
function fieldSchema(registry: Registry, object: ObjectDef, field: FieldInfo, mode: 'read' | 'write'): Schema {
  const { described, def } = field;
  const readOnly = !isWritable(object, field);
  const schema: Schema = {
    ...valueSchema(registry, object, field, mode),
    title: described.label,
    description: def?.helpText ?? described.label,
  };
  if (nullable(field, mode)) {
    // OpenAPI 3.0: `nullable` only counts next to a `type`.
    if (schema.oneOf) for (const branch of schema.oneOf) (branch as SchemaObject).nullable = true;
    else schema.nullable = true;
  }
  if (readOnly) schema.readOnly = true;
  if (mode === 'write') {
    const dflt =
      def?.type === 'Checkbox' ? (def.defaultValue ?? false) : (def?.defaultValue ?? def?.picklist?.values.find((v) => v.default)?.value);
    if (dflt !== undefined) schema.default = typeof dflt === 'number' ? String(dflt) : dflt;
  }
  schema['x-field-type'] = described.platformType;
  if (def?.type === 'Formula') schema['x-formula'] = def.formula;
  if (described.referenceTo.length) schema['x-reference-to'] = described.referenceTo;
  return schema;
}

/**
 * Checkboxes are always true or false; the record's id and audit dates are always set. A request
 * may empty a field with null, unless the field is required.
 */
function nullable({ described, def }: FieldInfo, mode: 'read' | 'write'): boolean {
  if (!def) return !['Id', 'CreatedDate', 'LastModifiedDate'].includes(described.name) && mode === 'read';
  if (mode === 'write' && (def.required || def.type === 'MasterDetail')) return false;
  return def.type !== 'Checkbox';
}

function valueSchema(registry: Registry, object: ObjectDef, { described, def }: FieldInfo, mode: 'read' | 'write'): Schema {
  if (!def) return systemValueSchema(object, described, mode);
  switch (def.type) {
    case 'Text':
    case 'TextArea':
    case 'LongTextArea':
    case 'Phone':
      return { type: 'string', maxLength: def.length ?? DEFAULT_TEXT_LENGTH };
    case 'Email':
      return { type: 'string', format: 'email', maxLength: def.length ?? DEFAULT_TEXT_LENGTH };
    case 'Url':
      return { type: 'string', maxLength: def.length ?? DEFAULT_TEXT_LENGTH, example: 'https://example.com' };
    case 'Number':
    case 'Currency':
    case 'Percent':
      return decimalSchema(def.precision ?? 18, def.scale ?? 0, mode);
    case 'Checkbox':
      return { type: 'boolean' };
    case 'Date':
      return { type: 'string', format: 'date' };
    case 'DateTime':
      return { type: 'string', format: 'date-time' };
    case 'Picklist':
      return picklistSchema(def, mode);
    case 'MultiPicklist':
      return multiPicklistSchema(def, mode);
    case 'Lookup':
    case 'MasterDetail':
      return { type: 'string', format: 'uuid' };
    case 'AutoNumber':
      return { type: 'string', example: def.displayFormat };
    case 'Formula':
      return formulaSchema(def);
    case 'Summary':
      return summarySchema(registry, def);
  }
}

/** The fields every record has: its id, record type and audit stamps. */
function systemValueSchema(object: ObjectDef, described: DescribedField, mode: 'read' | 'write'): Schema {
  if (described.name === 'RecordTypeId') {
    const recordTypes = [...object.recordTypes.values()].filter((r) => mode === 'read' || r.active).map((r) => r.apiName);
    return recordTypes.length ? { type: 'string', enum: recordTypes } : { type: 'string' };
  }
  if (described.type === 'id' || described.type === 'reference') return { type: 'string', format: 'uuid' };
  if (described.type === 'datetime') return { type: 'string', format: 'date-time' };
  return { type: 'string' };
}

/**
 * Read: the stored value, always at the field's scale. Write: a decimal string, or a JSON number
 * short enough to be exact.
 */
function decimalSchema(precision: number, scale: number, mode: 'read' | 'write'): Schema {
  const integerDigits = Math.max(precision - scale, 1);
  if (mode === 'read') {
    return {
      type: 'string',
      format: 'decimal',
      pattern: scale > 0 ? `^-?\\d{1,${integerDigits}}\\.\\d{${scale}}$` : `^-?\\d{1,${integerDigits}}$`,
      example: scale > 0 ? `1.${'0'.repeat(scale)}` : '1',
      'x-precision': precision,
      'x-scale': scale,
    };
  }
  return {
    oneOf: [
      {
        type: 'string',
        format: 'decimal',
        pattern:
          scale > 0 ? `^[+-]?(?:\\d{1,${integerDigits}}(?:\\.\\d{0,${scale}})?|\\.\\d{1,${scale}})$` : `^[+-]?\\d{1,${integerDigits}}$`,
      },
      { type: 'number' },
    ],
    example: scale > 0 ? `1.${'0'.repeat(scale)}` : '1',
    'x-precision': precision,
    'x-scale': scale,
  };
}

/**
 * Restricted picklists take only their active values (a record may still hold a value since
 * made inactive); unrestricted ones take any text, their values only a suggestion.
 */
function picklistSchema(def: FieldDef, mode: 'read' | 'write'): Schema {
  const values = (def.picklist?.values ?? []).filter((v) => mode === 'read' || v.active).map((v) => v.value);
  if (!def.picklist?.restricted) return { type: 'string', maxLength: def.length ?? DEFAULT_TEXT_LENGTH, 'x-picklist-values': values };
  return { type: 'string', enum: values };
}

/** 'A;B' both ways; a list of values is also accepted on input. */
function multiPicklistSchema(def: FieldDef, mode: 'read' | 'write'): Schema {
  const values = (def.picklist?.values ?? []).filter((v) => mode === 'read' || v.active).map((v) => v.value);
  const restricted = !!def.picklist?.restricted && values.length > 0;
  const one = `(?:${values.map(escapeRegExp).join('|')})`;
  const joined: Schema = restricted ? { type: 'string', pattern: `^${one}(?:;${one})*$` } : { type: 'string' };
  const schema: Schema =
    mode === 'read'
      ? joined
      : { oneOf: [joined, { type: 'array', items: restricted ? { type: 'string', enum: values } : { type: 'string' } }] };
  return { ...schema, example: values.slice(0, 2).join(';') || undefined, 'x-picklist-values': values };
}

/** A formula's value has the type it returns; a formula that fails to evaluate reads as null. */
function formulaSchema(def: FieldDef): Schema {
  switch (def.returnType ?? 'Text') {
    case 'Number':
    case 'Currency':
    case 'Percent':
      return def.scale !== undefined ? decimalSchema(def.precision ?? 18, def.scale, 'read') : { type: 'string', format: 'decimal' };
    case 'Checkbox':
      return { type: 'boolean' };
    case 'Date':
      return { type: 'string', format: 'date' };
    case 'DateTime':
      return { type: 'string', format: 'date-time' };
    default:
      return { type: 'string' };
  }
}

/** A roll-up: a count or sum is a decimal string; a min or max of dates is a date. */
function summarySchema(registry: Registry, def: FieldDef): Schema {
  const summary = def.summary;
  const extension = {
    'x-summary': summary && { childObject: summary.childObject, operation: summary.operation, summarizedField: summary.summarizedField },
  };
  if (!summary || summary.operation === 'count') return { type: 'string', format: 'decimal', pattern: '^\\d+$', ...extension };
  const child = summary.summarizedField ? registry.field(summary.childObject, summary.summarizedField) : undefined;
  const childType = child?.type === 'Formula' ? child.returnType : child?.type;
  if (childType === 'Date') return { type: 'string', format: 'date', ...extension };
  if (childType === 'DateTime') return { type: 'string', format: 'date-time', ...extension };
  return { type: 'string', format: 'decimal', ...extension };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
