import { ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import { EngineError, inTenant, requestContext, setTenant, type RecordError } from '@platform/engine';
import type { ObjectPermission, PermissionSetDef, Registry } from '@platform/metadata';
import { tenantPermissionSets } from '@platform/security';
import { platformRepositories, type InstalledPackageRepository, type PlatformRepositories } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';
import { insertPermissionSet, permissionSetRow, replacePermissionSet, type StoredPermissionSet } from './permission-set-rows';

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

/** What an admin may change of their own permission set: all of it but the API name. */
export type PermissionSetChanges = Omit<TenantPermissionSetInput, 'apiName'> & { apiName?: string };

/** A permission set as Setup shows it; a package's (`packageName` set) is not `editable`. */
export interface PermissionSetDetail {
  apiName: string;
  label: string;
  description: string | null;
  /** The package it comes with; empty for the tenant's own. */
  packageName: string;
  editable: boolean;
  objects: Record<string, ObjectPermission>;
  /** Keyed `Object.Field`. */
  fields: Record<string, { read: boolean; edit: boolean }>;
  customPermissions: string[];
  apps: string[];
}

/** A user of the tenant as Setup lists them. */
export interface TenantUser {
  id: string;
  name: string;
  username: string;
  profile: string;
  /** Their role (UserRole id) and its label, or null. */
  roleId: string | null;
  roleName: string | null;
  active: boolean;
  permissionSets: string[];
}

export interface AvailableCustomPermission {
  apiName: string;
  label: string;
  description: string | null;
  packageName: string;
}

const OBJECT_PERMISSIONS = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    /** A tenant's metadata with its Setup customisations, so its permission sets may grant its own fields. */
    private readonly tenantRegistries?: (tenantId: string) => Promise<Registry>,
    /** The platform's repositories (the API's providers; outside Nest, the storage library's factory). */
    private readonly repositories: PlatformRepositories = platformRepositories(dataSource),
  ) {}

  private registryOf(tenantId: string): Promise<Registry> {
    return this.tenantRegistries ? this.tenantRegistries(tenantId) : Promise.resolve(this.registry);
  }

  /**
   * A new tenant with the core packages installed, in one transaction: a refused or failed install
   * leaves no tenant behind. Two creates of one slug at once: the unique slug lets one through and
   * the other is answered DUPLICATE_VALUE. The time zone must be an IANA zone (Australia/Sydney).
   */
  /**
   * A new tenant with the core packages. `alsoIn` runs in the same transaction, the tenant set
   * (the operator's first admin): if it fails, no tenant is left.
   */
  async createTenant(
    name: unknown,
    slug: unknown,
    timeZone: unknown = 'Australia/Sydney',
    alsoIn?: (manager: EntityManager, tenantId: string) => Promise<void>,
  ): Promise<TenantSummary> {
    const errors: RecordError[] = [];
    if (typeof name !== 'string' || !name.trim() || name.trim().length > 255) {
      errors.push({ errorCode: 'INVALID_OPERATION', message: 'A tenant needs a name: text of at most 255 characters.', fields: ['name'] });
    }
    if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) {
      errors.push({
        errorCode: 'INVALID_OPERATION',
        message: `The slug must be lower-case letters, digits and dashes, got '${String(slug).slice(0, 64)}'.`,
        fields: ['slug'],
      });
    }
    if (!isTimeZone(timeZone)) {
      errors.push({
        errorCode: 'INVALID_OPERATION',
        message: `The time zone must be an IANA time zone such as Australia/Sydney, got '${String(timeZone).slice(0, 64)}'.`,
        fields: ['timeZone'],
      });
    }
    if (errors.length) throw new EngineError('invalid', errors);
    const [tenantName, tenantSlug, zone] = [(name as string).trim(), slug as string, timeZone as string];
    const core = [...this.registry.packages.values()].filter((p) => !p.namespace);
    await this.dataSource.transaction(async (m) => {
      const id = await this.repositories.tenants.in(m).insertUnlessSlugTaken({ name: tenantName, slug: tenantSlug, timeZone: zone });
      if (!id) throw EngineError.invalid('DUPLICATE_VALUE', `A tenant with the slug '${tenantSlug}' exists already.`, ['slug']);
      await setTenant(m, id);
      for (const pkg of core) await this.installIn(m, id, tenantSlug, pkg);
      await alsoIn?.(m, id);
    });
    return this.tenant(tenantSlug);
  }

  async tenants(): Promise<TenantSummary[]> {
    const rows = await this.tenantRows().list();
    // One at a time: an operator's list is short, and PGlite serves all connections from one session.
    const tenants: TenantSummary[] = [];
    for (const row of rows) tenants.push(await this.tenant(row.slug));
    return tenants;
  }

  async tenant(slug: string): Promise<TenantSummary> {
    const row = await this.tenantRows().findBySlug(slug);
    if (!row) throw EngineError.notFound(`No tenant with the slug '${slug}'.`);
    const installed = await this.withTenant(row.id, (m) => this.repositories.installedPackages.in(m).ofTenant(row.id));
    const packages = installed.map((p) => ({ name: p.packageName, version: p.version, licensed: p.licensed }));
    return { id: row.id, name: row.name, slug: row.slug, timeZone: row.timeZone, packages };
  }

  /** Installs a package at a version this platform has (default: the one loaded). */
  async install(slug: string, packageName: string, version?: string): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.availablePackage(packageName, version);
    await this.withTenant(tenant.id, (m) => this.installIn(m, tenant.id, slug, pkg));
    return this.tenant(slug);
  }

  /** Moves an installed package to a later version; never down, never to one that is not here. */
  async upgrade(slug: string, packageName: string, version: string): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.availablePackage(packageName, version);
    await this.withTenant(tenant.id, async (m) => {
      const packages = this.repositories.installedPackages.in(m);
      const installed = await packages.find(tenant.id, pkg.name, { lock: true });
      if (!installed) throw invalid(`${pkg.name} is not installed in ${slug}; install it first.`, ['package']);
      if (compareVersions(pkg.version, installed.version) <= 0) {
        throw invalid(
          `${pkg.name} ${installed.version} is installed in ${slug}; an upgrade must go to a later version, not ${pkg.version}.`,
          ['version'],
        );
      }
      await packages.setVersion(tenant.id, pkg.name, pkg.version);
    });
    return this.tenant(slug);
  }

  async setLicence(slug: string, packageName: string, licensed: boolean): Promise<TenantSummary> {
    const tenant = await this.tenantRow(slug);
    const pkg = this.registry.packages.get(packageName);
    if (!pkg?.licence) throw invalid(`${packageName} has no licence to grant or revoke.`, ['package']);
    await this.withTenant(tenant.id, async (m) => {
      if (!(await this.repositories.installedPackages.in(m).setLicensed(tenant.id, pkg.name, licensed)))
        throw invalid(`${pkg.name} is not installed in ${slug}; install it first.`, ['package']);
    });
    return this.tenant(slug);
  }

  /** Package permission sets (of installed packages) and the tenant's own; a package's is read-only. */
  async permissionSets(tenantId: string): Promise<PermissionSetDetail[]> {
    const { own, installed } = await this.withTenant(tenantId, async (m) => ({
      own: await tenantPermissionSets(this.repositories.overlays.in(m), tenantId),
      installed: await installedPackages(this.repositories.installedPackages.in(m), tenantId),
    }));
    const fromPackages = this.registry.permissionSets.filter((ps) => installed.has(ps.packageName));
    return [...fromPackages, ...own].map(permissionSetDetail);
  }

  /** One permission set the tenant has, by API name (any case); another tenant's is not found. */
  async permissionSet(tenantId: string, name: string): Promise<PermissionSetDetail> {
    const found = (await this.permissionSets(tenantId)).find((ps) => sameName(ps.apiName, name));
    if (!found) throw EngineError.notFound(`No permission set called '${name}'.`);
    return found;
  }

  async createPermissionSet(tenantId: string, input: TenantPermissionSetInput): Promise<PermissionSetDetail> {
    // Looked up before the transaction: on PGlite a second connection waits for the first's.
    const registry = await this.registryOf(tenantId);
    const apiName = await this.withTenant(tenantId, async (m) => {
      const overlays = this.repositories.overlays.in(m);
      const body = this.checkPermissionSet(input, await installedPackages(this.repositories.installedPackages.in(m), tenantId), registry);
      this.refusePackageName(input.apiName);
      if (await permissionSetRow(overlays, tenantId, input.apiName))
        throw EngineError.invalid('DUPLICATE_VALUE', `A permission set is called ${input.apiName} already.`, ['apiName']);
      await insertPermissionSet(overlays, tenantId, input.apiName, body);
      return input.apiName;
    });
    return this.permissionSet(tenantId, apiName);
  }

  /**
   * Writes a tenant's own permission sets inside the caller's transaction (an import of
   * customisations): each checked against `registry` (the tenant's metadata with what the same
   * import adds, so a set may grant the custom fields it brings), then created or replaced. The
   * first refusal throws and the caller's transaction writes nothing.
   */
  async putPermissionSets(m: EntityManager, tenantId: string, sets: TenantPermissionSetInput[], registry: Registry): Promise<void> {
    const installed = await installedPackages(this.repositories.installedPackages.in(m), tenantId);
    const overlays = this.repositories.overlays.in(m);
    for (const input of sets) {
      const body = this.checkPermissionSet(input, installed, registry);
      this.refusePackageName(input.apiName);
      const row = await permissionSetRow(overlays, tenantId, input.apiName, true);
      if (row) await replacePermissionSet(overlays, tenantId, row.id, body);
      else await insertPermissionSet(overlays, tenantId, input.apiName, body);
    }
  }

  /**
   * Replaces what a tenant's own permission set grants (its API name stays). Everything is checked
   * before anything is written; a package's permission set is refused.
   */
  async updatePermissionSet(tenantId: string, name: string, changes: PermissionSetChanges): Promise<PermissionSetDetail> {
    const current = await this.permissionSet(tenantId, name);
    if (!current.editable) throw managedPermissionSet(current);
    if (!isPlainObject(changes)) throw invalid('Send the permission set as a JSON object.');
    if (changes.apiName !== undefined && !sameName(String(changes.apiName), current.apiName)) {
      throw EngineError.invalid(
        'INVALID_FIELD',
        `apiName: a permission set keeps its API name (${current.apiName}); make a new one instead.`,
        ['apiName'],
      );
    }
    const registry = await this.registryOf(tenantId);
    await this.withTenant(tenantId, async (m) => {
      const installed = await installedPackages(this.repositories.installedPackages.in(m), tenantId);
      const body = this.checkPermissionSet({ ...changes, apiName: current.apiName }, installed, registry);
      const overlays = this.repositories.overlays.in(m);
      const row = await permissionSetRow(overlays, tenantId, current.apiName, true);
      if (!row) throw EngineError.notFound(`No permission set called '${name}'.`);
      await replacePermissionSet(overlays, tenantId, row.id, body);
    });
    return this.permissionSet(tenantId, current.apiName);
  }

  /** Deletes a tenant's own permission set and its assignments, together. */
  async deletePermissionSet(tenantId: string, name: string): Promise<void> {
    const current = await this.permissionSet(tenantId, name);
    if (!current.editable) throw managedPermissionSet(current);
    await this.withTenant(tenantId, async (m) => {
      const overlays = this.repositories.overlays.in(m);
      const row = await permissionSetRow(overlays, tenantId, current.apiName, true);
      if (!row) throw EngineError.notFound(`No permission set called '${name}'.`);
      await this.repositories.assignments.in(m).unassignEveryone(tenantId, current.apiName);
      await overlays.delete(tenantId, row.id);
    });
  }

  /** The tenant's users, with the permission sets assigned to each. */
  async users(tenantId: string): Promise<TenantUser[]> {
    return this.withTenant(tenantId, async (m) => {
      const users = (await m.query(
        `SELECT u."id", u."firstname", u."lastname", u."username", u."profile", u."isactive", r."id" AS "roleid", r."name" AS "rolename"
           FROM "user" u LEFT JOIN "userrole" r ON r."tenant_id" = u."tenant_id" AND r."id" = u."userroleid"
          WHERE u."tenant_id" = $1 ORDER BY u."lastname", u."firstname", u."username"`,
        [tenantId],
      )) as {
        id: string;
        firstname: string | null;
        lastname: string;
        username: string;
        profile: string;
        isactive: boolean | null;
        roleid: string | null;
        rolename: string | null;
      }[];
      const assigned = await this.repositories.assignments.in(m).ofTenant(tenantId);
      return users.map((u) => ({
        id: u.id,
        name: [u.firstname, u.lastname].filter(Boolean).join(' '),
        username: u.username,
        profile: u.profile,
        roleId: u.roleid,
        roleName: u.rolename,
        active: u.isactive !== false,
        permissionSets: assigned.filter((a) => a.userId === u.id).map((a) => a.permissionSet),
      }));
    });
  }

  /** The custom permissions a permission set may grant: those of the tenant's installed packages. */
  async customPermissions(tenantId: string): Promise<AvailableCustomPermission[]> {
    const installed = await this.withTenant(tenantId, (m) => installedPackages(this.repositories.installedPackages.in(m), tenantId));
    return this.registry.customPermissions
      .filter((cp) => installed.has(cp.packageName))
      .map((cp) => ({ apiName: cp.apiName, label: cp.label, description: cp.description ?? null, packageName: cp.packageName }));
  }

  async assign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    const known = (await this.permissionSets(tenantId)).find((ps) => sameName(ps.apiName, permissionSet));
    if (!known) throw EngineError.notFound(`No permission set called '${permissionSet}'.`);
    await this.withTenant(tenantId, async (m) => {
      await requireUser(m, tenantId, userId);
      await this.repositories.assignments.in(m).assign(tenantId, userId, known.apiName);
    });
  }

  async unassign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    await this.withTenant(tenantId, async (m) => {
      await requireUser(m, tenantId, userId);
      await this.repositories.assignments.in(m).unassign(tenantId, userId, permissionSet);
    });
  }

  async assignments(tenantId: string, userId: string): Promise<string[]> {
    return this.withTenant(tenantId, async (m) => {
      await requireUser(m, tenantId, userId);
      return this.repositories.assignments.in(m).ofUser(tenantId, userId);
    });
  }

  private refusePackageName(apiName: string): void {
    if (this.registry.permissionSet(apiName))
      throw EngineError.invalid('DUPLICATE_VALUE', `A package permission set is called ${apiName} already.`, ['apiName']);
  }

  /**
   * A permission set as stored, from what a client sent: every name checked against the metadata
   * of the tenant's installed packages, each problem named with its path (`fields.Contact.Nope`).
   */
  private checkPermissionSet(input: TenantPermissionSetInput, installed: Set<string>, registry: Registry): StoredPermissionSet {
    if (!isPlainObject(input)) throw invalid('Send the permission set as a JSON object.');
    const errors: RecordError[] = [];
    const refuse = (path: string, problem: string) =>
      errors.push({ errorCode: 'INVALID_FIELD', message: `${path.split('.')[0]}: ${problem}`, fields: [path] });
    if (typeof input.apiName !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(input.apiName))
      refuse('apiName', 'letters, digits and _, starting with a letter, at most 40');
    if (typeof input.label !== 'string' || !input.label.trim()) refuse('label', 'required');
    else if (input.label.trim().length > 80) refuse('label', 'at most 80 characters');
    if (input.description != null && typeof input.description !== 'string') refuse('description', 'text expected');

    const objects: StoredPermissionSet['objects'] = {};
    for (const [name, grant] of entriesOf(input.objects, 'objects', refuse)) {
      const object = registry.object(name);
      if (!object) refuse(`objects.${name}`, `unknown object '${name}'`);
      else if (!installed.has(object.packageName))
        refuse(`objects.${name}`, `'${object.apiName}' belongs to ${object.packageName}, which is not installed`);
      else if (!isFlags(grant, OBJECT_PERMISSIONS))
        refuse(`objects.${name}`, `'${name}' takes true or false for ${OBJECT_PERMISSIONS.join(', ')}`);
      else if (OBJECT_PERMISSIONS.some((p) => grant[p])) objects[object.apiName] = impliedObjectPermission(grant);
    }
    const fields: StoredPermissionSet['fields'] = {};
    for (const [key, grant] of entriesOf(input.fields, 'fields', refuse)) {
      const [objectName, fieldName, ...rest] = key.split('.');
      const field = objectName && fieldName && !rest.length ? registry.field(objectName, fieldName) : undefined;
      if (!field) refuse(`fields.${key}`, `unknown field '${key}'`);
      else if (!field.custom && !installed.has(field.packageName))
        refuse(`fields.${key}`, `'${key}' belongs to ${field.packageName}, which is not installed`);
      else if (!isFlags(grant, ['read', 'edit'])) refuse(`fields.${key}`, `'${key}' takes true or false for read, edit`);
      else if (grant.read || grant.edit) fields[`${field.objectApiName}.${field.apiName}`] = { read: true, edit: !!grant.edit };
    }
    const customPermissions = namesOf(input.customPermissions, 'customPermissions', refuse).flatMap((name) => {
      const cp = this.registry.customPermission(name);
      if (cp && installed.has(cp.packageName)) return [cp.apiName];
      refuse(`customPermissions.${name}`, `unknown custom permission '${name}'`);
      return [];
    });
    const apps = namesOf(input.apps, 'apps', refuse).flatMap((name) => {
      const app = this.registry.app(name);
      if (app && installed.has(app.packageName)) return [app.apiName];
      refuse(`apps.${name}`, `unknown app '${name}'`);
      return [];
    });
    if (errors.length) throw new EngineError('invalid', errors);
    const description = input.description?.trim() || undefined;
    return {
      label: input.label.trim(),
      ...(description ? { description } : {}),
      objects,
      fields,
      customPermissions: [...new Set(customPermissions)],
      apps: [...new Set(apps)],
    };
  }

  /** Installs `pkg` in the tenant inside the caller's transaction (which names the tenant). */
  private async installIn(
    m: EntityManager,
    tenantId: string,
    slug: string,
    pkg: { name: string; version: string; dependencies: string[]; licence?: unknown },
  ): Promise<void> {
    const packages = this.repositories.installedPackages.in(m);
    if (await packages.find(tenantId, pkg.name))
      throw invalid(`${pkg.name} is installed in ${slug} already; upgrade it instead.`, ['package']);
    for (const dep of pkg.dependencies) {
      if (!(await packages.find(tenantId, dep))) throw invalid(`${pkg.name} needs ${dep}: install it first.`, ['package']);
    }
    await packages.install(tenantId, pkg.name, pkg.version, !pkg.licence);
  }

  private availablePackage(name: string, version?: string) {
    const pkg = this.registry.packages.get(name);
    if (!pkg)
      throw EngineError.notFound(`No package called '${name}' is available (available: ${[...this.registry.packages.keys()].join(', ')}).`);
    if (version && version !== pkg.version)
      throw invalid(`${name} ${version} is not available here; this platform has ${pkg.version}.`, ['version']);
    return pkg;
  }

  private async tenantRow(slug: string): Promise<{ id: string }> {
    const row = await this.tenantRows().findBySlug(slug);
    if (!row) throw EngineError.notFound(`No tenant with the slug '${slug}'.`);
    return row;
  }

  /** sys_tenant is read outside any tenant's transaction (it is not under row-level security). */
  private tenantRows() {
    return this.repositories.tenants;
  }

  private withTenant<T>(tenantId: string, work: Parameters<typeof inTenant<T>>[2]): Promise<T> {
    return inTenant(this.dataSource, requestContext(tenantId, null), work);
  }
}

/** An IANA zone that the platform (js-joda, which works out a tenant's today) and Intl both know. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)*$/.test(value) || value.length > 64) return false;
  try {
    ZoneId.of(value);
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const sameName = (a: string, b: unknown) => typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

function permissionSetDetail(ps: PermissionSetDef): PermissionSetDetail {
  return {
    apiName: ps.apiName,
    label: ps.label,
    description: ps.description ?? null,
    packageName: ps.packageName,
    editable: !ps.packageName,
    objects: ps.objects,
    fields: ps.fields,
    customPermissions: ps.customPermissions,
    apps: ps.apps,
  };
}

const managedPermissionSet = (ps: PermissionSetDetail) =>
  EngineError.invalid(
    'CANNOT_MODIFY_MANAGED_OBJECT',
    `${ps.label} comes with the ${ps.packageName} package and cannot be changed or deleted; make a permission set of your own instead.`,
  );

/** The names of the tenant's installed packages; `packages` in the tenant's transaction. */
async function installedPackages(packages: InstalledPackageRepository, tenantId: string): Promise<Set<string>> {
  const rows = await packages.ofTenant(tenantId);
  return new Set(rows.map((r) => r.packageName));
}

/** A user of this tenant, or not found (another tenant's id included). */
async function requireUser(m: EntityManager, tenantId: string, userId: string): Promise<void> {
  const [user] = UUID.test(userId ?? '')
    ? ((await m.query(`SELECT 1 FROM "user" WHERE "tenant_id" = $1 AND "id" = $2`, [tenantId, userId])) as unknown[])
    : [];
  if (!user) throw EngineError.notFound(`No user with id '${userId}'.`);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A grant: an object whose only keys are these, each true, false or absent. */
function isFlags<K extends string>(value: unknown, keys: readonly K[]): value is Partial<Record<K, boolean>> {
  return (
    isPlainObject(value) &&
    Object.entries(value).every(([k, v]) => (keys as readonly string[]).includes(k) && (v === undefined || typeof v === 'boolean'))
  );
}

/** The entries of a map the client sent (`objects`, `fields`); anything else is refused. */
function entriesOf(value: unknown, path: string, refuse: (path: string, problem: string) => void): [string, unknown][] {
  if (value === undefined || value === null) return [];
  if (isPlainObject(value)) return Object.entries(value);
  refuse(path, 'an object keyed by API name expected');
  return [];
}

/** The names of a list the client sent (`customPermissions`, `apps`); anything else is refused. */
function namesOf(value: unknown, path: string, refuse: (path: string, problem: string) => void): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  refuse(path, 'a list of API names expected');
  return [];
}

/** What the access policy makes of a grant, stored as such: modify all gives everything, any other right gives read. */
function impliedObjectPermission(grant: Partial<ObjectPermission>): ObjectPermission {
  const p = Object.fromEntries(OBJECT_PERMISSIONS.map((k) => [k, !!grant[k]])) as unknown as ObjectPermission;
  if (p.modifyAll) Object.assign(p, { viewAll: true, edit: true, delete: true });
  if (p.viewAll || p.create || p.edit || p.delete) p.read = true;
  return p;
}
