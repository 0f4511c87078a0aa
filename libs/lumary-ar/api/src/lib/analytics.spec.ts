import { request, signedInUser } from '@platform/api/testing';
import { arApi, invoiceBody, makeDebtors, seedLedger, type TestUser } from '../testing/ar-api';
import { seedReceivables } from '../testing/receivables-scenario';

/**
 * Analytics and the GST summary over the receivables scenario (testing/receivables-scenario.ts),
 * plus one April invoice with a GST line and a GST-free line, part-credited. Every figure below
 * is worked out by hand from that book:
 *
 * Receivables (aged total = Debtors Control) at each month-end:
 * - 31 Jan: I1 110 − credit 10 = 100 (due 19 Jan, 12 days: 1-30) + I3 300 (current) + I5 50 (current) = 450.00
 * - 28 Feb: I1 100 − P1 60 = 40 (40 days: 31-60) + I2 200 (4 days: 1-30) + I3 0 + I6 0 (P3) − P2's 50 unallocated;
 *   I5 voided 15 Feb = 190.00
 * - 31 Mar: I1 40 (71 days: 61-90) + I2 200 − P4 25 = 175 (35 days: 31-60) + I4 88 (due 31 Mar: current)
 *   + I6 120 (P3 dishonoured 10 Mar; 44 days: 31-60) − 50 = 373.00
 */
let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let seeded: Awaited<ReturnType<typeof seedReceivables>>;
let other: TestUser;

const get = (path: string, user: TestUser = finance) => ctx.call(user, 'GET', path);

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  seeded = await seedReceivables(ctx.call, finance);
  // I7 (April): 1 × 100.00 GST (110.00 with GST) and 1 × 90.00 GST-free = 200.00; credited 33.33 on 20 April.
  const i7 = await ctx.call(
    finance,
    'POST',
    '/lumary/invoices',
    invoiceBody(
      seeded.alpha,
      '2027-04-05',
      seeded.ledger.therapy,
      [
        ['1', '100.00', 'GST'],
        ['1', '90.00', 'GST_FREE'],
      ],
      { issue: true },
    ),
  );
  if (i7.status !== 201) throw new Error(i7.text);
  const credit = await ctx.call(finance, 'POST', `/lumary/invoices/${i7.body.id}/credit-notes`, {
    date: '2027-04-20',
    amount: '33.33',
    reason: 'Pricing error',
  });
  if (credit.status !== 201) throw new Error(credit.text);

  other = await signedInUser(ctx.api, ctx.tenants, {
    slug: `analytics-other-${Date.now()}`,
    username: 'finance@analytics-other.test',
    permissionSets: ['lumary__AR_Management'],
  });
  const ledger = await seedLedger(ctx.call, other);
  const client = await (await makeDebtors(ctx.call, other)).client('Other');
  const issued = await ctx.call(
    other,
    'POST',
    '/lumary/invoices',
    invoiceBody(client, '2027-01-05', ledger.therapy, [['1', '999.00', 'GST_FREE']], { issue: true }),
  );
  if (issued.status !== 201) throw new Error(issued.text);
}, 400_000);
afterAll(() => ctx?.api.close());

describe('receivables analytics as at a date', () => {
  it('February: DSO and CEI of the as-at month by default, with every input shown', async () => {
    const report = await get('/lumary/reports/analytics?asAt=2027-02-28');
    expect(report.status).toBe(200);
    // S = invoices dated in February (I2 200 + I6 120) − credit notes (none) − I5 voided on 15 Feb (50) = 270.00
    // DSO = receivables at 28 Feb ÷ S × days = 190 ÷ 270 × 28 = 19.70… → 19.7
    // CEI = (start + S − end) ÷ (start + S − Current at end) × 100 = (450 + 270 − 190) ÷ (450 + 270 − 0) × 100
    //     = 530 ÷ 720 × 100 = 73.61… → 73.6 (530 is what February's payments P1 60 + P2 350 + P3 120 collected)
    expect(report.body.kpis).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
      days: 28,
      receivablesStart: '450.00',
      receivablesEnd: '190.00',
      currentEnd: '0.00',
      invoiced: '320.00',
      credited: '0.00',
      voided: '50.00',
      creditSales: '270.00',
      dso: '19.7',
      cei: '73.6',
    });
  });

  it('March as an explicit period: the dishonour makes the CEI negative; January has nothing to collect at its start', async () => {
    const march = await get('/lumary/reports/analytics?asAt=2027-03-31&from=2027-03-01&to=2027-03-31');
    // S = I4 88.00; DSO = 373 ÷ 88 × 31 = 131.39… → 131.4
    // CEI = (190 + 88 − 373) ÷ (190 + 88 − 88) × 100 = −95 ÷ 190 × 100 = −50.0
    expect(march.body.kpis).toMatchObject({ receivablesStart: '190.00', receivablesEnd: '373.00', currentEnd: '88.00' });
    expect(march.body.kpis).toMatchObject({ creditSales: '88.00', days: 31, dso: '131.4', cei: '-50.0' });
    const january = await get('/lumary/reports/analytics?asAt=2027-01-31');
    // S = 110 + 300 + 50 − credit 10 = 450; DSO = 450 ÷ 450 × 31 = 31.0; CEI = (0 + 450 − 450) ÷ (0 + 450 − 350) × 100 = 0.0
    expect(january.body.kpis).toMatchObject({
      receivablesStart: '0.00',
      creditSales: '450.00',
      currentEnd: '350.00',
      dso: '31.0',
      cei: '0.0',
    });
    // Nothing sold in a period: DSO is "—" (null).
    const empty = await get('/lumary/reports/analytics?asAt=2027-03-31&from=2026-06-01&to=2026-06-30');
    expect(empty.body.kpis).toMatchObject({ creditSales: '0.00', dso: null, cei: null });
  });

  it('the 12-month trend, each month-end reconciled to Debtors Control, and the aging at each month-end', async () => {
    const report = await get('/lumary/reports/analytics?asAt=2027-03-31');
    const trend = report.body.trend as { month: string; date: string; receivables: string; debtorsControl: string; difference: string }[];
    expect(trend.map((t) => t.month)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(trend[0]).toEqual({ month: '2026-04', date: '2026-04-30', receivables: '0.00', debtorsControl: '0.00', difference: '0.00' });
    expect(trend.slice(9)).toEqual([
      { month: '2027-01', date: '2027-01-31', receivables: '450.00', debtorsControl: '450.00', difference: '0.00' },
      { month: '2027-02', date: '2027-02-28', receivables: '190.00', debtorsControl: '190.00', difference: '0.00' },
      { month: '2027-03', date: '2027-03-31', receivables: '373.00', debtorsControl: '373.00', difference: '0.00' },
    ]);
    expect(report.body.aging.slice(9)).toEqual([
      {
        month: '2027-01',
        date: '2027-01-31',
        current: '350.00',
        days1To30: '100.00',
        days31To60: '0.00',
        days61To90: '0.00',
        days90Plus: '0.00',
        unallocatedCredit: '0.00',
        total: '450.00',
      },
      {
        month: '2027-02',
        date: '2027-02-28',
        current: '0.00',
        days1To30: '200.00',
        days31To60: '40.00',
        days61To90: '0.00',
        days90Plus: '0.00',
        unallocatedCredit: '-50.00',
        total: '190.00',
      },
      {
        month: '2027-03',
        date: '2027-03-31',
        current: '88.00',
        days1To30: '0.00',
        days31To60: '295.00',
        days61To90: '40.00',
        days90Plus: '0.00',
        unallocatedCredit: '-50.00',
        total: '373.00',
      },
    ]);
    // The month of a mid-month as-at date ends at that date.
    const mid = await get('/lumary/reports/analytics?asAt=2027-02-15');
    expect(mid.body.trend[11]).toMatchObject({ month: '2027-02', date: '2027-02-15' });
  });

  it('top overdue debtors and payments per month, and each table as CSV', async () => {
    const report = await get('/lumary/reports/analytics?asAt=2027-03-31');
    // Alpha: I1 40 + I2 175 overdue; Gamma: I6 120; Beta's I4 is due on the day (not overdue).
    expect(report.body.topOverdue).toEqual([
      { id: seeded.alpha, name: 'Client Alpha', type: 'Contact', overdue: '215.00', balance: '215.00' },
      { id: seeded.gamma, name: 'Nominee Gamma', type: 'Contact', overdue: '120.00', balance: '120.00' },
    ]);
    expect(report.body.payments.slice(10)).toEqual([
      { month: '2027-02', count: 3, received: '530.00', reversed: '0.00', net: '530.00' },
      { month: '2027-03', count: 1, received: '25.00', reversed: '120.00', net: '-95.00' },
    ]);
    const csv = await request(ctx.api, 'GET', '/lumary/reports/analytics?asAt=2027-03-31&format=csv&table=top-overdue', {
      token: finance.token,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="analytics-top-overdue-2027-03-31.csv"');
    expect(csv.text).toBe(
      [
        'Debtor,Debtor Type,Debtor Id,Overdue,Balance',
        `Client Alpha,Contact,${seeded.alpha},215.00,215.00`,
        `Nominee Gamma,Contact,${seeded.gamma},120.00,120.00`,
        '',
      ].join('\r\n'),
    );
    const trend = await request(ctx.api, 'GET', '/lumary/reports/analytics?asAt=2027-03-31&format=csv&table=trend', {
      token: finance.token,
    });
    expect(trend.text.split('\r\n').slice(-2)).toEqual(['2027-03,2027-03-31,373.00,373.00,0.00', '']);
    const kpis = await request(ctx.api, 'GET', '/lumary/reports/analytics?asAt=2027-02-28&format=csv&table=kpis', { token: finance.token });
    expect(kpis.text).toContain('DSO (days),19.7\r\nCEI (%),73.6\r\n');
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['/lumary/reports/analytics?asAt=31/03/2027', 'asAt'],
      ['/lumary/reports/analytics?from=2027-03-01', 'to'],
      ['/lumary/reports/analytics?from=2027-03-31&to=2027-03-01', 'to'],
      ['/lumary/reports/analytics?format=csv', 'table'],
      ['/lumary/reports/analytics?format=csv&table=everything', 'table'],
      ['/lumary/reports/gst?from=2027-01-01', 'to'],
      ['/lumary/reports/gst?from=2027-02-30&to=2027-03-31', 'from'],
      ['/lumary/reports/gst?from=2027-03-31&to=2027-01-01', 'to'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body[0].fields).toContain(field);
    }
  });
});

describe('GST summary for the BAS', () => {
  it('January to March: G1, G3 and 1A by invoice, credit note and void date, and GST Control agrees', async () => {
    const summary = await get('/lumary/reports/gst?from=2027-01-01&to=2027-03-31');
    expect(summary.status).toBe(200);
    // Invoices I1–I6: totals 110 + 200 + 300 + 88 + 50 + 120 = 868; GST 10 + 8 = 18; GST-free 200 + 300 + 50 + 120 = 670.
    // Credit note on I1 (one GST line, 110 with GST): 10.00, of which GST = 10 × 10/110 = 0.909… → 0.91.
    // I5 (50 GST-free) voided on 15 Feb.
    // G1 = 868 − 10 − 50 = 808.00; G3 = 670 − 0 − 50 = 620.00; 1A = 18 − 0.91 = 17.09
    // GST Control: credited 10 (I1) + 8 (I4), debited 0.91 (the credit note) = 17.09.
    expect(summary.body).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
      invoices: { count: 6, total: '868.00', gstFree: '670.00', gst: '18.00' },
      creditNotes: { count: 1, total: '10.00', gstFree: '0.00', gst: '0.91' },
      voids: { count: 1, total: '50.00', gstFree: '50.00', gst: '0.00' },
      g1: '808.00',
      g3: '620.00',
      gst1A: '17.09',
      gstControl: '17.09',
      difference: '0.00',
    });
  });

  it("April: a part credit's share of the GST-free line comes off G3", async () => {
    // I7: 110.00 (GST line) + 90.00 (GST-free) = 200.00. Credit 33.33 shared by gross amount:
    // GST line 33.33 × 110/200 = 18.3315 → 18.33, of which GST 18.33 × 10/110 = 1.666… → 1.67;
    // GST-free line 33.33 × 90/200 = 14.9985 → 15.00 (18.33 + 15.00 = 33.33: no rounding cent to move).
    // G1 = 200 − 33.33 = 166.67; G3 = 90 − 15 = 75.00; 1A = 10 − 1.67 = 8.33
    const summary = await get('/lumary/reports/gst?from=2027-04-01&to=2027-04-30');
    expect(summary.body).toMatchObject({
      invoices: { count: 1, total: '200.00', gstFree: '90.00', gst: '10.00' },
      creditNotes: { count: 1, total: '33.33', gstFree: '15.00', gst: '1.67' },
      g1: '166.67',
      g3: '75.00',
      gst1A: '8.33',
      gstControl: '8.33',
      difference: '0.00',
    });
    const csv = await request(ctx.api, 'GET', '/lumary/reports/gst?from=2027-04-01&to=2027-04-30&format=csv', { token: finance.token });
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="gst-summary-2027-04-01-2027-04-30.csv"');
    expect(csv.text).toBe(
      [
        'Row,Count,Total incl GST (G1),GST-free (G3),GST (1A)',
        'Invoices,1,200.00,90.00,10.00',
        'Credit Notes,1,33.33,15.00,1.67',
        'Voided Invoices,0,0.00,0.00,0.00',
        'BAS,,166.67,75.00,8.33',
        'GST Control movement,,,,8.33',
        'Difference,,,,0.00',
        '',
      ].join('\r\n'),
    );
  });
});

describe('security', () => {
  it('a user without the AR permission set gets 403 from both', async () => {
    for (const path of ['/lumary/reports/analytics?asAt=2027-03-31', '/lumary/reports/gst?from=2027-01-01&to=2027-03-31']) {
      const response = await get(path, ctx.support);
      expect(response.status).toBe(403);
      expect(response.text).not.toContain('373.00');
      expect(response.text).not.toContain('808.00');
    }
  });

  it('another tenant sees only its own book', async () => {
    const analytics = await get('/lumary/reports/analytics?asAt=2027-03-31', other);
    expect(analytics.status).toBe(200);
    expect(analytics.body.trend.slice(9).map((t: { receivables: string }) => t.receivables)).toEqual(['999.00', '999.00', '999.00']);
    expect(analytics.body.payments.every((p: { count: number }) => p.count === 0)).toBe(true);
    const gst = await get('/lumary/reports/gst?from=2027-01-01&to=2027-03-31', other);
    expect(gst.body).toMatchObject({ g1: '999.00', g3: '999.00', gst1A: '0.00', gstControl: '0.00' });
    // …and this tenant never sees the other's 999.00.
    expect((await get('/lumary/reports/analytics?asAt=2027-03-31')).text).not.toContain('999.00');
  });
});
