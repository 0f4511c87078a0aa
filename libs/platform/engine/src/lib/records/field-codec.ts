import { DateTimeFormatter, Instant, LocalDate, ZonedDateTime } from '@js-joda/core';
import Decimal from 'decimal.js';
import type { FieldDef } from '@platform/metadata';
import type { EngineErrorCode, RecordError } from '../engine.errors';

/**
 * Field values between the API and the database, one rule per field type. Numbers travel as
 * exact decimal strings ("1234.50"), never JS floats; dates as "YYYY-MM-DD"; date-times as ISO
 * instants; multi-select picklists as "A;B" (Salesforce's form), arrays accepted on input.
 */

export type DbValue = string | boolean | string[] | null;
export type Coerced = { ok: true; value: DbValue } | { ok: false; error: RecordError };

const TEXT_TYPES = new Set(['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'Picklist']);
const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** JSON numbers beyond this many significant digits may already have lost precision. */
const SAFE_DIGITS = 15;

export const isNumberType = (field: FieldDef) => NUMBER_TYPES.has(field.type);
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const fail = (field: FieldDef, errorCode: EngineErrorCode, message: string): Coerced => ({
  ok: false,
  error: { errorCode, message, fields: [field.apiName] },
});
const typeError = (field: FieldDef, expected: string, got: unknown) =>
  fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `${field.label} (${field.apiName}): expected ${expected}, got ${describe(got)}`);

/**
 * Checks and converts one value written through the API into what its column stores. Lookups
 * are only checked for shape here; that the record exists is checked against the database.
 */
export function toDb(field: FieldDef, input: unknown): Coerced {
  if (input === null || input === undefined || input === '') {
    if (field.type === 'Checkbox') return typeError(field, 'true or false', input);
    return { ok: true, value: null };
  }
  if (TEXT_TYPES.has(field.type)) return text(field, input);
  if (NUMBER_TYPES.has(field.type)) return number(field, input);
  switch (field.type) {
    case 'Checkbox':
      return typeof input === 'boolean' ? { ok: true, value: input } : typeError(field, 'true or false', input);
    case 'Date':
      return date(field, input);
    case 'DateTime':
      return dateTime(field, input);
    case 'MultiPicklist':
      return multiPicklist(field, input);
    case 'Lookup':
    case 'MasterDetail':
      return isUuid(input) ? { ok: true, value: input.toLowerCase() } : typeError(field, 'a record id', input);
    default:
      return fail(
        field,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `${field.label} (${field.apiName}) is a ${field.type} field and cannot be written`,
      );
  }
}

function text(field: FieldDef, input: unknown): Coerced {
  if (typeof input !== 'string') return typeError(field, 'text', input);
  const max = field.length ?? 255;
  if ([...input].length > max) {
    return fail(
      field,
      'STRING_TOO_LONG',
      `${field.label} (${field.apiName}): data value too large: at most ${max} characters, got ${[...input].length}`,
    );
  }
  if (field.type === 'Email' && !EMAIL.test(input)) {
    return fail(field, 'INVALID_EMAIL_ADDRESS', `${field.label} (${field.apiName}): invalid email address: ${input}`);
  }
  if (field.type === 'Url' && !isUrl(input)) {
    return fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `${field.label} (${field.apiName}): not a valid URL: ${input}`);
  }
  if (field.type === 'Picklist') return picklistValue(field, input);
  return { ok: true, value: input };
}

function number(field: FieldDef, input: unknown): Coerced {
  let decimal: Decimal;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return typeError(field, 'a number', input);
    decimal = new Decimal(String(input));
    if (decimal.precision(true) > SAFE_DIGITS) {
      return typeError(field, `a number of at most ${SAFE_DIGITS} digits (send longer numbers as a string)`, input);
    }
  } else if (typeof input === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(input.trim())) {
    decimal = new Decimal(input.trim());
  } else {
    return typeError(field, 'a number', input);
  }
  const scale = field.scale ?? 0;
  const precision = field.precision ?? 18;
  if (decimal.decimalPlaces() > scale) {
    return fail(
      field,
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      `${field.label} (${field.apiName}): at most ${scale} decimal place${scale === 1 ? '' : 's'} allowed, got ${decimal.toFixed()}`,
    );
  }
  const integerDigits = decimal.abs().truncated().toFixed().replace(/^0$/, '').length;
  if (integerDigits > precision - scale) {
    return fail(
      field,
      'NUMBER_OUTSIDE_VALID_RANGE',
      `${field.label} (${field.apiName}): ${decimal.toFixed()} has more than ${precision - scale} digits before the decimal point`,
    );
  }
  return { ok: true, value: decimal.toFixed(scale) };
}

/** The years a date may fall in, as Salesforce allows (1700-01-01 to 4000-12-31). */
export const MIN_YEAR = 1700;
export const MAX_YEAR = 4000;
const DATE_RANGE = `between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`;

/**
 * A calendar date written as YYYY-MM-DD, strictly (no 2026-02-30) and within MIN_YEAR..MAX_YEAR:
 * what every date the API takes must be, so that PostgreSQL can store and compare it.
 */
export function parseCalendarDate(input: unknown): { ok: true; date: LocalDate } | { ok: false; reason: string } {
  if (typeof input !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return { ok: false, reason: 'a date as YYYY-MM-DD' };
  let date: LocalDate;
  try {
    date = LocalDate.parse(input);
  } catch {
    return { ok: false, reason: 'a real calendar date' };
  }
  if (date.year() < MIN_YEAR || date.year() > MAX_YEAR) return { ok: false, reason: `a date ${DATE_RANGE}` };
  return { ok: true, date };
}

function date(field: FieldDef, input: unknown): Coerced {
  const parsed = parseCalendarDate(input);
  return parsed.ok ? { ok: true, value: parsed.date.toString() } : typeError(field, parsed.reason, input);
}

function dateTime(field: FieldDef, input: unknown): Coerced {
  if (typeof input !== 'string') return typeError(field, 'a date-time such as 2025-03-01T09:30:00Z', input);
  let instant: Instant;
  try {
    instant = /[zZ]$/.test(input) ? Instant.parse(input) : ZonedDateTime.parse(input, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  } catch {
    return typeError(field, 'a date-time with a time zone, such as 2025-03-01T09:30:00Z', input);
  }
  const year = Number(instant.toString().match(/^([+-]?\d+)-/)?.[1]);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return typeError(field, `a date-time ${DATE_RANGE}`, input);
  return { ok: true, value: instant.toString() };
}

function picklistValue(field: FieldDef, value: string): Coerced {
  const values = field.picklist?.values ?? [];
  if (field.picklist?.restricted && !values.some((v) => v.value === value && v.active)) {
    return fail(
      field,
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${field.label} (${field.apiName}): bad value for restricted picklist field: ${value}`,
    );
  }
  return { ok: true, value };
}

function multiPicklist(field: FieldDef, input: unknown): Coerced {
  const items = Array.isArray(input) ? input : typeof input === 'string' ? input.split(';') : null;
  if (!items || items.some((i) => typeof i !== 'string')) return typeError(field, "values as 'A;B' or a list", input);
  const values = [...new Set((items as string[]).map((i) => i.trim()).filter(Boolean))];
  for (const value of values) {
    const checked = picklistValue(field, value);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: values };
}

/** A stored value as the API shows it. */
export function fromDb(field: Pick<FieldDef, 'type' | 'scale'>, raw: unknown): unknown {
  if (raw === null || raw === undefined) return field.type === 'Checkbox' ? false : null;
  // timestamptz columns (DateTime fields, and roll-ups of them) arrive as JS Dates.
  if (raw instanceof Date) return raw.toISOString();
  switch (field.type) {
    case 'MultiPicklist':
      return Array.isArray(raw) ? raw.join(';') : raw;
    case 'DateTime':
      return raw instanceof Date ? raw.toISOString() : String(raw);
    case 'Number':
    case 'Currency':
    case 'Percent':
    case 'Summary':
      return String(raw);
    default:
      return raw;
  }
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
    return !!url.hostname && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
