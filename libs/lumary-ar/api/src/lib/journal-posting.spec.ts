import { signedInUser } from '@platform/api/testing';
import { arApi, controlAccount, ENTITY, manualEntry, seedLedger, type TestUser } from '../testing/ar-api';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let ledger: Awaited<ReturnType<typeof seedLedger>>;
const post = (body: unknown, user: TestUser = finance) => ctx.call(user, 'POST', '/lumary/journal/entries', body);
const lines = async (entryId: string) =>
  (
    await ctx.call(
      finance,
      'GET',
      `/query?q=${encodeURIComponent(`SELECT Id, Name, lumary__Account__c, lumary__Debit__c, lumary__Credit__c, lumary__Cost_Centre__c FROM lumary__Journal_Line__c WHERE lumary__Journal_Entry__c = '${entryId}' ORDER BY Name`)}`,
    )
  ).body.records;
const entryCount = async () =>
  (await ctx.call(finance, 'GET', `/query?q=${encodeURIComponent('SELECT Id FROM lumary__Journal_Entry__c')}`)).body.totalSize;

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  ledger = await seedLedger(ctx.call, finance);
});
afterAll(() => ctx?.api.close());

describe('posting a journal entry', () => {
  it('posts a balanced entry with its lines in the period of its date', async () => {
    const response = await post(manualEntry('2027-01-10', ledger.therapy, ledger.revenue, '110.00', { costCentre: ledger.parramatta }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'JE-000001',
      date: '2027-01-10',
      period: { id: ledger.jan, name: 'January 2027' },
      total: '110.00',
    });
    const entry = await ctx.call(finance, 'GET', `/sobjects/lumary__Journal_Entry__c/${response.body.id}`);
    expect(entry.body).toMatchObject({
      Name: 'JE-000001',
      lumary__Entry_Date__c: '2027-01-10',
      lumary__Accounting_Period__c: ledger.jan,
      lumary__Total__c: '110.00',
    });
    expect(await lines(response.body.id)).toEqual([
      expect.objectContaining({
        Name: 'JE-000001-1',
        lumary__Account__c: ledger.therapy,
        lumary__Cost_Centre__c: ledger.parramatta,
        lumary__Debit__c: '110.00',
        lumary__Credit__c: '0.00',
      }),
      expect.objectContaining({
        Name: 'JE-000001-2',
        lumary__Account__c: ledger.revenue,
        lumary__Debit__c: '0.00',
        lumary__Credit__c: '110.00',
      }),
    ]);
  });

  it('adds in decimals: 0.10 + 0.20 balances 0.30 exactly', async () => {
    const response = await post({
      date: '2027-01-11',
      lines: [
        { account: ledger.therapy, debit: '0.30' },
        { account: ledger.revenue, credit: '0.10' },
        { account: ledger.revenue, credit: '0.20' },
      ],
    });
    expect(response.status).toBe(201);
  });

  it('refuses a manual entry that touches a control account, by type or by id, naming the line', async () => {
    const before = await entryCount();
    const byType = await post({
      date: '2027-01-11',
      lines: [
        { account: { control: 'Bank Account' }, debit: '5.00' },
        { account: ledger.revenue, credit: '5.00' },
      ],
    });
    expect(byType.status).toBe(400);
    expect(byType.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message:
          'Line 1: a manual entry cannot post to the control account Bank Account; control accounts are moved only by invoices, credit notes and payments. Use GL Codes.',
        fields: ['lines[0]'],
      },
    ]);
    for (const control of [ledger.debtors, ledger.gst, ledger.bank]) {
      const byId = await post(manualEntry('2027-01-11', ledger.therapy, control, '5.00'));
      expect(byId.status).toBe(400);
      expect(byId.body[0].fields).toEqual(['lines[1]']);
      expect(byId.body[0].message).toMatch(
        /^Line 2: a manual entry cannot post to the control account (Debtors Control Account Debtors Control|GST Control Account GST Control|Bank Account Operating Bank);/,
      );
    }
    expect(await entryCount()).toBe(before);
  });

  it('refuses a manual entry that claims to be the posting of an invoice, payment or credit note', async () => {
    const response = await post({
      ...manualEntry('2027-01-11', ledger.therapy, ledger.revenue, '5.00'),
      source: { id: 'INV-1', object: 'lumary__Invoice__c' },
    });
    expect(response.status).toBe(400);
    expect(response.body[0]).toMatchObject({
      message: "A manual entry cannot be the posting of a invoice: only the invoice's own action posts it.",
      fields: ['source'],
    });
  });

  it('refuses an entry whose debits and credits differ, leaving nothing behind', async () => {
    const before = await entryCount();
    const response = await post({
      date: '2027-01-12',
      lines: [
        { account: ledger.therapy, debit: '110.01' },
        { account: ledger.revenue, credit: '100.00' },
        { account: ledger.revenue, credit: '10.00' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'The entry does not balance: debits total 110.01 and credits total 110.00.',
        fields: ['lines'],
      },
    ]);
    expect(await entryCount()).toBe(before);
  });

  it('refuses a date no period covers, saying so', async () => {
    const response = await post(manualEntry('2028-06-01', ledger.therapy, ledger.revenue, '110.00'));
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'No accounting period covers 2028-06-01: create an Open period for that date before posting.',
        fields: ['date'],
      },
    ]);
  });

  it('refuses a date in a Closed period, naming the period; re-opened, it posts again', async () => {
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${ENTITY}/${ledger.mar}`, { lumary__Status__c: 'Closed' })).status).toBe(204);
    const refused = await post(manualEntry('2027-03-05', ledger.therapy, ledger.revenue, '110.00'));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'The accounting period March 2027 is Closed: nothing can be posted dated 2027-03-05.',
        fields: ['date'],
      },
    ]);
    expect((await ctx.call(ctx.controller, 'PATCH', `/sobjects/${ENTITY}/${ledger.mar}`, { lumary__Status__c: 'Open' })).status).toBe(204);
    expect((await post(manualEntry('2027-03-05', ledger.therapy, ledger.revenue, '110.00'))).status).toBe(201);
  });

  it('refuses a cost centre that is not one, and an account that is a period', async () => {
    const wrongCentre = await post(manualEntry('2027-01-13', ledger.therapy, ledger.revenue, '1.10', { costCentre: ledger.revenue }));
    expect(wrongCentre.status).toBe(400);
    expect(wrongCentre.body[0].message).toBe('Line 1: the cost centre Service Revenue is not a Cost Centre.');
    const wrongAccount = await post(manualEntry('2027-01-13', ledger.therapy, ledger.jan, '1.10'));
    expect(wrongAccount.body[0].message).toBe('Line 2: the account January 2027 is not a Control Account or a GL Code.');
  });

  it('refuses lines with both or neither of debit and credit, and amounts with fractions of a cent', async () => {
    const both = await post({
      date: '2027-01-14',
      lines: [
        { account: ledger.revenue, debit: '1.00', credit: '1.00' },
        { account: ledger.therapy, credit: '0' },
      ],
    });
    expect(both.status).toBe(400);
    expect(both.body[0].message).toBe('Line 1 needs either a debit or a credit, not both or neither.');
    const fraction = await post({
      date: '2027-01-14',
      lines: [
        { account: ledger.revenue, debit: '1.005' },
        { account: ledger.therapy, credit: '1.005' },
      ],
    });
    expect(fraction.status).toBe(400);
    expect(fraction.body[0].errorCode).toBe('INVALID_TYPE_ON_FIELD_IN_RECORD');
  });

  it('refuses users without the AR permission set before reading the body', async () => {
    const response = await post({}, ctx.support);
    expect(response.status).toBe(403);
    expect(response.body[0].message).toBe(
      'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.',
    );
  });

  it('never edits or deletes a posted entry or line through the records API, admins included', async () => {
    const posted = (await post(manualEntry('2027-01-15', ledger.therapy, ledger.revenue, '55.00'))).body;
    const tenant = (await ctx.tenants.tenants()).find((t) => t.id === finance.tenantId)!;
    const admin = await signedInUser(ctx.api, ctx.tenants, {
      slug: tenant.slug,
      username: `admin-${Date.now()}@x.test`,
      profile: 'System Administrator',
    });
    const edit = await ctx.call(admin, 'PATCH', `/sobjects/lumary__Journal_Entry__c/${posted.id}`, { lumary__Description__c: 'changed' });
    expect(edit.status).toBe(403);
    expect(edit.body[0].message).toBe('Journal entries are never edited: correct one with a reversing entry.');
    const remove = await ctx.call(admin, 'DELETE', `/sobjects/lumary__Journal_Entry__c/${posted.id}`);
    expect(remove.status).toBe(409);
    expect(remove.body[0]).toMatchObject({
      errorCode: 'DELETE_FAILED',
      message: 'Journal entries are never deleted: correct one with a reversing entry.',
    });
    const line = (await lines(posted.id))[0];
    expect((await ctx.call(admin, 'DELETE', `/sobjects/lumary__Journal_Line__c/${line.Id}`)).status).toBe(409);
    expect((await ctx.call(finance, 'PATCH', `/sobjects/lumary__Journal_Line__c/${line.Id}`, { lumary__Debit__c: '1.00' })).status).toBe(
      403,
    );
    // An account with journal lines cannot be deleted either (Restrict lookups).
    const restricted = await ctx.call(admin, 'DELETE', `/sobjects/${ENTITY}/${ledger.therapy}`);
    expect(restricted.status).toBe(409);
    expect(restricted.body[0].errorCode).toBe('DELETE_FAILED');
  });
});

describe('reversing an entry', () => {
  it('posts the mirror entry, linked to the original; a second reversal is refused', async () => {
    const original = (await post(manualEntry('2027-02-03', ledger.therapy, ledger.revenue, '220.00', { costCentre: ledger.sydney }))).body;
    const reversal = await ctx.call(finance, 'POST', `/lumary/journal/entries/${original.id}/reverse`, { date: '2027-02-10' });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ date: '2027-02-10', period: { name: 'February 2027' }, total: '220.00', reverses: original.id });
    const mirrored = await lines(reversal.body.id);
    expect(
      mirrored.map((l: Record<string, string>) => [
        l['lumary__Account__c'],
        l['lumary__Cost_Centre__c'],
        l['lumary__Debit__c'],
        l['lumary__Credit__c'],
      ]),
    ).toEqual([
      [ledger.therapy, ledger.sydney, '0.00', '220.00'],
      [ledger.revenue, null, '220.00', '0.00'],
    ]);
    const again = await ctx.call(finance, 'POST', `/lumary/journal/entries/${original.id}/reverse`, { date: '2027-02-11' });
    expect(again.status).toBe(400);
    expect(again.body[0].message).toBe(`${original.name} has already been reversed by ${reversal.body.name}.`);
  });

  it('refuses a reversal dated before its entry, and one into a Closed period, naming it', async () => {
    const original = (await post(manualEntry('2027-01-20', ledger.therapy, ledger.revenue, '11.00'))).body;
    const early = await ctx.call(finance, 'POST', `/lumary/journal/entries/${original.id}/reverse`, { date: '2027-01-19' });
    expect(early.status).toBe(400);
    expect(early.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: `A reversal is dated on or after the entry it reverses: ${original.name} is dated 2027-01-20, the reversal 2027-01-19.`,
        fields: ['date'],
      },
    ]);
    await ctx.call(finance, 'PATCH', `/sobjects/${ENTITY}/${ledger.jan}`, { lumary__Status__c: 'Closed' });
    const response = await ctx.call(finance, 'POST', `/lumary/journal/entries/${original.id}/reverse`, { date: '2027-01-31' });
    expect(response.status).toBe(400);
    expect(response.body[0].message).toBe('The accounting period January 2027 is Closed: nothing can be posted dated 2027-01-31.');
  });

  it('answers 404 for an id that is not a journal entry of this tenant', async () => {
    const response = await ctx.call(finance, 'POST', `/lumary/journal/entries/${ledger.feb}/reverse`, { date: '2027-02-10' });
    expect(response.status).toBe(404);
  });
});

describe('control accounts a posting needs', () => {
  it('names the missing control account; a second active one of a type is refused when saved', async () => {
    const other = await arApi();
    try {
      const call = (body: unknown) => other.call(other.finance, 'POST', '/lumary/journal/entries', body);
      const save = (body: unknown) => other.call(other.finance, 'POST', `/sobjects/${ENTITY}`, body);
      const make = async (body: unknown) => (await save(body)).body.id as string;
      await make({
        Name: 'Jan',
        RecordTypeId: 'Accounting_Period',
        lumary__Status__c: 'Open',
        lumary__Start_Date__c: '2027-01-01',
        lumary__End_Date__c: '2027-01-31',
      });
      const gl = await make({ Name: 'Revenue', RecordTypeId: 'GL_Code', lumary__Account_Type__c: 'Revenue' });
      const otherGl = await make({ Name: 'Other Revenue', RecordTypeId: 'GL_Code', lumary__Account_Type__c: 'Revenue' });
      const entry = manualEntry('2027-01-05', otherGl, gl, '5.00');
      expect((await call(entry)).body[0].message).toBe(
        'Posting needs exactly one active Debtors Control Account; this organisation has none. Create it under Accounting Entities.',
      );
      await make(controlAccount('Debtors', 'Debtors Control Account', '1200'));
      expect((await call(entry)).body[0].message).toBe(
        'Posting needs exactly one active GST Control Account; this organisation has none. Create it under Accounting Entities.',
      );
      await make(controlAccount('GST', 'GST Control Account', '2200'));
      expect((await call(entry)).status).toBe(201);

      const second = await save(controlAccount('Debtors 2', 'Debtors Control Account', '1201'));
      expect(second.status).toBe(400);
      expect(second.body).toEqual([
        {
          errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          message:
            "Debtors is already this organisation's active Debtors Control Account: there is at most one active control account of each type. Deactivate Debtors first, or save this one inactive.",
          fields: ['lumary__Control_Account_Type__c', 'lumary__Active__c'],
        },
      ]);
      const inactive = await make({ ...controlAccount('Debtors 2', 'Debtors Control Account', '1201'), lumary__Active__c: false });
      expect((await other.call(other.finance, 'PATCH', `/sobjects/${ENTITY}/${inactive}`, { lumary__Active__c: true })).status).toBe(400);
      const bank = await make(controlAccount('Bank', 'Bank Account', '1000'));
      expect(
        (
          await other.call(other.finance, 'PATCH', `/sobjects/${ENTITY}/${bank}`, {
            lumary__Control_Account_Type__c: 'GST Control Account',
          })
        ).status,
      ).toBe(400);
      expect((await call(entry)).status).toBe(201);
    } finally {
      await other.api.close();
    }
  });
});
