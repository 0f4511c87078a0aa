import { gzipSync } from 'node:zlib';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '@platform/api';
import fc from 'fast-check';
import { request, signedInUser, type TestUser } from '@platform/api/testing';
import { describeRequest, fuzzWorld, readRoutes, requestsFor, runFuzz, type FuzzWorld } from './testing/fuzz';

/**
 * Bad input is answered 4xx in the Salesforce shape, naming the field, and writes nothing; never
 * a 500. One regression per cause the fuzzing found (issue 13, point 6), then the short seeded run
 * of `npm run fuzz` over every route (one API for both: a start costs more than the run), on Core
 * and the platform's fixture package. Lumary AR's routes have theirs in app/lumary/bad-input.ar.spec.ts.
 */
const SEED = 20261207;
const REQUESTS = 400;

describe('bad input never gets a 500', () => {
  let world: FuzzWorld;
  let api: RunningApi;
  let tenants: TenantService;
  let admin: TestUser;
  let support: TestUser;
  const OPERATOR = 'bad-input-operator-token';

  beforeAll(async () => {
    world = await fuzzWorld({ metadata: 'platform', operatorToken: OPERATOR });
    ({ api, tenants } = world);
    admin = await signedInUser(api, tenants, { slug: 'bad-input', username: 'admin@bad-input.test', profile: 'System Administrator' });
    support = await signedInUser(api, tenants, { slug: 'bad-input', username: 'support@bad-input.test' });
  }, 120_000);
  afterAll(() => api?.close());

  const raw = (method: string, path: string, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}) =>
    fetch(`${api.url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${admin.token}`, ...init.headers },
      body: init.body as BodyInit | undefined,
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { errorCode: string; message: string; fields: string[] }[],
    }));
  const contacts = async () =>
    (await request(api, 'GET', '/query?q=' + encodeURIComponent('SELECT COUNT() FROM Contact'), { token: admin.token })).body
      .totalSize as number;

  it('answers a malformed session cookie with 401, not 500', async () => {
    for (const cookie of ['lumary_sid=%E0%A4%A', 'lumary_sid=%00', 'lumary_sid=%']) {
      const response = await fetch(`${api.url}/api/sobjects`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(401);
      expect((await response.json())[0].errorCode).toBe('INVALID_SESSION_ID');
    }
  });

  it('maps body-parser failures to 413, 415 and 400 in the Salesforce shape', async () => {
    const big = await raw('POST', '/sobjects/Contact', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ LastName: 'x'.repeat(1_100_000) }),
    });
    expect([big.status, big.body[0].errorCode]).toEqual([413, 'REQUEST_TOO_LARGE']);
    const charset = await raw('POST', '/sobjects/Contact', {
      headers: { 'Content-Type': 'application/json; charset=klingon' },
      body: '{"LastName":"x"}',
    });
    expect([charset.status, charset.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const encoding = await raw('POST', '/sobjects/Contact', {
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'x-squash' },
      body: '{"LastName":"x"}',
    });
    expect([encoding.status, encoding.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const brokenGzip = await raw('POST', '/sobjects/Contact', {
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: '{"LastName":"x"}',
    });
    expect(brokenGzip.status).toBe(400);
    const json = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'application/json' }, body: '{"LastName": ' });
    expect([json.status, json.body[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
    const text = await raw('POST', '/sobjects/Contact', { headers: { 'Content-Type': 'text/plain' }, body: 'LastName=x' });
    expect([text.status, text.body[0].errorCode]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    // A good gzipped body is read: the parser was only made stricter, not narrower.
    const zipped = await raw('POST', '/sobjects/Contact', {
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: new Uint8Array(gzipSync('{"LastName":"Zipped","RecordTypeId":"General"}')),
    });
    expect(`${zipped.status} ${JSON.stringify(zipped.body)}`).toMatch(/^201/);
  });

  it('refuses deeply nested JSON (a Setup body) with 400 before anything walks it', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await raw('POST', '/setup/objects/Contact/validation-rules', {
      headers: { 'Content-Type': 'application/json' },
      body: `{"name":"Deep","condition":${deep}}`,
    });
    expect([response.status, response.body[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
  });

  it('refuses NUL characters and lone surrogates in fields, query and path with 400 naming the place, writing nothing', async () => {
    const before = await contacts();
    const nul = await request(api, 'POST', '/sobjects/Contact', { token: admin.token, body: { LastName: 'Nul\u0000l' } });
    expect([nul.status, nul.body[0].errorCode, nul.body[0].fields]).toEqual([400, 'INVALID_CHARACTER', ['LastName']]);
    // JSON.stringify keeps a lone surrogate as the escape \ud800, as an attacker would send it.
    const surrogate = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      raw: '{"LastName":"Half \\ud800 pair","FirstName":"ok"}',
    });
    expect([surrogate.status, surrogate.body[0].errorCode, surrogate.body[0].fields]).toEqual([400, 'INVALID_CHARACTER', ['LastName']]);
    const nested = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      raw: '{"LastName":"x","attributes":{"tags":["a","b\\u0000"]}}',
    });
    expect([nested.status, nested.body[0].fields]).toEqual([400, ['attributes.tags[1]']]);
    const query = await request(api, 'GET', '/query?q=' + encodeURIComponent("SELECT Id FROM Contact WHERE LastName = 'a\u0000'"), {
      token: admin.token,
    });
    expect([query.status, query.body[0].fields]).toEqual([400, ['q']]);
    const path = await request(api, 'GET', '/sobjects/Contact/%00', { token: admin.token });
    expect([path.status, path.body[0].fields]).toEqual([400, ['path']]);
    const badPercent = await request(api, 'GET', '/sobjects/Contact/%E0%A4%A', { token: admin.token });
    expect(badPercent.status).toBe(400);
    expect(await contacts()).toBe(before);
  });

  it('refuses impossible and out-of-range dates with 400 naming the field', async () => {
    for (const birthdate of ['2026-02-30', '0000-01-01', '1699-12-31', '4001-01-01', '2026-13-01']) {
      const response = await request(api, 'POST', '/sobjects/Contact', {
        token: admin.token,
        body: { LastName: 'Dated', RecordTypeId: 'General', Birthdate: birthdate },
      });
      expect([birthdate, response.status, response.body[0].errorCode, response.body[0].fields]).toEqual([
        birthdate,
        400,
        'INVALID_TYPE_ON_FIELD_IN_RECORD',
        ['Birthdate'],
      ]);
    }
    const fine = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      body: { LastName: 'Dated', RecordTypeId: 'General', Birthdate: '2024-02-29' },
    });
    expect(`${fine.status} ${JSON.stringify(fine.body)}`).toMatch(/^201/);
    // The tenant's date queries keep working.
    const listed = await request(
      api,
      'GET',
      '/query?q=' + encodeURIComponent('SELECT Id, Birthdate FROM Contact WHERE Birthdate > 2000-01-01'),
      { token: admin.token },
    );
    expect([listed.status, listed.body.totalSize]).toEqual([200, 1]);
  });

  it('keeps a custom date field queryable: year 0000 is refused, and Setup labels refuse NUL', async () => {
    const field = await request(api, 'POST', '/setup/objects/Contact/fields', {
      token: admin.token,
      body: { label: 'Visited', type: 'Date' },
    });
    expect(field.status).toBe(201);
    const nulLabel = await request(api, 'POST', '/setup/objects/Contact/fields', {
      token: admin.token,
      body: { label: 'Vis\u0000ited', type: 'Date' },
    });
    expect([nulLabel.status, nulLabel.body[0].fields]).toEqual([400, ['label']]);
    const year0 = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      body: { LastName: 'Custom', RecordTypeId: 'General', Visited__c: '0000-01-01' },
    });
    expect([year0.status, year0.body[0].fields]).toEqual([400, ['Visited__c']]);
    const fine = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      body: { LastName: 'Custom', RecordTypeId: 'General', Visited__c: '2026-03-01' },
    });
    expect(fine.status).toBe(201);
    const listed = await request(
      api,
      'GET',
      '/query?q=' + encodeURIComponent('SELECT Id FROM Contact WHERE Visited__c > 2000-01-01 ORDER BY Visited__c'),
      { token: admin.token },
    );
    expect([listed.status, listed.body.totalSize]).toEqual([200, 1]);
  });

  it('refuses forged list cursors with 400 INVALID_QUERY_LOCATOR', async () => {
    const forge = (state: unknown) => Buffer.from(JSON.stringify(state)).toString('base64url');
    for (const birthdate of ['1990-01-01', '1991-01-01']) {
      expect(
        (
          await request(api, 'POST', '/sobjects/Contact', {
            token: admin.token,
            body: { LastName: 'Paged', RecordTypeId: 'General', Birthdate: birthdate },
          })
        ).status,
      ).toBe(201);
    }
    const first = await request(api, 'GET', '/query?pageSize=1&q=' + encodeURIComponent('SELECT Id FROM Contact ORDER BY Birthdate'), {
      token: admin.token,
    });
    expect([first.status, typeof first.body.nextRecordsUrl]).toEqual([200, 'string']);
    // The real cursor's query fingerprint, so the forged keys are the only thing wrong.
    const q = JSON.parse(
      Buffer.from(new URL(first.body.nextRecordsUrl, api.url).searchParams.get('cursor') ?? '', 'base64url').toString(),
    ).q;
    const id = '00000000-0000-4000-8000-000000000000';
    for (const cursor of [
      '%%%',
      'bm90IGpzb24',
      forge({ q, k: ['2026-02-30'], id, n: 1 }),
      forge({ q, k: ['9999-99-99'], id, n: 1 }),
      forge({ q: 'other', k: [], id, n: 1 }),
    ]) {
      const response = await request(
        api,
        'GET',
        `/query?pageSize=1&cursor=${encodeURIComponent(cursor)}&q=` + encodeURIComponent('SELECT Id FROM Contact ORDER BY Birthdate'),
        { token: admin.token },
      );
      expect([response.status, response.body[0].errorCode]).toEqual([400, 'INVALID_QUERY_LOCATOR']);
    }
  });

  it('reports a bad email and a blanked required field of one PATCH at once', async () => {
    const created = await request(api, 'POST', '/sobjects/Contact', {
      token: admin.token,
      body: { LastName: 'Both', RecordTypeId: 'General' },
    });
    const patched = await request(api, 'PATCH', `/sobjects/Contact/${created.body.id}`, {
      token: admin.token,
      body: { Email: 'not-an-email', LastName: '' },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.map((e: { errorCode: string; fields: string[] }) => [e.errorCode, e.fields]).sort()).toEqual([
      ['INVALID_EMAIL_ADDRESS', ['Email']],
      ['REQUIRED_FIELD_MISSING', ['LastName']],
    ]);
    const record = await request(api, 'GET', `/sobjects/Contact/${created.body.id}`, { token: admin.token });
    expect([record.body.LastName, record.body.Email]).toEqual(['Both', null]);
  });

  it("validates a route's DTO after the guards: 401, then 403 (admins only), then every field at once", async () => {
    const body = JSON.stringify({ label: 42, apps: 'all', colour: 'red' });
    const anonymous = await fetch(`${api.url}/api/permission-sets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(anonymous.status).toBe(401);
    const notAdmin = await raw('POST', '/permission-sets', {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${support.token}` },
      body,
    });
    expect([notAdmin.status, notAdmin.body]).toEqual([
      403,
      [
        {
          errorCode: 'INSUFFICIENT_ACCESS',
          message: 'Only a System Administrator may manage permission sets and their assignments.',
          fields: [],
        },
      ],
    ]);
    const setup = await raw('POST', '/setup/objects/Contact/fields', {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${support.token}` },
      body: '{"label": ',
    });
    expect([setup.status, setup.body[0].message]).toEqual([403, 'Only a System Administrator may use Setup.']);
    const bad = await raw('POST', '/permission-sets', { headers: { 'Content-Type': 'application/json' }, body });
    expect(bad.status).toBe(400);
    expect(bad.body.map((e) => [e.errorCode, e.fields]).sort()).toEqual([
      ['INVALID_FIELD', ['apps']],
      ['INVALID_FIELD', ['colour']],
      ['INVALID_FIELD', ['label']],
    ]);
    expect(bad.body.find((e) => e.fields[0] === 'colour')?.message).toBe("Unknown field 'colour': this request does not take it.");
    // Query parameters too: each named, in the code the route has always used.
    const query = await request(api, 'GET', '/query?pageSize=0&q=' + encodeURIComponent('SELECT Id FROM Contact') + '&colour=red', {
      token: admin.token,
    });
    expect([query.status, query.body.map((e: { errorCode: string; fields: string[] }) => `${e.errorCode} ${e.fields}`).sort()]).toEqual([
      400,
      ['INVALID_FIELD colour', 'MALFORMED_QUERY pageSize'],
    ]);
  });

  describe('POST /api/ops/tenants', () => {
    const create = (body: unknown) => request(api, 'POST', '/ops/tenants', { token: OPERATOR, body });

    it('refuses a non-string name and an unknown time zone with 400 naming each field, creating nothing', async () => {
      const before = (await request(api, 'GET', '/ops/tenants', { token: OPERATOR })).body.length;
      const bad = await create({ name: 42, slug: 'numbered', timeZone: 'Mars/Olympus_Mons' });
      expect(bad.status).toBe(400);
      expect(bad.body.flatMap((e: { fields: string[] }) => e.fields).sort()).toEqual(['name', 'timeZone']);
      for (const timeZone of ['Australia/Nowhere', '', 'Europe/London\u0000', 12, '../etc']) {
        const response = await create({ name: 'Zoned', slug: 'zoned', timeZone });
        expect([timeZone, response.status, response.body[0].fields]).toEqual([timeZone, 400, ['timeZone']]);
      }
      expect((await request(api, 'GET', '/ops/tenants', { token: OPERATOR })).body.length).toBe(before);
      const good = await create({ name: 'Zoned', slug: 'zoned', timeZone: 'Europe/London' });
      expect([good.status, good.body.timeZone, good.body.packages.map((p: { name: string }) => p.name)]).toEqual([
        201,
        'Europe/London',
        ['Core'],
      ]);
    });

    it('lets one of two concurrent creates of a slug through and answers the other DUPLICATE_VALUE', async () => {
      const answers = await Promise.all([create({ name: 'Race A', slug: 'race' }), create({ name: 'Race B', slug: 'race' })]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
      expect(answers.find((a) => a.status === 400)?.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE', fields: ['slug'] });
      const tenantsNow = (await request(api, 'GET', '/ops/tenants', { token: OPERATOR })).body as { slug: string; packages: unknown[] }[];
      expect(tenantsNow.filter((t) => t.slug === 'race').map((t) => t.packages.length)).toEqual([1]);
    });
  });

  describe('the seeded fuzz run (apps/api/src/testing/fuzz.ts; npm run fuzz sends 10,000)', () => {
    it('generates requests for every route of the OpenAPI document, from the seed', async () => {
      const routes = await readRoutes(api.url);
      expect(routes.length).toBeGreaterThan(50);
      expect(routes.some((r) => r.path === '/api/sobjects/fixture__Order__c' && r.method === 'POST')).toBe(true);
      // The same seed gives the same requests: a finding can be replayed.
      const route = routes.find((r) => r.path === '/api/sobjects/Contact/{id}' && r.method === 'PATCH') ?? routes[0];
      const once = fc.sample(requestsFor(route, world), { seed: SEED, numRuns: 5 }).map(describeRequest);
      expect(fc.sample(requestsFor(route, world), { seed: SEED, numRuns: 5 }).map(describeRequest)).toEqual(once);
    });

    it(`answers ${REQUESTS} malformed requests without a 5xx or a partial write`, async () => {
      const report = await runFuzz(world, { total: REQUESTS, seed: SEED });
      expect(report.requests).toBe(REQUESTS);
      expect(report.findings.map((f) => `${f.kind} ${f.status}: ${f.request} → ${f.detail}`)).toEqual([]);
      // Most were refused past the session check: the run did send bad input to signed-in routes.
      const refused = Object.entries(report.statuses)
        .filter(([s]) => Number(s) >= 400 && Number(s) !== 401)
        .reduce((n, [, c]) => n + c, 0);
      expect(refused).toBeGreaterThan(REQUESTS / 2);
    }, 120_000);
  });
});
