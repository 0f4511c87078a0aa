import type { RunningApi } from '../bootstrap';
import { FIXTURE, request, signedInUser, startTestApi, type RequestOptions } from '../../testing/api-fixture';

/** Salesforce's sObject collections over HTTP: several records in one request, all or none when asked. */
const PS = [FIXTURE.permissionSet];

let api: RunningApi;
let tokenA: string;
let tokenB: string;

const call = (method: string, path: string, options: RequestOptions = {}) => request(api, method, path, options);
const contact = (LastName?: string, extra: Record<string, unknown> = {}) => ({
  attributes: { type: 'Contact' },
  RecordTypeId: 'General',
  ...(LastName ? { LastName } : {}),
  ...extra,
});
const count = async (like: string, token = tokenA) =>
  (await call('GET', `/query?q=${encodeURIComponent(`SELECT COUNT() FROM Contact WHERE LastName LIKE '${like}'`)}`, { token })).body
    .totalSize;

beforeAll(async () => {
  const started = await startTestApi({ metadata: 'platform' });
  api = started.api;
  tokenA = (await signedInUser(api, started.tenants, { slug: 'coll-a', username: 'finance@coll-a.example', permissionSets: PS })).token;
  tokenB = (await signedInUser(api, started.tenants, { slug: 'coll-b', username: 'finance@coll-b.example', permissionSets: PS })).token;
});
afterAll(() => api?.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000001';

describe('sObject collections', () => {
  it('creates each valid record and names the invalid one when not all or none', async () => {
    const response = await call('POST', '/composite/sobjects', {
      token: tokenA,
      body: { records: [contact('Coll Partial 1'), contact(undefined, { Email: 'x@y.example' }), contact('Coll Partial 3')] },
    });
    expect(response.status).toBe(200);
    expect(response.body.map((r: { success: boolean }) => r.success)).toEqual([true, false, true]);
    expect(response.body[1]).toEqual({
      id: null,
      success: false,
      errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] })],
    });
    expect(await count('Coll Partial%')).toBe(2);
  });

  it('rolls every record back when one fails and all or none was asked, saying so for each', async () => {
    const response = await call('POST', '/composite/sobjects', {
      token: tokenA,
      body: {
        allOrNone: true,
        records: [contact('Coll Whole 1'), contact('Coll Whole 2', { Email: 'not an email' }), contact('Coll Whole 3')],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.map((r: { errors: { statusCode: string }[] }) => r.errors[0]?.statusCode)).toEqual([
      'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      'INVALID_EMAIL_ADDRESS',
      'ALL_OR_NONE_OPERATION_ROLLED_BACK',
    ]);
    expect(await count('Coll Whole%')).toBe(0);
    const valid = await call('POST', '/composite/sobjects', {
      token: tokenA,
      body: { allOrNone: true, records: [contact('Coll Whole 1'), contact('Coll Whole 2')] },
    });
    expect(valid.body.map((r: { success: boolean }) => r.success)).toEqual([true, true]);
    expect(await count('Coll Whole%')).toBe(2);
  });

  it('updates, retrieves and deletes by id; another tenant finds none of them', async () => {
    const made = await call('POST', '/composite/sobjects', {
      token: tokenA,
      body: { records: [contact('Coll Edit 1'), contact('Coll Edit 2')] },
    });
    const [one, two] = made.body.map((r: { id: string }) => r.id);
    const updated = await call('PATCH', '/composite/sobjects', {
      token: tokenA,
      body: {
        records: [
          { attributes: { type: 'Contact' }, id: one, Email: 'one@coll.example' },
          { attributes: { type: 'Contact' }, id: two, Email: 'bad' },
        ],
      },
    });
    expect(updated.body.map((r: { id: string | null; success: boolean }) => [r.id, r.success])).toEqual([
      [one, true],
      [null, false],
    ]);
    const missing = '00000000-0000-4000-8000-000000000001';
    const got = await call('GET', `/composite/sobjects/Contact?ids=${one},${missing},${two}&fields=LastName,Email`, { token: tokenA });
    expect(got.status).toBe(200);
    expect(got.body.map((r: { LastName: string; Email: string } | null) => r && [r.LastName, r.Email])).toEqual([
      ['Coll Edit 1', 'one@coll.example'],
      null,
      ['Coll Edit 2', null],
    ]);
    const posted = await call('POST', '/composite/sobjects/Contact', { token: tokenA, body: { ids: [two], fields: ['LastName'] } });
    expect(posted.body).toEqual([expect.objectContaining({ LastName: 'Coll Edit 2' })]);

    // Another tenant: not found, nothing changed, nothing deleted.
    expect((await call('GET', `/composite/sobjects/Contact?ids=${one}&fields=LastName`, { token: tokenB })).body).toEqual([null]);
    const theirs = await call('DELETE', `/composite/sobjects?ids=${one}`, { token: tokenB });
    expect(theirs.body[0]).toMatchObject({ success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED' }] });
    const theirUpdate = await call('PATCH', '/composite/sobjects', {
      token: tokenB,
      body: { records: [{ attributes: { type: 'Contact' }, id: one, LastName: 'Taken' }] },
    });
    expect(theirUpdate.body[0].success).toBe(false);

    const deleted = await call('DELETE', `/composite/sobjects?ids=${one},${missing}&allOrNone=true`, { token: tokenA });
    expect(deleted.body.map((r: { errors: { statusCode: string }[] }) => r.errors[0]?.statusCode)).toEqual([
      'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      'ENTITY_IS_DELETED',
    ]);
    const gone = await call('DELETE', `/composite/sobjects?ids=${one},${two}`, { token: tokenA });
    expect(gone.body).toEqual([
      { id: one, success: true, errors: [] },
      { id: two, success: true, errors: [] },
    ]);
    expect(await count('Coll Edit%')).toBe(0);
  });

  it('refuses more than 200 records, a record without its object, and a bad id, naming what is wrong', async () => {
    const many = await call('POST', '/composite/sobjects', {
      token: tokenA,
      body: { records: Array.from({ length: 201 }, () => contact('Too Many')) },
    });
    expect(many.status).toBe(400);
    expect(many.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', message: 'At most 200 records in one request', fields: ['records'] });
    const untyped = await call('POST', '/composite/sobjects', { token: tokenA, body: { records: [{ LastName: 'No Type' }] } });
    expect(untyped.status).toBe(400);
    expect(untyped.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['attributes.type'] });
    const badId = await call('DELETE', '/composite/sobjects?ids=nope', { token: tokenA });
    expect(badId.status).toBe(400);
    expect(badId.body[0]).toMatchObject({ errorCode: 'MALFORMED_ID', fields: ['ids'] });
    const notAnObject = await call(
      'GET',
      `/composite/sobjects/${encodeURIComponent('Contact WHERE LastName != null')}?ids=${UNKNOWN_ID}&fields=Id`,
      {
        token: tokenA,
      },
    );
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body[0]).toMatchObject({ errorCode: 'INVALID_TYPE' });
    expect(await count('Too Many')).toBe(0);
  });
});
