import type { FieldDef, ObjectDef } from './model';

/** Postgres identifiers are at most 63 bytes; API names must leave room for suffixes. */
export const MAX_IDENTIFIER_LENGTH = 63;

/** The table that stores an object's records: its API name, lower-cased (always quoted in SQL). */
export const tableName = (objectApiName: string): string => objectApiName.toLowerCase();

/** The column that stores a field's value; Formula fields are computed on read and have none. */
export const columnName = (field: Pick<FieldDef, 'apiName' | 'type'>): string | null =>
  field.type === 'Formula' ? null : field.apiName.toLowerCase();

/** A polymorphic lookup (more than one target object) also stores the target object's API name. */
export const isPolymorphic = (field: FieldDef): boolean => (field.referenceTo?.length ?? 0) > 1;
export const polymorphicTypeColumn = (column: string): string => `${column}_type`;

/** Columns every object table has, before its fields. `custom` holds tenants' own fields. */
export const SYSTEM_COLUMNS = [
  'tenant_id',
  'id',
  'record_type',
  'created_date',
  'created_by_id',
  'last_modified_date',
  'last_modified_by_id',
  'version',
  'custom',
] as const;

export const hasRecordTypes = (object: ObjectDef): boolean => object.recordTypes.size > 0;
