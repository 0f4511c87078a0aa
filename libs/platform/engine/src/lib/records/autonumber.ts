import type { ObjectDef } from '@platform/metadata';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordValues } from './record-rows';
import { inTenantId } from './tenant-transaction';

/**
 * Takes the next number of each AutoNumber field of the object, in a transaction of its own:
 * the counter row is locked only for that statement, so concurrent inserts never wait on each
 * other's whole transaction, and a number once taken is never handed out again (a failed insert
 * leaves a gap, as in Salesforce). Called before the write's transaction opens, so a full
 * connection pool cannot deadlock on it. The transaction names the tenant, as every tenant
 * transaction does: sys_autonumber is under row-level security.
 */
export async function takeAutoNumbers(dataSource: DataSource, tenantId: string, object: ObjectDef): Promise<RecordValues> {
  const fields = [...object.fields.values()].filter((field) => field.type === 'AutoNumber');
  if (fields.length === 0) return {};
  return inTenantId(dataSource, tenantId, (manager) => takeAutoNumbersIn(manager, tenantId, object));
}

/** takeAutoNumbers inside a transaction the caller holds (its rollback returns the numbers). */
export async function takeAutoNumbersIn(manager: EntityManager, tenantId: string, object: ObjectDef): Promise<RecordValues> {
  const values: RecordValues = {};
  for (const field of object.fields.values()) {
    if (field.type !== 'AutoNumber') continue;
    const rows = (await manager.query(
      `INSERT INTO "sys_autonumber" AS a ("tenant_id", "object_api_name", "field_api_name", "next_value")
       VALUES ($1, $2, $3, $4 + 1)
       ON CONFLICT ("tenant_id", "object_api_name", "field_api_name") DO UPDATE SET "next_value" = a."next_value" + 1
       RETURNING a."next_value" - 1 AS "value"`,
      [tenantId, object.apiName, field.apiName, field.startingNumber ?? 1],
    )) as { value: string }[];
    values[field.apiName] = formatAutoNumber(field.displayFormat ?? '{0}', BigInt(rows[0].value));
  }
  return values;
}

/** `INV-{000000}` and 123 → `INV-000123`; a number longer than the placeholder is kept whole. */
export function formatAutoNumber(displayFormat: string, value: bigint): string {
  return displayFormat.replace(/\{(0+)\}/, (_, zeros: string) => value.toString().padStart(zeros.length, '0'));
}
