import { signedInUser } from '@platform/api/testing';
import { arWorld, ENTITY, invoiceBody, type ArWorld, type TestUser } from '../testing/ar-api';

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let query: ArWorld['query'];
const INVOICE = 'lumary__Invoice__c';
const journalLines = async (entryId: string) =>
  (
    await query(
      `SELECT lumary__Account__c, lumary__Cost_Centre__c, lumary__Debit__c, lumary__Credit__c FROM lumary__Journal_Line__c WHERE lumary__Journal_Entry__c = '${entryId}' ORDER BY Name`,
    )
  ).records.map((r: Record<string, unknown>) => [r['lumary__Account__c'], r['lumary__Debit__c'], r['lumary__Credit__c']]);
const create = (body: unknown, user: TestUser = finance) => ctx.call(user, 'POST', '/lumary/invoices', body);

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get, query } = await arWorld());
});
afterAll(() => ctx?.api.close());

describe('creating and issuing an invoice', () => {
  it('computes each line, GST per line, the totals and the due date, and posts the journal on issue', async () => {
    const client = await debtors.client('Nguyen');
    const response = await create(
      invoiceBody(
        client,
        '2027-01-05',
        ledger.therapy,
        [
          ['1.5', '10.05', 'GST'], // 15.075 → 15.08, GST 1.508 → 1.51
          ['3', '0.35', 'GST'], // 1.05, GST 0.105 → 0.11
          ['2', '193.99', 'GST_FREE'], // 387.98
        ],
        { issue: true },
      ),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'INV-000001',
      status: 'Open',
      journalEntry: { date: '2027-01-05', total: '405.73', period: { name: 'January 2027' } },
    });
    const invoice = await get(INVOICE, response.body.id);
    expect(invoice).toMatchObject({
      lumary__Client__c: client,
      lumary__Debtor__c: client,
      lumary__Status__c: 'Open',
      lumary__Subtotal__c: '404.11',
      lumary__GST__c: '1.62',
      lumary__Total__c: '405.73',
      lumary__Balance__c: '405.73',
      lumary__Amount_Paid__c: '0.00',
      lumary__Due_Date__c: '2027-01-19', // the default 14 days
      lumary__Accounting_Period__c: ledger.jan,
      lumary__Journal_Entry__c: response.body.journalEntry.id,
    });
    expect(await journalLines(response.body.journalEntry.id)).toEqual([
      [ledger.debtors, '405.73', '0.00'],
      [ledger.therapy, '0.00', '15.08'],
      [ledger.therapy, '0.00', '1.05'],
      [ledger.therapy, '0.00', '387.98'],
      [ledger.gst, '0.00', '1.62'],
    ]);
  });

  it("invoices the client's Default Debtor, on that debtor's payment terms", async () => {
    const manager = await debtors.account('Plan Partners');
    await ctx.call(finance, 'POST', '/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: manager, lumary__Payment_Terms__c: 30 });
    const client = await debtors.client('Okafor', { lumary__Default_Debtor__c: manager, lumary__Funding__c: 'Plan-managed' });
    const response = await create(invoiceBody(client, '2027-01-10', ledger.therapy, [['1', '100', 'GST_FREE']], { issue: true }));
    expect(response.status).toBe(201);
    expect(await get(INVOICE, response.body.id)).toMatchObject({ lumary__Debtor__c: manager, lumary__Due_Date__c: '2027-02-09' });
  });

  it("uses the organisation's default terms from AR Settings", async () => {
    const settings = await ctx.call(finance, 'POST', '/sobjects/lumary__AR_Settings__c', {
      Name: 'AR',
      lumary__Default_Payment_Terms__c: 7,
    });
    expect(settings.status).toBe(201);
    const client = await debtors.client('Silva');
    const response = await create(invoiceBody(client, '2027-01-10', ledger.therapy, [['1', '50', 'GST']], { issue: true }));
    expect(await get(INVOICE, response.body.id)).toMatchObject({ lumary__Due_Date__c: '2027-01-17' });
    expect((await ctx.call(ctx.admin, 'DELETE', `/sobjects/lumary__AR_Settings__c/${settings.body.id}`)).status).toBe(204);
  });

  it('keeps a Draft when the Invoice Date has no Open period, with nothing posted', async () => {
    const client = await debtors.client('Brown');
    const draft = await create(invoiceBody(client, '2027-06-01', ledger.therapy, [['1', '80', 'GST']]));
    expect(draft.body.status).toBe('Draft');
    const before = (await query('SELECT Id FROM lumary__Journal_Entry__c')).totalSize;
    const issued = await ctx.call(finance, 'POST', `/lumary/invoices/${draft.body.id}/issue`);
    expect(issued.status).toBe(400);
    expect(issued.body[0].message).toBe('No accounting period covers 2027-06-01: create an Open period for that date before posting.');
    expect(await get(INVOICE, draft.body.id)).toMatchObject({ lumary__Status__c: 'Draft', lumary__Journal_Entry__c: null });
    expect((await query('SELECT Id FROM lumary__Journal_Entry__c')).totalSize).toBe(before);
  });

  it('refuses to issue into a Closed period, naming it', async () => {
    await ctx.call(finance, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Closed' });
    const client = await debtors.client('Closed');
    const response = await create(invoiceBody(client, '2027-02-03', ledger.therapy, [['1', '80', 'GST']], { issue: true }));
    expect(response.status).toBe(400);
    expect(response.body[0].message).toBe('The accounting period February 2027 is Closed: nothing can be posted dated 2027-02-03.');
    expect((await query(`SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client}'`)).totalSize).toBe(0);
    await ctx.call(ctx.controller, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Open' });
  });

  it('names the line and field of bad input, and writes nothing', async () => {
    const client = await debtors.client('Bad');
    const bad = await create({
      client,
      invoiceDate: '2027-01-05',
      lines: [
        { description: 'OK', quantity: '1', unitPrice: '5' },
        { description: 'Bad', quantity: '-1', unitPrice: '5' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body[0]).toMatchObject({ fields: ['lines[1].quantity'] });
    const uncoded = await create({
      client,
      invoiceDate: '2027-01-05',
      lines: [{ description: 'No GL code', quantity: '1', unitPrice: '5' }],
      issue: true,
    });
    expect(uncoded.status).toBe(400);
    expect(uncoded.body[0].message).toMatch(/has no GL Code/);
    const general = await debtors.nominee('NotAClient');
    const notClient = await create(invoiceBody(general, '2027-01-05', ledger.therapy, [['1', '5', 'GST']]));
    expect(notClient.status).toBe(400);
    expect(notClient.body[0]).toMatchObject({
      message: 'The Client must be a Contact of record type Client.',
      fields: ['lumary__Client__c'],
    });
    expect((await query(`SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client}'`)).totalSize).toBe(0);
  });
});

describe('what the records API may change', () => {
  it("edits a Draft's lines (amounts recomputed) but never an issued invoice or its kept fields", async () => {
    const client = await debtors.client('Editor');
    const draft = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']]));
    const [line] = (await query(`SELECT Id FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = '${draft.body.id}'`)).records;
    expect((await ctx.call(finance, 'PATCH', `/sobjects/lumary__Invoice_Line__c/${line.Id}`, { lumary__Quantity__c: 3 })).status).toBe(204);
    expect(await get(INVOICE, draft.body.id)).toMatchObject({ lumary__Total__c: '33.00', lumary__GST__c: '3.00' });

    // Finance users may not edit the field at all; even an administrator, who may, is refused by the package.
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${INVOICE}/${draft.body.id}`, { lumary__Balance__c: '0.00' })).status).toBe(403);
    const setBalance = await ctx.call(ctx.admin, 'PATCH', `/sobjects/${INVOICE}/${draft.body.id}`, { lumary__Balance__c: '0.00' });
    expect(setBalance.status).toBe(403);
    expect(setBalance.body[0]).toMatchObject({
      message: 'These invoice fields are kept by Lumary AR and cannot be changed: lumary__Balance__c.',
      fields: ['lumary__Balance__c'],
    });

    await ctx.call(finance, 'POST', `/lumary/invoices/${draft.body.id}/issue`);
    const edit = await ctx.call(finance, 'PATCH', `/sobjects/${INVOICE}/${draft.body.id}`, { lumary__Invoice_Date__c: '2027-01-08' });
    expect(edit.status).toBe(403);
    expect(edit.body[0].message).toMatch(/is Open: an issued invoice changes only through payments, credit notes or voiding/);
    const del = await ctx.call(finance, 'DELETE', `/sobjects/${INVOICE}/${draft.body.id}`);
    expect(del.status).toBe(409);
    const lineEdit = await ctx.call(finance, 'PATCH', `/sobjects/lumary__Invoice_Line__c/${line.Id}`, { lumary__Quantity__c: 1 });
    expect(lineEdit.status).toBe(403);
  });

  it('creates a Draft through the records API with its debtor, due date and template filled in', async () => {
    const template = await ctx.call(finance, 'POST', '/sobjects/lumary__Invoice_Template__c', {
      Name: 'Standard',
      lumary__Is_Default__c: true,
    });
    const client = await debtors.client('Recorder');
    const created = await ctx.call(finance, 'POST', `/sobjects/${INVOICE}`, {
      lumary__Client__c: client,
      lumary__Invoice_Date__c: '2027-03-01',
    });
    expect(created.status).toBe(201);
    expect(await get(INVOICE, created.body.id)).toMatchObject({
      lumary__Debtor__c: client,
      lumary__Due_Date__c: '2027-03-15',
      lumary__Status__c: 'Draft',
      lumary__Template__c: template.body.id,
    });
  });
});

describe('voiding and crediting', () => {
  it('voids a Draft without posting, and an Open invoice by reversing its posting', async () => {
    const client = await debtors.client('Voider');
    const draft = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']]));
    const voidDraft = await ctx.call(finance, 'POST', `/lumary/invoices/${draft.body.id}/void`, { reason: 'Raised in error' });
    expect(voidDraft.body).toEqual({ id: draft.body.id, name: draft.body.name, status: 'Void' });

    const open = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']], { issue: true }));
    const voided = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/void`, { reason: 'Wrong client', date: '2027-01-20' });
    expect(voided.status).toBe(200);
    expect(voided.body.journalEntry).toMatchObject({ date: '2027-01-20', reverses: open.body.journalEntry.id, total: '11.00' });
    expect(await journalLines(voided.body.journalEntry.id)).toEqual([
      [ledger.debtors, '0.00', '11.00'],
      [ledger.therapy, '10.00', '0.00'],
      [ledger.gst, '1.00', '0.00'],
    ]);
    expect(await get(INVOICE, open.body.id)).toMatchObject({
      lumary__Status__c: 'Void',
      lumary__Voided_Date__c: '2027-01-20',
      lumary__Void_Reason__c: 'Wrong client',
    });
    const again = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/void`, { reason: 'Again' });
    expect(again.status).toBe(409);
    expect((await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/void`, {})).body[0].fields).toEqual(['reason']);
  });

  it('credits part of an invoice across its lines, then writes off the rest', async () => {
    const client = await debtors.client('Creditor');
    const open = await create(
      invoiceBody(
        client,
        '2027-01-10',
        ledger.therapy,
        [
          ['1', '100', 'GST'],
          ['1', '50', 'GST_FREE'],
        ],
        { issue: true },
      ),
    );
    // Total 160.00: 110.00 (GST line) + 50.00; a credit of 80.00 shares 55.00 (50.00 + 5.00 GST) and 25.00.
    const credit = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/credit-notes`, {
      date: '2027-01-15',
      amount: '80.00',
      reason: 'Pricing error',
    });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({
      name: 'CN-000001',
      invoice: { status: 'Part Paid' },
      journalEntry: { date: '2027-01-15', total: '80.00' },
    });
    expect(await journalLines(credit.body.journalEntry.id)).toEqual([
      [ledger.therapy, '50.00', '0.00'],
      [ledger.therapy, '25.00', '0.00'],
      [ledger.gst, '5.00', '0.00'],
      [ledger.debtors, '0.00', '80.00'],
    ]);
    expect(await get('lumary__Credit_Note__c', credit.body.id)).toMatchObject({
      lumary__Subtotal__c: '75.00',
      lumary__GST__c: '5.00',
      lumary__Debtor__c: client,
    });
    expect(await get(INVOICE, open.body.id)).toMatchObject({
      lumary__Amount_Credited__c: '80.00',
      lumary__Balance__c: '80.00',
      lumary__Status__c: 'Part Paid',
    });

    const tooMuch = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/credit-notes`, {
      date: '2027-01-16',
      amount: '80.01',
      reason: 'Goodwill',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body[0]).toMatchObject({
      message: `The credit of 80.01 is more than ${open.body.name}'s balance of 80.00.`,
      fields: ['amount'],
    });

    const writeOff = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/credit-notes`, {
      date: '2027-01-31',
      amount: '80.00',
      reason: 'Write-off',
    });
    expect(writeOff.body.journalEntry).toMatchObject({ total: '80.00' });
    expect(await get(INVOICE, open.body.id)).toMatchObject({
      lumary__Balance__c: '0.00',
      lumary__Status__c: 'Paid',
      lumary__Paid_Date__c: '2027-01-31',
    });
    const noMore = await ctx.call(finance, 'POST', `/lumary/invoices/${open.body.id}/credit-notes`, {
      date: '2027-01-31',
      amount: '1.00',
      reason: 'Goodwill',
    });
    expect(noMore.status).toBe(409);
    expect(
      (
        await ctx.call(finance, 'POST', '/sobjects/lumary__Credit_Note__c', {
          lumary__Invoice__c: open.body.id,
          lumary__Credit_Date__c: '2027-01-31',
          lumary__Amount__c: '1.00',
          lumary__Reason__c: 'Other',
        })
      ).status,
    ).toBe(403);
  });
});

describe('payment terms', () => {
  it("re-dates the debtor's open invoices only, in the invoices' history", async () => {
    const nominee = await debtors.nominee('Terms');
    const client = await debtors.client('TermsClient', { lumary__Default_Debtor__c: nominee });
    const issue = (date: string) =>
      create(invoiceBody(client, date, ledger.therapy, [['1', '20', 'GST_FREE']], { issue: true })).then((r) => r.body.id as string);
    const openA = await issue('2027-01-04');
    const openB = await issue('2027-03-02');
    const settled = await issue('2027-01-05');
    await ctx.call(finance, 'POST', `/lumary/invoices/${settled}/credit-notes`, {
      date: '2027-01-06',
      amount: '20.00',
      reason: 'Goodwill',
    });
    const draft = (await create(invoiceBody(client, '2027-01-04', ledger.therapy, [['1', '20', 'GST_FREE']]))).body.id;
    const voided = await issue('2027-01-04');
    await ctx.call(finance, 'POST', `/lumary/invoices/${voided}/void`, { reason: 'Duplicate', date: '2027-01-06' });

    const settings = await ctx.call(finance, 'POST', '/sobjects/lumary__Debtor_Settings__c', {
      lumary__Debtor__c: nominee,
      lumary__Payment_Terms__c: 30,
    });
    expect(settings.status).toBe(201);
    const due = async (id: string) => (await get(INVOICE, id)).lumary__Due_Date__c;
    expect([await due(openA), await due(openB), await due(settled), await due(draft), await due(voided)]).toEqual([
      '2027-02-03',
      '2027-04-01',
      '2027-01-19',
      '2027-01-18',
      '2027-01-18',
    ]);

    expect(
      (await ctx.call(finance, 'PATCH', `/sobjects/lumary__Debtor_Settings__c/${settings.body.id}`, { lumary__Payment_Terms__c: 7 }))
        .status,
    ).toBe(204);
    expect([await due(openA), await due(openB), await due(settled)]).toEqual(['2027-01-11', '2027-03-09', '2027-01-19']);
    const history = (await ctx.call(finance, 'GET', `/sobjects/${INVOICE}/${openA}/history`)).body.records;
    expect(history.filter((h: { field: string }) => h.field === 'lumary__Due_Date__c').slice(0, 2)).toEqual([
      expect.objectContaining({ oldValue: '2027-02-03', newValue: '2027-01-11', changedById: finance.userId }),
      expect.objectContaining({ oldValue: '2027-01-18', newValue: '2027-02-03' }),
    ]);
  });
});

describe("the invoice editor's save (PUT /lumary/invoices/{id})", () => {
  const put = (id: string, body: unknown, user: TestUser = finance) => ctx.call(user, 'PUT', `/lumary/invoices/${id}`, body);
  const lines = async (id: string) =>
    (
      await query(
        `SELECT lumary__Description__c, lumary__Quantity__c, lumary__Unit_Price__c, lumary__Tax_Code__c, lumary__Amount__c, lumary__GST__c FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = '${id}' ORDER BY Name`,
      )
    ).records.map((r: Record<string, unknown>) => [
      r['lumary__Description__c'],
      r['lumary__Quantity__c'],
      r['lumary__Unit_Price__c'],
      r['lumary__Tax_Code__c'],
      r['lumary__Amount__c'],
      r['lumary__GST__c'],
    ]);

  it("replaces a Draft's header and lines in one go (fewer, more, changed), with the totals recomputed, then issues it", async () => {
    const client = await debtors.client('Editora');
    const nominee = await debtors.nominee('Editornominee');
    const draft = await create(
      invoiceBody(client, '2027-01-05', ledger.therapy, [
        ['1', '10.00', 'GST'],
        ['2', '20.00', 'GST'],
        ['3', '30.00', 'GST_FREE'],
      ]),
    );
    expect(draft.status).toBe(201);
    const fewer = await put(draft.body.id, {
      ...invoiceBody(client, '2027-01-06', ledger.therapy, [
        ['1.5', '10.05', 'GST'],
        ['3', '0.35', 'GST_FREE'],
      ]),
      debtor: nominee,
    });
    expect(fewer.status).toBe(200);
    expect(fewer.body).toMatchObject({ id: draft.body.id, name: draft.body.name, status: 'Draft' });
    expect(await lines(draft.body.id)).toEqual([
      ['Support 1', '1.50', '10.05', 'GST', '15.08', '1.51'],
      ['Support 2', '3.00', '0.35', 'GST_FREE', '1.05', '0.00'],
    ]);
    expect(await get(INVOICE, draft.body.id)).toMatchObject({
      lumary__Debtor__c: nominee,
      lumary__Invoice_Date__c: '2027-01-06',
      lumary__Subtotal__c: '16.13',
      lumary__GST__c: '1.51',
      lumary__Total__c: '17.64',
      lumary__Status__c: 'Draft',
    });
    const more = await put(draft.body.id, {
      ...invoiceBody(client, '2027-01-06', ledger.therapy, [
        ['1', '100.00', 'GST'],
        ['1', '0.05', 'GST'],
        ['2', '5.00', 'GST_FREE'],
      ]),
      issue: true,
    });
    expect(more.status).toBe(200);
    expect(more.body).toMatchObject({ status: 'Open', journalEntry: { total: '120.06' } });
    // No debtor given: the client's (it has no Default Debtor).
    expect(await get(INVOICE, draft.body.id)).toMatchObject({
      lumary__Debtor__c: client,
      lumary__Total__c: '120.06',
      lumary__Balance__c: '120.06',
    });
    expect((await lines(draft.body.id)).length).toBe(3);
    const again = await put(draft.body.id, invoiceBody(client, '2027-01-06', ledger.therapy, [['1', '1.00', 'GST']]));
    expect(again.status).toBe(409);
    expect(again.body[0].message).toMatch(/is Open: only a Draft invoice can be edited/);
    expect((await lines(draft.body.id)).length).toBe(3);
  });

  it('names the line of bad input and leaves the Draft as it was', async () => {
    const client = await debtors.client('Editorbad');
    const draft = await create(
      invoiceBody(client, '2027-01-05', ledger.therapy, [
        ['1', '10.00', 'GST'],
        ['2', '20.00', 'GST'],
      ]),
    );
    const before = await lines(draft.body.id);
    const bad = await put(draft.body.id, {
      client,
      invoiceDate: '2027-01-05',
      lines: [
        { description: 'OK', quantity: '1', unitPrice: '5' },
        { description: 'Bad', quantity: '-1', unitPrice: '5' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body[0]).toMatchObject({ fields: ['lines[1].quantity'] });
    const general = await debtors.nominee('Editornotclient');
    const notClient = await put(draft.body.id, invoiceBody(general, '2027-01-05', ledger.therapy, [['1', '5', 'GST']]));
    expect(notClient.status).toBe(400);
    expect(notClient.body[0]).toMatchObject({ fields: ['lumary__Client__c'] });
    // A refusal from the engine (a cost centre that does not exist) on the third line, after two lines were rewritten: all rolled back.
    const badLine = await put(draft.body.id, {
      client,
      invoiceDate: '2027-01-09',
      lines: [
        { description: 'A', quantity: '1', unitPrice: '5', glCode: ledger.therapy },
        { description: 'B', quantity: '1', unitPrice: '5', glCode: ledger.therapy },
        { description: 'C', quantity: '1', unitPrice: '5', glCode: ledger.therapy, costCentre: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(badLine.status).toBe(400);
    expect(badLine.body[0].fields[0]).toMatch(/^lines\[2\]/);
    expect(await lines(draft.body.id)).toEqual(before);
    expect((await get(INVOICE, draft.body.id)).lumary__Invoice_Date__c).toBe('2027-01-05');
  });

  it('gives another tenant 404 and a user without the AR set 403, changing nothing', async () => {
    const client = await debtors.client('Editorprivate');
    const draft = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']]));
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `editor-${Date.now()}`,
      username: 'finance@editor-other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    const body = invoiceBody(client, '2027-01-07', ledger.therapy, [['9', '99', 'GST']]);
    expect((await put(draft.body.id, body, other)).status).toBe(404);
    expect((await put(draft.body.id, body, ctx.support)).status).toBe(403);
    expect(await lines(draft.body.id)).toEqual([['Support 1', '1.00', '10.00', 'GST', '10.00', '1.00']]);
  });
});

describe('tenants and permissions', () => {
  it("gives another tenant 404 for this tenant's invoice, and a user without the AR set 403", async () => {
    const client = await debtors.client('Private');
    const draft = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']]));
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Date.now()}`,
      username: 'finance@other.test',
      permissionSets: ['lumary__AR_Management'],
    });
    // Each with a body it takes: an unknown field is refused (400) before the invoice is looked up.
    for (const [path, body] of [
      ['issue', {}],
      ['void', { reason: 'Goodwill', date: '2027-01-08' }],
      ['credit-notes', { reason: 'Goodwill', date: '2027-01-08', amount: '1.00' }],
    ] as const) {
      const response = await ctx.call(other, 'POST', `/lumary/invoices/${draft.body.id}/${path}`, body);
      expect(response.status).toBe(404);
    }
    expect((await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['1', '10', 'GST']]), ctx.support)).status).toBe(403);
    expect((await get(INVOICE, draft.body.id)).lumary__Status__c).toBe('Draft');
  });
});

describe('record pages', () => {
  it("shows a client's invoices and the debtor summary on the Client page, and an invoice's lines on its own", async () => {
    const client = await debtors.client('Paged');
    const invoice = await create(invoiceBody(client, '2027-01-07', ledger.therapy, [['2', '10', 'GST']], { issue: true }));
    const page = (await ctx.call(finance, 'GET', `/ui/record/Contact/${client}`)).body;
    expect(page.sections.map((s: { label: string }) => s.label)).toEqual(['Contact Information', 'Funding and Billing', 'Mailing Address']);
    const invoices = page.relatedLists.find((l: { label: string }) => l.label === 'Invoices');
    expect(invoices.records).toEqual([
      expect.objectContaining({ Id: invoice.body.id, Name: invoice.body.name, lumary__Balance__c: '22.00', lumary__Status__c: 'Open' }),
    ]);
    expect(page.regions.find((r: { name: string }) => r.name === 'sidebar').components).toEqual([
      expect.objectContaining({ type: 'component', name: 'lumary:debtorSummary' }),
      expect.objectContaining({ type: 'component', name: 'lumary:agreementBudget' }),
    ]);

    const invoicePage = (await ctx.call(finance, 'GET', `/ui/record/lumary__Invoice__c/${invoice.body.id}`)).body;
    const lines = invoicePage.relatedLists.find((l: { label: string }) => l.label === 'Lines');
    expect(lines.records).toEqual([
      expect.objectContaining({ lumary__Quantity__c: '2.00', lumary__Amount__c: '20.00', lumary__GST__c: '2.00' }),
    ]);
  });
});

describe("a tenant's roll-up summary over the package's master-detail", () => {
  it("counts and sums an invoice's lines: filled when added, kept through the invoice service's own writes", async () => {
    const client = await debtors.client('Rollup');
    const first = await create(
      invoiceBody(client, '2027-01-12', ledger.therapy, [
        ['2', '10', 'GST_FREE'],
        ['1', '5.5', 'GST_FREE'],
      ]),
    );
    expect(first.status).toBe(201);
    // The admin reads them: a finance user sees a tenant's field only through a permission set granting it.
    const read = async (id: string) => (await ctx.call(ctx.admin, 'GET', `/sobjects/${INVOICE}/${id}`)).body;
    const rollup = { type: 'Summary', summarizedObject: 'lumary__Invoice_Line__c', relationshipField: 'lumary__Invoice__c' };
    for (const body of [
      { ...rollup, label: 'Line Count', operation: 'count' },
      { ...rollup, label: 'Lines Amount', operation: 'sum', summarizedField: 'lumary__Amount__c' },
    ]) {
      const res = await ctx.call(ctx.admin, 'POST', `/setup/objects/${INVOICE}/fields`, body);
      expect([res.status, res.body.apiName]).toEqual([201, body.label.replace(' ', '_') + '__c']);
    }
    expect(await read(first.body.id)).toMatchObject({ Line_Count__c: '2', Lines_Amount__c: '25.50' });

    // An invoice made after the roll-ups: its lines are written by the invoice service, through the engine.
    const second = await create(invoiceBody(client, '2027-01-13', ledger.therapy, [['3', '7', 'GST_FREE']]));
    expect(await read(second.body.id)).toMatchObject({ Line_Count__c: '1', Lines_Amount__c: '21.00' });
    const [line] = (await query(`SELECT Id FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = '${second.body.id}'`)).records;
    expect((await ctx.call(finance, 'PATCH', `/sobjects/lumary__Invoice_Line__c/${line.Id}`, { lumary__Quantity__c: 4 })).status).toBe(204);
    expect(await read(second.body.id)).toMatchObject({ Line_Count__c: '1', Lines_Amount__c: '28.00' });
  });
});
