import type { PermissionSetDef } from '@platform/metadata';
import { TENANT_PERMISSION_SET } from '@platform/security';
import type { MetadataOverlayRepository } from '@platform/storage';

/** A tenant's own permission set as its overlay row keeps it (the API name is the row's). */
export type StoredPermissionSet = Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'>;

/**
 * A tenant's own permission set's row, by API name in any case; locked for the transaction when
 * asked. `overlays` is the repository in the tenant's transaction (`overlays.in(manager)`).
 */
export async function permissionSetRow(
  overlays: MetadataOverlayRepository,
  tenantId: string,
  apiName: string,
  lock = false,
): Promise<{ id: string; body: StoredPermissionSet } | undefined> {
  const row = await overlays.findByName(tenantId, TENANT_PERMISSION_SET, apiName, { lock });
  // The body is what insertPermissionSet and replacePermissionSet stored.
  return row ? { id: row.id, body: row.body as unknown as StoredPermissionSet } : undefined;
}

export async function insertPermissionSet(
  overlays: MetadataOverlayRepository,
  tenantId: string,
  apiName: string,
  body: StoredPermissionSet,
): Promise<void> {
  await overlays.insert(tenantId, { kind: TENANT_PERMISSION_SET, apiName, body: { ...body } });
}

export async function replacePermissionSet(
  overlays: MetadataOverlayRepository,
  tenantId: string,
  rowId: string,
  body: StoredPermissionSet,
): Promise<void> {
  await overlays.replaceBody(tenantId, rowId, { ...body });
}
