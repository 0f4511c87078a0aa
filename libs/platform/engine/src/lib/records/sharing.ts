import type { ObjectDef, Registry } from '@platform/metadata';
import { hasOwner, masterOf, SHARING_DEFAULT_TABLE, SHARING_GROUPS_SETTING, SHARING_SETTINGS } from '@platform/storage';
import type { EntityManager } from 'typeorm';
import { q } from './record-rows';
import type { AccessControl, RequestContext } from './request-context';
import { sharingGroups } from './sharing-rules';

/** An object's organisation-wide default, as Salesforce names them: Private, Public Read Only, Public Read/Write. */
export const SHARING_MODELS = ['Private', 'Read', 'ReadWrite'] as const;
export type SharingModel = (typeof SHARING_MODELS)[number];
/** An object no admin has set is Public Read/Write: what every record was before sharing. */
export const DEFAULT_SHARING_MODEL: SharingModel = 'ReadWrite';

/**
 * An object's default when the tenant has set none: its package's (object.yaml `sharingModel`),
 * else Public Read/Write. The tenant's own setting always wins.
 */
export function packageSharingModel(object: ObjectDef): SharingModel {
  const model = object.sharingModel;
  return model && model !== 'ControlledByParent' ? model : DEFAULT_SHARING_MODEL;
}

/** What narrows a user's rows: the tables they may not read / edit in full. */
export interface SharingScope {
  noRead: string[];
  noEdit: string[];
}

/** The tenant's org-wide defaults, by object API name (objects without a row are Public Read/Write). */
export async function sharingDefaults(manager: EntityManager, tenantId: string): Promise<Map<string, SharingModel>> {
  const rows = (await manager.query(`SELECT "object_api_name", "access" FROM ${q(SHARING_DEFAULT_TABLE)} WHERE "tenant_id" = $1`, [
    tenantId,
  ])) as { object_api_name: string; access: SharingModel }[];
  return new Map(rows.map((r) => [r.object_api_name.toLowerCase(), r.access]));
}

/**
 * The tables a user may not read (edit) in full: an object whose default is Private (not
 * Public Read/Write) and on which they hold no View All (Modify All); a master-detail child
 * follows its master ("Controlled by Parent") unless they hold View All (Modify All) on the child.
 * Both empty when nothing narrows what they see (say "View All Data" and "Modify All Data").
 */
export function sharingScope(registry: Registry, access: AccessControl, defaults: Map<string, SharingModel>): SharingScope {
  const read = new Map<ObjectDef, boolean>();
  const edit = new Map<ObjectDef, boolean>();
  const restricted = (object: ObjectDef, kind: 'read' | 'edit', depth = 0): boolean => {
    const memo = kind === 'read' ? read : edit;
    const known = memo.get(object);
    if (known !== undefined) return known;
    const can = access.object(object);
    let result: boolean;
    if (kind === 'read' ? can.viewAll : can.modifyAll) result = false;
    else {
      const parent = depth < 4 ? masterOf(object, registry) : undefined;
      const model = defaults.get(object.apiName.toLowerCase()) ?? packageSharingModel(object);
      result = parent ? restricted(parent.master, kind, depth + 1) : kind === 'read' ? model === 'Private' : model !== 'ReadWrite';
    }
    memo.set(object, result);
    return result;
  };
  const objects = registry.objects.filter(hasOwner);
  return {
    noRead: objects.filter((o) => restricted(o, 'read')).map((o) => o.table),
    noEdit: objects.filter((o) => restricted(o, 'edit')).map((o) => o.table),
  };
}

/** The users whose records a user sees and edits as their own: themselves and everyone in a role below theirs. */
export async function visibleOwners(manager: EntityManager, registry: Registry, tenantId: string, userId: string): Promise<string[]> {
  const role = registry.object('UserRole');
  const user = registry.object('User');
  const userRole = user?.fields.get('userroleid')?.column;
  const parent = role?.fields.get('parentroleid')?.column;
  if (!role || !user || !userRole || !parent) return [userId];
  const rows = (await manager.query(
    `WITH RECURSIVE "below" AS (
       SELECT r."id" FROM ${q(role.table)} r JOIN ${q(user.table)} u ON u."tenant_id" = r."tenant_id" AND r.${q(parent)} = u.${q(userRole)}
        WHERE u."tenant_id" = $1 AND u."id" = $2
       UNION
       SELECT r."id" FROM ${q(role.table)} r JOIN "below" b ON r.${q(parent)} = b."id" WHERE r."tenant_id" = $1)
     SELECT u."id" FROM ${q(user.table)} u WHERE u."tenant_id" = $1 AND (u."id" = $2 OR u.${q(userRole)} IN (SELECT "id" FROM "below"))`,
    [tenantId, userId],
  )) as { id: string }[];
  return [userId, ...rows.map((r) => r.id).filter((id) => id !== userId)];
}

interface SharingContext {
  scope: SharingScope;
  owners: string[];
  /** The groups records are shared with that the user belongs to (see sharingGroups). */
  groups: string[];
}

/** Per request: its sharing, worked out once (a request's transactions share it). */
const contexts = new WeakMap<RequestContext, Promise<SharingContext | undefined>>();
/** The transactions that run with sharing on (a user's), and whether it is suspended just now. */
const active = new WeakMap<EntityManager, { on: boolean }>();

function registryOf(ctx: RequestContext): Registry | undefined {
  return ctx.registry ?? ctx.access?.registry;
}

async function sharingContext(manager: EntityManager, ctx: RequestContext): Promise<SharingContext | undefined> {
  const access = ctx.access;
  const registry = registryOf(ctx);
  if (!access || !ctx.userId || !registry) return undefined;
  let pending = contexts.get(ctx);
  if (!pending) {
    pending = (async () => {
      const scope = sharingScope(registry, access, await sharingDefaults(manager, ctx.tenantId));
      if (!scope.noRead.length && !scope.noEdit.length) return { scope, owners: [ctx.userId!], groups: [] };
      const owners = await visibleOwners(manager, registry, ctx.tenantId, ctx.userId!);
      return { scope, owners, groups: await sharingGroups(manager, registry, ctx.tenantId, ctx.userId!, owners) };
    })();
    contexts.set(ctx, pending);
    pending.catch(() => contexts.delete(ctx));
  }
  return pending;
}

/**
 * Puts the user's sharing on the transaction (see the storage's Sharing migration): row-level
 * security then narrows every statement, the engine's and a package's raw SQL alike. The
 * platform's own work (no access on the context) sees the whole tenant.
 */
export async function applySharing(manager: EntityManager, ctx: RequestContext): Promise<void> {
  const context = await sharingContext(manager, ctx);
  if (!context || (!context.scope.noRead.length && !context.scope.noEdit.length)) return;
  await manager.query(
    `SELECT set_config($1, 'on', true), set_config($2, $3, true), set_config($4, $5, true), set_config($6, $7, true), set_config($8, $9, true)`,
    [
      SHARING_SETTINGS.on,
      SHARING_SETTINGS.noRead,
      `{${context.scope.noRead.join(',')}}`,
      SHARING_SETTINGS.noEdit,
      `{${context.scope.noEdit.join(',')}}`,
      SHARING_SETTINGS.owners,
      `{${context.owners.join(',')}}`,
      SHARING_GROUPS_SETTING,
      `{${context.groups.join(',')}}`,
    ],
  );
  active.set(manager, { on: true });
}

/**
 * Runs work that must see every row of the tenant whoever asks (roll-ups, triggers, formulas
 * across objects, the writes after the engine has checked access), as Salesforce runs triggers
 * in system mode; sharing comes back on afterwards.
 */
export async function asSystem<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  return toggled(manager, false, work);
}

/** The opposite, inside asSystem: what the user may see (the records a lookup may name). */
export async function asUser<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  return toggled(manager, true, work);
}

async function toggled<T>(manager: EntityManager, on: boolean, work: () => Promise<T>): Promise<T> {
  const state = active.get(manager);
  if (!state || state.on === on) return work();
  const set = (value: boolean) => manager.query(`SELECT set_config($1, $2, true)`, [SHARING_SETTINGS.on, value ? 'on' : 'off']);
  await set(on);
  state.on = on;
  try {
    return await work();
  } finally {
    await set(!on);
    state.on = !on;
  }
}

/**
 * Salesforce's "Transfer Record" rule: the owner, someone above them in the role hierarchy, or a
 * user with Modify All on the object (Modify All Data included) may give a record to another user.
 */
export async function mayTransfer(manager: EntityManager, ctx: RequestContext, object: ObjectDef, owner: unknown): Promise<boolean> {
  if (!ctx.access || ctx.access.object(object).modifyAll) return true;
  if (!ctx.userId) return false;
  if (owner === ctx.userId) return true;
  const registry = registryOf(ctx);
  if (!registry || typeof owner !== 'string') return false;
  return asSystem(manager, async () => (await visibleOwners(manager, registry, ctx.tenantId, ctx.userId!)).includes(owner));
}
