import type { FieldDef, FieldType, ObjectDef } from '@platform/metadata';
import { CUSTOM_FIELD_FUNCTIONS, CUSTOM_INDEX_TABLE, CUSTOM_UNIQUE_CONSTRAINT, CUSTOM_UNIQUE_TABLE } from '@platform/storage';
import type { EntityManager } from 'typeorm';
import { EngineError } from '../engine.errors';

/**
 * A tenant's indexed, unique and external-id custom fields, kept in the shared pivot tables
 * (see CustomFieldIndexes1768300000000): every insert, update and delete of a record maintains
 * them in the write's own transaction, so a filter through them is never behind the records.
 */

/** The pivot column an indexed field's values go to. */
export type PivotKind = 'str' | 'num' | 'dat' | 'ts';

const PIVOT_KINDS: Partial<Record<FieldType, PivotKind>> = {
  Text: 'str',
  TextArea: 'str',
  Email: 'str',
  Phone: 'str',
  Url: 'str',
  Picklist: 'str',
  Number: 'num',
  Currency: 'num',
  Percent: 'num',
  Date: 'dat',
  DateTime: 'ts',
};

/** The pivot's value columns and their SQL types. */
export const PIVOT_COLUMNS: [PivotKind, string][] = [
  ['str', 'text'],
  ['num', 'numeric'],
  ['dat', 'date'],
  ['ts', 'timestamptz'],
];

/** Custom field types that may be unique or an external id (as Salesforce allows for these). */
export const UNIQUE_FIELD_TYPES: readonly FieldType[] = ['Text', 'Number', 'Email'];

/** The pivot column of a custom field the engine indexes; undefined for any other field. */
export function pivotKind(field: Pick<FieldDef, 'custom' | 'indexed' | 'type'>): PivotKind | undefined {
  return field.custom && field.indexed ? PIVOT_KINDS[field.type] : undefined;
}

/** Whether SOQL may filter an indexed field through the pivot: indexed, and its build for older rows done. */
export function pivotReady(field: Pick<FieldDef, 'custom' | 'indexed' | 'type' | 'indexBuilding'>): PivotKind | undefined {
  return field.indexBuilding ? undefined : pivotKind(field);
}

/** A custom field whose value is unique in its tenant (unique, or an external id). */
export function isUniqueCustom(field: Pick<FieldDef, 'custom' | 'unique' | 'externalId' | 'type'>): boolean {
  return !!field.custom && (field.unique || field.externalId) && UNIQUE_FIELD_TYPES.includes(field.type);
}

const READ = new Map(CUSTOM_FIELD_FUNCTIONS.map(([name, , read]) => [name, read]));
const READER: Record<PivotKind, string> = { str: 'sys_cf_text_ci', num: 'sys_cf_numeric', dat: 'sys_cf_date', ts: 'sys_cf_timestamptz' };

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The value of `field` (key `$key`) on the row `custom` belongs to, as its pivot column holds it. */
export function pivotValueSql(kind: PivotKind, custom: string, key: string): string {
  return `(${READ.get(READER[kind])!(custom, key)})`;
}

/** The value a unique field is unique by: text case-folded (as Salesforce's case-insensitive unique), numbers without trailing zeros. */
export function uniqueValueSql(field: Pick<FieldDef, 'type'>, custom: string, key: string): string {
  return field.type === 'Number' ? `(trim_scale(${pivotValueSql('num', custom, key)})::text)` : pivotValueSql('str', custom, key);
}

/** The object's fields the pivot tables hold. */
export function indexedFields(object: ObjectDef): { indexed: FieldDef[]; unique: FieldDef[] } {
  const fields = [...object.fields.values()];
  return { indexed: fields.filter((f) => pivotKind(f)), unique: fields.filter(isUniqueCustom) };
}

/** Whether a write that changed `changed` must touch the pivot entries. */
export const touchesIndex = (object: ObjectDef, changed: string[]): boolean =>
  changed.some((name) => {
    const field = object.fields.get(name.toLowerCase());
    return !!field && (!!pivotKind(field) || isUniqueCustom(field));
  });

/**
 * Rewrites the pivot entries of `ids` (records of `object` in the tenant) for the given fields
 * (default: every indexed and unique field of the object), from the rows as they are now. A value
 * a unique field already has on another record of the tenant is refused: DUPLICATE_VALUE naming
 * the field (safe under concurrent writes: the unique pivot's primary key decides).
 */
export async function indexRecords(
  manager: EntityManager,
  tenantId: string,
  object: ObjectDef,
  ids: string[],
  only?: FieldDef[],
  /** The records are new (just inserted): they have no entries to replace. */
  fresh = false,
): Promise<void> {
  if (!ids.length) return;
  const all = indexedFields(object);
  const wanted = (f: FieldDef) => !only || only.some((o) => o.apiName === f.apiName);
  const indexed = all.indexed.filter(wanted);
  const unique = all.unique.filter(wanted);
  if (indexed.length) {
    if (!fresh)
      await manager.query(
        `DELETE FROM "${CUSTOM_INDEX_TABLE}" WHERE "tenant_id" = $1 AND "record_id" = ANY($2::uuid[]) AND "field" = ANY($3::text[])`,
        [tenantId, ids, indexed.map((f) => f.apiName)],
      );
    await manager.query(
      indexed
        .map((f, i) => {
          const kind = pivotKind(f)!;
          const value = pivotValueSql(kind, 't."custom"', `$${i + 4}::text`);
          const columns = PIVOT_COLUMNS.map(([k, type]) => (k === kind ? value : `NULL::${type}`));
          return `SELECT t."tenant_id", $2::text, $${i + 4}::text, t."id", ${columns.join(', ')} FROM ${q(object.table)} t WHERE t."tenant_id" = $1 AND t."id" = ANY($3::uuid[]) AND ${value} IS NOT NULL`;
        })
        .reduce(
          (sql, select, i) => `${sql}${i ? ' UNION ALL ' : ''}${select}`,
          `INSERT INTO "${CUSTOM_INDEX_TABLE}" ("tenant_id", "object", "field", "record_id", "str", "num", "dat", "ts") `,
        ),
      [tenantId, object.apiName, ids, ...indexed.map((f) => f.apiName)],
    );
  }
  if (unique.length) {
    if (!fresh)
      await manager.query(
        `DELETE FROM "${CUSTOM_UNIQUE_TABLE}" WHERE "tenant_id" = $1 AND "record_id" = ANY($2::uuid[]) AND "field" = ANY($3::text[])`,
        [tenantId, ids, unique.map((f) => f.apiName)],
      );
    for (const field of unique) {
      const value = uniqueValueSql(field, 't."custom"', '$4::text');
      await manager
        .query(
          `INSERT INTO "${CUSTOM_UNIQUE_TABLE}" ("tenant_id", "object", "field", "value", "record_id")
           SELECT t."tenant_id", $2::text, $4::text, ${value}, t."id" FROM ${q(object.table)} t
            WHERE t."tenant_id" = $1 AND t."id" = ANY($3::uuid[]) AND ${value} IS NOT NULL`,
          [tenantId, object.apiName, ids, field.apiName],
        )
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw duplicateValue(object, field);
          throw error;
        });
    }
  }
}

/** Takes the pivot entries of deleted records out (every field: ids are unique across objects). */
export async function unindexRecords(manager: EntityManager, tenantId: string, object: ObjectDef, ids: string[]): Promise<void> {
  const { indexed, unique } = indexedFields(object);
  if (!ids.length || (!indexed.length && !unique.length)) return;
  for (const table of [CUSTOM_INDEX_TABLE, CUSTOM_UNIQUE_TABLE]) {
    await manager.query(`DELETE FROM "${table}" WHERE "tenant_id" = $1 AND "record_id" = ANY($2::uuid[])`, [tenantId, ids]);
  }
}

/** A custom field's entries out of both pivots (the field was deleted, or is no longer indexed / unique). */
export async function dropFieldIndex(
  manager: EntityManager,
  tenantId: string,
  object: ObjectDef,
  apiName: string,
  tables: ('index' | 'unique')[] = ['index', 'unique'],
): Promise<void> {
  for (const which of tables) {
    const table = which === 'index' ? CUSTOM_INDEX_TABLE : CUSTOM_UNIQUE_TABLE;
    await manager.query(`DELETE FROM "${table}" WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3`, [
      tenantId,
      object.apiName,
      apiName,
    ]);
  }
}

/** The record of the tenant whose unique custom field holds `value` (as the field compares it), if any. */
export async function findByUniqueValue(
  manager: EntityManager,
  tenantId: string,
  object: ObjectDef,
  field: FieldDef,
  value: string,
): Promise<string | undefined> {
  const folded = field.type === 'Number' ? `trim_scale($4::numeric)::text` : `lower($4::text)`;
  const rows = (await manager.query(
    `SELECT "record_id" AS "id" FROM "${CUSTOM_UNIQUE_TABLE}" WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3 AND "value" = ${folded}`,
    [tenantId, object.apiName, field.apiName, value],
  )) as { id: string }[];
  return rows[0]?.id;
}

export function duplicateValue(object: ObjectDef, field: FieldDef, example?: string): EngineError {
  return new EngineError('invalid', [
    {
      errorCode: 'DUPLICATE_VALUE',
      message: example
        ? `duplicate value found: ${field.label} (${field.apiName}) has the value '${example}' on more than one ${object.label}; make the values unique first`
        : `duplicate value found: ${field.label} (${field.apiName}) already has this value on another ${object.label}`,
      fields: [field.apiName],
    },
  ]);
}

function isUniqueViolation(error: unknown): boolean {
  const pg = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = pg.code ?? pg.driverError?.code;
  const constraint = pg.constraint ?? pg.driverError?.constraint;
  return code === '23505' && (constraint === undefined || constraint === CUSTOM_UNIQUE_CONSTRAINT);
}
