import { join } from 'node:path';
import { TenantService } from '@platform/tenancy';
import { createTestDatabase, type Database } from '@platform/storage';
import type { Profile } from '@platform/security';
import { AuthService } from '../lib/auth/auth.service';
import { startApi, type RunningApi, type StartOptions } from '../lib/bootstrap';
import type { ServerPackage } from '../lib/packages/server-package';
import { readConfig } from '../lib/config/app-config';

export const repoRoot = join(__dirname, '../../../../..');
export const PASSWORD = 'correct horse battery';

/**
 * The real API on a fresh database (PGlite, or a new database on DATABASE_URL's server), composed
 * with the given packages and their metadata. Without packages it loads every metadata folder of
 * the repo's metadata/ as fixture data (the platform's specs), with no package's code.
 */
export async function startTestApi(
  options: { packages?: ServerPackage[]; metadataFolders?: StartOptions['metadataFolders'] } = {},
): Promise<{ api: RunningApi; database: Database; tenants: TenantService }> {
  const database = await createTestDatabase();
  const metadataFolders = options.metadataFolders ?? (options.packages ? undefined : 'all');
  const api = await startApi({ ...readConfig({ PORT: '0' }, repoRoot), quiet: true }, { openDatabase: async () => database, packages: options.packages, metadataFolders });
  return { api, database, tenants: new TenantService(api.database.dataSource, api.registry, (t) => api.tenantMetadata.registryFor(t)) };
}

export interface TestUser {
  tenantId: string;
  userId: string;
  token: string;
  csrfToken: string;
}

/** A tenant (Lumary AR installed and licensed unless told otherwise) if it is new, and a signed-in user in it. */
export async function signedInUser(
  api: RunningApi,
  tenants: TenantService,
  options: { slug: string; username: string; profile?: Profile; permissionSets?: string[]; arInstalled?: boolean; arLicensed?: boolean },
): Promise<TestUser> {
  const existing = (await tenants.tenants()).find((t) => t.slug === options.slug);
  const tenant = existing ?? (await tenants.createTenant(options.slug, options.slug));
  if (!existing && options.arInstalled !== false) {
    await tenants.install(options.slug, 'Lumary AR');
    if (options.arLicensed !== false) await tenants.setLicence(options.slug, 'Lumary AR', true);
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
