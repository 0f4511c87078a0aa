import Decimal from 'decimal.js';
import { Instant, LocalDate } from '@js-joda/core';
import { checkFormula, type FormulaContext } from '../lib/checker';
import type { FormulaEnv } from '../lib/env';
import { evaluate } from '../lib/evaluator';
import type { FormulaValue } from '../lib/values';
import { ENTITY, testRegistry } from './test-registry';

const registry = testRegistry();

export interface Run {
  /** Field values by run-time path joined with '.', e.g. `lumary__Parent__r.Name`. */
  record?: Record<string, unknown>;
  prior?: Record<string, unknown>;
  isNew?: boolean;
  today?: string;
  context?: Partial<FormulaContext>;
}

export const TODAY = '2025-06-15';
export const NOW = '2025-06-15T02:30:00Z';

/** Checks a Lumary AR formula on the accounting entity and evaluates it; fails loudly on errors. */
export function run(source: string, opts: Run = {}): FormulaValue {
  const checked = checkFormula(source, {
    registry,
    objectApiName: ENTITY,
    namespace: 'lumary',
    usage: 'formulaField',
    ...opts.context,
  });
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('\n'));
  const record = opts.record ?? {};
  const env: FormulaEnv = {
    get: (path) => record[path.join('.')],
    prior: (f) => opts.prior?.[f],
    isNew: opts.isNew,
    today: LocalDate.parse(opts.today ?? TODAY),
    now: Instant.parse(NOW),
  };
  return evaluate(checked.ast, env);
}

/** A validation rule's error condition: must be a Checkbox, may use ISNEW and friends. */
export const rule = (source: string, opts: Run = {}) =>
  run(source, {
    ...opts,
    context: { usage: 'validationRule', ...opts.context },
  });

/** A number result as plain decimal text, so tests read `'0.3'`; null stays null. */
export function num(source: string, opts?: Run): string | null {
  const v = run(source, opts);
  if (v !== null && !Decimal.isDecimal(v)) throw new Error(`not a number: ${String(v)}`);
  return v === null ? null : (v as Decimal).toFixed();
}

export function text(source: string, opts?: Run): string | null {
  const v = run(source, opts);
  if (v !== null && typeof v !== 'string') throw new Error(`not text: ${String(v)}`);
  return v;
}

export function bool(source: string, opts?: Run): boolean | null {
  const v = run(source, opts);
  if (v !== null && typeof v !== 'boolean') throw new Error(`not a boolean: ${String(v)}`);
  return v;
}

/** Dates and date-times as ISO text. */
export function date(source: string, opts?: Run): string | null {
  const v = run(source, opts);
  if (v !== null && !(v instanceof LocalDate) && !(v instanceof Instant)) throw new Error(`not a date: ${String(v)}`);
  return v === null ? null : v.toString();
}

/** The errors of a formula that should not check, as their messages. */
export function errorsOf(source: string, context: Partial<FormulaContext> = {}): string[] {
  const checked = checkFormula(source, {
    registry,
    objectApiName: ENTITY,
    namespace: 'lumary',
    usage: 'formulaField',
    ...context,
  });
  return checked.ok ? [] : checked.errors.map((e) => e.message);
}

export { registry };
