import type { PermissionSetDef } from '@platform/metadata';
import { TENANT_PERMISSION_SET } from '@platform/security';
import type { EntityManager } from 'typeorm';

/** A tenant's own permission set as its overlay row keeps it (the API name is the row's). */
export type StoredPermissionSet = Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'>;

/** A tenant's own permission set's row, by API name in any case; locked for the transaction when asked. */
export async function permissionSetRow(m: EntityManager, tenantId: string, apiName: string, lock = false): Promise<{ id: string; body: StoredPermissionSet } | undefined> {
  const [row] = (await m.query(
    `SELECT "id", "body" FROM "sys_metadata_overlay" WHERE "tenant_id" = $1 AND "kind" = $2 AND lower("api_name") = lower($3)${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, TENANT_PERMISSION_SET, apiName],
  )) as { id: string; body: StoredPermissionSet }[];
  return row;
}

export async function insertPermissionSet(m: EntityManager, tenantId: string, apiName: string, body: StoredPermissionSet): Promise<void> {
  await m.query(`INSERT INTO "sys_metadata_overlay" ("tenant_id", "kind", "api_name", "body") VALUES ($1, $2, $3, $4::jsonb)`, [
    tenantId,
    TENANT_PERMISSION_SET,
    apiName,
    JSON.stringify(body),
  ]);
}

export async function replacePermissionSet(m: EntityManager, tenantId: string, rowId: string, body: StoredPermissionSet): Promise<void> {
  await m.query(`UPDATE "sys_metadata_overlay" SET "body" = $3::jsonb, "modified_date" = now() WHERE "tenant_id" = $1 AND "id" = $2`, [
    tenantId,
    rowId,
    JSON.stringify(body),
  ]);
}
