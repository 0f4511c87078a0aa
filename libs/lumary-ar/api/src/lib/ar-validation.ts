import { describeValue, errorCode } from '@platform/contract';
import { parseCalendarDate } from '@platform/engine';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * What the AR DTOs add to the platform's validators (@platform/contract): the error codes the AR
 * endpoints have always answered with, and two small transforms.
 */

/** A value of the wrong type or form (a bad date, id or amount): the code the AR API has always used. */
export const WRONG_TYPE = { context: errorCode('INVALID_TYPE_ON_FIELD_IN_RECORD') };
/** A value outside a fixed list. */
export const NOT_IN_LIST = { context: errorCode('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST') };
/** Text beyond its length. */
export const TOO_LONG = { context: errorCode('STRING_TOO_LONG') };
/** Sent, but blank. */
export const BLANK = { context: errorCode('REQUIRED_FIELD_MISSING') };

const absent = (value: unknown) => value === undefined || value === null;

/**
 * A field that must be sent: left out (or null) it is REQUIRED_FIELD_MISSING saying `message`. Its
 * other checks say the same then (`unlessMissing`), so the answer names the field once.
 */
export const Required = (message: string) => IsDefined({ context: errorCode('REQUIRED_FIELD_MISSING'), message });

/** A check's message: `missing` when the value was not sent, else its own. */
export const unlessMissing =
  (missing: string, message?: string | ((args: ValidationArguments) => string)) =>
  (args: ValidationArguments): string =>
    absent(args.value) ? missing : typeof message === 'function' ? message(args) : (message ?? dateMessage(args));

/** What the platform's IsCalendarDate says of a bad date. */
export function dateMessage(args: ValidationArguments): string {
  const parsed = parseCalendarDate(args.value);
  return `${args.property} must be ${parsed.ok ? 'a date as YYYY-MM-DD' : parsed.reason}, got ${describeValue(args.value)}`;
}

/** An amount > 0: with @IsMoney (which takes 0), for payments, allocations and credits. */
export function MoreThanZero(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'moreThanZero',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && /[1-9]/.test(v),
        defaultMessage: () => '$property must be more than 0',
      },
    },
    { ...WRONG_TYPE, ...options },
  );
}

/** An absent optional value: '' (an empty form field or query parameter) and null read as not given. */
export const EmptyAsAbsent = () => Transform(({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value));

/** Text trimmed before it is checked (a reason of spaces is no reason). */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
