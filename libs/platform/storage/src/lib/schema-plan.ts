/** What the planner produces: DDL to run, each statement with the reason it is there. */

export type StatementKind =
  | 'drop-foreign-key'
  | 'drop-unique'
  | 'drop-index'
  | 'create-table'
  | 'add-column'
  | 'alter-column-type'
  | 'alter-column-default'
  | 'comment'
  | 'add-unique'
  | 'add-foreign-key'
  | 'create-index'
  | 'enable-row-security'
  | 'drop-policy'
  | 'create-policy'
  | 'revoke'
  | 'grant'
  | 'drop-trigger'
  | 'create-trigger'
  | 'drop-column'
  | 'drop-table';

/**
 * The order statements run in: constraints that are in the way go first, then tables before the
 * columns and constraints that refer to them, then tenant isolation (row-level security and the
 * app role's grants), and anything that removes data last.
 */
export const STATEMENT_ORDER: readonly StatementKind[] = [
  'drop-foreign-key',
  'drop-unique',
  'drop-index',
  'create-table',
  'add-column',
  'alter-column-type',
  'alter-column-default',
  'comment',
  'add-unique',
  'add-foreign-key',
  'create-index',
  'enable-row-security',
  'drop-policy',
  'create-policy',
  'revoke',
  'grant',
  'drop-trigger',
  'create-trigger',
  'drop-column',
  'drop-table',
];

export interface PlannedStatement {
  kind: StatementKind;
  table: string;
  column?: string;
  sql: string;
  reason: string;
  /** True when running it can lose data (drops, type changes). */
  destructive: boolean;
}

export type RefusalKind =
  | 'drop-table'
  | 'drop-column'
  | 'alter-column-type'
  | 'unknown-reference'
  | 'unknown-summary-field'
  | 'unknown-index-field'
  | 'column-conflict'
  | 'reserved-table'
  | 'primary-key-mismatch';

/** Something the metadata asks for that the planner will not do; the message says why. */
export interface Refusal {
  kind: RefusalKind;
  table: string;
  column?: string;
  message: string;
}

export interface SchemaPlan {
  statements: PlannedStatement[];
  refused: Refusal[];
  /** A hash of the schema the metadata asks for, recorded with each applied plan. */
  fingerprint: string;
}

export const isEmptyPlan = (plan: SchemaPlan): boolean => plan.statements.length === 0 && plan.refused.length === 0;
