import type { Registry } from '@platform/metadata';
import type { CompareOperator, Condition, FieldRef, Literal, RelativeDate, SoqlQuery } from './soql-ast';
import { badFilter, malformed } from './query-context';
import { bind, dayStart, picklistValues, rangeOf, wrongValue, type FilterScope } from './query-bind';
import { operand, type Operand } from './query-operands';
import type { PathResolver } from './query-paths';
import { and, not, or } from './query-sql';
import { isTextKind } from './query-value-kinds';
import { CUSTOM_INDEX_TABLE } from '@platform/storage';
import type { LocalDate } from '@js-joda/core';

export interface WhereScope extends FilterScope {
  registry: Registry;
  resolver: PathResolver;
  /** HAVING: how an aggregate or a grouped field reads; WHERE has none, and refuses aggregates. */
  operandOf?: (ref: FieldRef) => Operand;
  /** A semi-join's subquery as SQL selecting one id column (the compiler's, sharing these parameters). */
  semiJoin?: (query: SoqlQuery) => string;
}

/**
 * A filter on an indexed custom field, answered by the shared pivot: the ids of the tenant's
 * records whose entry matches (an index range scan on sys_cf_index), and the condition itself
 * again on those rows (so the answer never depends on more than the records say). The object
 * table's own policies still decide which of them the user sees.
 */
function throughPivot(t: Operand, pivotCondition: string, condition: string, scope: FilterScope): string {
  if (!t.pivot || !scope.tenant) return condition;
  const { idSql, object, field } = t.pivot;
  const ids = `SELECT "record_id" FROM "${CUSTOM_INDEX_TABLE}" WHERE "tenant_id" = ${scope.tenant} AND "object" = ${scope.params.add(object, 'text')} AND "field" = ${scope.params.add(field, 'text')} AND ${pivotCondition}`;
  return `(${idSql} IN (${ids}) AND ${condition})`;
}

/** The pivot column compared with a bound value: text case-folded, as the pivot holds it. */
const pivotColumn = (t: Operand): string => `"${t.pivot?.kind ?? 'str'}"`;
const pivotBound = (t: Operand, bound: string): string => (t.pivot?.kind === 'str' ? `LOWER(${bound})` : bound);

/**
 * WHERE as SQL with SOQL's meaning: text compares case-insensitively, `!=` and NOT IN also
 * match blanks (SOQL has no unknown truth value), LIKE is case-insensitive.
 */
export function compileCondition(condition: Condition, scope: WhereScope): string {
  switch (condition.kind) {
    case 'and':
      return and(condition.operands.map((c) => compileCondition(c, scope)));
    case 'or':
      return or(condition.operands.map((c) => compileCondition(c, scope)));
    case 'not':
      return not(compileCondition(condition.operand, scope));
    case 'compare':
      return compare(target(condition.field, scope), condition.op, condition.value, scope);
    case 'in': {
      const field = target(condition.field, scope);
      if (field.kind === 'multipicklist') {
        throw badFilter(`IN cannot be used on multi-select picklist '${field.path}': use INCLUDES or EXCLUDES`, field.path);
      }
      const any = inList(field, condition.values, scope);
      return condition.negated ? not(any) : any;
    }
    case 'inQuery': {
      const field = target(condition.field, scope);
      if (field.kind !== 'id')
        throw badFilter(`a semi-join compares an Id or lookup field, not '${field.path}' (${field.type})`, field.path);
      if (!scope.semiJoin) throw malformed('a subquery cannot be used here');
      const any = `${field.sql} IN (${scope.semiJoin(condition.query)})`;
      return condition.negated ? not(any) : any;
    }
    case 'includes':
      return includes(target(condition.field, scope), condition.negated, condition.values, scope);
  }
}

function target(ref: FieldRef, scope: WhereScope): Operand {
  if (scope.operandOf) return scope.operandOf(ref);
  if (ref.fn) throw malformed(`aggregate ${ref.fn}(${ref.path.join('.')}) can only be used in HAVING or ORDER BY of an aggregate query`);
  return operand({ path: ref.path }, scope.resolver, scope.registry, 'filtered');
}

const isNull = (t: Operand): string => (t.kind === 'multipicklist' ? `COALESCE(CARDINALITY(${t.sql}), 0) = 0` : `${t.sql} IS NULL`);

function equals(t: Operand, value: Literal, scope: FilterScope): string {
  if (value.kind === 'null') return isNull(t);
  if (t.kind === 'multipicklist') {
    const values = picklistValues(t, value);
    if (values.length === 0) return isNull(t);
    const set = scope.params.add(values, 'text[]');
    return `(${t.sql} @> ${set} AND ${t.sql} <@ ${set})`;
  }
  if (value.kind === 'relativeDate') return dateLiteral(t, '=', value.value, scope);
  const bound = bind(t, value, scope);
  const plain = isTextKind(t.kind) ? `${t.foldedSql ?? `LOWER(${t.sql})`} = LOWER(${bound})` : `${t.sql} = ${bound}`;
  return throughPivot(t, `${pivotColumn(t)} = ${pivotBound(t, bound)}`, plain, scope);
}

/** IN (...): on an indexed field one pivot look-up for the whole list. */
function inList(t: Operand, values: Literal[], scope: FilterScope): string {
  const plain = values.filter((v) => v.kind !== 'null');
  if (!t.pivot || plain.length < 2 || plain.some((v) => v.kind === 'relativeDate')) {
    return or(values.map((v) => equals(t, v, scope)));
  }
  const bounds = plain.map((v) => bind(t, v, scope));
  const folded = isTextKind(t.kind);
  const left = folded ? (t.foldedSql ?? `LOWER(${t.sql})`) : t.sql;
  const list = bounds.map((b) => (folded ? `LOWER(${b})` : b)).join(', ');
  const matched = throughPivot(
    t,
    `${pivotColumn(t)} IN (${bounds.map((b) => pivotBound(t, b)).join(', ')})`,
    `${left} IN (${list})`,
    scope,
  );
  return plain.length < values.length ? or([matched, isNull(t)]) : matched;
}

function compare(t: Operand, op: CompareOperator, value: Literal, scope: FilterScope): string {
  if (op === 'LIKE') return like(t, value, scope);
  if (op === '=') return equals(t, value, scope);
  if (op === '!=') return value.kind === 'null' ? `NOT (${isNull(t)})` : not(equals(t, value, scope));
  if (value.kind === 'null') throw badFilter(`null can only be compared with = or != (field '${t.path}')`, t.path);
  if (t.kind === 'boolean' || t.kind === 'multipicklist') {
    throw badFilter(`operator ${op} cannot be used on field '${t.path}' of type ${t.type}`, t.path);
  }
  if (value.kind === 'relativeDate') return dateLiteral(t, op, value.value, scope);
  const bound = bind(t, value, scope);
  // Text orders case-sensitively here, and the pivot holds it case-folded: only numbers and dates range through it.
  const ranged = t.pivot && t.pivot.kind !== 'str';
  return ranged ? throughPivot(t, `${pivotColumn(t)} ${op} ${bound}`, `${t.sql} ${op} ${bound}`, scope) : `${t.sql} ${op} ${bound}`;
}

/**
 * A date literal on a date or date-time field, as the range of days it covers: `=` inside it,
 * `<` before its first day, `<=` up to its last, `>` after its last, `>=` from its first.
 * On a date-time field the days are the tenant's, midnight to midnight in its time zone.
 */
function dateLiteral(t: Operand, op: '=' | '<' | '<=' | '>' | '>=', value: RelativeDate, scope: FilterScope): string {
  const { start, end } = rangeOf(value, scope);
  const column = pivotColumn(t);
  const test = (symbol: string, bound: string) => throughPivot(t, `${column} ${symbol} ${bound}`, `${t.sql} ${symbol} ${bound}`, scope);
  if (t.kind === 'datetime') {
    if (op !== '=') {
      const [symbol, day] = ({ '<': ['<', start], '<=': ['<', end], '>': ['>=', end], '>=': ['>=', start] } as const)[op];
      return test(symbol, dayStart(day, scope));
    }
    const [from, to] = [dayStart(start, scope), dayStart(end, scope)];
    return throughPivot(t, `${column} >= ${from} AND ${column} < ${to}`, `(${t.sql} >= ${from} AND ${t.sql} < ${to})`, scope);
  }
  if (t.kind !== 'date') throw wrongValue(t);
  const last = end.minusDays(1);
  const day = (d: LocalDate) => scope.params.add(d.toString(), 'date');
  if (op === '=' && !start.equals(last)) {
    const [from, to] = [day(start), day(last)];
    return throughPivot(t, `${column} BETWEEN ${from} AND ${to}`, `${t.sql} BETWEEN ${from} AND ${to}`, scope);
  }
  return test(op, day(op === '<=' || op === '>' ? last : start));
}

function like(t: Operand, value: Literal, scope: FilterScope): string {
  if (!isTextKind(t.kind)) {
    throw badFilter(`LIKE can only be used on text fields; '${t.path}' is a ${t.type} field`, t.path);
  }
  if (value.kind !== 'string') throw wrongValue(t);
  return `${t.sql} ILIKE ${scope.params.add(value.likePattern, 'text')}`;
}

/** INCLUDES ('A;B', 'C'): has both A and B, or has C. EXCLUDES is its negation. */
function includes(t: Operand, negated: boolean, values: Literal[], scope: FilterScope): string {
  const keyword = negated ? 'EXCLUDES' : 'INCLUDES';
  if (t.kind !== 'multipicklist') {
    throw badFilter(`${keyword} can only be used on multi-select picklists; '${t.path}' is a ${t.type} field`, t.path);
  }
  const sets = values.map((v) => picklistValues(t, v));
  if (sets.some((s) => s.length === 0)) throw badFilter(`${keyword} needs picklist values for field '${t.path}'`, t.path);
  const any = or(sets.map((s) => `${t.sql} @> ${scope.params.add(s, 'text[]')}`));
  return negated ? not(any) : any;
}
