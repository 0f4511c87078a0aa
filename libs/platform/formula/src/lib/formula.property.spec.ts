import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { BinaryOp, Expr } from './ast';
import { parseFormula } from './parser';
import { printFormula } from './printer';
import { num } from '../testing/harness';

const pos = { line: 1, column: 1, offset: 0 };
const BINARY_OPS: BinaryOp[] = ['^', '*', '/', '+', '-', '&', '=', '<>', '<', '<=', '>', '>=', '&&', '||'];

/** Syntax trees of any shape (types are the checker's business, not the parser's). */
const exprArb = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^\d{1,4}(\.\d{1,3})?$/).map((value): Expr => ({ kind: 'number', value, pos })),
    fc.string({ unit: 'binary-ascii', maxLength: 6 }).map((value): Expr => ({ kind: 'text', value, pos })),
    fc.boolean().map((value): Expr => ({ kind: 'boolean', value, pos })),
    fc.constant<Expr>({ kind: 'null', pos }),
    fc
      .array(fc.stringMatching(/^[A-Z][a-z]{0,4}(__[cr])?$/), {
        minLength: 1,
        maxLength: 3,
      })
      .map(
        (names): Expr => ({
          kind: 'field',
          segments: names.map((name) => ({ name, pos })),
          pos,
        }),
      ),
    fc
      .record({
        op: fc.constantFrom('-' as const, '+' as const, '!' as const),
        operand: tie('expr'),
      })
      .map((u): Expr => ({ kind: 'unary', ...u, pos })),
    fc
      .record({
        op: fc.constantFrom(...BINARY_OPS),
        left: tie('expr'),
        right: tie('expr'),
      })
      .map((b): Expr => ({ kind: 'binary', ...b, pos })),
    fc
      .record({
        name: fc.constantFrom('AND', 'IF', 'LEN', 'Max'),
        args: fc.array(tie('expr'), { maxLength: 3 }),
      })
      .map((c): Expr => ({ kind: 'call', ...c, pos })),
  ),
})).expr;

/** The tree without positions. */
const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'pos' ? undefined : v)));

describe('formula properties', () => {
  it('parse(print(tree)) gives back the tree', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const parsed = parseFormula(printFormula(expr));
        expect(parsed.ok && strip(parsed.ast)).toEqual(strip(expr));
      }),
      { numRuns: 300 },
    );
  });

  it('arithmetic agrees with decimal.js exactly (no binary floating point)', () => {
    const decimal = fc.stringMatching(/^\d{1,6}(\.\d{1,4})?$/);
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.boolean(), (a, b, c, negate) => {
        const sign = negate ? '-' : '';
        const first = negate ? new Decimal(a).neg() : new Decimal(a);
        const expected = first.plus(new Decimal(b).times(c)).minus(c);
        expect(num(`${sign}${a} + ${b} * ${c} - ${c}`)).toBe(expected.toFixed());
      }),
      { numRuns: 200 },
    );
  });
});
