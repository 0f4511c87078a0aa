import { createHash } from 'node:crypto';
import { isPolymorphic, metadataKey, polymorphicTypeColumn, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import type { Refusal } from './schema-plan';
import {
  sameColumns,
  type ColumnShape,
  type ForeignKeyShape,
  type GrantShape,
  type IndexShape,
  type KeyShape,
  type PolicyShape,
  type TableShape,
} from './schema-snapshot';
import { APP_ROLE, APP_TABLE_PRIVILEGES, TENANT_POLICY, TENANT_POLICY_CONDITION } from './app-role';
import { constraintName } from './sql';
import { BALANCED_FUNCTION, SHARING_FUNCTIONS } from './platform.migrations';
import { SHARED_FUNCTION } from './sharing-rules.migration';

/**
 * The schema the metadata asks for, built as a pure function of the registry. One table per
 * object; `tenant_id` leads every key so the tables can be distributed by tenant (Citus).
 */

export const TENANT_TABLE = 'sys_tenant';
/** Tables the planner never touches: platform tables (created by migrations) start with this. */
export const PLATFORM_TABLE_PREFIX = 'sys_';
/** Constraint and index names the planner owns end with one of these; others are left alone. */
export const OWNED_NAME_SUFFIX = /__(pk|fk|uq|ix)$/;

const OBJECT_COMMENT_PREFIX = 'platform object ';
const FIELD_COMMENT_PREFIX = 'platform field ';

/** Table comments mark tables as the planner's, so it can tell a removed object from a stranger. */
export const objectComment = (object: ObjectDef): string => `${OBJECT_COMMENT_PREFIX}${object.apiName}`;
export const fieldComment = (field: FieldDef, suffix = ''): string => `${FIELD_COMMENT_PREFIX}${field.apiName}${suffix}`;

export const objectOfComment = (comment: string | null): string | null =>
  comment?.startsWith(OBJECT_COMMENT_PREFIX) ? comment.slice(OBJECT_COMMENT_PREFIX.length) : null;
export const fieldOfComment = (comment: string | null): string | null =>
  comment?.startsWith(FIELD_COMMENT_PREFIX) ? comment.slice(FIELD_COMMENT_PREFIX.length).split(' ')[0] : null;

const column = (name: string, type: string, options: { notNull?: boolean; default?: string; comment?: string } = {}): ColumnShape => ({
  name,
  type,
  notNull: options.notNull ?? false,
  default: options.default ?? null,
  comment: options.comment ?? null,
});

/**
 * Record ownership: every object but these has an `owner_id` (OwnerId, a User), which sharing
 * decides visibility by. Users and roles belong to nobody, as in Salesforce.
 */
export const UNOWNED_OBJECTS: readonly string[] = ['User', 'UserRole'];
export const hasOwner = (object: Pick<ObjectDef, 'apiName'>): boolean => !UNOWNED_OBJECTS.includes(object.apiName);
export const OWNER_COLUMN = 'owner_id';
/** The setting a user's transaction names its user in (see the engine's tenant transaction). */
export const USER_SETTING = 'app.user_id';
/**
 * A new row's owner is the transaction's user unless the writer names one: so a package's raw
 * INSERT is owned by whoever it runs for, as the record engine's are (printed as pg_get_expr does).
 */
export const OWNER_DEFAULT = `(NULLIF(current_setting('${USER_SETTING}'::text, true), ''::text))::uuid`;

/** Matches SYSTEM_COLUMNS in @platform/metadata; defaults are written as pg_get_expr prints them. */
const systemColumns = (owned = false): ColumnShape[] => [
  column('tenant_id', 'uuid', { notNull: true }),
  column('id', 'uuid', { notNull: true, default: 'gen_random_uuid()' }),
  column('record_type', 'text'),
  column('created_date', 'timestamp with time zone', {
    notNull: true,
    default: 'now()',
  }),
  column('created_by_id', 'uuid'),
  column('last_modified_date', 'timestamp with time zone', {
    notNull: true,
    default: 'now()',
  }),
  column('last_modified_by_id', 'uuid'),
  column('version', 'integer', { notNull: true, default: '1' }),
  column('custom', 'jsonb', { notNull: true, default: "'{}'::jsonb" }),
  ...(owned ? [column(OWNER_COLUMN, 'uuid', { default: OWNER_DEFAULT })] : []),
];

/**
 * Every object table is a tenant table: under row-level security with the tenant policy, and
 * open to the app role for reading and writing (the policy keeps it to one tenant's rows).
 */
const tenantIsolation = (object: ObjectDef, registry: Registry): Pick<TableShape, 'rowSecurity' | 'policies' | 'grants'> => ({
  rowSecurity: true,
  policies: [
    {
      name: TENANT_POLICY,
      command: 'ALL',
      permissive: true,
      roles: ['PUBLIC'],
      using: TENANT_POLICY_CONDITION,
      withCheck: TENANT_POLICY_CONDITION,
    },
    ...sharingPolicies(object, registry),
  ],
  grants: [appGrant(object)],
});

export const SHARING_POLICIES = { read: 'sharing_read', update: 'sharing_update', delete: 'sharing_delete' } as const;

/**
 * The master a master-detail child's sharing follows ("Controlled by Parent"): its first package
 * master-detail field's target. A tenant's custom master-detail (in jsonb) does not make one.
 */
export function masterOf(object: ObjectDef, registry: Registry): { field: FieldDef; master: ObjectDef } | undefined {
  const field = [...object.fields.values()].find((f) => f.type === 'MasterDetail' && !!f.column && !f.custom);
  const master = field?.referenceTo?.[0] === undefined ? undefined : registry.object(field.referenceTo[0]);
  return field && master && master !== object && hasOwner(master) ? { field, master } : undefined;
}

/**
 * Record sharing, on top of tenant isolation: restrictive policies (AND-ed with the tenant's), one
 * for reading and one each for changing and removing a row. A row passes when the user may read
 * (edit) the whole table, or owns it through `sys_owners()`; a master-detail child instead when its
 * master passes. Written as pg_get_expr prints them (see samePolicy). See the Sharing migration.
 */
function sharingPolicies(object: ObjectDef, registry: Registry): PolicyShape[] {
  if (!hasOwner(object)) return [];
  const read = access(object, registry, 'read', object.table, 0);
  const edit = access(object, registry, 'edit', object.table, 0);
  const policy = (name: string, command: PolicyShape['command'], using: string, withCheck: string | null): PolicyShape => ({
    name,
    command,
    permissive: false,
    roles: ['PUBLIC'],
    using,
    withCheck,
  });
  return [
    policy(SHARING_POLICIES.read, 'SELECT', read, null),
    // A record given to another user leaves the giver's sight: the new row is not checked.
    policy(SHARING_POLICIES.update, 'UPDATE', edit, 'true'),
    policy(SHARING_POLICIES.delete, 'DELETE', edit, null),
  ];
}

function access(object: ObjectDef, registry: Registry, kind: 'read' | 'edit', alias: string, depth: number): string {
  const all = kind === 'read' ? SHARING_FUNCTIONS.readAll : SHARING_FUNCTIONS.editAll;
  const col = (name: string) => (depth === 0 ? name : `${alias}.${name}`);
  const whole = `(${col('tenant_id')} = ANY (${all}('${object.table}'::text)))`;
  const parent = depth < 4 ? masterOf(object, registry) : undefined;
  // Shared beyond its owner (a sharing rule or manual share with one of the user's groups): see SharingRules.
  // A scalar sub-select, so the function runs once per statement (an InitPlan), never once per row.
  const shared = `(${col('id')} = ANY (( SELECT ${SHARED_FUNCTION}('${object.table}'::text, ${kind === 'edit'}) AS ${SHARED_FUNCTION})::uuid[]))`;
  if (!parent) return `(${whole} OR (${col(OWNER_COLUMN)} = ANY (${SHARING_FUNCTIONS.owners}())) OR ${shared})`;
  // The master's own read policy applies inside the subquery; editing needs its edit condition too.
  const m = `m${depth + 1}`;
  const self = depth === 0 ? object.table : alias;
  const join = `(${m}.tenant_id = ${self}.tenant_id) AND (${m}.id = ${self}.${parent.field.column})`;
  const condition = kind === 'read' ? join : `${join} AND ${access(parent.master, registry, 'edit', m, depth + 1)}`;
  return `(${whole} OR (EXISTS ( SELECT 1 FROM ${parent.master.table} ${m} WHERE (${condition}))))`;
}

/** Metadata `balanced`: the deferred trigger that keeps the rows of one `by` value in balance. */
function addBalancedTrigger(table: TableShape, object: ObjectDef, problems: Refusal[]): void {
  if (!object.balanced) return;
  const fields = [object.balanced.by, object.balanced.debit, object.balanced.credit];
  const args = fields.map((name) => object.fields.get(name.toLowerCase())?.column);
  if (args.some((a) => !a)) {
    const message = `object ${object.apiName} is balanced by ${fields.join(', ')}, which are not all stored fields of it: no balance trigger is made`;
    problems.push({ kind: 'unknown-reference', table: object.table, message });
    return;
  }
  table.triggers = [{ name: constraintName([object.table], '__balanced'), function: BALANCED_FUNCTION, args: args as string[] }];
}

/** Columns an UPDATE of an append-only table's stamp also sets (the row's version and audit). */
const STAMP_SYSTEM_COLUMNS = ['last_modified_by_id', 'last_modified_date', 'version'];

/**
 * The app role's privileges: all four on an ordinary object; on an append-only one (a ledger)
 * only INSERT and SELECT, and UPDATE of its declared stamp columns, so no request, bug or
 * injected statement can change or remove a row once written.
 */
function appGrant(object: ObjectDef): GrantShape {
  if (!object.appendOnly) return { grantee: APP_ROLE, privileges: [...APP_TABLE_PRIVILEGES] };
  const stamps = object.appendOnly.updatable
    .map((name) => object.fields.get(name.toLowerCase())?.column)
    .filter((column): column is string => !!column);
  return {
    grantee: APP_ROLE,
    privileges: APP_TABLE_PRIVILEGES.filter((p) => p === 'INSERT' || p === 'SELECT'),
    ...(stamps.length ? { updateColumns: [...stamps, ...STAMP_SYSTEM_COLUMNS].sort() } : {}),
  };
}

export interface DesiredSchema {
  tables: TableShape[];
  /** Parts of the metadata that cannot be turned into schema (they are left out of `tables`). */
  problems: Refusal[];
  fingerprint: string;
}

export function desiredSchema(registry: Registry): DesiredSchema {
  const problems: Refusal[] = [];
  const tables: TableShape[] = [];
  for (const object of [...registry.objects].sort(byTable)) {
    if (object.table.startsWith(PLATFORM_TABLE_PREFIX)) {
      problems.push({
        kind: 'reserved-table',
        table: object.table,
        message: `object ${object.apiName} cannot use table "${object.table}": names starting with "${PLATFORM_TABLE_PREFIX}" are reserved for platform tables`,
      });
      continue;
    }
    tables.push(objectTable(object, registry, problems));
  }
  const fingerprint = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
  return { tables, problems, fingerprint };
}

const byTable = (a: ObjectDef, b: ObjectDef): number => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0);

function objectTable(object: ObjectDef, registry: Registry, problems: Refusal[]): TableShape {
  const table: TableShape = {
    name: object.table,
    comment: objectComment(object),
    columns: systemColumns(hasOwner(object)),
    primaryKey: {
      name: constraintName([object.table], '__pk'),
      columns: ['tenant_id', 'id'],
    },
    uniques: [],
    foreignKeys: [tenantForeignKey(object.table)],
    // Sharing reads "the rows these users own": (tenant_id, owner_id) serves it as an index condition.
    indexes: hasOwner(object)
      ? [{ name: constraintName([object.table, OWNER_COLUMN], '__ix'), columns: ['tenant_id', OWNER_COLUMN], unique: false }]
      : [],
    ...tenantIsolation(object, registry),
  };
  for (const field of object.fields.values()) {
    const name = field.column;
    if (name === null) continue; // Formula: computed on read, no storage
    const storage = fieldStorage(field, name, object, registry);
    if ('problem' in storage) {
      problems.push(storage.problem);
      continue;
    }
    const clash = storage.columns.find((c) => table.columns.some((existing) => existing.name === c.name));
    if (clash) {
      problems.push({
        kind: 'column-conflict',
        table: object.table,
        column: clash.name,
        message: `field ${object.apiName}.${field.apiName} needs column "${clash.name}", which another field or a system column already uses`,
      });
      continue;
    }
    table.columns.push(...storage.columns);
    addKeys(table, field, name, object, registry, problems);
  }
  addDeclaredIndexes(table, object, problems);
  addBalancedTrigger(table, object, problems);
  return table;
}

/**
 * The object's declared composite indexes, each on (tenant_id, its fields' columns). A
 * polymorphic lookup is indexed by its id column (ids are unique across objects). A lookup's own
 * (tenant_id, column) index is left out when a declared index starts with that column: the
 * longer index serves the same look-ups, and every write maintains one index fewer.
 */
function addDeclaredIndexes(table: TableShape, object: ObjectDef, problems: Refusal[]): void {
  const declared: IndexShape[] = [];
  for (const index of object.indexes ?? []) {
    const fields = index.fields.map((name) => object.fields.get(metadataKey(name)));
    const missing = index.fields.find((_, i) => !fields[i]?.column);
    if (missing !== undefined) {
      problems.push({
        kind: 'unknown-index-field',
        table: table.name,
        message: `an index of ${object.apiName} names ${missing}, which is not a stored field of the object: the index is not created`,
      });
      continue;
    }
    const columns = ['tenant_id', ...fields.map((f) => f?.column ?? '')];
    if (declared.some((d) => sameColumns(d.columns, columns))) continue;
    declared.push({
      name: constraintName([table.name, ...columns.slice(1)], '__ix'),
      columns,
      unique: false,
    });
  }
  const covered = (ix: IndexShape) => !ix.unique && declared.some((d) => sameColumns(d.columns.slice(0, ix.columns.length), ix.columns));
  table.indexes = [...table.indexes.filter((ix) => !covered(ix)), ...declared];
}

const tenantForeignKey = (table: string): ForeignKeyShape => ({
  name: constraintName([table, 'tenant_id'], '__fk'),
  columns: ['tenant_id'],
  referencedTable: TENANT_TABLE,
  referencedColumns: ['id'],
  onDelete: 'NO ACTION',
  onDeleteSetColumns: null,
});

type FieldStorage = { columns: ColumnShape[] } | { problem: Refusal };

/**
 * Field columns are nullable (except Checkbox and counts, which have a default): Required is
 * enforced by the record engine, never by NOT NULL, so adding a required field to a table that
 * already has rows stays an additive change.
 */
function fieldStorage(field: FieldDef, name: string, object: ObjectDef, registry: Registry): FieldStorage {
  const comment = fieldComment(field);
  switch (field.type) {
    case 'Text':
    case 'TextArea':
    case 'LongTextArea':
    case 'Email':
    case 'Phone':
    case 'Url':
    case 'Picklist':
    case 'AutoNumber':
      // Length limits are the record engine's to enforce; text keeps changing them additive.
      return { columns: [column(name, 'text', { comment })] };
    case 'MultiPicklist':
      return { columns: [column(name, 'text[]', { comment })] };
    case 'Number':
    case 'Percent':
      return {
        columns: [
          column(name, numeric(field.precision ?? 18, field.scale ?? 0), {
            comment,
          }),
        ],
      };
    case 'Currency':
      return {
        columns: [
          column(name, numeric(field.precision ?? 18, field.scale ?? 2), {
            comment,
          }),
        ],
      };
    case 'Checkbox':
      return {
        columns: [
          column(name, 'boolean', {
            notNull: true,
            default: field.defaultValue === true ? 'true' : 'false',
            comment,
          }),
        ],
      };
    case 'Date':
      return { columns: [column(name, 'date', { comment })] };
    case 'DateTime':
      return {
        columns: [column(name, 'timestamp with time zone', { comment })],
      };
    case 'Lookup':
    case 'MasterDetail':
      return { columns: referenceColumns(field, name, comment) };
    case 'Summary':
      return summaryStorage(field, object, registry, name, comment);
    case 'Formula':
      return { columns: [] };
  }
}

/** A polymorphic lookup also records which object its id belongs to, and has no foreign key. */
function referenceColumns(field: FieldDef, name: string, comment: string): ColumnShape[] {
  const id = column(name, 'uuid', { comment });
  if (!isPolymorphic(field)) return [id];
  return [
    id,
    column(polymorphicTypeColumn(name), 'text', {
      comment: fieldComment(field, ' (target object)'),
    }),
  ];
}

const numeric = (precision: number, scale: number): string => `numeric(${precision},${scale})`;

/** A roll-up stores the type of what it summarises: counts are integers, sums keep the scale. */
function summaryStorage(field: FieldDef, object: ObjectDef, registry: Registry, name: string, comment: string): FieldStorage {
  const summary = field.summary;
  if (summary?.operation === 'count') {
    return {
      columns: [column(name, 'integer', { notNull: true, default: '0', comment })],
    };
  }
  const child = summary?.summarizedField === undefined ? undefined : registry.field(summary.childObject, summary.summarizedField);
  const childType = child?.type === 'Formula' ? child.returnType : child?.type;
  const scale = child?.scale ?? (childType === 'Currency' ? 2 : 0);
  const type = summaryType(summary?.operation, childType, scale);
  if (type !== null) return { columns: [column(name, type, { comment })] };
  return {
    problem: {
      kind: 'unknown-summary-field',
      table: object.table,
      column: name,
      message: `summary field ${object.apiName}.${field.apiName} summarises ${summary?.childObject ?? '?'}.${summary?.summarizedField ?? '?'} (${childType ?? 'not in the metadata'}): cannot ${summary?.operation ?? 'summarise'} that, so it gets no column`,
    },
  };
}

function summaryType(operation: string | undefined, childType: string | undefined, scale: number): string | null {
  if (childType === 'Number' || childType === 'Currency' || childType === 'Percent') {
    return numeric(18, scale);
  }
  if (operation === 'min' || operation === 'max') {
    if (childType === 'Date') return 'date';
    if (childType === 'DateTime') return 'timestamp with time zone';
  }
  return null;
}

function addKeys(table: TableShape, field: FieldDef, name: string, object: ObjectDef, registry: Registry, problems: Refusal[]): void {
  const key: KeyShape = {
    name: constraintName([table.name, name], '__uq'),
    columns: ['tenant_id', name],
  };
  if (field.unique) table.uniques.push(key);
  const isReference = field.type === 'Lookup' || field.type === 'MasterDetail';
  if (isReference && !isPolymorphic(field)) {
    const foreignKey = referenceForeignKey(table.name, field, name, object, registry);
    if ('problem' in foreignKey) problems.push(foreignKey.problem);
    else table.foreignKeys.push(foreignKey);
  }
  if ((isReference || field.externalId) && !field.unique) {
    const index: IndexShape = {
      name: constraintName([table.name, name], '__ix'),
      columns: key.columns,
      unique: false,
    };
    table.indexes.push(index);
  }
}

/**
 * The database enforces what the metadata declares on delete. SetNull uses the Postgres 15
 * column list `SET NULL (col)`: a plain SET NULL on a composite key would null tenant_id too.
 * If Citus ever rejects that form, switch to NO ACTION and let the record engine null children.
 */
function referenceForeignKey(
  table: string,
  field: FieldDef,
  name: string,
  object: ObjectDef,
  registry: Registry,
): ForeignKeyShape | { problem: Refusal } {
  const targetApiName = field.referenceTo?.[0];
  const target = targetApiName === undefined ? undefined : registry.object(targetApiName);
  if (!target) {
    return {
      problem: {
        kind: 'unknown-reference',
        table,
        column: name,
        message: `field ${object.apiName}.${field.apiName} refers to ${targetApiName ?? 'no object'}, which is not in the metadata: the column is created without a foreign key`,
      },
    };
  }
  const onDelete =
    field.type === 'MasterDetail' || field.deleteConstraint === 'Cascade'
      ? 'CASCADE'
      : field.deleteConstraint === 'Restrict'
        ? 'RESTRICT'
        : 'SET NULL';
  return {
    name: constraintName([table, name], '__fk'),
    columns: ['tenant_id', name],
    referencedTable: target.table,
    referencedColumns: ['tenant_id', 'id'],
    onDelete,
    onDeleteSetColumns: onDelete === 'SET NULL' ? [name] : null,
  };
}
