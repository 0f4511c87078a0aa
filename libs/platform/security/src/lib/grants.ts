import { inTenant, requestContext } from '@platform/engine';
import type { PermissionSetDef, Registry } from '@platform/metadata';
import type { MetadataOverlayRepository, PlatformRepositories } from '@platform/storage';
import type { DataSource } from 'typeorm';
import { PROFILES, type AccessGrants, type Profile } from './access-policy';

/** Permission sets a tenant's admins made, stored in the tenant's metadata overlay. */
export const TENANT_PERMISSION_SET = 'PermissionSet';

/** What a user is granted: profile, assigned permission sets (package or tenant), tenant packages. */
export async function loadGrants(
  dataSource: DataSource,
  repositories: Pick<PlatformRepositories, 'installedPackages' | 'assignments' | 'overlays'>,
  registry: Registry,
  tenantId: string,
  userId: string,
): Promise<AccessGrants> {
  return inTenant(dataSource, requestContext(tenantId, userId), async (manager) => {
    const [user] = (await manager.query(`SELECT "profile" FROM "user" WHERE "tenant_id" = $1 AND "id" = $2`, [tenantId, userId])) as {
      profile: string;
    }[];
    const packages = await repositories.installedPackages.in(manager).ofTenant(tenantId);
    const assigned = await repositories.assignments.in(manager).ofUser(tenantId, userId);
    const tenantSets = await tenantPermissionSets(repositories.overlays.in(manager), tenantId);
    const permissionSets = assigned
      .map((name) => registry.permissionSet(name) ?? tenantSets.find((ps) => ps.apiName.toLowerCase() === name.toLowerCase()))
      .filter((ps): ps is PermissionSetDef => !!ps);
    return {
      profile: (PROFILES as readonly string[]).includes(user?.profile) ? (user.profile as Profile) : 'Standard User',
      permissionSets,
      packages: new Map(packages.map((p) => [p.packageName, { licensed: p.licensed }])),
    };
  });
}

/**
 * A tenant's own permission sets; `overlays` in a transaction of that tenant (sys_metadata_overlay
 * is a tenant table).
 */
export async function tenantPermissionSets(overlays: MetadataOverlayRepository, tenantId: string): Promise<PermissionSetDef[]> {
  const rows = await overlays.ofKind(tenantId, TENANT_PERMISSION_SET);
  // The body is a permission set as the tenancy's permission-set rows store it.
  return rows.map((r) => ({
    ...(r.body as unknown as Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'>),
    apiName: r.apiName,
    packageName: '',
    source: { file: 'tenant overlay', line: 1 },
  }));
}
