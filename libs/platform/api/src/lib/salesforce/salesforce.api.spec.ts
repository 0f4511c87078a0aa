import { Connection } from 'jsforce';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { FIXTURE, PASSWORD, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * Salesforce's own client, jsforce 3 (its npm package, unmodified), against the running API on
 * Salesforce's paths: it signs in through its OAuth2 password flow and works the records API.
 */

const SETTINGS = `${FIXTURE.namespace}__Member_Settings__c`;
const TERMS = `${FIXTURE.namespace}__Terms__c`;
let api: RunningApi;
let tenants: TenantService;
let user: TestUser;
let other: TestUser;
const USERNAME = 'jsforce@sf.test';
/** Contact's record types: General is the default one. */
const GENERAL = 'General';

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  user = await signedInUser(api, tenants, { slug: 'sf', username: USERNAME, permissionSets: [FIXTURE.permissionSet] });
  other = await signedInUser(api, tenants, { slug: 'sf-other', username: 'other@sf-other.test', permissionSets: [FIXTURE.permissionSet] });
}, 120_000);
afterAll(() => api?.close());

async function connect(username = USERNAME, password = PASSWORD): Promise<Connection> {
  const conn = new Connection({ oauth2: { loginUrl: api.url, clientId: 'any', clientSecret: 'any' }, version: '62.0' });
  await conn.login(username, password);
  return conn;
}

const raw = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const headers = { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) };
  const response = await fetch(`${api.url}${path}`, { ...init, headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

describe('the versions list and unknown paths', () => {
  it('lists the versions at /services/data', async () => {
    const response = await raw('/services/data');
    expect(response.status).toBe(200);
    const versions = JSON.parse(response.text) as { version: string; url: string }[];
    expect(versions).toContainEqual(expect.objectContaining({ version: '62.0', url: '/services/data/v62.0' }));
  });

  it('answers an unknown path or version with a JSON 404, never the web app', async () => {
    for (const path of ['/services/data/v62.0/nothing-here', '/services/data/v9.0/sobjects', '/services/else']) {
      const response = await raw(path, { token: user.token });
      expect(response.status).toBe(404);
      expect(response.type).toContain('application/json');
      expect(JSON.parse(response.text)[0].errorCode).toBe('NOT_FOUND');
    }
  });
});

describe('jsforce signs in with its OAuth2 password flow', () => {
  it('gets a token and the identity of the user and tenant', async () => {
    const conn = await connect();
    expect(conn.instanceUrl).toBe(api.url);
    expect(conn.userInfo).toEqual({
      id: user.userId,
      organizationId: user.tenantId,
      url: expect.stringContaining(`/id/${user.tenantId}/${user.userId}`),
    });
  });

  it('is refused with a wrong password, in OAuth shape', async () => {
    await expect(connect(USERNAME, 'not the password')).rejects.toMatchObject({ name: 'invalid_grant' });
  });
});

describe('jsforce works the records API', () => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await connect();
  });

  it('describeGlobal and describe', async () => {
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name)).toEqual(expect.arrayContaining(['Contact', SETTINGS]));
    expect(global.sobjects.find((s) => s.name === 'Contact')?.urls['describe']).toBe('/services/data/v62.0/sobjects/Contact/describe');
    const contact = await conn.describe('Contact');
    expect(contact.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Id', 'LastName', 'Email']));
    const field = (name: string) => contact.fields.find((f) => f.name === name);
    expect(field('Id')).toMatchObject({ type: 'id', soapType: 'tns:ID', idLookup: true });
    expect(field('Name')).toMatchObject({ nameField: true });
    expect(field('LastName')).toMatchObject({ soapType: 'xsd:string', nameField: false, groupable: true });
    expect(contact.retrieveable).toBe(true);
    expect(contact.recordTypeInfos.filter((r) => r.defaultRecordTypeMapping).map((r) => r.recordTypeId)).toEqual([GENERAL]);
    // Each child relationship has its own plural name (a subquery names it).
    const names = contact.childRelationships.map((r) => r.relationshipName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(`${FIXTURE.namespace}__Member_Settings__r`);
  });

  it('create, retrieve, update and destroy a Contact', async () => {
    // No RecordTypeId, as Salesforce's clients create one: the default record type (General).
    const created = await conn.sobject('Contact').create({ LastName: 'Jsforce', Email: 'one@sf.test' });
    expect(created).toMatchObject({ success: true, errors: [] });
    const id = (created as { id: string }).id;
    const read = (await conn.sobject('Contact').retrieve(id)) as Record<string, unknown>;
    expect(read).toMatchObject({ Id: id, LastName: 'Jsforce', Email: 'one@sf.test', RecordTypeId: GENERAL });
    expect((read['attributes'] as { url: string }).url).toBe(`/services/data/v62.0/sobjects/Contact/${id}`);
    await conn.sobject('Contact').update({ Id: id, Email: 'two@sf.test' });
    expect(await conn.sobject('Contact').retrieve(id)).toMatchObject({ Email: 'two@sf.test' });
    await conn.sobject('Contact').destroy(id);
    await expect(conn.sobject('Contact').retrieve(id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('gives numbers as JSON numbers with their exact digits', async () => {
    const member = (await conn.sobject('Contact').create({ LastName: 'Terms', RecordTypeId: GENERAL })) as { id: string };
    const settings = (await conn.sobject(SETTINGS).create({ [`${FIXTURE.namespace}__Member__c`]: member.id, [TERMS]: 30 })) as {
      id: string;
    };
    const response = await raw(`/services/data/v62.0/sobjects/${SETTINGS}/${settings.id}`, { token: user.token });
    expect(response.text).toContain(`"${TERMS}":30`);
    const queried = await conn.query<Record<string, unknown>>(`SELECT Id, ${TERMS} FROM ${SETTINGS} WHERE Id = '${settings.id}'`);
    expect(queried.records[0][TERMS]).toBe(30);
    // The /api surface keeps its own shape.
    const api_ = await raw(`/api/sobjects/${SETTINGS}/${settings.id}`, { token: user.token });
    expect(JSON.parse(api_.text)[TERMS]).toBe('30');
  });

  it('answers aggregate queries as AggregateResult records, numbers as JSON numbers, with date literals', async () => {
    const made: string[] = [];
    for (const [LastName, terms] of [
      ['Agg One', 14],
      ['Agg Two', 15],
      ['Agg Two', 30],
    ] as const) {
      const member = (await conn.sobject('Contact').create({ LastName, RecordTypeId: GENERAL })) as { id: string };
      const settings = (await conn.sobject(SETTINGS).create({ [`${FIXTURE.namespace}__Member__c`]: member.id, [TERMS]: terms })) as {
        id: string;
      };
      made.push(settings.id);
    }
    const grouped = await conn.query<Record<string, unknown>>(
      "SELECT LastName, COUNT(Id) n FROM Contact WHERE LastName LIKE 'Agg%' AND CreatedDate = LAST_N_DAYS:1 GROUP BY LastName ORDER BY LastName",
    );
    expect(grouped.records).toEqual([
      { attributes: { type: 'AggregateResult' }, LastName: 'Agg One', n: 1 },
      { attributes: { type: 'AggregateResult' }, LastName: 'Agg Two', n: 2 },
    ]);
    const ids = made.map((id) => `'${id}'`).join(', ');
    const response = await raw(
      `/services/data/v62.0/query?q=${encodeURIComponent(`SELECT SUM(${TERMS}) total, MAX(${TERMS}), COUNT(Id) FROM ${SETTINGS} WHERE Id IN (${ids})`)}`,
      { token: user.token },
    );
    // 14 + 15 + 30 = 59: JSON numbers.
    expect(response.text).toContain('"total":59,"expr0":30,"expr1":3');
    expect((await conn.query("SELECT COUNT() FROM Contact WHERE LastName LIKE 'Agg%' AND CreatedDate = THIS_YEAR")).totalSize).toBe(3);
  });

  it('creates, retrieves and destroys several records at once (sObject collections)', async () => {
    const made = await conn.sobject('Contact').create(
      [
        { LastName: 'Many One', RecordTypeId: GENERAL },
        { LastName: 'Many Two', RecordTypeId: GENERAL },
      ],
      { allOrNone: true },
    );
    expect(made.map((r) => r.success)).toEqual([true, true]);
    const ids = made.map((r) => (r as { id: string }).id);
    const found = await conn.sobject('Contact').retrieve(ids, { fields: ['LastName'] } as never);
    expect(found.map((r) => (r as { LastName: string }).LastName)).toEqual(['Many One', 'Many Two']);
    const refused = await conn.sobject('Contact').create([{ RecordTypeId: GENERAL }], { allOrNone: false });
    expect(refused[0]).toMatchObject({ success: false, errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })] });
    const gone = await conn.sobject('Contact').destroy(ids);
    expect(gone.map((r) => r.success)).toEqual([true, true]);
  });

  it('queries with autoFetch across pages continued by query locators', async () => {
    const names = Array.from({ length: 230 }, (_, i) => `Paged ${String(i).padStart(3, '0')}`);
    for (let i = 0; i < names.length; i += 10) {
      await Promise.all(names.slice(i, i + 10).map((LastName) => conn.sobject('Contact').create({ LastName, RecordTypeId: GENERAL })));
    }
    const pages: string[] = [];
    const query = conn.query<{ LastName: string }>("SELECT Id, LastName FROM Contact WHERE LastName LIKE 'Paged%' ORDER BY LastName", {
      autoFetch: true,
      maxFetch: 1000,
      headers: { 'Sforce-Query-Options': 'batchSize=200' },
    } as never);
    query.on('fetch', () => pages.push('page'));
    const result = await query;
    expect(result.records.map((r) => r.LastName)).toEqual(names);
    expect(pages).toHaveLength(2);
    expect(await conn.sobject('Contact').count({ LastName: { $like: 'Paged%' } })).toBe(230);
  });

  it("never shows another tenant's records, on any path", async () => {
    const mine = (await conn.sobject('Contact').create({ LastName: 'Private To Sf', RecordTypeId: GENERAL })) as { id: string };
    const theirs = await connect('other@sf-other.test');
    await expect(theirs.sobject('Contact').retrieve(mine.id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    const found = await theirs.query("SELECT Id FROM Contact WHERE LastName = 'Private To Sf'");
    expect(found.records).toEqual([]);
    expect(other.tenantId).not.toBe(user.tenantId);
  });

  it('upserts by an external id: created once, then updated', async () => {
    const register = `${FIXTURE.namespace}__Register__c`;
    const external = `${FIXTURE.namespace}__External_Id__c`;
    const first = await conn.sobject(register).upsert({ Name: 'Upserted', RecordTypeId: 'Category', [external]: 'EXT-1' }, external);
    expect(first).toMatchObject({ success: true, created: true });
    const second = await conn.sobject(register).upsert({ Name: 'Upserted again', [external]: 'EXT-1' }, external);
    expect(second).toMatchObject({ success: true, created: false });
    const rows = await conn.query<{ Name: string }>(`SELECT Name FROM ${register} WHERE ${external} = 'EXT-1'`);
    expect(rows.records.map((r) => r.Name)).toEqual(['Upserted again']);
  });

  it("answers an object's basic information, and refuses a query locator it did not give", async () => {
    const info = await raw('/services/data/v62.0/sobjects/Contact', { token: user.token });
    expect(JSON.parse(info.text)).toMatchObject({ objectDescribe: { name: 'Contact', labelPlural: 'Contacts' }, recentItems: [] });
    const bad = await raw('/services/data/v62.0/query/01gnot-a-locator', { token: user.token });
    expect(bad.status).toBe(404);
  });

  it('refuses a request without a token with 401 in Salesforce shape', async () => {
    const response = await raw('/services/data/v62.0/sobjects');
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)[0].errorCode).toBe('INVALID_SESSION_ID');
  });
});
