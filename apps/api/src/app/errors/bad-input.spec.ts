import { gzipSync } from 'node:zlib';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * Bad input is answered 4xx in the Salesforce shape, naming the field, and writes nothing; never
 * a 500. One regression per cause the fuzzing found (issue 13, point 6); the fuzz spec covers the rest.
 */
describe('bad input never gets a 500', () => {
  let api: RunningApi;
  let tenants: TenantService;
  let admin: TestUser;

  beforeAll(async () => {
    ({ api, tenants } = await startTestApi());
    admin = await signedInUser(api, tenants, { slug: 'bad-input', username: 'admin@bad-input.test', profile: 'System Administrator' });
  });
  afterAll(() => api?.close());

  const raw = (method: string, path: string, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}) =>
    fetch(`${api.url}/api${path}`, { method, headers: { Authorization: `Bearer ${admin.token}`, ...init.headers }, body: init.body as BodyInit | undefined }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { errorCode: string; message: string; fields: string[] }[],
    }));
  const contacts = async () => (await request(api, 'GET', '/query?q=' + encodeURIComponent('SELECT COUNT() FROM Contact'), { token: admin.token })).body.totalSize as number;

  it('answers a malformed session cookie with 401, not 500', async () => {
    for (const cookie of ['lumary_sid=%E0%A4%A', 'lumary_sid=%00', 'lumary_sid=%']) {
      const response = await fetch(`${api.url}/api/sobjects`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(401);
      expect((await response.json())[0].errorCode).toBe('INVALID_SESSION_ID');
    }
  });

  it('maps body-parser failures to 413, 415 and 400 in the Salesforce shape', async () => {
    const big = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ LastName: 'x'.repeat(1_100_000) }) });
    expect([big.status, big.body[0].errorCode]).toEqual([413, 'REQUEST_TOO_LARGE']);
    const charset = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json; charset=klingon' }, body: '{"LastName":"x"}' });
    expect([charset.status, charset.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const encoding = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'x-squash' }, body: '{"LastName":"x"}' });
    expect([encoding.status, encoding.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const brokenGzip = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: '{"LastName":"x"}' });
    expect(brokenGzip.status).toBe(400);
    const json = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json' }, body: '{"LastName": ' });
    expect([json.status, json.body[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
    const text = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'text/plain' }, body: 'LastName=x' });
    expect([text.status, text.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    // A good gzipped body is read: the parser was only made stricter, not narrower.
    const zipped = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: new Uint8Array(gzipSync('{"LastName":"Zipped","RecordTypeId":"General"}')) });
    expect(`${zipped.status} ${JSON.stringify(zipped.body)}`).toMatch(/^201/);
  });

  it('refuses deeply nested JSON (a Setup body) with 400 before anything walks it', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await raw('POST', '/setup/objects/Contact/validation-rules', { headers: { 'Content-Type': 'application/json' }, body: `{"name":"Deep","condition":${deep}}` });
    expect([response.status, response.body[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
  });

  it('refuses NUL characters and lone surrogates in fields, query and path with 400 naming the place, writing nothing', async () => {
    const before = await contacts();
    const nul = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, body: { LastName: 'Nul\u0000l' } });
    expect([nul.status, nul.body[0].errorCode, nul.body[0].fields]).toEqual([400, 'INVALID_CHARACTER', ['LastName']]);
    // JSON.stringify keeps a lone surrogate as the escape \ud800, as an attacker would send it.
    const surrogate = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, raw: '{"LastName":"Half \\ud800 pair","FirstName":"ok"}' });
    expect([surrogate.status, surrogate.body[0].errorCode, surrogate.body[0].fields]).toEqual([400, 'INVALID_CHARACTER', ['LastName']]);
    const nested = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, raw: '{"LastName":"x","attributes":{"tags":["a","b\\u0000"]}}' });
    expect([nested.status, nested.body[0].fields]).toEqual([400, ['attributes.tags[1]']]);
    const query = await request(api, 'GET', '/query?q=' + encodeURIComponent("SELECT Id FROM Contact WHERE LastName = 'a\u0000'"), { token: admin.token });
    expect([query.status, query.body[0].fields]).toEqual([400, ['q']]);
    const path = await request(api, 'GET', '/sobjects/Contact/%00', { token: admin.token });
    expect([path.status, path.body[0].fields]).toEqual([400, ['path']]);
    const badPercent = await request(api, 'GET', '/sobjects/Contact/%E0%A4%A', { token: admin.token });
    expect(badPercent.status).toBe(400);
    expect(await contacts()).toBe(before);
  });

  it('refuses impossible and out-of-range dates with 400 naming the field', async () => {
    for (const birthdate of ['2026-02-30', '0000-01-01', '1699-12-31', '4001-01-01', '2026-13-01']) {
      const response = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, body: { LastName: 'Dated', RecordTypeId: 'General', Birthdate: birthdate } });
      expect([birthdate, response.status, response.body[0].errorCode, response.body[0].fields]).toEqual([birthdate, 400, 'INVALID_TYPE_ON_FIELD_IN_RECORD', ['Birthdate']]);
    }
    const fine = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, body: { LastName: 'Dated', RecordTypeId: 'General', Birthdate: '2024-02-29' } });
    expect(`${fine.status} ${JSON.stringify(fine.body)}`).toMatch(/^201/);
    // The tenant's date queries keep working.
    const listed = await request(api, 'GET', '/query?q=' + encodeURIComponent('SELECT Id, Birthdate FROM Contact WHERE Birthdate > 2000-01-01'), { token: admin.token });
    expect([listed.status, listed.body.totalSize]).toEqual([200, 1]);
  });

  it('refuses forged list cursors with 400 INVALID_QUERY_LOCATOR', async () => {
    const forge = (state: unknown) => Buffer.from(JSON.stringify(state)).toString('base64url');
    const first = await request(api, 'GET', '/query?pageSize=1&q=' + encodeURIComponent('SELECT Id FROM Contact ORDER BY Birthdate'), { token: admin.token });
    expect([first.status, typeof first.body.nextRecordsUrl]).toEqual([200, 'string']);
    // The real cursor's query fingerprint, so the forged keys are the only thing wrong.
    const q = JSON.parse(Buffer.from(new URL(first.body.nextRecordsUrl, api.url).searchParams.get('cursor') ?? '', 'base64url').toString()).q;
    const id = '00000000-0000-4000-8000-000000000000';
    for (const cursor of ['%%%', 'bm90IGpzb24', forge({ q, k: ['2026-02-30'], id, n: 1 }), forge({ q, k: ['9999-99-99'], id, n: 1 }), forge({ q: 'other', k: [], id, n: 1 })]) {
      const response = await request(api, 'GET', `/query?pageSize=1&cursor=${encodeURIComponent(cursor)}&q=` + encodeURIComponent('SELECT Id FROM Contact ORDER BY Birthdate'), { token: admin.token });
      expect([response.status, response.body[0].errorCode]).toEqual([400, 'INVALID_QUERY_LOCATOR']);
    }
  });
});
