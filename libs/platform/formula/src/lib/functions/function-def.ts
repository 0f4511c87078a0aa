import type { FormulaType, TypedCall, TypedExpr } from '../ast';
import type { FormulaErrorCode, Position } from '../errors';
import type { FormulaEnv } from '../env';
import { fits, PICKLIST_USES } from '../formula-types';
import type { FormulaValue } from '../values';

/** Where a formula runs: ISNEW, ISCHANGED and PRIORVALUE only make sense when a record is saved. */
export type FormulaUsage = 'validationRule' | 'formulaField' | 'rollupFilter';

/** What a function's check may use: a place to report problems and where the formula runs. */
export interface CheckScope {
  error(code: FormulaErrorCode, reason: string, at: Position): void;
  usage: FormulaUsage;
}

/** What a function's evaluation may use: its call, a way to evaluate arguments, and the record. */
export interface CallContext {
  call: TypedCall;
  evaluate(expr: TypedExpr): FormulaValue;
  env: FormulaEnv;
}

export interface FunctionDef {
  name: string;
  minArgs: number;
  maxArgs: number;
  /** The type of a call with these (already checked) arguments; problems go to `scope.error`. */
  check(args: TypedExpr[], scope: CheckScope, call: Position): FormulaType | undefined;
  /** Arguments are evaluated by the function, so IF, AND, OR and CASE can skip the rest. */
  evaluate(ctx: CallContext): FormulaValue;
}

export type Param = FormulaType | readonly FormulaType[];

/** Reports an argument whose type is not one of `accepted`; returns whether it fitted. */
export function expectArg(scope: CheckScope, fn: string, index: number, arg: TypedExpr, accepted: Param): boolean {
  const types = typeof accepted === 'string' ? [accepted] : accepted;
  if (types.some((t) => fits(arg.type, t))) return true;
  scope.error('WRONG_TYPE', `${fn} expects ${types.join(' or ')} for argument ${index + 1} but got ${describeType(arg.type)}`, arg.pos);
  return false;
}

/** Names a type in a message; for picklists also says where they may be used. */
export const describeType = (type: FormulaType): string =>
  type === 'Picklist' || type === 'MultiPicklist' ? `a ${type} (picklists can only be used in ${PICKLIST_USES})` : type;

/**
 * A function whose arguments all have fixed types and are all evaluated first: most of them.
 * Trailing parameters beyond `minArgs` are optional.
 */
export function simple(
  name: string,
  params: Param[],
  returns: FormulaType,
  compute: (values: FormulaValue[], ctx: CallContext) => FormulaValue,
  minArgs = params.length,
): FunctionDef {
  return {
    name,
    minArgs,
    maxArgs: params.length,
    check(args, scope) {
      const ok = args.map((arg, i) => expectArg(scope, name, i, arg, params[i])).every(Boolean);
      return ok ? returns : undefined;
    },
    evaluate: (ctx) => compute(ctx.call.args.map(ctx.evaluate), ctx),
  };
}

/** Like `simple`, with one parameter type repeated any number of times (at least `minArgs`). */
export function variadic(
  name: string,
  param: Param,
  returns: FormulaType,
  compute: (values: FormulaValue[], ctx: CallContext) => FormulaValue,
  minArgs = 1,
): FunctionDef {
  return {
    name,
    minArgs,
    maxArgs: Infinity,
    check: (args, scope) => (args.map((arg, i) => expectArg(scope, name, i, arg, param)).every(Boolean) ? returns : undefined),
    evaluate: (ctx) => compute(ctx.call.args.map(ctx.evaluate), ctx),
  };
}
