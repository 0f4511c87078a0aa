/**
 * The syntax tree of the SOQL subset, exactly as written: names are not resolved yet (the
 * compiler resolves them against the metadata), literals are already unescaped and checked.
 */

/** SOQL's aggregate functions. */
export type AggregateFunction = 'COUNT' | 'COUNT_DISTINCT' | 'SUM' | 'AVG' | 'MIN' | 'MAX';

/**
 * A field path as written: `Name`, `lumary__Parent__r.Name`; or an aggregate of one,
 * `SUM(Amount__c)` (`fn` set; `COUNT()` has an empty path). In an aggregate query's SELECT list
 * an item may have an alias (`SUM(Amount__c) total`).
 */
export interface FieldRef {
  path: string[];
  fn?: AggregateFunction;
  alias?: string;
}

/** A date literal in its canonical spelling: TODAY, LAST_N_DAYS:30, THIS_FISCAL_QUARTER ... (see soql-date-ranges.ts). */
export type RelativeDate = string;

export type Literal =
  /** `value` is the text; `likePattern` the same text as a Postgres LIKE pattern (`\%`, `\_` kept escaped). */
  | { kind: 'string'; value: string; likePattern: string }
  /** Exact decimal text, e.g. "-12.50". */
  | { kind: 'number'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** YYYY-MM-DD, a real calendar date. */
  | { kind: 'date'; value: string }
  /** An ISO instant in UTC, e.g. 2025-03-01T09:30:00Z. */
  | { kind: 'datetime'; value: string }
  | { kind: 'relativeDate'; value: RelativeDate };

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE';

export type Condition =
  /** Two or more operands; `a AND b AND c` is one node. */
  | { kind: 'and' | 'or'; operands: Condition[] }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; field: FieldRef; op: CompareOperator; value: Literal }
  | { kind: 'in'; field: FieldRef; negated: boolean; values: Literal[] }
  /** A semi-join (`Id IN (SELECT lumary__Debtor__c FROM lumary__Invoice__c WHERE ...)`), or an anti-join with NOT IN. */
  | { kind: 'inQuery'; field: FieldRef; negated: boolean; query: SoqlQuery }
  /** INCLUDES (negated false) / EXCLUDES (negated true) on multi-select picklists. */
  | { kind: 'includes'; field: FieldRef; negated: boolean; values: Literal[] };

export interface OrderItem {
  field: FieldRef;
  direction: 'ASC' | 'DESC';
  /** As SOQL: ASC defaults to NULLS FIRST, DESC to NULLS LAST. */
  nulls: 'FIRST' | 'LAST';
}

export interface SoqlQuery {
  /** Empty for `SELECT COUNT()`. */
  select: FieldRef[];
  /** `SELECT COUNT() FROM ...`: only the number of matching rows (as totalSize), no records. */
  countOnly?: true;
  from: string;
  where?: Condition;
  /** WITH SECURITY_ENFORCED or WITH USER_MODE: the user's access applies (as it always does here). */
  security?: 'SECURITY_ENFORCED' | 'USER_MODE';
  /** Child subqueries in SELECT: `(SELECT LastName FROM Contacts)`, each `from` a child relationship name. */
  children?: SoqlQuery[];
  /** GROUP BY: with aggregates in SELECT, the query answers one AggregateResult per group. */
  groupBy?: FieldRef[];
  /** HAVING: a condition on the groups (aggregates or grouped fields). */
  having?: Condition;
  orderBy: OrderItem[];
  limit?: number;
  offset?: number;
}
