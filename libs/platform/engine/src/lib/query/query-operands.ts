import type { FieldType, Registry } from '@platform/metadata';
import type { FieldRef } from './soql-ast';
import { invalidField } from './query-context';
import type { PathResolver } from './query-paths';
import { columnRef, customFieldFoldedSql, fieldSql } from './query-sql';
import { valueKind, type ValueKind } from './query-value-kinds';
import { pivotReady, type PivotKind } from '../records/custom-index';

/** A stored field as an SQL expression, for WHERE and ORDER BY. */
export interface Operand {
  sql: string;
  kind: Exclude<ValueKind, 'formula'>;
  type: FieldType;
  /** The path in the metadata's spelling, for messages. */
  path: string;
  /** The value case-folded, when there is a better form than LOWER(sql) (a custom field's, which can be indexed). */
  foldedSql?: string;
  /** An indexed custom field whose entries the shared pivot (sys_cf_index) holds: filters may select ids from it. */
  pivot?: { idSql: string; object: string; field: string; kind: PivotKind };
}

/**
 * Resolves a filtered or sorted path. Formula fields are computed after the fetch, so they can
 * be neither; through a polymorphic lookup the field must be stored alike on every target.
 */
export function operand(ref: FieldRef, resolver: PathResolver, registry: Registry, use: 'filtered' | 'sorted' | 'grouped'): Operand {
  const resolved = resolver.field(ref.path);
  const { path, fields, scope } = resolved;
  if (fields.some((f) => f.type === 'Formula')) {
    throw invalidField(`field '${path}' is a formula field: formula fields cannot be filtered or sorted yet`, path);
  }
  const kinds = fields.map((f) => valueKind(f, registry));
  if (kinds.some((k) => k !== kinds[0])) {
    throw invalidField(`field '${path}' has a different type on each object its lookup may point at, so it cannot be ${use}`, path);
  }
  const columns = scope.targets.map((t, i) => fieldSql(t.alias, fields[i]));
  const folded =
    columns.length === 1 && fields[0].custom && kinds[0] === 'text'
      ? customFieldFoldedSql(fields[0], columnRef(scope.targets[0].alias, 'custom'))
      : undefined;
  const pivot = columns.length === 1 ? pivotReady(fields[0]) : undefined;
  return {
    ...(pivot
      ? {
          pivot: {
            idSql: columnRef(scope.targets[0].alias, 'id'),
            object: scope.targets[0].object.apiName,
            field: fields[0].apiName,
            kind: pivot,
          },
        }
      : {}),
    sql: columns.length === 1 ? columns[0] : `COALESCE(${columns.join(', ')})`,
    kind: kinds[0] as Operand['kind'],
    type: fields[0].type,
    path,
    ...(folded ? { foldedSql: folded } : {}),
  };
}
