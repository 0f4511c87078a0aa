import { request, signedInUser } from '@platform/api/testing';
import { arApi, type TestUser } from '../testing/ar-api';
import { seedReceivables } from '../testing/receivables-scenario';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let seeded: Awaited<ReturnType<typeof seedReceivables>>;

const aged = async (asAt: string, user: TestUser = finance) => ctx.call(user, 'GET', `/lumary/reports/aged-receivables?asAt=${asAt}`);
/** The Debtors Control balance in the trial balance at a date. */
const debtorsControl = async (asOf: string) => {
  const tb = await ctx.call(finance, 'GET', `/lumary/reports/trial-balance?asOf=${asOf}`);
  return tb.body.rows.find((r: { kind: string }) => r.kind === 'Debtors Control Account').balance as string;
};
const zero = { current: '0.00', days1To30: '0.00', days31To60: '0.00', days61To90: '0.00', days90Plus: '0.00', unallocatedCredit: '0.00' };

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  seeded = await seedReceivables(ctx.call, finance);
});
afterAll(() => ctx?.api.close());

describe('aged receivables as at a date', () => {
  it("on 31 January: Alpha's credited invoice 12 days past due; Beta's and Gamma's (voided later) not yet due", async () => {
    const report = await aged('2027-01-31');
    expect(report.status).toBe(200);
    expect(report.body.debtors).toEqual([
      { id: seeded.beta, name: 'Beta Plan Partners', type: 'Account', ...zero, current: '300.00', total: '300.00' },
      { id: seeded.alpha, name: 'Client Alpha', type: 'Contact', ...zero, days1To30: '100.00', total: '100.00' },
      { id: seeded.gamma, name: 'Nominee Gamma', type: 'Contact', ...zero, current: '50.00', total: '50.00' },
    ]);
    expect(report.body.totals).toEqual({ ...zero, current: '350.00', days1To30: '100.00', total: '450.00' });
    expect(report.body).toMatchObject({ asAt: '2027-01-31', debtorsControl: '450.00', difference: '0.00' });
    expect(await debtorsControl('2027-01-31')).toBe('450.00');
  });

  it("on 28 February: part payment and credit age 40 days; Beta's unallocated 50.00 is negative; the void and Gamma's paid invoice are gone", async () => {
    const report = await aged('2027-02-28');
    expect(report.body.debtors).toEqual([
      { id: seeded.beta, name: 'Beta Plan Partners', type: 'Account', ...zero, unallocatedCredit: '-50.00', total: '-50.00' },
      { id: seeded.alpha, name: 'Client Alpha', type: 'Contact', ...zero, days1To30: '200.00', days31To60: '40.00', total: '240.00' },
    ]);
    expect(report.body.totals).toEqual({ ...zero, days1To30: '200.00', days31To60: '40.00', unallocatedCredit: '-50.00', total: '190.00' });
    expect(report.body).toMatchObject({ debtorsControl: '190.00', difference: '0.00' });
    expect(await debtorsControl('2027-02-28')).toBe('190.00');
  });

  it("on 12 March: the dishonoured payment puts Gamma's invoice back; Alpha's new payment is unallocated credit until the 20th", async () => {
    const report = await aged('2027-03-12');
    expect(report.body.debtors).toEqual([
      {
        id: seeded.beta,
        name: 'Beta Plan Partners',
        type: 'Account',
        ...zero,
        current: '88.00',
        unallocatedCredit: '-50.00',
        total: '38.00',
      },
      {
        id: seeded.alpha,
        name: 'Client Alpha',
        type: 'Contact',
        ...zero,
        days1To30: '200.00',
        days31To60: '40.00',
        unallocatedCredit: '-25.00',
        total: '215.00',
      },
      { id: seeded.gamma, name: 'Nominee Gamma', type: 'Contact', ...zero, days1To30: '120.00', total: '120.00' },
    ]);
    expect(report.body.totals).toEqual({
      ...zero,
      current: '88.00',
      days1To30: '320.00',
      days31To60: '40.00',
      unallocatedCredit: '-75.00',
      total: '373.00',
    });
    expect(report.body).toMatchObject({ debtorsControl: '373.00', difference: '0.00' });
    expect(await debtorsControl('2027-03-12')).toBe('373.00');
  });

  it("on 10 May: 111 days is 90+, 75 and 84 days 61-90, 40 days 31-60; the later allocation has used Alpha's credit", async () => {
    const report = await aged('2027-05-10');
    expect(report.body.debtors).toEqual([
      {
        id: seeded.beta,
        name: 'Beta Plan Partners',
        type: 'Account',
        ...zero,
        days31To60: '88.00',
        unallocatedCredit: '-50.00',
        total: '38.00',
      },
      { id: seeded.alpha, name: 'Client Alpha', type: 'Contact', ...zero, days61To90: '175.00', days90Plus: '40.00', total: '215.00' },
      { id: seeded.gamma, name: 'Nominee Gamma', type: 'Contact', ...zero, days61To90: '120.00', total: '120.00' },
    ]);
    expect(report.body.totals).toEqual({
      ...zero,
      days31To60: '88.00',
      days61To90: '295.00',
      days90Plus: '40.00',
      unallocatedCredit: '-50.00',
      total: '373.00',
    });
    expect(report.body).toMatchObject({ debtorsControl: '373.00', difference: '0.00' });
    expect(await debtorsControl('2027-05-10')).toBe('373.00');
  });

  it('is empty before the first invoice, with a zero control balance', async () => {
    const report = await aged('2026-12-31');
    expect(report.body).toEqual({
      asAt: '2026-12-31',
      debtors: [],
      totals: { ...zero, total: '0.00' },
      debtorsControl: '0.00',
      difference: '0.00',
    });
  });

  it("defaults to today in the tenant's zone", async () => {
    const report = await ctx.call(finance, 'GET', '/lumary/reports/aged-receivables');
    expect(report.status).toBe(200);
    expect(report.body.asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a bad date, naming asAt', async () => {
    for (const asAt of ['31/01/2027', '2027-02-30', 'yesterday']) {
      const report = await aged(asAt);
      expect(report.status).toBe(400);
      expect(report.body[0]).toMatchObject({ errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD', fields: ['asAt'] });
    }
  });
});

describe('aged receivables as CSV', () => {
  it('downloads the report with a header row, plain 2-decimal money, the total and the control balance', async () => {
    const response = await request(ctx.api, 'GET', '/lumary/reports/aged-receivables?asAt=2027-03-12&format=csv', { token: finance.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="aged-receivables-2027-03-12.csv"');
    expect(response.text.split('\r\n')).toEqual([
      'Debtor,Debtor Type,Debtor Id,Current,1-30,31-60,61-90,90+,Unallocated Credit,Total',
      `Beta Plan Partners,Account,${seeded.beta},88.00,0.00,0.00,0.00,0.00,-50.00,38.00`,
      `Client Alpha,Contact,${seeded.alpha},0.00,200.00,40.00,0.00,0.00,-25.00,215.00`,
      `Nominee Gamma,Contact,${seeded.gamma},0.00,120.00,0.00,0.00,0.00,0.00,120.00`,
      'Total,,,88.00,320.00,40.00,0.00,0.00,-75.00,373.00',
      'Debtors Control at 2027-03-12,,,,,,,,,373.00',
      'Difference,,,,,,,,,0.00',
      '',
    ]);
  });

  it('answers an Accept: text/csv request with CSV too, and refuses an unknown format', async () => {
    const byHeader = await request(ctx.api, 'GET', '/lumary/reports/aged-receivables?asAt=2027-01-31', {
      token: finance.token,
      headers: { Accept: 'text/csv' },
    });
    expect(byHeader.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(byHeader.text.split('\r\n')[4]).toBe('Total,,,350.00,100.00,0.00,0.00,0.00,0.00,450.00');
    const xml = await request(ctx.api, 'GET', '/lumary/reports/aged-receivables?format=xml', { token: finance.token });
    expect(xml.status).toBe(400);
    expect(xml.body[0].fields).toEqual(['format']);
  });
});

describe('who may see it', () => {
  it('refuses a user without the AR permission set, and shows another tenant only its own receivables', async () => {
    const refused = await aged('2027-03-12', ctx.support);
    expect(refused.status).toBe(403);
    expect(refused.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `aged-other-${Date.now()}`,
      username: 'finance@aged-other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    const theirs = await aged('2027-03-12', other);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({ debtors: [], totals: { total: '0.00' }, debtorsControl: '0.00' });
  });
});
