import fc from 'fast-check';
import type { Database } from '@platform/storage';
import type { RunningApi } from '../bootstrap';
import { request, signedInUser, startTestApi } from '../../testing/api-fixture';

/**
 * Random bodies, ids and field names thrown at the records API: whatever comes in, the answer
 * is a success or a 4xx in the error shape - never a 500 - and a refused write leaves no row.
 */
let api: RunningApi;
let database: Database;
let token: string;
let tenantId: string;

beforeAll(async () => {
  const started = await startTestApi({ metadata: 'platform' });
  ({ api, database } = started);
  const user = await signedInUser(api, started.tenants, { slug: 'fuzz', username: 'fuzz@example.com', profile: 'System Administrator' });
  ({ token, tenantId } = user);
});

afterAll(() => api?.close());

const send = (method: string, path: string, body?: unknown) => request(api, method, path, { token, body });

const rowCount = async (table: string) =>
  Number((await database.owner.query(`SELECT count(*) AS n FROM "${table}" WHERE tenant_id = $1`, [tenantId]))[0].n);

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.uuid(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);

const isErrorShape = (body: unknown) =>
  Array.isArray(body) &&
  body.length > 0 &&
  body.every((e) => typeof e.errorCode === 'string' && typeof e.message === 'string' && Array.isArray(e.fields));

describe('the records API under random input', () => {
  it('answers random bodies with a success or a 4xx, and a refused create writes nothing', async () => {
    // Valid bodies, then random fields and values on top: some stay valid, most do not.
    const bases: [string, Record<string, unknown>][] = [
      ['Account', { Name: 'Fuzz Pty Ltd' }],
      ['Contact', { LastName: 'Fuzz', RecordTypeId: 'General' }],
      ['fixture__Register__c', { Name: 'Fuzz site', RecordTypeId: 'Site' }],
      ['fixture__Register__c', { Name: 'Fuzz category', RecordTypeId: 'Category', fixture__Kind__c: 'Standard' }],
    ];
    const seen = { created: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bases).chain(([name, base]) => {
          const object = api.registry.object(name)!;
          const fieldNames = [...object.fields.values()].map((f) => f.apiName);
          const extras = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames, 'RecordTypeId', 'Id', 'attributes'), fc.string()), value, {
            maxKeys: 3,
          });
          return fc.tuple(
            fc.constant(object),
            extras.map((e) => ({ ...base, ...e })),
          );
        }),
        async ([object, payload]) => {
          const before = await rowCount(object.table);
          const response = await send('POST', `/sobjects/${object.apiName}`, payload);
          expect(response.status).toBeLessThan(500);
          if (response.status === 201) {
            seen.created++;
            expect(await rowCount(object.table)).toBe(before + 1);
          } else {
            seen.refused++;
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(isErrorShape(response.body)).toBe(true);
            expect(await rowCount(object.table)).toBe(before);
          }
        },
      ),
      { numRuns: 200 },
    );
    // Both outcomes were exercised, or the property proves little.
    expect(seen.created).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('answers random ids, object names and updates without a 500', async () => {
    const { body: created } = await send('POST', '/sobjects/Account', { Name: 'Target' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('Account', 'Contact', 'fixture__Register__c'), fc.string({ minLength: 1 })),
        fc.oneof(fc.constant(created.id), fc.uuid(), fc.string({ minLength: 1 })),
        fc.constantFrom('GET', 'PATCH', 'DELETE'),
        fc.dictionary(fc.oneof(fc.constantFrom('Name', 'ABN', 'Email', 'Phone'), fc.string()), value, { maxKeys: 4 }),
        async (object, id, method, payload) => {
          const path = `/sobjects/${encodeURIComponent(object)}/${encodeURIComponent(id)}`;
          const response = await send(method, path, method === 'PATCH' ? payload : undefined);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(isErrorShape(response.body)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers random query strings with a result or a 4xx, never a 500', async () => {
    const words = fc.constantFrom(
      'SELECT',
      'FROM',
      'WHERE',
      'ORDER BY',
      'LIMIT',
      'AND',
      'OR',
      'NOT',
      'IN',
      'LIKE',
      '=',
      '<',
      '(',
      ')',
      ',',
      "'x'",
      '2025-03-01',
      'TODAY',
      'null',
      '1.5',
      'Id',
      'Name',
      'Account',
      'Contact',
      'fixture__Parent__r.Name',
      'fixture__Register__c',
      'Robert"); DROP TABLE account; --',
    );
    const query = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
      fc.constant("SELECT Id, Name FROM Account WHERE Name LIKE '%' ORDER BY Name LIMIT 5"),
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const response = await send('GET', `/query?q=${encodeURIComponent(q)}`);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(isErrorShape(response.body)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(await rowCount('account')).toBeGreaterThan(0);
  });
});
