import { inTenant, requestContext } from '@platform/engine';
import type { PermissionSetDef, Registry } from '@platform/metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { PROFILES, type AccessGrants, type Profile } from './access-policy';

/** Permission sets a tenant's admins made, stored in the tenant's metadata overlay. */
export const TENANT_PERMISSION_SET = 'PermissionSet';

/** What a user is granted: profile, assigned permission sets (package or tenant), tenant packages. */
export async function loadGrants(dataSource: DataSource, registry: Registry, tenantId: string, userId: string): Promise<AccessGrants> {
  return inTenant(dataSource, requestContext(tenantId, userId), async (manager) => {
    const [user] = (await manager.query(`SELECT "profile" FROM "user" WHERE "tenant_id" = $1 AND "id" = $2`, [tenantId, userId])) as { profile: string }[];
    const packages = (await manager.query(`SELECT "package_name", "licensed" FROM "sys_installed_package" WHERE "tenant_id" = $1`, [tenantId])) as {
      package_name: string;
      licensed: boolean;
    }[];
    const assigned = (await manager.query(`SELECT "permission_set" FROM "sys_permission_set_assignment" WHERE "tenant_id" = $1 AND "user_id" = $2`, [
      tenantId,
      userId,
    ])) as { permission_set: string }[];
    const tenantSets = await tenantPermissionSets(manager, tenantId);
    const permissionSets = assigned
      .map((a) => registry.permissionSet(a.permission_set) ?? tenantSets.find((ps) => ps.apiName.toLowerCase() === a.permission_set.toLowerCase()))
      .filter((ps): ps is PermissionSetDef => !!ps);
    return {
      profile: (PROFILES as readonly string[]).includes(user?.profile) ? (user.profile as Profile) : 'Standard User',
      permissionSets,
      packages: new Map(packages.map((p) => [p.package_name, { licensed: p.licensed }])),
    };
  });
}

export async function tenantPermissionSets(manager: EntityManager | DataSource, tenantId: string): Promise<PermissionSetDef[]> {
  const rows = (await manager.query(`SELECT "api_name", "body" FROM "sys_metadata_overlay" WHERE "tenant_id" = $1 AND "kind" = $2 ORDER BY "api_name"`, [
    tenantId,
    TENANT_PERMISSION_SET,
  ])) as { api_name: string; body: Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'> }[];
  return rows.map((r) => ({ ...r.body, apiName: r.api_name, packageName: '', source: { file: 'tenant overlay', line: 1 } }));
}
