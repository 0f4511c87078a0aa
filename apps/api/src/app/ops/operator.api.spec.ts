import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@platform/storage';
import type { RunningApi } from '../bootstrap';
import { repoRoot, request, startTestApi } from '../../testing/api-fixture';

const TOKEN = 'operator-secret-for-tests';
let api: RunningApi;

beforeAll(async () => {
  process.env['LUMARY_OPERATOR_TOKEN'] = TOKEN;
  ({ api } = await startTestApi());
});
afterAll(async () => {
  delete process.env['LUMARY_OPERATOR_TOKEN'];
  await api?.close();
});

const ops = (method: string, path: string, body?: unknown, token = TOKEN) => request(api, method, `/ops${path}`, { token, body });

describe('the operator API', () => {
  it('creates a tenant, installs Lumary AR, grants and revokes its licence', async () => {
    expect((await ops('POST', '/tenants', { name: 'Echo Care', slug: 'echo' })).status).toBe(201);
    expect((await ops('POST', '/tenants/echo/packages', { package: 'Lumary AR' })).body.packages).toContainEqual({ name: 'Lumary AR', version: '22.82.0', licensed: false });
    expect((await ops('PATCH', '/tenants/echo/packages/Lumary%20AR', { licensed: true })).body.packages).toContainEqual({ name: 'Lumary AR', version: '22.82.0', licensed: true });
    const list = await ops('GET', '/tenants');
    expect(list.body.map((t: { slug: string }) => t.slug)).toContain('echo');
    const downgrade = await ops('PATCH', '/tenants/echo/packages/Lumary%20AR', { version: '22.0.0' });
    expect(downgrade.status).toBe(400);
  });

  it('needs the operator token, and a tenant user’s session is not one', async () => {
    expect((await ops('GET', '/tenants', undefined, '')).status).toBe(401);
    expect((await ops('GET', '/tenants', undefined, 'guess')).body[0].errorCode).toBe('INVALID_SESSION_ID');
  });
});

describe('npm run ops', () => {
  it('creates a tenant, installs and licenses Lumary AR, creates and assigns a user', async () => {
    const server = process.env['DATABASE_URL'] ? await createTestDatabase() : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'lumary-ops-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    if (server) env['DATABASE_URL'] = server.url;
    else delete env['DATABASE_URL'];
    const run = (...args: string[]) => spawnSync('npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/ops/ops.ts', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
    try {
      expect(run('create-tenant', '--name', 'Foxtrot Care', '--slug', 'foxtrot').stdout).toContain('Foxtrot Care (foxtrot): Core 1.0.0 licensed');
      expect(run('install', '--tenant', 'foxtrot', '--package', 'Lumary AR').stdout).toContain('Lumary AR 22.82.0 unlicensed');
      expect(run('grant-licence', '--tenant', 'foxtrot', '--package', 'Lumary AR').stdout).toContain('Lumary AR 22.82.0 licensed');
      const user = run('create-user', '--tenant', 'foxtrot', '--username', 'fin@foxtrot.test', '--password', 'long enough pw', '--last-name', 'Fin', '--email', 'fin@foxtrot.test');
      expect(user.stdout).toContain('created user fin@foxtrot.test');
      expect(run('assign', '--tenant', 'foxtrot', '--username', 'fin@foxtrot.test', '--permission-set', 'lumary__AR_Management').stdout).toContain(
        'fin@foxtrot.test: lumary__AR_Management',
      );
      const refused = run('upgrade', '--tenant', 'foxtrot', '--package', 'Lumary AR', '--version', '1.0.0');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('ops: Lumary AR 1.0.0 is not available here; this platform has 22.82.0.');
      expect(run('tenants').stdout).toMatch(/foxtrot\s+Foxtrot Care\s+Core 1.0.0, Lumary AR 22.82.0/);
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
