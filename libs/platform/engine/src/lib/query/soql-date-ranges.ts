import { DayOfWeek, LocalDate, TemporalAdjusters } from '@js-joda/core';

/**
 * SOQL's date literals (TODAY, LAST_N_DAYS:30, THIS_QUARTER, N_FISCAL_YEARS_AGO:2 ...), each a
 * range of whole days in the tenant's calendar: `start` its first day, `end` the day after its
 * last. `Field = LITERAL` is inside the range, `<` before its start, `<=` before its end, `>`
 * from its end on, `>=` from its start on - as Salesforce defines them.
 */
export interface DayRange {
  start: LocalDate;
  /** Exclusive. */
  end: LocalDate;
}

export interface CalendarSettings {
  /** The first day of a week: Monday in Australia (Salesforce's en_AU locale), Sunday in en_US. */
  weekStart?: DayOfWeek;
  /** The month (1-12) the fiscal year starts in; its year is named by the calendar year it ends in. */
  fiscalYearStartMonth?: number;
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR' | 'FISCAL_QUARTER' | 'FISCAL_YEAR';

const UNITS: Record<string, Unit> = {
  DAYS: 'DAY',
  WEEKS: 'WEEK',
  MONTHS: 'MONTH',
  QUARTERS: 'QUARTER',
  YEARS: 'YEAR',
  FISCAL_QUARTERS: 'FISCAL_QUARTER',
  FISCAL_YEARS: 'FISCAL_YEAR',
};

/** The literals without a number, as unit and offset from the current one (LAST_90_DAYS is LAST_N_DAYS:90). */
const FIXED: Record<string, [Unit, number] | ['LAST_N' | 'NEXT_N', number]> = {
  YESTERDAY: ['DAY', -1],
  TODAY: ['DAY', 0],
  TOMORROW: ['DAY', 1],
  LAST_WEEK: ['WEEK', -1],
  THIS_WEEK: ['WEEK', 0],
  NEXT_WEEK: ['WEEK', 1],
  LAST_MONTH: ['MONTH', -1],
  THIS_MONTH: ['MONTH', 0],
  NEXT_MONTH: ['MONTH', 1],
  LAST_QUARTER: ['QUARTER', -1],
  THIS_QUARTER: ['QUARTER', 0],
  NEXT_QUARTER: ['QUARTER', 1],
  LAST_YEAR: ['YEAR', -1],
  THIS_YEAR: ['YEAR', 0],
  NEXT_YEAR: ['YEAR', 1],
  LAST_FISCAL_QUARTER: ['FISCAL_QUARTER', -1],
  THIS_FISCAL_QUARTER: ['FISCAL_QUARTER', 0],
  NEXT_FISCAL_QUARTER: ['FISCAL_QUARTER', 1],
  LAST_FISCAL_YEAR: ['FISCAL_YEAR', -1],
  THIS_FISCAL_YEAR: ['FISCAL_YEAR', 0],
  NEXT_FISCAL_YEAR: ['FISCAL_YEAR', 1],
  LAST_90_DAYS: ['LAST_N', 90],
  NEXT_90_DAYS: ['NEXT_N', 90],
};

const UNIT_NAMES = Object.keys(UNITS).join('|');
/** The lexer's pattern: every literal, the numbered ones with their `:n`. */
export const DATE_LITERAL_PATTERN = new RegExp(
  `(?:(?:LAST|NEXT)_N_(?:${UNIT_NAMES}):\\d+|N_(?:${UNIT_NAMES})_AGO:\\d+|${Object.keys(FIXED)
    .filter((name) => !['TODAY', 'YESTERDAY', 'TOMORROW'].includes(name))
    .join('|')})`,
  'i',
);

/** Salesforce's own bounds on n. */
const MAX_N = 10_000;

/** The literal's canonical spelling (upper case), or why it cannot be one. */
export function checkDateLiteral(text: string): { value: string } | { error: string } {
  const value = text.toUpperCase();
  const numbered = /^(?:LAST_N_|NEXT_N_|N_)([A-Z_]+?)(?:_AGO)?:(\d+)$/.exec(value);
  if (numbered) {
    const n = Number(numbered[2]);
    if (!Number.isSafeInteger(n) || n > MAX_N) return { error: `${value}: n must be a whole number up to ${MAX_N}` };
    return { value: `${value.slice(0, value.indexOf(':'))}:${n}` };
  }
  return value in FIXED ? { value } : { error: `unknown date literal '${text}'` };
}

/** The range of days a date literal covers, counted from the tenant's today. */
export function dateRange(literal: string, today: LocalDate, settings: CalendarSettings = {}): DayRange {
  const [name, count] = literal.split(':');
  const n = Number(count ?? 0);
  const fixed = FIXED[name];
  if (fixed) {
    const [unit, offset] = fixed;
    if (unit === 'LAST_N') return lastN('DAY', offset, today, settings);
    if (unit === 'NEXT_N') return nextN('DAY', offset, today, settings);
    return shifted(unit, offset, 1, today, settings);
  }
  const last = /^LAST_N_(.+)$/.exec(name);
  if (last) return lastN(UNITS[last[1]], n, today, settings);
  const next = /^NEXT_N_(.+)$/.exec(name);
  if (next) return nextN(UNITS[next[1]], n, today, settings);
  const ago = /^N_(.+)_AGO$/.exec(name);
  if (ago) return shifted(UNITS[ago[1]], -n, 1, today, settings);
  throw new Error(`unknown date literal ${literal}`);
}

/** LAST_N_DAYS:n runs back n days and includes today; LAST_N_MONTHS:n is the n whole months before this one. */
function lastN(unit: Unit, n: number, today: LocalDate, settings: CalendarSettings): DayRange {
  if (unit === 'DAY') return { start: today.minusDays(n), end: today.plusDays(1) };
  return shifted(unit, -n, n, today, settings);
}

/** NEXT_N_DAYS:n starts tomorrow; NEXT_N_MONTHS:n is the n whole months after this one. */
function nextN(unit: Unit, n: number, today: LocalDate, settings: CalendarSettings): DayRange {
  if (unit === 'DAY') return { start: today.plusDays(1), end: today.plusDays(n + 1) };
  return shifted(unit, 1, n, today, settings);
}

/** `length` units, starting `offset` units from the one today is in. */
function shifted(unit: Unit, offset: number, length: number, today: LocalDate, settings: CalendarSettings): DayRange {
  const [first, step] = current(unit, today, settings);
  const start = step(first, offset);
  return { start, end: step(start, length) };
}

type Step = (from: LocalDate, units: number) => LocalDate;

/** The first day of the unit today is in, and how to move by whole units. */
function current(unit: Unit, today: LocalDate, settings: CalendarSettings): [LocalDate, Step] {
  const months =
    (size: number): Step =>
    (from, units) =>
      from.plusMonths(size * units);
  switch (unit) {
    case 'DAY':
      return [today, (from, units) => from.plusDays(units)];
    case 'WEEK':
      return [today.with(TemporalAdjusters.previousOrSame(settings.weekStart ?? DayOfWeek.MONDAY)), (from, units) => from.plusWeeks(units)];
    case 'MONTH':
      return [today.withDayOfMonth(1), months(1)];
    case 'QUARTER':
      return [periodStart(today, 1, 3), months(3)];
    case 'YEAR':
      return [today.withDayOfYear(1), months(12)];
    case 'FISCAL_QUARTER':
      return [periodStart(today, settings.fiscalYearStartMonth ?? 1, 3), months(3)];
    case 'FISCAL_YEAR':
      return [periodStart(today, settings.fiscalYearStartMonth ?? 1, 12), months(12)];
  }
}

/** The first day of the `size`-month period containing `day`, periods aligned on `startMonth`. */
function periodStart(day: LocalDate, startMonth: number, size: number): LocalDate {
  const monthsIn = (((day.monthValue() - startMonth) % size) + size) % size;
  return day.withDayOfMonth(1).minusMonths(monthsIn);
}
