import type { RunningApi } from '../bootstrap';
import { FIXTURE, request, signedInUser, startTestApi, type RequestOptions } from '../../testing/api-fixture';

const ENTITY = 'fixture__Register__c';
const PS = [FIXTURE.permissionSet];

let api: RunningApi;
let tokenA: string;
let tokenB: string;

const call = (method: string, path: string, options: RequestOptions = {}) => request(api, method, path, options);

async function login(username: string, password: string) {
  return call('POST', '/auth/login', { body: { username, password } });
}

beforeAll(async () => {
  const started = await startTestApi({ metadata: 'platform' });
  api = started.api;
  tokenA = (await signedInUser(api, started.tenants, { slug: 'alpha-care', username: 'finance@alpha.example', permissionSets: PS })).token;
  tokenB = (await signedInUser(api, started.tenants, { slug: 'beta-care', username: 'finance@beta.example', permissionSets: PS })).token;
});

afterAll(() => api?.close());

const period = (extra: Record<string, unknown> = {}) => ({
  Name: 'March 2025',
  RecordTypeId: 'Period',
  fixture__Status__c: 'Open',
  fixture__Kind__c: 'Standard',
  fixture__Start_Date__c: '2025-03-01',
  fixture__End_Date__c: '2025-03-31',
  ...extra,
});

describe('the records API', () => {
  it('refuses a request without a session', async () => {
    const response = await call('GET', `/sobjects/${ENTITY}/describe`);
    expect(response.status).toBe(401);
    expect(response.body).toEqual([{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid: sign in again.', fields: [] }]);
  });

  it('describes an object from its metadata', async () => {
    const { status, body } = await call('GET', `/sobjects/${ENTITY}/describe`, { token: tokenA });
    expect(status).toBe(200);
    expect(body.label).toBe('Register');
    expect(body.recordTypeInfos.map((r: { name: string }) => r.name)).toEqual(['Category', 'Period', 'Site']);
    const end = body.fields.find((f: { name: string }) => f.name === 'fixture__End_Date__c');
    expect(end).toMatchObject({ type: 'date', label: 'End Date', createable: true, trackHistory: true });
    const listed = await call('GET', '/sobjects', { token: tokenA });
    expect(listed.body.sobjects.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Contact', 'Account', ENTITY]));
  });

  it('refuses a period whose start is not before its end, on End Date, with the rule’s message', async () => {
    const { status, body } = await call('POST', `/sobjects/${ENTITY}`, {
      token: tokenA,
      body: period({ fixture__Start_Date__c: '2025-03-31', fixture__End_Date__c: '2025-03-31' }),
    });
    expect(status).toBe(400);
    expect(body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'End Date must be after the Start Date.',
        fields: ['fixture__End_Date__c'],
      },
    ]);
  });

  it('refuses the Special kind with a message saying only Standard is supported', async () => {
    const { status, body } = await call('POST', `/sobjects/${ENTITY}`, { token: tokenA, body: period({ fixture__Kind__c: 'Special' }) });
    expect(status).toBe(400);
    expect(body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['fixture__Kind__c'] });
    expect(body[0].message).toContain('only supports the Standard kind');
  });

  it('creates, reads, updates with If-Match, refuses a stale update and deletes', async () => {
    const created = await call('POST', `/sobjects/${ENTITY}`, { token: tokenA, body: period() });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), success: true, errors: [] });
    const url = `/sobjects/${ENTITY}/${created.body.id}`;

    const read = await call('GET', url, { token: tokenA });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toMatchObject({
      attributes: { type: ENTITY },
      Name: 'March 2025',
      fixture__Start_Date__c: '2025-03-01',
      RecordTypeId: 'Period',
    });

    expect(
      (await call('PATCH', url, { token: tokenA, body: { fixture__Status__c: 'Closed' }, headers: { 'If-Match': '"1"' } })).status,
    ).toBe(204);
    const stale = await call('PATCH', url, { token: tokenA, body: { Name: 'lost update' }, headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body[0].errorCode).toBe('ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE');
    expect((await call('GET', url, { token: tokenA })).body).toMatchObject({ Name: 'March 2025', fixture__Status__c: 'Closed' });

    const history = await call('GET', `${url}/history`, { token: tokenA });
    expect(history.body.records[0]).toMatchObject({ field: 'fixture__Status__c', oldValue: 'Open', newValue: 'Closed' });

    expect((await call('DELETE', url, { token: tokenA })).status).toBe(204);
    expect((await call('GET', url, { token: tokenA })).status).toBe(404);
  });

  it('gives another tenant nothing for this tenant’s ids', async () => {
    const { body } = await call('POST', `/sobjects/${ENTITY}`, {
      token: tokenA,
      body: period({ Name: 'April 2025', fixture__Start_Date__c: '2025-04-01', fixture__End_Date__c: '2025-04-30' }),
    });
    const url = `/sobjects/${ENTITY}/${body.id}`;
    for (const [method, extra] of [
      ['GET', {}],
      ['PATCH', { body: { Name: 'taken' } }],
      ['DELETE', {}],
    ] as const) {
      const response = await call(method, url, { token: tokenB, ...extra });
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('April');
    }
    expect((await call('GET', `${url}/history`, { token: tokenB })).status).toBe(404);
    expect((await call('GET', url, { token: tokenA })).body.Name).toBe('April 2025');
  });

  it('answers bad input with a 4xx in the error shape, never a 500', async () => {
    const malformed = await call('POST', `/sobjects/${ENTITY}`, { token: tokenA, raw: '{"Name": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body[0]).toHaveProperty('errorCode');
    expect((await call('POST', '/sobjects/No_Such_Object__c', { token: tokenA, body: {} })).status).toBe(404);
    expect((await call('GET', `/sobjects/${ENTITY}/not-an-id`, { token: tokenA })).status).toBe(404);
    expect((await call('POST', `/sobjects/${ENTITY}`, { token: tokenA, body: [1, 2] })).body[0].errorCode).toBe('JSON_PARSER_ERROR');
    const badIfMatch = await call('PATCH', `/sobjects/${ENTITY}/00000000-0000-0000-0000-000000000000`, {
      token: tokenA,
      body: {},
      headers: { 'If-Match': 'yesterday' },
    });
    expect(badIfMatch.status).toBe(400);
  });
});

describe('lists and queries', () => {
  beforeAll(async () => {
    const revenue = await call('POST', `/sobjects/${ENTITY}`, {
      token: tokenA,
      body: { Name: 'Revenue', RecordTypeId: 'Category', fixture__Code__c: '4000' },
    });
    for (const [name, code] of [
      ['NDIS Core', '4100'],
      ['Home Care', '4200'],
      ['Transport', '4300'],
    ]) {
      await call('POST', `/sobjects/${ENTITY}`, {
        token: tokenA,
        body: { Name: name, RecordTypeId: 'Category', fixture__Code__c: code, fixture__Parent__c: revenue.body.id },
      });
    }
    await call('POST', `/sobjects/${ENTITY}`, {
      token: tokenB,
      body: { Name: 'Beta only', RecordTypeId: 'Category', fixture__Code__c: '4150' },
    });
  });

  it('pages a list view through nextRecordsUrl, every row exactly once, in order', async () => {
    const where = encodeURIComponent("RecordTypeId = 'Category' AND fixture__Code__c LIKE '4%'");
    let url: string | undefined =
      `/sobjects/${ENTITY}?fields=Name,fixture__Code__c&where=${where}&orderBy=fixture__Code__c%20DESC&pageSize=1`;
    const codes: string[] = [];
    let first: { totalSize: number } | undefined;
    while (url) {
      const response = await call('GET', url, { token: tokenA });
      expect(response.status).toBe(200);
      first ??= response.body;
      codes.push(...response.body.records.map((r: Record<string, string>) => r['fixture__Code__c']));
      url = response.body.nextRecordsUrl?.replace(/^\/api/, '');
    }
    expect(codes).toEqual(['4300', '4200', '4100', '4000']);
    expect(first?.totalSize).toBe(4);
  });

  it('answers SOQL with parent fields through a lookup, and never another tenant’s rows', async () => {
    const q = `SELECT Name, fixture__Parent__r.Name FROM ${ENTITY} WHERE fixture__Parent__r.Name = 'Revenue' ORDER BY Name`;
    const response = await call('GET', `/query?q=${encodeURIComponent(q)}`, { token: tokenA });
    expect(response.status).toBe(200);
    expect(
      response.body.records.map((r: { Name: string; fixture__Parent__r: { Name: string } }) => [r.Name, r.fixture__Parent__r.Name]),
    ).toEqual([
      ['Home Care', 'Revenue'],
      ['NDIS Core', 'Revenue'],
      ['Transport', 'Revenue'],
    ]);
    const all = `SELECT Name FROM ${ENTITY} WHERE RecordTypeId = 'Category'`;
    expect(
      (await call('GET', `/query?q=${encodeURIComponent(all)}`, { token: tokenB })).body.records.map((r: { Name: string }) => r.Name),
    ).toEqual(['Beta only']);
  });

  it('refuses a malformed query or an unknown field with a 400 that says where', async () => {
    const typo = await call('GET', `/query?q=${encodeURIComponent('SELECT Name FORM Account')}`, { token: tokenA });
    expect(typo.status).toBe(400);
    expect(typo.body[0].errorCode).toBe('MALFORMED_QUERY');
    expect(typo.body[0].message).toContain('column');
    const unknown = await call('GET', `/query?q=${encodeURIComponent('SELECT Nope__c FROM Account')}`, { token: tokenA });
    expect(unknown.status).toBe(400);
    expect(unknown.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['Nope__c'] });
    expect((await call('GET', `/sobjects/Account?pageSize=0`, { token: tokenA })).status).toBe(400);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly cookie whose changes need the CSRF token', async () => {
    const response = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'FINANCE@alpha.example', password: 'correct horse battery' }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^lumary_sid=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('SameSite=Strict');
    const { csrfToken, user } = await response.json();
    expect(user).toMatchObject({ username: 'finance@alpha.example', name: 'finance' });
    const session = { Cookie: cookie.split(';')[0] };

    expect((await call('GET', '/auth/me', { headers: session })).status).toBe(200);
    const forged = await call('POST', `/sobjects/${ENTITY}`, { headers: session, body: period({ Name: 'forged' }) });
    expect(forged.status).toBe(403);
    expect(forged.body[0].errorCode).toBe('INVALID_CSRF_TOKEN');
    const allowed = await call('POST', `/sobjects/${ENTITY}`, {
      headers: { ...session, 'X-CSRF-Token': csrfToken },
      body: period({ Name: 'May 2025', fixture__Start_Date__c: '2025-05-01', fixture__End_Date__c: '2025-05-31' }),
    });
    expect(allowed.status).toBe(201);

    expect((await call('POST', '/auth/logout', { headers: { ...session, 'X-CSRF-Token': csrfToken } })).status).toBe(204);
    expect((await call('GET', '/auth/me', { headers: session })).status).toBe(401);
  });

  it('slows down repeated failed logins', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login('finance@beta.example', 'wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await login('finance@beta.example', 'correct horse battery');
    expect(locked.status).toBe(429);
    expect(locked.body[0].message).toMatch(/^Too many failed logins; try again in \d+ seconds\.$/);
    expect((await login('nobody@nowhere.example', 'x')).body).toEqual([
      { errorCode: 'INVALID_LOGIN', message: 'Invalid username or password.', fields: [] },
    ]);
  });
});
