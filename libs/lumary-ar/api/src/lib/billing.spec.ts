import { BILLING_RUN_JOB, BillingRunService, SqlTable } from '@lumary-ar/server';
import { signedInUser } from '@platform/api/testing';
import { arWorld, type ArWorld, type TestUser } from '../testing/ar-api';

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
const SERVICE = 'lumary__Service_Delivered__c';
const INVOICE = 'lumary__Invoice__c';
const CLAIM = 'lumary__Claim__c';
const query = async (soql: string) =>
  (await ctx.call(finance, 'GET', `/query?q=${encodeURIComponent(soql)}`)).body.records as Record<string, unknown>[];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ServiceSpec {
  date: string;
  quantity: string;
  rate: string;
  tax?: 'GST' | 'GST_FREE';
  funding?: 'Self-managed' | 'Plan-managed' | 'NDIA-managed';
  description?: string;
  glCode?: string | null;
}

/** A Delivered service through the records API, coded to Therapy Revenue / Parramatta unless told. */
async function service(client: string, s: ServiceSpec): Promise<string> {
  const response = await ctx.call(finance, 'POST', `/sobjects/${SERVICE}`, {
    lumary__Client__c: client,
    lumary__Service_Date__c: s.date,
    lumary__Description__c: s.description ?? `Support on ${s.date}`,
    lumary__Quantity__c: s.quantity,
    lumary__Rate__c: s.rate,
    lumary__Tax_Code__c: s.tax ?? 'GST_FREE',
    lumary__Funding__c: s.funding ?? 'Self-managed',
    lumary__GL_Code__c: s.glCode === undefined ? ledger.therapy : s.glCode,
    lumary__Cost_Centre__c: ledger.parramatta,
  });
  if (response.status !== 201) throw new Error(`service failed: ${response.text}`);
  return response.body.id;
}

const billNow = (id: string, body: unknown = {}, user: TestUser = finance) =>
  ctx.call(user, 'POST', `/lumary/services/${id}/bill-now`, body);
const runNow = (body: unknown) => ctx.call(finance, 'POST', '/lumary/billing-runs?wait=true', body);

/** Polls a run's progress until it has finished. */
async function finished(id: string) {
  for (let i = 0; i < 600; i++) {
    const response = await ctx.call(finance, 'GET', `/lumary/billing-runs/${id}`);
    expect(response.status).toBe(200);
    if (!['Queued', 'Running'].includes(response.body.status)) return response.body;
    await sleep(50);
  }
  throw new Error(`billing run ${id} did not finish`);
}

const invoicesOfRun = (run: string) =>
  query(
    `SELECT Id, Name, lumary__Client__c, lumary__Debtor__c, lumary__Invoice_Date__c, lumary__Due_Date__c, lumary__Status__c, lumary__Subtotal__c, lumary__GST__c, lumary__Total__c FROM ${INVOICE} WHERE lumary__Billing_Run__c = '${run}' ORDER BY Name`,
  );
const linesPerService = async (ids: string[]) => {
  const lines = await query(`SELECT lumary__Service__c FROM lumary__Invoice_Line__c WHERE lumary__Service__c != null`);
  return ids.map((id) => lines.filter((l) => l['lumary__Service__c'] === id).length);
};

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get } = await arWorld());
});
afterAll(() => ctx?.api.close());

describe('bill now', () => {
  it("invoices one service to the client's default debtor, issued, and marks it Billed", async () => {
    const manager = await debtors.account('Bill Now Partners');
    const client = await debtors.client('Appointment', { lumary__Default_Debtor__c: manager, lumary__Funding__c: 'Plan-managed' });
    // 1.5 × 193.99 = 290.985 → 290.99, GST free.
    const id = await service(client, {
      date: '2027-01-12',
      quantity: '1.5',
      rate: '193.99',
      funding: 'Plan-managed',
      description: 'Occupational therapy',
    });
    expect((await get(SERVICE, id)).lumary__Amount__c).toBe('290.99');

    const billed = await billNow(id);
    expect(billed.status).toBe(201);
    expect(billed.body).toMatchObject({
      status: 'Open',
      service: { id, status: 'Billed' },
      journalEntry: { date: '2027-01-12', total: '290.99' },
    });
    expect(await get(INVOICE, billed.body.id)).toMatchObject({
      lumary__Client__c: client,
      lumary__Debtor__c: manager,
      lumary__Invoice_Date__c: '2027-01-12',
      lumary__Due_Date__c: '2027-01-26',
      lumary__Status__c: 'Open',
      lumary__Subtotal__c: '290.99',
      lumary__GST__c: '0.00',
      lumary__Total__c: '290.99',
      lumary__Balance__c: '290.99',
    });
    const lines = await query(
      `SELECT lumary__Description__c, lumary__Quantity__c, lumary__Unit_Price__c, lumary__Tax_Code__c, lumary__GL_Code__c, lumary__Cost_Centre__c, lumary__Service__c, lumary__Amount__c FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = '${billed.body.id}'`,
    );
    expect(lines).toEqual([
      expect.objectContaining({
        lumary__Description__c: 'Occupational therapy',
        lumary__Quantity__c: '1.50',
        lumary__Unit_Price__c: '193.99',
        lumary__Tax_Code__c: 'GST_FREE',
        lumary__GL_Code__c: ledger.therapy,
        lumary__Cost_Centre__c: ledger.parramatta,
        lumary__Service__c: id,
        lumary__Amount__c: '290.99',
      }),
    ]);
    expect(await get(SERVICE, id)).toMatchObject({
      lumary__Status__c: 'Billed',
      lumary__Invoice__c: billed.body.id,
      lumary__Billing_Run__c: null,
    });

    const twice = await billNow(id);
    expect(twice.status).toBe(409);
    expect(twice.body[0].message).toMatch(/^SD-\d{6} is Billed: only a Delivered service can be billed\.$/);
  });

  it('dates the invoice as asked, with GST per line', async () => {
    const client = await debtors.client('Dated');
    // 2 × 55.55 = 111.10, GST 11.11.
    const id = await service(client, { date: '2027-01-13', quantity: '2', rate: '55.55', tax: 'GST' });
    const billed = await billNow(id, { invoiceDate: '2027-02-01' });
    expect(billed.status).toBe(201);
    expect(await get(INVOICE, billed.body.id)).toMatchObject({
      lumary__Debtor__c: client,
      lumary__Invoice_Date__c: '2027-02-01',
      lumary__Accounting_Period__c: ledger.feb,
      lumary__Total__c: '122.21',
      lumary__GST__c: '11.11',
    });
  });

  it('refuses an NDIA-managed service: it is claimed instead', async () => {
    const client = await debtors.client('NdiaNow', { lumary__Funding__c: 'NDIA-managed' });
    const id = await service(client, { date: '2027-01-14', quantity: '1', rate: '80.00', funding: 'NDIA-managed' });
    const refused = await billNow(id);
    expect(refused.status).toBe(400);
    expect(refused.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__Funding__c'] });
    expect(refused.body[0].message).toMatch(/is NDIA-managed: claim it instead/);
    expect((await get(SERVICE, id)).lumary__Status__c).toBe('Delivered');
    expect(await query(`SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client}'`)).toEqual([]);
    // Out of the billing runs below: a user cancels it.
    expect((await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${id}`, { lumary__Status__c: 'Cancelled' })).status).toBe(204);
  });

  it('leaves the service Delivered, with nothing written, when the invoice cannot post', async () => {
    const client = await debtors.client('NoPeriod');
    const id = await service(client, { date: '2027-06-01', quantity: '1', rate: '80.00' });
    const refused = await billNow(id);
    expect(refused.status).toBe(400);
    expect(refused.body[0].message).toBe('No accounting period covers 2027-06-01: create an Open period for that date before posting.');
    expect((await get(SERVICE, id)).lumary__Status__c).toBe('Delivered');
    expect(await query(`SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client}'`)).toEqual([]);
  });

  it('answers bad input and unknown ids in the error shape', async () => {
    const client = await debtors.client('BadNow');
    const id = await service(client, { date: '2027-01-15', quantity: '1', rate: '10.00' });
    const badDate = await billNow(id, { invoiceDate: '15/01/2027' });
    expect(badDate.status).toBe(400);
    expect(badDate.body[0].fields).toEqual(['invoiceDate']);
    expect((await billNow('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await billNow('not-an-id')).status).toBe(404);
    expect((await billNow(id, {}, ctx.support)).status).toBe(403);
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `bill-other-${Date.now()}`,
      username: 'finance@bill-other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    expect((await billNow(id, {}, other)).status).toBe(404);
    expect((await get(SERVICE, id)).lumary__Status__c).toBe('Delivered');
    expect((await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${id}`, { lumary__Status__c: 'Cancelled' })).status).toBe(204);
  });
});

describe('what the records API may change on a service', () => {
  it('keeps billed services as they are, and Status and billing links to the package', async () => {
    const client = await debtors.client('Guarded');
    const billed = await service(client, { date: '2027-01-16', quantity: '1', rate: '20.00' });
    await billNow(billed);
    const edit = await ctx.call(finance, 'PATCH', `/sobjects/${SERVICE}/${billed}`, { lumary__Quantity__c: '2' });
    expect(edit.status).toBe(403);
    expect(edit.body[0].message).toMatch(/is Billed: a billed or claimed service cannot be edited/);
    const del = await ctx.call(finance, 'DELETE', `/sobjects/${SERVICE}/${billed}`);
    expect(del.status).toBe(409);
    expect(del.body[0]).toMatchObject({ errorCode: 'DELETE_FAILED' });

    const open = await service(client, { date: '2027-01-16', quantity: '1', rate: '20.00' });
    const toBilled = await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${open}`, { lumary__Status__c: 'Billed' });
    expect(toBilled.status).toBe(403);
    expect(toBilled.body[0]).toMatchObject({ fields: ['lumary__Status__c'] });
    const link = await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${open}`, { lumary__Billing_Run__c: 'made-up' });
    expect(link.status).toBe(403);
    expect(link.body[0]).toMatchObject({
      message: 'These service fields are set by billing and cannot be changed: lumary__Billing_Run__c.',
      fields: ['lumary__Billing_Run__c'],
    });
    const born = await ctx.call(ctx.admin, 'POST', `/sobjects/${SERVICE}`, {
      lumary__Client__c: client,
      lumary__Service_Date__c: '2027-01-16',
      lumary__Description__c: 'Pre-billed',
      lumary__Quantity__c: '1',
      lumary__Rate__c: '1.00',
      lumary__Funding__c: 'Self-managed',
      lumary__Status__c: 'Billed',
    });
    expect(born.status).toBe(403);

    expect((await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${open}`, { lumary__Status__c: 'Cancelled' })).status).toBe(204);
    const back = await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${open}`, { lumary__Status__c: 'Delivered' });
    expect(back.status).toBe(403);
    expect((await ctx.call(finance, 'DELETE', `/sobjects/${SERVICE}/${open}`)).status).toBe(204);
  });
});

describe('a billing run', () => {
  let run: string;
  let s: Record<string, string>;
  let c: Record<string, string>;

  it('invoices per debtor and client, claims NDIA-managed services per client, and reports progress', async () => {
    const planPartners = await debtors.account('Plan Partners');
    const guardian = await debtors.nominee('Guardian');
    c = {
      self: await debtors.client('Self', { lumary__Funding__c: 'Self-managed' }),
      pm1: await debtors.client('PlanOne', { lumary__Funding__c: 'Plan-managed', lumary__Default_Debtor__c: planPartners }),
      pm2: await debtors.client('PlanTwo', { lumary__Funding__c: 'Plan-managed', lumary__Default_Debtor__c: planPartners }),
      ward: await debtors.client('Ward', { lumary__Default_Debtor__c: guardian }),
      ndia: await debtors.client('Ndia', { lumary__Funding__c: 'NDIA-managed' }),
      ndia2: await debtors.client('NdiaTwo', { lumary__Funding__c: 'NDIA-managed' }),
      planPartners,
      guardian,
    };
    s = {
      self1: await service(c.self, { date: '2027-01-05', quantity: '2', rate: '65.47' }), // 130.94
      self2: await service(c.self, { date: '2027-01-12', quantity: '1.5', rate: '70.00', tax: 'GST' }), // 105.00 + 10.50
      pm1: await service(c.pm1, { date: '2027-01-07', quantity: '1', rate: '193.99', funding: 'Plan-managed' }), // 193.99
      pm2a: await service(c.pm2, { date: '2027-01-08', quantity: '0.75', rate: '193.99', funding: 'Plan-managed' }), // 145.4925 → 145.49
      pm2b: await service(c.pm2, { date: '2027-01-09', quantity: '10', rate: '0.99', tax: 'GST', funding: 'Plan-managed' }), // 9.90 + 0.99
      ward: await service(c.ward, { date: '2027-01-10', quantity: '3', rate: '59.99' }), // 179.97
      ndia1: await service(c.ndia, { date: '2027-01-11', quantity: '2', rate: '100.00', funding: 'NDIA-managed' }), // 200.00
      ndia2: await service(c.ndia, { date: '2027-01-15', quantity: '1', rate: '33.33', tax: 'GST', funding: 'NDIA-managed' }), // 33.33 + 3.33
      ndiaTwo: await service(c.ndia2, { date: '2027-01-20', quantity: '1', rate: '50.00', funding: 'NDIA-managed' }),
      later: await service(c.self, { date: '2027-04-02', quantity: '1', rate: '10.00' }),
      cancelled: await service(c.self, { date: '2027-01-06', quantity: '1', rate: '10.00' }),
    };
    await ctx.call(ctx.admin, 'PATCH', `/sobjects/${SERVICE}/${s.cancelled}`, { lumary__Status__c: 'Cancelled' });

    const started = await ctx.call(finance, 'POST', '/lumary/billing-runs', { upTo: '2027-01-31' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ name: expect.stringMatching(/^BR-\d{6}$/), status: 'Queued' });
    run = started.body.id;
    expect(await finished(run)).toEqual({
      id: run,
      name: started.body.name,
      status: 'Completed',
      upTo: '2027-01-31',
      debtorsTotal: 5,
      debtorsDone: 5,
      debtorsFailed: 0,
      invoicesCreated: 4,
      claimsCreated: 3,
      servicesBilled: 9,
      errors: [],
      finishedAt: expect.any(String),
    });

    const invoices = (await invoicesOfRun(run)).map((i) => [
      i['lumary__Client__c'],
      i['lumary__Debtor__c'],
      i['lumary__Subtotal__c'],
      i['lumary__GST__c'],
      i['lumary__Total__c'],
      i['lumary__Status__c'],
    ]);
    expect(invoices).toEqual(
      expect.arrayContaining([
        [c.self, c.self, '235.94', '10.50', '246.44', 'Open'],
        [c.pm1, planPartners, '193.99', '0.00', '193.99', 'Open'],
        [c.pm2, planPartners, '155.39', '0.99', '156.38', 'Open'],
        [c.ward, guardian, '179.97', '0.00', '179.97', 'Open'],
      ]),
    );
    expect(invoices).toHaveLength(4);
    for (const i of await invoicesOfRun(run))
      expect(i).toMatchObject({ lumary__Invoice_Date__c: '2027-01-31', lumary__Due_Date__c: '2027-02-14' });

    const claims = await query(
      `SELECT lumary__Client__c, lumary__Amount__c, lumary__Status__c, lumary__Claim_Date__c, lumary__Billing_Run__c FROM ${CLAIM} WHERE lumary__Billing_Run__c = '${run}' ORDER BY Name`,
    );
    expect(claims.map((k) => [k['lumary__Client__c'], k['lumary__Amount__c'], k['lumary__Status__c'], k['lumary__Claim_Date__c']])).toEqual(
      [
        [c.ndia, '200.00', 'Open', '2027-01-31'],
        [c.ndia, '36.66', 'Open', '2027-01-31'],
        [c.ndia2, '50.00', 'Open', '2027-01-31'],
      ],
    );

    const billed = [s.self1, s.self2, s.pm1, s.pm2a, s.pm2b, s.ward];
    for (const id of billed)
      expect(await get(SERVICE, id)).toMatchObject({
        lumary__Status__c: 'Billed',
        lumary__Billing_Run__c: run,
        lumary__Invoice__c: expect.any(String),
      });
    expect(await linesPerService(billed)).toEqual([1, 1, 1, 1, 1, 1]);
    expect((await get(SERVICE, s.pm2a)).lumary__Invoice__c).toBe((await get(SERVICE, s.pm2b)).lumary__Invoice__c);
    for (const id of [s.ndia1, s.ndia2, s.ndiaTwo])
      expect(await get(SERVICE, id)).toMatchObject({ lumary__Status__c: 'Claimed', lumary__Billing_Run__c: run, lumary__Invoice__c: null });
    // One claim per service: each is a row of the NDIA bulk payment request.
    expect((await get(SERVICE, s.ndia1)).lumary__Claim__c).not.toBe((await get(SERVICE, s.ndia2)).lumary__Claim__c);
    expect((await get(SERVICE, s.later)).lumary__Status__c).toBe('Delivered');
    expect((await get(SERVICE, s.cancelled)).lumary__Status__c).toBe('Cancelled');
    expect(await get('lumary__Billing_Run__c', run)).toMatchObject({
      lumary__Status__c: 'Completed',
      lumary__Invoices_Created__c: expect.anything(),
    });
  });

  it('bills nothing a second time', async () => {
    const before = (await query(`SELECT Id FROM ${INVOICE}`)).length;
    const again = await runNow({ upTo: '2027-01-31' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: 'Completed',
      debtorsTotal: 0,
      invoicesCreated: 0,
      claimsCreated: 0,
      servicesBilled: 0,
      errors: [],
    });
    expect((await query(`SELECT Id FROM ${INVOICE}`)).length).toBe(before);
    expect(await query(`SELECT Id FROM ${CLAIM} WHERE lumary__Client__c = '${c.ndia}'`)).toHaveLength(2);
  });

  it('moves claims Open → Paid or Error (and back to Open), Paid being final', async () => {
    const [claim, other] = (await query(`SELECT Id, Name FROM ${CLAIM} WHERE lumary__Billing_Run__c = '${run}' ORDER BY Name`)).map(
      (k) => k['Id'] as string,
    );
    const post = (id: string, action: string, body?: unknown) => ctx.call(finance, 'POST', `/lumary/claims/${id}/${action}`, body);
    // Claims post through NDIA Claims Receivable (a claim marked Paid while Open posts its submission and payment).
    const ndiaAccount = await ctx.call(finance, 'POST', '/sobjects/lumary__Accounting_Entity__c', {
      Name: 'NDIA Claims',
      RecordTypeId: 'Control_Account',
      lumary__Control_Account_Type__c: 'NDIA Claims Receivable',
      lumary__Reporting_Code__c: '1250',
    });
    expect(ndiaAccount.status).toBe(201);

    expect((await post(claim, 'paid', { paidDate: '2027-01-30' })).body[0]).toMatchObject({
      message: 'The paid date 2027-01-30 is before the Claim Date 2027-01-31.',
      fields: ['paidDate'],
    });
    expect((await post(claim, 'paid', {})).body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['paidDate'] });
    const paid = await post(claim, 'paid', { paidDate: '2027-02-10' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ id: claim, status: 'Paid' });
    expect(await get(CLAIM, claim)).toMatchObject({ lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-02-10' });
    const toError = await post(claim, 'error', { reason: 'Too late' });
    expect(toError.status).toBe(409);
    expect(toError.body[0].message).toMatch(/^CLM-\d{6} is Paid: a paid claim is final\.$/);
    expect((await post(claim, 'resubmit')).status).toBe(409);
    expect((await post(claim, 'paid', { paidDate: '2027-02-11' })).status).toBe(409);
    const patch = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${claim}`, { lumary__Status__c: 'Open' });
    expect(patch.status).toBe(400);
    expect(patch.body[0].message).toBe('A Paid claim is final: its status cannot change.');
    // Its submission (Dr NDIA Claims Receivable / Cr Therapy Revenue 200.00) and its payment (Dr Bank / Cr NDIA Claims Receivable 200.00).
    expect(
      await query(
        `SELECT lumary__Description__c, lumary__Entry_Date__c FROM lumary__Journal_Entry__c WHERE lumary__Source_Record_Id__c = '${claim}' ORDER BY Name`,
      ),
    ).toEqual([
      expect.objectContaining({
        lumary__Description__c: expect.stringMatching(/^NDIA claim CLM-\d{6} submitted$/),
        lumary__Entry_Date__c: '2027-02-10',
      }),
      expect.objectContaining({
        lumary__Description__c: expect.stringMatching(/^NDIA claim CLM-\d{6} paid$/),
        lumary__Entry_Date__c: '2027-02-10',
      }),
    ]);

    expect((await post(other, 'error', {})).body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['reason'] });
    const errored = await post(other, 'error', { reason: 'Plan expired' });
    expect(errored.body).toMatchObject({ status: 'Error' });
    expect(await get(CLAIM, other)).toMatchObject({ lumary__Status__c: 'Error', lumary__Error_Reason__c: 'Plan expired' });
    const payError = await post(other, 'paid', { paidDate: '2027-02-10' });
    expect(payError.status).toBe(409);
    expect(payError.body[0].message).toMatch(/is Error: only Open or Submitted claims can be marked Paid\./);
    expect((await post(other, 'resubmit')).body).toMatchObject({ status: 'Open' });
    expect(await get(CLAIM, other)).toMatchObject({ lumary__Status__c: 'Open', lumary__Error_Reason__c: null });
    expect((await post(other, 'resubmit')).status).toBe(409);
    expect((await post(other, 'paid', { paidDate: '2027-02-12' })).body).toMatchObject({ status: 'Paid' });

    expect((await post('00000000-0000-4000-8000-000000000000', 'paid', { paidDate: '2027-02-12' })).status).toBe(404);
    expect((await ctx.call(ctx.support, 'POST', `/lumary/claims/${other}/resubmit`)).status).toBe(403);
    const del = await ctx.call(ctx.admin, 'DELETE', `/sobjects/${CLAIM}/${other}`);
    expect(del.status).toBe(409);
    expect(del.body[0].message).toMatch(/claims 1 service\(s\): a claim of services cannot be deleted/);
  });

  it('fails a debtor alone (a service without a GL code), naming it, and bills it once fixed', async () => {
    const insurer = await debtors.account('Careful Insurance');
    const coded = await debtors.client('Coded');
    const uncodedClient = await debtors.client('Uncoded', { lumary__Default_Debtor__c: insurer });
    const ok = await service(coded, { date: '2027-02-03', quantity: '1', rate: '80.00', tax: 'GST' });
    const fine = await service(uncodedClient, { date: '2027-02-04', quantity: '1', rate: '100.00' });
    const uncoded = await service(uncodedClient, {
      date: '2027-02-05',
      quantity: '1',
      rate: '20.00',
      glCode: null,
      description: 'Uncoded support',
    });

    const result = await runNow({ upTo: '2027-02-28' });
    expect(result.body).toMatchObject({
      status: 'Completed with Errors',
      debtorsTotal: 2,
      debtorsDone: 2,
      debtorsFailed: 1,
      invoicesCreated: 1,
      servicesBilled: 1,
    });
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0]).toMatch(/^Careful Insurance: Line .* \(Uncoded support\) has no GL Code/);
    expect(await get('lumary__Billing_Run__c', result.body.id)).toMatchObject({
      lumary__Status__c: 'Completed with Errors',
      lumary__Errors__c: result.body.errors[0],
    });
    expect((await get(SERVICE, ok)).lumary__Status__c).toBe('Billed');
    for (const id of [fine, uncoded])
      expect(await get(SERVICE, id)).toMatchObject({ lumary__Status__c: 'Delivered', lumary__Invoice__c: null });
    expect(await query(`SELECT Id FROM ${INVOICE} WHERE lumary__Debtor__c = '${insurer}'`)).toEqual([]);
    expect((await invoicesOfRun(result.body.id)).map((i) => [i['lumary__Client__c'], i['lumary__Total__c']])).toEqual([[coded, '88.00']]);

    expect((await ctx.call(finance, 'PATCH', `/sobjects/${SERVICE}/${uncoded}`, { lumary__GL_Code__c: ledger.revenue })).status).toBe(204);
    const retry = await runNow({ upTo: '2027-02-28', invoiceDate: '2027-03-01' });
    expect(retry.body).toMatchObject({ status: 'Completed', debtorsTotal: 1, invoicesCreated: 1, servicesBilled: 2, errors: [] });
    expect(
      (await invoicesOfRun(retry.body.id)).map((i) => [i['lumary__Debtor__c'], i['lumary__Invoice_Date__c'], i['lumary__Total__c']]),
    ).toEqual([[insurer, '2027-03-01', '120.00']]);
  });

  it('bills every service exactly once when two runs start together', async () => {
    const shared = await debtors.account('Shared Manager');
    const clients = [
      await debtors.client('RaceA'),
      await debtors.client('RaceB', { lumary__Default_Debtor__c: shared }),
      await debtors.client('RaceC', { lumary__Default_Debtor__c: shared }),
      await debtors.client('RaceD'),
    ];
    const ndia = await debtors.client('RaceNdia', { lumary__Funding__c: 'NDIA-managed' });
    const invoiced: string[] = [];
    for (const [i, client] of clients.entries()) {
      invoiced.push(await service(client, { date: '2027-03-02', quantity: '1', rate: `${10 + i}.00` }));
      invoiced.push(await service(client, { date: '2027-03-03', quantity: '2', rate: '5.00', tax: 'GST' }));
    }
    const claimed = [
      await service(ndia, { date: '2027-03-04', quantity: '1', rate: '40.00', funding: 'NDIA-managed' }),
      await service(ndia, { date: '2027-03-05', quantity: '1', rate: '2.00', funding: 'NDIA-managed' }),
    ];

    const [a, b] = await Promise.all([runNow({ upTo: '2027-03-31' }), runNow({ upTo: '2027-03-31' })]);
    for (const r of [a, b]) expect(r.body).toMatchObject({ status: 'Completed', debtorsFailed: 0 });
    expect(a.body.invoicesCreated + b.body.invoicesCreated).toBe(4);
    expect(a.body.claimsCreated + b.body.claimsCreated).toBe(2);
    expect(a.body.servicesBilled + b.body.servicesBilled).toBe(10);
    expect(await linesPerService(invoiced)).toEqual(invoiced.map(() => 1));
    for (const id of invoiced) expect((await get(SERVICE, id)).lumary__Status__c).toBe('Billed');
    for (const id of claimed) expect((await get(SERVICE, id)).lumary__Status__c).toBe('Claimed');
    expect(await query(`SELECT lumary__Amount__c FROM ${CLAIM} WHERE lumary__Client__c = '${ndia}' ORDER BY Name`)).toEqual([
      expect.objectContaining({ lumary__Amount__c: '40.00' }),
      expect.objectContaining({ lumary__Amount__c: '2.00' }),
    ]);
  });

  it('checks its input and access', async () => {
    const bad = await ctx.call(finance, 'POST', '/lumary/billing-runs', { upTo: '31/03/2027' });
    expect(bad.status).toBe(400);
    expect(bad.body[0].fields).toEqual(['upTo']);
    expect((await ctx.call(finance, 'POST', '/lumary/billing-runs', {})).body[0]).toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      fields: ['upTo'],
    });
    expect((await ctx.call(ctx.support, 'POST', '/lumary/billing-runs', { upTo: '2027-01-31' })).status).toBe(403);
    expect((await ctx.call(finance, 'GET', '/lumary/billing-runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `run-other-${Date.now()}`,
      username: 'finance@run-other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    expect((await ctx.call(other, 'GET', `/lumary/billing-runs/${run}`)).status).toBe(404);
    // Another tenant's run sees none of this tenant's services.
    const theirs = await ctx.call(other, 'POST', '/lumary/billing-runs?wait=true', { upTo: '2027-12-31' });
    expect(theirs.body).toMatchObject({ status: 'Completed', debtorsTotal: 0 });
    expect((await get(SERVICE, s.later)).lumary__Status__c).toBe('Delivered');
  });
});

describe('an interrupted billing run', () => {
  beforeAll(async () => {
    for (const [name, start, end] of [['May 2027', '2027-05-01', '2027-05-31']]) {
      const made = await ctx.call(finance, 'POST', '/sobjects/lumary__Accounting_Entity__c', {
        Name: name,
        RecordTypeId: 'Accounting_Period',
        lumary__Status__c: 'Open',
        lumary__Account_Type__c: 'Revenue',
        lumary__Start_Date__c: start,
        lumary__End_Date__c: end,
      });
      expect(made.status).toBe(201);
    }
    // What earlier tests left Delivered is billed first, so the runs below bill only their own services.
    expect((await runNow({ upTo: '2027-04-30', invoiceDate: '2027-05-01' })).body.status).toBe('Completed');
  });

  it("is resumed by its job's retry: what it billed stays billed once and counted, the rest is billed", async () => {
    const owner = ctx.api.database.owner;
    const runs = new SqlTable(ctx.api.engine.object('lumary__Billing_Run__c'));
    const first = await debtors.client('ResumeOne', { lumary__Funding__c: 'Self-managed' });
    const second = await debtors.client('ResumeTwo', { lumary__Funding__c: 'Self-managed' });
    const billedBefore = [
      await service(first, { date: '2027-05-03', quantity: '1', rate: '20.00' }),
      await service(first, { date: '2027-05-04', quantity: '1', rate: '21.00' }),
    ];
    const done = await runNow({ upTo: '2027-05-31' });
    expect(done.body).toMatchObject({ status: 'Completed', debtorsTotal: 1, servicesBilled: 2 });
    // As a process killed after its first debtor leaves the run: Running, one debtor done, more services still Delivered.
    await owner.query(
      `UPDATE ${runs.name} SET ${runs.col('lumary__Status__c')} = 'Running', ${runs.col('lumary__Debtors_Total__c')} = 2, ${runs.col('lumary__Debtors_Done__c')} = 1, ${runs.col('lumary__Finished_At__c')} = NULL WHERE id = $1`,
      [done.body.id],
    );
    const left = await service(second, { date: '2027-05-05', quantity: '1', rate: '22.00' });
    // Its job again, as the queue retries it after the lease of the killed process ran out.
    await ctx.api.jobs.send(BILLING_RUN_JOB, {
      tenantId: finance.tenantId,
      userId: null,
      timeZone: 'Australia/Sydney',
      runId: done.body.id,
      upTo: '2027-05-31',
      invoiceDate: '2027-05-31',
    });
    expect(await finished(done.body.id)).toMatchObject({
      status: 'Completed',
      debtorsTotal: 2,
      debtorsDone: 2,
      invoicesCreated: 2,
      servicesBilled: 3,
      errors: [],
    });
    expect(await linesPerService([...billedBefore, left])).toEqual([1, 1, 1]);
    for (const id of [...billedBefore, left]) expect((await get(SERVICE, id)).lumary__Billing_Run__c).toBe(done.body.id);
    const history = (await ctx.call(finance, 'GET', `/sobjects/lumary__Billing_Run__c/${done.body.id}/history`)).body.records;
    expect(history).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'lumary__Status__c', oldValue: 'Running', newValue: 'Completed' })]),
    );
  });

  it('is marked Failed, saying why, when its job is given up (its last attempt failed); a finished run is left alone', async () => {
    const owner = ctx.api.database.owner;
    const runs = new SqlTable(ctx.api.engine.object('lumary__Billing_Run__c'));
    const insert = async (status: string) =>
      (
        (await owner.query(
          `INSERT INTO ${runs.name} (tenant_id, ${runs.col('Name')}, ${runs.col('lumary__Up_To_Date__c')}, ${runs.col('lumary__Status__c')}) VALUES ($1, $2, '2027-01-31', $3) RETURNING id`,
          [finance.tenantId, `BR-GIVEN-UP-${status}`, status],
        )) as { id: string }[]
      )[0].id;
    const stuck = await insert('Running');
    const completed = await insert('Completed');
    const service = new BillingRunService(ctx.api.engine);
    const job = (runId: string) => ({
      tenantId: finance.tenantId,
      userId: null,
      timeZone: 'Australia/Sydney',
      runId,
      upTo: '2027-01-31',
      invoiceDate: '2027-01-31',
    });
    await service.giveUp(job(stuck), 'the process working it stopped (no word from it within its lease)');
    await service.giveUp(job(completed), 'ignored');
    const failed = (await ctx.call(finance, 'GET', `/lumary/billing-runs/${stuck}`)).body;
    expect(failed).toMatchObject({
      status: 'Failed',
      errors: [
        'The run stopped: the process working it stopped (no word from it within its lease). Services it had not billed are still Delivered; start a new run.',
      ],
    });
    expect(failed.finishedAt).not.toBeNull();
    expect((await ctx.call(finance, 'GET', `/lumary/billing-runs/${completed}`)).body).toMatchObject({ status: 'Completed', errors: [] });
    const history = (await ctx.call(finance, 'GET', `/sobjects/lumary__Billing_Run__c/${stuck}/history`)).body.records;
    expect(history).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'lumary__Status__c', oldValue: 'Running', newValue: 'Failed' })]),
    );
  });

  it('is left alone once finished: its job sent again changes nothing', async () => {
    const client = await debtors.client('FinishedRun', { lumary__Funding__c: 'Self-managed' });
    const billed = await service(client, { date: '2027-05-13', quantity: '1', rate: '30.00' });
    const done = (await runNow({ upTo: '2027-05-31' })).body;
    expect(done).toMatchObject({ status: 'Completed', servicesBilled: 1 });
    const later = await service(client, { date: '2027-05-14', quantity: '1', rate: '31.00' });
    await ctx.api.jobs.send(BILLING_RUN_JOB, {
      tenantId: finance.tenantId,
      userId: null,
      timeZone: 'Australia/Sydney',
      runId: done.id,
      upTo: '2027-05-31',
      invoiceDate: '2027-05-31',
    });
    await sleep(1500);
    expect((await ctx.call(finance, 'GET', `/lumary/billing-runs/${done.id}`)).body).toEqual(done);
    expect((await get(SERVICE, later)).lumary__Status__c).toBe('Delivered');
    expect(await linesPerService([billed])).toEqual([1]);
  });
});
