import type { Registry } from '@platform/metadata';
import type { OrderItem } from './soql-ast';
import { invalidField, malformed } from './query-context';
import type { CursorState } from './query-cursor';
import { operand, type Operand } from './query-operands';
import type { PathResolver } from './query-paths';
import type { OutputColumns } from './query-shape';
import { and, or, type SqlParams } from './query-sql';
import { PG_TYPE } from './query-value-kinds';

export interface SortKey extends Operand {
  direction: 'ASC' | 'DESC';
  nulls: 'FIRST' | 'LAST';
  /** The result column holding this key as text, for the next cursor. */
  label: string;
}

export function compileOrder(items: OrderItem[], resolver: PathResolver, registry: Registry, columns: OutputColumns): SortKey[] {
  return items.map((item) => {
    if (item.field.fn)
      throw malformed(`ORDER BY ${item.field.fn}(${item.field.path.join('.')}) needs an aggregate query (GROUP BY, or aggregates only)`);
    const key = operand(item.field, resolver, registry, 'sorted');
    if (key.kind === 'longtext' || key.kind === 'multipicklist') {
      throw invalidField(`field '${key.path}' (${key.type}) can not be sorted in a query call`, key.path);
    }
    return { ...key, direction: item.direction, nulls: item.nulls, label: columns.add(`(${key.sql})::text`) };
  });
}

/** The ORDER BY items, then the id so that every row has one place in the order. */
export function orderBySql(keys: SortKey[], idSql: string): string {
  return [...keys.map((k) => `${k.sql} ${k.direction} NULLS ${k.nulls}`), `${idSql} ASC`].join(', ');
}

/**
 * Rows strictly after the cursor's row in that order (keyset paging): for some key i, all keys
 * before i are equal and key i comes after, or all keys are equal and the id is greater.
 */
export function keysetSql(keys: SortKey[], cursor: CursorState, idSql: string, params: SqlParams): string {
  const alternatives: string[] = [];
  const equalSoFar: string[] = [];
  keys.forEach((key, i) => {
    const raw = cursor.k[i];
    const value = raw === null ? null : params.add(raw, PG_TYPE[key.kind]);
    const after = comesAfter(key, value);
    if (after) alternatives.push(and([...equalSoFar, after]));
    equalSoFar.push(value === null ? `${key.sql} IS NULL` : `${key.sql} = ${value}`);
  });
  alternatives.push(and([...equalSoFar, `${idSql} > ${params.add(cursor.id, 'uuid')}`]));
  return or(alternatives);
}

/** Rows whose key sorts after `value` (a placeholder, or null for a NULL key); undefined when none can. */
function comesAfter(key: SortKey, value: string | null): string | undefined {
  if (value === null) return key.nulls === 'FIRST' ? `${key.sql} IS NOT NULL` : undefined;
  const beyond = `${key.sql} ${key.direction === 'ASC' ? '>' : '<'} ${value}`;
  return key.nulls === 'LAST' ? `(${beyond} OR ${key.sql} IS NULL)` : beyond;
}
