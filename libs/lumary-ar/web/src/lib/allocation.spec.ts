import { allocationProblems, allocationTotals, autoFill, fromCents, oldestFirst, type OpenInvoice } from './allocation';
import { fromDayMonthYear, toDayMonthYear } from './ar-dates';

const invoice = (name: string, invoiceDate: string, balance: string): OpenInvoice => ({
  id: name,
  name,
  invoiceDate,
  dueDate: null,
  balance,
});

describe('allocating a payment', () => {
  const invoices = oldestFirst([
    invoice('INV-3', '2027-03-01', '50.00'),
    invoice('INV-1', '2027-01-01', '110.10'),
    invoice('INV-2', '2027-02-01', '0.20'),
  ]);

  it('lists the oldest invoice first', () => {
    expect(invoices.map((i) => i.name)).toEqual(['INV-1', 'INV-2', 'INV-3']);
  });

  it('fills the oldest first, each up to its balance, to the cent', () => {
    expect(autoFill('110.25', invoices)).toEqual(['110.10', '0.15', '0.00']);
    expect(autoFill('500.00', invoices)).toEqual(['110.10', '0.20', '50.00']);
  });

  it('leaves the rest on account and flags an over-allocation', () => {
    expect(allocationTotals('200.00', ['110.10', '0.20', '50.00'])).toEqual({ allocated: '160.30', onAccount: '39.70' });
    expect(allocationProblems('100.00', invoices, ['100.00', '0.30', ''])).toEqual([
      'INV-2: at most its balance, 0.20.',
      'The allocations come to more than 100.00.',
    ]);
  });

  it('writes cents back as the API reads them', () => {
    expect([fromCents(BigInt(5)), fromCents(BigInt(-307)), fromCents(BigInt(123456))]).toEqual(['0.05', '-3.07', '1234.56']);
  });
});

describe('dates as dd/mm/yyyy', () => {
  it('reads and writes calendar dates', () => {
    expect(fromDayMonthYear('12/01/2027')).toBe('2027-01-12');
    expect(fromDayMonthYear('1/2/2027')).toBe('2027-02-01');
    expect(fromDayMonthYear('31/02/2027')).toBeNull();
    expect(fromDayMonthYear('2027-01-12')).toBeNull();
    expect(toDayMonthYear('2027-01-12')).toBe('12/01/2027');
  });
});
