import { signedInUser } from '@platform/api/testing';
import { arWorld, controlAccount, ENTITY, type ArWorld, type TestUser } from '../testing/ar-api';

/**
 * The whole NDIA flow in one scenario (DOMAIN.md "Service agreements" and "NDIA claiming"), over
 * HTTP on a real database: a catalogue imported, an agreement of three lines drawn down by
 * services, the services claimed by a billing run, a claim batch exported, the portal's result
 * file applied, and a resubmission. Every figure below is worked by hand.
 *
 * Catalogue (NSW limits, from 2026-07-01): 01_011_0107_1_1 self-care $70.23/h P2;
 * 15_056_0128_1_3 therapy $193.99/h P2; 03_090_0103_1_1 consumables $25.00 each P1 (taxable).
 *
 * Ada's agreement SA (2027-01-01 to 2027-06-30, NDIA-managed, Active):
 * - L1 self-care 10 h × 70.23 = 702.30, no overrun;
 * - L2 therapy 2 h × 193.99 = 387.98, overrun allowed;
 * - L3 consumables 4 × 25.00 = 100.00, no overrun.
 * Total budget 702.30 + 387.98 + 100.00 = 1,190.28.
 *
 * Services (ex GST = quantity × rate, to the cent):
 * - S1 L1 2027-01-05 4 h × 70.23 = 280.92 → L1 used 280.92, remaining 421.38;
 * - S2 L1 2027-01-12 4 h = 280.92 → used 561.84 = 80 % of 702.30, remaining 140.46;
 * - S3 L1 2027-01-19 2.5 h × 70.23 = 175.575 → 175.58 > 140.46: refused;
 * - S2 cancelled → used 280.92, remaining 421.38;
 * - S4 L1 2027-01-19 CANC (NSDH) 2 h = 140.46 → used 421.38, remaining 280.92;
 * - S5 L2 2027-01-07 3 h × 193.99 = 581.97 > 387.98, overrun → used 581.97, remaining −193.99;
 * - S6 L3 2027-01-08 3 × 25.00 = 75.00 + GST 7.50 = 82.50 → used 75.00, remaining 25.00;
 * - Bo (no NDIS number, no agreement): S7 2027-01-09 1 h × 70.23 = 70.23.
 *
 * Billing run up to 2027-01-31: five claims, one per service, Ada's first (her first service is
 * earliest), each client's by date: CLM-000001 S1 280.92, CLM-000002 S5 581.97, CLM-000003 S6
 * 82.50, CLM-000004 S4 140.46 (CANC), CLM-000005 Bo's S7 70.23.
 * Batch 1 (submitted 2027-02-01) submits Ada's four: 280.92 + 581.97 + 82.50 + 140.46 = 1,085.85
 * (Dr NDIA Claims Receivable 1,085.85 / Cr Therapy Revenue 280.92 + 581.97 + 75.00 + 140.46 =
 * 1,078.35, GST Control 7.50); CLM-000005 fails (no NDIS number) and stays Open.
 * Result file: CLM-000001 paid 280.92; CLM-000002 paid 500.00 (shortfall 81.97); CLM-000003 paid
 * 82.50; CLM-000004 rejected (its 140.46 reversed: Therapy −140.46).
 * Then: Bank 280.92 + 500.00 + 82.50 = 863.42; NDIA Claims Receivable 1,085.85 − 863.42 − 140.46 =
 * 81.97 (the shortfall); Therapy Revenue −(1,078.35 − 140.46) = −937.89; GST Control −7.50;
 * 81.97 + 863.42 − 937.89 − 7.50 = 0.
 * Batch 2 (2027-02-15): CLM-000004 resubmitted, its row corrected to reason NSDF and 1.5 h, so its
 * amount follows its row: 1.5 × 70.23 = 105.345 → 105.35; and CLM-000005 (Bo's NDIS number now
 * set) 70.23: 105.35 + 70.23 = 175.58; NDIA Claims Receivable 81.97 + 175.58 = 257.55, Therapy
 * −(937.89 + 175.58) = −1,113.47; 257.55 + 863.42 − 1,113.47 − 7.50 = 0. CLM-000004 then paid in
 * full (105.35): NDIA Claims Receivable 152.20, Bank 968.77.
 */

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let query: ArWorld['query'];
let ndia: string;

const AGREEMENT = 'lumary__Service_Agreement__c';
const LINE = 'lumary__Service_Agreement_Line__c';
const SERVICE = 'lumary__Service_Delivered__c';
const CLAIM = 'lumary__Claim__c';
const ids: Record<string, string> = {};
const claims: Record<string, string> = {};

const CATALOGUE = [
  'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA,GST Code',
  '01_011_0107_1_1,Assistance With Self-Care Activities - Standard - Weekday Daytime,H,20260701,$70.23,$70.23,$98.32,$70.23,$70.23,$70.23,$70.23,$70.23,P2',
  '15_056_0128_1_3,Assessment Recommendation Therapy or Training - Occupational Therapy,H,20260701,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,P2',
  '03_090_0103_1_1,Low Cost Continence Consumables,E,20260701,$25.00,$25.00,$25.00,$25.00,$25.00,$25.00,$25.00,$25.00,P1',
].join('\n');

const REGISTRATION = '4050000001';
const ABN = '51824753556';
const HEADER =
  'RegistrationNumber,NDISNumber,SupportsDeliveredFrom,SupportsDeliveredTo,SupportNumber,ClaimReference,Quantity,Hours,UnitPrice,GSTCode,AuthorisedBy,ParticipantApproved,InKindFundingProgram,ClaimType,CancellationReason,ABN of Support Provider';
const RESULT = [
  'ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate',
  'CLM-000001,PR-2001,280.92,Paid,,2027-02-10',
  'CLM-000002,PR-2002,500.00,Paid,,2027-02-10',
  'CLM-000003,PR-2003,82.50,Paid,,10/02/2027',
  'CLM-000004,,,Error,Cancellation reason does not match the booking,2027-02-10',
  '',
].join('\r\n');

async function create(object: string, body: Record<string, unknown>): Promise<string> {
  const response = await ctx.call(finance, 'POST', `/sobjects/${object}`, body);
  if (response.status !== 201) throw new Error(`${object} failed: ${response.text}`);
  return response.body.id;
}
/** An NDIA-managed service coded to Therapy Revenue at Parramatta; rate, unit and GST come from the catalogue. */
const deliver = (client: string, date: string, quantity: string, extra: Record<string, unknown> = {}) =>
  ctx.call(finance, 'POST', `/sobjects/${SERVICE}`, {
    lumary__Client__c: client,
    lumary__Service_Date__c: date,
    lumary__Description__c: `Support on ${date}`,
    lumary__Quantity__c: quantity,
    lumary__Funding__c: 'NDIA-managed',
    lumary__GL_Code__c: ledger.therapy,
    lumary__Cost_Centre__c: ledger.parramatta,
    ...extra,
  });
const delivered = async (client: string, date: string, quantity: string, extra: Record<string, unknown> = {}) => {
  const response = await deliver(client, date, quantity, extra);
  if (response.status !== 201) throw new Error(`service on ${date} failed: ${response.text}`);
  return response.body.id as string;
};
const line = async (id: string) => {
  const l = await get(LINE, id);
  return { budget: l.lumary__Budget__c, used: l.lumary__Used__c, remaining: l.lumary__Remaining__c };
};
const batch = (body: unknown) => ctx.call(finance, 'POST', '/lumary/claim-batches?wait=true', body);
const results = (content: string) => ctx.call(finance, 'POST', '/lumary/claim-batches/results', { content });
const trialBalance = async (asOf = '2027-03-31') => {
  const tb = await ctx.call(finance, 'GET', `/lumary/reports/trial-balance?asOf=${asOf}`);
  expect(tb.status).toBe(200);
  expect(tb.body.totals.balance).toBe('0.00');
  const rows = tb.body.rows as { accountId: string; balance: string }[];
  const of = (id: string) => rows.find((r) => r.accountId === id)?.balance ?? '0.00';
  return { ndia: of(ndia), bank: of(ledger.bank), therapy: of(ledger.therapy), gst: of(ledger.gst), debtors: of(ledger.debtors) };
};
const claimsFigure = async (client: string) => (await ctx.call(finance, 'GET', `/lumary/debtors/${client}/summary`)).body.openOrErrorClaims;
const claim = async (key: string) => {
  const c = await get(CLAIM, claims[key]);
  return {
    name: c.Name,
    status: c.lumary__Status__c,
    amount: c.lumary__Amount__c,
    paid: c.lumary__Paid_Amount__c,
    shortfall: c.lumary__Shortfall__c,
  };
};

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get, query } = await arWorld());
  ndia = await create(ENTITY, {
    ...controlAccount('NDIA Claims', 'Bank Account', '1250'),
    lumary__Control_Account_Type__c: 'NDIA Claims Receivable',
  });
});
afterAll(() => ctx?.api.close());

describe('the NDIA flow, from the catalogue to a resubmission', () => {
  it('1. sets up the provider, imports the catalogue, and makes an Active agreement of three lines', async () => {
    await create('lumary__AR_Settings__c', {
      Name: 'AR',
      lumary__State__c: 'NSW',
      lumary__Registration_Number__c: REGISTRATION,
      lumary__ABN__c: ABN,
    });
    const imported = await ctx.call(finance, 'POST', '/lumary/support-catalogue/imports', {
      fileName: 'catalogue.csv',
      content: Buffer.from(CATALOGUE).toString('base64'),
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ dryRun: false, rows: 3, changed: [], unchanged: 0 });
    expect(imported.body.added.map((a: { number: string; unit: string; gstCode: string }) => [a.number, a.unit, a.gstCode])).toEqual([
      ['01_011_0107_1_1', 'Hour', 'P2'],
      ['15_056_0128_1_3', 'Hour', 'P2'],
      ['03_090_0103_1_1', 'Each', 'P1'],
    ]);

    ids.ada = await debtors.client('Ada', { lumary__Funding__c: 'NDIA-managed', lumary__NDIS_Number__c: '430000001' });
    ids.bo = await debtors.client('Bo', { lumary__Funding__c: 'NDIA-managed' });
    ids.agreement = await create(AGREEMENT, {
      lumary__Client__c: ids.ada,
      lumary__Start_Date__c: '2027-01-01',
      lumary__End_Date__c: '2027-06-30',
      lumary__Funding__c: 'NDIA-managed',
      lumary__Status__c: 'Active',
    });
    ids.l1 = await create(LINE, {
      lumary__Agreement__c: ids.agreement,
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Quantity__c: '10',
    });
    ids.l2 = await create(LINE, {
      lumary__Agreement__c: ids.agreement,
      lumary__Support_Item_Number__c: '15_056_0128_1_3',
      lumary__Quantity__c: '2',
      lumary__Allow_Overrun__c: true,
    });
    ids.l3 = await create(LINE, {
      lumary__Agreement__c: ids.agreement,
      lumary__Support_Item_Number__c: '03_090_0103_1_1',
      lumary__Quantity__c: '4',
    });
    expect(await get(AGREEMENT, ids.agreement)).toMatchObject({ lumary__Status__c: 'Active', lumary__Total_Budget__c: '1190.28' });
    expect(await get(LINE, ids.l1)).toMatchObject({ lumary__Unit__c: 'Hour', lumary__Unit_Price__c: '70.23', lumary__Budget__c: '702.30' });
    expect(await get(LINE, ids.l3)).toMatchObject({ lumary__Unit__c: 'Each', lumary__Unit_Price__c: '25.00', lumary__Budget__c: '100.00' });
    expect(await line(ids.l2)).toEqual({ budget: '387.98', used: '0.00', remaining: '387.98' });
  });

  it('2. draws the lines down: 80 % used, a delivery past 100 % refused with its figures, a cancellation releasing budget, a CANC charge', async () => {
    ids.s1 = await delivered(ids.ada, '2027-01-05', '4', { lumary__Agreement_Line__c: ids.l1 });
    expect(await get(SERVICE, ids.s1)).toMatchObject({
      lumary__Rate__c: '70.23',
      lumary__Unit__c: 'Hour',
      lumary__Tax_Code__c: 'GST_FREE',
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Amount__c: '280.92',
    });
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '280.92', remaining: '421.38' });
    ids.s2 = await delivered(ids.ada, '2027-01-12', '4', { lumary__Agreement_Line__c: ids.l1 });
    // 561.84 / 702.30 = 80 %: the warning threshold.
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '561.84', remaining: '140.46' });

    const past = await deliver(ids.ada, '2027-01-19', '2.5', { lumary__Agreement_Line__c: ids.l1 });
    expect(past.status).toBe(400);
    expect(past.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: expect.stringMatching(
          /^\$175\.58 is more than the \$140\.46 remaining on SAL-\d+ \(01_011_0107_1_1, budget \$702\.30, used \$561\.84\), which does not allow overrun\.$/,
        ),
        fields: ['lumary__Agreement_Line__c'],
      },
    ]);
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '561.84', remaining: '140.46' });

    const cancelled = await ctx.call(finance, 'PATCH', `/sobjects/${SERVICE}/${ids.s2}`, { lumary__Status__c: 'Cancelled' });
    expect(cancelled.status).toBe(204);
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '280.92', remaining: '421.38' });

    // The cancelled appointment's charge: its own service, claim type CANC with a reason; it draws.
    ids.s4 = await delivered(ids.ada, '2027-01-19', '2', {
      lumary__Agreement_Line__c: ids.l1,
      lumary__Description__c: 'Short-notice cancellation',
      lumary__Claim_Type__c: 'CANC',
      lumary__Cancellation_Reason__c: 'NSDH',
    });
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '421.38', remaining: '280.92' });

    ids.s5 = await delivered(ids.ada, '2027-01-07', '3', { lumary__Agreement_Line__c: ids.l2 });
    expect(await line(ids.l2)).toEqual({ budget: '387.98', used: '581.97', remaining: '-193.99' });
    ids.s6 = await delivered(ids.ada, '2027-01-08', '3', { lumary__Agreement_Line__c: ids.l3 });
    expect(await get(SERVICE, ids.s6)).toMatchObject({ lumary__Unit__c: 'Each', lumary__Tax_Code__c: 'GST', lumary__Rate__c: '25.00' });
    // The line draws ex GST: 75.00, not 82.50.
    expect(await line(ids.l3)).toEqual({ budget: '100.00', used: '75.00', remaining: '25.00' });

    ids.s7 = await delivered(ids.bo, '2027-01-09', '1', { lumary__Support_Item_Number__c: '01_011_0107_1_1' });
    expect((await get(SERVICE, ids.s7)).lumary__Rate__c).toBe('70.23');
  });

  it('3. claims the NDIA-managed services and exports the Open ones as the bulk payment request, the bad row reported and left Open', async () => {
    const run = await ctx.call(finance, 'POST', '/lumary/billing-runs?wait=true', { upTo: '2027-01-31' });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'Completed', invoicesCreated: 0, claimsCreated: 5, servicesBilled: 5 });
    for (const s of ['s1', 's5', 's6', 's4', 's7']) {
      const service = await get(SERVICE, ids[s]);
      expect(service.lumary__Status__c).toBe('Claimed');
      claims[s] = service.lumary__Claim__c;
    }
    expect((await get(SERVICE, ids.s2)).lumary__Status__c).toBe('Cancelled');
    expect([await claim('s1'), await claim('s5'), await claim('s6'), await claim('s4'), await claim('s7')]).toEqual([
      { name: 'CLM-000001', status: 'Open', amount: '280.92', paid: null, shortfall: null },
      { name: 'CLM-000002', status: 'Open', amount: '581.97', paid: null, shortfall: null },
      { name: 'CLM-000003', status: 'Open', amount: '82.50', paid: null, shortfall: null },
      { name: 'CLM-000004', status: 'Open', amount: '140.46', paid: null, shortfall: null },
      { name: 'CLM-000005', status: 'Open', amount: '70.23', paid: null, shortfall: null },
    ]);
    // Claimed still draws: the lines are as before the run.
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '421.38', remaining: '280.92' });
    // Open claims are not in the books yet.
    expect(await trialBalance()).toEqual({ ndia: '0.00', bank: '0.00', therapy: '0.00', gst: '0.00', debtors: '0.00' });

    const response = await batch({ upTo: '2027-01-31', submitDate: '2027-02-01' });
    expect(response.status).toBe(200);
    ids.batch1 = response.body.id;
    expect(response.body).toMatchObject({
      status: 'Completed with Errors',
      claimsTotal: 5,
      claimsDone: 5,
      claimsSubmitted: 4,
      claimsFailed: 1,
      files: 1,
      amount: '1085.85',
      failures: [{ claim: 'CLM-000005', claimId: claims.s7, reason: 'NDISNumber: the client has no NDIS Number' }],
    });
    const file = await ctx.call(finance, 'GET', `/lumary/claim-batches/${ids.batch1}/files/1`);
    expect(file.status).toBe(200);
    const expected = [
      HEADER,
      `${REGISTRATION},430000001,2027-01-05,2027-01-05,01_011_0107_1_1,CLM-000001,,04:00,70.23,P2,,,,,,${ABN}`,
      `${REGISTRATION},430000001,2027-01-07,2027-01-07,15_056_0128_1_3,CLM-000002,,03:00,193.99,P2,,,,,,${ABN}`,
      `${REGISTRATION},430000001,2027-01-08,2027-01-08,03_090_0103_1_1,CLM-000003,3.00,,25.00,P1,,,,,,${ABN}`,
      `${REGISTRATION},430000001,2027-01-19,2027-01-19,01_011_0107_1_1,CLM-000004,,02:00,70.23,P2,,,,CANC,NSDH,${ABN}`,
      '',
    ].join('\r\n');
    expect(file.text).toBe(expected);
    expect(file.text.split('\r\n')[0].split(',')).toHaveLength(16);

    expect(await get(CLAIM, claims.s7)).toMatchObject({
      lumary__Status__c: 'Open',
      lumary__Claim_Batch__c: null,
      lumary__Batch_Error__c: 'NDISNumber: the client has no NDIS Number',
    });
    expect((await claim('s1')).status).toBe('Submitted');
    // Dr NDIA Claims Receivable 1,085.85 / Cr Therapy Revenue 1,078.35, GST Control 7.50; Debtors Control untouched.
    expect(await trialBalance()).toEqual({ ndia: '1085.85', bank: '0.00', therapy: '-1078.35', gst: '-7.50', debtors: '0.00' });
    // Submitted counts as Open: Ada 1,085.85 over 4 claims; Bo 70.23 (Open).
    expect(await claimsFigure(ids.ada)).toMatchObject({
      amount: '1085.85',
      count: 4,
      open: { amount: '1085.85', count: 4 },
      error: { amount: '0.00', count: 0 },
    });
    expect(await claimsFigure(ids.bo)).toMatchObject({ open: { amount: '70.23', count: 1 }, error: { amount: '0.00', count: 0 } });
  });

  it('4. applies the result file: paid, short-paid and rejected, in the claims, the summary, the lines and the books; again changes nothing', async () => {
    const response = await results(RESULT);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ rows: 4, paid: 2, shortPaid: 1, errors: 1, unchanged: 0, unmatched: 0, skipped: 0 });
    expect(response.body.results).toEqual([
      { row: 2, claimReference: 'CLM-000001', claimId: claims.s1, outcome: 'Paid', paidAmount: '280.92' },
      { row: 3, claimReference: 'CLM-000002', claimId: claims.s5, outcome: 'Short paid', paidAmount: '500.00', shortfall: '81.97' },
      { row: 4, claimReference: 'CLM-000003', claimId: claims.s6, outcome: 'Paid', paidAmount: '82.50' },
      {
        row: 5,
        claimReference: 'CLM-000004',
        claimId: claims.s4,
        outcome: 'Error',
        message: 'Cancellation reason does not match the booking',
      },
    ]);
    const after = async () => [await claim('s1'), await claim('s5'), await claim('s6'), await claim('s4'), await claim('s7')];
    const expected = [
      { name: 'CLM-000001', status: 'Paid', amount: '280.92', paid: '280.92', shortfall: null },
      { name: 'CLM-000002', status: 'Paid', amount: '581.97', paid: '500.00', shortfall: '81.97' },
      { name: 'CLM-000003', status: 'Paid', amount: '82.50', paid: '82.50', shortfall: null },
      { name: 'CLM-000004', status: 'Error', amount: '140.46', paid: null, shortfall: null },
      { name: 'CLM-000005', status: 'Open', amount: '70.23', paid: null, shortfall: null },
    ];
    expect(await after()).toEqual(expected);
    expect(await get(CLAIM, claims.s5)).toMatchObject({ lumary__Payment_Request_Number__c: 'PR-2002', lumary__Paid_Date__c: '2027-02-10' });
    expect((await get(CLAIM, claims.s4)).lumary__Error_Reason__c).toBe('Cancellation reason does not match the booking');

    // Ada: only CLM-000004 is left, in Error; Bo: CLM-000005 still Open.
    expect(await claimsFigure(ids.ada)).toMatchObject({
      amount: '140.46',
      count: 1,
      open: { amount: '0.00', count: 0 },
      error: { amount: '140.46', count: 1 },
    });
    expect(await claimsFigure(ids.bo)).toMatchObject({ amount: '70.23', open: { amount: '70.23', count: 1 } });

    // The services stay Claimed (the Error claim's too), so the lines keep drawing.
    expect((await get(SERVICE, ids.s4)).lumary__Status__c).toBe('Claimed');
    expect(await line(ids.l1)).toEqual({ budget: '702.30', used: '421.38', remaining: '280.92' });
    expect(await line(ids.l2)).toEqual({ budget: '387.98', used: '581.97', remaining: '-193.99' });
    expect(await line(ids.l3)).toEqual({ budget: '100.00', used: '75.00', remaining: '25.00' });

    // Bank 863.42; NDIA Claims Receivable 81.97 (the shortfall); Therapy −937.89; GST −7.50.
    const books = { ndia: '81.97', bank: '863.42', therapy: '-937.89', gst: '-7.50', debtors: '0.00' };
    expect(await trialBalance()).toEqual(books);
    // Before the result's date: only the submissions.
    expect(await trialBalance('2027-02-09')).toEqual({ ndia: '1085.85', bank: '0.00', therapy: '-1078.35', gst: '-7.50', debtors: '0.00' });

    const entries = async () => (await query('SELECT Id FROM lumary__Journal_Entry__c')).totalSize as number;
    const before = await entries();
    const again = await results(RESULT);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ rows: 4, paid: 0, shortPaid: 0, errors: 0, unchanged: 4, unmatched: 0, skipped: 0 });
    expect(await entries()).toBe(before);
    expect(await after()).toEqual(expected);
    expect(await trialBalance()).toEqual(books);
  });

  it('5. resubmits the Error claim, corrected, in the next batch with the now valid one', async () => {
    expect((await ctx.call(finance, 'POST', `/lumary/claims/${claims.s4}/resubmit`)).status).toBe(200);
    const corrected = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${claims.s4}`, {
      lumary__Cancellation_Reason__c: 'NSDF',
      lumary__Hours__c: '1.5',
    });
    expect(corrected.status).toBe(204);
    // The claim is its row's amount: 1.5 h × 70.23 = 105.345 → 105.35 (GST free).
    expect(await claim('s4')).toEqual({ name: 'CLM-000004', status: 'Open', amount: '105.35', paid: null, shortfall: null });
    expect((await ctx.call(finance, 'PATCH', `/sobjects/Contact/${ids.bo}`, { lumary__NDIS_Number__c: '430000002' })).status).toBe(204);

    const response = await batch({ upTo: '2027-01-31', submitDate: '2027-02-15' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'Completed',
      claimsTotal: 2,
      claimsSubmitted: 2,
      claimsFailed: 0,
      files: 1,
      amount: '175.58',
    });
    expect(response.body.id).not.toBe(ids.batch1);
    const file = await ctx.call(finance, 'GET', `/lumary/claim-batches/${response.body.id}/files/1`);
    expect(file.text).toBe(
      [
        HEADER,
        `${REGISTRATION},430000001,2027-01-19,2027-01-19,01_011_0107_1_1,CLM-000004,,01:30,70.23,P2,,,,CANC,NSDF,${ABN}`,
        `${REGISTRATION},430000002,2027-01-09,2027-01-09,01_011_0107_1_1,CLM-000005,,01:00,70.23,P2,,,,,,${ABN}`,
        '',
      ].join('\r\n'),
    );
    // The first batch's file is as it was exported (the Error claim's old row, NSDH).
    expect((await ctx.call(finance, 'GET', `/lumary/claim-batches/${ids.batch1}/files/1`)).text).toContain(
      'CLM-000004,,02:00,70.23,P2,,,,CANC,NSDH',
    );
    expect((await claim('s4')).status).toBe('Submitted');
    expect((await claim('s7')).status).toBe('Submitted');
    // 81.97 + 175.58 = 257.55; Therapy −(937.89 + 175.58) = −1,113.47.
    expect(await trialBalance()).toEqual({ ndia: '257.55', bank: '863.42', therapy: '-1113.47', gst: '-7.50', debtors: '0.00' });
    // Submitted counts as Open: Ada's corrected 105.35.
    expect(await claimsFigure(ids.ada)).toMatchObject({ open: { amount: '105.35', count: 1 }, error: { amount: '0.00', count: 0 } });
    // Paid in full at the corrected amount: nothing short.
    const paid = await results(
      ['ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate', 'CLM-000004,PR-2004,105.35,Paid,,2027-02-20', ''].join(
        '\r\n',
      ),
    );
    expect(paid.body).toMatchObject({ paid: 1, shortPaid: 0 });
    expect(await claim('s4')).toEqual({ name: 'CLM-000004', status: 'Paid', amount: '105.35', paid: '105.35', shortfall: null });
    // 257.55 − 105.35 = 152.20 = 81.97 (the shortfall) + 70.23 (Bo's, Submitted); Bank 863.42 + 105.35 = 968.77.
    expect(await trialBalance()).toEqual({ ndia: '152.20', bank: '968.77', therapy: '-1113.47', gst: '-7.50', debtors: '0.00' });
    expect(await claimsFigure(ids.ada)).toMatchObject({ open: { amount: '0.00', count: 0 }, error: { amount: '0.00', count: 0 } });
  });

  it('shows none of it to another tenant', async () => {
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `ndia-other-${Math.random().toString(36).slice(2, 8)}`,
      username: `finance@ndia-other-${Math.random().toString(36).slice(2, 8)}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    expect((await ctx.call(other, 'GET', `/sobjects/${LINE}/${ids.l1}`)).status).toBe(404);
    expect((await ctx.call(other, 'GET', `/lumary/claim-batches/${ids.batch1}/files/1`)).status).toBe(404);
    const theirs = await ctx.call(other, 'POST', '/lumary/claim-batches/results', { content: RESULT });
    expect(theirs.body).toMatchObject({ unmatched: 4, paid: 0, errors: 0 });
    expect(await trialBalance()).toMatchObject({ ndia: '152.20', bank: '968.77' });
  });
});
