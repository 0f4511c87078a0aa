import { createHash } from 'node:crypto';
import { LIST_VIEW_OPERATORS, type FieldDef, type ListViewOperator, type ObjectDef, type Registry } from '@platform/metadata';
import { hasOwner, masterOf, OWNER_COLUMN, RECORD_SHARE_TABLE, SHARING_RULE_TABLE } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';
import { EngineError, type RecordError } from '../engine.errors';
import { compileMatch } from '../query/query-compiler';
import type { Condition } from '../query/soql-ast';
import { parseWhere } from '../query/soql-parser';
import { q } from './record-rows';
import type { RequestContext } from './request-context';
import { asSystem, mayTransfer } from './sharing';
import { inTenant, inTenantId } from './tenant-transaction';

/** What a share gives: read, or read and edit. */
export const SHARE_ACCESS = ['Read', 'ReadWrite'] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];
/** Whom a sharing rule shares with: a role's users, a role's and its subordinates', a permission set's. */
export const RULE_GRANTEES = ['Role', 'RoleAndSubordinates', 'PermissionSet'] as const;
/** Whom one record is shared with by hand. */
export const MANUAL_GRANTEES = ['User', 'Role', 'RoleAndSubordinates'] as const;
export type GranteeType = (typeof RULE_GRANTEES)[number] | (typeof MANUAL_GRANTEES)[number];

/**
 * The group id a share names: a user's or role's own id; for "a role and its subordinates" and
 * for a permission set (whose key is its API name) an id derived from the kind and key. A user's
 * groups (sharingGroups) are worked out with the same function.
 */
export function groupId(type: GranteeType, key: string): string {
  if (type === 'User' || type === 'Role') return key;
  const h = createHash('md5').update(`${type}:${key.toLowerCase()}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * The groups a user belongs to for sharing, worked out at each request (so leaving a role or a
 * permission set takes effect at once): themselves and the users below them in the role
 * hierarchy (`owners`: a manager sees what is shared with a subordinate), their role and the
 * roles below it, "role and subordinates" of their role, the roles above it and those below, and
 * each permission set they hold.
 */
export async function sharingGroups(
  manager: EntityManager,
  registry: Registry,
  tenantId: string,
  userId: string,
  owners: string[],
): Promise<string[]> {
  const groups = new Set<string>([userId, ...owners]);
  const role = registry.object('UserRole');
  const user = registry.object('User');
  const userRole = user?.fields.get('userroleid')?.column;
  const parent = role?.fields.get('parentroleid')?.column;
  const sets = `SELECT 'set' AS "kind", "permission_set" AS "id" FROM "sys_permission_set_assignment" WHERE "tenant_id" = $1 AND "user_id" = $2`;
  // One statement: the user's role, the roles below and above it, and their permission sets.
  const rows = (await manager.query(
    role && user && userRole && parent
      ? `WITH RECURSIVE "mine" AS (SELECT u.${q(userRole)} AS "id" FROM ${q(user.table)} u WHERE u."tenant_id" = $1 AND u."id" = $2),
         "below" AS (
           SELECT r."id" FROM ${q(role.table)} r WHERE r."tenant_id" = $1 AND r.${q(parent)} IN (SELECT "id" FROM "mine")
           UNION
           SELECT r."id" FROM ${q(role.table)} r JOIN "below" b ON r.${q(parent)} = b."id" WHERE r."tenant_id" = $1),
         "above" AS (
           SELECT r."id", r.${q(parent)} AS "parent" FROM ${q(role.table)} r WHERE r."tenant_id" = $1 AND r."id" IN (SELECT "id" FROM "mine")
           UNION
           SELECT r."id", r.${q(parent)} FROM ${q(role.table)} r JOIN "above" a ON r."id" = a."parent" WHERE r."tenant_id" = $1)
         SELECT 'own' AS "kind", "id"::text FROM "mine" WHERE "id" IS NOT NULL
         UNION ALL SELECT 'below', "id"::text FROM "below"
         UNION ALL SELECT 'above', "id"::text FROM "above"
         UNION ALL ${sets}`
      : sets,
    [tenantId, userId],
  )) as { kind: 'own' | 'below' | 'above' | 'set'; id: string }[];
  for (const { kind, id } of rows) {
    if (kind === 'set') groups.add(groupId('PermissionSet', id));
    else if (kind === 'own') groups.add(id);
    else {
      groups.add(groupId('RoleAndSubordinates', id));
      // Their own role is the first "above"; a role above theirs gives only its "and subordinates" group.
      if (kind === 'below') groups.add(id);
    }
  }
  return [...groups];
}

// ---------------------------------------------------------------- criteria

/** One row of a rule's criteria: the object's field, a list-view operator, and the value. */
export interface SharingCriterion {
  field: string;
  operator: ListViewOperator;
  value?: string | number | boolean | string[] | null;
}

const NUMERIC = new Set(['Number', 'Currency', 'Percent']);
const COMPARISONS: Record<string, string> = {
  equals: '=',
  notEquals: '!=',
  lessThan: '<',
  greaterThan: '>',
  lessOrEqual: '<=',
  greaterOrEqual: '>=',
};

/** A criterion's value as a SOQL literal of its field's type, or undefined when it is not one. */
function literal(field: FieldDef, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return 'null';
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (text === undefined) return undefined;
  if (NUMERIC.has(field.type)) return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
  if (field.type === 'Checkbox') return text === 'true' || text === 'false' ? text : undefined;
  if (field.type === 'Date') return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  if (field.type === 'DateTime') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : undefined;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** One criterion as SOQL (the list views' filters, as their operators mean there). */
function criterionSoql(object: ObjectDef, c: SharingCriterion, at: string, errors: RecordError[]): string | undefined {
  const field = typeof c?.field === 'string' ? object.fields.get(c.field.toLowerCase()) : undefined;
  if (!field || field.type === 'LongTextArea') {
    errors.push({
      errorCode: 'INVALID_FIELD',
      message: `No field named '${String(c?.field)}' on ${object.apiName} to share by`,
      fields: [`${at}.field`],
    });
    return undefined;
  }
  if (!(LIST_VIEW_OPERATORS as readonly unknown[]).includes(c.operator)) {
    errors.push({
      errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      message: `'${String(c.operator)}' is not an operator (one of ${LIST_VIEW_OPERATORS.join(', ')})`,
      fields: [`${at}.operator`],
    });
    return undefined;
  }
  const name = field.apiName;
  if (c.operator === 'isNull') return `${name} = null`;
  if (c.operator === 'isNotNull') return `${name} != null`;
  const values = c.operator === 'in' ? (Array.isArray(c.value) ? c.value : [c.value]) : [c.value];
  const textual = c.operator === 'contains' || c.operator === 'startsWith';
  const literals = values.map((v) =>
    textual
      ? literal({ ...field, type: 'Text' }, c.operator === 'contains' ? `%${String(v ?? '')}%` : `${String(v ?? '')}%`)
      : literal(field, v),
  );
  if (!values.length || literals.some((l) => l === undefined) || (c.operator === 'in' && literals.includes('null'))) {
    errors.push({
      errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      message: `${field.label}: '${JSON.stringify(c.value ?? null)}' is not a value of its type (${field.type})`,
      fields: [`${at}.value`],
    });
    return undefined;
  }
  if (textual) return `${name} LIKE ${literals[0]}`;
  if (c.operator === 'in') return `${name} IN (${literals.join(', ')})`;
  return `${name} ${COMPARISONS[c.operator]} ${literals[0]}`;
}

/**
 * A rule's criteria as one SOQL condition (AND of its rows), each row checked by compiling it
 * against the object: every bad row is named (`criteria[i].field|operator|value`) at once.
 * No criteria means every record of the object.
 */
export function criteriaCondition(registry: Registry, object: ObjectDef, criteria: unknown, tenantId: string): Condition | undefined {
  if (!Array.isArray(criteria))
    throw EngineError.invalid('INVALID_FIELD', 'criteria must be a list of field/operator/value rows', ['criteria']);
  const errors: RecordError[] = [];
  const parts: string[] = [];
  criteria.forEach((c: SharingCriterion, i) => {
    const at = `criteria[${i}]`;
    const soql = criterionSoql(object, c, at, errors);
    if (!soql) return;
    try {
      compileMatch(object.apiName, parseWhere(soql), matchContext(registry, tenantId));
      parts.push(`(${soql})`);
    } catch (error) {
      const message = error instanceof EngineError ? error.errors[0]?.message : String(error);
      errors.push({ errorCode: 'INVALID_FIELD', message: `${object.apiName}.${String(c.field)}: ${message}`, fields: [`${at}.value`] });
    }
  });
  if (errors.length) throw new EngineError('invalid', errors);
  return parts.length ? parseWhere(parts.join(' AND ')) : undefined;
}

const matchContext = (registry: Registry, tenantId: string) => ({ registry, tenantId, today: new Date().toISOString().slice(0, 10) });

// ---------------------------------------------------------------- rules

export interface SharingRuleInput {
  object?: unknown;
  name?: unknown;
  criteria?: unknown;
  access?: unknown;
  sharedWithType?: unknown;
  sharedWith?: unknown;
}

export interface SharingRule {
  id: string;
  object: string;
  name: string;
  criteria: SharingCriterion[];
  access: ShareAccess;
  sharedWithType: (typeof RULE_GRANTEES)[number];
  /** A role's id or a permission set's API name. */
  sharedWith: string;
  /** The role's or permission set's name. */
  sharedWithLabel: string;
  /** The records it shares just now. */
  recordCount: number;
}

interface RuleRow {
  id: string;
  object_api_name: string;
  name: string;
  criteria: SharingCriterion[];
  access: ShareAccess;
  shared_with_type: SharingRule['sharedWithType'];
  shared_with: string;
  record_count?: string | number;
}

/** Objects whose records rules and manual shares may share: owned, and not Controlled by Parent. */
export function shareableObject(registry: Registry, name: unknown): ObjectDef | undefined {
  const object = typeof name === 'string' ? registry.object(name) : undefined;
  return object && hasOwner(object) && !masterOf(object, registry) ? object : undefined;
}

const RULE_COLUMNS = `r."id", r."object_api_name", r."name", r."criteria", r."access", r."shared_with_type", r."shared_with",
  (SELECT count(*) FROM ${q(RECORD_SHARE_TABLE)} s WHERE s."tenant_id" = r."tenant_id" AND s."rule_id" = r."id") AS "record_count"`;

/** The tenant's sharing rules (of one object, when named), by object and name. */
export async function listSharingRules(
  dataSource: DataSource,
  registry: Registry,
  tenantId: string,
  object?: string,
): Promise<SharingRule[]> {
  return inTenantId(dataSource, tenantId, async (manager) => {
    const rows = (await manager.query(
      `SELECT ${RULE_COLUMNS} FROM ${q(SHARING_RULE_TABLE)} r WHERE r."tenant_id" = $1 AND ($2::text IS NULL OR lower(r."object_api_name") = lower($2))
        ORDER BY r."object_api_name", lower(r."name")`,
      [tenantId, object ?? null],
    )) as RuleRow[];
    return ruleViews(manager, registry, tenantId, rows);
  });
}

export async function getSharingRule(dataSource: DataSource, registry: Registry, tenantId: string, id: string): Promise<SharingRule> {
  return inTenantId(dataSource, tenantId, async (manager) => {
    const [rule] = await ruleViews(manager, registry, tenantId, await ruleRows(manager, tenantId, id));
    return rule;
  });
}

async function ruleRows(manager: EntityManager, tenantId: string, id: string): Promise<RuleRow[]> {
  if (!UUID.test(id)) throw EngineError.notFound(`No sharing rule with id '${id}'`);
  const rows = (await manager.query(`SELECT ${RULE_COLUMNS} FROM ${q(SHARING_RULE_TABLE)} r WHERE r."tenant_id" = $1 AND r."id" = $2`, [
    tenantId,
    id,
  ])) as RuleRow[];
  if (!rows.length) throw EngineError.notFound(`No sharing rule with id '${id}'`);
  return rows;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function ruleViews(manager: EntityManager, registry: Registry, tenantId: string, rows: RuleRow[]): Promise<SharingRule[]> {
  const roleIds = rows.filter((r) => r.shared_with_type !== 'PermissionSet').map((r) => r.shared_with);
  const names = await roleNames(manager, registry, tenantId, roleIds);
  return rows.map((r) => ({
    id: r.id,
    object: registry.object(r.object_api_name)?.apiName ?? r.object_api_name,
    name: r.name,
    criteria: r.criteria,
    access: r.access,
    sharedWithType: r.shared_with_type,
    sharedWith: r.shared_with,
    sharedWithLabel: r.shared_with_type === 'PermissionSet' ? r.shared_with : (names.get(r.shared_with) ?? r.shared_with),
    recordCount: Number(r.record_count ?? 0),
  }));
}

async function roleNames(manager: EntityManager, registry: Registry, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const role = registry.object('UserRole');
  const name = role?.fields.get('name')?.column;
  if (!role || !name || !ids.length) return new Map();
  const rows = (await manager.query(
    `SELECT "id", ${q(name)} AS "name" FROM ${q(role.table)} WHERE "tenant_id" = $1 AND "id" = ANY ($2::uuid[])`,
    [tenantId, ids.filter((id) => UUID.test(id))],
  )) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A rule's fields checked, every problem named at once (400), nothing written. */
async function checkRule(
  manager: EntityManager,
  registry: Registry,
  tenantId: string,
  input: SharingRuleInput,
  permissionSets: string[],
): Promise<{
  object: ObjectDef;
  name: string;
  criteria: SharingCriterion[];
  access: ShareAccess;
  type: SharingRule['sharedWithType'];
  with: string;
}> {
  const errors: RecordError[] = [];
  const object = shareableObject(registry, input.object);
  if (!object)
    errors.push({ errorCode: 'INVALID_TYPE', message: `No object named '${String(input.object)}' has sharing rules`, fields: ['object'] });
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 80)
    errors.push({ errorCode: 'REQUIRED_FIELD_MISSING', message: 'A rule needs a name (up to 80 characters)', fields: ['name'] });
  if (!(SHARE_ACCESS as readonly unknown[]).includes(input.access))
    errors.push({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      message: `access must be one of ${SHARE_ACCESS.join(', ')}`,
      fields: ['access'],
    });
  const type = input.sharedWithType as SharingRule['sharedWithType'];
  let target: string | undefined;
  if (!(RULE_GRANTEES as readonly unknown[]).includes(type)) {
    errors.push({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      message: `sharedWithType must be one of ${RULE_GRANTEES.join(', ')}`,
      fields: ['sharedWithType'],
    });
  } else if (typeof input.sharedWith !== 'string') {
    errors.push({ errorCode: 'REQUIRED_FIELD_MISSING', message: 'sharedWith names the role or permission set', fields: ['sharedWith'] });
  } else if (type === 'PermissionSet') {
    const wanted = input.sharedWith.toLowerCase();
    target = permissionSets.find((ps) => ps.toLowerCase() === wanted);
    if (!target)
      errors.push({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: `No permission set '${input.sharedWith}'`, fields: ['sharedWith'] });
  } else {
    target = (await roleNames(manager, registry, tenantId, [input.sharedWith])).has(input.sharedWith) ? input.sharedWith : undefined;
    if (!target)
      errors.push({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: `No role with id '${input.sharedWith}'`, fields: ['sharedWith'] });
  }
  let criteria: SharingCriterion[] = [];
  if (object) {
    try {
      criteriaCondition(registry, object, input.criteria ?? [], tenantId);
      criteria = ((input.criteria as SharingCriterion[]) ?? []).map((c) => ({
        field: object.fields.get(c.field.toLowerCase())!.apiName,
        operator: c.operator,
        ...(c.value === undefined ? {} : { value: c.value }),
      }));
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length) throw new EngineError('invalid', errors);
  return { object: object!, name, criteria, access: input.access as ShareAccess, type, with: target! };
}

const duplicateName = (name: string) =>
  EngineError.invalid('DUPLICATE_VALUE', `A sharing rule of this object is already named '${name}'`, ['name']);

/**
 * Creates a rule (an admin's; the caller checks). Its shares are computed by the recompute job
 * (recomputeRuleShares), which the caller sends for the rule's object.
 */
export async function createSharingRule(
  dataSource: DataSource,
  registry: Registry,
  tenantId: string,
  input: SharingRuleInput,
  /** The tenant's permission sets' API names (a rule may share with one). */
  permissionSets: string[],
): Promise<SharingRule> {
  return inTenantId(dataSource, tenantId, async (manager) => {
    const rule = await checkRule(manager, registry, tenantId, input, permissionSets);
    const rows = (await manager
      .query(
        `INSERT INTO ${q(SHARING_RULE_TABLE)} ("tenant_id", "object_api_name", "name", "criteria", "access", "shared_with_type", "shared_with")
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING "id"`,
        [tenantId, rule.object.apiName, rule.name, JSON.stringify(rule.criteria), rule.access, rule.type, rule.with],
      )
      .catch((e: { code?: string; driverError?: { code?: string } }) => {
        if ((e.code ?? e.driverError?.code) === '23505') throw duplicateName(rule.name);
        throw e;
      })) as { id: string }[];
    const [view] = await ruleViews(manager, registry, tenantId, await ruleRows(manager, tenantId, rows[0].id));
    return view;
  });
}

/** Changes a rule (its object stays); its shares are recomputed by the job the caller sends. */
export async function updateSharingRule(
  dataSource: DataSource,
  registry: Registry,
  tenantId: string,
  id: string,
  input: SharingRuleInput,
  /** The tenant's permission sets' API names (a rule may share with one). */
  permissionSets: string[],
): Promise<SharingRule> {
  return inTenantId(dataSource, tenantId, async (manager) => {
    const [old] = await ruleRows(manager, tenantId, id);
    if (input.object !== undefined && registry.object(String(input.object))?.apiName !== registry.object(old.object_api_name)?.apiName)
      throw EngineError.invalid('INVALID_FIELD', "A rule's object cannot change: delete it and create another", ['object']);
    const merged: SharingRuleInput = {
      object: old.object_api_name,
      name: input.name ?? old.name,
      criteria: input.criteria ?? old.criteria,
      access: input.access ?? old.access,
      sharedWithType: input.sharedWithType ?? old.shared_with_type,
      sharedWith: input.sharedWith ?? old.shared_with,
    };
    const rule = await checkRule(manager, registry, tenantId, merged, permissionSets);
    await manager
      .query(
        `UPDATE ${q(SHARING_RULE_TABLE)} SET "name" = $3, "criteria" = $4::jsonb, "access" = $5, "shared_with_type" = $6, "shared_with" = $7,
           "last_modified_date" = now() WHERE "tenant_id" = $1 AND "id" = $2`,
        [tenantId, id, rule.name, JSON.stringify(rule.criteria), rule.access, rule.type, rule.with],
      )
      .catch((e: { code?: string; driverError?: { code?: string } }) => {
        if ((e.code ?? e.driverError?.code) === '23505') throw duplicateName(rule.name);
        throw e;
      });
    const [view] = await ruleViews(manager, registry, tenantId, await ruleRows(manager, tenantId, id));
    return view;
  });
}

/** Removes a rule; its shares go with it (the share table's foreign key cascades). Answers its object. */
export async function deleteSharingRule(dataSource: DataSource, tenantId: string, id: string): Promise<string> {
  return inTenantId(dataSource, tenantId, async (manager) => {
    const [old] = await ruleRows(manager, tenantId, id);
    await manager.query(`DELETE FROM ${q(SHARING_RULE_TABLE)} WHERE "tenant_id" = $1 AND "id" = $2`, [tenantId, id]);
    return old.object_api_name;
  });
}

// ---------------------------------------------------------------- rule shares

/**
 * Recomputes the rule shares of some of an object's records (`ids`), or of all of them, in the
 * caller's transaction: each record loses its rule shares and gets one per rule it matches now.
 * Sees every row (the platform's work: sharing is suspended for it).
 */
export async function refreshRuleShares(
  manager: EntityManager,
  registry: Registry,
  tenantId: string,
  object: ObjectDef,
  ids?: string[],
): Promise<number> {
  if (!shareableObject(registry, object.apiName)) return 0;
  return asSystem(manager, async () => {
    const rules = (await manager.query(
      `SELECT "id", "criteria", "access", "shared_with_type", "shared_with" FROM ${q(SHARING_RULE_TABLE)}
        WHERE "tenant_id" = $1 AND lower("object_api_name") = lower($2)`,
      [tenantId, object.apiName],
    )) as RuleRow[];
    const existing = ids ? `AND "record_id" = ANY ($3::uuid[])` : '';
    await manager.query(
      `DELETE FROM ${q(RECORD_SHARE_TABLE)} WHERE "tenant_id" = $1 AND "object_table" = $2 AND "row_cause" = 'Rule' ${existing}`,
      ids ? [tenantId, object.table, ids] : [tenantId, object.table],
    );
    let shared = 0;
    for (const rule of rules) {
      let condition: Condition | undefined;
      try {
        condition = criteriaCondition(registry, object, rule.criteria, tenantId);
      } catch {
        // A field the rule names has gone from the metadata since: it shares nothing until edited.
        continue;
      }
      const match = compileMatch(object.apiName, condition, matchContext(registry, tenantId), ids);
      const n = match.params.length;
      const rows = (await manager.query(
        `INSERT INTO ${q(RECORD_SHARE_TABLE)} ("tenant_id", "object_table", "record_id", "group_id", "grantee_type", "grantee", "access", "row_cause", "rule_id")
         SELECT $1::uuid, $${n + 1}::text, m."id", $${n + 2}::uuid, $${n + 3}::text, $${n + 4}::text, $${n + 5}::text, 'Rule', $${n + 6}::uuid
           FROM (${match.sql}) m RETURNING 1`,
        [
          ...match.params,
          object.table,
          groupId(rule.shared_with_type, rule.shared_with),
          rule.shared_with_type,
          rule.shared_with,
          rule.access,
          rule.id,
        ],
      )) as unknown[];
      shared += rows.length;
    }
    return shared;
  });
}

/** Drops a deleted record's shares (in the delete's transaction). */
export async function dropRecordShares(manager: EntityManager, tenantId: string, id: string): Promise<void> {
  await manager.query(`DELETE FROM ${q(RECORD_SHARE_TABLE)} WHERE "tenant_id" = $1 AND "record_id" = $2`, [tenantId, id]);
}

/** Whether the tenant has sharing rules on an object (a write recomputes its record's rule shares only then). */
export async function hasSharingRules(manager: EntityManager, tenantId: string, object: ObjectDef): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM ${q(SHARING_RULE_TABLE)} WHERE "tenant_id" = $1 AND lower("object_api_name") = lower($2) LIMIT 1`,
    [tenantId, object.apiName],
  )) as unknown[];
  return rows.length > 0;
}

/**
 * Recomputes every record's rule shares of an object, a batch of records per transaction (the
 * recompute job's work), reporting progress after each batch.
 */
export async function recomputeRuleShares(
  dataSource: DataSource,
  registry: Registry,
  tenantId: string,
  objectName: string,
  progress: (done: { records: number; shares: number }) => Promise<void> = async () => undefined,
  batch = 1000,
): Promise<{ records: number; shares: number }> {
  const object = shareableObject(registry, objectName);
  const done = { records: 0, shares: 0 };
  if (!object) return done;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const ids = await inTenantId(dataSource, tenantId, async (manager) => {
      const rows = (await manager.query(`SELECT "id" FROM ${q(object.table)} WHERE "tenant_id" = $1 AND "id" > $2 ORDER BY "id" LIMIT $3`, [
        tenantId,
        after,
        batch,
      ])) as { id: string }[];
      if (rows.length)
        done.shares += await refreshRuleShares(
          manager,
          registry,
          tenantId,
          object,
          rows.map((r) => r.id),
        );
      return rows.map((r) => r.id);
    });
    if (!ids.length) break;
    done.records += ids.length;
    after = ids[ids.length - 1];
    await progress({ ...done });
    if (ids.length < batch) break;
  }
  return done;
}

// ---------------------------------------------------------------- manual shares

export interface RecordShare {
  /** The share's id (a manual share's is what DELETE takes); the owner's row has none. */
  id: string | null;
  granteeType: GranteeType | 'Owner';
  /** The user's or role's id, or the permission set's API name. */
  grantee: string;
  granteeName: string;
  access: ShareAccess | 'All';
  /** Why: Owner, Manual, or Rule (the rule named). */
  rowCause: 'Owner' | 'Manual' | 'Rule';
  ruleId?: string;
  ruleName?: string;
}

export interface RecordShares {
  /** Whether the caller may add and remove manual shares of the record. */
  mayShare: boolean;
  shares: RecordShare[];
}

/** The record as the user sees it (404 when they cannot), and whether they may share it. */
async function shareTarget(manager: EntityManager, ctx: RequestContext, registry: Registry, objectName: string, id: string) {
  const object = registry.object(objectName);
  if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${objectName}'`);
  const access = ctx.access;
  if (access) {
    const denial = access.denial(object);
    if (denial) throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: denial.message, fields: [] }]);
    if (!access.object(object).read) throw EngineError.notFound(`The requested resource does not exist`);
  }
  if (!shareableObject(registry, object.apiName)) {
    const master = masterOf(object, registry)?.master.apiName;
    throw EngineError.invalid(
      'INVALID_OPERATION',
      master
        ? `${object.pluralLabel} are Controlled by Parent: share the ${master} instead`
        : `${object.pluralLabel} are not shared record by record`,
    );
  }
  const rows = UUID.test(id)
    ? ((await manager.query(`SELECT ${q(OWNER_COLUMN)} AS "owner_id" FROM ${q(object.table)} WHERE "tenant_id" = $1 AND "id" = $2`, [
        ctx.tenantId,
        id,
      ])) as {
        owner_id: string | null;
      }[])
    : [];
  if (!rows.length) throw EngineError.notFound(`The requested resource does not exist: no ${object.apiName} with id '${id}'`);
  const mayShare = await mayTransfer(manager, ctx, object, rows[0].owner_id);
  return { object, owner: rows[0].owner_id, mayShare };
}

const NO_SHARING = (object: ObjectDef) =>
  new EngineError('forbidden', [
    {
      errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
      message: `Only the owner, someone above them in the role hierarchy, or Modify All may share this ${object.label}.`,
      fields: [],
    },
  ]);

/** Who a record is shared with and why (its owner, manual shares, rules), for anyone who may read it. */
export async function recordShares(
  dataSource: DataSource,
  ctx: RequestContext,
  registry: Registry,
  objectName: string,
  id: string,
): Promise<RecordShares> {
  return inTenant(dataSource, ctx, async (manager) => {
    const target = await shareTarget(manager, ctx, registry, objectName, id);
    return asSystem(manager, async () => ({
      mayShare: target.mayShare,
      shares: await sharesOf(manager, registry, ctx.tenantId, target.owner, id),
    }));
  });
}

async function sharesOf(
  manager: EntityManager,
  registry: Registry,
  tenantId: string,
  owner: string | null,
  id: string,
): Promise<RecordShare[]> {
  const rows = (await manager.query(
    `SELECT s."id", s."grantee_type", s."grantee", s."access", s."row_cause", s."rule_id", r."name" AS "rule_name"
       FROM ${q(RECORD_SHARE_TABLE)} s LEFT JOIN ${q(SHARING_RULE_TABLE)} r ON r."tenant_id" = s."tenant_id" AND r."id" = s."rule_id"
      WHERE s."tenant_id" = $1 AND s."record_id" = $2 ORDER BY s."row_cause", s."created_date", s."id"`,
    [tenantId, id],
  )) as {
    id: string;
    grantee_type: GranteeType;
    grantee: string;
    access: ShareAccess;
    row_cause: 'Manual' | 'Rule';
    rule_id: string | null;
    rule_name: string | null;
  }[];
  const users = await userNames(manager, registry, tenantId, [
    ...(owner ? [owner] : []),
    ...rows.filter((r) => r.grantee_type === 'User').map((r) => r.grantee),
  ]);
  const roles = await roleNames(
    manager,
    registry,
    tenantId,
    rows.filter((r) => r.grantee_type.startsWith('Role')).map((r) => r.grantee),
  );
  const name = (type: GranteeType, key: string) =>
    type === 'User'
      ? (users.get(key) ?? key)
      : type === 'PermissionSet'
        ? key
        : `${roles.get(key) ?? key}${type === 'RoleAndSubordinates' ? ' and subordinates' : ''}`;
  return [
    ...(owner
      ? [
          {
            id: null,
            granteeType: 'Owner' as const,
            grantee: owner,
            granteeName: users.get(owner) ?? owner,
            access: 'All' as const,
            rowCause: 'Owner' as const,
          },
        ]
      : []),
    ...rows.map((r) => ({
      id: r.id,
      granteeType: r.grantee_type,
      grantee: r.grantee,
      granteeName: name(r.grantee_type, r.grantee),
      access: r.access,
      rowCause: r.row_cause,
      ...(r.rule_id ? { ruleId: r.rule_id, ruleName: r.rule_name ?? undefined } : {}),
    })),
  ];
}

async function userNames(manager: EntityManager, registry: Registry, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const user = registry.object('User');
  const column = (field: string) => user?.fields.get(field)?.column;
  const [first, last, username] = [column('firstname'), column('lastname'), column('username')];
  if (!user || !first || !last || !username || !ids.length) return new Map();
  const name = `coalesce(nullif(trim(concat_ws(' ', ${q(first)}, ${q(last)})), ''), ${q(username)})`;
  const rows = (await manager.query(
    `SELECT "id", ${name} AS "name" FROM ${q(user.table)} WHERE "tenant_id" = $1 AND "id" = ANY ($2::uuid[])`,
    [tenantId, ids.filter((id) => UUID.test(id))],
  )) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface ManualShareInput {
  granteeType?: unknown;
  grantee?: unknown;
  access?: unknown;
}

/**
 * Shares one record by hand with a user or a role (and its subordinates), Read or ReadWrite; the
 * owner, someone above them in the role hierarchy, or Modify All only (403
 * INSUFFICIENT_ACCESS_OR_READONLY). Sharing again with the same one changes the access.
 */
export async function addManualShare(
  dataSource: DataSource,
  ctx: RequestContext,
  registry: Registry,
  objectName: string,
  id: string,
  input: ManualShareInput,
): Promise<RecordShare> {
  return inTenant(dataSource, ctx, async (manager) => {
    const target = await shareTarget(manager, ctx, registry, objectName, id);
    if (!target.mayShare) throw NO_SHARING(target.object);
    return asSystem(manager, async () => {
      const errors: RecordError[] = [];
      const type = input.granteeType as GranteeType;
      if (!(MANUAL_GRANTEES as readonly unknown[]).includes(type))
        errors.push({
          errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          message: `granteeType must be one of ${MANUAL_GRANTEES.join(', ')}`,
          fields: ['granteeType'],
        });
      if (!(SHARE_ACCESS as readonly unknown[]).includes(input.access))
        errors.push({
          errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          message: `access must be one of ${SHARE_ACCESS.join(', ')}`,
          fields: ['access'],
        });
      const grantee = typeof input.grantee === 'string' ? input.grantee : '';
      if ((MANUAL_GRANTEES as readonly unknown[]).includes(type)) {
        const known =
          type === 'User'
            ? (await userNames(manager, registry, ctx.tenantId, [grantee])).has(grantee)
            : (await roleNames(manager, registry, ctx.tenantId, [grantee])).has(grantee);
        if (!known)
          errors.push({
            errorCode: 'INVALID_CROSS_REFERENCE_KEY',
            message: `No ${type === 'User' ? 'user' : 'role'} with id '${grantee}'`,
            fields: ['grantee'],
          });
        else if (type === 'User' && grantee === target.owner)
          errors.push({ errorCode: 'INVALID_FIELD', message: 'The owner already has full access to the record', fields: ['grantee'] });
      }
      if (errors.length) throw new EngineError('invalid', errors);
      const rows = (await manager.query(
        `INSERT INTO ${q(RECORD_SHARE_TABLE)} ("tenant_id", "object_table", "record_id", "group_id", "grantee_type", "grantee", "access", "row_cause", "created_by_id")
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'Manual', $8)
         ON CONFLICT ("tenant_id", "record_id", "group_id") WHERE "row_cause" = 'Manual' DO UPDATE SET "access" = EXCLUDED."access"
         RETURNING "id"`,
        [ctx.tenantId, target.object.table, id, groupId(type, grantee), type, grantee, input.access, ctx.userId],
      )) as { id: string }[];
      return (await sharesOf(manager, registry, ctx.tenantId, target.owner, id)).find((s) => s.id === rows[0].id)!;
    });
  });
}

/** Removes a manual share (rule shares follow their rule and are not removed by hand). */
export async function removeManualShare(
  dataSource: DataSource,
  ctx: RequestContext,
  registry: Registry,
  objectName: string,
  id: string,
  shareId: string,
): Promise<void> {
  await inTenant(dataSource, ctx, async (manager) => {
    const target = await shareTarget(manager, ctx, registry, objectName, id);
    if (!target.mayShare) throw NO_SHARING(target.object);
    await asSystem(manager, async () => {
      // Found first: a DELETE's result differs by driver (rows, or rows and a count).
      const rows = UUID.test(shareId)
        ? ((await manager.query(
            `SELECT 1 FROM ${q(RECORD_SHARE_TABLE)} WHERE "tenant_id" = $1 AND "record_id" = $2 AND "id" = $3 AND "row_cause" = 'Manual' FOR UPDATE`,
            [ctx.tenantId, id, shareId],
          )) as unknown[])
        : [];
      if (rows.length)
        await manager.query(`DELETE FROM ${q(RECORD_SHARE_TABLE)} WHERE "tenant_id" = $1 AND "id" = $2`, [ctx.tenantId, shareId]);
      if (!rows.length) throw EngineError.notFound(`No manual share with id '${shareId}' on this record`);
    });
  });
}
