import { ChronoUnit, LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import type { InvoiceStatus } from '../ar-names';
import type { Risk } from '../collections/risk';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';

/**
 * The debtor summary's rules (libs/lumary-ar/RULES.md#debtor-summary) as pure functions of the rows the
 * repository reads: what is overdue, how the figures add up, and how "Usually Pays in" rounds.
 */

export type SummaryKind = 'client' | 'debtor';

export interface PartyRef {
  id: string;
  name: string | null;
  /** The object: `Contact` or `Account`. */
  type: string;
}

/** An issued invoice with something owing, as the repository reads it. */
export interface OpenInvoice {
  id: string;
  name: string;
  client: PartyRef;
  debtor: PartyRef;
  invoiceDate: string;
  dueDate: string | null;
  status: InvoiceStatus;
  total: Money;
  balance: Money;
}

/** One invoice of a list behind a figure, as the API returns it (money as strings). */
export interface SummaryInvoice {
  id: string;
  name: string;
  client: PartyRef;
  debtor: PartyRef;
  invoiceDate: string;
  dueDate: string | null;
  status: InvoiceStatus;
  total: string;
  balance: string;
  daysOverdue: number;
}

/** A part computed from a field the caller may not read is left out (field-level security: see DebtorSummaryService). */
export interface OwedFigure {
  amount?: string;
  /** The overdue part: the red badge, shown when above 0. */
  overdue?: string;
  invoices?: Partial<SummaryInvoice>[];
}

export interface CountedAmount {
  amount: string;
  count: number;
}

export interface UsuallyPaysIn {
  /** Mean days from Invoice Date to Paid Date, rounded half-up; null ("—") when nothing was paid. */
  days: number | null;
  /** How many invoices the mean is over. */
  basedOn: number;
}

interface SummaryBase {
  asOf: string;
  debtor: PartyRef & { recordType: string | null };
  totalOwed: OwedFigure;
  /** Left out when the caller may not read a field it is computed from. */
  usuallyPaysIn?: UsuallyPaysIn;
  /** The debtor's risk (level, reasons with figures); left out when a field it reads is hidden. */
  risk?: Risk;
}

/** A client Contact: what is owed for them, by whom, and what is waiting to be billed or claimed. */
export interface ClientSummary extends SummaryBase {
  kind: 'client';
  owedByClient: OwedFigure;
  owedByOthers: OwedFigure;
  accruedServices: CountedAmount | null;
  openOrErrorClaims: (CountedAmount & { open: CountedAmount; error: CountedAmount }) | null;
}

/** A General Contact or an Account: what it owes. */
export interface PayerSummary extends SummaryBase {
  kind: 'debtor';
}

export type DebtorSummary = ClientSummary | PayerSummary;

/** Days past the Due Date as of `today` while something is owing; 0 when not overdue. */
export function daysOverdue(invoice: Pick<OpenInvoice, 'dueDate' | 'balance'>, today: LocalDate): number {
  if (!invoice.dueDate || !invoice.balance.greaterThan(0)) return 0;
  return Math.max(0, LocalDate.parse(invoice.dueDate).until(today, ChronoUnit.DAYS));
}

/** Σ Balance of the invoices, its overdue part, and the invoices themselves. */
export function owed(invoices: OpenInvoice[], today: LocalDate): Required<OwedFigure> & { invoices: SummaryInvoice[] } {
  const listed = invoices.map((i) => ({ ...i, daysOverdue: daysOverdue(i, today) }));
  return {
    amount: formatMoney(sum(listed.map((i) => i.balance))),
    overdue: formatMoney(sum(listed.filter((i) => i.daysOverdue > 0).map((i) => i.balance))),
    invoices: listed.map((i) => ({ ...i, total: formatMoney(i.total), balance: formatMoney(i.balance) })),
  };
}

/** The Paid Dates "Usually Pays in" counts: the 365 days ending today (after `after`, up to and including `upTo`). */
export function paidWindow(today: LocalDate): { after: string; upTo: string } {
  return { after: today.minusDays(365).toString(), upTo: today.toString() };
}

/** The mean of whole days, rounded half-up (12.5 → 13); null over no invoices. */
export function usuallyPaysIn(totalDays: string | number, count: number): UsuallyPaysIn {
  if (count === 0) return { days: null, basedOn: 0 };
  const mean = new Decimal(totalDays).dividedBy(count).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { days: mean.toNumber(), basedOn: count };
}

export const counted = (amount: Money | null, count: number): CountedAmount => ({ amount: formatMoney(amount ?? ZERO), count });
