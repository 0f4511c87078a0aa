import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedInUser, type TestUser } from '@platform/api/testing';
import { arWorld, invoiceBody, type ArWorld, type Response } from '../testing/ar-api';

/**
 * Bank statements and matching (DOMAIN.md "Cash in"), end to end over HTTP: a CSV, an OFX and a
 * camt.053 statement of January 2027 imported into the Operating Bank account, their credit
 * lines matched by invoice number, a learnt rule with a set of invoices, an exact balance, an
 * unallocated payment and a split; re-imports add nothing twice; malformed files write nothing.
 *
 * The book, by hand (every payment is Dr Operating Bank / Cr Debtors Control):
 *   CSV   10/01 AVERY CLIENT INV-000001         110.00  → A1 (110.00) Paid
 *         11/01 HARBOUR ... INV-000006           330.00  → H4 (330.00) Paid; rule HARBOUR PLAN PARTNERS PTY
 *         11/01 BANK FEE                         -12.50  (money out: not matched)
 *         12/01 J CITIZEN GIFT                    77.77  (unknown payer: no suggestion, left unreconciled)
 *   (PAY recorded by hand 14/01: Casey 25.00 unallocated)
 *   OFX   15/01 HARBOUR ... JAN REMITTANCE       265.50  → H1 88.00 + H2 132.00 + H3 45.50 (rule + set)
 *         15/01 TRANSFER TO SAVINGS             -100.00
 *         20/01 ACCOUNT FEE                       -2.00  (second, overlapping OFX)
 *   camt  22/01 B BLAKE                          165.00  → B1 (165.00), the only open invoice of 165.00
 *         23/01 CASEY FAMILY TRUST               140.00  → split: Casey C1 60.00 + Avery 80.00 on account
 *         24/01 C CASEY DEPOSIT                   25.00  → the unallocated payment of 25.00
 * Bank GL on 31/01 = 110 + 330 + 25 + 265.50 + 165 + 60 + 80 = 1035.50.
 * The bank's closing balance (camt CLBD) = 998.77 = the statement lines' sum
 * (110 + 330 − 12.50 + 77.77 + 265.50 − 100 − 2 + 165 + 140 + 25);
 * difference = 998.77 − 1035.50 = −36.73 = the unreconciled lines (−12.50 + 77.77 − 100 − 2).
 * Then a 5.00 top-up by Blake (25/01, a CSV with a signed amount column) is left on account: the
 * book on 31/01 is 1040.50 and the difference −41.73 (that CSV's lines are not in the camt file).
 */
const FIXTURES = join(__dirname, '../testing/fixtures/bank');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const MAPPING = { date: 'Date', description: 'Description', reference: 'Reference', debit: 'Debit', credit: 'Credit' };

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let query: ArWorld['query'];
let bank: string;
const people = { avery: '', blake: '', casey: '', harbourClient: '', harbour: '' };
const inv = { a1: '', b1: '', h1: '', h2: '', h3: '', h4: '', c1: '' };
let caseyPayment: string;

const call = (method: string, path: string, body?: unknown, user: TestUser = finance): Promise<Response> =>
  ctx.call(user, method, path, body);
const importFile = (body: Record<string, unknown>, user: TestUser = finance) =>
  call('POST', `/lumary/bank-accounts/${bank}/statements`, body, user);
const reconciliation = async () => {
  const response = await call('GET', `/lumary/bank-accounts/${bank}/reconciliation`);
  expect(response.status).toBe(200);
  return response.body;
};
type Line = { id: string; amount: string; description: string; status: string; suggestions: Suggestion[]; paymentName: string | null };
type Suggestion = {
  kind: string;
  reason: string;
  confidence: number;
  debtor: string;
  allocations: { invoice: string; amount: string }[];
  payment: string | null;
};
const lineOf = async (description: string, amount: string): Promise<Line> => {
  const found = (await reconciliation()).lines.find((l: Line) => l.description.startsWith(description) && l.amount === amount);
  if (!found) throw new Error(`no line ${description} ${amount}`);
  return found;
};
const asked = (s: Suggestion) => s.allocations.map((a) => ({ invoice: a.invoice, amount: a.amount }));
const count = async (soql: string) => (await query(soql)).totalSize as number;

async function issue(client: string, date: string, unitPrice: string, tax: 'GST' | 'GST_FREE', debtor?: string): Promise<string> {
  const response = await call(
    'POST',
    '/lumary/invoices',
    invoiceBody(client, date, ledger.therapy, [['1', unitPrice, tax]], { issue: true, ...(debtor ? { debtor } : {}) }),
  );
  if (response.status !== 201) throw new Error(`invoice failed: ${response.text}`);
  return response.body.id;
}

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get, query } = await arWorld());
  bank = ledger.bank;
  people.avery = await debtors.client('Avery');
  people.blake = await debtors.client('Blake');
  people.casey = await debtors.client('Casey');
  people.harbour = await debtors.account('Harbour Plan Partners');
  people.harbourClient = await debtors.client('Harbourside', { lumary__Default_Debtor__c: people.harbour });
  inv.a1 = await issue(people.avery, '2027-01-05', '100.00', 'GST'); // INV-000001 110.00
  inv.b1 = await issue(people.blake, '2027-01-05', '150.00', 'GST'); // INV-000002 165.00
  inv.h1 = await issue(people.harbourClient, '2027-01-06', '80.00', 'GST', people.harbour); // INV-000003 88.00
  inv.h2 = await issue(people.harbourClient, '2027-01-07', '120.00', 'GST', people.harbour); // INV-000004 132.00
  inv.h3 = await issue(people.harbourClient, '2027-01-08', '45.50', 'GST_FREE', people.harbour); // INV-000005 45.50
  inv.h4 = await issue(people.harbourClient, '2027-01-09', '300.00', 'GST', people.harbour); // INV-000006 330.00
  inv.c1 = await issue(people.casey, '2027-01-10', '60.00', 'GST_FREE'); // INV-000007 60.00
}, 400000);
afterAll(() => ctx?.api.close());

describe('importing statements', () => {
  it('previews a CSV with the mapping (dry run) and writes nothing', async () => {
    const response = await importFile({ format: 'csv', content: fixture('westpac-jan.csv'), mapping: MAPPING, dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      dryRun: true,
      statement: null,
      format: 'CSV',
      added: 4,
      skipped: 0,
      statementDate: '2027-01-12',
    });
    expect(response.body.lines.map((l: { date: string; amount: string }) => [l.date, l.amount])).toEqual([
      ['2027-01-10', '110.00'],
      ['2027-01-11', '330.00'],
      ['2027-01-11', '-12.50'],
      ['2027-01-12', '77.77'],
    ]);
    expect(await count('SELECT Id FROM lumary__Bank_Statement_Line__c')).toBe(0);
  });

  it('refuses a CSV without a mapping when none is saved, naming the mapping', async () => {
    const response = await importFile({ format: 'csv', content: fixture('westpac-jan.csv') });
    expect(response.status).toBe(400);
    expect(response.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['mapping'] });
  });

  it('imports the CSV, saving its mapping for the bank account', async () => {
    const response = await importFile({
      format: 'csv',
      content: fixture('westpac-jan.csv'),
      fileName: 'westpac-jan.csv',
      mapping: MAPPING,
      saveMapping: true,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ dryRun: false, statement: { name: 'STM-000001' }, added: 4, skipped: 0 });
    expect((await get('lumary__Accounting_Entity__c', bank)).lumary__Statement_Csv_Mapping__c).toContain('"debit":"Debit"');
    expect(await count("SELECT Id FROM lumary__Bank_Statement_Line__c WHERE lumary__Status__c = 'Unreconciled'")).toBe(4);
  });

  it('re-importing the same CSV (saved mapping) adds nothing', async () => {
    const response = await importFile({ format: 'csv', content: fixture('westpac-jan.csv') });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ added: 0, skipped: 4 });
    expect(response.body.lines.every((l: { duplicate: boolean }) => l.duplicate)).toBe(true);
    expect(await count('SELECT Id FROM lumary__Bank_Statement_Line__c')).toBe(4);
  });

  it('refuses a malformed CSV naming the line and reason, writing nothing', async () => {
    const statements = await count('SELECT Id FROM lumary__Bank_Statement__c');
    const response = await importFile({ format: 'csv', content: fixture('westpac-bad-date.csv') });
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: "The CSV file is refused: Line 3: '31/02/2027' is not a date in the format dd/mm/yyyy.",
        fields: ['content'],
      },
    ]);
    expect(await count('SELECT Id FROM lumary__Bank_Statement__c')).toBe(statements);
    expect(await count('SELECT Id FROM lumary__Bank_Statement_Line__c')).toBe(4);
  });

  it('refuses a camt.053 with a bad amount naming its entry line, writing nothing', async () => {
    const content = fixture('camt053-bad-amount.xml');
    const line = content.split('\n').findIndex((l) => l.includes('14O.00')); // 0-based index of the Amt line
    const ntryLine = content
      .split('\n')
      .slice(0, line)
      .map((l, i) => (l.includes('<Ntry>') ? i + 1 : 0))
      .filter(Boolean)
      .pop();
    const response = await importFile({ format: 'camt053', content });
    expect(response.status).toBe(400);
    expect(response.body[0].message).toBe(`The camt.053 file is refused: Line ${ntryLine}: Amt '14O.00' is not an amount.`);
    expect(await count('SELECT Id FROM lumary__Bank_Statement_Line__c')).toBe(4);
  });

  it('refuses an import into an account that is not a Bank Account', async () => {
    const response = await call('POST', `/lumary/bank-accounts/${ledger.debtors}/statements`, {
      format: 'ofx',
      content: fixture('harbour-15jan.ofx'),
    });
    expect(response.status).toBe(400);
    expect(response.body[0].message).toBe('Debtors Control is not a Bank Account (a Control Account of type Bank Account).');
  });
});

describe('matching and confirming', () => {
  it('suggests the invoice named in the reference, and nothing for money out or an unknown payer', async () => {
    const avery = await lineOf('AVERY CLIENT', '110.00');
    expect(avery.suggestions[0]).toMatchObject({
      kind: 'invoice-number',
      confidence: 95,
      debtor: people.avery,
      reason: 'INV-000001 is in the reference, and its balance is 110.00.',
      allocations: [{ invoice: inv.a1, amount: '110.00' }],
    });
    expect((await lineOf('BANK FEE', '-12.50')).suggestions).toEqual([]);
    expect((await lineOf('J CITIZEN', '77.77')).suggestions).toEqual([]);
  });

  it('confirms in one click: the payment recorded and allocated, the line Reconciled; twice records once', async () => {
    const line = await lineOf('AVERY CLIENT', '110.00');
    const s = line.suggestions[0];
    const body = { debtor: s.debtor, allocations: s.allocations.map((a) => ({ invoice: a.invoice, amount: a.amount })) };
    const first = await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: true, line: { status: 'Reconciled', paymentName: 'PAY-000001' } });
    const again = await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, line: { status: 'Reconciled', payment: first.body.line.payment } });
    expect(await count(`SELECT Id FROM lumary__Payment__c WHERE lumary__Debtor__c = '${people.avery}'`)).toBe(1);
    expect(await get('lumary__Payment__c', first.body.line.payment)).toMatchObject({
      lumary__Payment_Date__c: '2027-01-10',
      lumary__Amount__c: '110.00',
      lumary__Method__c: 'EFT',
      lumary__Reference__c: 'INV-000001',
      lumary__Allocated__c: '110.00',
    });
    expect(await get('lumary__Invoice__c', inv.a1)).toMatchObject({
      lumary__Status__c: 'Paid',
      lumary__Balance__c: '0.00',
      lumary__Paid_Date__c: '2027-01-10',
    });
  });

  it('confirms the Harbour line by invoice number, learning the payer text as a rule', async () => {
    const line = await lineOf('HARBOUR PLAN PARTNERS PTY', '330.00');
    expect(line.suggestions[0]).toMatchObject({
      kind: 'invoice-number',
      confidence: 95,
      debtor: people.harbour,
      allocations: [{ invoice: inv.h4, amount: '330.00' }],
    });
    const confirmed = await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, {
      debtor: people.harbour,
      allocations: [{ invoice: inv.h4, amount: '330.00' }],
    });
    expect(confirmed.status).toBe(200);
    const rules = await call('GET', '/lumary/bank-rules');
    expect(rules.status).toBe(200);
    expect(rules.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pattern: 'HARBOUR PLAN PARTNERS PTY',
          debtor: people.harbour,
          debtorName: 'Harbour Plan Partners',
          timesConfirmed: 1,
          lastConfirmed: '2027-01-11',
        }),
        expect.objectContaining({ pattern: 'AVERY CLIENT', debtor: people.avery }),
      ]),
    );
  });

  it('refuses to match money out', async () => {
    const fee = await lineOf('BANK FEE', '-12.50');
    const response = await call('POST', `/lumary/bank-statement-lines/${fee.id}/confirm`, { debtor: people.avery });
    expect(response.status).toBe(409);
    expect(response.body[0].errorCode).toBe('INVALID_STATUS');
  });

  it('imports the OFX, then an overlapping OFX adds only its new line', async () => {
    const first = await importFile({ format: 'ofx', content: fixture('harbour-15jan.ofx'), fileName: 'harbour-15jan.ofx' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ format: 'OFX', added: 2, skipped: 0, closingBalance: '670.77', statementDate: '2027-01-15' });
    const second = await importFile({ format: 'ofx', content: fixture('harbour-20jan.ofx') });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ added: 1, skipped: 2, closingBalance: '668.77' });
    expect(await count('SELECT Id FROM lumary__Bank_Statement_Line__c')).toBe(7);
  });

  it("suggests the set of Harbour's three invoices from the learnt rule, and confirms it", async () => {
    const line = await lineOf('HARBOUR PLAN PARTNERS PTY JAN REMITTANCE', '265.50');
    expect(line.suggestions[0]).toMatchObject({
      kind: 'invoice-set',
      confidence: 85,
      debtor: people.harbour,
      allocations: [
        { invoice: inv.h1, amount: '88.00' },
        { invoice: inv.h2, amount: '132.00' },
        { invoice: inv.h3, amount: '45.50' },
      ],
    });
    expect(line.suggestions[0].reason).toMatch(
      /^Paid as "HARBOUR PLAN PARTNERS PTY" before by Harbour Plan Partners \(BR-\d+\); INV-000003 \+ INV-000004 \+ INV-000005 total 265\.50\.$/,
    );
    const s = line.suggestions[0];
    const response = await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, {
      debtor: s.debtor,
      allocations: asked(s),
    });
    expect(response.status).toBe(200);
    for (const id of [inv.h1, inv.h2, inv.h3, inv.h4]) expect((await get('lumary__Invoice__c', id)).lumary__Balance__c).toBe('0.00');
    const rules = (await call('GET', '/lumary/bank-rules')).body;
    expect(rules.find((r: { pattern: string }) => r.pattern === 'HARBOUR PLAN PARTNERS PTY').timesConfirmed).toBe(1);
    expect(rules.find((r: { pattern: string }) => r.pattern === 'HARBOUR PLAN PARTNERS PTY JAN REMITTANCE')).toMatchObject({
      debtor: people.harbour,
    });
  });

  it('imports the camt.053 and suggests an exact balance and an unallocated payment', async () => {
    const recorded = await call('POST', '/lumary/payments', {
      debtor: people.casey,
      date: '2027-01-14',
      amount: '25.00',
      method: 'Cash',
      idempotencyKey: 'casey-deposit',
    });
    expect(recorded.status).toBe(201);
    caseyPayment = recorded.body.id;
    const imported = await importFile({ format: 'camt053', content: fixture('camt053-jan.xml'), fileName: 'camt053-jan.xml' });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ format: 'camt.053', added: 3, closingBalance: '998.77', statementDate: '2027-01-31' });
    const blake = await lineOf('B BLAKE', '165.00');
    expect(blake.suggestions[0]).toMatchObject({
      kind: 'exact-balance',
      confidence: 60,
      debtor: people.blake,
      reason: 'INV-000002 is the only open invoice with a balance of 165.00.',
      allocations: [{ invoice: inv.b1, amount: '165.00' }],
    });
    const deposit = await lineOf('C CASEY', '25.00');
    expect(deposit.suggestions[0]).toMatchObject({
      kind: 'unallocated-payment',
      confidence: 65,
      debtor: people.casey,
      payment: caseyPayment,
      allocations: [],
    });
    // Both confirmed as suggested.
    expect(
      (
        await call('POST', `/lumary/bank-statement-lines/${blake.id}/confirm`, {
          debtor: people.blake,
          allocations: asked(blake.suggestions[0]),
        })
      ).status,
    ).toBe(200);
    const taken = await call('POST', `/lumary/bank-statement-lines/${deposit.id}/confirm`, { payment: caseyPayment });
    expect(taken.status).toBe(200);
    expect(taken.body.line).toMatchObject({ status: 'Reconciled', payment: caseyPayment });
    expect(await count(`SELECT Id FROM lumary__Payment__c WHERE lumary__Debtor__c = '${people.casey}'`)).toBe(1);
  });

  it('splits a line across two debtors: Casey’s invoice and Avery’s unallocated credit', async () => {
    const line = await lineOf('CASEY FAMILY TRUST', '140.00');
    const wrong = await call('POST', `/lumary/bank-statement-lines/${line.id}/split`, {
      parts: [
        { debtor: people.casey, amount: '60.00', allocations: [{ invoice: inv.c1, amount: '60.00' }] },
        { debtor: people.avery, amount: '70.00' },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body[0]).toMatchObject({
      fields: ['parts'],
      message: "The parts total 130.00, not the line's 140.00: a line is matched in full.",
    });
    const split = await call('POST', `/lumary/bank-statement-lines/${line.id}/split`, {
      parts: [
        { debtor: people.casey, amount: '60.00', allocations: [{ invoice: inv.c1, amount: '60.00' }] },
        { debtor: people.avery, amount: '80.00' },
      ],
    });
    expect(split.status).toBe(200);
    expect(split.body.line).toMatchObject({ status: 'Reconciled' });
    expect((await get('lumary__Bank_Statement_Line__c', line.id)).lumary__Payments_Count__c).toBe('2');
    expect(await get('lumary__Invoice__c', inv.c1)).toMatchObject({ lumary__Status__c: 'Paid' });
    const avery = (
      await query(
        `SELECT lumary__Amount__c, lumary__Unallocated__c FROM lumary__Payment__c WHERE lumary__Debtor__c = '${people.avery}' ORDER BY Name`,
      )
    ).records;
    expect(avery.map((p: Record<string, unknown>) => [p['lumary__Amount__c'], p['lumary__Unallocated__c']])).toEqual([
      ['110.00', '0.00'],
      ['80.00', '80.00'],
    ]);
  });

  it('leaves a line on account: a payment of the debtor with nothing allocated', async () => {
    // A 5.00 line for Blake, imported by CSV with a signed amount column.
    const content = 'Txn Date,Amount,Narrative,Id\n25/01/2027,5.00,BLAKE TOP UP,CSV-9001\n';
    const imported = await importFile({
      format: 'csv',
      content,
      mapping: { date: 'Txn Date', amount: 'Amount', description: 'Narrative', transactionId: 'Id' },
    });
    expect(imported.status).toBe(201);
    const line = await lineOf('BLAKE TOP UP', '5.00');
    const response = await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, { debtor: people.blake });
    expect(response.status).toBe(200);
    expect(response.body.line.status).toBe('On account');
    expect(await get('lumary__Payment__c', response.body.line.payment)).toMatchObject({
      lumary__Amount__c: '5.00',
      lumary__Unallocated__c: '5.00',
    });
  });

  it('shows the closing balance against the bank GL: the difference is the unreconciled lines', async () => {
    const r = await reconciliation();
    // The 5.00 Blake top-up (25/01) is in the book by 31/01 and also in the bank: CLBD is the camt's 998.77, which predates that CSV.
    expect(r.statement).toMatchObject({ date: '2027-01-31', closingBalance: '998.77' });
    expect(r.asAt).toBe('2027-01-31');
    expect(r.bookBalance).toBe('1040.50'); // 1035.50 + the 5.00 top-up
    expect(r.difference).toBe('-41.73');
    expect(r.unreconciled).toBe(4);
    expect(
      r.lines
        .filter((l: Line) => l.status === 'Unreconciled')
        .map((l: Line) => l.amount)
        .sort(),
    ).toEqual(['-100.00', '-12.50', '-2.00', '77.77']);
    // Debtors after confirmation: Avery owes nothing and has 80.00 credit; Harbour, Blake and Casey owe nothing.
    const balances = await call('GET', '/lumary/reports/debtor-balances?asAt=2027-01-31');
    expect(balances.status).toBe(200);
    const row = (id: string) => balances.body.debtors.find((x: { id: string }) => x.id === id);
    expect(row(people.avery)).toMatchObject({ unallocatedCredit: '80.00', balance: '-80.00' });
    expect(row(people.casey)).toMatchObject({ unallocatedCredit: '25.00', balance: '-25.00' });
    expect(row(people.blake)).toMatchObject({ unallocatedCredit: '5.00', balance: '-5.00' });
    expect(row(people.harbour)).toMatchObject({ invoiced: '595.50', paid: '595.50', balance: '0.00' });
  });

  it('removes a learnt rule: the payer is no longer recognised', async () => {
    const rules = (await call('GET', '/lumary/bank-rules')).body;
    const harbour = rules.find((r: { pattern: string }) => r.pattern === 'HARBOUR PLAN PARTNERS PTY');
    expect((await call('DELETE', `/lumary/bank-rules/${harbour.id}`)).status).toBe(204);
    expect((await call('GET', '/lumary/bank-rules')).body.map((r: { pattern: string }) => r.pattern)).not.toContain(
      'HARBOUR PLAN PARTNERS PTY',
    );
    expect((await call('DELETE', `/lumary/bank-rules/${harbour.id}`)).status).toBe(404);
  });
});

describe('who may see and do it', () => {
  let support: TestUser;
  let outsider: TestUser;
  beforeAll(async () => {
    support = ctx.support;
    outsider = await signedInUser(ctx.api, ctx.tenants, {
      slug: `bank-other-${Date.now()}`,
      username: `finance@bank-other-${Date.now()}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
  });

  it('another tenant sees nothing: 404 for this tenant’s bank account and lines, empty rules', async () => {
    const line = (await reconciliation()).lines[0];
    expect((await call('GET', `/lumary/bank-accounts/${bank}/reconciliation`, undefined, outsider)).status).toBe(404);
    expect(
      (await call('POST', `/lumary/bank-accounts/${bank}/statements`, { format: 'ofx', content: fixture('harbour-15jan.ofx') }, outsider))
        .status,
    ).toBe(404);
    expect((await call('POST', `/lumary/bank-statement-lines/${line.id}/confirm`, { debtor: people.avery }, outsider)).status).toBe(404);
    expect((await call('GET', '/lumary/bank-rules', undefined, outsider)).body).toEqual([]);
    expect((await call('GET', '/lumary/bank-accounts', undefined, outsider)).body).toEqual([]);
  });

  it('a user without the AR permission set is refused', async () => {
    const response = await call('GET', `/lumary/bank-accounts/${bank}/reconciliation`, undefined, support);
    expect(response.status).toBe(403);
    expect(response.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
  });

  it('statement lines cannot be written through the records API', async () => {
    const line = (await reconciliation()).lines[0];
    const response = await call('PATCH', `/sobjects/lumary__Bank_Statement_Line__c/${line.id}`, { lumary__Status__c: 'Reconciled' });
    expect(response.status).toBe(403);
    const deleted = await call('DELETE', `/sobjects/lumary__Bank_Statement_Line__c/${line.id}`);
    expect(deleted.status).toBe(403);
    expect((await reconciliation()).lines[0]).toMatchObject({ id: line.id, status: line.status });
  });
});
