import type { FormulaType, TypedExpr } from '../ast';
import { unify } from '../formula-types';
import { asBoolean, isBlank, valuesEqual, type FormulaValue } from '../values';
import { describeType, expectArg, simple, variadic, type CheckScope, type FunctionDef } from './function-def';

/** AND and OR stop at the first argument that decides them; a blank counts as false. */
const AND: FunctionDef = {
  ...variadic('AND', 'Boolean', 'Boolean', () => null),
  evaluate: ({ call, evaluate }) => call.args.every((a) => asBoolean(evaluate(a))),
};

const OR: FunctionDef = {
  ...variadic('OR', 'Boolean', 'Boolean', () => null),
  evaluate: ({ call, evaluate }) => call.args.some((a) => asBoolean(evaluate(a))),
};

const NOT = simple('NOT', ['Boolean'], 'Boolean', ([v]) => !asBoolean(v));

/** The common type of several result arguments, reporting the first that does not match. */
function commonType(fn: string, results: TypedExpr[], scope: CheckScope): FormulaType | undefined {
  let type: FormulaType = 'Null';
  for (const result of results) {
    const next = unify(type, result.type);
    if (!next) {
      scope.error('WRONG_TYPE', `${fn} results must all have one type: expected ${type} but got ${describeType(result.type)}`, result.pos);
      return undefined;
    }
    type = next;
  }
  return type;
}

const IF: FunctionDef = {
  name: 'IF',
  minArgs: 3,
  maxArgs: 3,
  check: ([cond, then, otherwise], scope) =>
    expectArg(scope, 'IF', 0, cond, 'Boolean') ? commonType('IF', [then, otherwise], scope) : undefined,
  evaluate: ({ call, evaluate }) => evaluate(asBoolean(evaluate(call.args[0])) ? call.args[1] : call.args[2]),
};

const CASE_SUBJECTS: FormulaType[] = ['Number', 'Text', 'Date', 'DateTime', 'Boolean', 'Picklist'];

/** CASE(subject, value1, result1, ..., else); a picklist subject is matched against text values. */
const CASE: FunctionDef = {
  name: 'CASE',
  minArgs: 4,
  maxArgs: Infinity,
  check(args, scope, call) {
    if (args.length % 2 !== 0) {
      scope.error('WRONG_ARGUMENT_COUNT', 'CASE takes a subject, pairs of value and result, and an else result', call);
      return undefined;
    }
    const [subject, ...rest] = args;
    if (!expectArg(scope, 'CASE', 0, subject, CASE_SUBJECTS)) return undefined;
    const valueType = subject.type === 'Picklist' ? 'Text' : subject.type;
    let valuesOk = true;
    for (let i = 1; i < args.length - 1; i += 2) {
      valuesOk = expectArg(scope, 'CASE', i, args[i], valueType === 'Null' ? CASE_SUBJECTS : valueType) && valuesOk;
    }
    const results = [...rest.filter((_, i) => i % 2 === 1), rest[rest.length - 1]];
    const type = commonType('CASE', results, scope);
    return valuesOk ? type : undefined;
  },
  evaluate({ call, evaluate }) {
    const [subject, ...rest] = call.args;
    const value = evaluate(subject);
    for (let i = 0; i + 1 < rest.length; i += 2) {
      if (valuesEqual(value, evaluate(rest[i]))) return evaluate(rest[i + 1]);
    }
    return evaluate(rest[rest.length - 1]);
  },
};

const anyType: FormulaType[] = ['Number', 'Text', 'Boolean', 'Date', 'DateTime', 'Picklist', 'MultiPicklist'];

const ISBLANK = simple('ISBLANK', [anyType], 'Boolean', ([v]) => isBlank(v));
/** Kept for old formulas: true only for a missing value, not for empty text (use ISBLANK). */
const ISNULL = simple('ISNULL', [anyType], 'Boolean', ([v]) => v === null);

function substitute(name: string, blank: (v: FormulaValue) => boolean): FunctionDef {
  return {
    name,
    minArgs: 2,
    maxArgs: 2,
    check: (args, scope) => commonType(name, args, scope),
    evaluate({ call, evaluate }) {
      const value = evaluate(call.args[0]);
      return blank(value) ? evaluate(call.args[1]) : value;
    },
  };
}

const BLANKVALUE = substitute('BLANKVALUE', isBlank);
const NULLVALUE = substitute('NULLVALUE', (v) => v === null);

export const LOGICAL_FUNCTIONS = [AND, OR, NOT, IF, CASE, ISBLANK, ISNULL, BLANKVALUE, NULLVALUE];
