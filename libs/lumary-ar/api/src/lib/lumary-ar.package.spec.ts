import { request, startTestApi } from '@platform/api/testing';
import type { RunningApi } from '@platform/api';
import { LUMARY_AR } from './lumary-ar.package';

/** Installed (the app's list names it), the package brings its metadata, routes and documentation. */
describe('Lumary AR installed as a package', () => {
  let api: RunningApi;
  beforeAll(async () => {
    ({ api } = await startTestApi({ packages: [LUMARY_AR] }));
  });
  afterAll(() => api?.close());

  it('loads its metadata next to the platform', async () => {
    const health = await request(api, 'GET', '/health');
    expect(health.body.packages).toEqual([
      { name: 'Core', namespace: '', version: '1.0.0' },
      { name: 'Lumary AR', namespace: 'lumary', version: '22.82.0' },
    ]);
  });

  it('mounts its routes under /api/lumary, behind the session', async () => {
    const report = await request(api, 'GET', '/lumary/reports/aged-receivables');
    expect(report.status).toBe(401);
    expect(report.body[0].errorCode).toBe('INVALID_SESSION_ID');
  });

  it('documents its operations under its own tags', async () => {
    const doc = (await request(api, 'GET', '/docs-json')).body;
    expect(doc.paths['/api/lumary/reports/aged-receivables'].get.tags).toEqual(['lumary-ar: reports']);
    expect(doc.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(LUMARY_AR.openApiTags?.map((t) => t.name) ?? []));
  });
});
