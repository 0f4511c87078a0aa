import Decimal from 'decimal.js';
import { sum, ZERO, type Money } from '../journal/money';

export const TAX_CODES = ['GST', 'GST_FREE'] as const;
export type TaxCode = (typeof TAX_CODES)[number];

/** GST in Australia: 10% of the amount ex GST. */
const GST_RATE = new Decimal('0.1');

/** Half-up to the cent (libs/lumary-ar/RULES.md#money-and-dates). */
export const toCents = (value: Decimal): Money => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export interface LineAmounts {
  amount: Money;
  gst: Money;
}

/** Line amount = quantity × unit price, rounded; line GST = 10% of that, rounded, per line. */
export function lineAmounts(quantity: Decimal.Value, unitPrice: Decimal.Value, taxCode: TaxCode): LineAmounts {
  const amount = toCents(new Decimal(quantity).times(unitPrice));
  return { amount, gst: taxCode === 'GST' ? toCents(amount.times(GST_RATE)) : ZERO };
}

export interface InvoiceTotals {
  subtotal: Money;
  gst: Money;
  total: Money;
}

export function invoiceTotals(lines: LineAmounts[]): InvoiceTotals {
  const subtotal = sum(lines.map((l) => l.amount));
  const gst = sum(lines.map((l) => l.gst));
  return { subtotal, gst, total: subtotal.plus(gst) };
}

export interface CreditShare extends LineAmounts {
  /** The index of the invoice line this share belongs to. */
  line: number;
}

/**
 * A credit of `credit` (incl GST) shared across the invoice's lines in proportion to their
 * amounts (incl GST), rounded to the cent, with the rounding cent(s) on the largest line; each
 * share is then split into its ex-GST part and its GST in the line's own proportion. A credit of
 * the whole total gives back every line's amount and GST exactly.
 */
export function shareCredit(credit: Money, lines: LineAmounts[]): CreditShare[] {
  const gross = lines.map((l) => l.amount.plus(l.gst));
  const total = sum(gross);
  if (total.isZero()) return [];
  const shares = gross.map((g) => toCents(credit.times(g).dividedBy(total)));
  const largest = gross.reduce((best, g, i) => (g.greaterThan(gross[best]) ? i : best), 0);
  shares[largest] = shares[largest].plus(credit.minus(sum(shares)));
  return shares
    .map((share, i) => {
      const gst = gross[i].isZero() ? ZERO : toCents(share.times(lines[i].gst).dividedBy(gross[i]));
      return { line: i, amount: share.minus(gst), gst };
    })
    .filter((s) => !s.amount.isZero() || !s.gst.isZero());
}
