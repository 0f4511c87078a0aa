/** Where something is in the formula text: 1-based line and column, 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export type FormulaErrorCode =
  | 'SYNTAX_ERROR'
  | 'UNKNOWN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_RELATIONSHIP'
  | 'UNKNOWN_FUNCTION'
  | 'WRONG_ARGUMENT_COUNT'
  | 'WRONG_TYPE'
  | 'NOT_ALLOWED_HERE';

/** A problem found while parsing or checking a formula; `message` ends with ` at line:column`. */
export interface FormulaError {
  code: FormulaErrorCode;
  message: string;
  line: number;
  column: number;
}

export function formulaError(code: FormulaErrorCode, reason: string, at: Position): FormulaError {
  return {
    code,
    message: `${reason} at ${at.line}:${at.column}`,
    line: at.line,
    column: at.column,
  };
}

export type FormulaEvalErrorCode = 'DIVIDE_BY_ZERO' | 'INVALID_NUMBER' | 'INVALID_DATE' | 'INVALID_VALUE';

/**
 * A formula that checked but cannot compute a value for this record (Salesforce shows `#Error!`):
 * dividing by zero, `VALUE("abc")`, `DATE(2025, 2, 30)`, or a field value of the wrong shape.
 */
export class FormulaEvalError extends Error {
  constructor(
    readonly code: FormulaEvalErrorCode,
    reason: string,
    readonly at: Position,
  ) {
    super(`${reason} at ${at.line}:${at.column}`);
    this.name = 'FormulaEvalError';
  }
}
