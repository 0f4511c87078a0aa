import type Decimal from 'decimal.js';
import { Instant, LocalDate, ZonedDateTime, ZoneOffset } from '@js-joda/core';
import { FormulaEvalError, type Position } from '../errors';
import { asText, Dec, type FormulaValue } from '../values';
import { simple, type FunctionDef } from './function-def';

const whole = (n: FormulaValue): number => (n as Decimal).trunc().toNumber();

const TODAY = simple('TODAY', [], 'Date', (_v, { env }) => env.today);
const NOW = simple('NOW', [], 'DateTime', (_v, { env }) => (env.now instanceof ZonedDateTime ? env.now.toInstant() : env.now));

function makeDate(year: number, month: number, day: number, at: Position): LocalDate {
  try {
    return LocalDate.of(year, month, day);
  } catch {
    throw new FormulaEvalError('INVALID_DATE', `${year}-${month}-${day} is not a date`, at);
  }
}

const DATE = simple('DATE', ['Number', 'Number', 'Number'], 'Date', (values, { call }) =>
  values.some((v) => v === null) ? null : makeDate(whole(values[0]), whole(values[1]), whole(values[2]), call.pos),
);

const part = (name: string, read: (d: LocalDate) => number): FunctionDef =>
  simple(name, ['Date'], 'Number', ([d]) => (d === null ? null : new Dec(read(d as LocalDate))));

const YEAR = part('YEAR', (d) => d.year());
const MONTH = part('MONTH', (d) => d.monthValue());
const DAY = part('DAY', (d) => d.dayOfMonth());

/** The last day of a month stays the last day: ADDMONTHS(2025-02-28, 1) = 2025-03-31. */
const ADDMONTHS = simple('ADDMONTHS', ['Date', 'Number'], 'Date', ([d, n]) => {
  if (d === null || n === null) return null;
  const date = d as LocalDate;
  const moved = date.plusMonths(whole(n));
  return date.dayOfMonth() === date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
});

/** DATEVALUE of a date-time is its date in GMT, as in Salesforce; of text, a `YYYY-MM-DD` date. */
const DATEVALUE = simple('DATEVALUE', [['Text', 'DateTime']], 'Date', ([v], { call }) => {
  if (v instanceof Instant) return ZonedDateTime.ofInstant(v, ZoneOffset.UTC).toLocalDate();
  const text = asText(v).trim();
  if (text === '') return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/s.exec(text);
  if (!match) throw new FormulaEvalError('INVALID_DATE', `DATEVALUE cannot read '${text}' as a date (YYYY-MM-DD)`, call.pos);
  return makeDate(Number(match[1]), Number(match[2]), Number(match[3]), call.pos);
});

export const DATE_FUNCTIONS = [TODAY, NOW, DATE, YEAR, MONTH, DAY, ADDMONTHS, DATEVALUE];
