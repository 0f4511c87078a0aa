import type { Registry } from '@platform/metadata';
import { EngineError } from '../engine.errors';

/** Who is asking and what they may see; the compiler treats anything unreadable as unknown. */
export interface QueryContext {
  registry: Registry;
  tenantId: string;
  /** Object-level read access; absent means every object is readable. */
  canReadObject?(objectApiName: string): boolean;
  /** Field-level security; absent means every field is readable. Id is always readable. */
  canReadField?(objectApiName: string, fieldApiName: string): boolean;
  /** The tenant's calendar date, YYYY-MM-DD: TODAY, YESTERDAY and TOMORROW count from it. */
  today: string;
  /** The tenant's IANA time zone, for TODAY on date-time fields (a day is midnight to midnight there). Default UTC. */
  timeZone?: string;
}

/** How much to fetch: one page of at most `pageSize` rows, continuing after `cursor`. */
export interface QueryPaging {
  /** The `nextCursor` of the previous page of the same query. */
  cursor?: string;
  /** Rows per page, 1 to 2000 (default 2000). */
  pageSize?: number;
  /** Also count every matching row (an extra COUNT query) and report it as totalSize. */
  countTotal?: boolean;
  /**
   * A child subquery's rows for a page of parents: the rows whose lookup `parentLink` is one of
   * the ids the runner binds (no paging; the subquery's LIMIT applies per parent).
   */
  parentLink?: string;
}

/** Salesforce's own ceilings for one request. */
export const MAX_LIMIT = 2000;
export const MAX_OFFSET = 2000;
export const DEFAULT_PAGE_SIZE = 2000;
/** Relationship hops in one field path, as in SOQL. */
export const MAX_RELATIONSHIP_DEPTH = 5;

export const invalidType = (name: string) => EngineError.invalid('INVALID_TYPE', `sObject type '${name}' is not supported`);

export const invalidField = (message: string, path: string) => EngineError.invalid('INVALID_FIELD', message, [path]);

export const badFilter = (message: string, path: string) => EngineError.invalid('INVALID_QUERY_FILTER_OPERATOR', message, [path]);

export const malformed = (message: string) => EngineError.invalid('MALFORMED_QUERY', message);

/** What the resolver may see: the caller's access, or everything (for formula inputs the user never sees). */
export interface Access {
  object(objectApiName: string): boolean;
  field(objectApiName: string, fieldApiName: string): boolean;
}

export const FULL_ACCESS: Access = { object: () => true, field: () => true };

export const accessOf = (ctx: QueryContext): Access => ({
  object: (o) => ctx.canReadObject?.(o) ?? true,
  field: (o, f) => f.toLowerCase() === 'id' || (ctx.canReadField?.(o, f) ?? true),
});
