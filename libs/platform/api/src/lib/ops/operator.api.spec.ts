import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@platform/storage';
import type { RunningApi } from '../bootstrap';
import { platformMetadataDir, repoRoot, request, startTestApi } from '../../testing/api-fixture';

const TOKEN = 'operator-secret-for-tests';
let api: RunningApi;

beforeAll(async () => {
  ({ api } = await startTestApi({ metadata: 'platform', operatorToken: TOKEN }));
});
afterAll(async () => {
  await api?.close();
});

const ops = (method: string, path: string, body?: unknown, token = TOKEN) => request(api, method, `/ops${path}`, { token, body });

describe('the operator API', () => {
  it('creates a tenant, installs Platform Fixture, grants and revokes its licence', async () => {
    expect((await ops('POST', '/tenants', { name: 'Echo Care', slug: 'echo' })).status).toBe(201);
    expect((await ops('POST', '/tenants/echo/packages', { package: 'Platform Fixture' })).body.packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.4.0',
      licensed: false,
    });
    expect((await ops('PATCH', '/tenants/echo/packages/Platform%20Fixture', { licensed: true })).body.packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.4.0',
      licensed: true,
    });
    const list = await ops('GET', '/tenants');
    expect(list.body.map((t: { slug: string }) => t.slug)).toContain('echo');
    const downgrade = await ops('PATCH', '/tenants/echo/packages/Platform%20Fixture', { version: '3.0.0' });
    expect(downgrade.status).toBe(400);
  });

  it('needs the operator token, and a tenant user’s session is not one', async () => {
    expect((await ops('GET', '/tenants', undefined, '')).status).toBe(401);
    expect((await ops('GET', '/tenants', undefined, 'guess')).body[0].errorCode).toBe('INVALID_SESSION_ID');
  });
});

describe('the operator API for the operator console', () => {
  it('lists the packages this server has loaded, with their versions and licences', async () => {
    const response = await ops('GET', '/packages');
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({ name: 'Core', namespace: '', version: '1.0.0', licence: null, dependencies: [] }),
      expect.objectContaining({
        name: 'Platform Fixture',
        namespace: 'fixture',
        version: '3.4.0',
        licence: 'Platform Fixture',
        dependencies: ['Core'],
      }),
    ]);
    expect(response.body[1].description).toContain("The platform's own test package");
    expect((await ops('GET', '/packages', undefined, '')).status).toBe(401);
  });

  it('upgrades a tenant from an older installed version to the loaded one, and refuses going back', async () => {
    const tenant = (await ops('POST', '/tenants', { name: 'Golf Care', slug: 'golf', timeZone: 'Australia/Perth' })).body;
    expect(tenant).toMatchObject({ slug: 'golf', timeZone: 'Australia/Perth' });
    await ops('POST', '/tenants/golf/packages', { package: 'Platform Fixture' });
    // A tenant still on an earlier release, as one installed before this server's upgrade would be.
    await api.database.owner.query(
      `UPDATE "sys_installed_package" SET "version" = '3.3.0' WHERE "tenant_id" = $1 AND "package_name" = 'Platform Fixture'`,
      [tenant.id],
    );
    expect((await ops('GET', '/tenants/golf')).body.packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.3.0',
      licensed: false,
    });

    const upgraded = await ops('PATCH', '/tenants/golf/packages/Platform%20Fixture', { version: '3.4.0' });
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.packages).toContainEqual({ name: 'Platform Fixture', version: '3.4.0', licensed: false });
    const again = await ops('PATCH', '/tenants/golf/packages/Platform%20Fixture', { version: '3.4.0' });
    expect(again.status).toBe(400);
    expect(again.body).toEqual([
      { errorCode: 'INVALID_OPERATION', message: expect.stringContaining('an upgrade must go to a later version'), fields: ['version'] },
    ]);
  });

  it('answers bad requests with Salesforce-shaped 4xx errors', async () => {
    const cases: [string, string, unknown, number, string, string[]][] = [
      ['POST', '/tenants/golf/packages', {}, 400, 'REQUIRED_FIELD_MISSING', ['package']],
      ['POST', '/tenants/golf/packages', { package: 'Platform Fixture' }, 400, 'INVALID_OPERATION', ['package']],
      ['POST', '/tenants/golf/packages', { package: 'No Such Package' }, 404, 'NOT_FOUND', []],
      ['POST', '/tenants/nobody/packages', { package: 'Platform Fixture' }, 404, 'NOT_FOUND', []],
      ['PATCH', '/tenants/golf/packages/Platform%20Fixture', {}, 400, 'REQUIRED_FIELD_MISSING', ['version', 'licensed']],
      ['PATCH', '/tenants/golf/packages/Platform%20Fixture', { licensed: 'yes' }, 400, 'INVALID_FIELD', ['licensed']],
      ['PATCH', '/tenants/golf/packages/Platform%20Fixture', { version: 22 }, 400, 'INVALID_FIELD', ['version']],
      ['PATCH', '/tenants/golf/packages/Core', { licensed: false }, 400, 'INVALID_OPERATION', ['package']],
      ['POST', '/tenants', { name: 'Golf Again', slug: 'golf' }, 400, 'DUPLICATE_VALUE', ['slug']],
      ['POST', '/tenants', { name: 'Bad Slug', slug: 'Bad Slug' }, 400, 'INVALID_OPERATION', ['slug']],
      ['GET', '/tenants/nobody', undefined, 404, 'NOT_FOUND', []],
    ];
    for (const [method, path, body, status, errorCode, fields] of cases) {
      const response = await ops(method, path, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(response.body).toEqual([{ errorCode, message: expect.any(String), fields }]);
    }
  });

  it('is closed, for everyone, when no operator token is set', async () => {
    api.config.operatorToken = undefined;
    try {
      const response = await ops('GET', '/packages');
      expect(response.status).toBe(403);
      expect(response.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    } finally {
      api.config.operatorToken = TOKEN;
    }
  });
});

describe('npm run ops', () => {
  it('creates a tenant, installs and licenses Platform Fixture, creates and assigns a user', async () => {
    const server = process.env['DATABASE_URL'] ? await createTestDatabase() : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'lumary-ops-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, METADATA_DIR: platformMetadataDir() };
    if (server) env['DATABASE_URL'] = server.url;
    else delete env['DATABASE_URL'];
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/ops/ops.ts', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
    try {
      expect(run('create-tenant', '--name', 'Foxtrot Care', '--slug', 'foxtrot').stdout).toContain(
        'Foxtrot Care (foxtrot): Core 1.0.0 licensed',
      );
      expect(run('install', '--tenant', 'foxtrot', '--package', 'Platform Fixture').stdout).toContain('Platform Fixture 3.4.0 unlicensed');
      expect(run('grant-licence', '--tenant', 'foxtrot', '--package', 'Platform Fixture').stdout).toContain(
        'Platform Fixture 3.4.0 licensed',
      );
      const user = run(
        'create-user',
        '--tenant',
        'foxtrot',
        '--username',
        'fin@foxtrot.test',
        '--password',
        'long enough pw',
        '--last-name',
        'Fin',
        '--email',
        'fin@foxtrot.test',
      );
      expect(user.stdout).toContain('created user fin@foxtrot.test');
      expect(
        run('assign', '--tenant', 'foxtrot', '--username', 'fin@foxtrot.test', '--permission-set', 'fixture__Fixture_User').stdout,
      ).toContain('fin@foxtrot.test: fixture__Fixture_User');
      const refused = run('upgrade', '--tenant', 'foxtrot', '--package', 'Platform Fixture', '--version', '1.0.0');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('ops: Platform Fixture 1.0.0 is not available here; this platform has 3.4.0.');
      expect(run('tenants').stdout).toMatch(/foxtrot\s+Foxtrot Care\s+Core 1.0.0, Platform Fixture 3.4.0/);
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
