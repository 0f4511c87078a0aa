import { EmbeddedActionsParser, EOF, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import type { BinaryOp, Expr, PathSegment, UnaryOp } from './ast';
import {
  AdditiveOp,
  allTokens,
  AndOp,
  Caret,
  formulaLexer,
  Comma,
  ConcatOp,
  Dot,
  DoubleQuoted,
  EqualityOp,
  False,
  Identifier,
  LParen,
  MultiplicativeOp,
  Null,
  NumberLiteral,
  OrOp,
  PrefixOp,
  RelationalOp,
  RParen,
  SingleQuoted,
  True,
  unquote,
} from './lexer';
import { formulaError, type FormulaError } from './errors';
import { at, endOf, lexingError, messages, openParens } from './parse-errors';

const BINARY_OPS: Record<string, BinaryOp> = { '==': '=', '!=': '<>' };
const binaryOp = (image: string): BinaryOp => BINARY_OPS[image] ?? (image as BinaryOp);

/**
 * Salesforce formula grammar, loosest binding first:
 * `||`, `&&`, `= == != <>`, `< <= > >=`, `&`, `+ -`, `* /`, unary `- + !`, `^` (right-associative).
 */
class FormulaParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, {
      errorMessageProvider: messages,
      recoveryEnabled: false,
      maxLookahead: 2,
    });
    this.performSelfAnalysis();
  }

  readonly formula = this.RULE('formula', (): Expr => this.SUBRULE(this.orExpr));

  private readonly orExpr = this.level('orExpr', OrOp, () => this.andExpr);
  private readonly andExpr = this.level('andExpr', AndOp, () => this.equality);
  private readonly equality = this.level('equality', EqualityOp, () => this.relational);
  private readonly relational = this.level('relational', RelationalOp, () => this.concat);
  private readonly concat = this.level('concat', ConcatOp, () => this.additive);
  private readonly additive = this.level('additive', AdditiveOp, () => this.multiplicative);
  private readonly multiplicative = this.level('multiplicative', MultiplicativeOp, () => this.unary);

  private readonly unary = this.RULE(
    'unary',
    (): Expr =>
      this.OR([
        {
          ALT: () => {
            const op = this.CONSUME(PrefixOp);
            const operand = this.SUBRULE(this.unary);
            return this.ACTION(
              (): Expr => ({
                kind: 'unary',
                op: op.image as UnaryOp,
                operand,
                pos: at(op),
              }),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.power) },
      ]),
  );

  private readonly power = this.RULE('power', (): Expr => {
    const base = this.SUBRULE(this.atom);
    let result = base;
    this.OPTION(() => {
      const op = this.CONSUME(Caret);
      const exponent = this.SUBRULE(this.unary);
      result = this.ACTION(
        (): Expr => ({
          kind: 'binary',
          op: '^',
          left: base,
          right: exponent,
          pos: at(op),
        }),
      );
    });
    return result;
  });

  private readonly atom = this.RULE(
    'atom',
    (): Expr =>
      this.OR([
        {
          ALT: () =>
            this.literal(this.CONSUME(NumberLiteral), (t) => ({
              kind: 'number',
              value: t.image,
              pos: at(t),
            })),
        },
        {
          ALT: () =>
            this.literal(this.CONSUME(DoubleQuoted), (t) => ({
              kind: 'text',
              value: unquote(t.image),
              pos: at(t),
            })),
        },
        {
          ALT: () =>
            this.literal(this.CONSUME(SingleQuoted), (t) => ({
              kind: 'text',
              value: unquote(t.image),
              pos: at(t),
            })),
        },
        {
          ALT: () =>
            this.literal(this.CONSUME(True), (t) => ({
              kind: 'boolean',
              value: true,
              pos: at(t),
            })),
        },
        {
          ALT: () =>
            this.literal(this.CONSUME(False), (t) => ({
              kind: 'boolean',
              value: false,
              pos: at(t),
            })),
        },
        {
          ALT: () =>
            this.literal(this.CONSUME(Null), (t) => ({
              kind: 'null',
              pos: at(t),
            })),
        },
        { ALT: () => this.SUBRULE(this.parenthesised) },
        { ALT: () => this.SUBRULE(this.nameStart) },
      ]),
  );

  private readonly parenthesised = this.RULE('parenthesised', (): Expr => {
    const open = this.CONSUME(LParen);
    this.ACTION(() => openParens.push(`to close the '(' from ${open.startLine}:${open.startColumn}`));
    const inner = this.SUBRULE(this.orExpr);
    this.CONSUME(RParen);
    this.ACTION(() => openParens.pop());
    return inner;
  });

  /** A name starts a function call when '(' follows it, a field path otherwise. */
  private readonly nameStart = this.RULE('nameStart', (): Expr => {
    const name = this.CONSUME(Identifier);
    return this.OR([
      { ALT: () => this.callArguments(name) },
      {
        ALT: () => {
          const segments: PathSegment[] = [];
          this.ACTION(() => segments.push({ name: name.image, pos: at(name) }));
          this.MANY(() => {
            this.CONSUME(Dot);
            const next = this.CONSUME2(Identifier);
            this.ACTION(() => segments.push({ name: next.image, pos: at(next) }));
          });
          return this.ACTION((): Expr => ({ kind: 'field', segments, pos: at(name) }));
        },
      },
    ]);
  });

  private callArguments(name: IToken): Expr {
    this.CONSUME(LParen);
    this.ACTION(() => openParens.push(`after the arguments of ${name.image.toUpperCase()}`));
    const args: Expr[] = [];
    this.OPTION(() => {
      args.push(this.SUBRULE3(this.orExpr));
      this.MANY2(() => {
        this.CONSUME(Comma);
        args.push(this.SUBRULE4(this.orExpr));
      });
    });
    this.CONSUME(RParen);
    this.ACTION(() => openParens.pop());
    return this.ACTION((): Expr => ({ kind: 'call', name: name.image, args, pos: at(name) }));
  }

  private literal(token: IToken, build: (t: IToken) => Expr): Expr {
    return this.ACTION(() => build(token));
  }

  /** One precedence level: `next (op next)*`, folded to the left. */
  private level(name: string, opType: TokenType, next: () => ParserMethod<[], Expr>): ParserMethod<[], Expr> {
    return this.RULE(name, (): Expr => {
      let left = this.SUBRULE(next());
      this.MANY(() => {
        const op = this.CONSUME(opType);
        const right = this.SUBRULE2(next());
        left = this.ACTION(
          (): Expr => ({
            kind: 'binary',
            op: binaryOp(op.image),
            left,
            right,
            pos: at(op),
          }),
        );
      });
      return left;
    });
  }
}

let instance: FormulaParser | undefined;

export type ParseResult = { ok: true; ast: Expr } | { ok: false; errors: FormulaError[] };

/** Parses formula text into a syntax tree, or says what is wrong and where (1-based line:column). */
export function parseFormula(source: string): ParseResult {
  const lexed = formulaLexer.tokenize(source);
  if (lexed.errors.length > 0)
    return {
      ok: false,
      errors: lexed.errors.map((e) => lexingError(source, e)),
    };
  const parser = (instance ??= new FormulaParser());
  openParens.length = 0;
  parser.input = lexed.tokens;
  const ast = parser.formula();
  const [first] = parser.errors;
  if (first) {
    const pos = first.token.tokenType === EOF ? endOf(source) : at(first.token);
    return {
      ok: false,
      errors: [formulaError('SYNTAX_ERROR', first.message, pos)],
    };
  }
  return { ok: true, ast };
}
