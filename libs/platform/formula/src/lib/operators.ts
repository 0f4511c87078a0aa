import Decimal from 'decimal.js';
import { Instant, LocalDate, ChronoUnit } from '@js-joda/core';
import type { BinaryOp, FormulaType, UnaryOp } from './ast';
import { FormulaEvalError, type Position } from './errors';
import { fits } from './formula-types';
import { asBoolean, asText, compareValues, Dec, type FormulaValue } from './values';

type Signature = [left: FormulaType, right: FormulaType, result: FormulaType];

const same = (types: FormulaType[], result: FormulaType): Signature[] => types.map((t) => [t, t, result]);
const NUMERIC: Signature[] = [['Number', 'Number', 'Number']];

/** What each operator accepts, tried in order; the first that fits gives the result type. */
const SIGNATURES: Record<BinaryOp, Signature[]> = {
  '^': NUMERIC,
  '*': NUMERIC,
  '/': NUMERIC,
  '+': [
    ...NUMERIC,
    ['Date', 'Number', 'Date'],
    ['Number', 'Date', 'Date'],
    ['DateTime', 'Number', 'DateTime'],
    ['Number', 'DateTime', 'DateTime'],
    ['Text', 'Text', 'Text'],
  ],
  '-': [
    ...NUMERIC,
    ['Date', 'Number', 'Date'],
    ['Date', 'Date', 'Number'],
    ['DateTime', 'Number', 'DateTime'],
    ['DateTime', 'DateTime', 'Number'],
  ],
  '&': [['Text', 'Text', 'Text']],
  '=': same(['Number', 'Text', 'Boolean', 'Date', 'DateTime'], 'Boolean'),
  '<>': same(['Number', 'Text', 'Boolean', 'Date', 'DateTime'], 'Boolean'),
  '<': same(['Number', 'Text', 'Date', 'DateTime'], 'Boolean'),
  '<=': same(['Number', 'Text', 'Date', 'DateTime'], 'Boolean'),
  '>': same(['Number', 'Text', 'Date', 'DateTime'], 'Boolean'),
  '>=': same(['Number', 'Text', 'Date', 'DateTime'], 'Boolean'),
  '&&': [['Boolean', 'Boolean', 'Boolean']],
  '||': [['Boolean', 'Boolean', 'Boolean']],
};

/** The result type of `left op right`, or undefined when the operator does not take those types. */
export function binaryType(op: BinaryOp, left: FormulaType, right: FormulaType): FormulaType | undefined {
  return SIGNATURES[op].find(([l, r]) => fits(left, l) && fits(right, r))?.[2];
}

export function unaryType(op: UnaryOp, operand: FormulaType): FormulaType | undefined {
  const wanted = op === '!' ? 'Boolean' : 'Number';
  return fits(operand, wanted) ? wanted : undefined;
}

export function evaluateUnary(op: UnaryOp, value: FormulaValue): FormulaValue {
  if (op === '!') return !asBoolean(value);
  if (value === null) return null;
  return op === '-' ? (value as Decimal).neg() : value;
}

const MS_PER_DAY = 86_400_000;

/**
 * `left op right` for the non-logical operators (the evaluator short-circuits && and ||).
 * Text treats a blank as ''; other blanks make arithmetic blank and comparisons false.
 */
export function evaluateBinary(
  op: BinaryOp,
  types: [FormulaType, FormulaType],
  left: FormulaValue,
  right: FormulaValue,
  at: Position,
): FormulaValue {
  const text = types.includes('Text');
  if (op === '&' || (op === '+' && text)) return asText(left) + asText(right);
  if (text) return compare(op, asText(left), asText(right));
  if (left === null || right === null) return isArithmetic(op) ? null : false;
  return isArithmetic(op) ? arithmetic(op, left, right, at) : compare(op, left, right);
}

const isArithmetic = (op: BinaryOp): boolean => op === '+' || op === '-' || op === '*' || op === '/' || op === '^';

type ComparisonOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

const ORDER_TESTS: Record<ComparisonOp, (order: number) => boolean> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

function compare(op: BinaryOp, left: Present, right: Present): boolean {
  return ORDER_TESTS[op as ComparisonOp](compareValues(left, right));
}

type Present = Exclude<FormulaValue, null>;

function arithmetic(op: BinaryOp, left: Present, right: Present, at: Position): FormulaValue {
  if (left instanceof LocalDate || right instanceof LocalDate) return dateArithmetic(op, left, right);
  if (left instanceof Instant || right instanceof Instant) return dateTimeArithmetic(op, left, right);
  const a = left as Decimal;
  const b = right as Decimal;
  switch (op) {
    case '+':
      return a.plus(b);
    case '-':
      return a.minus(b);
    case '*':
      return a.times(b);
    case '/':
      if (b.isZero()) throw new FormulaEvalError('DIVIDE_BY_ZERO', 'division by zero', at);
      return a.div(b);
    default: {
      const result = a.pow(b);
      if (!result.isFinite()) throw new FormulaEvalError('DIVIDE_BY_ZERO', `${a} ^ ${b} has no value`, at);
      return result;
    }
  }
}

/** Date ± days = Date (whole days); Date − Date = days between. */
function dateArithmetic(op: BinaryOp, left: Present, right: Present): FormulaValue {
  if (left instanceof LocalDate && right instanceof LocalDate) return new Dec(ChronoUnit.DAYS.between(right, left));
  const [date, days] = left instanceof LocalDate ? [left, right as Decimal] : [right as LocalDate, left as Decimal];
  const n = days.trunc().toNumber();
  return op === '-' ? date.minusDays(n) : date.plusDays(n);
}

/** DateTime ± days (fractions are hours and minutes); DateTime − DateTime = days, with a fraction. */
function dateTimeArithmetic(op: BinaryOp, left: Present, right: Present): FormulaValue {
  if (left instanceof Instant && right instanceof Instant) return new Dec(ChronoUnit.MILLIS.between(right, left)).div(MS_PER_DAY);
  const [instant, days] = left instanceof Instant ? [left, right as Decimal] : [right as Instant, left as Decimal];
  const ms = days.times(MS_PER_DAY).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return op === '-' ? instant.minusMillis(ms) : instant.plusMillis(ms);
}
