import Decimal from 'decimal.js';
import type { FormulaType } from '../ast';
import { FormulaEvalError, type Position } from '../errors';
import { compareValues, Dec, type FormulaValue } from '../values';
import { expectArg, simple, type FunctionDef } from './function-def';

/** Number functions return blank when any argument is blank (blank fields treated as blanks). */
const numeric = (name: string, arity: number, compute: (n: Decimal[], at: Position) => Decimal) =>
  simple(name, Array<FormulaType>(arity).fill('Number'), 'Number', (values, { call }) =>
    values.some((v) => v === null) ? null : compute(values as Decimal[], call.pos),
  );

/** ROUND(n, digits): ties away from zero (2.5 → 3, -2.5 → -3); negative digits round left of the point. */
function round(n: Decimal, digits: Decimal): Decimal {
  const places = digits.trunc().toNumber();
  if (places >= 0) return n.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const unit = new Dec(10).pow(-places);
  return n.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

const ROUND = numeric('ROUND', 2, ([n, digits]) => round(n, digits));
const ABS = numeric('ABS', 1, ([n]) => n.abs());
/** Salesforce rounds FLOOR towards zero and CEILING away from zero: FLOOR(-2.5) = -2, CEILING(-2.5) = -3. */
const FLOOR = numeric('FLOOR', 1, ([n]) => n.toDecimalPlaces(0, Decimal.ROUND_DOWN));
const CEILING = numeric('CEILING', 1, ([n]) => n.toDecimalPlaces(0, Decimal.ROUND_UP));
/** The remainder has the sign of the dividend: MOD(-5, 3) = -2. */
const MOD = numeric('MOD', 2, ([n, d], at) => {
  if (d.isZero()) throw new FormulaEvalError('DIVIDE_BY_ZERO', 'MOD by zero', at);
  return n.mod(d);
});

const ORDERED: FormulaType[] = ['Number', 'Date', 'DateTime'];

/** MIN and MAX of numbers, or of dates; blank if any argument is blank. */
function extreme(name: string, pick: (order: number) => boolean): FunctionDef {
  return {
    name,
    minArgs: 1,
    maxArgs: Infinity,
    check(args, scope) {
      if (!expectArg(scope, name, 0, args[0], ORDERED)) return undefined;
      const type = args.find((a) => a.type !== 'Null')?.type ?? 'Number';
      return args.every((a, i) => expectArg(scope, name, i, a, type)) ? type : undefined;
    },
    evaluate({ call, evaluate }) {
      const values = call.args.map(evaluate);
      if (values.some((v) => v === null)) return null;
      return (values as Exclude<FormulaValue, null>[]).reduce((best, v) => (pick(compareValues(v, best)) ? v : best));
    },
  };
}

const MIN = extreme('MIN', (order) => order < 0);
const MAX = extreme('MAX', (order) => order > 0);

export const MATH_FUNCTIONS = [ROUND, ABS, FLOOR, CEILING, MOD, MIN, MAX];
