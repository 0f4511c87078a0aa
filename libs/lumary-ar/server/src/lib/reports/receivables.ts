import { LocalDate } from '@js-joda/core';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';
import type { DebtorPosition, DebtorRef } from './receivables.repository';

/** The aged receivables' buckets by days past due at the date (libs/lumary-ar/RULES.md#reports); `from`/`to` inclusive. */
export const AGE_BUCKETS = [
  { key: 'current', label: 'Current', from: undefined, to: 0 },
  { key: 'days1To30', label: '1-30', from: 1, to: 30 },
  { key: 'days31To60', label: '31-60', from: 31, to: 60 },
  { key: 'days61To90', label: '61-90', from: 61, to: 90 },
  { key: 'days90Plus', label: '90+', from: 91, to: undefined },
] as const;

export type AgeBucket = (typeof AGE_BUCKETS)[number]['key'];

/** Money figures as the API sends them: strings with two decimals. */
export type Figures<K extends string> = Record<K, string>;

export type AgedFigures = Figures<AgeBucket | 'unallocatedCredit' | 'total'>;
export type AgedReceivablesRow = DebtorRef & AgedFigures;

export interface AgedReceivables {
  asAt: string;
  debtors: AgedReceivablesRow[];
  totals: AgedFigures;
  /** The Debtors Control balance at the date; null when the caller may not read the journal. */
  debtorsControl: string | null;
  /** Debtors Control − the grand total: "0.00" when they agree. */
  difference: string | null;
}

export type DebtorBalanceFigures = Figures<'invoiced' | 'paid' | 'credited' | 'unallocatedCredit' | 'balance' | 'overdue'>;
export type DebtorBalanceRow = DebtorRef & DebtorBalanceFigures;

/** A figure computed from a field the caller may not read is left out of every row and the totals (field-level security). */
export interface DebtorBalances {
  asAt: string;
  debtors: (DebtorRef & Partial<DebtorBalanceFigures>)[];
  totals: Partial<DebtorBalanceFigures>;
}

/** The report date: `asAt` (YYYY-MM-DD, checked by the API), or today in the tenant's zone. */
export function reportDate(asAt: string | undefined, today: LocalDate): string {
  return asAt || today.toString();
}

/** A debtor's open balance at the date: its invoices' balances less its unallocated credit. */
export function outstanding(p: DebtorPosition): Money {
  return sum(AGE_BUCKETS.map((b) => p.buckets[b.key])).minus(p.unallocated);
}

/** Aged receivables from the debtors' positions: unallocated credit as a negative, debtors with nothing open left out. */
export function agedReceivables(asAt: string, positions: DebtorPosition[], debtorsControl: Money | null): AgedReceivables {
  const figures = (p: DebtorPosition) =>
    ({
      ...Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, p.buckets[b.key]])),
      unallocatedCredit: p.unallocated.negated(),
      total: outstanding(p),
    }) as Record<keyof AgedFigures, Money>;
  const open = byName(positions).filter((p) => AGE_BUCKETS.some((b) => !p.buckets[b.key].isZero()) || !p.unallocated.isZero());
  const rows = open.map((p) => ({ debtor: p.debtor, figures: figures(p) }));
  const totals = totalOf(
    rows.map((r) => r.figures),
    [...AGE_BUCKETS.map((b) => b.key), 'unallocatedCredit', 'total'],
  );
  return {
    asAt,
    debtors: rows.map((r) => ({ ...r.debtor, ...format(r.figures) })),
    totals: format(totals),
    debtorsControl: debtorsControl ? formatMoney(debtorsControl) : null,
    difference: debtorsControl ? formatMoney(debtorsControl.minus(totals.total)) : null,
  };
}

/**
 * Debtor balances from the positions: invoiced, paid (payments received), credited, the part of
 * the payments not yet allocated, and the balance (what the invoices owe less that credit, which
 * is invoiced − paid − credited), with the overdue part of the invoices' balances.
 */
export function debtorBalances(asAt: string, positions: DebtorPosition[]): DebtorBalances {
  const rows = byName(positions).map((p) => ({
    debtor: p.debtor,
    figures: {
      invoiced: p.invoiced,
      paid: p.received,
      credited: p.credited,
      unallocatedCredit: p.unallocated,
      balance: outstanding(p),
      overdue: p.overdue,
    },
  }));
  const totals = totalOf(
    rows.map((r) => r.figures),
    ['invoiced', 'paid', 'credited', 'unallocatedCredit', 'balance', 'overdue'],
  );
  return { asAt, debtors: rows.map((r) => ({ ...r.debtor, ...format(r.figures) })), totals: format(totals) };
}

function byName(positions: DebtorPosition[]): DebtorPosition[] {
  return [...positions].sort((x, y) => (x.debtor.name ?? '').localeCompare(y.debtor.name ?? '') || x.debtor.id.localeCompare(y.debtor.id));
}

function totalOf<K extends string>(rows: Record<K, Money>[], keys: readonly K[]): Record<K, Money> {
  return Object.fromEntries(keys.map((k) => [k, rows.reduce((t, r) => t.plus(r[k]), ZERO)])) as Record<K, Money>;
}

function format<K extends string>(figures: Record<K, Money>): Record<K, string> {
  return Object.fromEntries(Object.entries<Money>(figures).map(([k, v]) => [k, formatMoney(v)])) as Record<K, string>;
}
