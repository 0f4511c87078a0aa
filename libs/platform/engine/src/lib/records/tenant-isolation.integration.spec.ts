import { engineFixture } from '../../testing/engine-fixture';
import type { RecordEngine } from '../record-engine';
import type { RequestContext } from './request-context';
import { inTenant } from './tenant-transaction';

/**
 * Isolation in depth, on PGlite or on DATABASE_URL's server: the engine scopes every statement by
 * tenant, and PostgreSQL row-level security refuses what the engine might miss. Raw SQL through
 * the application's connection, with no tenant filter at all, still sees only its own tenant.
 */

let fixture: Awaited<ReturnType<typeof engineFixture>>;
let engine: RecordEngine;
let a: RequestContext;
let b: RequestContext;
const ids: Record<'a' | 'b', string[]> = { a: [], b: [] };

beforeAll(async () => {
  fixture = await engineFixture();
  ({ engine, tenantA: a, tenantB: b } = fixture);
  for (const name of ['Nguyen', 'Smith']) ids.a.push((await engine.create(a, 'Contact', { LastName: name, RecordTypeId: 'Client' })).id);
  ids.b.push((await engine.create(b, 'Contact', { LastName: 'Other', RecordTypeId: 'Client' })).id);
});
afterAll(() => fixture?.close());

const rawIds = async (ctx: RequestContext, sql: string): Promise<string[]> =>
  ((await inTenant(fixture.db.dataSource, ctx, (m) => m.query(sql))) as { id: string }[]).map((r) => r.id).sort();

describe('a raw query through the application’s connection, without the engine’s tenant filter', () => {
  it('gets only the rows of the tenant its transaction set', async () => {
    expect(await rawIds(a, 'SELECT * FROM contact')).toEqual([...ids.a].sort());
    expect(await rawIds(b, 'SELECT * FROM contact')).toEqual(ids.b);
    expect(await rawIds(a, `SELECT id FROM contact WHERE id = '${ids.b[0]}'`)).toEqual([]);
  });

  it('gets nothing with no tenant set, even on a connection a tenant transaction used', async () => {
    await rawIds(a, 'SELECT * FROM contact');
    expect(await fixture.db.dataSource.query('SELECT * FROM contact')).toEqual([]);
    expect(await fixture.db.dataSource.query('SELECT * FROM sys_field_history')).toEqual([]);
  });

  it('cannot write a row into another tenant', async () => {
    await expect(
      inTenant(fixture.db.dataSource, a, (m) => m.query(`INSERT INTO contact (tenant_id, lastname) VALUES ($1, 'Planted')`, [b.tenantId])),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inTenant(fixture.db.dataSource, a, (m) => m.query(`UPDATE contact SET tenant_id = $1 WHERE id = $2`, [b.tenantId, ids.a[0]])),
    ).rejects.toThrow(/row-level security/);
    const [, deleted] = (await inTenant(fixture.db.dataSource, a, (m) => m.query(`DELETE FROM contact WHERE id = $1`, [ids.b[0]]))) as [
      unknown,
      number,
    ];
    expect(deleted).toBe(0);
    expect((await engine.get(b, 'Contact', ids.b[0])).record['LastName']).toBe('Other');
  });
});

describe('the engine under row-level security', () => {
  it('numbers AutoNumber fields per tenant, in a transaction that names the tenant', async () => {
    const number = async (ctx: RequestContext) => {
      const { id } = await engine.create(ctx, 'et__Specimen__c', { Name: 'S', RecordTypeId: 'Fancy', et__Quantity__c: '1' });
      return (await engine.get(ctx, 'et__Specimen__c', id)).record['et__Number__c'];
    };
    const first = await number(a);
    expect(await number(b)).toBe(first);
    expect(await number(a)).not.toBe(first);
    const counters = await inTenant(fixture.db.dataSource, a, (m) => m.query(`SELECT tenant_id, next_value FROM sys_autonumber`));
    expect(counters).toEqual([{ tenant_id: a.tenantId, next_value: expect.any(String) }]);
  });
});
