import { arApi, controlAccount, ENTITY, period, treeNode, type TestUser } from '../testing/ar-api';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let controller: TestUser;
const create = async (user: TestUser, body: unknown) => ctx.call(user, 'POST', `/sobjects/${ENTITY}`, body);
const update = async (user: TestUser, id: string, body: unknown) => ctx.call(user, 'PATCH', `/sobjects/${ENTITY}/${id}`, body);

beforeAll(async () => {
  ctx = await arApi();
  ({ finance, controller } = ctx);
});
afterAll(() => ctx?.api.close());

describe('accounting periods', () => {
  it('refuses a period that overlaps another of the tenant, naming it, on the date fields', async () => {
    expect((await create(finance, period('January 2027', '2027-01-01', '2027-01-31'))).status).toBe(201);
    const response = await create(finance, period('Mid January 2027', '2027-01-15', '2027-02-14'));
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'This period overlaps the accounting period January 2027 (2027-01-01 to 2027-01-31); periods never overlap.',
        fields: ['lumary__Start_Date__c', 'lumary__End_Date__c'],
      },
    ]);
  });

  it('takes adjacent periods, and refuses moving one onto its neighbour', async () => {
    const feb = await create(finance, period('February 2027', '2027-02-01', '2027-02-28'));
    expect(feb.status).toBe(201);
    const moved = await update(finance, feb.body.id, { lumary__Start_Date__c: '2027-01-31' });
    expect(moved.status).toBe(400);
    expect(moved.body[0].message).toContain('January 2027');
    // Saving a period unchanged does not clash with itself.
    expect((await update(finance, feb.body.id, { lumary__Account_Type__c: 'Revenue' })).status).toBe(204);
  });

  it('leaves other tenants free to use the same dates', async () => {
    const other = await arApi();
    try {
      expect(
        (await other.call(other.finance, 'POST', `/sobjects/${ENTITY}`, period('January 2027', '2027-01-01', '2027-01-31'))).status,
      ).toBe(201);
    } finally {
      await other.api.close();
    }
  });

  it('refuses an Expenses period with a message saying only Revenue is supported', async () => {
    const response = await create(finance, { ...period('Expenses 2030', '2030-01-01', '2030-01-31'), lumary__Account_Type__c: 'Expenses' });
    expect(response.status).toBe(400);
    expect(response.body[0].errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(response.body[0].message).toMatch(/Revenue/);
  });

  it('refuses a start date on or after the end date', async () => {
    const response = await create(finance, period('Backwards', '2031-02-01', '2031-01-01'));
    expect(response.status).toBe(400);
    expect(response.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__End_Date__c'] });
  });

  it('closes freely, but re-opening a Closed period needs the custom permission', async () => {
    const march = await create(finance, period('March 2027', '2027-03-01', '2027-03-31'));
    expect((await update(finance, march.body.id, { lumary__Status__c: 'Closed' })).status).toBe(204);
    const refused = await update(finance, march.body.id, { lumary__Status__c: 'Open' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([
      {
        errorCode: 'INSUFFICIENT_ACCESS',
        message: 'You do not have permission to re-open the Closed period March 2027.',
        fields: ['lumary__Status__c'],
      },
    ]);
    expect((await ctx.call(finance, 'GET', `/sobjects/${ENTITY}/${march.body.id}`)).body.lumary__Status__c).toBe('Closed');
    expect((await update(controller, march.body.id, { lumary__Status__c: 'Open' })).status).toBe(204);
  });
});

describe('GL code and cost centre trees', () => {
  it('refuses a Parent of another record type', async () => {
    const gl = await create(finance, treeNode('GL_Code', 'Revenue', '4000'));
    const response = await create(finance, treeNode('Cost_Centre', 'Sydney', 'CC-SYD', gl.body.id));
    expect(response.status).toBe(400);
    expect(response.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['lumary__Parent__c'] });
  });

  it('refuses a Parent that makes a cycle, naming the loop', async () => {
    const a = (await create(finance, treeNode('GL_Code', 'Services', '4100'))).body.id;
    const b = (await create(finance, treeNode('GL_Code', 'Therapy', '4110', a))).body.id;
    const c = (await create(finance, treeNode('GL_Code', 'Physio', '4111', b))).body.id;
    const response = await update(finance, a, { lumary__Parent__c: c });
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'The Parent would make a cycle: Services → Physio → Therapy → Services. A Parent is never below its own entity.',
        fields: ['lumary__Parent__c'],
      },
    ]);
    const self = await update(finance, a, { lumary__Parent__c: a });
    expect(self.status).toBe(400);
    expect(self.body[0].message).toContain('Services → Services');
  });

  it('lets a node move to another branch of the tree', async () => {
    const root = (await create(finance, treeNode('Cost_Centre', 'Australia', 'AU'))).body.id;
    const nsw = (await create(finance, treeNode('Cost_Centre', 'NSW', 'AU-NSW', root))).body.id;
    const vic = (await create(finance, treeNode('Cost_Centre', 'VIC', 'AU-VIC', root))).body.id;
    const site = (await create(finance, treeNode('Cost_Centre', 'Parramatta', 'AU-NSW-PAR', nsw))).body.id;
    expect((await update(finance, site, { lumary__Parent__c: vic })).status).toBe(204);
  });

  it('takes control accounts', async () => {
    expect((await create(finance, controlAccount('Debtors', 'Debtors Control Account', '1100'))).status).toBe(201);
  });
});
