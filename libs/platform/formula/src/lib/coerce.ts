import Decimal from 'decimal.js';
import { Instant, LocalDate, ZonedDateTime } from '@js-joda/core';
import type { FormulaType, TypedField } from './ast';
import { FormulaEvalError } from './errors';
import { Dec, type FormulaValue } from './values';

const WRONG = Symbol('wrong shape');

/**
 * Turns what the record engine hands over for a field into a formula value of the field's type.
 * Postgres returns numerics as strings and dates as ISO text, so those are accepted too.
 * Returns `undefined` when the value cannot be one of that type.
 */
export function toFormulaValue(raw: unknown, type: FormulaType): FormulaValue | undefined {
  if (raw === undefined || raw === null) return type === 'Boolean' ? false : null;
  const value = convert(raw, type);
  return value === WRONG ? undefined : value;
}

function convert(raw: unknown, type: FormulaType): FormulaValue | typeof WRONG {
  switch (type) {
    case 'Number':
      return toDecimal(raw);
    case 'Boolean':
      return typeof raw === 'boolean' ? raw : WRONG;
    case 'Date':
      return toDate(raw);
    case 'DateTime':
      return toInstant(raw);
    case 'Null':
      return null;
    default:
      return typeof raw === 'string' ? raw : WRONG;
  }
}

function toDecimal(raw: unknown): FormulaValue | typeof WRONG {
  if (raw === '') return null;
  if (Decimal.isDecimal(raw) || typeof raw === 'string' || typeof raw === 'bigint') {
    try {
      return new Dec(raw as Decimal.Value);
    } catch {
      return WRONG;
    }
  }
  // A JS number is taken by its shortest decimal spelling (0.1 stays 0.1).
  return typeof raw === 'number' && Number.isFinite(raw) ? new Dec(String(raw)) : WRONG;
}

function toDate(raw: unknown): FormulaValue | typeof WRONG {
  if (raw instanceof LocalDate) return raw;
  if (raw instanceof ZonedDateTime) return raw.toLocalDate();
  if (raw === '') return null;
  if (typeof raw === 'string') return attempt(() => LocalDate.parse(raw.slice(0, 10)));
  return WRONG;
}

function toInstant(raw: unknown): FormulaValue | typeof WRONG {
  if (raw instanceof Instant) return raw;
  if (raw instanceof ZonedDateTime) return raw.toInstant();
  if (raw instanceof Date) return Instant.ofEpochMilli(raw.getTime());
  if (raw === '') return null;
  if (typeof raw !== 'string') return WRONG;
  const instant = attempt(() => Instant.parse(raw));
  return instant !== WRONG ? instant : attempt(() => ZonedDateTime.parse(raw).toInstant());
}

function attempt(parse: () => FormulaValue): FormulaValue | typeof WRONG {
  try {
    return parse();
  } catch {
    return WRONG;
  }
}

/** A field's value as the formula sees it; a value of the wrong shape is the caller's bug, reported as such. */
export function readField(raw: unknown, field: TypedField): FormulaValue {
  const value = toFormulaValue(raw, field.type);
  if (value !== undefined) return value;
  const shape = typeof raw === 'object' ? ((raw as object).constructor?.name ?? 'object') : typeof raw;
  throw new FormulaEvalError('INVALID_VALUE', `${field.path.join('.')} holds a ${shape} where a ${field.type} was expected`, field.pos);
}
