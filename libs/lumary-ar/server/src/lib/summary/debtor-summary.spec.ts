import { LocalDate } from '@js-joda/core';
import { money } from '../journal/money';
import { daysOverdue, owed, paidWindow, usuallyPaysIn, type OpenInvoice } from './debtor-summary';

const today = LocalDate.parse('2027-03-15');
const invoice = (dueDate: string | null, balance: string): OpenInvoice => ({
  id: dueDate ?? 'none',
  name: `INV ${dueDate}`,
  client: { id: 'c', name: 'Ada Lovelace', type: 'Contact' },
  debtor: { id: 'c', name: 'Ada Lovelace', type: 'Contact' },
  invoiceDate: '2027-01-01',
  dueDate,
  status: 'Open',
  total: money('500.00'),
  balance: money(balance),
});

describe('overdue', () => {
  it('counts the days past the Due Date while something is owing', () => {
    expect(daysOverdue(invoice('2027-03-14', '1.00'), today)).toBe(1);
    expect(daysOverdue(invoice('2026-03-15', '1.00'), today)).toBe(365);
  });

  it('is not overdue on the Due Date itself, without a Due Date, or with nothing owing', () => {
    expect(daysOverdue(invoice('2027-03-15', '1.00'), today)).toBe(0);
    expect(daysOverdue(invoice('2027-04-01', '1.00'), today)).toBe(0);
    expect(daysOverdue(invoice(null, '1.00'), today)).toBe(0);
    expect(daysOverdue(invoice('2027-01-01', '0.00'), today)).toBe(0);
  });
});

describe('an owed figure', () => {
  it('sums balances in decimals, with the overdue part, and lists the invoices with money as strings', () => {
    const figure = owed([invoice('2027-03-01', '0.10'), invoice('2027-02-01', '0.20'), invoice('2027-03-15', '1000000.05')], today);
    expect(figure.amount).toBe('1000000.35');
    expect(figure.overdue).toBe('0.30');
    expect(figure.invoices.map((i) => [i.dueDate, i.balance, i.total, i.daysOverdue])).toEqual([
      ['2027-03-01', '0.10', '500.00', 14],
      ['2027-02-01', '0.20', '500.00', 42],
      ['2027-03-15', '1000000.05', '500.00', 0],
    ]);
  });

  it('is zero over no invoices', () => {
    expect(owed([], today)).toEqual({ amount: '0.00', overdue: '0.00', invoices: [] });
  });
});

describe('Usually Pays in', () => {
  it('is the mean of whole days rounded half-up', () => {
    expect(usuallyPaysIn('25', 2)).toEqual({ days: 13, basedOn: 2 }); // 12.5
    expect(usuallyPaysIn('37', 3)).toEqual({ days: 12, basedOn: 3 }); // 12.33
    expect(usuallyPaysIn('38', 3)).toEqual({ days: 13, basedOn: 3 }); // 12.67
    expect(usuallyPaysIn('0', 1)).toEqual({ days: 0, basedOn: 1 });
  });

  it('is null ("—") when nothing was paid', () => {
    expect(usuallyPaysIn('0', 0)).toEqual({ days: null, basedOn: 0 });
  });

  it('counts Paid Dates in the 365 days ending today', () => {
    expect(paidWindow(today)).toEqual({ after: '2026-03-15', upTo: '2027-03-15' });
    expect(paidWindow(LocalDate.parse('2028-03-01'))).toEqual({ after: '2027-03-02', upTo: '2028-03-01' }); // across 29 February
  });
});
