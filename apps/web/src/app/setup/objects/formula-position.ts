/** Where a server error says the formula went wrong, as the line it is on with a caret under the spot. */
export interface FormulaPointer {
  line: number;
  column: number;
  text: string;
  caret: string;
}

/**
 * Finds the position in the formula error's message (`… at 2:14`, or `line 2, column 14`) and
 * cuts out that line of the formula with a caret under the column; null when the message names none.
 */
export function formulaPointer(formula: string, message: string): FormulaPointer | null {
  const match = /\bat (\d+):(\d+)\b/.exec(message) ?? /line (\d+),? col(?:umn)? (\d+)/i.exec(message);
  if (!match) return null;
  const line = Number(match[1]);
  const column = Number(match[2]);
  const text = formula.split(/\r?\n/)[line - 1];
  if (text === undefined || column < 1) return null;
  return { line, column, text, caret: `${' '.repeat(Math.min(column - 1, text.length))}^` };
}
