import { createHash } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import { isUuid } from '../records/field-codec';
import type { Condition, SoqlQuery } from './soql-ast';
import {
  accessOf,
  DEFAULT_PAGE_SIZE,
  FULL_ACCESS,
  invalidType,
  malformed,
  MAX_LIMIT,
  MAX_OFFSET,
  type QueryContext,
  type QueryPaging,
} from './query-context';
import { decodeCursor } from './query-cursor';
import { compileCondition } from './query-filter';
import { SourceBuilder } from './query-formulas';
import { JoinGraph } from './query-joins';
import { compileOrder, keysetSql, orderBySql } from './query-order';
import { PathResolver } from './query-paths';
import { compileSelect } from './query-select';
import { OutputColumns, type QueryShape } from './query-shape';
import { and, columnRef, SqlParams } from './query-sql';

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  shape: QueryShape;
}

/**
 * Turns a parsed query into one parameterised SELECT for one page. Every name is resolved
 * against the metadata and written as the metadata's quoted table or column; every value,
 * the tenant included, is a bind parameter; every table is scoped to the tenant.
 */
export function compileQuery(query: SoqlQuery, ctx: QueryContext, paging: QueryPaging = {}): CompiledQuery {
  const { today, timeZone } = checkContext(ctx);
  const access = accessOf(ctx);
  const object = ctx.registry.object(query.from);
  if (!object || !access.object(object.apiName)) throw invalidType(query.from);
  const pageSize = checkPaging(query, paging);

  const params = new SqlParams();
  const graph = new JoinGraph(object, params, params.add(ctx.tenantId, 'uuid'));
  const resolver = new PathResolver(ctx.registry, graph, access);
  const columns = new OutputColumns();
  const sources = new SourceBuilder(ctx.registry, new PathResolver(ctx.registry, graph, FULL_ACCESS, false), columns);
  // COUNT() selects no field: the page query (never run) keeps a valid shape with the Id.
  const record = compileSelect(query.countOnly ? [{ path: ['Id'] }] : query.select, graph.root, resolver, sources, columns);
  const where = [`${columnRef(graph.root.targets[0].alias, 'tenant_id')} = ${graph.tenant}`];
  if (query.where) {
    where.push(compileCondition(query.where, { registry: ctx.registry, resolver, params, today, timeZone, tenant: graph.tenant }));
  }
  const keys = compileOrder(query.orderBy, resolver, ctx.registry, columns);
  const idSql = columnRef(graph.root.targets[0].alias, 'id');
  const from = [`FROM ${graph.from}`, ...graph.joins].join(' ');
  const orderBy = `ORDER BY ${orderBySql(keys, idSql)}`;
  const selectSql = `SELECT ${columns.sql} ${from}`;

  const fingerprint = createHash('sha256')
    .update(JSON.stringify([selectSql, where, orderBy, params.values, query.limit ?? null, query.offset ?? null]))
    .digest('base64url')
    .slice(0, 22);
  const countSql = `SELECT COUNT(*) AS "n" ${from} WHERE ${and(where)}`;
  const countParams = [...params.values];

  const cursor =
    paging.cursor === undefined
      ? undefined
      : decodeCursor(
          paging.cursor,
          fingerprint,
          keys.map((k) => k.kind),
        );
  if (cursor) where.push(keysetSql(keys, cursor, idSql, params));
  const returned = cursor?.n ?? 0;
  const remaining = query.limit === undefined ? Infinity : Math.max(0, query.limit - returned);
  const rows = Math.min(pageSize, remaining);
  const last = remaining <= pageSize;
  // One row more than the page, to learn whether another page follows.
  const fetch = [`LIMIT ${params.add(last ? rows : rows + 1, 'integer')}`];
  if (!cursor && query.offset) fetch.push(`OFFSET ${params.add(query.offset, 'integer')}`);

  return {
    sql: `${selectSql} WHERE ${and(where)} ${orderBy} ${fetch.join(' ')}`,
    params: params.values,
    shape: {
      objectApiName: object.apiName,
      record,
      sortLabels: keys.map((k) => k.label),
      idLabel: record.targets[0].idLabel,
      page: { rows, last, returned, fingerprint },
      today: today.toString(),
      ...(query.countOnly ? { countOnly: true } : {}),
      ...(paging.countTotal || query.countOnly
        ? { count: { sql: countSql, params: countParams, offset: query.offset ?? 0, limit: query.limit } }
        : {}),
    },
  };
}

export function checkContext(ctx: QueryContext): { today: LocalDate; timeZone: string } {
  if (!isUuid(ctx.tenantId)) throw new Error(`compileQuery: tenantId must be a uuid, got '${ctx.tenantId}'`);
  let today: LocalDate;
  try {
    today = LocalDate.parse(ctx.today);
  } catch {
    throw new Error(`compileQuery: today must be YYYY-MM-DD, got '${ctx.today}'`);
  }
  const timeZone = ctx.timeZone ?? 'UTC';
  // Throws RangeError for a zone Postgres would not know either.
  new Intl.DateTimeFormat('en', { timeZone });
  return { today, timeZone };
}

function checkPaging(query: SoqlQuery, paging: QueryPaging): number {
  if (query.limit !== undefined && query.limit > MAX_LIMIT) throw malformed(`LIMIT must be at most ${MAX_LIMIT}`);
  if (query.offset !== undefined && query.offset > MAX_OFFSET) throw malformed(`OFFSET must be at most ${MAX_OFFSET}`);
  const pageSize = paging.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > DEFAULT_PAGE_SIZE) {
    throw malformed(`the page size must be a whole number from 1 to ${DEFAULT_PAGE_SIZE}`);
  }
  return pageSize;
}

/**
 * The ids of an object's rows (of the context's tenant) matching a condition, as one SELECT with
 * no paging, for set-based work in the database (sharing rules' shares): `SELECT <id> AS "id" ...`.
 * `ids`, when given, keeps it to those rows.
 */
export function compileMatch(
  objectApiName: string,
  condition: Condition | undefined,
  ctx: QueryContext,
  ids?: string[],
): { sql: string; params: unknown[] } {
  const { today, timeZone } = checkContext(ctx);
  const access = accessOf(ctx);
  const object = ctx.registry.object(objectApiName);
  if (!object || !access.object(object.apiName)) throw invalidType(objectApiName);
  const params = new SqlParams();
  const graph = new JoinGraph(object, params, params.add(ctx.tenantId, 'uuid'));
  const resolver = new PathResolver(ctx.registry, graph, access);
  const idSql = columnRef(graph.root.targets[0].alias, 'id');
  const where = [`${columnRef(graph.root.targets[0].alias, 'tenant_id')} = ${graph.tenant}`];
  if (condition) where.push(compileCondition(condition, { registry: ctx.registry, resolver, params, today, timeZone }));
  if (ids !== undefined) where.push(`${idSql} = ANY (${params.add(ids, 'uuid[]')})`);
  return { sql: `SELECT ${idSql} AS "id" ${[`FROM ${graph.from}`, ...graph.joins].join(' ')} WHERE ${and(where)}`, params: params.values };
}
