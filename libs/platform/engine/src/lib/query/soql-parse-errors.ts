import { EOF, tokenLabel, type ILexingError, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { EngineError } from '../engine.errors';

/** Syntax errors say what was found, where (1-based column), and what would have been right. */

const MALFORMED = 'MALFORMED_QUERY';

const list = (labels: string[]): string => {
  const unique = [...new Set(labels)];
  return unique.length <= 1 ? (unique[0] ?? 'something else') : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
};

const label = (type: TokenType): string => (type === EOF ? 'the end of the query' : tokenLabel(type));
const firstTokens = (paths: TokenType[][]): string[] => paths.filter((p) => p.length > 0).map((p) => label(p[0]));

/** The "expected …" half of a message; the token and its place are added by `syntaxError`. */
export const expectedMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expected ${label(expected)}`,
  buildNotAllInputParsedMessage: () => 'expected the end of the query',
  buildNoViableAltMessage: ({ expectedPathsPerAlt, customUserDescription }) =>
    `expected ${customUserDescription ?? list(expectedPathsPerAlt.flatMap(firstTokens))}`,
  buildEarlyExitMessage: ({ expectedIterationPaths, customUserDescription }) =>
    `expected ${customUserDescription ?? list(firstTokens(expectedIterationPaths))}`,
};

/** `at column 17`, or `at line 2, column 4` for a query over several lines. */
export function where(line: number | undefined, column: number | undefined): string {
  return line && line > 1 ? `at line ${line}, column ${column ?? 1}` : `at column ${column ?? 1}`;
}

function endOf(text: string): string {
  const lines = text.split('\n');
  return where(lines.length, lines[lines.length - 1].length + 1);
}

export function syntaxError(text: string, token: IToken, expected: string): EngineError {
  const found =
    token.tokenType === EOF
      ? `unexpected end of query ${endOf(text)}`
      : `unexpected token '${token.image}' ${where(token.startLine, token.startColumn)}`;
  return EngineError.invalid(MALFORMED, `${found}; ${expected}`);
}

export function lexingError(text: string, error: ILexingError): EngineError {
  const char = text[error.offset];
  const reason = char === "'" ? 'unterminated string starting' : `unexpected character ${JSON.stringify(char)}`;
  return EngineError.invalid(MALFORMED, `${reason} ${where(error.line, error.column)}`);
}

/** A token that lexed but is not a valid value (a bad escape, 2025-02-30, LIMIT 1.5). */
export function badToken(token: IToken, reason: string): EngineError {
  return EngineError.invalid(MALFORMED, `${reason} ${where(token.startLine, token.startColumn)}`);
}
