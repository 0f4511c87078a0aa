import type { DataSource } from 'typeorm';
import type {
  ColumnShape,
  ForeignKeyAction,
  ForeignKeyShape,
  IndexShape,
  KeyShape,
  PolicyShape,
  SchemaSnapshot,
  TableShape,
} from './schema-snapshot';

/**
 * Reads the tables of one schema from pg_catalog in the shape the planner compares against.
 * Types and defaults come from format_type / pg_get_expr, so they read the same on PostgreSQL
 * and PGlite. Column lists are cast to text[] because pg does not parse name[] into arrays.
 */
export async function introspect(dataSource: DataSource, schema = 'public'): Promise<SchemaSnapshot> {
  const [tables, columns, constraints, indexes, policies, grants, columnGrants, triggers] = await Promise.all([
    query<TableRow>(dataSource, TABLES_SQL, schema),
    query<ColumnRow>(dataSource, COLUMNS_SQL, schema),
    query<ConstraintRow>(dataSource, CONSTRAINTS_SQL, schema),
    query<IndexRow>(dataSource, INDEXES_SQL, schema),
    query<PolicyRow>(dataSource, POLICIES_SQL, schema),
    query<GrantRow>(dataSource, GRANTS_SQL, schema),
    query<ColumnGrantRow>(dataSource, COLUMN_GRANTS_SQL, schema),
    query<TriggerRow>(dataSource, TRIGGERS_SQL, schema),
  ]);
  const byName = new Map<string, TableShape>();
  for (const row of tables) byName.set(row.table_name, emptyTable(row));
  for (const row of columns) byName.get(row.table_name)?.columns.push(toColumn(row));
  for (const row of constraints) addConstraint(byName.get(row.table_name), row);
  for (const row of indexes) byName.get(row.table_name)?.indexes.push(toIndex(row));
  for (const row of policies) byName.get(row.table_name)?.policies.push(toPolicy(row));
  for (const row of grants) byName.get(row.table_name)?.grants.push({ grantee: row.grantee, privileges: row.privileges });
  for (const row of triggers) {
    const table = byName.get(row.table_name);
    if (table) (table.triggers ??= []).push({ name: row.name, function: row.function, args: row.args.filter((a) => a !== '') });
  }
  for (const row of columnGrants) {
    const table = byName.get(row.table_name);
    if (!table) continue;
    let grant = table.grants.find((g) => g.grantee === row.grantee);
    if (!grant) table.grants.push((grant = { grantee: row.grantee, privileges: [] }));
    grant.updateColumns = row.columns;
  }
  return { schema, tables: [...byName.values()] };
}

const query = <T>(dataSource: DataSource, sql: string, schema: string): Promise<T[]> => dataSource.query(sql, [schema]) as Promise<T[]>;

interface TableRow {
  table_name: string;
  comment: string | null;
  row_security: boolean;
}
interface PolicyRow {
  table_name: string;
  name: string;
  command: string;
  permissive: boolean;
  roles: string[];
  using_expr: string | null;
  check_expr: string | null;
}
interface TriggerRow {
  table_name: string;
  name: string;
  function: string;
  args: string[];
}
interface ColumnGrantRow {
  table_name: string;
  grantee: string;
  columns: string[];
}
interface GrantRow {
  table_name: string;
  grantee: string;
  privileges: string[];
}
interface ColumnRow {
  table_name: string;
  column_name: string;
  type: string;
  not_null: boolean;
  default_expr: string | null;
  comment: string | null;
}
interface ConstraintRow {
  table_name: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  referenced_table: string | null;
  referenced_columns: string[] | null;
  on_delete: string;
  on_delete_set_columns: string[] | null;
}
interface IndexRow {
  table_name: string;
  name: string;
  columns: string[];
  is_unique: boolean;
}

const TABLES_SQL = `
  SELECT c.relname AS table_name, obj_description(c.oid, 'pg_class') AS comment,
         c.relrowsecurity AS row_security
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
  ORDER BY c.relname`;

const COLUMNS_SQL = `
  SELECT c.relname AS table_name, a.attname AS column_name,
         format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
         pg_get_expr(d.adbin, d.adrelid) AS default_expr, col_description(c.oid, a.attnum) AS comment
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

/** Names of a table's columns, in key order, for an array of attribute numbers. */
const attributeNames = (relation: string, numbers: string): string => `
  ARRAY(SELECT a.attname::text FROM unnest(${numbers}) WITH ORDINALITY k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum ORDER BY k.ord)`;

const CONSTRAINTS_SQL = `
  SELECT c.relname AS table_name, con.conname AS name, con.contype AS type,
         ${attributeNames('con.conrelid', 'con.conkey')} AS columns,
         ft.relname AS referenced_table,
         CASE WHEN con.contype = 'f' THEN ${attributeNames('con.confrelid', 'con.confkey')} END AS referenced_columns,
         con.confdeltype AS on_delete,
         CASE WHEN con.confdelsetcols IS NOT NULL THEN ${attributeNames('con.conrelid', 'con.confdelsetcols')} END
           AS on_delete_set_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class ft ON ft.oid = con.confrelid
  WHERE n.nspname = $1 AND con.contype IN ('p', 'u', 'f')
  ORDER BY c.relname, con.conname`;

/** Plain indexes: those backing a constraint are reported with the constraint. */
const INDEXES_SQL = `
  SELECT c.relname AS table_name, ic.relname AS name, i.indisunique AS is_unique,
         ${attributeNames('i.indrelid', 'i.indkey::int2[]')} AS columns
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
  ORDER BY c.relname, ic.relname`;

const roleName = (oid: string): string => `CASE WHEN ${oid} = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(${oid})::text END`;

const POLICIES_SQL = `
  SELECT c.relname AS table_name, p.polname AS name,
         CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                       WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
         p.polpermissive AS permissive,
         ARRAY(SELECT ${roleName('r.oid')} FROM unnest(p.polroles) r(oid) ORDER BY 1) AS roles,
         pg_get_expr(p.polqual, p.polrelid) AS using_expr,
         pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
  FROM pg_policy p
  JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1
  ORDER BY c.relname, p.polname`;

/** Privileges granted to roles other than the owner (whose own are implicit). */
const GRANTS_SQL = `
  SELECT c.relname AS table_name, ${roleName('a.grantee')} AS grantee,
         array_agg(a.privilege_type::text ORDER BY a.privilege_type) AS privileges
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL aclexplode(c.relacl) a
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.grantee <> c.relowner
  GROUP BY c.relname, a.grantee
  ORDER BY c.relname, 2`;

/** The platform's own triggers (functions named sys_…); tgargs is NUL-separated bytea. */
const TRIGGERS_SQL = `
  SELECT c.relname AS table_name, t.tgname AS name, p.proname AS function,
         string_to_array(encode(t.tgargs, 'escape'), '\\000')::text[] AS args
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc p ON p.oid = t.tgfoid
  WHERE n.nspname = $1 AND NOT t.tgisinternal AND p.proname LIKE 'sys\\_%'
  ORDER BY c.relname, t.tgname`;

/** Column-level UPDATE privileges granted to roles other than the owner (append-only stamps). */
const COLUMN_GRANTS_SQL = `
  SELECT c.relname AS table_name, ${roleName('x.grantee')} AS grantee,
         array_agg(a.attname::text ORDER BY a.attname) AS columns
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
  CROSS JOIN LATERAL aclexplode(a.attacl) x
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND x.grantee <> c.relowner AND x.privilege_type = 'UPDATE'
  GROUP BY c.relname, x.grantee
  ORDER BY c.relname, 2`;

const emptyTable = (row: TableRow): TableShape => ({
  name: row.table_name,
  comment: row.comment,
  columns: [],
  primaryKey: null,
  uniques: [],
  foreignKeys: [],
  indexes: [],
  rowSecurity: row.row_security,
  policies: [],
  grants: [],
});

const toPolicy = (row: PolicyRow): PolicyShape => ({
  name: row.name,
  command: row.command,
  permissive: row.permissive,
  roles: row.roles,
  using: row.using_expr,
  withCheck: row.check_expr,
});

const toColumn = (row: ColumnRow): ColumnShape => ({
  name: row.column_name,
  type: row.type,
  notNull: row.not_null,
  default: row.default_expr,
  comment: row.comment,
});

const toIndex = (row: IndexRow): IndexShape => ({
  name: row.name,
  columns: row.columns,
  unique: row.is_unique,
});

const FOREIGN_KEY_ACTIONS: Record<string, ForeignKeyAction> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function addConstraint(table: TableShape | undefined, row: ConstraintRow): void {
  if (!table) return;
  const key: KeyShape = { name: row.name, columns: row.columns };
  if (row.type === 'p') table.primaryKey = key;
  else if (row.type === 'u') table.uniques.push(key);
  else table.foreignKeys.push(toForeignKey(key, row));
}

const toForeignKey = (key: KeyShape, row: ConstraintRow): ForeignKeyShape => ({
  ...key,
  referencedTable: row.referenced_table ?? '',
  referencedColumns: row.referenced_columns ?? [],
  onDelete: FOREIGN_KEY_ACTIONS[row.on_delete] ?? 'NO ACTION',
  onDeleteSetColumns: row.on_delete_set_columns,
});
