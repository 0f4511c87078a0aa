import { metadataKey, polymorphicTypeColumn, type FieldDef, type ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import { fromDb } from './field-codec';
import { allFields, fieldOf } from './system-fields';

/** A record's values keyed by canonical field API name, as the API shows them. */
export type RecordValues = Record<string, unknown>;

export const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** A tenant's custom field is stored in the row's `custom` jsonb under its API name; Formula fields are computed. */
export const isCustomStored = (field: FieldDef): boolean => !!field.custom && field.type !== 'Formula';

/** The stored (non-formula) fields of an object, system fields and the tenant's custom fields included. */
export const storedFields = (object: ObjectDef): FieldDef[] => allFields(object).filter((f) => f.column || isCustomStored(f));

/** Maps a table row to API values; polymorphic lookups also give `<Field>.type`. */
export function rowToValues(object: ObjectDef, row: Record<string, unknown>): RecordValues {
  const values: RecordValues = {};
  const custom = (row['custom'] ?? {}) as Record<string, unknown>;
  for (const field of storedFields(object)) {
    // Custom values are kept as the codec makes them (decimal strings, ISO dates), so read alike.
    // A COUNT roll-up of the tenant's not yet kept (its master has had no details) is 0, as a package's column defaults to.
    const raw = field.column
      ? row[field.column]
      : (custom[field.apiName] ?? (field.type === 'Summary' && field.summary?.operation === 'count' ? 0 : undefined));
    values[field.apiName] = fromDb(field, !field.column && field.type === 'DateTime' && typeof raw === 'string' ? new Date(raw) : raw);
    if ((field.referenceTo?.length ?? 0) > 1) values[`${field.apiName}.type`] = row[polymorphicTypeColumn(field.column!)] ?? null;
  }
  values['Version'] = row['version'];
  return values;
}

/** One record of the tenant by id, optionally locked for the rest of the transaction. */
export async function loadRow(
  manager: EntityManager,
  object: ObjectDef,
  tenantId: string,
  id: string,
  lock = false,
): Promise<RecordValues | undefined> {
  const rows = (await manager.query(`SELECT * FROM ${q(object.table)} WHERE "tenant_id" = $1 AND "id" = $2${lock ? ' FOR UPDATE' : ''}`, [
    tenantId,
    id,
  ])) as Record<string, unknown>[];
  return rows[0] ? rowToValues(object, rows[0]) : undefined;
}

/** A value by field name, whatever case the caller used. */
export function valueOf(object: ObjectDef, values: RecordValues, apiName: string): unknown {
  const field = fieldOf(object, apiName);
  return field ? values[field.apiName] : values[apiName];
}

export const sameKey = (a: string, b: string) => metadataKey(a) === metadataKey(b);
