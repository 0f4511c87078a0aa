import type { FormulaReturnType, ObjectDef, Registry } from '@platform/metadata';
import type { Expr, FormulaType, TypedExpr } from './ast';
import { formulaError, type FormulaError, type Position } from './errors';
import { resolvePath } from './field-resolver';
import { fits, returnTypeOf } from './formula-types';
import { FUNCTIONS, type CheckScope, type FormulaUsage } from './functions';
import { describeType } from './functions/function-def';
import { binaryType, unaryType } from './operators';
import { parseFormula } from './parser';
import { Dec } from './values';

export interface FormulaContext {
  registry: Registry;
  /** The object whose records the formula runs on (run-time API name). */
  objectApiName: string;
  /** The namespace of the package the formula comes from; '' for core and tenant formulas. */
  namespace: string;
  /** The type the formula must return. Validation rules and roll-up filters default to Checkbox. */
  expected?: FormulaReturnType;
  /** Defaults to 'validationRule'. */
  usage?: FormulaUsage;
}

export type CheckResult = { ok: true; ast: TypedExpr; type: FormulaType } | { ok: false; errors: FormulaError[] };

/** Parses and checks a formula against the metadata: every field resolved, every type checked. */
export function checkFormula(source: string, context: FormulaContext): CheckResult {
  const parsed = parseFormula(source);
  return parsed.ok ? checkExpression(parsed.ast, context) : parsed;
}

/** Checks an already parsed formula; reports every problem found, not only the first. */
export function checkExpression(expr: Expr, context: FormulaContext): CheckResult {
  const object = context.registry.object(context.objectApiName);
  if (!object) {
    return {
      ok: false,
      errors: [formulaError('UNKNOWN_OBJECT', `unknown object '${context.objectApiName}'`, startOf(expr))],
    };
  }
  const checker = new Checker(object, context);
  const ast = checker.check(expr);
  const expected = context.expected ?? (context.usage === 'formulaField' ? undefined : 'Checkbox');
  if (ast && expected && !fits(ast.type, returnTypeOf(expected))) {
    checker.error('WRONG_TYPE', `the formula must return ${expected} but returns ${describeType(ast.type)}`, startOf(expr));
  }
  return ast && checker.errors.length === 0 ? { ok: true, ast, type: ast.type } : { ok: false, errors: checker.errors };
}

/** Where an expression starts: binary nodes are positioned at their operator. */
function startOf(expr: Expr): Position {
  return expr.kind === 'binary' ? startOf(expr.left) : expr.pos;
}

class Checker implements CheckScope {
  readonly errors: FormulaError[] = [];
  readonly usage: FormulaUsage;

  constructor(
    private readonly object: ObjectDef,
    private readonly context: FormulaContext,
  ) {
    this.usage = context.usage ?? 'validationRule';
  }

  error(code: FormulaError['code'], reason: string, at: Position): void {
    this.errors.push(formulaError(code, reason, at));
  }

  /** The typed node, or undefined when the expression has errors (already reported). */
  check(expr: Expr): TypedExpr | undefined {
    switch (expr.kind) {
      case 'number':
        return {
          kind: 'literal',
          type: 'Number',
          value: new Dec(expr.value),
          pos: expr.pos,
        };
      case 'text':
        return {
          kind: 'literal',
          type: 'Text',
          value: expr.value,
          pos: expr.pos,
        };
      case 'boolean':
        return {
          kind: 'literal',
          type: 'Boolean',
          value: expr.value,
          pos: expr.pos,
        };
      case 'null':
        return { kind: 'literal', type: 'Null', value: null, pos: expr.pos };
      case 'field':
        return this.field(expr);
      case 'unary':
        return this.unary(expr);
      case 'binary':
        return this.binary(expr);
      case 'call':
        return this.call(expr);
    }
  }

  private field(expr: Extract<Expr, { kind: 'field' }>): TypedExpr | undefined {
    const resolved = resolvePath(expr.segments, this.object, this.context);
    if ('code' in resolved) {
      this.errors.push(resolved);
      return undefined;
    }
    return { kind: 'field', ...resolved, pos: expr.pos };
  }

  private unary(expr: Extract<Expr, { kind: 'unary' }>): TypedExpr | undefined {
    const operand = this.check(expr.operand);
    if (!operand) return undefined;
    const type = unaryType(expr.op, operand.type);
    if (!type) {
      const wanted = expr.op === '!' ? 'Boolean' : 'Number';
      this.error('WRONG_TYPE', `operator '${expr.op}' expects ${wanted} but got ${describeType(operand.type)}`, expr.pos);
      return undefined;
    }
    return { kind: 'unary', type, op: expr.op, operand, pos: expr.pos };
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>): TypedExpr | undefined {
    const left = this.check(expr.left);
    const right = this.check(expr.right);
    if (!left || !right) return undefined;
    const type = binaryType(expr.op, left.type, right.type);
    if (!type) {
      const types = `${describeType(left.type)} and ${describeType(right.type)}`;
      this.error('WRONG_TYPE', `operator '${expr.op}' cannot be used with ${types}`, expr.pos);
      return undefined;
    }
    return { kind: 'binary', type, op: expr.op, left, right, pos: expr.pos };
  }

  private call(expr: Extract<Expr, { kind: 'call' }>): TypedExpr | undefined {
    const name = expr.name.toUpperCase();
    const def = FUNCTIONS.get(name);
    const args = expr.args.map((a) => this.check(a));
    if (!def) {
      this.error('UNKNOWN_FUNCTION', `unknown function '${expr.name}'`, expr.pos);
      return undefined;
    }
    if (args.length < def.minArgs || args.length > def.maxArgs) {
      this.error('WRONG_ARGUMENT_COUNT', `${name} takes ${arity(def.minArgs, def.maxArgs)} but got ${args.length}`, expr.pos);
      return undefined;
    }
    if (args.some((a) => !a)) return undefined;
    const typedArgs = args as TypedExpr[];
    const type = def.check(typedArgs, this, expr.pos);
    return type && { kind: 'call', type, name, args: typedArgs, pos: expr.pos };
  }
}

function arity(min: number, max: number): string {
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  if (min === max) return plural(min);
  return max === Infinity ? `at least ${plural(min)}` : `${min} to ${plural(max)}`;
}
