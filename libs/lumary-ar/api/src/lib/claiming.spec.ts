import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedInUser } from '@platform/api/testing';
import { arWorld, controlAccount, ENTITY, importCatalogue, type ArWorld, type TestUser } from '../testing/ar-api';

/**
 * NDIA claiming end to end (DOMAIN.md "NDIA claiming"), over HTTP on a real database: NDIA-managed
 * services claimed by a billing run, a claim batch exported (compared byte for byte with a
 * fixture), a bad row left Open, the portal's result file paying, short-paying and rejecting,
 * the books (NDIA Claims Receivable) and the client's Open/Error figure after each step.
 *
 * Hand-computed figures (all GST free unless said):
 * - Ada (430000001): CLM-000001 2 h × 65.47 = 130.94; CLM-000002 3 × 12.50 = 37.50 + GST 3.75 = 41.25 (P1);
 *   CLM-000003 CANC NSDH 1.5 h × 65.47 = 98.205 → 98.21.
 * - Ben (430000002): CLM-000004 1 h × 65.47 = 65.47.
 * - Cy (no NDIS number): CLM-000005 1 × 50.00 = 50.00: fails the batch, stays Open.
 * Batch 1 submits 130.94 + 41.25 + 98.21 + 65.47 = 335.87 (Dr NDIA Claims Receivable; Cr Therapy
 * Revenue 332.12 and GST Control 3.75).
 * Result: CLM-000001 paid 130.94, CLM-000002 paid 30.00 (shortfall 11.25), CLM-000003 rejected
 * (its 98.21 reversed), CLM-000004 not in the file. Receivable 335.87 − 130.94 − 30.00 − 98.21
 * = 76.72 = 65.47 (Ben's, Submitted) + 11.25 (the shortfall). Bank 160.94. Therapy Revenue
 * credited 332.12 − 98.21 = 233.91.
 */

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let ndia: string;
const CLAIM = 'lumary__Claim__c';
const SERVICE = 'lumary__Service_Delivered__c';
const query = async (soql: string) =>
  (await ctx.call(finance, 'GET', `/query?q=${encodeURIComponent(soql)}`)).body.records as Record<string, unknown>[];
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const ids: Record<string, string> = {};
const claims: Record<string, string> = {};
let batch1: string;
let settings: string;

async function service(client: string, s: Record<string, unknown>): Promise<string> {
  const response = await ctx.call(finance, 'POST', `/sobjects/${SERVICE}`, {
    lumary__Client__c: client,
    lumary__Tax_Code__c: 'GST_FREE',
    lumary__Funding__c: 'NDIA-managed',
    lumary__GL_Code__c: ledger.therapy,
    lumary__Cost_Centre__c: ledger.parramatta,
    lumary__Unit__c: 'Hour',
    lumary__Support_Item_Number__c: '01_011_0107_1_1',
    lumary__Rate__c: '65.47',
    ...s,
  });
  if (response.status !== 201) throw new Error(`service failed: ${response.text}`);
  return response.body.id;
}

const batch = (body: unknown, user: TestUser = finance) => ctx.call(user, 'POST', '/lumary/claim-batches?wait=true', body);
const results = (content: string, user: TestUser = finance) => ctx.call(user, 'POST', '/lumary/claim-batches/results', { content });
const balanceOf = async (accountId: string, asOf = '2027-03-31') => {
  const tb = await ctx.call(finance, 'GET', `/lumary/reports/trial-balance?asOf=${asOf}`);
  expect(tb.status).toBe(200);
  expect(tb.body.totals.balance).toBe('0.00');
  return (tb.body.rows as { accountId: string; balance: string }[]).find((r) => r.accountId === accountId)?.balance ?? '0.00';
};
const claimsFigure = async (client: string) => (await ctx.call(finance, 'GET', `/lumary/debtors/${client}/summary`)).body.openOrErrorClaims;

const RESULT_HEADER = 'ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate';
const resultFile = () =>
  [
    RESULT_HEADER,
    'CLM-000001,PR-1001,130.94,Paid,,10/02/2027',
    'CLM-000002,PR-1002,30.00,Paid,,2027-02-10',
    'CLM-000003,,,Error,Cancellation not claimable for this participant,2027-02-10',
    'CLM-999999,PR-1003,10.00,Paid,,2027-02-10',
    '',
  ].join('\r\n');

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get } = await arWorld());
  const made = await ctx.call(finance, 'POST', `/sobjects/${ENTITY}`, {
    ...controlAccount('NDIA Claims', 'Bank Account', '1250'),
    lumary__Control_Account_Type__c: 'NDIA Claims Receivable',
  });
  if (made.status !== 201) throw new Error(made.text);
  ndia = made.body.id;
  // Services with a Support Item Number are priced by the catalogue in force on their date, for the State in AR Settings.
  const created = await ctx.call(finance, 'POST', '/sobjects/lumary__AR_Settings__c', { Name: 'Settings', lumary__State__c: 'NSW' });
  if (created.status !== 201) throw new Error(created.text);
  settings = created.body.id;
  await importCatalogue(
    async (path, body, status = 201) => {
      const response = await ctx.call(finance, 'POST', path, body);
      if (response.status !== status) throw new Error(`${path}: ${response.text}`);
    },
    [
      ['01_011_0107_1_1', 'Self-care weekday', 'H', '20260701', '70.23', 'P2'],
      ['03_090_0103_1_1', 'Low cost consumables', 'E', '20260701', '25.00', 'P1'],
      ['01_799_0107_1_1', 'Provider travel - non-labour costs', 'E', '20260701', '100.00', 'P2'],
    ],
  );
  ids.ada = await debtors.client('Ada', { lumary__NDIS_Number__c: '430000001' });
  ids.ben = await debtors.client('Ben', { lumary__NDIS_Number__c: '430000002' });
  ids.cy = await debtors.client('Cy');
  ids.s1 = await service(ids.ada, { lumary__Service_Date__c: '2027-01-05', lumary__Description__c: 'Support', lumary__Quantity__c: '2' });
  ids.s2 = await service(ids.ada, {
    lumary__Service_Date__c: '2027-01-06',
    lumary__Description__c: 'Consumables',
    lumary__Quantity__c: '3',
    lumary__Rate__c: '12.50',
    lumary__Unit__c: 'Each',
    lumary__Tax_Code__c: 'GST',
    lumary__Support_Item_Number__c: '03_090_0103_1_1',
  });
  ids.s3 = await service(ids.ada, {
    lumary__Service_Date__c: '2027-01-07',
    lumary__Description__c: 'Short-notice cancellation',
    lumary__Quantity__c: '1.5',
    lumary__Claim_Type__c: 'CANC',
    lumary__Cancellation_Reason__c: 'NSDH',
  });
  ids.s4 = await service(ids.ben, { lumary__Service_Date__c: '2027-01-08', lumary__Description__c: 'Support', lumary__Quantity__c: '1' });
  ids.s5 = await service(ids.cy, {
    lumary__Service_Date__c: '2027-01-09',
    lumary__Description__c: 'Assessment',
    lumary__Quantity__c: '1',
    lumary__Rate__c: '50.00',
    lumary__Unit__c: 'Each',
    lumary__Support_Item_Number__c: '01_799_0107_1_1',
  });
  const run = await ctx.call(finance, 'POST', '/lumary/billing-runs?wait=true', { upTo: '2027-01-31' });
  if (run.status !== 200 || run.body.claimsCreated !== 5) throw new Error(`billing run: ${run.text}`);
  for (const [i, s] of ['s1', 's2', 's3', 's4', 's5'].entries()) {
    claims[s] = (await get(SERVICE, ids[s])).lumary__Claim__c;
    expect((await get(CLAIM, claims[s])).Name).toBe(`CLM-00000${i + 1}`);
  }
});
afterAll(() => ctx?.api.close());

describe('AR Settings: the provider', () => {
  it('refuses an ABN whose check digits do not add up, and a registration number that is not digits', async () => {
    const bad = await ctx.call(finance, 'POST', '/sobjects/lumary__AR_Settings__c', {
      Name: 'Settings',
      lumary__ABN__c: '51824753557',
      lumary__Registration_Number__c: '40-500',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([
      expect.objectContaining({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__ABN__c'] }),
      expect.objectContaining({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__Registration_Number__c'] }),
    ]);
  });
});

describe('claims carry their row', () => {
  it('copies support number, dates, quantity or hours, price, GST code, claim type and reason from each service', async () => {
    expect(await get(CLAIM, claims.s1)).toMatchObject({
      lumary__Status__c: 'Open',
      lumary__Amount__c: '130.94',
      lumary__Support_Number__c: '01_011_0107_1_1',
      lumary__Supports_From__c: '2027-01-05',
      lumary__Supports_To__c: '2027-01-05',
      lumary__Hours__c: '2.00',
      lumary__Quantity__c: null,
      lumary__Unit_Price__c: '65.47',
      lumary__GST_Code__c: 'P2',
      lumary__Claim_Type__c: null,
    });
    expect(await get(CLAIM, claims.s2)).toMatchObject({
      lumary__Amount__c: '41.25',
      lumary__Quantity__c: '3.00',
      lumary__Hours__c: null,
      lumary__GST_Code__c: 'P1',
    });
    expect(await get(CLAIM, claims.s3)).toMatchObject({
      lumary__Amount__c: '98.21',
      lumary__Claim_Type__c: 'CANC',
      lumary__Cancellation_Reason__c: 'NSDH',
    });
  });

  it('refuses Submitted, Paid or a batch through the records API', async () => {
    const patch = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${claims.s1}`, { lumary__Status__c: 'Submitted' });
    expect(patch.status).toBe(403);
    expect(patch.body[0].fields).toEqual(['lumary__Status__c']);
    const create = await ctx.call(finance, 'POST', '/sobjects/lumary__Claim_Batch__c', { lumary__Up_To_Date__c: '2027-01-31' });
    expect(create.status).toBe(403);
  });
});

describe('a claim batch', () => {
  it('refuses rows while AR Settings have no registration number and ABN, leaving every claim Open', async () => {
    const response = await batch({ upTo: '2027-01-31', submitDate: '2027-02-01' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'Completed with Errors', claimsTotal: 5, claimsSubmitted: 0, claimsFailed: 5, files: 0 });
    expect(response.body.failures[0].reason).toMatch(/RegistrationNumber: AR Settings have no NDIS Registration Number/);
    expect((await get(CLAIM, claims.s1)).lumary__Status__c).toBe('Open');
    expect(await balanceOf(ndia)).toBe('0.00');
  });

  it('exports the valid rows as the bulk payment request, byte for byte, and reports the bad row, left Open', async () => {
    const provider = await ctx.call(finance, 'PATCH', `/sobjects/lumary__AR_Settings__c/${settings}`, {
      lumary__ABN__c: '51824753556',
      lumary__Registration_Number__c: '4050000001',
    });
    expect(provider.status).toBe(204);
    const response = await batch({ upTo: '2027-01-31', submitDate: '2027-02-01' });
    expect(response.status).toBe(200);
    batch1 = response.body.id;
    expect(response.body).toMatchObject({
      name: expect.stringMatching(/^CB-\d{6}$/),
      status: 'Completed with Errors',
      claimsTotal: 5,
      claimsDone: 5,
      claimsSubmitted: 4,
      claimsFailed: 1,
      files: 1,
      amount: '335.87',
      failures: [{ claim: 'CLM-000005', claimId: claims.s5, reason: 'NDISNumber: the client has no NDIS Number' }],
    });
    const file = await ctx.call(finance, 'GET', `/lumary/claim-batches/${batch1}/files/1`);
    expect(file.status).toBe(200);
    expect(file.text).toBe(fixture('ndia-bulk-payment-request-1.csv'));
    expect(file.text.split('\r\n')[0].split(',')).toHaveLength(16);
    // Again, byte for byte.
    expect((await ctx.call(finance, 'GET', `/lumary/claim-batches/${batch1}/files/1`)).text).toBe(file.text);
    expect((await ctx.call(finance, 'GET', `/lumary/claim-batches/${batch1}/files/2`)).status).toBe(404);

    expect(await get(CLAIM, claims.s1)).toMatchObject({
      lumary__Status__c: 'Submitted',
      lumary__Claim_Batch__c: batch1,
      lumary__Submitted_Date__c: '2027-02-01',
    });
    expect(await get(CLAIM, claims.s5)).toMatchObject({
      lumary__Status__c: 'Open',
      lumary__Claim_Batch__c: null,
      lumary__Batch_Error__c: 'NDISNumber: the client has no NDIS Number',
    });
    // Dr NDIA Claims Receivable 335.87 / Cr Therapy Revenue 332.12, GST Control 3.75.
    expect(await balanceOf(ndia)).toBe('335.87');
    expect(await balanceOf(ledger.therapy)).toBe('-332.12');
    expect(await balanceOf(ledger.gst)).toBe('-3.75');
    // Submitted counts as Open on the client's summary.
    expect(await claimsFigure(ids.ada)).toMatchObject({ open: { amount: '270.40', count: 3 }, error: { amount: '0.00', count: 0 } });
    // A Submitted claim's row is no longer edited.
    const edit = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${claims.s1}`, { lumary__Hours__c: '3' });
    expect(edit.status).toBe(403);
  });

  it('takes nothing twice: a second batch finds only the failed claim', async () => {
    const again = await batch({ upTo: '2027-01-31', submitDate: '2027-02-01' });
    expect(again.body).toMatchObject({ claimsTotal: 1, claimsSubmitted: 0, claimsFailed: 1, files: 0 });
    expect(await balanceOf(ndia)).toBe('335.87');
  });
});

describe('the result (remittance) file', () => {
  it('refuses a bad file naming each row and column, writing nothing', async () => {
    const bad = await results(
      [
        RESULT_HEADER,
        'CLM-000001,PR-1001,130.94,Maybe,,2027-02-10',
        'CLM-000002,PR-1002,abc,Paid,,2027-02-10',
        'CLM-000003,,,Error,,',
      ].join('\r\n'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([
      { errorCode: 'INVALID_FILE', message: 'Row 2, column Status: "Maybe" is neither Paid nor Error.', fields: ['Status'] },
      {
        errorCode: 'INVALID_FILE',
        message: 'Row 3, column PaidAmount: "abc" is not an amount of at most 2 decimals.',
        fields: ['PaidAmount'],
      },
      { errorCode: 'INVALID_FILE', message: 'Row 4, column ErrorReason: is empty for an Error row.', fields: ['ErrorReason'] },
    ]);
    const noColumn = await results('ClaimReference,Status\r\nCLM-000001,Paid\r\n');
    expect(noColumn.status).toBe(400);
    expect(noColumn.body[0]).toMatchObject({
      errorCode: 'INVALID_FILE',
      fields: ['PaidAmount', 'PaymentRequestNumber', 'ErrorReason', 'PaidDate'],
    });
    const over = await results([RESULT_HEADER, 'CLM-000001,PR-1001,131.00,Paid,,2027-02-10'].join('\r\n'));
    expect(over.status).toBe(400);
    expect(over.body[0].message).toBe("Row 2, column PaidAmount: 131.00 is more than CLM-000001's amount 130.94.");
    expect((await get(CLAIM, claims.s1)).lumary__Status__c).toBe('Submitted');
    expect(await balanceOf(ndia)).toBe('335.87');
  });

  it('pays, short-pays and rejects rows, reports the unmatched one, and books each', async () => {
    const response = await results(resultFile());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ rows: 4, paid: 1, shortPaid: 1, errors: 1, unchanged: 0, unmatched: 1, skipped: 0 });
    expect(response.body.results).toEqual([
      { row: 2, claimReference: 'CLM-000001', claimId: claims.s1, outcome: 'Paid', paidAmount: '130.94' },
      { row: 3, claimReference: 'CLM-000002', claimId: claims.s2, outcome: 'Short paid', paidAmount: '30.00', shortfall: '11.25' },
      {
        row: 4,
        claimReference: 'CLM-000003',
        claimId: claims.s3,
        outcome: 'Error',
        message: 'Cancellation not claimable for this participant',
      },
      { row: 5, claimReference: 'CLM-999999', claimId: null, outcome: 'Unmatched', message: 'No claim CLM-999999 in this organisation.' },
    ]);
    expect(await get(CLAIM, claims.s1)).toMatchObject({
      lumary__Status__c: 'Paid',
      lumary__Paid_Amount__c: '130.94',
      lumary__Payment_Request_Number__c: 'PR-1001',
      lumary__Paid_Date__c: '2027-02-10',
      lumary__Shortfall__c: null,
    });
    expect(await get(CLAIM, claims.s2)).toMatchObject({
      lumary__Status__c: 'Paid',
      lumary__Paid_Amount__c: '30.00',
      lumary__Shortfall__c: '11.25',
    });
    expect(await get(CLAIM, claims.s3)).toMatchObject({
      lumary__Status__c: 'Error',
      lumary__Error_Reason__c: 'Cancellation not claimable for this participant',
    });
    expect(await balanceOf(ndia)).toBe('76.72');
    expect(await balanceOf(ledger.therapy)).toBe('-233.91');
    expect(await balanceOf(ledger.gst)).toBe('-3.75');
    expect(await balanceOf(ledger.bank)).toBe('160.94');
    // Ada: CLM-000003 in Error (98.21); Ben: CLM-000004 Submitted (65.47); Cy: CLM-000005 Open (50.00).
    expect(await claimsFigure(ids.ada)).toMatchObject({ open: { amount: '0.00', count: 0 }, error: { amount: '98.21', count: 1 } });
    expect(await claimsFigure(ids.ben)).toMatchObject({ open: { amount: '65.47', count: 1 } });
    expect(await claimsFigure(ids.cy)).toMatchObject({ open: { amount: '50.00', count: 1 } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const journal = async () => (await query('SELECT Id FROM lumary__Journal_Entry__c')).length;
    const before = await journal();
    const again = await results(resultFile());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ paid: 0, shortPaid: 0, errors: 0, unchanged: 3, unmatched: 1 });
    expect(await journal()).toBe(before);
    expect(await balanceOf(ndia)).toBe('76.72');
  });

  it('ages what the NDIA still owes, and writes off a shortfall with its reason', async () => {
    const aged = await ctx.call(finance, 'GET', '/lumary/reports/ndia-claims-aged?asAt=2027-03-15');
    expect(aged.status).toBe(200);
    // Both submitted 2027-02-01: 42 days at 2027-03-15.
    expect(aged.body).toMatchObject({
      asAt: '2027-03-15',
      buckets: { '0-30': '0.00', '31-60': '76.72', '61-90': '0.00', '90+': '0.00' },
      total: '76.72',
    });
    expect(aged.body.claims.map((c: { name: string; outstanding: string; days: number }) => [c.name, c.outstanding, c.days])).toEqual([
      ['CLM-000002', '11.25', 42],
      ['CLM-000004', '65.47', 42],
    ]);
    const writeOff = await ctx.call(finance, 'POST', `/lumary/claims/${claims.s2}/write-off-shortfall`, {
      reason: 'Above the price limit',
      date: '2027-02-20',
    });
    expect(writeOff.status).toBe(200);
    expect(await get(CLAIM, claims.s2)).toMatchObject({
      lumary__Shortfall_Written_Off__c: '11.25',
      lumary__Write_Off_Reason__c: 'Above the price limit',
    });
    // 11.25: GST share 11.25 × 3.75 / 41.25 = 1.0227 → 1.02 from GST Control, 10.23 from Therapy Revenue.
    expect(await balanceOf(ndia)).toBe('65.47');
    expect(await balanceOf(ledger.therapy)).toBe('-223.68');
    expect(await balanceOf(ledger.gst)).toBe('-2.73');
    const twice = await ctx.call(finance, 'POST', `/lumary/claims/${claims.s2}/write-off-shortfall`, { reason: 'Again' });
    expect(twice.status).toBe(409);
    const blank = await ctx.call(finance, 'POST', `/lumary/claims/${claims.s1}/write-off-shortfall`, { reason: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body[0].fields).toEqual(['reason']);
  });
});

describe('resubmission', () => {
  it('sends the corrected rows in the next batch and posts the submission again', async () => {
    expect((await ctx.call(finance, 'POST', `/lumary/claims/${claims.s3}/resubmit`)).status).toBe(200);
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${claims.s3}`, { lumary__Cancellation_Reason__c: 'NSDT' })).status).toBe(
      204,
    );
    expect((await ctx.call(finance, 'PATCH', `/sobjects/Contact/${ids.cy}`, { lumary__NDIS_Number__c: '430000003' })).status).toBe(204);
    const response = await batch({ upTo: '2027-01-31', submitDate: '2027-02-15' });
    expect(response.body).toMatchObject({ status: 'Completed', claimsSubmitted: 2, claimsFailed: 0, files: 1, amount: '148.21' });
    const file = await ctx.call(finance, 'GET', `/lumary/claim-batches/${response.body.id}/files/1`);
    expect(file.text.split('\r\n').slice(1)).toEqual([
      '4050000001,430000001,2027-01-07,2027-01-07,01_011_0107_1_1,CLM-000003,,01:30,65.47,P2,,,,CANC,NSDT,51824753556',
      '4050000001,430000003,2027-01-09,2027-01-09,01_799_0107_1_1,CLM-000005,1.00,,50.00,P2,,,,,,51824753556',
      '',
    ]);
    // 65.47 + 98.21 + 50.00.
    expect(await balanceOf(ndia)).toBe('213.68');
  });
});

describe('who may see it', () => {
  it('refuses a user without the AR permission set, and answers another tenant 404', async () => {
    expect((await batch({ upTo: '2027-01-31' }, ctx.support)).status).toBe(403);
    expect((await results(resultFile(), ctx.support)).status).toBe(403);
    expect((await ctx.call(ctx.support, 'GET', `/lumary/claim-batches/${batch1}/files/1`)).status).toBe(403);
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `claiming-other-${Date.now()}`,
      username: 'finance@claiming-other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    expect((await ctx.call(other, 'GET', `/lumary/claim-batches/${batch1}`)).status).toBe(404);
    expect((await ctx.call(other, 'GET', `/lumary/claim-batches/${batch1}/files/1`)).status).toBe(404);
    const theirs = await results(resultFile(), other);
    expect(theirs.body).toMatchObject({ unmatched: 4, paid: 0 });
    const aged = await ctx.call(other, 'GET', '/lumary/reports/ndia-claims-aged?asAt=2027-03-15');
    expect(aged.body).toMatchObject({ total: '0.00', claims: [] });
  });
});
