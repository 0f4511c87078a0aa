import type { Registry } from '@platform/metadata';
import { desiredSchema, fieldOfComment, objectOfComment, OWNED_NAME_SUFFIX, OWNER_COLUMN, PLATFORM_TABLE_PREFIX } from './desired-schema';
import { STATEMENT_ORDER, type PlannedStatement, type Refusal, type SchemaPlan, type StatementKind } from './schema-plan';
import {
  sameColumns,
  sameForeignKey,
  samePolicy,
  type ColumnShape,
  type ForeignKeyShape,
  type GrantShape,
  type IndexShape,
  type KeyShape,
  type PolicyShape,
  type SchemaSnapshot,
  type TableShape,
  type TriggerShape,
} from './schema-snapshot';
import { columnList, quoteIdent, quoteLiteral } from './sql';

export interface PlanOptions {
  /** Plan drops and type changes instead of refusing them. */
  allowDestructive?: boolean;
}

const DESTRUCTIVE_HINT = 'pass --allow-destructive';

/**
 * The DDL that brings the database (a snapshot of it) to the schema the metadata asks for. Pure:
 * the same metadata and snapshot always give the same statements in the same order, so planning
 * again after applying gives an empty plan.
 *
 * Additive changes are planned. Anything that can lose data (dropping a table or column, changing
 * a column's type) is refused with the reason unless `allowDestructive` is set. A table that no
 * object in the metadata names is dropped only if it carries the planner's `platform object`
 * comment; platform `sys_` tables are never touched (objects may not use that prefix).
 */
export function planSchema(registry: Registry, snapshot: SchemaSnapshot, options: PlanOptions = {}): SchemaPlan {
  const desired = desiredSchema(registry);
  const plan = new PlanBuilder(snapshot.schema, options.allowDestructive ?? false);
  plan.refused.push(...desired.problems);
  const actualByName = new Map(snapshot.tables.map((table) => [table.name, table]));
  for (const table of desired.tables) {
    const actual = actualByName.get(table.name);
    if (actual) alterTable(plan, table, actual);
    else createTable(plan, table);
  }
  const desiredNames = new Set(desired.tables.map((table) => table.name));
  const orphans = snapshot.tables.filter((table) => !desiredNames.has(table.name));
  for (const table of orphans.sort((a, b) => compare(a.name, b.name))) dropOrphanTable(plan, table);
  return {
    statements: plan.ordered(),
    refused: plan.refused,
    fingerprint: desired.fingerprint,
  };
}

class PlanBuilder {
  private readonly statements: PlannedStatement[] = [];
  private readonly phases = new Map<PlannedStatement, StatementKind>();
  readonly refused: Refusal[] = [];

  constructor(
    private readonly schema: string,
    readonly allowDestructive: boolean,
  ) {}

  /** Tables are schema-qualified only outside `public`, to keep the usual output readable. */
  table(name: string): string {
    return this.schema === 'public' ? quoteIdent(name) : `${quoteIdent(this.schema)}.${quoteIdent(name)}`;
  }

  /** `phase` runs a statement with another kind's: a new column's comment right after it. */
  add(kind: StatementKind, table: string, sql: string, reason: string, column?: string, phase = kind): void {
    this.statements.push({
      kind,
      table,
      ...(column ? { column } : {}),
      sql,
      reason,
      destructive: false,
    });
    this.phases.set(this.statements[this.statements.length - 1], phase);
  }

  /** Plans the statements when destructive changes are allowed, otherwise records the refusal. */
  destructive(statements: Omit<PlannedStatement, 'destructive'>[], refusal: Refusal): boolean {
    if (!this.allowDestructive) {
      this.refused.push(refusal);
      return false;
    }
    this.statements.push(...statements.map((s) => ({ ...s, destructive: true })));
    return true;
  }

  ordered(): PlannedStatement[] {
    // Array.prototype.sort is stable: within a kind, statements keep the order they were planned.
    const rank = (s: PlannedStatement) => STATEMENT_ORDER.indexOf(this.phases.get(s) ?? s.kind);
    return [...this.statements].sort((a, b) => rank(a) - rank(b));
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const objectName = (table: TableShape): string => objectOfComment(table.comment) ?? table.name;

const describeColumn = (table: TableShape, column: ColumnShape): string => {
  const field = fieldOfComment(column.comment);
  return field ? `field ${objectName(table)}.${field}` : `system column ${column.name}`;
};

const columnDefinition = (column: ColumnShape): string =>
  [quoteIdent(column.name), column.type, column.notNull ? 'NOT NULL' : '', column.default === null ? '' : `DEFAULT ${column.default}`]
    .filter(Boolean)
    .join(' ');

function createTable(plan: PlanBuilder, table: TableShape): void {
  const lines = table.columns.map(columnDefinition);
  if (table.primaryKey) {
    lines.push(`CONSTRAINT ${quoteIdent(table.primaryKey.name)} PRIMARY KEY (${columnList(table.primaryKey.columns)})`);
  }
  const sql = `CREATE TABLE ${plan.table(table.name)} (\n  ${lines.join(',\n  ')}\n)`;
  plan.add('create-table', table.name, sql, `object ${objectName(table)}`);
  commentOnTable(plan, table, 'create-table');
  for (const column of table.columns) commentOnColumn(plan, table, column, 'create-table');
  const empty = emptyTable(table.name);
  reconcileConstraints(plan, table, empty, new Set());
  reconcileSecurity(plan, table, empty);
  reconcileTriggers(plan, table, empty);
}

const emptyTable = (name: string): TableShape => ({
  name,
  comment: null,
  columns: [],
  primaryKey: null,
  uniques: [],
  foreignKeys: [],
  indexes: [],
  rowSecurity: false,
  policies: [],
  grants: [],
});

function commentOnTable(plan: PlanBuilder, table: TableShape, phase: StatementKind = 'comment'): void {
  if (table.comment === null) return;
  const sql = `COMMENT ON TABLE ${plan.table(table.name)} IS ${quoteLiteral(table.comment)}`;
  plan.add('comment', table.name, sql, `mark the table as object ${objectName(table)}'s`, undefined, phase);
}

function commentOnColumn(plan: PlanBuilder, table: TableShape, column: ColumnShape, phase: StatementKind = 'comment'): void {
  if (column.comment === null) return;
  const sql = `COMMENT ON COLUMN ${plan.table(table.name)}.${quoteIdent(column.name)} IS ${quoteLiteral(column.comment)}`;
  plan.add('comment', table.name, sql, `name the ${describeColumn(table, column)}`, column.name, phase);
}

function alterTable(plan: PlanBuilder, table: TableShape, actual: TableShape): void {
  checkPrimaryKey(plan, table, actual);
  if (table.comment !== null && table.comment !== actual.comment) commentOnTable(plan, table);
  const blocked = new Set<string>();
  for (const column of table.columns) {
    const existing = actual.columns.find((c) => c.name === column.name);
    if (!existing) addColumn(plan, table, column);
    else if (!reconcileColumn(plan, table, column, existing)) blocked.add(column.name);
  }
  for (const existing of actual.columns) {
    if (!table.columns.some((c) => c.name === existing.name)) dropColumn(plan, table, existing);
  }
  reconcileConstraints(plan, table, actual, blocked);
  reconcileSecurity(plan, table, actual);
  reconcileTriggers(plan, table, actual);
}

function checkPrimaryKey(plan: PlanBuilder, table: TableShape, actual: TableShape): void {
  if (!table.primaryKey || (actual.primaryKey && sameColumns(actual.primaryKey.columns, table.primaryKey.columns))) {
    return;
  }
  const found = actual.primaryKey ? `(${actual.primaryKey.columns.join(', ')})` : 'no primary key';
  plan.refused.push({
    kind: 'primary-key-mismatch',
    table: table.name,
    message: `table "${table.name}" has ${found}; object ${objectName(table)} needs PRIMARY KEY (${table.primaryKey.columns.join(', ')}), which the planner will not change on an existing table`,
  });
}

function addColumn(plan: PlanBuilder, table: TableShape, column: ColumnShape): void {
  const sql = `ALTER TABLE ${plan.table(table.name)} ADD COLUMN ${columnDefinition(column)}`;
  plan.add('add-column', table.name, sql, describeColumn(table, column), column.name);
  commentOnColumn(plan, table, column, 'add-column');
  if (column.name === OWNER_COLUMN) {
    // Records that predate ownership belong to whoever created them.
    const backfill = `UPDATE ${plan.table(table.name)} SET ${quoteIdent(OWNER_COLUMN)} = "created_by_id" WHERE ${quoteIdent(OWNER_COLUMN)} IS NULL`;
    plan.add('add-column', table.name, backfill, 'existing records are owned by their creator', column.name);
  }
}

/** Brings an existing column in line; returns false when a needed type change was refused. */
function reconcileColumn(plan: PlanBuilder, table: TableShape, column: ColumnShape, existing: ColumnShape): boolean {
  if (column.type !== existing.type) {
    if (!retypeColumn(plan, table, column, existing)) return false;
  } else if (column.default !== existing.default) {
    const action = column.default === null ? 'DROP DEFAULT' : `SET DEFAULT ${column.default}`;
    const sql = `ALTER TABLE ${plan.table(table.name)} ALTER COLUMN ${quoteIdent(column.name)} ${action}`;
    plan.add('alter-column-default', table.name, sql, `default of ${describeColumn(table, column)}`, column.name);
  }
  if (column.comment !== null && column.comment !== existing.comment) commentOnColumn(plan, table, column);
  return true;
}

function retypeColumn(plan: PlanBuilder, table: TableShape, column: ColumnShape, existing: ColumnShape): boolean {
  const target = plan.table(table.name);
  const name = quoteIdent(column.name);
  const using = conversion(name, existing.type, column.type);
  const reason = `${describeColumn(table, column)} is now ${column.type} (was ${existing.type})`;
  const sql = [
    `ALTER TABLE ${target} ${[
      existing.default === null ? '' : `ALTER COLUMN ${name} DROP DEFAULT, `,
      `ALTER COLUMN ${name} TYPE ${column.type} USING ${using}`,
    ].join('')}`,
  ];
  if (column.notNull && column.default !== null) {
    sql.push(`UPDATE ${target} SET ${name} = ${column.default} WHERE ${name} IS NULL`);
  }
  const after = [
    column.default === null ? '' : `ALTER COLUMN ${name} SET DEFAULT ${column.default}`,
    column.notNull === existing.notNull ? '' : `ALTER COLUMN ${name} ${column.notNull ? 'SET' : 'DROP'} NOT NULL`,
  ].filter(Boolean);
  if (after.length) sql.push(`ALTER TABLE ${target} ${after.join(', ')}`);
  return plan.destructive(
    sql.map((statement) => ({
      kind: 'alter-column-type',
      table: table.name,
      column: column.name,
      sql: statement,
      reason,
    })),
    {
      kind: 'alter-column-type',
      table: table.name,
      column: column.name,
      message: `refusing to change the type of column "${table.name}"."${column.name}" from ${existing.type} to ${column.type}: ${reason}; converting can fail or lose data, ${DESTRUCTIVE_HINT} to convert it (USING ${using})`,
    },
  );
}

/** Multi-picklist values are stored as an array; as text they are `;`-separated, as in Salesforce. */
function conversion(column: string, from: string, to: string): string {
  if (to === 'text[]' && from === 'text') return `string_to_array(${column}, ';')`;
  if (to === 'text' && from === 'text[]') return `array_to_string(${column}, ';')`;
  return `${column}::${to}`;
}

function dropColumn(plan: PlanBuilder, table: TableShape, existing: ColumnShape): void {
  const field = fieldOfComment(existing.comment);
  const why = field ? `field ${field} is no longer in the metadata` : `it is not a column of object ${objectName(table)} in the metadata`;
  const sql = `ALTER TABLE ${plan.table(table.name)} DROP COLUMN ${quoteIdent(existing.name)}`;
  plan.destructive(
    [
      {
        kind: 'drop-column',
        table: table.name,
        column: existing.name,
        sql,
        reason: why,
      },
    ],
    {
      kind: 'drop-column',
      table: table.name,
      column: existing.name,
      message: `refusing to drop column "${table.name}"."${existing.name}": ${why}; ${DESTRUCTIVE_HINT} to drop it and its data`,
    },
  );
}

function dropOrphanTable(plan: PlanBuilder, table: TableShape): void {
  const object = objectOfComment(table.comment);
  if (object === null || table.name.startsWith(PLATFORM_TABLE_PREFIX)) return; // not the planner's table
  const why = `object ${object} is no longer in the metadata`;
  const sql = `DROP TABLE ${plan.table(table.name)}`;
  plan.destructive([{ kind: 'drop-table', table: table.name, sql, reason: why }], {
    kind: 'drop-table',
    table: table.name,
    message: `refusing to drop table "${table.name}": ${why}; ${DESTRUCTIVE_HINT} to drop it and its data`,
  });
}

const owned = (key: KeyShape): boolean => OWNED_NAME_SUFFIX.test(key.name);
const touches = (key: KeyShape, blocked: Set<string>): boolean => key.columns.some((c) => blocked.has(c));
const sameIndex = (a: IndexShape, b: IndexShape): boolean => sameColumns(a.columns, b.columns) && a.unique === b.unique;
const sameUnique = (a: KeyShape, b: KeyShape): boolean => sameColumns(a.columns, b.columns);

/** The keys in `from` that have no equivalent in `other`. */
const without = <K>(from: K[], other: K[], same: (a: K, b: K) => boolean): K[] => from.filter((key) => !other.some((o) => same(key, o)));

/**
 * Constraints and indexes are matched by what they do, not by name. The planner drops only the
 * ones it owns (by name suffix) that the metadata no longer asks for: that loses no data.
 */
function reconcileConstraints(plan: PlanBuilder, table: TableShape, actual: TableShape, blocked: Set<string>): void {
  dropUnwantedKeys(plan, table, actual);
  addMissingKeys(plan, table, actual, blocked);
}

function dropUnwantedKeys(plan: PlanBuilder, table: TableShape, actual: TableShape): void {
  const target = plan.table(table.name);
  const drop = (name: string) => `ALTER TABLE ${target} DROP CONSTRAINT ${quoteIdent(name)}`;
  const fks = without(actual.foreignKeys, table.foreignKeys, sameForeignKey);
  for (const fk of fks.filter(owned)) {
    plan.add('drop-foreign-key', table.name, drop(fk.name), 'no longer in the metadata');
  }
  for (const uq of without(actual.uniques, table.uniques, sameUnique).filter(owned)) {
    plan.add('drop-unique', table.name, drop(uq.name), 'no longer unique in the metadata');
  }
  for (const ix of without(actual.indexes, table.indexes, sameIndex).filter(owned)) {
    const sql = `DROP INDEX ${plan.table(ix.name)}`;
    plan.add('drop-index', table.name, sql, 'no longer needed by the metadata');
  }
}

/** Keys on a column whose type change was refused wait until the column has its new type. */
function addMissingKeys(plan: PlanBuilder, table: TableShape, actual: TableShape, blocked: Set<string>): void {
  const target = plan.table(table.name);
  const ready = (key: KeyShape) => !touches(key, blocked);
  for (const uq of without(table.uniques, actual.uniques, sameUnique).filter(ready)) {
    const sql = `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(uq.name)} UNIQUE (${columnList(uq.columns)})`;
    plan.add('add-unique', table.name, sql, `unique ${keyField(table, uq)}`, uq.columns[1]);
  }
  for (const fk of without(table.foreignKeys, actual.foreignKeys, sameForeignKey).filter(ready)) {
    const sql = foreignKeySql(plan, target, fk);
    plan.add('add-foreign-key', table.name, sql, referenceReason(table, fk), fk.columns[1]);
  }
  for (const ix of without(table.indexes, actual.indexes, sameIndex).filter(ready)) {
    const sql = `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(ix.name)} ON ${target} (${columnList(ix.columns)})`;
    plan.add('create-index', table.name, sql, `look-ups by ${indexFields(table, ix)}`, ix.columns[1]);
  }
}

function keyField(table: TableShape, key: KeyShape): string {
  const column = table.columns.find((c) => c.name === key.columns[key.columns.length - 1]);
  return column ? describeColumn(table, column) : key.columns.join(', ');
}

/** A composite index names all its fields: `field A.X, then field A.Y`. */
function indexFields(table: TableShape, index: IndexShape): string {
  if (index.columns.length <= 2) return keyField(table, index);
  return index.columns
    .slice(1)
    .map((name) => {
      const column = table.columns.find((c) => c.name === name);
      return column ? describeColumn(table, column) : name;
    })
    .join(', then ');
}

function referenceReason(table: TableShape, fk: ForeignKeyShape): string {
  if (fk.columns.length === 1) return `every row belongs to a tenant (${fk.referencedTable})`;
  return `${keyField(table, fk)} refers to "${fk.referencedTable}"`;
}

function foreignKeySql(plan: PlanBuilder, target: string, fk: ForeignKeyShape): string {
  const setColumns = fk.onDeleteSetColumns ? ` (${columnList(fk.onDeleteSetColumns)})` : '';
  const onDelete = fk.onDelete === 'NO ACTION' ? '' : ` ON DELETE ${fk.onDelete}${setColumns}`;
  return `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${plan.table(fk.referencedTable)} (${columnList(fk.referencedColumns)})${onDelete}`;
}

/**
 * Tenant isolation in depth: row-level security on, the platform's policies exactly (a policy it
 * does not know could only widen what a tenant sees: permissive policies are OR-ed), and the app
 * role's privileges, no more and no fewer. None of it touches data; grants to other roles are
 * left alone.
 */
function reconcileSecurity(plan: PlanBuilder, table: TableShape, actual: TableShape): void {
  const target = plan.table(table.name);
  if (table.rowSecurity && !actual.rowSecurity) {
    plan.add(
      'enable-row-security',
      table.name,
      `ALTER TABLE ${target} ENABLE ROW LEVEL SECURITY`,
      'the database refuses rows of another tenant, whatever a statement asks for',
    );
  }
  for (const existing of actual.policies) {
    const wanted = table.policies.find((p) => p.name === existing.name);
    if (wanted && samePolicy(existing, wanted)) continue;
    plan.add(
      'drop-policy',
      table.name,
      `DROP POLICY ${quoteIdent(existing.name)} ON ${target}`,
      wanted ? `policy ${existing.name} differs from the platform's (it is recreated)` : `policy ${existing.name} is not the platform's`,
    );
  }
  for (const policy of table.policies) {
    const existing = actual.policies.find((p) => p.name === policy.name);
    if (existing && samePolicy(existing, policy)) continue;
    plan.add(
      'create-policy',
      table.name,
      policySql(target, policy),
      'a statement sees and writes only the rows of its transaction’s tenant (app.tenant_id)',
    );
  }
  for (const grant of table.grants) {
    const held = actual.grants.find((g) => g.grantee === grant.grantee)?.privileges ?? [];
    const extra = held.filter((p) => !grant.privileges.includes(p));
    const missing = grant.privileges.filter((p) => !held.includes(p));
    const role = quoteIdent(grant.grantee);
    if (extra.length) {
      plan.add(
        'revoke',
        table.name,
        `REVOKE ${extra.join(', ')} ON ${target} FROM ${role}`,
        `${grant.grantee} needs no more than ${grant.privileges.join(', ')}`,
      );
    }
    if (missing.length) {
      plan.add(
        'grant',
        table.name,
        `GRANT ${missing.join(', ')} ON ${target} TO ${role}`,
        `the application (${grant.grantee}) reads and writes the object's records`,
      );
    }
    reconcileUpdateColumns(
      plan,
      table.name,
      target,
      grant,
      actual.grants.find((g) => g.grantee === grant.grantee),
    );
  }
}

/**
 * Column-level UPDATE of an append-only table: exactly its stamp columns. Revoking UPDATE on the
 * whole table (above, in the same plan) also revokes column privileges, so after such a revoke
 * every wanted column is granted again.
 */
function reconcileUpdateColumns(
  plan: PlanBuilder,
  tableName: string,
  target: string,
  grant: GrantShape,
  actual: GrantShape | undefined,
): void {
  const wanted = grant.updateColumns ?? [];
  const tableUpdateRevoked = (actual?.privileges ?? []).includes('UPDATE') && !grant.privileges.includes('UPDATE');
  const held = tableUpdateRevoked ? [] : (actual?.updateColumns ?? []);
  const extra = held.filter((c) => !wanted.includes(c));
  const missing = wanted.filter((c) => !held.includes(c));
  const role = quoteIdent(grant.grantee);
  if (extra.length) {
    plan.add(
      'revoke',
      tableName,
      `REVOKE UPDATE (${columnList(extra)}) ON ${target} FROM ${role}`,
      `${grant.grantee} may update no more than the append-only table's stamp columns`,
    );
  }
  if (missing.length) {
    plan.add(
      'grant',
      tableName,
      `GRANT UPDATE (${columnList(missing)}) ON ${target} TO ${role}`,
      `the application (${grant.grantee}) stamps rows of an append-only table (and nothing else of them)`,
    );
  }
}

/**
 * The platform's constraint triggers (metadata `balanced`), exactly: one that differs is dropped
 * and made again; one the metadata no longer asks for is dropped.
 */
function reconcileTriggers(plan: PlanBuilder, table: TableShape, actual: TableShape): void {
  const target = plan.table(table.name);
  const wanted = table.triggers ?? [];
  const same = (a: TriggerShape, b: TriggerShape) => a.name === b.name && a.function === b.function && sameColumns(a.args, b.args);
  for (const existing of actual.triggers ?? []) {
    if (wanted.some((t) => same(t, existing))) continue;
    plan.add(
      'drop-trigger',
      table.name,
      `DROP TRIGGER ${quoteIdent(existing.name)} ON ${target}`,
      `trigger ${existing.name} is not the metadata's (any more)`,
    );
  }
  for (const trigger of wanted) {
    if ((actual.triggers ?? []).some((t) => same(t, trigger))) continue;
    plan.add(
      'create-trigger',
      table.name,
      `CREATE CONSTRAINT TRIGGER ${quoteIdent(trigger.name)} AFTER INSERT OR UPDATE ON ${target} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${quoteIdent(trigger.function)}(${trigger.args.map(quoteLiteral).join(', ')})`,
      'at commit, the rows that belong together balance (Σ debit = Σ credit)',
    );
  }
}

function policySql(target: string, policy: PolicyShape): string {
  return [
    `CREATE POLICY ${quoteIdent(policy.name)} ON ${target}`,
    policy.permissive ? '' : ' AS RESTRICTIVE',
    policy.command === 'ALL' ? '' : ` FOR ${policy.command}`,
    sameColumns(policy.roles, ['PUBLIC']) ? '' : ` TO ${policy.roles.map(quoteIdent).join(', ')}`,
    policy.using === null ? '' : ` USING ${parenthesised(policy.using)}`,
    policy.withCheck === null ? '' : ` WITH CHECK ${parenthesised(policy.withCheck)}`,
  ].join('');
}

/** A policy's condition as CREATE POLICY takes it (pg_get_expr prints a bare `true`). */
const parenthesised = (condition: string): string => (condition.startsWith('(') ? condition : `(${condition})`);
