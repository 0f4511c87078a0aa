import { join } from 'node:path';
import { createTestDatabase, type Database } from '@platform/storage';
import { AuthService, startApi, type RunningApi, readConfig } from '@platform/api';
import { LocalDate } from '@js-joda/core';
import { DEMO_LOGINS, financialYearMonths, seedDemo } from '@lumary-ar/demo';
import { requestContext } from '@platform/engine';
import { DebtorSummaryService } from '@lumary-ar/server';
import { LUMARY_AR } from './lumary-ar.package';

const repoRoot = join(__dirname, '../../../../..');
let api: RunningApi;
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(
    { ...readConfig({ PORT: '0' }, repoRoot), quiet: true },
    { openDatabase: async () => database, packages: [LUMARY_AR] },
  );
});
afterAll(() => api?.close());

describe('the demo seed', () => {
  it('seeds once: a licensed demo tenant with its records, and a second tenant without Lumary AR', async () => {
    const seed = () => seedDemo(database.dataSource, api.registry, api.engine, api.app.get(AuthService));
    expect(await seed()).toBe(true);
    expect(await seed()).toBe(false);

    const packages = await database.owner.query(
      `SELECT t.slug, p.package_name, p.version, p.licensed FROM sys_installed_package p JOIN sys_tenant t ON t.id = p.tenant_id ORDER BY 1, 2`,
    );
    expect(packages).toEqual([
      { slug: 'demo', package_name: 'Core', version: '1.0.0', licensed: true },
      { slug: 'demo', package_name: 'Lumary AR', version: '22.82.0', licensed: true },
      { slug: 'other', package_name: 'Core', version: '1.0.0', licensed: true },
    ]);
  }, 600_000); // a year of AR through the services: about a minute on a quiet machine

  it('prints logins that work, each in its own tenant', async () => {
    const tenants = new Set<string>();
    for (const login of DEMO_LOGINS) {
      const response = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: login.username, password: login.password }),
      });
      expect(response.status).toBe(200);
      const { user } = await response.json();
      expect(user.username).toBe(login.username);
      tenants.add(user.tenantId);
    }
    expect(tenants.size).toBe(2);
  });

  it('makes Contact Private in the demo: each coordinator sees what they own, finance (View All) and the admin everything', async () => {
    const names = async (username: string) => {
      const login = DEMO_LOGINS.find((l) => l.username === username)!;
      const signedIn = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: login.username, password: login.password }),
      });
      const { accessToken } = await signedIn.json();
      const query = await fetch(`${api.url}/api/query?q=${encodeURIComponent('SELECT LastName FROM Contact')}&pageSize=2000`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      return ((await query.json()).records as { LastName: string }[]).map((r) => r.LastName);
    };
    const [{ n: all }] = await database.owner.query(
      `SELECT count(*)::int AS n FROM contact c JOIN sys_tenant t ON t.id = c.tenant_id WHERE t.slug = 'demo'`,
    );
    expect((await names('coordinator@demo.lumary.test')).sort()).toEqual(['Brennan', 'Tran']);
    const support = await names('support@demo.lumary.test');
    expect(support).toHaveLength(all - 2);
    expect(support).not.toContain('Tran');
    expect(await names('finance@demo.lumary.test')).toHaveLength(all);
    expect(await names('admin@demo.lumary.test')).toHaveLength(all);
  });

  it('gives the demo tenant periods, control accounts, GL codes and cost centres to work with', async () => {
    const rows = await database.owner.query(
      `SELECT e.record_type, count(*)::int AS n FROM lumary__accounting_entity__c e JOIN sys_tenant t ON t.id = e.tenant_id WHERE t.slug = 'demo' GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual([
      { record_type: 'Accounting_Period', n: 24 },
      { record_type: 'Control_Account', n: 4 },
      { record_type: 'Cost_Centre', n: 3 },
      { record_type: 'GL_Code', n: 3 },
    ]);
    // A tree each: the children of GL code 4000 and of the cost centre ALL.
    const trees = await database.owner.query(
      `SELECT p.lumary__reporting_code__c AS parent, count(*)::int AS children FROM lumary__accounting_entity__c c
         JOIN lumary__accounting_entity__c p ON p.tenant_id = c.tenant_id AND p.id = c.lumary__parent__c GROUP BY 1 ORDER BY 1`,
    );
    expect(trees).toEqual([
      { parent: '4000', children: 2 },
      { parent: 'ALL', children: 2 },
    ]);
  });

  it('gives the demo tenant a year of AR where every figure of the debtor summary is non-zero somewhere', async () => {
    const [{ id: tenantId }] = await database.owner.query(`SELECT id FROM sys_tenant WHERE slug = 'demo'`);
    const count = async (sql: string) => (await database.owner.query(sql, [tenantId]))[0].n as number;
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__invoice__c WHERE tenant_id = $1 AND lumary__status__c <> 'Draft'`),
    ).toBeGreaterThan(200);
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__payment__c WHERE tenant_id = $1 AND lumary__unallocated__c > 0`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__invoice__c WHERE tenant_id = $1 AND lumary__status__c = 'Part Paid'`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__credit_note__c WHERE tenant_id = $1 AND lumary__reason__c = 'Write-off'`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__invoice__c WHERE tenant_id = $1 AND lumary__paid_date__c > lumary__due_date__c`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM lumary__claim__c WHERE tenant_id = $1 AND lumary__status__c = 'Error'`),
    ).toBeGreaterThan(0);

    const ctx = requestContext(tenantId, null);
    const summaries = new DebtorSummaryService(api.engine);
    const debtors = (await database.owner.query(
      `SELECT id FROM contact WHERE tenant_id = $1 UNION ALL SELECT id FROM account WHERE tenant_id = $1`,
      [tenantId],
    )) as { id: string }[];
    const seen = new Set<string>();
    for (const { id } of debtors) {
      const s = await summaries.summary(ctx, id);
      const nonZero = (name: string, value: string | number | null | undefined) =>
        value !== null && value !== undefined && Number(value) !== 0 && seen.add(name);
      nonZero('totalOwed', s.totalOwed.amount);
      nonZero('totalOwed overdue', s.totalOwed.overdue);
      nonZero('usuallyPaysIn', s.usuallyPaysIn?.days);
      if (s.kind === 'client') {
        nonZero('owedByClient', s.owedByClient.amount);
        nonZero('owedByClient overdue', s.owedByClient.overdue);
        nonZero('owedByOthers', s.owedByOthers.amount);
        nonZero('owedByOthers overdue', s.owedByOthers.overdue);
        nonZero('accruedServices', s.accruedServices?.amount);
        nonZero('openOrErrorClaims', s.openOrErrorClaims?.amount);
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'accruedServices',
        'openOrErrorClaims',
        'owedByClient',
        'owedByClient overdue',
        'owedByOthers',
        'owedByOthers overdue',
        'totalOwed',
        'totalOwed overdue',
        'usuallyPaysIn',
      ].sort(),
    );
  });

  it('gives the demo tenant a support catalogue and an Active NDIA-managed agreement with three lines', async () => {
    const [{ id: tenantId }] = await database.owner.query(`SELECT id FROM sys_tenant WHERE slug = 'demo'`);
    const ctx = requestContext(tenantId, null);
    const items = await api.engine.query(ctx, 'SELECT Id FROM lumary__Support_Item__c');
    expect(items.totalSize).toBe(12);
    const agreements = await api.engine.query(
      ctx,
      'SELECT Id, lumary__Status__c, lumary__Funding__c, lumary__Client__r.lumary__Funding__c FROM lumary__Service_Agreement__c',
    );
    expect(agreements.records).toEqual([expect.objectContaining({ lumary__Status__c: 'Active', lumary__Funding__c: 'NDIA-managed' })]);
    const lines = await api.engine.query(
      ctx,
      'SELECT lumary__Support_Item_Number__c, lumary__Budget__c FROM lumary__Service_Agreement_Line__c ORDER BY lumary__Support_Item_Number__c',
    );
    // 200 h × $70.23, 100 h × $70.23, 20 h × $193.99 (the NSW limits).
    expect(lines.records.map((l) => [l['lumary__Support_Item_Number__c'], l['lumary__Budget__c']])).toEqual([
      ['01_011_0107_1_1', '14046.00'],
      ['04_104_0125_6_1', '7023.00'],
      ['15_056_0128_1_3', '3879.80'],
    ]);
  });

  it('covers the financial year holding today with monthly periods', () => {
    const months = financialYearMonths(LocalDate.parse('2026-11-23')).map((m) => m.toString());
    expect(months[0]).toBe('2026-07-01');
    expect(months[11]).toBe('2027-06-01');
    expect(financialYearMonths(LocalDate.parse('2027-03-01'))[0].toString()).toBe('2026-07-01');
  });
});
