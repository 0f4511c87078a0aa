import { LocalDate } from '@js-joda/core';
import { agedReceivablesCsv, toCsv } from './report-csv';
import { reportDate } from './receivables';

describe('report CSV', () => {
  it('quotes per RFC 4180, makes formula-like text inert, and leaves negative money a plain number', () => {
    const csv = toCsv<{ name: string; amount: string }>(
      [
        ['Name', 'text', (r) => r.name],
        ['Amount', 'money', (r) => r.amount],
      ],
      [
        { name: 'Smith, "Jo"', amount: '-50.00' },
        { name: '=HYPERLINK("x")', amount: '1234.50' },
        { name: 'two\nlines', amount: '0.00' },
      ],
    );
    expect(csv).toBe('Name,Amount\r\n"Smith, ""Jo""",-50.00\r\n"\'=HYPERLINK(""x"")",1234.50\r\n"two\nlines",0.00\r\n');
  });

  it('leaves the control rows out when the caller may not read the journal', () => {
    const zero = {
      current: '0.00',
      days1To30: '0.00',
      days31To60: '0.00',
      days61To90: '0.00',
      days90Plus: '0.00',
      unallocatedCredit: '0.00',
      total: '0.00',
    };
    expect(
      agedReceivablesCsv({ asAt: '2027-01-31', debtors: [], totals: zero, debtorsControl: null, difference: null }).split('\r\n'),
    ).toEqual([
      'Debtor,Debtor Type,Debtor Id,Current,1-30,31-60,61-90,90+,Unallocated Credit,Total',
      'Total,,,0.00,0.00,0.00,0.00,0.00,0.00,0.00',
      '',
    ]);
  });
});

describe('the report date', () => {
  const today = LocalDate.parse('2027-03-12');
  // A bad asAt is refused by the API's query DTO (apps/api lumary/ar-dto.spec.ts).
  it('is today when not given, else the date asked for', () => {
    expect(reportDate(undefined, today)).toBe('2027-03-12');
    expect(reportDate('', today)).toBe('2027-03-12');
    expect(reportDate('2028-02-29', today)).toBe('2028-02-29');
  });
});
