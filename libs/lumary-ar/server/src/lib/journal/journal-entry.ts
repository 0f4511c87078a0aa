import { EngineError } from '@platform/engine';
import { sum, type Money } from './money';

export const CONTROL_TYPES = ['Debtors Control Account', 'GST Control Account', 'Bank Account', 'NDIA Claims Receivable'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

/** A line's account: an Accounting Entity id, or "the tenant's control account of this type". */
export type AccountRef = { id: string } | { control: ControlType };

export interface JournalLineInput {
  account: AccountRef;
  costCentre?: string;
  debit: Money;
  credit: Money;
  description?: string;
}

export interface JournalEntryInput {
  date: string;
  description?: string;
  source?: { id: string; object: string };
  lines: JournalLineInput[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Σ debit = Σ credit, and an entry moves something. Decimal arithmetic: a cent is never lost to floats. */
export function checkBalanced(lines: JournalLineInput[]): Money {
  if (lines.length < 2)
    throw EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'A journal entry needs at least two lines.', ['lines']);
  const debits = sum(lines.map((l) => l.debit));
  const credits = sum(lines.map((l) => l.credit));
  if (!debits.equals(credits)) {
    throw EngineError.invalid(
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      `The entry does not balance: debits total ${debits.toFixed(2)} and credits total ${credits.toFixed(2)}.`,
      ['lines'],
    );
  }
  return debits;
}
