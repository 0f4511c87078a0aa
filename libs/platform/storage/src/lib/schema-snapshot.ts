/**
 * The shape of a schema, in the form Postgres reports it (`format_type`, `pg_get_expr`), so that
 * what the metadata asks for and what the database has can be compared field by field. The
 * planner diffs two of these: one built from metadata, one introspected from the database.
 */

export type ForeignKeyAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ColumnShape {
  name: string;
  /** As `format_type()` prints it: `text`, `numeric(18,2)`, `timestamp with time zone`, `text[]`. */
  type: string;
  notNull: boolean;
  /** The default expression as `pg_get_expr()` prints it, e.g. `false`, `now()`, `'{}'::jsonb`. */
  default: string | null;
  comment: string | null;
}

export interface KeyShape {
  name: string;
  columns: string[];
}

export interface ForeignKeyShape extends KeyShape {
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ForeignKeyAction;
  /** `ON DELETE SET NULL (col)`: only these columns are nulled (Postgres 15+); null means all. */
  onDeleteSetColumns: string[] | null;
}

export interface IndexShape extends KeyShape {
  unique: boolean;
}

/** A row-level security policy, its conditions as `pg_get_expr()` prints them. */
export interface PolicyShape {
  name: string;
  /** `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`. */
  command: string;
  permissive: boolean;
  /** Role names; `PUBLIC` for everyone. */
  roles: string[];
  using: string | null;
  withCheck: string | null;
}

/** The privileges on a table one role was granted (`PUBLIC` for everyone), sorted. */
export interface GrantShape {
  grantee: string;
  privileges: string[];
  /** Column-level UPDATE (an append-only table's stamp columns), sorted; none when absent. */
  updateColumns?: string[];
}

/** A platform constraint trigger: a function of the platform's run with these arguments. */
export interface TriggerShape {
  name: string;
  function: string;
  args: string[];
}

export interface TableShape {
  name: string;
  comment: string | null;
  columns: ColumnShape[];
  primaryKey: KeyShape | null;
  uniques: KeyShape[];
  foreignKeys: ForeignKeyShape[];
  /** Plain indexes only; those backing a primary key or unique constraint are not listed. */
  indexes: IndexShape[];
  /** ENABLE ROW LEVEL SECURITY. */
  rowSecurity: boolean;
  policies: PolicyShape[];
  /** Grants to roles other than the table's owner. */
  grants: GrantShape[];
  /** The platform's constraint triggers (`sys_` functions); absent means none. */
  triggers?: TriggerShape[];
}

export interface SchemaSnapshot {
  schema: string;
  tables: TableShape[];
}

export const sameColumns = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((column, i) => column === b[i]);

export const sameForeignKey = (a: ForeignKeyShape, b: ForeignKeyShape): boolean =>
  sameColumns(a.columns, b.columns) &&
  a.referencedTable === b.referencedTable &&
  sameColumns(a.referencedColumns, b.referencedColumns) &&
  a.onDelete === b.onDelete &&
  sameColumns(a.onDeleteSetColumns ?? [], b.onDeleteSetColumns ?? []);

export const samePolicy = (a: PolicyShape, b: PolicyShape): boolean =>
  a.name === b.name &&
  a.command === b.command &&
  a.permissive === b.permissive &&
  sameColumns([...a.roles].sort(), [...b.roles].sort()) &&
  sameExpression(a.using, b.using) &&
  sameExpression(a.withCheck, b.withCheck);

/**
 * Policy conditions as pg_get_expr prints them, compared without the layout and identifier
 * quoting it adds (a subquery comes back on several lines, `"user"` quoted, `child` not).
 */
const sameExpression = (a: string | null, b: string | null): boolean =>
  a === b || (a !== null && b !== null && a.replace(/[\s"]/g, '') === b.replace(/[\s"]/g, ''));
