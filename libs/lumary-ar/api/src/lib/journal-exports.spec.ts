import { arApi, manualEntry, seedLedger, type TestUser } from '../testing/ar-api';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let ledger: Awaited<ReturnType<typeof seedLedger>>;
const post = async (body: unknown) => {
  const response = await ctx.call(finance, 'POST', '/lumary/journal/entries', body);
  if (response.status !== 201) throw new Error(response.text);
  return response.body;
};
const exportPeriod = (period: string, layout?: string) =>
  ctx.call(finance, 'POST', '/lumary/journal/exports', { period, ...(layout ? { layout } : {}) });
const csvLines = (text: string) => text.split('\r\n').filter(Boolean);

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  ledger = await seedLedger(ctx.call, finance);
  await post(manualEntry('2027-01-10', ledger.therapy, ledger.revenue, '110.00', { costCentre: ledger.parramatta }));
  await post(manualEntry('2027-01-20', ledger.revenue, ledger.therapy, '50.00'));
  await post(manualEntry('2027-02-02', ledger.therapy, ledger.revenue, '44.00'));
});
afterAll(() => ctx?.api.close());

describe('exporting a period to the financial package', () => {
  it('writes the period’s entries as Xero manual journals, line by line, and stamps them with the batch', async () => {
    const response = await exportPeriod(ledger.jan, 'xero');
    expect(response.status).toBe(200);
    expect(response.text.startsWith('*Narration')).toBe(true);
    const batch = (
      await ctx.call(
        finance,
        'GET',
        `/query?q=${encodeURIComponent('SELECT Name, lumary__Export_Batch__c FROM lumary__Journal_Entry__c ORDER BY Name')}`,
      )
    ).body.records;
    expect(batch.map((r: Record<string, string>) => [r['Name'], r['lumary__Export_Batch__c']])).toEqual([
      ['JE-000001', 'EXP-000001'],
      ['JE-000002', 'EXP-000001'],
      ['JE-000003', null],
    ]);
    expect(csvLines(response.text)).toEqual([
      '*Narration,*Date,Description,*AccountCode,*TaxRate,*Amount,TrackingName1,TrackingOption1',
      'JE-000001 Reclass on 2027-01-10,10/01/2027,Reclass on 2027-01-10,4100,BAS Excluded,110.00,Cost Centre,Parramatta',
      'JE-000001 Reclass on 2027-01-10,10/01/2027,Reclass on 2027-01-10,4000,BAS Excluded,-110.00,,',
      'JE-000002 Reclass on 2027-01-20,20/01/2027,Reclass on 2027-01-20,4000,BAS Excluded,50.00,,',
      'JE-000002 Reclass on 2027-01-20,20/01/2027,Reclass on 2027-01-20,4100,BAS Excluded,-50.00,,',
    ]);
  });

  it('exports nothing the second time when nothing is new, then only what is new', async () => {
    const again = await exportPeriod(ledger.jan);
    expect(again.status).toBe(200);
    expect(csvLines(again.text)).toHaveLength(1);
    expect(again.text.startsWith('*Narration')).toBe(true);
    await post(manualEntry('2027-01-25', ledger.therapy, ledger.revenue, '22.00', { costCentre: ledger.sydney }));
    const next = await exportPeriod(ledger.jan, 'generic');
    expect(csvLines(next.text)).toEqual([
      'Batch,Entry,Date,Narration,Description,Account Reporting Code,Account External Id,Cost Centre Reporting Code,Cost Centre External Id,Debit,Credit,Tax,Source Object,Source Id',
      'EXP-000002,JE-000004,2027-01-25,JE-000004 Reclass on 2027-01-25,Reclass on 2027-01-25,4100,,CC-SYD,,22.00,0.00,,,',
      'EXP-000002,JE-000004,2027-01-25,JE-000004 Reclass on 2027-01-25,Reclass on 2027-01-25,4000,,,,0.00,22.00,,,',
    ]);
  });

  it('downloads a batch again, the same as when it was exported', async () => {
    const first = await ctx.call(finance, 'GET', '/lumary/journal/exports/EXP-000001?layout=xero');
    expect(first.status).toBe(200);
    expect(csvLines(first.text)).toHaveLength(5);
    expect(first.text).toContain('JE-000002 Reclass on 2027-01-20');
    expect((await ctx.call(finance, 'GET', '/lumary/journal/exports/EXP-999999')).status).toBe(404);
  });

  it('refuses an unknown layout or period, and users without the AR permission set', async () => {
    expect((await exportPeriod(ledger.feb, 'myob')).body[0].errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    expect((await exportPeriod(ledger.therapy)).body[0].errorCode).toBe('INVALID_CROSS_REFERENCE_KEY');
    expect((await ctx.call(ctx.support, 'POST', '/lumary/journal/exports', { period: ledger.feb })).status).toBe(403);
  });
});

describe('the trial balance', () => {
  it('per period: each account’s debits and credits, totals equal', async () => {
    const response = await ctx.call(finance, 'GET', `/lumary/reports/trial-balance?period=${ledger.jan}`);
    expect(response.status).toBe(200);
    expect(response.body.period).toMatchObject({ name: 'January 2027' });
    expect(response.body.rows.map((r: Record<string, string>) => [r['reportingCode'], r['debit'], r['credit'], r['balance']])).toEqual([
      ['4000', '50.00', '132.00', '-82.00'],
      ['4100', '132.00', '50.00', '82.00'],
    ]);
    expect(response.body.totals).toEqual({ debit: '182.00', credit: '182.00', balance: '0.00' });
  });

  it('as at a date: everything dated on or before it, across periods', async () => {
    const before = (await ctx.call(finance, 'GET', '/lumary/reports/trial-balance?asOf=2027-01-31')).body;
    const after = (await ctx.call(finance, 'GET', '/lumary/reports/trial-balance?asOf=2027-02-28')).body;
    expect(before.totals).toEqual({ debit: '182.00', credit: '182.00', balance: '0.00' });
    expect(after.totals).toEqual({ debit: '226.00', credit: '226.00', balance: '0.00' });
    expect(after.rows.find((r: Record<string, string>) => r['reportingCode'] === '4000')).toMatchObject({
      account: 'Service Revenue',
      debit: '50.00',
      credit: '176.00',
    });
  });

  it('needs exactly one of period and asOf', async () => {
    const response = await ctx.call(finance, 'GET', '/lumary/reports/trial-balance');
    expect(response.status).toBe(400);
    expect(response.body[0].errorCode).toBe('REQUIRED_FIELD_MISSING');
    expect((await ctx.call(finance, 'GET', '/lumary/reports/trial-balance?asOf=yesterday')).status).toBe(400);
    expect((await ctx.call(ctx.support, 'GET', `/lumary/reports/trial-balance?period=${ledger.jan}`)).status).toBe(403);
  });
});
