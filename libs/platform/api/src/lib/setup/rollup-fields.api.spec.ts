import type { TenantService } from '@platform/tenancy';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * A tenant's master-detail and roll-up summary fields, added in Setup: a Contact made the detail
 * of an Account (a household), the Account summing its members. The master is required, its
 * deletion takes the details with it, and the roll-ups start from the records that exist and
 * follow every later write.
 */
let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let otherAdmin: TestUser;

const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });

async function created(who: TestUser, path: string, body: unknown): Promise<string> {
  const res = await call(who, 'POST', path, body);
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id ?? res.body.apiName;
}

const account = async (id: string) => (await call(admin, 'GET', `/sobjects/Account/${id}`)).body;

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'rollup-alpha', username: 'admin@rollup-alpha.test', profile: 'System Administrator' });
  otherAdmin = await signedInUser(api, tenants, {
    slug: 'rollup-beta',
    username: 'admin@rollup-beta.test',
    profile: 'System Administrator',
  });
});

afterAll(() => api?.close());

describe('master-detail and roll-up summary custom fields', () => {
  let north: string;
  let south: string;
  const members: Record<string, string> = {};

  it('offers both types, refuses a master-detail to its own object, and makes the master required', async () => {
    const types = (await call(admin, 'GET', '/setup/field-types')).body as { type: string; label: string; needs: string[] }[];
    expect(types.filter((t) => t.type === 'MasterDetail' || t.type === 'Summary')).toEqual([
      { type: 'MasterDetail', label: 'Master-Detail', needs: ['referenceTo'] },
      { type: 'Summary', label: 'Roll-Up Summary', needs: ['summarizedObject', 'operation', 'summarizedField'] },
    ]);
    const self = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Parent Household',
      type: 'MasterDetail',
      referenceTo: 'Account',
    });
    expect(self.status).toBe(400);
    expect(self.body[0]).toMatchObject({ fields: ['referenceTo'], message: expect.stringContaining('cannot point at its own object') });

    await created(admin, '/setup/objects/Contact/fields', { label: 'Household', type: 'MasterDetail', referenceTo: 'Account' });
    await created(admin, '/setup/objects/Contact/fields', { label: 'Hours', type: 'Number', precision: 6, scale: 2 });
    await created(admin, '/setup/objects/Contact/fields', { label: 'Last Visit', type: 'Date' });
    const view = (await call(admin, 'GET', '/setup/objects/Contact')).body;
    expect(view.fields.find((f: { apiName: string }) => f.apiName === 'Household__c')).toMatchObject({
      type: 'MasterDetail',
      typeLabel: 'Master-Detail',
      referenceTo: ['Account'],
    });

    const orphan = await call(admin, 'POST', '/sobjects/Contact', { LastName: 'Orphan', RecordTypeId: 'General' });
    expect(orphan.status).toBe(400);
    expect(orphan.body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Household__c'] });
    const describe = (await call(admin, 'GET', '/sobjects/Contact/describe')).body;
    expect(describe.fields.find((f: { name: string }) => f.name === 'Household__c')).toMatchObject({
      type: 'reference',
      nillable: false,
      updateable: true,
      cascadeDelete: true,
      referenceTo: ['Account'],
    });
  });

  it('a roll-up added later starts from the details that exist', async () => {
    north = await created(admin, '/sobjects/Account', { Name: 'North household' });
    south = await created(admin, '/sobjects/Account', { Name: 'South household' });
    const member = (name: string, household: string, hours: string, visit: string) =>
      created(admin, '/sobjects/Contact', {
        LastName: name,
        RecordTypeId: 'General',
        Household__c: household,
        Hours__c: hours,
        Last_Visit__c: visit,
      });
    members['Ada'] = await member('Ada', north, '1.5', '2026-10-01');
    members['Bo'] = await member('Bo', north, '2.25', '2026-11-20');
    members['Cy'] = await member('Cy', south, '4', '2026-09-15');

    const view = (await call(admin, 'GET', '/setup/objects/Account')).body;
    expect(view.summaryOptions).toEqual([
      expect.objectContaining({
        object: 'Contact',
        relationshipField: 'Household__c',
        fields: expect.arrayContaining([
          { apiName: 'Hours__c', label: 'Hours', type: 'Number', operations: ['sum', 'min', 'max'] },
          { apiName: 'Last_Visit__c', label: 'Last Visit', type: 'Date', operations: ['min', 'max'] },
        ]),
      }),
    ]);
    const rollup = { type: 'Summary', summarizedObject: 'Contact', relationshipField: 'Household__c' };
    await created(admin, '/setup/objects/Account/fields', { ...rollup, label: 'Members', operation: 'count' });
    await created(admin, '/setup/objects/Account/fields', {
      ...rollup,
      label: 'Total Hours',
      operation: 'sum',
      summarizedField: 'Hours__c',
    });
    await created(admin, '/setup/objects/Account/fields', {
      ...rollup,
      label: 'Latest Visit',
      operation: 'max',
      summarizedField: 'Last_Visit__c',
    });
    const empty = await created(admin, '/sobjects/Account', { Name: 'Empty household' });

    expect(await account(north)).toMatchObject({ Members__c: '2', Total_Hours__c: '3.75', Latest_Visit__c: '2026-11-20' });
    expect(await account(south)).toMatchObject({ Members__c: '1', Total_Hours__c: '4.00', Latest_Visit__c: '2026-09-15' });
    expect(await account(empty)).toMatchObject({ Members__c: '0', Total_Hours__c: null, Latest_Visit__c: null });
    const fields = (await call(admin, 'GET', '/setup/objects/Account')).body.fields;
    expect(fields.find((f: { apiName: string }) => f.apiName === 'Total_Hours__c')).toMatchObject({
      typeLabel: 'Roll-Up Summary',
      summary: { summarizedObject: 'Contact', relationshipField: 'Household__c', operation: 'sum', summarizedField: 'Hours__c' },
    });
  });

  it('keeps the roll-ups on every write of a detail, and they can be filtered and sorted', async () => {
    members['Di'] = await created(admin, '/sobjects/Contact', {
      LastName: 'Di',
      RecordTypeId: 'General',
      Household__c: north,
      Hours__c: '1',
      Last_Visit__c: '2026-11-23',
    });
    expect(await account(north)).toMatchObject({ Members__c: '3', Total_Hours__c: '4.75', Latest_Visit__c: '2026-11-23' });
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${members['Ada']}`, { Hours__c: '0.5' })).status).toBe(204);
    expect(await account(north)).toMatchObject({ Total_Hours__c: '3.75' });
    // Moved to another household: both masters' roll-ups follow.
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${members['Di']}`, { Household__c: south })).status).toBe(204);
    expect([(await account(north)).Members__c, (await account(south)).Members__c]).toEqual(['2', '2']);
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${members['Di']}`, { Household__c: north })).status).toBe(204);
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${members['Di']}`, { Household__c: null })).body[0]).toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      fields: ['Household__c'],
    });
    expect((await call(admin, 'DELETE', `/sobjects/Contact/${members['Di']}`)).status).toBe(204);
    expect(await account(north)).toMatchObject({ Members__c: '2', Total_Hours__c: '2.75', Latest_Visit__c: '2026-11-20' });
    // A roll-up is computed: it cannot be written.
    const write = await call(admin, 'PATCH', `/sobjects/Account/${north}`, { Members__c: '9' });
    expect(write.status).toBe(400);
    expect(write.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Members__c'] });

    const soql = 'SELECT Name, Members__c FROM Account WHERE Members__c >= 1 ORDER BY Total_Hours__c DESC';
    const found = await call(admin, 'GET', `/query?q=${encodeURIComponent(soql)}`);
    expect(found.status).toBe(200);
    expect(found.body.records.map((r: { Name: string; Members__c: string }) => [r.Name, r.Members__c])).toEqual([
      ['South household', '1'],
      ['North household', '2'],
    ]);
    const path = await call(
      admin,
      'GET',
      `/query?q=${encodeURIComponent(`SELECT LastName, Household__r.Name FROM Contact WHERE Household__c = '${south}'`)}`,
    );
    expect(path.body.records.map((r: { LastName: string; Household__r: { Name: string } }) => [r.LastName, r.Household__r.Name])).toEqual([
      ['Cy', 'South household'],
    ]);
  });

  it('deleting a master deletes its details; the other master keeps its own', async () => {
    expect((await call(admin, 'DELETE', `/sobjects/Account/${north}`)).status).toBe(204);
    for (const name of ['Ada', 'Bo']) expect((await call(admin, 'GET', `/sobjects/Contact/${members[name]}`)).status).toBe(404);
    expect((await call(admin, 'GET', `/sobjects/Contact/${members['Cy']}`)).status).toBe(200);
    expect(await account(south)).toMatchObject({ Members__c: '1' });
  });

  it('refuses a roll-up that does not fit, naming what is wrong', async () => {
    await created(admin, '/setup/objects/Contact/fields', { label: 'Referrer', type: 'Lookup', referenceTo: 'Account' });
    const refused = async (body: Record<string, unknown>, field: string, message: string) => {
      const res = await call(admin, 'POST', '/setup/objects/Account/fields', {
        label: 'Bad Rollup',
        type: 'Summary',
        summarizedObject: 'Contact',
        relationshipField: 'Household__c',
        ...body,
      });
      expect([res.status, res.body[0]?.fields, res.body[0]?.message]).toEqual([400, [field], expect.stringContaining(message)]);
    };
    await refused(
      { relationshipField: 'Referrer__c', operation: 'count' },
      'relationshipField',
      'must be a master-detail field pointing at Account',
    );
    await refused({ operation: 'sum', summarizedField: 'LastName' }, 'summarizedField', 'SUM takes a Number, Currency or Percent field');
    await refused({ operation: 'max' }, 'summarizedField', 'MAX needs the field to aggregate');
    await refused({ operation: 'count', filter: 'Hours__c > 1' }, 'filter', 'filter criteria are not supported');
    await refused({ summarizedObject: 'Nope__c', operation: 'count' }, 'summarizedObject', "no object named 'Nope__c'");
    const account = (await call(admin, 'GET', '/setup/objects/Account')).body;
    expect(account.fields.some((f: { apiName: string }) => f.apiName === 'Bad_Rollup__c')).toBe(false);
    // Postings are written by the package's own code (writtenByPackage), never through the engine that keeps roll-ups.
    const postings = await call(admin, 'POST', '/setup/objects/fixture__Posting__c/fields', {
      label: 'Line Count',
      type: 'Summary',
      summarizedObject: 'fixture__Posting_Line__c',
      relationshipField: 'fixture__Posting__c',
      operation: 'count',
    });
    expect([postings.status, postings.body[0]?.fields, postings.body[0]?.message]).toEqual([
      400,
      ['summarizedObject'],
      expect.stringContaining("written by Platform Fixture's own code"),
    ]);
    const detail = await call(admin, 'POST', '/setup/objects/fixture__Posting_Line__c/fields', {
      label: 'Owner Account',
      type: 'MasterDetail',
      referenceTo: 'Account',
    });
    expect([detail.status, detail.body[0]?.fields]).toEqual([400, ['type']]);
  });

  it('a master-detail field a roll-up summarises through cannot be deleted while the roll-up is there', async () => {
    const res = await call(admin, 'DELETE', '/setup/objects/Contact/fields/Household__c');
    expect(res.status).toBe(400);
    expect(res.body[0]).toMatchObject({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: expect.stringContaining('Household__c') });
  });

  it('another tenant has none of it', async () => {
    const describe = (await call(otherAdmin, 'GET', '/sobjects/Account/describe')).body;
    expect(describe.fields.some((f: { name: string }) => f.name === 'Members__c')).toBe(false);
    expect((await call(otherAdmin, 'GET', `/sobjects/Account/${south}`)).status).toBe(404);
    expect((await call(otherAdmin, 'POST', '/sobjects/Contact', { LastName: 'Free', RecordTypeId: 'General' })).status).toBe(201);
  });
});
