import type { FieldDef, Registry } from '@platform/metadata';
import type { PgType } from './query-sql';

/** How a stored field compares, sorts and binds: one kind per family of field types. */
export type ValueKind = 'text' | 'longtext' | 'number' | 'date' | 'datetime' | 'boolean' | 'id' | 'multipicklist' | 'formula';

export function valueKind(field: FieldDef, registry: Registry): ValueKind {
  switch (field.type) {
    case 'LongTextArea':
      return 'longtext';
    case 'Number':
    case 'Currency':
    case 'Percent':
      return 'number';
    case 'Date':
      return 'date';
    case 'DateTime':
      return 'datetime';
    case 'Checkbox':
      return 'boolean';
    case 'Lookup':
    case 'MasterDetail':
      return 'id';
    case 'MultiPicklist':
      return 'multipicklist';
    case 'Formula':
      return 'formula';
    case 'Summary':
      return summaryKind(field, registry);
    default:
      return 'text';
  }
}

/** COUNT and SUM store numbers; MIN and MAX store the type they summarise (a date stays a date). */
function summaryKind(field: FieldDef, registry: Registry): ValueKind {
  const summary = field.summary;
  if (!summary?.summarizedField || summary.operation === 'count' || summary.operation === 'sum') return 'number';
  const child = registry.field(summary.childObject, summary.summarizedField);
  const type = child?.type === 'Formula' ? child.returnType : child?.type;
  return type === 'Date' ? 'date' : type === 'DateTime' ? 'datetime' : 'number';
}

/** The type to cast a bound value to, so Postgres compares like with like. */
export const PG_TYPE: Record<Exclude<ValueKind, 'formula'>, PgType> = {
  text: 'text',
  longtext: 'text',
  number: 'numeric',
  date: 'date',
  datetime: 'timestamptz',
  boolean: 'boolean',
  id: 'uuid',
  multipicklist: 'text[]',
};

export const isTextKind = (kind: ValueKind): boolean => kind === 'text' || kind === 'longtext';
