import type { DataSource, EntityManager } from 'typeorm';
import type { FieldDef } from '@platform/metadata';
import { isGroupable } from '../describe/describe';
import { fromDb, isNumberType } from '../records/field-codec';
import type { AggregateFunction, FieldRef, SoqlQuery } from './soql-ast';
import { accessOf, invalidField, invalidType, malformed, MAX_LIMIT, type QueryContext } from './query-context';
import { checkContext } from './query-compiler';
import { compileCondition } from './query-filter';
import { JoinGraph } from './query-joins';
import { operand, type Operand } from './query-operands';
import { PathResolver } from './query-paths';
import type { QueryResult } from './query-runner';
import { OutputColumns } from './query-shape';
import { and, columnRef, SqlParams } from './query-sql';

/** Salesforce answers an aggregate query in one batch of at most 2,000 groups. */
export const MAX_GROUPS = 2000;

/**
 * The keys of an AggregateResult whose values are numbers: Salesforce's surface writes them as
 * JSON numbers (the /api surface keeps decimals as text, like record fields). Not enumerable,
 * so it never reaches JSON itself.
 */
export const AGGREGATE_NUMBERS = Symbol.for('platform.soql.aggregateNumbers');

export interface AggregateColumn {
  /** The result key: the alias, the grouped field's name, or expr0, expr1 ... */
  key: string;
  label: string;
  numeric: boolean;
  decode: (raw: unknown) => unknown;
}

export interface CompiledAggregate {
  sql: string;
  params: unknown[];
  columns: AggregateColumn[];
}

/** Whether a parsed query is an aggregate one (aggregates in SELECT, or GROUP BY). */
export const isAggregateQuery = (query: SoqlQuery): boolean => !!query.groupBy || query.select.some((ref) => !!ref.fn);

const key = (ref: FieldRef) => ref.path.join('.').toLowerCase();
const written = (ref: FieldRef) => (ref.fn ? `${ref.fn}(${ref.path.join('.')})` : ref.path.join('.'));

/** Trailing zeros of an average (Postgres keeps 16 decimals) dropped: 12.5000000000000000 is 12.5. */
const trimmed = (raw: unknown): string | null => {
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
};

/**
 * `SELECT Status__c, COUNT(Id), SUM(Amount__c) total FROM X WHERE ... GROUP BY Status__c HAVING
 * COUNT(Id) > 1 ORDER BY SUM(Amount__c) DESC`: one SQL GROUP BY, every name resolved against the
 * metadata under the user's field access, every value bound, the tenant in every join. A field in
 * SELECT, HAVING or ORDER BY must be grouped or aggregated, as in Salesforce.
 */
export function compileAggregate(query: SoqlQuery, ctx: QueryContext): CompiledAggregate {
  const { today, timeZone } = checkContext(ctx);
  const access = accessOf(ctx);
  const object = ctx.registry.object(query.from);
  if (!object || !access.object(object.apiName)) throw invalidType(query.from);
  if (query.limit !== undefined && query.limit > MAX_LIMIT) throw malformed(`LIMIT must be at most ${MAX_LIMIT}`);

  const params = new SqlParams();
  const graph = new JoinGraph(object, params, params.add(ctx.tenantId, 'uuid'));
  const resolver = new PathResolver(ctx.registry, graph, access);
  const fieldOf = (ref: FieldRef): FieldDef => resolver.field(ref.path).fields[0];

  const groups = new Map<string, { operand: Operand; field: FieldDef }>();
  for (const ref of query.groupBy ?? []) {
    if (ref.fn) throw malformed(`GROUP BY cannot use the aggregate ${written(ref)}`);
    const target = operand(ref, resolver, ctx.registry, 'grouped');
    const field = fieldOf(ref);
    if (!isGroupable(field)) throw invalidField(`field '${target.path}' (${field.type}) can not be grouped in a query call`, target.path);
    groups.set(key(ref), { operand: target, field });
  }
  const grouped = (ref: FieldRef, clause: string) => {
    const group = groups.get(key(ref));
    if (!group) throw malformed(`field must be grouped or aggregated: ${ref.path.join('.')} (in ${clause})`);
    return group;
  };
  const aggregates = new Map<string, { sql: string; fn: AggregateFunction; field?: FieldDef }>();
  const aggregate = (ref: FieldRef & { fn: AggregateFunction }) => {
    const id = `${ref.fn}(${key(ref)})`;
    let found = aggregates.get(id);
    if (!found) {
      found = aggregateSql(ref, ref.fn, resolver, ctx, fieldOf);
      aggregates.set(id, found);
    }
    return found;
  };

  const outputs = new OutputColumns();
  const columns: AggregateColumn[] = [];
  let unnamed = 0;
  for (const ref of query.select) {
    let column: AggregateColumn;
    if (ref.fn) {
      const { sql, fn, field } = aggregate(ref as FieldRef & { fn: AggregateFunction });
      const counted = fn === 'COUNT' || fn === 'COUNT_DISTINCT';
      column = {
        key: ref.alias ?? `expr${unnamed++}`,
        label: outputs.add(sql),
        numeric: counted || fn === 'SUM' || fn === 'AVG' || (!!field && isNumberType(field)),
        decode: counted
          ? (raw) => Number(raw ?? 0)
          : fn === 'AVG'
            ? trimmed
            : fn === 'SUM'
              ? (raw) => (raw === null || raw === undefined ? null : String(raw))
              : (raw) => fromDb(field as FieldDef, raw),
      };
    } else {
      const group = grouped(ref, 'SELECT');
      column = {
        key: ref.alias ?? group.field.apiName,
        label: outputs.add(group.operand.sql),
        numeric: isNumberType(group.field),
        decode: (raw) => fromDb(group.field, raw),
      };
    }
    if (columns.some((c) => c.key.toLowerCase() === column.key.toLowerCase())) throw malformed(`duplicate alias: ${column.key}`);
    columns.push(column);
  }

  const where = [`${columnRef(graph.root.targets[0].alias, 'tenant_id')} = ${graph.tenant}`];
  const scope = { registry: ctx.registry, resolver, params, today, timeZone, tenant: graph.tenant };
  if (query.where) where.push(compileCondition(query.where, scope));
  // HAVING and ORDER BY see the groups: an aggregate, or a field the query groups by.
  const onGroups =
    (clause: string) =>
    (ref: FieldRef): Operand => {
      if (!ref.fn) return grouped(ref, clause).operand;
      const { sql, fn, field } = aggregate(ref as FieldRef & { fn: AggregateFunction });
      const numeric = fn === 'COUNT' || fn === 'COUNT_DISTINCT' || fn === 'SUM' || fn === 'AVG';
      return {
        sql,
        kind: numeric || !field ? 'number' : (operand(ref, resolver, ctx.registry, 'filtered').kind as Operand['kind']),
        type: numeric || !field ? 'Number' : field.type,
        path: written(ref),
      };
    };
  const having = query.having ? compileCondition(query.having, { ...scope, tenant: undefined, operandOf: onGroups('HAVING') }) : undefined;
  const orderBy = query.orderBy.map((item) => {
    const target = onGroups('ORDER BY')(item.field);
    return `${target.sql} ${item.direction} NULLS ${item.nulls}`;
  });

  const from = [`FROM ${graph.from}`, ...graph.joins].join(' ');
  const groupBy = [...groups.values()].map((g) => g.operand.sql);
  const rows = Math.min(query.limit ?? MAX_GROUPS, MAX_GROUPS);
  const sql = [
    `SELECT ${outputs.sql} ${from} WHERE ${and(where)}`,
    groupBy.length ? `GROUP BY ${groupBy.join(', ')}` : '',
    having ? `HAVING ${having}` : '',
    orderBy.length ? `ORDER BY ${orderBy.join(', ')}` : '',
    // One more than a batch holds, to tell a query that needs a LIMIT.
    `LIMIT ${params.add(query.limit === undefined ? rows + 1 : rows, 'integer')}`,
    query.offset ? `OFFSET ${params.add(query.offset, 'integer')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { sql, params: params.values, columns };
}

function aggregateSql(
  ref: FieldRef,
  fn: AggregateFunction,
  resolver: PathResolver,
  ctx: QueryContext,
  fieldOf: (ref: FieldRef) => FieldDef,
): { sql: string; fn: AggregateFunction; field?: FieldDef } {
  const target = operand(ref, resolver, ctx.registry, 'filtered');
  const field = fieldOf(ref);
  const refuse = () => invalidField(`field '${target.path}' (${field.type}) does not support aggregate operator ${fn}`, target.path);
  switch (fn) {
    case 'COUNT':
      return { sql: `COUNT(${target.sql})`, fn, field };
    case 'COUNT_DISTINCT':
      if (target.kind === 'longtext' || target.kind === 'multipicklist') throw refuse();
      return { sql: `COUNT(DISTINCT ${target.sql})`, fn, field };
    case 'SUM':
    case 'AVG':
      if (target.kind !== 'number') throw refuse();
      return { sql: `${fn}(${target.sql})`, fn, field };
    case 'MIN':
    case 'MAX':
      if (!['number', 'date', 'datetime', 'text', 'id'].includes(target.kind)) throw refuse();
      return { sql: `${fn}(${target.sql})`, fn, field };
  }
}

/** Runs an aggregate query: one batch of AggregateResult records, never continued. */
export async function runAggregate(
  manager: EntityManager | DataSource,
  compiled: CompiledAggregate,
  limited: boolean,
): Promise<QueryResult> {
  const rows = (await manager.query(compiled.sql, compiled.params)) as Record<string, unknown>[];
  if (!limited && rows.length > MAX_GROUPS) {
    throw malformed(`the aggregate query has more than ${MAX_GROUPS} groups: use LIMIT to keep the answer to one batch`);
  }
  const numeric = compiled.columns.filter((c) => c.numeric).map((c) => c.key);
  const records = rows.map((row) => {
    const record: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
    for (const column of compiled.columns) record[column.key] = column.decode(row[column.label]);
    Object.defineProperty(record, AGGREGATE_NUMBERS, { value: numeric, enumerable: false });
    return record;
  });
  return { totalSize: records.length, done: true, records: records as QueryResult['records'] };
}
