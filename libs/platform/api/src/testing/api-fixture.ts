import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TenantService } from '@platform/tenancy';
import { createTestDatabase, type Database } from '@platform/storage';
import type { Profile } from '@platform/security';
import { AuthService } from '../lib/auth/auth.service';
import { startApi, type RunningApi, type StartOptions } from '../lib/bootstrap';
import type { ServerPackage } from '../lib/packages/server-package';
import { readConfig, type AppConfig } from '../lib/config/app-config';

export const repoRoot = join(__dirname, '../../../../..');
export const PASSWORD = 'correct horse battery';

/** The platform's own test package (libs/platform/testing/metadata/fixture): what platform tests install instead of a product package. */
export const FIXTURE = {
  package: 'Platform Fixture',
  version: '3.4.0',
  namespace: 'fixture',
  folder: join(repoRoot, 'libs/platform/testing/metadata/fixture'),
  permissionSet: 'fixture__Fixture_User',
  app: 'fixture__Fixture_Desk',
  customPermission: 'fixture__Reopen_Period',
  notEnabled: 'Platform Fixture Management features are not enabled for your organisation; contact your Account Manager.',
} as const;

let platformDir: string | undefined;

/**
 * A metadata folder holding the Core package and the platform's fixture package (copied into a
 * temporary folder once per test process): what the platform's tests boot on, with no product
 * package in it.
 */
export function platformMetadataDir(): string {
  if (!platformDir) {
    const dir = mkdtempSync(join(tmpdir(), 'platform-metadata-'));
    cpSync(join(repoRoot, 'metadata/core'), join(dir, 'core'), { recursive: true });
    cpSync(FIXTURE.folder, join(dir, 'fixture'), { recursive: true });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    platformDir = dir;
  }
  return platformDir;
}

export interface TestApiOptions {
  /**
   * The metadata folder to boot on: `'platform'` for Core and the fixture package (platform tests),
   * a path for any other folder; by default the app's own `./metadata`.
   */
  metadata?: 'platform' | string;
  /** The installed packages the API is composed with (their metadata, controllers, jobs). */
  packages?: ServerPackage[];
  /** Which metadata folders to load: by default every folder of the metadata folder without packages, else Core and the packages'. */
  metadataFolders?: StartOptions['metadataFolders'];
  /** Whether this API works the job queue (default true). */
  workJobs?: boolean;
}

/**
 * The real API on a fresh database (PGlite, or a new database on DATABASE_URL's server), with
 * `config` over the defaults (`operatorToken` to open the operator API; `api.config` may change it later).
 */
export async function startTestApi(
  options: TestApiOptions & Partial<AppConfig> = {},
): Promise<{ api: RunningApi; database: Database; tenants: TenantService }> {
  const { metadata, packages, metadataFolders, workJobs, ...config } = options;
  const metadataDir = metadata === 'platform' ? platformMetadataDir() : metadata;
  const database = await createTestDatabase();
  const env = metadataDir ? { PORT: '0', METADATA_DIR: metadataDir } : { PORT: '0' };
  const api = await startApi(
    { ...readConfig(env, repoRoot), quiet: true, ...config },
    { openDatabase: async () => database, packages, metadataFolders: metadataFolders ?? (packages ? undefined : 'all'), workJobs },
  );
  return { api, database, tenants: new TenantService(api.database.dataSource, api.registry, (t) => api.tenantMetadata.registryFor(t)) };
}

export interface TestUser {
  tenantId: string;
  userId: string;
  token: string;
  csrfToken: string;
}

export interface TestUserOptions {
  slug: string;
  username: string;
  profile?: Profile;
  permissionSets?: string[];
  /**
   * The package a new tenant gets: by default the fixture package on an API booted on the platform
   * metadata (`startTestApi({ metadata: 'platform' })`), Lumary AR on one booted on ./metadata.
   */
  package?: string;
  /** Install the package in a new tenant (default true). */
  installed?: boolean;
  /** License it (default true). */
  licensed?: boolean;
  /** Lumary AR's specs' names for `installed` and `licensed`. */
  arInstalled?: boolean;
  arLicensed?: boolean;
}

/** The package a new test tenant gets unless told otherwise (see TestUserOptions.package). */
export function defaultTestPackage(api: RunningApi): string {
  return api.registry.packages.has(FIXTURE.package) ? FIXTURE.package : 'Lumary AR';
}

/** A tenant (the test package installed and licensed unless told otherwise) if it is new, and a signed-in user in it. */
export async function signedInUser(api: RunningApi, tenants: TenantService, options: TestUserOptions): Promise<TestUser> {
  const existing = (await tenants.tenants()).find((t) => t.slug === options.slug);
  const tenant = existing ?? (await tenants.createTenant(options.slug, options.slug));
  const pkg = options.package ?? defaultTestPackage(api);
  if (!existing && (options.installed ?? options.arInstalled) !== false) {
    await tenants.install(options.slug, pkg);
    if ((options.licensed ?? options.arLicensed) !== false) await tenants.setLicence(options.slug, pkg, true);
  }
  const userId = await api.app.get(AuthService).createUser(tenant.id, {
    username: options.username,
    password: PASSWORD,
    lastName: options.username.split('@')[0],
    email: options.username,
    profile: options.profile ?? 'Standard User',
  });
  for (const ps of options.permissionSets ?? []) await tenants.assign(tenant.id, userId, ps);
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: options.username, password: PASSWORD }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(body)}`);
  return { tenantId: tenant.id, userId, token: body.accessToken, csrfToken: body.csrfToken };
}

export interface RequestOptions {
  /** A bearer token (a session's accessToken, or the operator token). */
  token?: string;
  body?: unknown;
  /** A body sent as it is, e.g. malformed JSON. */
  raw?: string;
  headers?: Record<string, string>;
}

/** A real HTTP request to the running API (`path` under /api); a JSON answer is parsed. */
export async function request(api: RunningApi, method: string, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['Content-Type'] = 'application/json';
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${api.url}/api${path}`, { method, headers, body });
  const text = await response.text();
  const json = text && response.headers.get('content-type')?.includes('json');
  return { status: response.status, headers: response.headers, text, body: json ? JSON.parse(text) : undefined };
}
