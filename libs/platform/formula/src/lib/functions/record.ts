import type { TypedExpr, TypedField } from '../ast';
import { readField } from '../coerce';
import { valuesEqual } from '../values';
import type { CallContext, CheckScope, FunctionDef } from './function-def';

/** ISNEW, ISCHANGED and PRIORVALUE look at the save in progress, so only validation rules have them. */
function allowed(name: string, scope: CheckScope, at: TypedExpr['pos']): boolean {
  if (scope.usage === 'validationRule') return true;
  scope.error('NOT_ALLOWED_HERE', `${name} can only be used in validation rules`, at);
  return false;
}

/** The argument must name a field of the record itself: only those have a prior value. */
function ownField(name: string, arg: TypedExpr, scope: CheckScope): arg is TypedField {
  if (arg.kind === 'field' && arg.path.length === 1) return true;
  scope.error('WRONG_TYPE', `${name} takes a field of this record`, arg.pos);
  return false;
}

function priorValue({ call, env }: CallContext) {
  const field = call.args[0] as TypedField;
  return readField(env.prior?.(field.path[0]), field);
}

const ISNEW: FunctionDef = {
  name: 'ISNEW',
  minArgs: 0,
  maxArgs: 0,
  check: (_args, scope, call) => (allowed('ISNEW', scope, call) ? 'Boolean' : undefined),
  evaluate: ({ env }) => env.isNew === true,
};

/** False while inserting, as in Salesforce: a new record has nothing to change from. */
const ISCHANGED: FunctionDef = {
  name: 'ISCHANGED',
  minArgs: 1,
  maxArgs: 1,
  check: ([arg], scope, call) => (allowed('ISCHANGED', scope, call) && ownField('ISCHANGED', arg, scope) ? 'Boolean' : undefined),
  evaluate: (ctx) => !ctx.env.isNew && !sameValue(ctx.evaluate(ctx.call.args[0]), priorValue(ctx)),
};

/** While inserting, the prior value is the value being inserted. */
const PRIORVALUE: FunctionDef = {
  name: 'PRIORVALUE',
  minArgs: 1,
  maxArgs: 1,
  check: ([arg], scope, call) => (allowed('PRIORVALUE', scope, call) && ownField('PRIORVALUE', arg, scope) ? arg.type : undefined),
  evaluate: (ctx) => (ctx.env.isNew ? ctx.evaluate(ctx.call.args[0]) : priorValue(ctx)),
};

/** Unlike `=`, two blanks are the same value here. */
const sameValue = (a: ReturnType<typeof priorValue>, b: ReturnType<typeof priorValue>) => (a === null && b === null) || valuesEqual(a, b);

export const RECORD_FUNCTIONS = [ISNEW, ISCHANGED, PRIORVALUE];
