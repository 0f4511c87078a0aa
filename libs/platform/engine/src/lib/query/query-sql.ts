/**
 * The only way text reaches SQL: identifiers the compiler took from the metadata (or made up
 * itself, such as table aliases), always quoted; every value is a numbered bind parameter.
 */

export const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** `"t1"."name"` */
export const columnRef = (alias: string, column: string): string => `${quote(alias)}.${quote(column)}`;

/** Postgres types the compiler casts parameters to. */
export type PgType = 'uuid' | 'text' | 'numeric' | 'date' | 'timestamptz' | 'timestamp' | 'boolean' | 'text[]' | 'integer';

export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder with an explicit cast, e.g. `$3::numeric`. */
  add(value: unknown, type: PgType): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

export const and = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`);
export const or = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`);
/** SOQL has two-valued logic: NOT of an unknown (NULL) comparison is true, so NULL counts as false first. */
export const not = (part: string): string => `NOT COALESCE(${part}, FALSE)`;
