import Decimal from 'decimal.js';

/** AUD with two decimals: the journal's only money type. Never a JavaScript float. */
export type Money = Decimal;

const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

export const ZERO: Money = new Decimal(0);

/** A non-negative amount of at most 2 decimals, from the API's decimal string (or a small JSON number). */
export function parseMoney(value: unknown): Money | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !MONEY.test(text)) return undefined;
  return new Decimal(text);
}

/** Money from the database's numeric column (a string from the pg driver). */
export function money(value: unknown): Money {
  return value === null || value === undefined ? ZERO : new Decimal(String(value));
}

export function sum(values: Money[]): Money {
  return values.reduce((total, v) => total.plus(v), ZERO);
}

export function formatMoney(value: Money): string {
  return value.toFixed(2);
}
