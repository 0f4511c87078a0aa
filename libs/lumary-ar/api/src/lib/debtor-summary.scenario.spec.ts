import { LocalDate, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import { arApi, controlAccount, ENTITY, makeDebtors, treeNode, type TestUser } from '../testing/ar-api';

/**
 * The debtor summary (libs/lumary-ar/RULES.md#debtor-summary), figure by figure, for a client with their own, plan-managed and
 * nominee invoices, some overdue, a part payment, a credit note, accrued services and claims.
 * Dates are relative to today (the summary is "as of today"), in one Open period around it.
 */
let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
const today = LocalDate.now(ZoneId.of('Australia/Sydney'));
const day = (offset: number) => today.plusDays(offset).toString();

const ids: Record<string, string> = {};
const names: Record<string, string> = {};

async function ok(response: Promise<{ status: number; text: string; body: { id?: string; name?: string } }>, expected = 201) {
  const r = await response;
  if (r.status !== expected) throw new Error(`${r.status}: ${r.text}`);
  return r.body;
}

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  const post = (path: string, body: unknown, headers?: string) =>
    ctx.call(finance, 'POST', path, headers ? { ...(body as object), idempotencyKey: headers } : body);
  await ok(
    post(`/sobjects/${ENTITY}`, {
      Name: 'Around today',
      RecordTypeId: 'Accounting_Period',
      lumary__Status__c: 'Open',
      lumary__Account_Type__c: 'Revenue',
      lumary__Start_Date__c: day(-400),
      lumary__End_Date__c: day(60),
    }),
  );
  for (const [name, type, code] of [
    ['Debtors', 'Debtors Control Account', '1200'],
    ['GST', 'GST Control Account', '2200'],
    ['Bank', 'Bank Account', '1000'],
  ] as const) {
    await ok(post(`/sobjects/${ENTITY}`, controlAccount(name, type, code)));
  }
  const gl = (await ok(post(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'Core Supports', '4100')))).id!;
  const d = await makeDebtors(ctx.call, finance);
  ids.planManager = await d.account('Plan Partners');
  ids.nominee = await d.nominee('Rossi');
  ids.client = await d.client('Alex', { lumary__Default_Debtor__c: ids.planManager, lumary__Funding__c: 'Plan-managed' });
  await ok(post('/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: ids.client, lumary__Payment_Terms__c: 14 }));
  await ok(post('/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: ids.planManager, lumary__Payment_Terms__c: 30 }));
  await ok(post('/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: ids.nominee, lumary__Payment_Terms__c: 7 }));

  const invoice = async (key: string, debtor: string, offset: number, lines: [string, string, 'GST' | 'GST_FREE'][]) => {
    const body = await ok(
      post('/lumary/invoices', {
        client: ids.client,
        debtor,
        invoiceDate: day(offset),
        issue: true,
        lines: lines.map(([quantity, unitPrice, taxCode]) => ({ description: 'Support', quantity, unitPrice, taxCode, glCode: gl })),
      }),
    );
    ids[key] = body.id!;
    names[key] = body.name!;
  };
  await invoice('own1', ids.client, -60, [['2', '100.00', 'GST_FREE']]); // 200.00, due day(-46): overdue
  await invoice('own2', ids.client, -5, [['1', '80.00', 'GST']]); // 88.00, due day(9)
  await invoice('ownPaid', ids.client, -100, [['1', '50.00', 'GST']]); // 55.00, paid in full 20 days later
  await invoice('plan1', ids.planManager, -70, [['3', '67.56', 'GST_FREE']]); // 202.68, due day(-40): overdue
  await invoice('plan2', ids.planManager, -10, [['1', '150.00', 'GST_FREE']]); // 150.00, due day(20)
  await invoice('nominee1', ids.nominee, -20, [['1', '45.50', 'GST']]); // 50.05, due day(-13): overdue

  const pay = (key: string, debtor: string, date: string, amount: string, invoiceKey: string) =>
    ok(post('/lumary/payments', { debtor, date, amount, method: 'EFT', allocations: [{ invoice: ids[invoiceKey], amount }] }, key));
  await pay('alex-part', ids.client, day(-30), '50.00', 'own1'); // own1 balance 150.00
  await pay('alex-full', ids.client, day(-80), '55.00', 'ownPaid'); // paid in 20 days
  await ok(post(`/lumary/invoices/${ids.plan1}/credit-notes`, { date: day(-35), amount: '20.00', reason: 'Pricing error' })); // plan1 balance 182.68

  const service = (quantity: string, rate: string, taxCode: string, funding = 'Plan-managed') =>
    ok(
      post('/sobjects/lumary__Service_Delivered__c', {
        lumary__Client__c: ids.client,
        lumary__Service_Date__c: day(-3),
        lumary__Description__c: 'Community access',
        lumary__Quantity__c: quantity,
        lumary__Rate__c: rate,
        lumary__Tax_Code__c: taxCode,
        lumary__GL_Code__c: gl,
        lumary__Funding__c: funding,
      }),
    ).then((b) => b.id!);
  await service('2', '67.56', 'GST_FREE'); // 135.12 accrued
  await service('1', '100.00', 'GST'); // 110.00 accrued
  const billed = await service('1', '30.00', 'GST_FREE'); // billed now: becomes an invoice to the plan manager
  await ok(post(`/lumary/services/${billed}/bill-now`, { invoiceDate: day(-2) }));
  const cancelled = await service('1', '999.00', 'GST_FREE');
  await ok(ctx.call(ctx.admin, 'PATCH', `/sobjects/lumary__Service_Delivered__c/${cancelled}`, { lumary__Status__c: 'Cancelled' }), 204);

  const claim = (amount: string) =>
    ok(
      post('/sobjects/lumary__Claim__c', { lumary__Client__c: ids.client, lumary__Claim_Date__c: day(-15), lumary__Amount__c: amount }),
    ).then((b) => b.id!);
  await claim('300.00'); // Open
  const errored = await claim('120.00');
  await ok(post(`/lumary/claims/${errored}/error`, { reason: 'Plan dates do not cover the service' }), 200);
  const paid = await claim('500.00');
  await ok(post(`/lumary/claims/${paid}/paid`, { paidDate: day(-1) }), 200);
}, 180_000);
afterAll(() => ctx?.api.close());

const summary = async (id: string) => {
  const response = await ctx.call(finance, 'GET', `/lumary/debtors/${id}/summary`);
  expect(response.status).toBe(200);
  return response.body;
};
const listed = (figure: { invoices: { name: string; balance: string }[] }) => figure.invoices.map((i) => [i.name, i.balance]).sort();

describe('the debtor summary of a client', () => {
  it('matches the rules figure by figure', async () => {
    const s = await summary(ids.client);
    expect(s.kind).toBe('client');
    // Owed by the Client: own1 150.00 (overdue) + own2 88.00.
    expect(s.owedByClient).toMatchObject({ amount: '238.00', overdue: '150.00' });
    expect(listed(s.owedByClient)).toEqual(
      [
        [names.own1, '150.00'],
        [names.own2, '88.00'],
      ].sort(),
    );
    // Owed by others: plan1 182.68 (overdue) + plan2 150.00 + the bill-now invoice 30.00 + nominee1 50.05 (overdue).
    expect(s.owedByOthers).toMatchObject({ amount: '412.73', overdue: '232.73' });
    expect(listed(s.owedByOthers).map(([name]) => name)).toEqual(expect.arrayContaining([names.plan1, names.plan2, names.nominee1]));
    expect(s.owedByOthers.invoices).toHaveLength(4);
    // Total Owed = Owed by the Client + Owed by others, always.
    expect(s.totalOwed).toMatchObject({ amount: '650.73', overdue: '382.73' });
    expect(s.accruedServices).toMatchObject({ amount: '245.12', count: 2 });
    expect(s.openOrErrorClaims).toMatchObject({
      amount: '420.00',
      open: { amount: '300.00', count: 1 },
      error: { amount: '120.00', count: 1 },
    });
    expect(s.usuallyPaysIn).toEqual({ days: 20, basedOn: 1 });
    const overdue = s.totalOwed.invoices
      .filter((i: { daysOverdue: number }) => i.daysOverdue > 0)
      .map((i: { name: string; daysOverdue: number }) => [i.name, i.daysOverdue]);
    expect(overdue.sort()).toEqual(
      [
        [names.own1, 46],
        [names.plan1, 40],
        [names.nominee1, 13],
      ].sort(),
    );
  });

  it('shows a plan manager and a nominee only what they owe, with its overdue part', async () => {
    const plan = await summary(ids.planManager);
    expect(plan).toMatchObject({
      kind: 'debtor',
      totalOwed: { amount: '362.68', overdue: '182.68' },
      usuallyPaysIn: { days: null, basedOn: 0 },
    });
    expect(plan).not.toHaveProperty('accruedServices');
    const nominee = await summary(ids.nominee);
    expect(nominee).toMatchObject({ kind: 'debtor', totalOwed: { amount: '50.05', overdue: '50.05' } });
    expect(listed(nominee.totalOwed)).toEqual([[names.nominee1, '50.05']]);
  });

  it('follows a payment at once: the badge goes when the overdue invoice is paid', async () => {
    await ok(
      ctx.call(finance, 'POST', '/lumary/payments', {
        debtor: ids.nominee,
        date: day(0),
        amount: '50.05',
        method: 'BPAY',
        idempotencyKey: 'rossi-1',
        allocations: [{ invoice: ids.nominee1, amount: '50.05' }],
      }),
    );
    const s = await summary(ids.client);
    expect(s.owedByOthers).toMatchObject({ amount: '362.68', overdue: '182.68' });
    expect(s.totalOwed).toMatchObject({ amount: '600.68', overdue: '332.68' });
    expect((await summary(ids.nominee)).usuallyPaysIn).toEqual({ days: 20, basedOn: 1 });
  });
});
