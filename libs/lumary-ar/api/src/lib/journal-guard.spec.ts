import { arApi, type TestUser } from '../testing/ar-api';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let admin: TestUser;

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  admin = ctx.admin;
});
afterAll(() => ctx?.api.close());

describe('the journal through the records API', () => {
  it.each([
    ['lumary__Journal_Entry__c', { Name: 'JE-999999', lumary__Entry_Date__c: '2027-01-01' }],
    ['lumary__Journal_Line__c', { Name: 'JE-999999-1', lumary__Line_Date__c: '2027-01-01' }],
  ])('refuses creating a %s, admins too, pointing at posting', async (object, body) => {
    for (const user of [finance, admin]) {
      const response = await ctx.call(user, 'POST', `/sobjects/${object}`, body);
      expect(response.status).toBe(403);
      expect(response.body[0]).toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS' });
      expect(response.body[0].message).toContain('POST /api/lumary/journal/entries');
    }
  });

  it('describes journal entries with their lines as a child relationship, read-only for finance users', async () => {
    const describe = await ctx.call(finance, 'GET', '/sobjects/lumary__Journal_Entry__c/describe');
    expect(describe.status).toBe(200);
    expect(JSON.stringify(describe.body)).toContain('lumary__Journal_Line__c');
  });

  it('offers no New, Edit or Delete on the journal to anyone, though the finance set may stamp exports', async () => {
    for (const user of [finance, admin]) {
      for (const object of ['lumary__Journal_Entry__c', 'lumary__Journal_Line__c']) {
        const describe = await ctx.call(user, 'GET', `/sobjects/${object}/describe`);
        expect(describe.body).toMatchObject({ queryable: true, createable: false, updateable: false, deletable: false });
        expect(describe.body.fields.filter((f: { createable: boolean; updateable: boolean }) => f.createable || f.updateable)).toEqual([]);
        const global = await ctx.call(user, 'GET', '/sobjects');
        expect(global.body.sobjects.find((o: { name: string }) => o.name === object)).toMatchObject({
          createable: false,
          updateable: false,
          deletable: false,
        });
      }
      const views = await ctx.call(user, 'GET', '/ui/list-views/lumary__Journal_Entry__c');
      expect(views.status).toBe(200);
      expect(views.body).toMatchObject({ createable: false, recordTypes: [] });
    }
  });

  it('refuses users without the AR permission set', async () => {
    const response = await ctx.call(ctx.support, 'GET', '/sobjects/lumary__Journal_Entry__c');
    expect(response.status).toBe(403);
  });
});
