/** Turns the lexer's and chevrotain's errors into messages a person can act on, with line:column. */
import { EOF, tokenLabel, type ILexingError, type IParserErrorMessageProvider, type IToken } from 'chevrotain';
import { RParen } from './lexer';
import { formulaError, type FormulaError, type Position } from './errors';

/** What the innermost open '(' belongs to, so a missing ')' can say which one. */
export const openParens: string[] = [];

const describe = (token: IToken): string => (token.tokenType === EOF ? 'the end of the formula' : `'${token.image}'`);

export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) =>
    expected === RParen && openParens.length > 0
      ? `expected ')' ${openParens[openParens.length - 1]} but found ${describe(actual)}`
      : `expected ${tokenLabel(expected)} but found ${describe(actual)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) =>
    `unexpected ${describe(firstRedundant)}: expected an operator or the end of the formula`,
  buildNoViableAltMessage: ({ actual }) => `expected a value, a field or a function but found ${describe(actual[0])}`,
  buildEarlyExitMessage: ({ actual }) => `unexpected ${describe(actual[0])}`,
};

export const at = (token: IToken): Position => ({
  line: token.startLine ?? 1,
  column: token.startColumn ?? 1,
  offset: token.startOffset,
});

export function lexingError(source: string, e: ILexingError): FormulaError {
  const char = source[e.offset];
  const reason = char === '"' || char === "'" ? 'unterminated string' : `unexpected character '${char}'`;
  return formulaError('SYNTAX_ERROR', reason, {
    line: e.line ?? 1,
    column: e.column ?? 1,
    offset: e.offset,
  });
}

/** Where the text ends, for "the formula ended too early" errors. */
export function endOf(source: string): Position {
  const lines = source.split('\n');
  return {
    line: lines.length,
    column: lines[lines.length - 1].length + 1,
    offset: source.length,
  };
}
