import { createToken, Lexer, type TokenType } from 'chevrotain';

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: 'a name',
});

const keyword = (name: string, word: string) =>
  createToken({
    name,
    pattern: new RegExp(word, 'i'),
    longer_alt: Identifier,
    label: word,
  });

export const True = keyword('True', 'TRUE');
export const False = keyword('False', 'FALSE');
export const Null = keyword('Null', 'NULL');

export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /\d+(?:\.\d+)?/,
  label: 'a number',
});
export const DoubleQuoted = createToken({
  name: 'DoubleQuoted',
  pattern: /"(?:[^"\\]|\\.)*"/,
  line_breaks: true,
  label: 'a string',
});
export const SingleQuoted = createToken({
  name: 'SingleQuoted',
  pattern: /'(?:[^'\\]|\\.)*'/,
  line_breaks: true,
  label: 'a string',
});

const op = (name: string, pattern: string, categories: TokenType[] = []) =>
  createToken({ name, pattern, label: `'${pattern}'`, categories });

/** Operator families: the parser matches a category, the action reads the image. */
export const OrOp = createToken({
  name: 'OrOp',
  pattern: Lexer.NA,
  label: "'||'",
});
export const AndOp = createToken({
  name: 'AndOp',
  pattern: Lexer.NA,
  label: "'&&'",
});
export const EqualityOp = createToken({
  name: 'EqualityOp',
  pattern: Lexer.NA,
  label: "'='",
});
export const RelationalOp = createToken({
  name: 'RelationalOp',
  pattern: Lexer.NA,
  label: "'<'",
});
export const ConcatOp = createToken({
  name: 'ConcatOp',
  pattern: Lexer.NA,
  label: "'&'",
});
export const AdditiveOp = createToken({
  name: 'AdditiveOp',
  pattern: Lexer.NA,
  label: "'+'",
});
export const MultiplicativeOp = createToken({
  name: 'MultiplicativeOp',
  pattern: Lexer.NA,
  label: "'*'",
});
export const PrefixOp = createToken({
  name: 'PrefixOp',
  pattern: Lexer.NA,
  label: "'-'",
});

// Longer operators come before their prefixes ('<=' before '<', '&&' before '&').
const operators = [
  op('PipePipe', '||', [OrOp]),
  op('AmpAmp', '&&', [AndOp]),
  op('EqEq', '==', [EqualityOp]),
  op('BangEq', '!=', [EqualityOp]),
  op('LtGt', '<>', [EqualityOp]),
  op('LtEq', '<=', [RelationalOp]),
  op('GtEq', '>=', [RelationalOp]),
  op('Eq', '=', [EqualityOp]),
  op('Lt', '<', [RelationalOp]),
  op('Gt', '>', [RelationalOp]),
  op('Amp', '&', [ConcatOp]),
  op('Plus', '+', [AdditiveOp, PrefixOp]),
  op('Minus', '-', [AdditiveOp, PrefixOp]),
  op('Star', '*', [MultiplicativeOp]),
  op('Slash', '/', [MultiplicativeOp]),
  op('Bang', '!', [PrefixOp]),
];

export const Caret = op('Caret', '^');
export const LParen = op('LParen', '(');
export const RParen = op('RParen', ')');
export const Comma = op('Comma', ',');
export const Dot = op('Dot', '.');

const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
const Comment = createToken({
  name: 'Comment',
  pattern: /\/\*[\s\S]*?\*\//,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  DoubleQuoted,
  SingleQuoted,
  NumberLiteral,
  True,
  False,
  Null,
  Identifier,
  ...operators,
  Caret,
  LParen,
  RParen,
  Comma,
  Dot,
  OrOp,
  AndOp,
  EqualityOp,
  RelationalOp,
  ConcatOp,
  AdditiveOp,
  MultiplicativeOp,
  PrefixOp,
];

export const formulaLexer = new Lexer(allTokens, {
  ensureOptimizations: false,
});

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

/** Strips the quotes and resolves backslash escapes (`\"`, `\\`, `\n` ...). */
export function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);
}
