import type { TypedExpr } from './ast';
import { readField } from './coerce';
import type { FormulaEnv } from './env';
import { FUNCTIONS } from './functions';
import { evaluateBinary, evaluateUnary } from './operators';
import { asBoolean, type FormulaValue } from './values';

/**
 * Computes a checked formula for one record. A validation rule's error condition holds when the
 * result is `true`. Throws `FormulaEvalError` where Salesforce would show `#Error!`.
 */
export function evaluate(ast: TypedExpr, env: FormulaEnv): FormulaValue {
  const run = (expr: TypedExpr): FormulaValue => {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'field':
        return readField(env.get(expr.path), expr);
      case 'unary':
        return evaluateUnary(expr.op, run(expr.operand));
      case 'binary':
        if (expr.op === '&&') return asBoolean(run(expr.left)) && asBoolean(run(expr.right));
        if (expr.op === '||') return asBoolean(run(expr.left)) || asBoolean(run(expr.right));
        return evaluateBinary(expr.op, [expr.left.type, expr.right.type], run(expr.left), run(expr.right), expr.pos);
      case 'call':
        return callee(expr.name).evaluate({ call: expr, evaluate: run, env });
    }
  };
  return run(ast);
}

/** The checker only lets known functions through; anything else is a tree built by hand. */
function callee(name: string) {
  const def = FUNCTIONS.get(name);
  if (!def) throw new Error(`'${name}' is not a formula function; evaluate only trees from checkFormula`);
  return def;
}
