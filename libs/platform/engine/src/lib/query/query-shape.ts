import type { FieldDef, ObjectDef } from '@platform/metadata';
import type { TypedExpr } from '@platform/formula';
import { quote } from './query-sql';

/** Where one value of a record comes from in a result row. */
export type ValueSource =
  /** A stored column, converted with the field codec. */
  | { kind: 'column'; label: string; field: FieldDef }
  /** A formula field, computed from its inputs after the fetch. */
  | { kind: 'formula'; field: FieldDef; ast: TypedExpr; inputs: Map<string, ValueSource> }
  /** `RecordType.DeveloperName` and friends in a formula: read from the record_type column. */
  | { kind: 'recordType'; label: string; object: ObjectDef; attribute: 'id' | 'developername' | 'name' }
  /** Through a polymorphic lookup: the option whose target row was found. */
  | { kind: 'either'; options: { idLabel: string; source: ValueSource }[] };

/**
 * How to build one record (or nested parent) from a row. A polymorphic parent has one target per
 * object it may be; the one whose id is present is the one the record points at.
 */
export interface RecordShape {
  targets: { objectApiName: string; idLabel: string }[];
  entries: ShapeEntry[];
}

export type ShapeEntry =
  /** `sources[i]` reads the field when the record is `targets[i]`. */
  { kind: 'field'; apiName: string; sources: ValueSource[] } | { kind: 'parent'; relationshipName: string; shape: RecordShape };

/** What the runner needs besides the SQL: how to shape rows, and where this page stands. */
export interface QueryShape {
  objectApiName: string;
  record: RecordShape;
  /** Result columns holding each ORDER BY key as text, then the root id: the next cursor's contents. */
  sortLabels: string[];
  idLabel: string;
  page: {
    /** Rows this page returns at most (the SQL asks for one more to learn whether more follow). */
    rows: number;
    /** True when the query's LIMIT ends with this page, so no cursor can follow. */
    last: boolean;
    /** Rows returned by earlier pages. */
    returned: number;
    /** Identifies the query a cursor belongs to. */
    fingerprint: string;
  };
  /** Formulas see this as TODAY(). */
  today: string;
  /** `SELECT COUNT()`: only the count query runs; the answer has no records. */
  countOnly?: boolean;
  /** Child subqueries, run for each page's parents. */
  children?: ChildShape[];
  /** In a child subquery: the result column holding each row's parent id, and the parameter the parents' ids go in. */
  link?: { label: string; param: number };
  /** Set when the caller asked for totalSize. */
  count?: { sql: string; params: unknown[]; offset: number; limit?: number };
}

/** A child subquery compiled for a page of parents (see QueryPaging.parentLink). */
export interface ChildShape {
  relationshipName: string;
  sql: string;
  params: unknown[];
  shape: QueryShape;
  limit?: number;
  offset?: number;
}

/** The SELECT list: each expression once, under a label the compiler made up (c0, c1, ...). */
export class OutputColumns {
  private readonly labels = new Map<string, string>();
  private readonly items: string[] = [];

  add(sql: string): string {
    let label = this.labels.get(sql);
    if (!label) {
      label = `c${this.items.length}`;
      this.labels.set(sql, label);
      this.items.push(`${sql} AS ${quote(label)}`);
    }
    return label;
  }

  get sql(): string {
    return this.items.join(', ');
  }
}
