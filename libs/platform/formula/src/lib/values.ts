import Decimal from 'decimal.js';
import { Instant, LocalDate, ZonedDateTime, ZoneOffset } from '@js-joda/core';

/**
 * A value inside a formula. Numbers are decimals (never JS floats), dates are calendar dates,
 * date-times are instants; `null` is a blank field.
 */
export type FormulaValue = Decimal | string | boolean | LocalDate | Instant | null;

/** Formula arithmetic: 34 significant digits (IEEE decimal128), ties rounded away from zero. */
export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
});

/** Blank as ISBLANK sees it: null, or text with no characters. */
export const isBlank = (v: FormulaValue): boolean => v === null || v === '';

/** Text fields are never null in Salesforce: a blank one reads as ''. */
export const asText = (v: FormulaValue): string => (v === null ? '' : (v as string));

/** Conditions treat a blank as false. */
export const asBoolean = (v: FormulaValue): boolean => v === true;

/** Equal values of one formula type; text compares case-sensitively with blank as ''. */
export function valuesEqual(a: FormulaValue, b: FormulaValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return asText(a) === asText(b);
  if (a === null || b === null) return false;
  return compareValues(a, b) === 0;
}

/** Orders two non-null values of one formula type. */
export function compareValues(a: Exclude<FormulaValue, null>, b: Exclude<FormulaValue, null>): number {
  if (Decimal.isDecimal(a)) return (a as Decimal).comparedTo(b as Decimal);
  if (a instanceof LocalDate) return a.compareTo(b as LocalDate);
  if (a instanceof Instant) return a.compareTo(b as Instant);
  if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1;
  return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
}

/** TEXT(): numbers without exponent, dates ISO, date-times as Salesforce prints them (UTC). */
export function formatValue(v: FormulaValue): string {
  if (v === null) return '';
  if (Decimal.isDecimal(v)) return (v as Decimal).toFixed();
  if (v instanceof LocalDate) return v.toString();
  if (v instanceof Instant) {
    const utc = ZonedDateTime.ofInstant(v, ZoneOffset.UTC);
    return `${utc.toLocalDate()} ${utc.toLocalTime().withNano(0).toString().padEnd(8, ':00')}Z`;
  }
  return String(v);
}
