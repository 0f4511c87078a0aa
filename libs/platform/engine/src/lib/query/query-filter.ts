import type { Registry } from '@platform/metadata';
import type { CompareOperator, Condition, Literal } from './soql-ast';
import { badFilter } from './query-context';
import { bind, dayBound, picklistValues, wrongValue, type FilterScope } from './query-bind';
import { operand, type Operand } from './query-operands';
import type { PathResolver } from './query-paths';
import { and, not, or } from './query-sql';
import { isTextKind } from './query-value-kinds';

export interface WhereScope extends FilterScope {
  registry: Registry;
  resolver: PathResolver;
}

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
      return compare(target(condition.field.path, scope), condition.op, condition.value, scope);
    case 'in': {
      const field = target(condition.field.path, scope);
      if (field.kind === 'multipicklist') {
        throw badFilter(`IN cannot be used on multi-select picklist '${field.path}': use INCLUDES or EXCLUDES`, field.path);
      }
      const any = or(condition.values.map((v) => equals(field, v, scope)));
      return condition.negated ? not(any) : any;
    }
    case 'includes':
      return includes(target(condition.field.path, scope), condition.negated, condition.values, scope);
  }
}

const target = (path: string[], scope: WhereScope): Operand => operand({ path }, scope.resolver, scope.registry, 'filtered');

const isNull = (t: Operand): string => (t.kind === 'multipicklist' ? `COALESCE(CARDINALITY(${t.sql}), 0) = 0` : `${t.sql} IS NULL`);

function equals(t: Operand, value: Literal, scope: FilterScope): string {
  if (value.kind === 'null') return isNull(t);
  if (t.kind === 'multipicklist') {
    const values = picklistValues(t, value);
    if (values.length === 0) return isNull(t);
    const set = scope.params.add(values, 'text[]');
    return `(${t.sql} @> ${set} AND ${t.sql} <@ ${set})`;
  }
  if (t.kind === 'datetime' && value.kind === 'relativeDate') {
    return `(${t.sql} >= ${dayBound(value.value, 'start', scope)} AND ${t.sql} < ${dayBound(value.value, 'end', scope)})`;
  }
  if (isTextKind(t.kind)) return `${t.foldedSql ?? `LOWER(${t.sql})`} = LOWER(${bind(t, value, scope)})`;
  return `${t.sql} = ${bind(t, value, scope)}`;
}

function compare(t: Operand, op: CompareOperator, value: Literal, scope: FilterScope): string {
  if (op === 'LIKE') return like(t, value, scope);
  if (op === '=') return equals(t, value, scope);
  if (op === '!=') return value.kind === 'null' ? `NOT (${isNull(t)})` : not(equals(t, value, scope));
  if (value.kind === 'null') throw badFilter(`null can only be compared with = or != (field '${t.path}')`, t.path);
  if (t.kind === 'boolean' || t.kind === 'multipicklist') {
    throw badFilter(`operator ${op} cannot be used on field '${t.path}' of type ${t.type}`, t.path);
  }
  if (t.kind === 'datetime' && value.kind === 'relativeDate') {
    // < TODAY is before the day starts, <= TODAY before it ends, > TODAY from its end on.
    const [symbol, bound] = ({ '<': ['<', 'start'], '<=': ['<', 'end'], '>': ['>=', 'end'], '>=': ['>=', 'start'] } as const)[op];
    return `${t.sql} ${symbol} ${dayBound(value.value, bound, scope)}`;
  }
  return `${t.sql} ${op} ${bind(t, value, scope)}`;
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
