import { LocalDate } from '@js-joda/core';
import { isUuid } from '../records/field-codec';
import type { Literal, RelativeDate } from './soql-ast';
import { badFilter } from './query-context';
import type { Operand } from './query-operands';
import type { SqlParams } from './query-sql';
import { dateRange, type CalendarSettings, type DayRange } from './soql-date-ranges';

/** What WHERE needs besides the tree: the parameters, and the tenant's today for TODAY. */
export interface FilterScope {
  params: SqlParams;
  today: LocalDate;
  timeZone: string;
  /** The tenant's week start and fiscal year, for THIS_WEEK, THIS_FISCAL_YEAR ... */
  calendar?: CalendarSettings;
  /** The tenant's placeholder: filters through the custom-field pivot are scoped by it. */
  tenant?: string;
}

const EXPECTED: Record<Operand['kind'], string> = {
  text: 'a quoted string',
  longtext: 'a quoted string',
  multipicklist: "a quoted string of values such as 'A;B'",
  number: 'a number and should not be enclosed in quotes',
  date: 'a date such as 2025-03-01, TODAY or LAST_N_DAYS:30 and should not be enclosed in quotes',
  datetime: 'a date-time such as 2025-03-01T09:30:00Z, TODAY or LAST_N_DAYS:30 and should not be enclosed in quotes',
  boolean: 'true or false and should not be enclosed in quotes',
  id: 'a record id in quotes',
};

export const wrongValue = (target: Operand): Error =>
  badFilter(`value of filter criterion for field '${target.path}' must be of type ${target.type}: ${EXPECTED[target.kind]}`, target.path);

/** The days a date literal covers, from the tenant's today. */
export const rangeOf = (value: RelativeDate, scope: FilterScope): DayRange => dateRange(value, scope.today, scope.calendar);

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

/** Midnight starting `day` in the tenant's zone: a date literal on a date-time field is whole tenant days. */
export function dayStart(day: LocalDate, scope: FilterScope): string {
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
