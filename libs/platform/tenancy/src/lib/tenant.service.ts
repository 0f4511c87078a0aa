import { EngineError, inTenant, requestContext } from '@platform/engine';
import type { ObjectPermission, PermissionSetDef, Registry } from '@platform/metadata';
import { tenantPermissionSets, TENANT_PERMISSION_SET } from '@platform/security';
import type { DataSource } from 'typeorm';

export interface TenantSummary {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  packages: { name: string; version: string; licensed: boolean }[];
}

/** A permission set a tenant admin makes: the same shape as a package's, without a namespace. */
export interface TenantPermissionSetInput {
  apiName: string;
  label: string;
  description?: string;
  objects?: Record<string, Partial<ObjectPermission>>;
  fields?: Record<string, { read?: boolean; edit?: boolean }>;
  customPermissions?: string[];
  apps?: string[];
}

const compareVersions = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

const invalid = (message: string, fields: string[] = []) => EngineError.invalid('INVALID_OPERATION', message, fields);

/**
 * What an operator does to tenants: create them, install and upgrade packages, grant and revoke
 * licences; and what a tenant's admin does with permission sets. Used by the ops CLI and the
 * operator and admin APIs alike.
 */
export class TenantService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: Registry,
  ) {}

  async createTenant(name: string, slug: string, timeZone = 'Australia/Sydney'): Promise<TenantSummary> {
    if (!name?.trim()) throw invalid('A tenant needs a name.', ['name']);
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug ?? '')) throw invalid(`The slug must be lower-case letters, digits and dashes, got '${slug}'.`, ['slug']);
    const [taken] = (await this.dataSource.query(`SELECT 1 FROM "sys_tenant" WHERE "slug" = $1`, [slug])) as unknown[];
    if (taken) throw EngineError.invalid('DUPLICATE_VALUE', `A tenant with the slug '${slug}' exists already.`, ['slug']);
    await this.dataSource.query(`INSERT INTO "sys_tenant" ("name", "slug", "time_zone") VALUES ($1, $2, $3)`, [name.trim(), slug, timeZone]);
    const core = [...this.registry.packages.values()].filter((p) => !p.namespace);
    for (const pkg of core) await this.install(slug, pkg.name, pkg.version);
    return this.tenant(slug);
  }

  async tenants(): Promise<TenantSummary[]> {
    const rows = (await this.dataSource.query(`SELECT "slug" FROM "sys_tenant" ORDER BY "created_date", "slug"`)) as { slug: string }[];
    // One at a time: an operator's list is short, and PGlite serves all connections from one session.
    const tenants: TenantSummary[] = [];
    for (const row of rows) tenants.push(await this.tenant(row.slug));
    return tenants;
  }

  async tenant(slug: string): Promise<TenantSummary> {
    const [row] = (await this.dataSource.query(`SELECT "id", "name", "slug", "time_zone" FROM "sys_tenant" WHERE "slug" = $1`, [slug])) as {
      id: string;
      name: string;
      slug: string;
      time_zone: string;
    }[];
    if (!row) throw EngineError.notFound(`No tenant with the slug '${slug}'.`);
    const packages = await inTenant(this.dataSource, requestContext(row.id, null), (m) =>
      m.query(`SELECT "package_name" AS name, "version", "licensed" FROM "sys_installed_package" WHERE "tenant_id" = $1 ORDER BY 1`, [row.id]),
    );
    return { id: row.id, name: row.name, slug: row.slug, timeZone: row.time_zone, packages };
  }

  /** Installs a package at a version this platform has (default: the one loaded). */
  async install(slug: string, packageName: string, version?: string): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.availablePackage(packageName, version);
    await this.withTenant(tenant.id, async (m) => {
      const [existing] = (await m.query(`SELECT "version" FROM "sys_installed_package" WHERE "tenant_id" = $1 AND "package_name" = $2`, [tenant.id, pkg.name])) as unknown[];
      if (existing) throw invalid(`${pkg.name} is installed in ${slug} already; upgrade it instead.`, ['package']);
      for (const dep of pkg.dependencies) {
        const [has] = (await m.query(`SELECT 1 FROM "sys_installed_package" WHERE "tenant_id" = $1 AND "package_name" = $2`, [tenant.id, dep])) as unknown[];
        if (!has) throw invalid(`${pkg.name} needs ${dep}: install it first.`, ['package']);
      }
      await m.query(`INSERT INTO "sys_installed_package" ("tenant_id", "package_name", "version", "licensed") VALUES ($1, $2, $3, $4)`, [
        tenant.id,
        pkg.name,
        pkg.version,
        !pkg.licence,
      ]);
    });
    return this.tenant(slug);
  }

  /** Moves an installed package to a later version; never down, never to one that is not here. */
  async upgrade(slug: string, packageName: string, version: string): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.availablePackage(packageName, version);
    await this.withTenant(tenant.id, async (m) => {
      const [installed] = (await m.query(`SELECT "version" FROM "sys_installed_package" WHERE "tenant_id" = $1 AND "package_name" = $2 FOR UPDATE`, [tenant.id, pkg.name])) as {
        version: string;
      }[];
      if (!installed) throw invalid(`${pkg.name} is not installed in ${slug}; install it first.`, ['package']);
      if (compareVersions(pkg.version, installed.version) <= 0) {
        throw invalid(`${pkg.name} ${installed.version} is installed in ${slug}; an upgrade must go to a later version, not ${pkg.version}.`, ['version']);
      }
      await m.query(`UPDATE "sys_installed_package" SET "version" = $3 WHERE "tenant_id" = $1 AND "package_name" = $2`, [tenant.id, pkg.name, pkg.version]);
    });
    return this.tenant(slug);
  }

  async setLicence(slug: string, packageName: string, licensed: boolean): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.registry.packages.get(packageName);
    if (!pkg?.licence) throw invalid(`${packageName} has no licence to grant or revoke.`, ['package']);
    await this.withTenant(tenant.id, async (m) => {
      const [row] = (await m.query(
        `UPDATE "sys_installed_package" SET "licensed" = $3 WHERE "tenant_id" = $1 AND "package_name" = $2 RETURNING 1`,
        [tenant.id, pkg.name, licensed],
      )) as unknown[][];
      if (!row || (Array.isArray(row) && row.length === 0)) throw invalid(`${pkg.name} is not installed in ${slug}; install it first.`, ['package']);
    });
    return this.tenant(slug);
  }

  /** Package permission sets (of installed packages) and the tenant's own. */
  async permissionSets(tenantId: string): Promise<(PermissionSetDef & { source?: unknown })[]> {
    const { own, installed } = await this.withTenant(tenantId, async (m) => ({
      own: await tenantPermissionSets(m, tenantId),
      installed: ((await m.query(`SELECT "package_name" FROM "sys_installed_package" WHERE "tenant_id" = $1`, [tenantId])) as { package_name: string }[]).map(
        (r) => r.package_name,
      ),
    }));
    const fromPackages = this.registry.permissionSets.filter((ps) => installed.includes(ps.packageName));
    return [...fromPackages, ...own].map(({ source: _source, ...ps }) => ps as PermissionSetDef);
  }

  async createPermissionSet(tenantId: string, input: TenantPermissionSetInput): Promise<PermissionSetDef> {
    const body = this.checkPermissionSet(input);
    if (this.registry.permissionSet(input.apiName)) throw EngineError.invalid('DUPLICATE_VALUE', `A package permission set is called ${input.apiName} already.`, ['apiName']);
    await this.withTenant(tenantId, async (m) => {
      const [taken] = (await m.query(`SELECT 1 FROM "sys_metadata_overlay" WHERE "tenant_id" = $1 AND "kind" = $2 AND lower("api_name") = lower($3)`, [
        tenantId,
        TENANT_PERMISSION_SET,
        input.apiName,
      ])) as unknown[];
      if (taken) throw EngineError.invalid('DUPLICATE_VALUE', `A permission set is called ${input.apiName} already.`, ['apiName']);
      await m.query(`INSERT INTO "sys_metadata_overlay" ("tenant_id", "kind", "api_name", "body") VALUES ($1, $2, $3, $4::jsonb)`, [
        tenantId,
        TENANT_PERMISSION_SET,
        input.apiName,
        JSON.stringify(body),
      ]);
    });
    return { ...body, apiName: input.apiName, packageName: '', source: { file: 'tenant overlay', line: 1 } };
  }

  async assign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    const known = (await this.permissionSets(tenantId)).find((ps) => ps.apiName.toLowerCase() === permissionSet?.toLowerCase());
    if (!known) throw EngineError.notFound(`No permission set called '${permissionSet}'.`);
    await this.withTenant(tenantId, async (m) => {
      const [user] = (await m.query(`SELECT 1 FROM "user" WHERE "tenant_id" = $1 AND "id" = $2`, [tenantId, userId])) as unknown[];
      if (!user) throw EngineError.notFound(`No user with id '${userId}'.`);
      await m.query(
        `INSERT INTO "sys_permission_set_assignment" ("tenant_id", "user_id", "permission_set") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [tenantId, userId, known.apiName],
      );
    });
  }

  async unassign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    await this.withTenant(tenantId, (m) =>
      m.query(`DELETE FROM "sys_permission_set_assignment" WHERE "tenant_id" = $1 AND "user_id" = $2 AND lower("permission_set") = lower($3)`, [tenantId, userId, permissionSet]),
    );
  }

  async assignments(tenantId: string, userId: string): Promise<string[]> {
    const rows = await this.withTenant(tenantId, (m) =>
      m.query(`SELECT "permission_set" FROM "sys_permission_set_assignment" WHERE "tenant_id" = $1 AND "user_id" = $2 ORDER BY 1`, [tenantId, userId]),
    );
    return (rows as { permission_set: string }[]).map((r) => r.permission_set);
  }

  private checkPermissionSet(input: TenantPermissionSetInput): Omit<PermissionSetDef, 'apiName' | 'packageName' | 'source'> {
    if (!input || typeof input !== 'object') throw invalid('Send the permission set as a JSON object.');
    const errors: string[] = [];
    if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(input.apiName ?? '')) errors.push('apiName: letters, digits and _, starting with a letter, at most 40');
    if (!input.label?.trim()) errors.push('label: required');
    const objects: PermissionSetDef['objects'] = {};
    for (const [name, grant] of Object.entries(input.objects ?? {})) {
      const object = this.registry.object(name);
      if (!object) errors.push(`objects: unknown object '${name}'`);
      else objects[object.apiName] = { read: !!grant.read, create: !!grant.create, edit: !!grant.edit, delete: !!grant.delete, viewAll: !!grant.viewAll, modifyAll: !!grant.modifyAll };
    }
    const fields: PermissionSetDef['fields'] = {};
    for (const [key, grant] of Object.entries(input.fields ?? {})) {
      const [objectName, fieldName] = key.split('.');
      const field = objectName && fieldName ? this.registry.field(objectName, fieldName) : undefined;
      if (!field) errors.push(`fields: unknown field '${key}'`);
      else fields[`${field.objectApiName}.${field.apiName}`] = { read: !!grant.read || !!grant.edit, edit: !!grant.edit };
    }
    const customPermissions = (input.customPermissions ?? []).map((c) => {
      const cp = this.registry.customPermission(c);
      if (!cp) errors.push(`customPermissions: unknown custom permission '${c}'`);
      return cp?.apiName ?? c;
    });
    const apps = (input.apps ?? []).map((a) => {
      const app = this.registry.app(a);
      if (!app) errors.push(`apps: unknown app '${a}'`);
      return app?.apiName ?? a;
    });
    if (errors.length) throw new EngineError('invalid', errors.map((message) => ({ errorCode: 'INVALID_FIELD', message, fields: [message.split(':')[0]] })));
    return { label: input.label.trim(), description: input.description, objects, fields, customPermissions, apps };
  }

  private availablePackage(name: string, version?: string) {
    const pkg = this.registry.packages.get(name);
    if (!pkg) throw EngineError.notFound(`No package called '${name}' is available (available: ${[...this.registry.packages.keys()].join(', ')}).`);
    if (version && version !== pkg.version) throw invalid(`${name} ${version} is not available here; this platform has ${pkg.version}.`, ['version']);
    return pkg;
  }

  private async tenantRow(slug: string): Promise<{ id: string }> {
    const [row] = (await this.dataSource.query(`SELECT "id" FROM "sys_tenant" WHERE "slug" = $1`, [slug])) as { id: string }[];
    if (!row) throw EngineError.notFound(`No tenant with the slug '${slug}'.`);
    return row;
  }

  private withTenant<T>(tenantId: string, work: Parameters<typeof inTenant<T>>[2]): Promise<T> {
    return inTenant(this.dataSource, requestContext(tenantId, null), work);
  }
}
