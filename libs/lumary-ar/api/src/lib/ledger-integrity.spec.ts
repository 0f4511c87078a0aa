import { arWorld, ENTITY, invoiceBody, manualEntry, type ArWorld, type TestUser } from '../testing/ar-api';

/** libs/lumary-ar/RULES.md#ledger-integrity: the paths around the happy one, each refused at its cause. */
let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
const INVOICE = 'lumary__Invoice__c';
const PAYMENT = 'lumary__Payment__c';
const CLAIM = 'lumary__Claim__c';

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get } = await arWorld());
});
afterAll(() => ctx?.api.close());

const issue = async (client: string, date: string, extra: Record<string, unknown> = {}) => {
  const response = await ctx.call(
    finance,
    'POST',
    '/lumary/invoices',
    invoiceBody(client, date, ledger.therapy, [['1', '100.00', 'GST']], { issue: true, ...extra }),
  );
  if (response.status !== 201) throw new Error(response.text);
  return (await get(INVOICE, response.body.id)) as Record<string, string>;
};
const pay = async (debtor: string, date: string, amount: string, allocations: { invoice: string; amount: string }[] = []) => {
  const body = { debtor, date, amount, method: 'EFT', allocations, idempotencyKey: `${debtor}-${date}-${amount}-${Math.random()}` };
  const response = await ctx.call(finance, 'POST', '/lumary/payments', body);
  if (response.status !== 201) throw new Error(response.text);
  return (await get(PAYMENT, response.body.id)) as Record<string, string>;
};
const reverseEntry = (id: string, date: string) => ctx.call(finance, 'POST', `/lumary/journal/entries/${id}/reverse`, { date });

describe('reversing the posting of a business document by hand', () => {
  it('is refused for an invoice, naming it and the void; the invoice stays Open and can still be voided', async () => {
    const client = await debtors.client('Reversal');
    const invoice = await issue(client, '2027-01-05');
    const refused = await reverseEntry(invoice['lumary__Journal_Entry__c'], '2027-01-06');
    expect(refused.status).toBe(409);
    expect(refused.body[0].errorCode).toBe('INVALID_OPERATION');
    expect(refused.body[0].message).toContain(`is the posting of invoice ${invoice['Name']}: it is not reversed by hand`);
    expect(refused.body[0].message).toContain(`void the invoice (POST /api/lumary/invoices/${invoice['Id']}/void)`);
    expect((await get(INVOICE, invoice['Id'])).lumary__Status__c).toBe('Open');
    const voided = await ctx.call(finance, 'POST', `/lumary/invoices/${invoice['Id']}/void`, {
      reason: 'Raised in error',
      date: '2027-01-06',
    });
    expect(voided.status).toBe(200);
    // The void's own reversal is a document posting too: not reversible by hand either.
    const voidEntry = (
      await ctx.call(
        finance,
        'GET',
        `/query?q=${encodeURIComponent(`SELECT Id FROM lumary__Journal_Entry__c WHERE lumary__Reverses__c = '${invoice['lumary__Journal_Entry__c']}'`)}`,
      )
    ).body.records[0].Id;
    expect((await reverseEntry(voidEntry, '2027-01-07')).status).toBe(409);
  });

  it('is refused for a payment, naming the payment reversal, and for a credit note', async () => {
    const client = await debtors.client('Payer');
    const invoice = await issue(client, '2027-01-05');
    const payment = await pay(client, '2027-01-10', '50.00', [{ invoice: invoice['Id'], amount: '50.00' }]);
    const refused = await reverseEntry(payment['lumary__Journal_Entry__c'], '2027-01-11');
    expect(refused.status).toBe(409);
    expect(refused.body[0].message).toContain(`is the posting of payment ${payment['Name']}`);
    expect(refused.body[0].message).toContain(`reverse the payment (POST /api/lumary/payments/${payment['Id']}/reverse)`);
    const credit = await ctx.call(finance, 'POST', `/lumary/invoices/${invoice['Id']}/credit-notes`, {
      date: '2027-01-12',
      amount: '10.00',
      reason: 'Pricing error',
    });
    expect(credit.status).toBe(201);
    const note = await get('lumary__Credit_Note__c', credit.body.id);
    expect((await reverseEntry(note.lumary__Journal_Entry__c, '2027-01-13')).body[0].message).toContain(
      `is the posting of credit note ${note.Name}`,
    );
    expect(await get(INVOICE, invoice['Id'])).toMatchObject({ lumary__Balance__c: '50.00', lumary__Status__c: 'Part Paid' });
  });
});

describe('deleting a debtor', () => {
  it('refuses a Contact or Account an invoice, payment or credit names (409 naming it); one with nothing is deleted', async () => {
    const client = await debtors.client('Named');
    const invoice = await issue(client, '2027-01-05');
    const contact = await ctx.call(finance, 'DELETE', `/sobjects/Contact/${client}`);
    expect(contact.status).toBe(409);
    expect(contact.body[0].errorCode).toBe('DELETE_FAILED');
    expect(contact.body[0].message).toMatch(
      new RegExp(`^This Contact cannot be deleted: Invoice ${invoice['Name']} refers to it in (Client|Debtor)`),
    );

    const account = await debtors.account('Paying Plan Manager');
    await pay(account, '2027-01-10', '20.00');
    const paid = await ctx.call(finance, 'DELETE', `/sobjects/Account/${account}`);
    expect(paid.status).toBe(409);
    expect(paid.body[0].message).toMatch(
      /^This Account cannot be deleted: Payment PAY-\d{6} refers to it in Debtor \(lumary__Payment__c\.lumary__Debtor__c\)/,
    );

    const billed = await debtors.account('Billed Plan Manager');
    const other = await debtors.client('BilledClient');
    await issue(other, '2027-01-05', { debtor: billed });
    expect((await ctx.call(finance, 'DELETE', `/sobjects/Account/${billed}`)).body[0].message).toContain(
      'refers to it in Debtor (lumary__Invoice__c.lumary__Debtor__c)',
    );

    const unused = await debtors.account('Never Billed');
    expect((await ctx.call(finance, 'DELETE', `/sobjects/Account/${unused}`)).status).toBe(204);
    // Still payable after the refused deletes.
    expect((await pay(client, '2027-01-11', '110.00', [{ invoice: invoice['Id'], amount: '110.00' }]))['lumary__Amount__c']).toBe('110.00');
  });
});

describe('control accounts', () => {
  it('refuses a second active Bank Account; payments keep working', async () => {
    const second = await ctx.call(finance, 'POST', `/sobjects/${ENTITY}`, {
      Name: 'Second Bank',
      RecordTypeId: 'Control_Account',
      lumary__Control_Account_Type__c: 'Bank Account',
    });
    expect(second.status).toBe(400);
    expect(second.body[0].message).toContain("Operating Bank is already this organisation's active Bank Account");
    const client = await debtors.client('StillPays');
    expect((await pay(client, '2027-01-12', '5.00'))['lumary__Amount__c']).toBe('5.00');
  });
});

describe('states only a package action sets', () => {
  const claim = (extra: Record<string, unknown>, client: string) =>
    ctx.call(finance, 'POST', `/sobjects/${CLAIM}`, {
      lumary__Client__c: client,
      lumary__Claim_Date__c: '2027-01-20',
      lumary__Amount__c: '10.00',
      ...extra,
    });

  it('a claim is created Open only, never moved to Paid or Error through the records API, and never paid before its claim date', async () => {
    const client = await debtors.client('Claimant');
    const paid = await claim({ lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-01-10' }, client);
    expect(paid.status).toBe(400);
    expect(paid.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__Paid_Date__c'] });
    const paidLater = await claim({ lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-01-25' }, client);
    expect(paidLater.status).toBe(403);
    expect(paidLater.body[0].fields).toEqual(['lumary__Status__c', 'lumary__Paid_Date__c']);
    const open = await claim({}, client);
    expect(open.status).toBe(201);
    for (const change of [
      { lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-01-25' },
      { lumary__Status__c: 'Error', lumary__Error_Reason__c: 'x' },
    ]) {
      const moved = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${open.body.id}`, change);
      expect(moved.status).toBe(403);
      expect(moved.body[0].message).toContain('change only through the claim actions');
    }
    expect((await get(CLAIM, open.body.id)).lumary__Status__c).toBe('Open');
    const early = await ctx.call(finance, 'POST', `/lumary/claims/${open.body.id}/paid`, { paidDate: '2027-01-19' });
    expect(early.status).toBe(400);
    expect((await ctx.call(finance, 'POST', `/lumary/claims/${open.body.id}/paid`, { paidDate: '2027-01-20' })).status).toBe(200);
    const backdated = await ctx.call(finance, 'PATCH', `/sobjects/${CLAIM}/${open.body.id}`, { lumary__Claim_Date__c: '2027-01-21' });
    expect(backdated.status).toBe(400);
    expect(backdated.body[0].fields).toEqual(['lumary__Paid_Date__c']);
  });

  it('a billing run is started only by its endpoint', async () => {
    const run = await ctx.call(finance, 'POST', '/sobjects/lumary__Billing_Run__c', { lumary__Up_To_Date__c: '2027-01-31' });
    expect(run.status).toBe(403);
    expect(run.body[0].message).toContain('POST /api/lumary/billing-runs');
  });
});

describe('the journal in the database', () => {
  it('the app role can neither update nor delete journal lines, nor change an entry beyond its export stamp', async () => {
    const posted = (
      await ctx.call(finance, 'POST', '/lumary/journal/entries', manualEntry('2027-02-01', ledger.therapy, ledger.revenue, '7.00'))
    ).body;
    const table = (object: string) => ctx.api.registry.object(object)?.table;
    const col = (object: string, field: string) => ctx.api.registry.object(object)?.fields.get(field.toLowerCase())?.column;
    const [entry, line] = [table('lumary__Journal_Entry__c'), table('lumary__Journal_Line__c')];
    const [debit, ofEntry] = [
      col('lumary__Journal_Line__c', 'lumary__Debit__c'),
      col('lumary__Journal_Line__c', 'lumary__Journal_Entry__c'),
    ];
    const [entryDate, batch] = [
      col('lumary__Journal_Entry__c', 'lumary__Entry_Date__c'),
      col('lumary__Journal_Entry__c', 'lumary__Export_Batch__c'),
    ];
    const asApp = (sql: string) =>
      ctx.api.database.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [finance.tenantId]);
        return manager.query(sql, [posted.id]);
      });
    const denied = /permission denied/;
    await expect(asApp(`UPDATE "${line}" SET "${debit}" = 0 WHERE "${ofEntry}" = $1`)).rejects.toThrow(denied);
    await expect(asApp(`DELETE FROM "${line}" WHERE "${ofEntry}" = $1`)).rejects.toThrow(denied);
    await expect(asApp(`DELETE FROM "${entry}" WHERE "id" = $1`)).rejects.toThrow(denied);
    await expect(asApp(`UPDATE "${entry}" SET "${entryDate}" = '2027-02-02' WHERE "id" = $1`)).rejects.toThrow(denied);
    await expect(asApp(`UPDATE "${entry}" SET "${batch}" = 'EXP-TEST', "version" = "version" + 1 WHERE "id" = $1`)).resolves.toBeDefined();
  });

  it('an entry whose lines do not balance cannot be committed, even by a statement past the posting service', async () => {
    const posted = (
      await ctx.call(finance, 'POST', '/lumary/journal/entries', manualEntry('2027-02-01', ledger.therapy, ledger.revenue, '3.00'))
    ).body;
    const line = ctx.api.registry.object('lumary__Journal_Line__c');
    const ofEntry = line?.fields.get('lumary__journal_entry__c')?.column;
    const columns = (
      (await ctx.api.database.owner.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'id'`,
        [line?.table],
      )) as {
        column_name: string;
      }[]
    ).map((c) => `"${c.column_name}"`);
    // A copy of one of its lines: one side of the entry twice.
    const copy = ctx.api.database.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [finance.tenantId]);
      await manager.query(
        `INSERT INTO "${line?.table}" (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM "${line?.table}" WHERE "${ofEntry}" = $1 LIMIT 1`,
        [posted.id],
      );
    });
    await expect(copy).rejects.toThrow(/do not balance/);
    const lines = await ctx.call(
      finance,
      'GET',
      `/query?q=${encodeURIComponent(`SELECT Id FROM lumary__Journal_Line__c WHERE lumary__Journal_Entry__c = '${posted.id}'`)}`,
    );
    expect(lines.body.totalSize).toBe(2);
  });
});
