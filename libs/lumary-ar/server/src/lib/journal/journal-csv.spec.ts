import { toCsv, type ExportLine } from './journal-csv';

const line = (over: Partial<ExportLine>): ExportLine => ({
  batch: 'EXP-000001',
  entry: 'JE-000001',
  date: '2027-01-10',
  narration: 'JE-000001 Invoice, January',
  description: 'Service',
  accountName: 'Therapy',
  accountCode: '4100',
  accountExternalId: 'X-4100',
  accountIsGst: false,
  costCentreName: '',
  costCentreCode: '',
  costCentreExternalId: '',
  debit: '0.00',
  credit: '0.00',
  sourceObject: '',
  sourceId: '',
  ...over,
});

describe('toCsv', () => {
  it('writes Xero manual journals: AU dates, debit positive, credit negative, cost centre as tracking', () => {
    const csv = toCsv('xero', [line({ debit: '110.00', accountCode: '1200' }), line({ credit: '100.00', costCentreName: 'Parramatta' })]);
    expect(csv.split('\r\n')).toEqual([
      '*Narration,*Date,Description,*AccountCode,*TaxRate,*Amount,TrackingName1,TrackingOption1',
      '"JE-000001 Invoice, January",10/01/2027,Service,1200,BAS Excluded,110.00,,',
      '"JE-000001 Invoice, January",10/01/2027,Service,4100,BAS Excluded,-100.00,Cost Centre,Parramatta',
      '',
    ]);
  });

  it('makes formula-looking text inert and quotes quotes', () => {
    const csv = toCsv('generic', [line({ description: '=HYPERLINK("x")', debit: '1.00' })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
