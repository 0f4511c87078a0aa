import type { BinaryOp, Expr } from './ast';

/** Binding strength, loosest first; mirrors the grammar in parser.ts. */
const PRECEDENCE: Record<BinaryOp, number> = {
  '||': 1,
  '&&': 2,
  '=': 3,
  '<>': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '&': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '^': 9,
};
const UNARY = 8;
const ATOM = 10;

/** Prints a syntax tree back to formula text, with only the parentheses it needs. */
export function printFormula(expr: Expr): string {
  return print(expr);
}

function print(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'text':
      return `"${expr.value
        .replace(/[\\"]/g, (c) => `\\${c}`)
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')}"`;
    case 'boolean':
      return expr.value ? 'TRUE' : 'FALSE';
    case 'null':
      return 'NULL';
    case 'field':
      return expr.segments.map((s) => s.name).join('.');
    case 'call':
      return `${expr.name}(${expr.args.map(print).join(', ')})`;
    case 'unary':
      return `${expr.op}${wrap(expr.operand, strength(expr.operand) < UNARY || expr.operand.kind === 'unary')}`;
    case 'binary':
      return printBinary(expr);
  }
}

function printBinary(expr: Extract<Expr, { kind: 'binary' }>): string {
  const own = PRECEDENCE[expr.op];
  // Left-associative operators need parentheses around an equal-strength right operand; '^' is
  // right-associative, so the other way round, and its exponent may be a bare unary.
  const rightAssoc = expr.op === '^';
  const left = wrap(expr.left, rightAssoc ? strength(expr.left) <= own : strength(expr.left) < own);
  const rightNeeds = rightAssoc ? strength(expr.right) < UNARY : strength(expr.right) <= own;
  return `${left} ${expr.op} ${wrap(expr.right, rightNeeds)}`;
}

function strength(expr: Expr): number {
  if (expr.kind === 'binary') return PRECEDENCE[expr.op];
  return expr.kind === 'unary' ? UNARY : ATOM;
}

const wrap = (expr: Expr, parens: boolean): string => (parens ? `(${print(expr)})` : print(expr));
