import { request, signedInUser } from '@platform/api/testing';
import { arApi, invoiceBody, makeDebtors, seedLedger, type TestUser } from '../testing/ar-api';
import { seedReceivables } from '../testing/receivables-scenario';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let seeded: Awaited<ReturnType<typeof seedReceivables>>;
/** A finance user of a second tenant, with an invoice of its own. */
let other: TestUser;
let otherClient: string;

const INVOICE = 'lumary__Invoice__c';
const get = (path: string, user: TestUser = finance) => ctx.call(user, 'GET', path);
const csv = (path: string, user: TestUser = finance) =>
  request(ctx.api, 'GET', path, { token: user.token, headers: { Accept: 'text/csv' } });
const sydneyToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' }).format(new Date());

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  seeded = await seedReceivables(ctx.call, finance);
  other = await signedInUser(ctx.api, ctx.tenants, {
    slug: `reports-other-${Date.now()}`,
    username: 'finance@reports-other.test',
    permissionSets: ['lumary__AR_Management'],
  });
  const ledger = await seedLedger(ctx.call, other);
  otherClient = await (await makeDebtors(ctx.call, other)).client('Other');
  const issued = await ctx.call(
    other,
    'POST',
    '/lumary/invoices',
    invoiceBody(otherClient, '2027-01-05', ledger.therapy, [['1', '999.00', 'GST_FREE']], { issue: true }),
  );
  if (issued.status !== 201) throw new Error(issued.text);
});
afterAll(() => ctx?.api.close());

describe('debtor balances as at a date', () => {
  it('on 28 February: invoiced, paid, credited, unallocated credit, balance and overdue per debtor', async () => {
    const report = await get('/lumary/reports/debtor-balances?asAt=2027-02-28');
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      asAt: '2027-02-28',
      debtors: [
        {
          id: seeded.beta,
          name: 'Beta Plan Partners',
          type: 'Account',
          invoiced: '300.00',
          paid: '350.00',
          credited: '0.00',
          unallocatedCredit: '50.00',
          balance: '-50.00',
          overdue: '0.00',
        },
        {
          id: seeded.alpha,
          name: 'Client Alpha',
          type: 'Contact',
          invoiced: '310.00',
          paid: '60.00',
          credited: '10.00',
          unallocatedCredit: '0.00',
          balance: '240.00',
          overdue: '240.00',
        },
        // I5 was voided on 15 February: only I6 counts, paid by P3 (reversed only in March).
        {
          id: seeded.gamma,
          name: 'Nominee Gamma',
          type: 'Contact',
          invoiced: '120.00',
          paid: '120.00',
          credited: '0.00',
          unallocatedCredit: '0.00',
          balance: '0.00',
          overdue: '0.00',
        },
      ],
      totals: { invoiced: '730.00', paid: '530.00', credited: '10.00', unallocatedCredit: '50.00', balance: '190.00', overdue: '240.00' },
    });
  });

  it('on 10 May, after the dishonour and the later allocation; and as CSV', async () => {
    const report = await get('/lumary/reports/debtor-balances?asAt=2027-05-10');
    expect(report.body.totals).toEqual({
      invoiced: '818.00',
      paid: '435.00',
      credited: '10.00',
      unallocatedCredit: '50.00',
      balance: '373.00',
      overdue: '423.00',
    });
    const download = await request(ctx.api, 'GET', '/lumary/reports/debtor-balances?asAt=2027-05-10&format=csv', { token: finance.token });
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="debtor-balances-2027-05-10.csv"');
    expect(download.text).toBe(
      [
        'Debtor,Debtor Type,Debtor Id,Invoiced,Paid,Credited,Unallocated Credit,Balance,Overdue',
        `Beta Plan Partners,Account,${seeded.beta},388.00,350.00,0.00,50.00,38.00,88.00`,
        `Client Alpha,Contact,${seeded.alpha},310.00,85.00,10.00,0.00,215.00,215.00`,
        `Nominee Gamma,Contact,${seeded.gamma},120.00,0.00,0.00,0.00,120.00,120.00`,
        'Total,,,818.00,435.00,10.00,50.00,373.00,423.00',
        '',
      ].join('\r\n'),
    );
  });
});

describe('payment history of a debtor', () => {
  it('lists the payments newest first with their allocations, what is allocated and what is left', async () => {
    const history = await get(`/lumary/debtors/${seeded.alpha}/payments`);
    expect(history.status).toBe(200);
    expect(history.body).toEqual({
      debtor: { id: seeded.alpha, name: 'Client Alpha', type: 'Contact' },
      payments: [
        {
          id: seeded.payments.p4,
          number: 'PAY-000004',
          date: '2027-03-05',
          method: 'EFT',
          reference: null,
          amount: '25.00',
          allocated: '25.00',
          unallocated: '0.00',
          status: 'Received',
          reversalDate: null,
          reversalReason: null,
          allocations: [
            {
              id: expect.any(String),
              invoice: { id: seeded.invoices.i2, name: 'INV-000002' },
              amount: '25.00',
              date: '2027-03-20',
              reversed: false,
              reversedDate: null,
            },
          ],
        },
        {
          id: seeded.payments.p1,
          number: 'PAY-000001',
          date: '2027-02-05',
          method: 'EFT',
          reference: 'ALPHA-FEB',
          amount: '60.00',
          allocated: '60.00',
          unallocated: '0.00',
          status: 'Received',
          reversalDate: null,
          reversalReason: null,
          allocations: [
            {
              id: expect.any(String),
              invoice: { id: seeded.invoices.i1, name: 'INV-000001' },
              amount: '60.00',
              date: '2027-02-05',
              reversed: false,
              reversedDate: null,
            },
          ],
        },
      ],
      totals: { received: '85.00', allocated: '85.00', unallocated: '0.00' },
    });
  });

  it('shows a reversed payment with its reversal date and its allocation reversed', async () => {
    const history = await get(`/lumary/debtors/${seeded.gamma}/payments`);
    expect(history.body.payments).toEqual([
      expect.objectContaining({
        number: 'PAY-000003',
        amount: '120.00',
        allocated: '0.00',
        unallocated: '0.00',
        status: 'Reversed',
        reversalDate: '2027-03-10',
        reversalReason: 'Dishonoured',
        allocations: [
          expect.objectContaining({
            invoice: { id: seeded.invoices.i6, name: 'INV-000006' },
            amount: '120.00',
            reversed: true,
            reversedDate: '2027-03-10',
          }),
        ],
      }),
    ]);
    expect(history.body.totals).toEqual({ received: '0.00', allocated: '0.00', unallocated: '0.00' });
  });

  it('downloads as CSV: a row per payment and per allocation, the reference quoted', async () => {
    const download = await csv(`/lumary/debtors/${seeded.beta}/payments`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="payments-Beta_Plan_Partners.csv"');
    expect(download.text).toBe(
      [
        'Row,Payment,Date,Method,Reference,Amount,Allocated,Unallocated,Status,Invoice,Allocation Amount,Reversed,Reversal Date',
        'Payment,PAY-000002,2027-02-20,EFT,"BETA, ""Feb"" remittance",350.00,300.00,50.00,Received,,,,',
        'Allocation,PAY-000002,2027-02-20,,,,,,,INV-000003,300.00,No,',
        '',
      ].join('\r\n'),
    );
  });

  it("answers 404 for an unknown id, a malformed id and another tenant's debtor; 403 without the AR set", async () => {
    for (const id of ['9f1c8a34-0000-4000-8000-000000000000', 'not-an-id', otherClient]) {
      const response = await get(`/lumary/debtors/${id}/payments`);
      expect(response.status).toBe(404);
      expect(response.body[0].errorCode).toBe('NOT_FOUND');
    }
    const theirs = await get(`/lumary/debtors/${seeded.alpha}/payments`, other);
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toContain('ALPHA-FEB');
    expect((await get(`/lumary/debtors/${seeded.alpha}/payments`, ctx.support)).status).toBe(403);
  });
});

describe('the audit trail', () => {
  it("shows an invoice's status and balance changes, newest first, with who made them and the old and new values", async () => {
    const trail = await get(`/lumary/audit?object=${INVOICE}&recordId=${seeded.invoices.i1}`);
    expect(trail.status).toBe(200);
    const changes = (label: string) =>
      trail.body.records
        .filter((r: { field: { label: string } }) => r.field.label === label)
        .map((r: { oldValue: unknown; newValue: unknown }) => [r.oldValue, r.newValue]);
    expect(changes('Balance').slice(0, 2)).toEqual([
      ['100.00', '40.00'], // P1 allocated 60.00
      ['110.00', '100.00'], // the 10.00 credit note
    ]);
    expect(changes('Status')).toEqual([
      ['Open', 'Part Paid'],
      ['Draft', 'Open'],
    ]);
    expect(changes('Amount Paid')[0]).toEqual(['0.00', '60.00']);
    const entry = trail.body.records.find((r: { field: { label: string } }) => r.field.label === 'Status');
    expect(entry).toEqual({
      id: expect.any(String),
      object: { name: INVOICE, label: 'Invoice' },
      record: { id: seeded.invoices.i1, name: 'INV-000001' },
      field: { name: 'lumary__Status__c', label: 'Status' },
      oldValue: 'Open',
      newValue: 'Part Paid',
      changedBy: { id: finance.userId, name: 'finance' },
      changedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(trail.body.records[trail.body.records.length - 1].field).toEqual({ name: 'created', label: 'Created' });
    const dates = trail.body.records.map((r: { changedDate: string }) => r.changedDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('covers every AR object: the payment reversal and the allocation it reversed', async () => {
    const payment = await get(`/lumary/audit?recordId=${seeded.payments.p3}`);
    expect(payment.body.records[0]).toMatchObject({ object: { label: 'Payment' }, record: { name: 'PAY-000003' } });
    expect(payment.body.records.map((r: { field: { label: string }; newValue: unknown }) => [r.field.label, r.newValue])).toEqual(
      expect.arrayContaining([
        ['Status', 'Reversed'],
        ['Reversal Date', '2027-03-10'],
      ]),
    );
    const all = await get('/lumary/audit?pageSize=2000');
    const objects = new Set(all.body.records.map((r: { object: { name: string } }) => r.object.name));
    expect([...objects]).toEqual(
      expect.arrayContaining([
        INVOICE,
        'lumary__Payment__c',
        'lumary__Payment_Allocation__c',
        'lumary__Credit_Note__c',
        'lumary__Accounting_Entity__c',
      ]),
    );
    expect([...objects].every((name) => String(name).startsWith('lumary__'))).toBe(true);
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const everything = (await get(`/lumary/audit?object=${INVOICE}&pageSize=2000`)).body.records.map((r: { id: string }) => r.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(`/lumary/audit?object=${INVOICE}&pageSize=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.records.length).toBeLessThanOrEqual(7);
      paged.push(...page.body.records.map((r: { id: string }) => r.id));
      cursor = page.body.nextCursor;
      expect(page.body.done).toBe(!cursor);
    } while (cursor);
    expect(everything.length).toBeGreaterThan(14);
    expect(paged).toEqual(everything);
  });

  it("filters by date in the tenant's zone, and refuses bad filters naming them", async () => {
    const today = sydneyToday();
    const todays = await get(`/lumary/audit?object=${INVOICE}&from=${today}&to=${today}&pageSize=1`);
    expect(todays.body.records).toHaveLength(1);
    expect((await get(`/lumary/audit?from=2099-01-01`)).body).toEqual({ records: [], done: true });
    for (const [query, field] of [
      ['object=Contact', 'object'],
      ['object=lumary__Nope__c', 'object'],
      ['recordId=42', 'recordId'],
      ['from=2027-13-01', 'from'],
      ['from=2027-02-01&to=2027-01-01', 'to'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['cursor=bm9wZQ', 'cursor'],
    ]) {
      const response = await get(`/lumary/audit?${query}`);
      expect([query, response.status, response.body[0].fields]).toEqual([query, 400, [field]]);
    }
  });

  it('leaves out the fields and objects the user may not read', async () => {
    const tenant = (await ctx.tenants.tenants()).find((t) => t.id === finance.tenantId);
    if (!tenant) throw new Error('the tenant is gone');
    await ctx.tenants.createPermissionSet(finance.tenantId, {
      apiName: 'Invoice_Status_Viewer',
      label: 'Invoice status viewer',
      objects: { [INVOICE]: { read: true } },
      fields: { [`${INVOICE}.lumary__Status__c`]: { read: true } },
    });
    const viewer = await signedInUser(ctx.api, ctx.tenants, {
      slug: tenant.slug,
      username: `viewer@${tenant.slug}.test`,
      permissionSets: ['Invoice_Status_Viewer'],
    });
    const trail = await get('/lumary/audit?pageSize=2000', viewer);
    expect(trail.status).toBe(200);
    const seen = new Set(
      trail.body.records.map((r: { object: { name: string }; field: { name: string } }) => `${r.object.name}.${r.field.name}`),
    );
    expect([...seen].sort()).toEqual([`${INVOICE}.created`, `${INVOICE}.lumary__Status__c`]);
    expect(trail.text).not.toContain('40.00');
    expect((await get('/lumary/audit?object=lumary__Payment__c', viewer)).status).toBe(403);
  });

  it('downloads every matching change as CSV', async () => {
    const download = await request(ctx.api, 'GET', `/lumary/audit?object=${INVOICE}&recordId=${seeded.invoices.i1}&format=csv&pageSize=1`, {
      token: finance.token,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = download.text.split('\r\n');
    expect(lines[0]).toBe('Date,Object,Record,Record Id,Field,Old Value,New Value,Changed By');
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^[^,]+,Invoice,INV-000001,${seeded.invoices.i1},Status,Open,Part Paid,finance$`)),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^[^,]+,Invoice,INV-000001,${seeded.invoices.i1},Balance,100.00,40.00,finance$`)),
    );
    const json = await get(`/lumary/audit?object=${INVOICE}&recordId=${seeded.invoices.i1}&pageSize=2000`);
    expect(lines.length).toBe(json.body.records.length + 2);
  });

  it('shows another tenant nothing of this one, and refuses a user without the AR set', async () => {
    const theirs = await get(`/lumary/audit?recordId=${seeded.invoices.i1}`, other);
    expect(theirs.body).toEqual({ records: [], done: true });
    const all = await get('/lumary/audit?pageSize=2000', other);
    expect(all.text).not.toContain('INV-000002');
    expect(all.text).not.toContain(seeded.invoices.i1);
    expect((await get('/lumary/audit', ctx.support)).status).toBe(403);
  });
});

describe('reports between tenants', () => {
  it('each tenant sees only its own debtors', async () => {
    const mine = await get('/lumary/reports/aged-receivables?asAt=2027-01-31');
    expect(mine.body.totals.total).toBe('450.00');
    expect(mine.text).not.toContain(otherClient);
    const theirs = await get('/lumary/reports/aged-receivables?asAt=2027-01-31', other);
    expect(theirs.body.debtors).toEqual([
      expect.objectContaining({ id: otherClient, name: 'Client Other', days1To30: '999.00', total: '999.00' }),
    ]);
    expect(theirs.body.debtorsControl).toBe('999.00');
    const balances = await get('/lumary/reports/debtor-balances?asAt=2027-05-10', other);
    expect(balances.body.debtors.map((d: { id: string }) => d.id)).toEqual([otherClient]);
  });
});
