import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { parseCalendarDate } from '@platform/engine';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Validators the API's DTOs share (platform and packages alike). Each checks what the engine
 * checks for the same kind of value, and documents itself in the OpenAPI document (the swagger
 * plugin cannot read a custom validator). Each accepts class-validator's usual options:
 * `each` for arrays, `message`, and `context: errorCode('...')` for the error code.
 */

const isPresent = (value: unknown) => value !== undefined && value !== null;

/**
 * A calendar date as `YYYY-MM-DD`, strictly (no 2026-02-30) and between 1700-01-01 and
 * 4000-12-31: the engine's own rule for Date fields (parseCalendarDate). Stays a string.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: {
          validate: (value: unknown) => parseCalendarDate(value).ok,
          defaultMessage: (args?: ValidationArguments) => {
            const parsed = parseCalendarDate(args?.value);
            return `$property must be ${parsed.ok ? 'a date as YYYY-MM-DD' : parsed.reason}, got ${describeValue(args?.value)}`;
          },
        },
      },
      options,
    ),
    ApiProperty({ type: 'string', format: 'date', example: '2026-03-31', ...eachSchema(options) }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id: this platform's ids are UUIDs (what the engine takes for a lookup). */
export function IsRecordId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isRecordId',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && UUID.test(value),
          defaultMessage: (args?: ValidationArguments) => `$property must be a record id, got ${describeValue(args?.value)}`,
        },
      },
      options,
    ),
    ApiProperty({ type: 'string', format: 'uuid', ...eachSchema(options) }),
  );
}

export interface DecimalOptions {
  /** Digits after the decimal point, at most (default 2). */
  scale?: number;
  /** Digits before the decimal point, at most (default 16: what numeric(18,2) holds). */
  integerDigits?: number;
  /** May it be below zero (default false)? */
  signed?: boolean;
}

/** The pattern of a decimal string with these options (no exponent, no spaces, no leading '+'). */
export function decimalPattern({ scale = 2, integerDigits = 16, signed = false }: DecimalOptions = {}): RegExp {
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  return new RegExp(`^${signed ? '-?' : ''}\\d{1,${integerDigits}}${fraction}$`);
}

/**
 * An exact decimal as a JSON string, such as "1234.50": never a JS number, which may already have
 * lost digits before any code sees it. The value stays a string: turn it into a Decimal where it is
 * used. With the defaults, a non-negative amount of money (AUD, two decimals).
 */
export function IsDecimalString(decimal: DecimalOptions = {}, options?: ValidationOptions): PropertyDecorator {
  const pattern = decimalPattern(decimal);
  const { scale = 2, signed = false } = decimal;
  const what = `${signed ? 'a' : 'a non-negative'} decimal string such as "${signed ? '-' : ''}12${scale ? `.${'5'.padEnd(scale, '0')}` : ''}" (at most ${scale} decimal place${scale === 1 ? '' : 's'})`;
  return applyDecorators(
    ValidateBy(
      {
        name: 'isDecimalString',
        constraints: [pattern.source],
        validator: {
          validate: (value: unknown) => typeof value === 'string' && pattern.test(value),
          defaultMessage: (args?: ValidationArguments) => `$property must be ${what}, got ${describeValue(args?.value)}`,
        },
      },
      options,
    ),
    ApiProperty({
      type: 'string',
      format: 'decimal',
      pattern: pattern.source,
      example: scale ? `12.${'5'.padEnd(scale, '0')}` : '12',
      ...eachSchema(options),
    }),
  );
}

/** Money: a non-negative decimal string of at most two decimals ("1234.50"). */
export const IsMoney = (options?: ValidationOptions) => IsDecimalString({}, options);

/** `each: true` validates every item of an array: the document says array of that schema. */
function eachSchema(options?: ValidationOptions): { isArray?: boolean } {
  return options?.each ? { isArray: true } : {};
}

/** A value as a message quotes it: short, and its type when it is not a string. */
export function describeValue(value: unknown): string {
  if (!isPresent(value)) return String(value);
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return Array.isArray(value) ? 'an array' : 'an object';
}
