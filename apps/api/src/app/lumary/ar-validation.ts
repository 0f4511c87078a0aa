import { parseCalendarDate } from '@platform/engine';
import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A record id as the AR endpoints take it (the platform's ids are UUIDs). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Money as the API sends it: a decimal string, at most 2 decimals; never a JSON number. */
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

export function IsRecordId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isRecordId', validator: { validate: (v) => typeof v === 'string' && UUID.test(v), defaultMessage: (a) => `${a?.property} is a record id.` } }, options);
}

/** A real calendar date as YYYY-MM-DD (no 2027-02-30), within the years PostgreSQL and Salesforce agree on. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (v) => typeof v === 'string' && parseCalendarDate(v).ok,
        defaultMessage: (a) => {
          const parsed = parseCalendarDate(a?.value);
          return `${a?.property} must be ${parsed.ok ? 'a date as YYYY-MM-DD' : parsed.reason}, got '${String(a?.value).slice(0, 40)}'.`;
        },
      },
    },
    options,
  );
}

/** A decimal-string amount ≥ 0 (or > 0 with `positive`) with at most 2 decimals. */
export function IsMoney(positive: boolean, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMoney',
      constraints: [positive],
      validator: {
        validate: (v) => typeof v === 'string' && MONEY.test(v) && (!positive || /[1-9]/.test(v)),
        defaultMessage: (a) => `${a?.property} is an amount ${positive ? '> 0' : '≥ 0'} with at most 2 decimals, as a string ("110.00").`,
      },
    },
    options,
  );
}

/** An absent optional value: '' (an empty form field or query parameter) and null read as not given. */
export const EmptyAsAbsent = () => Transform(({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value));

/** Text trimmed before it is checked (a reason of spaces is no reason). */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
