import type { PermissionSetDef } from '@platform/metadata';
import { TENANT_PERMISSION_SET } from '@platform/security';
import { MetadataOverlayRepository } from '@platform/storage';
import type { EntityManager } from 'typeorm';

/** A tenant's own permission set as its overlay row keeps it (the API name is the row's). */
export type StoredPermissionSet = Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'>;

/** A tenant's own permission set's row, by API name in any case; locked for the transaction when asked. */
export async function permissionSetRow(
  m: EntityManager,
  tenantId: string,
  apiName: string,
  lock = false,
): Promise<{ id: string; body: StoredPermissionSet } | undefined> {
  const row = await new MetadataOverlayRepository(m).findByName(tenantId, TENANT_PERMISSION_SET, apiName, { lock });
  // The body is what insertPermissionSet and replacePermissionSet stored.
  return row ? { id: row.id, body: row.body as unknown as StoredPermissionSet } : undefined;
}

export async function insertPermissionSet(m: EntityManager, tenantId: string, apiName: string, body: StoredPermissionSet): Promise<void> {
  await new MetadataOverlayRepository(m).insert(tenantId, { kind: TENANT_PERMISSION_SET, apiName, body: { ...body } });
}

export async function replacePermissionSet(m: EntityManager, tenantId: string, rowId: string, body: StoredPermissionSet): Promise<void> {
  await new MetadataOverlayRepository(m).replaceBody(tenantId, rowId, { ...body });
}
