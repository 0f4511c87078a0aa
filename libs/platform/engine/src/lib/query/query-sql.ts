import type { FieldDef, FieldType } from '@platform/metadata';
import { CUSTOM_FIELD_FUNCTIONS } from '@platform/storage';

/**
 * The only way text reaches SQL: identifiers the compiler took from the metadata (or made up
 * itself, such as table aliases), always quoted; every value is a numbered bind parameter.
 */

export const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** `"t1"."name"` */
export const columnRef = (alias: string, column: string): string => `${quote(alias)}.${quote(column)}`;

/** The SQL function that reads a custom field of each type out of a row's `custom` jsonb (see TenantCustomisation). */
const CUSTOM_READERS: Partial<Record<FieldType, string>> = {
  Number: 'sys_cf_numeric',
  Currency: 'sys_cf_numeric',
  Percent: 'sys_cf_numeric',
  Date: 'sys_cf_date',
  DateTime: 'sys_cf_timestamptz',
  Checkbox: 'sys_cf_boolean',
  Lookup: 'sys_cf_uuid',
  MasterDetail: 'sys_cf_uuid',
  MultiPicklist: 'sys_cf_text_array',
};

const READ_IN_PLACE = new Map(CUSTOM_FIELD_FUNCTIONS.map(([name, , read]) => [name, read]));

/**
 * A reader of a custom field on the row `custom` belongs to (`"custom"`, or `"t1"."custom"`): the
 * reader's expression written in place, which the planner inlines, so a scan costs no function
 * call per row. Filters on an indexed field go through the shared pivot (sys_cf_index) instead of
 * an index on this expression (see query-filter's throughPivot).
 */
function readCustom(reader: string, field: Pick<FieldDef, 'apiName'>, custom: string): string {
  const key = `'${field.apiName.replace(/'/g, "''")}'`;
  return `(${READ_IN_PLACE.get(reader)?.(custom, key)})`;
}

/** What a tenant's roll-up summary holds, read as such. */
const SUMMARY_READERS = { number: 'sys_cf_numeric', date: 'sys_cf_date', datetime: 'sys_cf_timestamptz' } as const;

/** A tenant's custom field as a typed expression on the row `custom` belongs to (see readCustom). */
export function customFieldSql(field: Pick<FieldDef, 'apiName' | 'type' | 'indexed' | 'summary'>, custom: string): string {
  const reader = field.type === 'Summary' ? SUMMARY_READERS[field.summary?.valueType ?? 'number'] : CUSTOM_READERS[field.type];
  return readCustom(reader ?? 'sys_cf_text', field, custom);
}

/** A custom text field case-folded, as SOQL's `=` compares text (and the pivot holds it). */
export function customFieldFoldedSql(field: Pick<FieldDef, 'apiName'>, custom: string): string {
  return readCustom('sys_cf_text_ci', field, custom);
}

/** A stored field's value on the row of `alias`: its column, or for a custom field its typed read of `custom`. */
export function fieldSql(alias: string, field: FieldDef): string {
  if (!field.custom) return columnRef(alias, field.column ?? '');
  const read = customFieldSql(field, columnRef(alias, 'custom'));
  // A checkbox never set is false; a COUNT roll-up not yet kept (its master has no details) is 0.
  if (field.type === 'Checkbox') return `COALESCE(${read}, FALSE)`;
  return field.type === 'Summary' && field.summary?.operation === 'count' ? `COALESCE(${read}, 0)` : read;
}

/** Postgres types the compiler casts parameters to. */
export type PgType = 'uuid' | 'text' | 'numeric' | 'date' | 'timestamptz' | 'timestamp' | 'boolean' | 'text[]' | 'uuid[]' | 'integer';

export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder with an explicit cast, e.g. `$3::numeric`. */
  add(value: unknown, type: PgType): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

export const and = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`);
export const or = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`);
/** SOQL has two-valued logic: NOT of an unknown (NULL) comparison is true, so NULL counts as false first. */
export const not = (part: string): string => `NOT COALESCE(${part}, FALSE)`;
