import { LocalDate } from '@js-joda/core';
import { signedInUser } from '@platform/api/testing';
import { arApi, controlAccount, ENTITY, invoiceBody, makeDebtors, period, treeNode, type TestUser } from '../testing/ar-api';

/**
 * The debtor summary through the API (libs/lumary-ar/RULES.md#debtor-summary): clients, nominees and plan
 * managers made through the records API, invoices issued (and one credited, one voided, one left
 * a Draft) through the invoice endpoints, dated around today so that some are overdue. Payments
 * are not in this file yet: "Usually Pays in" is "—" here; the library spec
 * (libs/lumary-ar/server/src/lib/summary/debtor-summary.service.spec.ts) covers it and the
 * statuses the records API cannot set (Billed and Cancelled services, Paid invoices).
 */

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let today: LocalDate;
const day = (offset: number) => today.plusDays(offset).toString();
const summary = (id: string, user: TestUser = finance) => ctx.call(user, 'GET', `/lumary/debtors/${id}/summary`);

const ids = { client: '', nominee: '', manager: '', glCode: '' };
const inv = { ownOverdue: '', ownCurrent: '', nominee: '', manager: '', draft: '', voided: '' };

async function made(path: string, body: unknown): Promise<string> {
  const response = await ctx.call(finance, 'POST', path, body);
  if (response.status !== 201) throw new Error(`${path} failed: ${response.text}`);
  return response.body.id;
}

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  const debtors = await makeDebtors(ctx.call, finance);
  ids.client = await debtors.client('Lovelace');
  ids.nominee = await debtors.nominee('Byron');
  ids.manager = await debtors.account('Plan Partners');
  // "Today" is the tenant's (Australia/Sydney): the summary says which day it is as of.
  today = LocalDate.parse((await summary(ids.client)).body.asOf);

  await made(`/sobjects/${ENTITY}`, period('Summary period', day(-120), day(60)));
  await made(`/sobjects/${ENTITY}`, controlAccount('Debtors Control', 'Debtors Control Account', '1200'));
  await made(`/sobjects/${ENTITY}`, controlAccount('GST Control', 'GST Control Account', '2200'));
  ids.glCode = await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'Service Revenue', '4000'));
  const issue = (invoiceDate: string, lines: [string, string, 'GST' | 'GST_FREE'][], extra: Record<string, unknown> = {}) =>
    made('/lumary/invoices', invoiceBody(ids.client, invoiceDate, ids.glCode, lines, { issue: true, ...extra }));

  // Due 14 days after the Invoice Date (the default terms).
  inv.ownOverdue = await issue(day(-40), [['1', '100.00', 'GST']]); // 110.00, due 26 days ago
  inv.ownCurrent = await issue(day(0), [['2', '50.00', 'GST_FREE']]); // 100.00, due in 14 days
  inv.nominee = await issue(day(-20), [['1', '200.00', 'GST']], { debtor: ids.nominee }); // 220.00, due 6 days ago
  inv.manager = await issue(day(-5), [['3', '33.33', 'GST_FREE']], { debtor: ids.manager }); // 99.99, due in 9 days
  inv.draft = await made('/lumary/invoices', invoiceBody(ids.client, day(-30), ids.glCode, [['1', '500.00', 'GST']]));
  inv.voided = await made('/lumary/invoices', invoiceBody(ids.client, day(-30), ids.glCode, [['1', '700.00', 'GST']]));
  const voided = await ctx.call(finance, 'POST', `/lumary/invoices/${inv.voided}/void`, { reason: 'Raised in error' });
  if (voided.status !== 200) throw new Error(`void failed: ${voided.text}`);
  const credited = await ctx.call(finance, 'POST', `/lumary/invoices/${inv.nominee}/credit-notes`, {
    date: day(-1),
    amount: '10.00',
    reason: 'Goodwill',
  });
  if (credited.status !== 201) throw new Error(`credit failed: ${credited.text}`);

  const service = (quantity: string, rate: string, taxCode: 'GST' | 'GST_FREE', extra: Record<string, unknown> = {}) =>
    made('/sobjects/lumary__Service_Delivered__c', {
      lumary__Client__c: ids.client,
      lumary__Service_Date__c: day(-2),
      lumary__Description__c: 'Support',
      lumary__Funding__c: 'Self-managed',
      lumary__Quantity__c: quantity,
      lumary__Rate__c: rate,
      lumary__Tax_Code__c: taxCode,
      ...extra,
    });
  await service('2', '45.50', 'GST_FREE'); // 91.00
  await service('1', '100.00', 'GST'); // 110.00
  await service('1', '999.00', 'GST_FREE', { lumary__Client__c: await debtors.client('Babbage') }); // another client's
  // Claims are made Open; only the claim actions mark them in Error or Paid.
  const claim = (amount: string) =>
    made('/sobjects/lumary__Claim__c', { lumary__Client__c: ids.client, lumary__Claim_Date__c: day(-3), lumary__Amount__c: amount });
  const act = async (id: string, action: string, body: unknown) => {
    const response = await ctx.call(finance, 'POST', `/lumary/claims/${id}/${action}`, body);
    if (response.status !== 200) throw new Error(`claim ${action} failed: ${response.text}`);
  };
  await claim('300.00');
  await act(await claim('45.00'), 'error', { reason: 'Plan expired' });
  await act(await claim('12.00'), 'paid', { paidDate: day(-1) });
});
afterAll(() => ctx?.api.close());

const listed = (figure: { invoices: { id: string }[] }) =>
  figure.invoices.map((i) => Object.entries(inv).find(([, id]) => id === i.id)?.[0]);

describe('GET /api/lumary/debtors/{id}/summary of a client', () => {
  it('totals what is owed for the client, whoever the debtor, with the overdue badge', async () => {
    const response = await summary(ids.client);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      kind: 'client',
      asOf: day(0),
      debtor: { id: ids.client, name: 'Client Lovelace', type: 'Contact', recordType: 'Client' },
      totalOwed: { amount: '519.99', overdue: '320.00' },
    });
    // Oldest due first; the Draft and the voided invoice owe nothing.
    expect(listed(response.body.totalOwed)).toEqual(['ownOverdue', 'nominee', 'manager', 'ownCurrent']);
  });

  it('splits it into Owed by the Client and Owed by others, which add up to Total Owed', async () => {
    const { body } = await summary(ids.client);
    expect(body.owedByClient).toMatchObject({ amount: '210.00', overdue: '110.00' });
    expect(listed(body.owedByClient)).toEqual(['ownOverdue', 'ownCurrent']);
    expect(body.owedByOthers).toMatchObject({ amount: '309.99', overdue: '210.00' });
    expect(listed(body.owedByOthers)).toEqual(['nominee', 'manager']);
  });

  it('lists each invoice with its debtor, dates, status, total, balance after credits, and days overdue', async () => {
    const { body } = await summary(ids.client);
    expect(body.owedByOthers.invoices).toEqual([
      {
        id: inv.nominee,
        name: expect.stringMatching(/^INV-\d{6}$/),
        client: { id: ids.client, name: 'Client Lovelace', type: 'Contact' },
        debtor: { id: ids.nominee, name: 'Nominee Byron', type: 'Contact' },
        invoiceDate: day(-20),
        dueDate: day(-6),
        status: 'Part Paid', // the invoice core's status after a part credit
        total: '220.00',
        balance: '210.00',
        daysOverdue: 6,
      },
      expect.objectContaining({
        id: inv.manager,
        debtor: { id: ids.manager, name: 'Plan Partners', type: 'Account' },
        total: '99.99',
        balance: '99.99',
        dueDate: day(9),
        daysOverdue: 0,
      }),
    ]);
    expect(body.owedByClient.invoices[0]).toMatchObject({ id: inv.ownOverdue, balance: '110.00', daysOverdue: 26 });
  });

  it('sums the services delivered and not yet billed, and the Open and Error claims', async () => {
    const { body } = await summary(ids.client);
    expect(body.accruedServices).toEqual({ amount: '201.00', count: 2 });
    expect(body.openOrErrorClaims).toEqual({
      amount: '345.00',
      count: 2,
      open: { amount: '300.00', count: 1 },
      error: { amount: '45.00', count: 1 },
    });
  });

  it('shows "—" for Usually Pays in when nothing was paid in the last year', async () => {
    expect((await summary(ids.client)).body.usuallyPaysIn).toEqual({ days: null, basedOn: 0 });
  });
});

describe('GET /api/lumary/debtors/{id}/summary of a payer', () => {
  it('gives a General Contact (a nominee) what it owes, with the client of each invoice', async () => {
    const { status, body } = await summary(ids.nominee);
    expect(status).toBe(200);
    expect(body).toEqual({
      kind: 'debtor',
      asOf: day(0),
      debtor: { id: ids.nominee, name: 'Nominee Byron', type: 'Contact', recordType: 'General' },
      totalOwed: {
        amount: '210.00',
        overdue: '210.00',
        invoices: [expect.objectContaining({ id: inv.nominee, client: { id: ids.client, name: 'Client Lovelace', type: 'Contact' } })],
      },
      usuallyPaysIn: { days: null, basedOn: 0 },
      // Nothing paid in the last year: no history, no level (libs/lumary-ar/RULES.md#collections).
      risk: {
        level: null,
        noHistory: true,
        basedOn: 0,
        expectedLateness: null,
        shareLate: null,
        paidLate: 0,
        reversedPayments: 0,
        brokenPromises: 0,
        reasons: [],
      },
    });
  });

  it('gives an Account (a plan manager) what it owes, nothing overdue', async () => {
    const { status, body } = await summary(ids.manager);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'debtor',
      debtor: { name: 'Plan Partners', type: 'Account', recordType: null },
      totalOwed: { amount: '99.99', overdue: '0.00' },
    });
    expect(listed(body.totalOwed)).toEqual(['manager']);
  });
});

describe('who may see a summary', () => {
  it('answers 404 for another tenant’s debtor, an unknown id and an id that is not a Contact or Account', async () => {
    const outsider = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Date.now()}`,
      username: `finance@other-${Date.now()}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    for (const [user, id] of [
      [outsider, ids.client],
      [finance, '00000000-0000-4000-8000-000000000000'],
      [finance, inv.ownOverdue],
      [finance, 'not-an-id'],
    ] as const) {
      const response = await summary(id, user);
      expect(response.status).toBe(404);
      expect(response.body).toEqual([
        { errorCode: 'NOT_FOUND', message: `The requested resource does not exist: no Contact or Account with id '${id}'`, fields: [] },
      ]);
      expect(response.text).not.toContain('Lovelace');
    }
  });

  it('refuses a user without the AR permission set (403)', async () => {
    const response = await summary(ids.client, ctx.support);
    expect(response.status).toBe(403);
    expect(response.body).toEqual([
      {
        errorCode: 'INSUFFICIENT_ACCESS',
        message: 'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.',
        fields: [],
      },
    ]);
  });
});
