import { FormulaEvalError, type Position } from '../errors';

/** Patterns mostly come from metadata; the bound keeps patterns read from records from piling up. */
const cache = new Map<string, RegExp | SyntaxError>();
const CACHE_LIMIT = 500;

/** Compiles `pattern` to match a whole text, or explains why it is not a valid pattern. */
export function compileWhole(pattern: string): RegExp | SyntaxError {
  let compiled = cache.get(pattern);
  if (!compiled) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 's');
    } catch (e) {
      compiled = e as SyntaxError;
    }
    if (cache.size < CACHE_LIMIT) cache.set(pattern, compiled);
  }
  return compiled;
}

export function wholeMatch(pattern: string, at: Position): RegExp {
  const compiled = compileWhole(pattern);
  if (compiled instanceof RegExp) return compiled;
  throw new FormulaEvalError('INVALID_VALUE', `invalid regular expression: ${compiled.message}`, at);
}
