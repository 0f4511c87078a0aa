import { LocalDate } from '@js-joda/core';
import { isUuid } from '../records/field-codec';
import type { Literal, RelativeDate } from './soql-ast';
import { badFilter } from './query-context';
import type { Operand } from './query-operands';
import type { SqlParams } from './query-sql';

/** What WHERE needs besides the tree: the parameters, and the tenant's today for TODAY. */
export interface FilterScope {
  params: SqlParams;
  today: LocalDate;
  timeZone: string;
  /** The tenant's placeholder: filters through the custom-field pivot are scoped by it. */
  tenant?: string;
}

const EXPECTED: Record<Operand['kind'], string> = {
  text: 'a quoted string',
  longtext: 'a quoted string',
  multipicklist: "a quoted string of values such as 'A;B'",
  number: 'a number and should not be enclosed in quotes',
  date: 'a date such as 2025-03-01 or TODAY and should not be enclosed in quotes',
  datetime: 'a date-time such as 2025-03-01T09:30:00Z or TODAY and should not be enclosed in quotes',
  boolean: 'true or false and should not be enclosed in quotes',
  id: 'a record id in quotes',
};

export const wrongValue = (target: Operand): Error =>
  badFilter(`value of filter criterion for field '${target.path}' must be of type ${target.type}: ${EXPECTED[target.kind]}`, target.path);

export function relativeDate(value: RelativeDate, today: LocalDate): string {
  const offset = value === 'TODAY' ? 0 : value === 'YESTERDAY' ? -1 : 1;
  return today.plusDays(offset).toString();
}

/** A literal as a bound parameter of the operand's type; a literal of another type is refused, naming the field. */
export function bind(target: Operand, value: Literal, scope: FilterScope): string {
  const { params } = scope;
  switch (target.kind) {
    case 'text':
    case 'longtext':
      if (value.kind === 'string') return params.add(value.value, 'text');
      break;
    case 'number':
      if (value.kind === 'number') return params.add(value.value, 'numeric');
      break;
    case 'date':
      if (value.kind === 'date') return params.add(value.value, 'date');
      if (value.kind === 'relativeDate') return params.add(relativeDate(value.value, scope.today), 'date');
      break;
    case 'datetime':
      if (value.kind === 'datetime') return params.add(value.value, 'timestamptz');
      break;
    case 'boolean':
      if (value.kind === 'boolean') return params.add(value.value, 'boolean');
      break;
    case 'id':
      if (value.kind === 'string' && isUuid(value.value)) return params.add(value.value.toLowerCase(), 'uuid');
      if (value.kind === 'string') throw badFilter(`invalid ID field: '${value.value}' (field '${target.path}')`, target.path);
      break;
    case 'multipicklist':
      break;
  }
  throw wrongValue(target);
}

/**
 * TODAY on a date-time field is the tenant's whole day, from its `start` to the next day's
 * (exclusive `end`), midnight in the tenant's zone. Only the bound used is bound: Postgres
 * refuses a parameter that no expression types.
 */
export function dayBound(value: RelativeDate, bound: 'start' | 'end', scope: FilterScope): string {
  const day = LocalDate.parse(relativeDate(value, scope.today)).plusDays(bound === 'start' ? 0 : 1);
  return `(${scope.params.add(day.toString(), 'timestamp')} AT TIME ZONE ${scope.params.add(scope.timeZone, 'text')})`;
}

/** 'A;B' as the list of values a multi-select picklist stores. */
export function picklistValues(target: Operand, value: Literal): string[] {
  if (value.kind !== 'string') throw wrongValue(target);
  return [
    ...new Set(
      value.value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}
