import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { canonicalInvoice, exactSubset, invoiceNameCandidates, invoiceNumbers, payerText, type OpenInvoice } from './bank-matching';
import { importKeys } from './bank-reconciliation.service';
import { parseCamt053Statement, parseCsvStatement, parseOfxStatement, StatementFileError } from './statement-parsers';

const FIXTURES = join(__dirname, '../../../../api/src/testing/fixtures/bank');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const amounts = (lines: { amount: Decimal }[]) => lines.map((l) => l.amount.toFixed(2));

describe('statement parsers', () => {
  it('reads a CSV with debit and credit columns and dd/mm/yyyy dates', () => {
    const s = parseCsvStatement(fixture('westpac-jan.csv'), {
      date: 'Date',
      debit: 'Debit',
      credit: 'Credit',
      description: 'Description',
      reference: 'Reference',
    });
    expect(amounts(s.lines)).toEqual(['110.00', '330.00', '-12.50', '77.77']);
    expect(s.lines[0]).toMatchObject({
      sourceLine: 2,
      date: '2027-01-10',
      description: 'AVERY CLIENT',
      reference: 'INV-000001',
      transactionId: null,
    });
  });

  it('names the line of a CSV value that is not a date or an amount', () => {
    expect(() => parseCsvStatement(fixture('westpac-bad-date.csv'), { date: 'Date', amount: 'Credit' })).toThrow(
      new StatementFileError(3, "'31/02/2027' is not a date in the format dd/mm/yyyy."),
    );
    expect(() => parseCsvStatement('Date,Amount\n01/02/2027,12.x\n', { date: 'Date', amount: 'Amount' })).toThrow(
      "Line 2: '12.x' is not an amount",
    );
    expect(() => parseCsvStatement('Date,Amount\n01/02/2027,1.00\n', { date: 'When', amount: 'Amount' })).toThrow("no column 'When'");
  });

  it('reads an OFX statement with its ledger balance', async () => {
    const s = await parseOfxStatement(fixture('harbour-20jan.ofx'));
    expect(amounts(s.lines)).toEqual(['265.50', '-100.00', '-2.00']);
    expect(s.lines.map((l) => l.transactionId)).toEqual(['202701150001', '202701150002', '202701200003']);
    expect(s.closingBalance?.toFixed(2)).toBe('668.77');
    expect(s.statementDate).toBe('2027-01-20');
  });

  it('refuses an OFX file whose tag names are not OFX (ofx-js would backtrack on them), quickly', async () => {
    const started = Date.now();
    await expect(parseOfxStatement(`OFXHEADER:100\n\n<OFX>\n<${'A'.repeat(40)}>x</OFX>`)).rejects.toThrow(
      new StatementFileError(4, `<${'A'.repeat(30)}… is not an OFX tag.`),
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reads a camt.053 statement: credits and the closing balance (CLBD)', () => {
    const s = parseCamt053Statement(fixture('camt053-jan.xml'));
    expect(amounts(s.lines)).toEqual(['165.00', '140.00', '25.00']);
    expect(s.lines[0]).toMatchObject({ date: '2027-01-22', description: 'B BLAKE THANK YOU', transactionId: 'CAMT-0001', reference: '' });
    expect(s.lines[1].reference).toBe('FAMILY-0123');
    expect(s.closingBalance?.toFixed(2)).toBe('998.77');
  });

  it('refuses XML that is not well-formed, naming its line', () => {
    expect(() => parseCamt053Statement('<Document>\n<BkToCstmrStmt>\n</Document>')).toThrow(StatementFileError);
  });
});

describe('import keys', () => {
  it('uses the transaction id, else a hash of date, amount, description and position that day', () => {
    const line = (date: string, amount: string, transactionId: string | null = null) => ({
      sourceLine: 1,
      date,
      amount: new Decimal(amount),
      description: 'SAME',
      reference: '',
      transactionId,
    });
    const keys = importKeys([
      line('2027-01-01', '5.00'),
      line('2027-01-01', '5.00'),
      line('2027-01-02', '5.00'),
      line('2027-01-01', '5.00', 'T1'),
    ]);
    expect(keys[3]).toBe('t:T1');
    expect(new Set(keys.slice(0, 3)).size).toBe(3); // two equal lines on one day differ by position
    expect(importKeys([line('2027-01-02', '5.00')])[0]).toBe(keys[2]); // the first that day, whatever came before
  });
});

describe('matching helpers', () => {
  const inv = (name: string, balance: string, invoiceDate = '2027-01-01'): OpenInvoice => ({
    id: name,
    name,
    debtor: 'd',
    debtorName: 'D',
    invoiceDate,
    balance: new Decimal(balance),
  });

  it('finds invoice numbers whatever their padding', () => {
    expect(invoiceNumbers('Remit inv 000123, INV-0000456 and INV 7')).toEqual(['INV-123', 'INV-456', 'INV-7']);
    expect(canonicalInvoice('INV-000123')).toBe('INV-123');
    expect(invoiceNameCandidates('INV-123')).toEqual(expect.arrayContaining(['INV-000123', 'INV-0000123']));
  });

  it('finds a set of two or more invoices summing exactly, oldest first', () => {
    const set = exactSubset([inv('A', '88.00'), inv('B', '132.00'), inv('C', '45.50'), inv('D', '330.00')], new Decimal('265.50'));
    expect(set?.map((i) => i.name)).toEqual(['A', 'B', 'C']);
    expect(exactSubset([inv('A', '88.00'), inv('B', '132.00')], new Decimal('100.00'))).toBeUndefined();
    expect(exactSubset([inv('A', '88.00')], new Decimal('88.00'))).toBeUndefined(); // one invoice is an exact balance, not a set
  });

  it('keeps a payer text without digits or invoice numbers', () => {
    expect(payerText('HARBOUR PLAN PARTNERS PTY 12345 INV-000006')).toBe('HARBOUR PLAN PARTNERS PTY');
    expect(payerText('12 34')).toBe('');
  });
});
