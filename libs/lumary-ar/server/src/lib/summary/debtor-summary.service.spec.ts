import { LocalDate } from '@js-joda/core';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { polymorphicTypeColumn } from '@platform/metadata';
import type { Database } from '@platform/storage';
import { arFixture } from '../../testing/ar-fixture';
import { AR } from '../ar-names';
import { SqlTable } from '../sql-table';
import type { ClientSummary, DebtorSummary } from './debtor-summary';
import { DebtorSummaryService } from './debtor-summary.service';

/**
 * The summary's SQL and figures on a real database. Invoices, services and claims are written as
 * rows (as the owner, the way the benchmark generates them) in every state the summary must tell
 * apart, so the test does not depend on how invoices get there; the API spec drives the same
 * summary through the invoice endpoints.
 */

jest.setTimeout(60_000);

let fixture: Awaited<ReturnType<typeof arFixture>>;
let engine: RecordEngine;
let db: Database;
let service: DebtorSummaryService;
let ctx: RequestContext;
let other: RequestContext;
const TODAY = LocalDate.parse('2027-03-15');

const ids = { client: '', client2: '', nominee: '', manager: '' };

async function insert(object: string, values: Record<string, unknown>, tenantId = ctx.tenantId): Promise<string> {
  const t = new SqlTable(engine.object(object));
  const columns = ['tenant_id'];
  const params: unknown[] = [tenantId];
  for (const [field, value] of Object.entries(values)) {
    if (field.endsWith('.type')) {
      const [name] = field.split('.');
      columns.push(`"${polymorphicTypeColumn(t.object.fields.get(name.toLowerCase())?.column ?? '')}"`);
    } else {
      columns.push(t.col(field));
    }
    params.push(value);
  }
  const [row] = (await db.owner.query(
    `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    params,
  )) as {
    id: string;
  }[];
  return row.id;
}

interface InvoiceSpec {
  client?: string;
  debtor: string;
  debtorType?: 'Contact' | 'Account';
  status: string;
  invoiceDate?: string;
  dueDate?: string;
  total?: string;
  balance: string;
  amountPaid?: string;
  paidDate?: string;
}
const invoice = (s: InvoiceSpec, tenantId?: string) =>
  insert(
    AR.invoice,
    {
      Name: `INV-${Math.random().toString().slice(2, 8)}`,
      lumary__Client__c: s.client ?? ids.client,
      lumary__Debtor__c: s.debtor,
      'lumary__Debtor__c.type': s.debtorType ?? 'Contact',
      lumary__Status__c: s.status,
      lumary__Invoice_Date__c: s.invoiceDate ?? '2027-01-01',
      lumary__Due_Date__c: s.dueDate ?? '2027-01-15',
      lumary__Total__c: s.total ?? s.balance,
      lumary__Amount_Paid__c: s.amountPaid ?? '0',
      lumary__Balance__c: s.balance,
      lumary__Paid_Date__c: s.paidDate ?? null,
    },
    tenantId,
  );
const service_ = (client: string, status: string, amount: string) =>
  insert(AR.service, {
    Name: 'SD',
    lumary__Client__c: client,
    lumary__Status__c: status,
    lumary__Amount__c: amount,
    lumary__Service_Date__c: '2027-03-01',
  });
const claim = (client: string, status: string, amount: string) =>
  insert(AR.claim, { Name: 'CL', lumary__Client__c: client, lumary__Status__c: status, lumary__Amount__c: amount });

const inv = { ownOverdue: '', ownPartPaid: '', nomineeOverdue: '', managerDueToday: '', managerOther: '' };

beforeAll(async () => {
  fixture = await arFixture();
  ({ engine, db } = fixture);
  service = new DebtorSummaryService(engine);
  ctx = { ...(await fixture.newTenant()), today: TODAY };
  other = { ...(await fixture.newTenant()), today: TODAY };
  const contact = (body: Record<string, unknown>) => engine.create(ctx, 'Contact', body).then((r) => r.id);
  ids.client = await contact({ RecordTypeId: 'Client', FirstName: 'Ada', LastName: 'Lovelace' });
  ids.client2 = await contact({ RecordTypeId: 'Client', FirstName: 'Alan', LastName: 'Turing' });
  ids.nominee = await contact({ RecordTypeId: 'General', FirstName: 'Nora', LastName: 'Nominee' });
  ids.manager = (await engine.create(ctx, 'Account', { Name: 'Plan Partners' })).id;

  // Owing, for Ada: her own two, her nominee's and her plan manager's.
  inv.ownOverdue = await invoice({ debtor: ids.client, status: 'Open', dueDate: '2027-03-01', total: '110.00', balance: '110.00' });
  inv.ownPartPaid = await invoice({
    debtor: ids.client,
    status: 'Part Paid',
    dueDate: '2027-03-20',
    total: '220.00',
    balance: '120.50',
    amountPaid: '99.50',
  });
  inv.nomineeOverdue = await invoice({ debtor: ids.nominee, status: 'Open', dueDate: '2027-02-13', balance: '55.00' });
  inv.managerDueToday = await invoice({
    debtor: ids.manager,
    debtorType: 'Account',
    status: 'Open',
    dueDate: '2027-03-15',
    balance: '330.00',
  });
  // Not owing: paid, void, draft, and another client's.
  await invoice({
    debtor: ids.manager,
    debtorType: 'Account',
    status: 'Paid',
    balance: '0.00',
    total: '75.00',
    amountPaid: '75.00',
    invoiceDate: '2027-01-01',
    paidDate: '2027-01-11',
  });
  await invoice({
    debtor: ids.manager,
    debtorType: 'Account',
    status: 'Paid',
    balance: '0.00',
    total: '75.00',
    amountPaid: '75.00',
    invoiceDate: '2027-02-01',
    paidDate: '2027-02-16',
  });
  await invoice({ debtor: ids.client, status: 'Void', balance: '99.00' });
  await invoice({ debtor: ids.client, status: 'Draft', balance: '10.00' });
  inv.managerOther = await invoice({
    client: ids.client2,
    debtor: ids.manager,
    debtorType: 'Account',
    status: 'Open',
    dueDate: '2027-03-05',
    balance: '40.00',
  });

  // Ada's paid invoices: 10 days, and 10 days paid on the first day of the window; the rest do not count.
  await invoice({
    debtor: ids.client,
    status: 'Paid',
    balance: '0.00',
    amountPaid: '50.00',
    invoiceDate: '2027-01-01',
    paidDate: '2027-01-11',
  });
  await invoice({
    debtor: ids.client,
    status: 'Paid',
    balance: '0.00',
    amountPaid: '50.00',
    invoiceDate: '2026-03-06',
    paidDate: '2026-03-16',
  });
  await invoice({
    debtor: ids.client,
    status: 'Paid',
    balance: '0.00',
    amountPaid: '50.00',
    invoiceDate: '2026-01-01',
    paidDate: '2026-03-15',
  }); // 365 days ago
  await invoice({
    debtor: ids.client,
    status: 'Paid',
    balance: '0.00',
    amountPaid: '0.00',
    invoiceDate: '2027-01-01',
    paidDate: '2027-03-01',
  }); // credited to zero
  await invoice({
    debtor: ids.nominee,
    status: 'Paid',
    balance: '0.00',
    amountPaid: '50.00',
    invoiceDate: '2027-01-01',
    paidDate: '2027-03-01',
  }); // paid by the nominee

  await service_(ids.client, 'Delivered', '100.00');
  await service_(ids.client, 'Delivered', '50.50');
  await service_(ids.client, 'Billed', '70.00');
  await service_(ids.client, 'Cancelled', '9.00');
  await service_(ids.client2, 'Delivered', '1000.00');
  await claim(ids.client, 'Open', '200.00');
  await claim(ids.client, 'Open', '25.25');
  await claim(ids.client, 'Error', '80.00');
  await claim(ids.client, 'Paid', '500.00');
  await claim(ids.client2, 'Error', '1.00');
});
afterAll(() => fixture?.close());

const names = (s: { invoices?: { id?: string }[] }) =>
  (s.invoices ?? []).map((i) => Object.entries(inv).find(([, id]) => id === i.id)?.[0]);

describe('the summary of a client', () => {
  let summary: ClientSummary;
  beforeAll(async () => {
    const result = await service.summary(ctx, ids.client);
    if (result.kind !== 'client') throw new Error(`expected a client summary, got ${result.kind}`);
    summary = result;
  });

  it('is a client’s, as of today', () => {
    expect(summary).toMatchObject({
      kind: 'client',
      asOf: '2027-03-15',
      debtor: { id: ids.client, name: 'Ada Lovelace', type: 'Contact', recordType: 'Client' },
    });
  });

  it('totals what is owed for the client, whoever the debtor, with the overdue part', () => {
    expect(summary.totalOwed).toMatchObject({ amount: '615.50', overdue: '165.00' });
    expect(names(summary.totalOwed)).toEqual(['nomineeOverdue', 'ownOverdue', 'managerDueToday', 'ownPartPaid']);
  });

  it('splits it into what the client owes and what others owe for them, adding up to the total', () => {
    expect(summary.owedByClient).toMatchObject({ amount: '230.50', overdue: '110.00' });
    expect(names(summary.owedByClient)).toEqual(['ownOverdue', 'ownPartPaid']);
    expect(summary.owedByOthers).toMatchObject({ amount: '385.00', overdue: '55.00' });
    expect(names(summary.owedByOthers)).toEqual(['nomineeOverdue', 'managerDueToday']);
  });

  it('lists each invoice with its debtor, dates, status, amounts and days overdue', () => {
    expect(summary.owedByOthers.invoices).toEqual([
      {
        id: inv.nomineeOverdue,
        name: expect.stringMatching(/^INV-/),
        client: { id: ids.client, name: 'Ada Lovelace', type: 'Contact' },
        debtor: { id: ids.nominee, name: 'Nora Nominee', type: 'Contact' },
        invoiceDate: '2027-01-01',
        dueDate: '2027-02-13',
        status: 'Open',
        total: '55.00',
        balance: '55.00',
        daysOverdue: 30,
      },
      expect.objectContaining({
        id: inv.managerDueToday,
        debtor: { id: ids.manager, name: 'Plan Partners', type: 'Account' },
        balance: '330.00',
        daysOverdue: 0,
      }),
    ]);
    expect(summary.owedByClient.invoices?.[1]).toMatchObject({ status: 'Part Paid', total: '220.00', balance: '120.50', daysOverdue: 0 });
  });

  it('sums the accrued services (Delivered) and the Open and Error claims', () => {
    expect(summary.accruedServices).toEqual({ amount: '150.50', count: 2 });
    expect(summary.openOrErrorClaims).toEqual({
      amount: '305.25',
      count: 3,
      open: { amount: '225.25', count: 2 },
      error: { amount: '80.00', count: 1 },
    });
  });

  it('says how long the client usually takes to pay: over invoices they paid in the last 365 days', () => {
    expect(summary.usuallyPaysIn).toEqual({ days: 10, basedOn: 2 });
  });
});

describe('the summary of a payer', () => {
  it('gives an Account what it owes across clients, and rounds Usually Pays in half-up', async () => {
    const summary: DebtorSummary = await service.summary(ctx, ids.manager);
    expect(summary).toMatchObject({
      kind: 'debtor',
      debtor: { id: ids.manager, name: 'Plan Partners', type: 'Account', recordType: null },
      totalOwed: { amount: '370.00', overdue: '40.00' },
      usuallyPaysIn: { days: 13, basedOn: 2 }, // 10 and 15 days
    });
    expect(names(summary.totalOwed)).toEqual(['managerOther', 'managerDueToday']);
    expect(summary.totalOwed.invoices?.[0].client).toEqual({ id: ids.client2, name: 'Alan Turing', type: 'Contact' });
    expect(summary).not.toHaveProperty('owedByClient');
    expect(summary).not.toHaveProperty('accruedServices');
  });

  it('gives a General Contact what it owes, and "—" when it paid nothing in full', async () => {
    const summary = await service.summary(ctx, ids.nominee);
    expect(summary).toMatchObject({
      kind: 'debtor',
      totalOwed: { amount: '55.00', overdue: '55.00' },
      usuallyPaysIn: { days: 59, basedOn: 1 },
    }); // 1 January to 1 March
    const fresh = (await engine.create(ctx, 'Contact', { RecordTypeId: 'General', LastName: 'Newcomer' })).id;
    expect(await service.summary(ctx, fresh)).toMatchObject({
      kind: 'debtor',
      debtor: { name: 'Newcomer' },
      totalOwed: { amount: '0.00', overdue: '0.00', invoices: [] },
      usuallyPaysIn: { days: null, basedOn: 0 },
    });
  });
});

describe('ids that are not a debtor of the tenant', () => {
  it.each([
    ['another tenant’s client', () => ids.client, () => other],
    ['an invoice’s id', () => inv.ownOverdue, () => ctx],
    ['no id at all', () => 'not-an-id', () => ctx],
  ])('answer 404 for %s', async (_label, id, who) => {
    await expect(service.summary(who(), id())).rejects.toMatchObject({ kind: 'not-found', errors: [{ errorCode: 'NOT_FOUND' }] });
  });
});
