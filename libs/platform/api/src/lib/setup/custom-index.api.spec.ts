import { compileQuery, inTenantId, parseQuery } from '@platform/engine';
import { CustomFieldIndexConversion1768300000001, type Database } from '@platform/storage';
import { SetupService, type TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Indexed, unique and external-id custom fields (issue 21): the shared pivot tables the engine
 * keeps in each write's transaction answer SOQL filters exactly as the unindexed field would, for
 * the tenant alone and only for users who may read the field; unique values are enforced per
 * tenant (also under concurrent inserts), upsert finds records by a custom external id, and
 * indexing a field with rows builds its entries as a job while the field keeps working.
 */
let api: RunningApi;
let database: Database;
let tenants: TenantService;
let admin: TestUser;
let reader: TestUser;
let otherAdmin: TestUser;

const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });
const soql = async (who: TestUser, q: string) => {
  const res = await call(who, 'GET', `/query?q=${encodeURIComponent(q)}`);
  if (res.status !== 200) return res;
  return { ...res, ids: (res.body.records as { Id: string }[]).map((r) => r.Id).sort() };
};
const ok = async (p: Promise<{ status: number; body: any }>, status: number) => {
  const res = await p;
  if (res.status !== status) throw new Error(`${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The same values in an indexed field and in an unindexed twin: every filter must answer alike on both. */
const FIELDS = [
  { label: 'Region', type: 'Text', length: 20, indexed: true },
  { label: 'Region Plain', type: 'Text', length: 20 },
  { label: 'Score', type: 'Number', precision: 8, scale: 2, indexed: true },
  { label: 'Score Plain', type: 'Number', precision: 8, scale: 2 },
  { label: 'Visit', type: 'Date', indexed: true },
  { label: 'Visit Plain', type: 'Date' },
  { label: 'Member No', type: 'Text', length: 20, externalId: true },
];
const REGIONS = ['North', 'south', 'EAST', 'West', null];
const contact = (i: number, extra: Record<string, unknown> = {}) => {
  const region = REGIONS[i % REGIONS.length];
  const score = i % 4 === 3 ? null : String((i * 7) % 40);
  const visit = `2026-0${(i % 9) + 1}-1${i % 10}`;
  return {
    LastName: `Client ${i}`,
    RecordTypeId: 'General',
    Region__c: region,
    Region_Plain__c: region,
    Score__c: score,
    Score_Plain__c: score,
    Visit__c: visit,
    Visit_Plain__c: visit,
    ...extra,
  };
};

beforeAll(async () => {
  ({ api, database, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'cfi-alpha', username: 'admin@cfi-alpha.test', profile: 'System Administrator' });
  reader = await signedInUser(api, tenants, {
    slug: 'cfi-alpha',
    username: 'reader@cfi-alpha.test',
    permissionSets: [FIXTURE.permissionSet],
  });
  otherAdmin = await signedInUser(api, tenants, { slug: 'cfi-beta', username: 'admin@cfi-beta.test', profile: 'System Administrator' });
  for (const who of [admin, otherAdmin]) for (const f of FIELDS) await ok(call(who, 'POST', '/setup/objects/Contact/fields', f), 201);
  for (let i = 0; i < 30; i++) await ok(call(admin, 'POST', '/sobjects/Contact', contact(i, { Member_No__c: `M-${i}` })), 201);
  // The other tenant holds the same values: none of them may ever match alpha's filters.
  for (let i = 0; i < 10; i++) await ok(call(otherAdmin, 'POST', '/sobjects/Contact', contact(i, { Member_No__c: `M-${i}` })), 201);
}, 600_000);
afterAll(() => api?.close());

describe('filters through the shared index', () => {
  const PAIRS: [string, string][] = [
    ["Region__c = 'north'", "Region_Plain__c = 'north'"],
    ["Region__c IN ('NORTH', 'East')", "Region_Plain__c IN ('NORTH', 'East')"],
    ["Region__c != 'West'", "Region_Plain__c != 'West'"],
    ['Region__c = null', 'Region_Plain__c = null'],
    ['Score__c = 14', 'Score_Plain__c = 14'],
    ['Score__c >= 10 AND Score__c < 21', 'Score_Plain__c >= 10 AND Score_Plain__c < 21'],
    ['Score__c IN (0, 7, 35)', 'Score_Plain__c IN (0, 7, 35)'],
    ['Visit__c > 2026-05-01', 'Visit_Plain__c > 2026-05-01'],
    ['Visit__c = 2026-03-12', 'Visit_Plain__c = 2026-03-12'],
  ];

  it('answer every filter exactly as the unindexed field does, for this tenant only', async () => {
    const all = (await soql(admin, 'SELECT Id FROM Contact')) as { ids: string[] };
    for (const [indexed, plain] of PAIRS) {
      const a = (await soql(admin, `SELECT Id FROM Contact WHERE ${indexed}`)) as { status: number; ids: string[] };
      const b = (await soql(admin, `SELECT Id FROM Contact WHERE ${plain}`)) as { status: number; ids: string[] };
      expect([indexed, a.status, a.ids]).toEqual([indexed, 200, b.ids]);
      expect(a.ids.every((id) => all.ids.includes(id))).toBe(true);
    }
    expect(((await soql(admin, "SELECT Id FROM Contact WHERE Region__c = 'north'")) as { ids: string[] }).ids).toHaveLength(6);
    // The other tenant's same values match its own 2 records, never alpha's.
    const theirs = (await soql(otherAdmin, "SELECT Id FROM Contact WHERE Region__c = 'north'")) as { ids: string[] };
    expect(theirs.ids).toHaveLength(2);
    expect(theirs.ids.some((id) => all.ids.includes(id))).toBe(false);
  });

  it('uses the pivot, not a scan, in the statement the engine runs (app role, row-level security)', async () => {
    const registry = await api.tenantMetadata.registryFor(admin.tenantId);
    const plan = async (q: string) => {
      const compiled = compileQuery(parseQuery(q), { registry, tenantId: admin.tenantId, today: '2026-11-24' });
      return inTenantId(api.database.dataSource, admin.tenantId, async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        return ((await m.query(`EXPLAIN ${compiled.sql}`, compiled.params)) as { 'QUERY PLAN': string }[])
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      });
    };
    expect(await plan("SELECT Id FROM Contact WHERE Region__c = 'north'")).toMatch(/sys_cf_index__str/);
    expect(await plan('SELECT Id FROM Contact WHERE Score__c >= 10 AND Score__c < 21')).toMatch(/sys_cf_index__num/);
    expect(await plan('SELECT Id FROM Contact WHERE Visit__c > 2026-05-01')).toMatch(/sys_cf_index__dat/);
  });

  it('follows updates and deletes in the same transaction; list view filters use it too', async () => {
    const created = await ok(call(admin, 'POST', '/sobjects/Contact', contact(100, { Region__c: 'Moved', Region_Plain__c: 'Moved' })), 201);
    expect(((await soql(admin, "SELECT Id FROM Contact WHERE Region__c = 'moved'")) as { ids: string[] }).ids).toEqual([created.id]);
    await ok(call(admin, 'PATCH', `/sobjects/Contact/${created.id}`, { Region__c: 'Elsewhere' }), 204);
    expect(((await soql(admin, "SELECT Id FROM Contact WHERE Region__c = 'moved'")) as { ids: string[] }).ids).toEqual([]);
    const listed = await ok(call(admin, 'GET', `/sobjects/Contact?fields=Id&where=${encodeURIComponent("Region__c = 'elsewhere'")}`), 200);
    expect(listed.records.map((r: { Id: string }) => r.Id)).toEqual([created.id]);
    await ok(call(admin, 'DELETE', `/sobjects/Contact/${created.id}`), 204);
    const left = (await database.owner.query(`SELECT count(*)::int AS n FROM sys_cf_index WHERE record_id = $1`, [created.id])) as {
      n: number;
    }[];
    expect(left[0].n).toBe(0);
  });

  it('is refused to a user who may not read the field, as an unknown field', async () => {
    const res = await call(reader, 'GET', `/query?q=${encodeURIComponent("SELECT Id FROM Contact WHERE Region__c = 'north'")}`);
    expect(res.status).toBe(400);
    expect(res.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD' });
  });
});

describe('unique and external-id custom fields', () => {
  it('refuse a value another record of the tenant has (whatever its case), naming the field; another tenant may hold it', async () => {
    const res = await call(admin, 'POST', '/sobjects/Contact', contact(200, { Member_No__c: 'm-3' }));
    expect(res.status).toBe(400);
    expect(res.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE', fields: ['Member_No__c'] });
    expect(res.body[0].message).toMatch(/Member No \(Member_No__c\)/);
    const moved = await call(admin, 'GET', `/query?q=${encodeURIComponent("SELECT Id FROM Contact WHERE Member_No__c = 'M-4'")}`);
    const [record] = moved.body.records as { Id: string }[];
    const update = await call(admin, 'PATCH', `/sobjects/Contact/${record.Id}`, { Member_No__c: 'M-5' });
    expect([update.status, update.body[0]?.errorCode]).toEqual([400, 'DUPLICATE_VALUE']);
    expect((await call(otherAdmin, 'POST', '/sobjects/Contact', contact(201, { Member_No__c: 'M-20' }))).status).toBe(201);
    // A value freed by a delete may be taken again.
    await ok(call(admin, 'DELETE', `/sobjects/Contact/${record.Id}`), 204);
    expect((await call(admin, 'POST', '/sobjects/Contact', contact(202, { Member_No__c: 'M-4' }))).status).toBe(201);
  });

  it('let exactly one of several concurrent inserts of the same value through', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => call(admin, 'POST', '/sobjects/Contact', contact(300 + i, { Member_No__c: 'RACE-1' }))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400]);
    for (const r of results.filter((r) => r.status === 400))
      expect(r.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE', fields: ['Member_No__c'] });
  });

  it('upsert by the external id: 201 creates, 200 updates the same record', async () => {
    const first = await call(admin, 'PATCH', '/sobjects/Contact/Member_No__c/EXT-77', { LastName: 'Upserted', RecordTypeId: 'General' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ success: true, created: true });
    const second = await call(admin, 'PATCH', '/sobjects/Contact/Member_No__c/ext-77', { LastName: 'Upserted again' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, created: false });
    const read = await call(admin, 'GET', `/sobjects/Contact/${first.body.id}`);
    expect([read.body.LastName, read.body.Member_No__c]).toEqual(['Upserted again', 'EXT-77']);
    // Not an external id: 404 naming the field, as Salesforce answers.
    const wrong = await call(admin, 'PATCH', '/sobjects/Contact/Region__c/North', { LastName: 'x' });
    expect([wrong.status, wrong.body[0]?.errorCode, wrong.body[0]?.fields]).toEqual([404, 'NOT_FOUND', ['Region__c']]);
    // Another tenant's upsert of the same value creates its own record.
    const theirs = await call(otherAdmin, 'PATCH', '/sobjects/Contact/Member_No__c/EXT-77', {
      LastName: 'Theirs',
      RecordTypeId: 'General',
    });
    expect([theirs.status, theirs.body.id === first.body.id]).toEqual([201, false]);
  });

  it('marking a field unique over duplicates fails with DUPLICATE_VALUE and an example; only Text, Number and Email may be', async () => {
    const res = await call(admin, 'PATCH', '/setup/objects/Contact/fields/Region_Plain__c', { unique: true });
    expect(res.status).toBe(400);
    expect(res.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE', fields: ['Region_Plain__c'] });
    expect(res.body[0].message).toMatch(/'(North|south|EAST|West)'/);
    const date = await call(admin, 'PATCH', '/setup/objects/Contact/fields/Visit_Plain__c', { externalId: true });
    expect([date.status, date.body[0]?.errorCode, date.body[0]?.fields]).toEqual([400, 'FIELD_INTEGRITY_EXCEPTION', ['externalId']]);
  });
});

describe('indexing a field that has values', () => {
  it('builds its entries as a job, with progress in Setup, while the field answers filters unindexed', async () => {
    const before = (await soql(admin, 'SELECT Id FROM Contact WHERE Score_Plain__c >= 10')) as { ids: string[] };
    const changed = await ok(call(admin, 'PATCH', '/setup/objects/Contact/fields/Score_Plain__c', { indexed: true }), 200);
    expect(changed.indexed).toBe(true);
    // The filter works throughout: unindexed while the job runs, through the pivot after.
    expect(((await soql(admin, 'SELECT Id FROM Contact WHERE Score_Plain__c >= 10')) as { ids: string[] }).ids).toEqual(before.ids);
    let field: { indexing: unknown } | undefined;
    for (let i = 0; i < 120; i++) {
      const object = await ok(call(admin, 'GET', '/setup/objects/Contact'), 200);
      field = object.fields.find((f: { apiName: string }) => f.apiName === 'Score_Plain__c');
      if (field?.indexing === null) break;
      expect(field?.indexing).toMatchObject({ state: 'building' });
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(field?.indexing).toBeNull();
    const entries = (await database.owner.query(
      `SELECT count(*)::int AS n FROM sys_cf_index WHERE tenant_id = $1 AND field = 'Score_Plain__c'`,
      [admin.tenantId],
    )) as { n: number }[];
    const values = (await database.owner.query(
      `SELECT count(*)::int AS n FROM contact WHERE tenant_id = $1 AND custom ->> 'Score_Plain__c' IS NOT NULL`,
      [admin.tenantId],
    )) as { n: number }[];
    expect(entries[0].n).toBe(values[0].n);
    expect(((await soql(admin, 'SELECT Id FROM Contact WHERE Score_Plain__c >= 10')) as { ids: string[] }).ids).toEqual(before.ids);
  });

  it('reports progress batch by batch', async () => {
    const setup = new SetupService(database.dataSource, database.owner, api.tenantMetadata);
    await ok(call(admin, 'POST', '/setup/objects/Contact/fields', { label: 'Later', type: 'Text', length: 10 }), 201);
    await database.owner.query(
      `UPDATE contact SET custom = custom || jsonb_build_object('Later__c', 'v' || id::text) WHERE tenant_id = $1`,
      [admin.tenantId],
    );
    // Marked as Setup marks it, then built here, 10 rows a batch.
    await database.owner.query(
      `UPDATE sys_metadata_overlay SET body = body || '{"indexed": true, "indexBuilding": true}' WHERE tenant_id = $1 AND api_name = 'Contact.Later__c'`,
      [admin.tenantId],
    );
    await database.owner.query(`UPDATE sys_tenant SET metadata_version = metadata_version + 1 WHERE id = $1`, [admin.tenantId]);
    const seen: number[] = [];
    await setup.buildIndex({ tenantId: admin.tenantId, object: 'Contact', field: 'Later__c' }, 10, async (s) => {
      seen.push(s.percent);
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const object = await ok(call(admin, 'GET', '/setup/objects/Contact'), 200);
    expect(object.fields.find((f: { apiName: string }) => f.apiName === 'Later__c')).toMatchObject({ indexed: true, indexing: null });
  });
});

describe('the migration from per-tenant indexes', () => {
  it('drops the old partial expression indexes without blocking writes and marks their fields for a build, which fills the pivot', async () => {
    await ok(call(otherAdmin, 'POST', '/setup/objects/Contact/fields', { label: 'Legacy', type: 'Text', length: 20 }), 201);
    for (let i = 0; i < 3; i++)
      await ok(
        call(otherAdmin, 'POST', '/sobjects/Contact', { LastName: `Legacy ${i}`, RecordTypeId: 'General', Legacy__c: `L${i}` }),
        201,
      );
    // As the old Setup left it: an indexed field with its partial expression index on the shared table.
    await database.owner.query(
      `UPDATE sys_metadata_overlay SET body = body || '{"indexed": true}' WHERE tenant_id = $1 AND api_name = 'Contact.Legacy__c'`,
      [otherAdmin.tenantId],
    );
    await database.owner.query(
      `CREATE INDEX cf_0123456789abcdef01234567 ON contact (lower(custom ->> 'Legacy__c')) WHERE tenant_id = '${otherAdmin.tenantId}'`,
    );
    const runner = database.owner.createQueryRunner();
    try {
      await new CustomFieldIndexConversion1768300000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(await database.owner.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'cf_0123456789abcdef01234567'`)).toEqual([]);
    const setup = new SetupService(database.dataSource, database.owner, api.tenantMetadata);
    const pending = await setup.pendingBuilds();
    expect(pending).toContainEqual({ tenantId: otherAdmin.tenantId, object: 'Contact', field: 'Legacy__c' });
    for (const build of pending) await setup.buildIndex(build);
    expect(await setup.pendingBuilds()).toEqual([]);
    const found = (await soql(otherAdmin, "SELECT Id FROM Contact WHERE Legacy__c = 'l1'")) as { ids: string[] };
    expect(found.ids).toHaveLength(1);
    const entries = (await database.owner.query(
      `SELECT count(*)::int AS n FROM sys_cf_index WHERE tenant_id = $1 AND field = 'Legacy__c'`,
      [otherAdmin.tenantId],
    )) as { n: number }[];
    expect(entries[0].n).toBe(3);
  });
});
