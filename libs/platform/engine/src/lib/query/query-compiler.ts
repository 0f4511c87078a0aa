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
import { OutputColumns, type ChildShape, type QueryShape } from './query-shape';
import { operand } from './query-operands';
import { findChildRelationship } from '../describe/describe';
import { EngineError } from '../engine.errors';
import type { ObjectDef } from '@platform/metadata';
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
    const semiJoin = (inner: SoqlQuery) => compileSemiJoin(inner, ctx, params);
    where.push(
      compileCondition(query.where, { registry: ctx.registry, resolver, params, today, timeZone, tenant: graph.tenant, semiJoin }),
    );
  }
  let link: { label: string; param: number } | undefined;
  if (paging.parentLink) {
    const linkSql = operand(
      { path: [paging.parentLink] },
      new PathResolver(ctx.registry, graph, FULL_ACCESS, false),
      ctx.registry,
      'filtered',
    ).sql;
    link = { label: columns.add(linkSql), param: params.values.length };
    where.push(`${linkSql} = ANY (${params.add([], 'uuid[]')})`);
  }
  const children = (query.children ?? []).map((child) => compileChild(child, object, ctx));
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
  // One row more than the page, to learn whether another page follows; a child subquery fetches all its parents' rows.
  const fetch = link ? [] : [`LIMIT ${params.add(last ? rows : rows + 1, 'integer')}`];
  if (!cursor && !link && query.offset) fetch.push(`OFFSET ${params.add(query.offset, 'integer')}`);

  return {
    sql: `${selectSql} WHERE ${and(where)} ${orderBy} ${fetch.join(' ')}`.trimEnd(),
    params: params.values,
    shape: {
      objectApiName: object.apiName,
      record,
      sortLabels: keys.map((k) => k.label),
      idLabel: record.targets[0].idLabel,
      page: { rows, last, returned, fingerprint },
      today: today.toString(),
      ...(children.length ? { children } : {}),
      ...(link ? { link } : {}),
      ...(query.countOnly ? { countOnly: true } : {}),
      ...(paging.countTotal || query.countOnly
        ? { count: { sql: countSql, params: countParams, offset: query.offset ?? 0, limit: query.limit } }
        : {}),
    },
  };
}

const isAggregate = (query: SoqlQuery) => !!query.groupBy || query.select.some((ref) => !!ref.fn);

/**
 * `(SELECT LastName FROM Contacts WHERE ... ORDER BY ... LIMIT 5)` in a query's SELECT: the child
 * relationship found by its name (as describe lists it), the child object and its lookup readable
 * by the user, compiled for a page of parents. One level deep, plain fields only, as in SOQL.
 */
function compileChild(child: SoqlQuery, parent: ObjectDef, ctx: QueryContext): ChildShape {
  const access = accessOf(ctx);
  const link = findChildRelationship(ctx.registry, parent, child.from);
  if (!link || !access.object(link.child.apiName) || !access.field(link.child.apiName, link.field.apiName)) {
    throw EngineError.invalid(
      'INVALID_TYPE',
      `Didn't understand relationship '${child.from}' in FROM part of query call: ${parent.apiName} has no child relationship of that name`,
    );
  }
  if (child.children?.length || child.countOnly || isAggregate(child)) {
    throw malformed(`the child subquery on ${child.from} must select plain fields: no aggregates and no further subqueries`);
  }
  const { limit, offset, ...rest } = child;
  const compiled = compileQuery({ ...rest, from: link.child.apiName }, ctx, { parentLink: link.field.apiName });
  return {
    relationshipName: link.relationshipName,
    sql: compiled.sql,
    params: compiled.params,
    shape: compiled.shape,
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
  };
}

/**
 * A semi-join's subquery (`Id IN (SELECT lumary__Debtor__c FROM lumary__Invoice__c WHERE ...)`)
 * as SQL sharing the outer query's parameters: one Id or lookup field, the tenant's rows only,
 * under the user's object and field access (and, run in their transaction, row sharing).
 */
function compileSemiJoin(query: SoqlQuery, ctx: QueryContext, params: SqlParams): string {
  const { today, timeZone } = checkContext(ctx);
  if (query.select.length !== 1 || query.children?.length || query.countOnly || isAggregate(query) || query.orderBy.length) {
    throw malformed('a semi-join subquery selects one Id or lookup field, with an optional WHERE');
  }
  if (query.limit !== undefined || query.offset !== undefined) throw malformed('a semi-join subquery cannot have LIMIT or OFFSET');
  const access = accessOf(ctx);
  const object = ctx.registry.object(query.from);
  if (!object || !access.object(object.apiName)) throw invalidType(query.from);
  const graph = new JoinGraph(object, params, params.add(ctx.tenantId, 'uuid'));
  const resolver = new PathResolver(ctx.registry, graph, access);
  const selected = operand(query.select[0], resolver, ctx.registry, 'filtered');
  if (selected.kind !== 'id')
    throw malformed(`a semi-join subquery selects an Id or lookup field, not '${selected.path}' (${selected.type})`);
  const where = [`${columnRef(graph.root.targets[0].alias, 'tenant_id')} = ${graph.tenant}`, `${selected.sql} IS NOT NULL`];
  if (query.where) {
    const semiJoin = (inner: SoqlQuery) => compileSemiJoin(inner, ctx, params);
    where.push(
      compileCondition(query.where, { registry: ctx.registry, resolver, params, today, timeZone, tenant: graph.tenant, semiJoin }),
    );
  }
  return `SELECT ${selected.sql} ${[`FROM ${graph.from}`, ...graph.joins].join(' ')} WHERE ${and(where)}`;
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
