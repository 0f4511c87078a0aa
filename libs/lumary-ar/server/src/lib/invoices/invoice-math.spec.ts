import Decimal from 'decimal.js';
import { invoiceTotals, lineAmounts, shareCredit } from './invoice-math';

const d = (v: string) => new Decimal(v);
const text = (l: { amount: Decimal; gst: Decimal }) => [l.amount.toFixed(2), l.gst.toFixed(2)];

describe('invoice arithmetic (libs/lumary-ar/RULES.md#invoices)', () => {
  it('rounds each line half-up to the cent, then its GST per line', () => {
    expect(text(lineAmounts('1.5', '10.05', 'GST'))).toEqual(['15.08', '1.51']); // 15.075 → 15.08; 1.508 → 1.51
    expect(text(lineAmounts('3', '0.35', 'GST'))).toEqual(['1.05', '0.11']); // 0.105 → 0.11
    expect(text(lineAmounts('2', '193.99', 'GST_FREE'))).toEqual(['387.98', '0.00']);
  });

  it('sums GST line by line, not from the subtotal', () => {
    const lines = [lineAmounts('1', '0.05', 'GST'), lineAmounts('1', '0.05', 'GST'), lineAmounts('1', '0.05', 'GST')];
    const totals = invoiceTotals(lines);
    // Each line's GST is 0.005 → 0.01; on the subtotal 0.15 it would be 0.02.
    expect([totals.subtotal.toFixed(2), totals.gst.toFixed(2), totals.total.toFixed(2)]).toEqual(['0.15', '0.03', '0.18']);
  });

  it('shares a part credit in proportion, the rounding cent on the largest line', () => {
    const lines = [lineAmounts('1', '100', 'GST'), lineAmounts('1', '50', 'GST_FREE'), lineAmounts('1', '33.33', 'GST_FREE')];
    // gross 110, 50, 33.33 = 193.33; credit 100.00
    const shares = shareCredit(d('100.00'), lines);
    const gross = shares.map((s) => s.amount.plus(s.gst).toFixed(2));
    expect(gross).toEqual(['56.90', '25.86', '17.24']);
    expect(shares.map(text)).toEqual([
      ['51.73', '5.17'],
      ['25.86', '0.00'],
      ['17.24', '0.00'],
    ]);
    expect(shares.reduce((t, s) => t.plus(s.amount).plus(s.gst), d('0')).toFixed(2)).toBe('100.00');
  });

  it('gives back every line exactly for a full credit', () => {
    const lines = [lineAmounts('2', '45.55', 'GST'), lineAmounts('1', '12.34', 'GST')];
    const totals = invoiceTotals(lines);
    expect(shareCredit(totals.total, lines).map(text)).toEqual(lines.map(text));
  });
});

describe('credit sharing rounding', () => {
  it('puts the leftover cent on the largest line', () => {
    const lines = [lineAmounts('1', '10', 'GST_FREE'), lineAmounts('1', '10.01', 'GST_FREE'), lineAmounts('1', '10', 'GST_FREE')];
    // 1.00 × 10/30.01 = 0.3332… → 0.33 twice, and the largest line takes 1.00 − 0.66 = 0.34.
    expect(shareCredit(d('1.00'), lines).map((s) => s.amount.toFixed(2))).toEqual(['0.33', '0.34', '0.33']);
  });
});
