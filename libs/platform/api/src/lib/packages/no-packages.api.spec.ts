import { createTestDatabase, type Database } from '@platform/storage';
import { repoRoot, request, signedInUser } from '../../testing/api-fixture';
import { TenantService } from '@platform/tenancy';
import { readConfig } from '../config/app-config';
import { startApi, type RunningApi } from '../bootstrap';

/**
 * The platform with no package installed (the app's package list empty): only the platform's
 * metadata, routes and documentation. The repo's metadata folder still holds Lumary AR's: the
 * API loads the platform's folders and the installed packages', not every folder there.
 */
describe('the API with no packages installed', () => {
  let api: RunningApi;
  let database: Database;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ ...readConfig({ PORT: '0' }, repoRoot), quiet: true }, { openDatabase: async () => database, packages: [] });
    const tenants = new TenantService(api.database.dataSource, api.registry, (t) => api.tenantMetadata.registryFor(t));
    ({ token } = await signedInUser(api, tenants, {
      slug: 'bare',
      username: 'admin@bare.test',
      profile: 'System Administrator',
      arInstalled: false,
    }));
  });
  afterAll(() => api?.close());

  it('lists only the platform metadata in health', async () => {
    const health = await request(api, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.packages).toEqual([{ name: 'Core', namespace: '', version: '1.0.0' }]);
  });

  it('describes no package object, and has no table of one', async () => {
    const objects = await request(api, 'GET', '/sobjects', { token });
    expect(objects.status).toBe(200);
    const names: string[] = objects.body.sobjects.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Contact', 'Account', 'User']));
    expect(names.filter((n) => n.includes('__'))).toEqual([]);
    expect((await request(api, 'GET', '/sobjects/lumary__Invoice__c/describe', { token })).status).toBe(404);
    const tables = await database.owner.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'lumary\\_\\_%'`,
    );
    expect(tables).toEqual([]);
  });

  it('has no package routes: /api/lumary answers 404, signed in or not', async () => {
    for (const [method, path] of [
      ['GET', '/lumary/reports/aged-receivables'],
      ['GET', '/lumary/reports/trial-balance'],
      ['POST', '/lumary/invoices'],
      ['POST', '/lumary/billing-runs'],
    ]) {
      expect({ path, status: (await request(api, method, path, { token, body: method === 'POST' ? {} : undefined })).status }).toEqual({
        path,
        status: 404,
      });
    }
    expect((await request(api, 'GET', '/lumary/reports/aged-receivables')).status).toBe(404);
  });

  it('documents no package operation or tag', async () => {
    const doc = await request(api, 'GET', '/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths).filter((p) => p.includes('lumary'))).toEqual([]);
    expect(doc.body.tags.map((t: { name: string }) => t.name).filter((n: string) => n.startsWith('lumary'))).toEqual([]);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/sobjects/Contact']));
  });
});
