import { LocalDate, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import { signedInUser } from '@platform/api/testing';
import { arApi, controlAccount, ENTITY, makeDebtors, treeNode, type TestUser } from '../testing/ar-api';

/**
 * Collections (libs/lumary-ar/RULES.md#collections), hand-computed: risk levels and predicted pay
 * dates for debtors with known histories, a reminder schedule run on three consecutive days (and
 * twice at once), a statement's figures, and the worklist's order. Dates are relative to today
 * (risk is "as of today"), in one Open period around it. Invoices are GST-free 100.00 with the
 * default 14-day terms: due = invoice date + 14.
 */
let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
const today = LocalDate.now(ZoneId.of('Australia/Sydney'));
const day = (offset: number) => today.plusDays(offset).toString();
const ids: Record<string, string> = {};
let gl = '';
let seq = 0;

async function ok(response: Promise<{ status: number; text: string; body: any }>, expected = 201) {
  const r = await response;
  if (r.status !== expected) throw new Error(`${r.status}: ${r.text}`);
  return r.body;
}
const post = (path: string, body: unknown, expected = 201) => ok(ctx.call(finance, 'POST', path, body), expected);

/** An issued 100.00 invoice to `debtor`, due on day(due). */
async function invoice(debtor: string, due: number): Promise<string> {
  const body = await post('/lumary/invoices', {
    client: ids.client,
    debtor,
    invoiceDate: day(due - 14),
    issue: true,
    lines: [{ description: 'Support', quantity: '1', unitPrice: '100.00', taxCode: 'GST_FREE', glCode: gl }],
  });
  return body.id;
}
const pay = (debtor: string, date: string, amount: string, allocations: { invoice: string; amount: string }[] = []) =>
  post('/lumary/payments', { debtor, date, amount, method: 'EFT', idempotencyKey: `k-${++seq}`, allocations });
/** An invoice due on day(due) paid in full `late` days after it. */
async function paidInvoice(debtor: string, due: number, late: number) {
  const id = await invoice(debtor, due);
  await pay(debtor, day(due + late), '100.00', [{ invoice: id, amount: '100.00' }]);
}

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  await post(`/sobjects/${ENTITY}`, {
    Name: 'Around today',
    RecordTypeId: 'Accounting_Period',
    lumary__Status__c: 'Open',
    lumary__Account_Type__c: 'Revenue',
    lumary__Start_Date__c: day(-400),
    lumary__End_Date__c: day(60),
  });
  for (const [name, type, code] of [
    ['Debtors', 'Debtors Control Account', '1200'],
    ['GST', 'GST Control Account', '2200'],
    ['Bank', 'Bank Account', '1000'],
  ] as const)
    await post(`/sobjects/${ENTITY}`, controlAccount(name, type, code));
  gl = (await post(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'Core Supports', '4100'))).id;
  const d = await makeDebtors(ctx.call, finance);
  ids.client = await d.client('Kim');
  for (const name of ['NoHistory', 'Low', 'MediumShare', 'HighLate', 'HighReversed', 'Remind', 'Paused', 'Statement'])
    ids[name] = await d.account(name);

  await paidInvoice(ids.NoHistory, -100, 0);
  await paidInvoice(ids.NoHistory, -90, 60); // two only: no history, however late
  // Low: days late -2, 0, 3 -> max(0,.) 0, 0, 3 -> L = 0; 1 of 3 late.
  await paidInvoice(ids.Low, -100, -2);
  await paidInvoice(ids.Low, -80, 0);
  await paidInvoice(ids.Low, -60, 3);
  // Medium by share late: 1, 2, -5 -> 0, 1, 2 -> L = 1 (not > 7); 2 of 3 late (66.7% > 50%).
  await paidInvoice(ids.MediumShare, -100, 1);
  await paidInvoice(ids.MediumShare, -80, 2);
  await paidInvoice(ids.MediumShare, -60, -5);
  ids.mediumOpen = await invoice(ids.MediumShare, -10); // 100.00, 10 days overdue
  // High by L: 40, 35, 10 -> L = 35 > 30.
  await paidInvoice(ids.HighLate, -150, 40);
  await paidInvoice(ids.HighLate, -120, 35);
  await paidInvoice(ids.HighLate, -90, 10);
  ids.highOpen = await invoice(ids.HighLate, -5); // 5 days overdue; predicted day(-5 + 35) = day(30)
  // High by a reversed payment: on time three times, then a dishonoured payment 10 days ago.
  await paidInvoice(ids.HighReversed, -100, 0);
  await paidInvoice(ids.HighReversed, -80, 0);
  await paidInvoice(ids.HighReversed, -60, 0);
  ids.reversedOpen = await invoice(ids.HighReversed, -3);
  const bounced = await pay(ids.HighReversed, day(-12), '40.00');
  await post(`/lumary/payments/${bounced.id}/reverse`, { date: day(-10), reason: 'Dishonoured' }, 200);
}, 400_000);
afterAll(() => ctx?.api.close());

describe('risk and predicted pay date', () => {
  const risk = async (id: string) => ok(ctx.call(finance, 'GET', `/lumary/debtors/${id}/risk`), 200);

  it('has no level and no prediction with fewer than 3 paid invoices', async () => {
    const r = await risk(ids.NoHistory);
    expect(r).toMatchObject({ level: null, noHistory: true, basedOn: 2, expectedLateness: null, reasons: [] });
  });

  it('is Low when L <= 7 and at most half were late', async () => {
    const r = await risk(ids.Low);
    expect(r).toMatchObject({ level: 'Low', basedOn: 3, expectedLateness: 0, shareLate: '33.3', paidLate: 1 });
    expect(r.reasons.map((x: { code: string }) => x.code)).toEqual(['ON_TIME']);
  });

  it('is Medium when more than half were paid late, and predicts today for an invoice already past Due + L', async () => {
    const r = await risk(ids.MediumShare);
    expect(r).toMatchObject({ level: 'Medium', expectedLateness: 1, shareLate: '66.7', paidLate: 2 });
    expect(r.reasons).toEqual([{ code: 'MOSTLY_LATE', text: '2 of 3 invoices paid late (66.7%, over 50%).' }]);
    // due day(-10) + 1 = day(-9), before today: predicted today.
    expect(r.invoices).toEqual([expect.objectContaining({ id: ids.mediumOpen, daysOverdue: 10, predictedPayDate: day(0) })]);
  });

  it('is High when L > 30, predicting Due Date + L', async () => {
    const r = await risk(ids.HighLate);
    expect(r).toMatchObject({ level: 'High', expectedLateness: 35, shareLate: '100.0' });
    expect(r.reasons.map((x: { code: string }) => x.code)).toEqual(['LATENESS_OVER_30']);
    expect(r.invoices[0]).toMatchObject({ id: ids.highOpen, predictedPayDate: day(30) });
  });

  it('is High after a reversed payment in the last 90 days, whatever the lateness', async () => {
    const r = await risk(ids.HighReversed);
    expect(r).toMatchObject({ level: 'High', expectedLateness: 0, reversedPayments: 1 });
    expect(r.reasons).toEqual([{ code: 'REVERSED_PAYMENT', text: '1 payment reversed in the last 90 days.' }]);
    expect(r.invoices[0]).toMatchObject({ predictedPayDate: day(0) }); // due day(-3) + 0, before today
  });

  it('shows on the debtor summary next to Usually Pays in', async () => {
    const s = await ok(ctx.call(finance, 'GET', `/lumary/debtors/${ids.HighLate}/summary`), 200);
    expect(s.risk).toMatchObject({ level: 'High', expectedLateness: 35 });
    expect(s.usuallyPaysIn).toMatchObject({ basedOn: 3 });
  });
});

describe('reminders', () => {
  const emailsTo = async (to: string) =>
    (
      await ok(
        ctx.call(
          finance,
          'GET',
          `/query?q=${encodeURIComponent(`SELECT Id, lumary__Subject__c FROM lumary__Outbound_Email__c WHERE lumary__To__c = '${to}'`)}`,
        ),
        200,
      )
    ).records as { lumary__Subject__c: string }[];
  const stepsOf = async (invoiceId: string) =>
    (
      await ok(
        ctx.call(
          finance,
          'GET',
          `/query?q=${encodeURIComponent(`SELECT lumary__Offset_Days__c FROM lumary__Reminder__c WHERE lumary__Invoice__c = '${invoiceId}'`)}`,
        ),
        200,
      )
    ).records
      .map((r: { lumary__Offset_Days__c: number }) => Number(r.lumary__Offset_Days__c))
      .sort((a: number, b: number) => a - b);
  const run = async (asOf: string) => ok(ctx.call(finance, 'POST', '/lumary/reminders/run', { asOf }), 200);
  const forDebtor = (result: { debtors: { debtor: { id: string } }[] }, id: string) =>
    result.debtors.find((d) => d.debtor.id === id) as any;

  beforeAll(async () => {
    const settings = await post('/sobjects/lumary__AR_Settings__c', { Name: 'AR', lumary__Sender_Email__c: 'ar@provider.test' });
    for (const [name, offset] of [
      ['Friendly', -3],
      ['First', 7],
      ['Second', 21],
      ['Final', 45],
    ] as const)
      await post('/sobjects/lumary__Reminder_Step__c', {
        Name: name,
        lumary__AR_Settings__c: settings.id,
        lumary__Offset_Days__c: offset,
        lumary__Subject__c: `${name} reminder: {{invoiceCount}} invoice(s), \${{totalDue}}`,
      });
    await post('/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: ids.Remind, lumary__Invoice_Email__c: 'ar@remind.test' });
    await post('/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: ids.Paused, lumary__Pause_Reminders__c: true });
    ids.r1 = await invoice(ids.Remind, -20); // day 0: 7 due (21 on day 1)
    ids.r2 = await invoice(ids.Remind, 2); // day 0: -3 due (day -1)
    ids.r3 = await invoice(ids.Remind, -50); // day 0: 45 due; -3, 7, 21 skipped
    ids.p1 = await invoice(ids.Paused, -30);
  }, 200_000);

  it('sends per invoice only the furthest due step, one email per debtor, on three days and twice at once', async () => {
    const day0 = await run(day(0));
    expect(forDebtor(day0, ids.Remind)).toMatchObject({ outcome: 'sent', to: 'ar@remind.test' });
    expect(
      forDebtor(day0, ids.Remind)
        .invoices.map((i: { offset: number }) => i.offset)
        .sort((a: number, b: number) => a - b),
    ).toEqual([-3, 7, 45]);
    expect(forDebtor(day0, ids.Paused)).toMatchObject({ outcome: 'paused', email: null });
    expect(await stepsOf(ids.r1)).toEqual([7]);
    expect(await stepsOf(ids.r2)).toEqual([-3]);
    expect(await stepsOf(ids.r3)).toEqual([45]);
    expect(await stepsOf(ids.p1)).toEqual([]);
    // The furthest step's template: Final (45), listing the three invoices, 300.00.
    expect((await emailsTo('ar@remind.test')).map((e) => e.lumary__Subject__c)).toEqual(['Final reminder: 3 invoice(s), $300.00']);

    // Day 1, twice at once (two API calls racing): r1 reaches 21; one email between them.
    const [a, b] = await Promise.all([run(day(1)), run(day(1))]);
    const outcomes = [forDebtor(a, ids.Remind)?.outcome, forDebtor(b, ids.Remind)?.outcome];
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(await stepsOf(ids.r1)).toEqual([7, 21]);
    expect(await emailsTo('ar@remind.test')).toHaveLength(2);

    // Day 2, twice: nothing more is due for Remind.
    expect(forDebtor(await run(day(2)), ids.Remind)).toBeUndefined();
    expect(forDebtor(await run(day(2)), ids.Remind)).toBeUndefined();
    expect(await emailsTo('ar@remind.test')).toHaveLength(2);
    expect(await stepsOf(ids.r2)).toEqual([-3]);
    expect(await stepsOf(ids.r3)).toEqual([45]);
  });

  it('records each reminder in the audit trail and on the invoice', async () => {
    const audit = await ok(ctx.call(finance, 'GET', `/lumary/audit?object=lumary__Reminder__c`), 200);
    const mine = await ok(
      ctx.call(
        finance,
        'GET',
        `/query?q=${encodeURIComponent(`SELECT Id FROM lumary__Reminder__c WHERE lumary__Invoice__c = '${ids.r1}'`)}`,
      ),
      200,
    );
    const created = new Set(
      audit.records
        .filter((e: { field: { name: string } }) => e.field.name === 'created')
        .map((e: { record: { id: string } }) => e.record.id),
    );
    expect(mine.records).toHaveLength(2);
    for (const r of mine.records) expect(created.has(r.Id)).toBe(true);
    const page = await ok(ctx.call(finance, 'GET', `/ui/record/lumary__Invoice__c/${ids.r1}`), 200);
    const related = page.relatedLists.find((l: { object: string }) => l.object === 'lumary__Reminder__c');
    expect(related).toMatchObject({ label: 'Reminders Sent', totalSize: 2, createable: false });
    expect(related.records.map((r: { lumary__Step_Name__c: string }) => r.lumary__Step_Name__c).sort()).toEqual(['First', 'Second']);
  });

  it('refuses a user without edit on invoices, and a bad date names the field', async () => {
    expect((await ctx.call(ctx.support, 'POST', '/lumary/reminders/run', {})).status).toBe(403);
    const bad = await ctx.call(finance, 'POST', '/lumary/reminders/run', { asOf: '2027-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body[0].fields).toEqual(['asOf']);
  });
});

describe('statements', () => {
  beforeAll(async () => {
    const s1 = await invoice(ids.Statement, -26); // dated day(-40)
    const s2 = await invoice(ids.Statement, 4); // dated day(-10), due day(4)
    await pay(ids.Statement, day(-8), '100.00', [{ invoice: s1, amount: '100.00' }]);
    await post(`/lumary/invoices/${s2}/credit-notes`, { date: day(-5), amount: '20.00', reason: 'Pricing error' });
    const p2 = await pay(ids.Statement, day(-2), '30.00', [{ invoice: s2, amount: '30.00' }]);
    await post(`/lumary/payments/${p2.id}/reverse`, { date: day(-1), reason: 'Dishonoured' }, 200);
  }, 200_000);

  it('has the opening balance, each movement, the closing balance and its aging', async () => {
    const s = await ok(ctx.call(finance, 'GET', `/lumary/debtors/${ids.Statement}/statement?from=${day(-9)}&asAt=${day(0)}`), 200);
    // Before day(-9): two invoices of 100.00 -> 200.00.
    expect(s.openingBalance).toBe('200.00');
    expect(s.lines.map((l: { type: string; amount: string; balance: string }) => [l.type, l.amount, l.balance])).toEqual([
      ['Payment', '-100.00', '100.00'],
      ['Credit Note', '-20.00', '80.00'],
      ['Payment', '-30.00', '50.00'],
      ['Payment Reversal', '30.00', '80.00'],
    ]);
    expect(s.closingBalance).toBe('80.00');
    expect(s.totals).toEqual({ invoiced: '0.00', credited: '20.00', paid: '130.00', reversed: '30.00', voided: '0.00' });
    // s2: 100.00 - 20.00 credited = 80.00, due day(4): current.
    expect(s.aging).toEqual({
      current: '80.00',
      days1To30: '0.00',
      days31To60: '0.00',
      days61To90: '0.00',
      days90Plus: '0.00',
      unallocatedCredit: '0.00',
    });
    const html = await ctx.call(finance, 'GET', `/lumary/debtors/${ids.Statement}/statement?from=${day(-9)}&asAt=${day(0)}&format=html`);
    expect(html.text).toContain('80.00');
    const pdf = await fetch(`${ctx.api.url}/api/lumary/debtors/${ids.Statement}/statement?format=pdf`, {
      headers: { Authorization: `Bearer ${finance.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
  });

  it('is emailed to the debtor, and to every debtor with a balance by a job', async () => {
    const sent = await ok(ctx.call(finance, 'POST', `/lumary/debtors/${ids.Remind}/statement/send`, { asAt: day(0) }), 202);
    expect(sent.to).toBe('ar@remind.test');
    const started = await ok(ctx.call(finance, 'POST', '/lumary/statements/send-all', { asAt: day(0) }), 202);
    let status: any;
    for (let i = 0; i < 120; i++) {
      status = await ok(ctx.call(finance, 'GET', `/lumary/statements/send-all/${started.runId}`), 200);
      if (status.state === 'completed' || status.state === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status.state).toBe('completed');
    // Debtors with a balance: MediumShare, HighLate, HighReversed (60.00 credit aside: 100.00 owed), Remind, Paused, Statement.
    expect(status.progress).toMatchObject({ total: 6, done: 6, queued: 6 });
  });
});

describe('the worklist', () => {
  it('ranks overdue debtors by overdue x days x risk weight, with promises, contacts and reminders', async () => {
    // A broken promise makes MediumShare High: 100.00 promised by day(-2), nothing paid since day(-6).
    await post('/sobjects/lumary__Promise_To_Pay__c', {
      lumary__Debtor__c: ids.MediumShare,
      lumary__Promise_Date__c: day(-2),
      lumary__Promised_On__c: day(-6),
      lumary__Amount__c: '100.00',
      lumary__Note__c: 'Said Friday',
    });
    await post('/sobjects/lumary__Promise_To_Pay__c', {
      lumary__Debtor__c: ids.Remind,
      lumary__Promise_Date__c: day(5),
      lumary__Amount__c: '100.00',
    });
    // Kept: HighLate paid 100.00 on day(-85) and 100.00 on day(-80), from the day it promised (day(-85)) to day(-75).
    await post('/sobjects/lumary__Promise_To_Pay__c', {
      lumary__Debtor__c: ids.HighLate,
      lumary__Promise_Date__c: day(-75),
      lumary__Promised_On__c: day(-85),
      lumary__Amount__c: '100.00',
    });
    await post('/sobjects/lumary__Collection_Activity__c', {
      lumary__Debtor__c: ids.Paused,
      lumary__Type__c: 'Call',
      lumary__Activity_Date__c: day(-1),
      lumary__Note__c: 'Disputing one line',
    });
    const w = await ok(ctx.call(finance, 'GET', '/lumary/collections/worklist'), 200);
    // Remind: 100 x 20 + 100 x 50 = 7000 x 1.5 (no history) = 10500; Paused: 100 x 30 x 1.5 = 4500;
    // MediumShare: 100 x 10 x 3 (High now) = 3000; HighLate: 100 x 5 x 3 = 1500; HighReversed: 100 x 3 x 3 = 900.
    expect(w.debtors.map((r: any) => [r.debtor.name, r.score, r.risk.level])).toEqual([
      ['Remind', '10500.00', null],
      ['Paused', '4500.00', null],
      ['MediumShare', '3000.00', 'High'],
      ['HighLate', '1500.00', 'High'],
      ['HighReversed', '900.00', 'High'],
    ]);
    const [remind, paused, medium] = w.debtors;
    expect(remind).toMatchObject({ overdue: '200.00', overdueInvoices: 2, oldestDaysOverdue: 50, followUp: false });
    expect(remind.promises).toEqual([expect.objectContaining({ amount: '100.00', status: 'Open', promiseDate: day(5) })]);
    // r2 (due day(2)) has had -3; its next step is 7 on day(9); r1's 45 falls on day(25).
    expect(remind.nextReminder).toMatchObject({ date: day(9), offset: 7 });
    expect(paused).toMatchObject({ remindersPaused: true, nextReminder: null, lastContact: { date: day(-1), type: 'Call' } });
    expect(medium).toMatchObject({ followUp: true, promises: [expect.objectContaining({ status: 'Broken', paidTowards: '0.00' })] });
    expect(medium.risk.reasons.map((r: { code: string }) => r.code)).toEqual(['BROKEN_PROMISE']);
    // L = 1 for MediumShare: due day(-10) + 1 is past, so today; no history for Remind: no prediction.
    expect(medium.invoices).toEqual([expect.objectContaining({ id: ids.mediumOpen, daysOverdue: 10, predictedPayDate: day(0) })]);
    expect(remind.invoices.map((i: { predictedPayDate: string | null }) => i.predictedPayDate)).toEqual([null, null]);
    expect(w.debtors[3].invoices[0]).toMatchObject({ id: ids.highOpen, predictedPayDate: day(30) });
    expect(w.debtors[3].promises).toEqual([expect.objectContaining({ status: 'Kept', paidTowards: '200.00', promiseDate: day(-75) })]);
    expect(w.debtors[3]).toMatchObject({
      followUp: false,
      risk: { level: 'High', reasons: [expect.objectContaining({ code: 'LATENESS_OVER_30' })] },
    });
  });

  it('shows another tenant nothing, and refuses a user without the permission', async () => {
    const stranger = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Math.random().toString(36).slice(2, 8)}`,
      username: `stranger-${Math.random().toString(36).slice(2, 6)}@other.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    const theirs = await ok(ctx.call(stranger, 'GET', '/lumary/collections/worklist'), 200);
    expect(theirs.debtors).toEqual([]);
    expect((await ctx.call(stranger, 'GET', `/lumary/debtors/${ids.HighLate}/risk`)).status).toBe(404);
    expect((await ctx.call(stranger, 'GET', `/lumary/debtors/${ids.Statement}/statement`)).status).toBe(404);
    expect((await ctx.call(ctx.support, 'GET', '/lumary/collections/worklist')).status).toBe(403);
  });
});
