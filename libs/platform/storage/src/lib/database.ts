import { types as pgTypes, type Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_ROLE, appUrlFor, checkAppRole, ensureAppRole } from './app-role';
import { PLATFORM_ENTITIES } from './platform.entities';
import { MIGRATIONS_TABLE, PLATFORM_MIGRATIONS } from './platform.migrations';
import { startPgliteServer } from './pglite-server';
import { sessionRoleClient, sessionUserClient } from './pglite-session';
import { StorageError } from './storage.errors';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /**
   * A PostgreSQL connection URL (DATABASE_URL), for the tables' owner. Without one, PGlite is
   * started.
   */
  url?: string;
  /**
   * With a url: where the application connects (APP_DATABASE_URL), as lumary_app or a member of
   * it. Default: `url` with the user lumary_app and no password. Ignored on PGlite (one user: the app's connections SET ROLE lumary_app).
   */
  appUrl?: string;
  /** PGlite's data folder, kept across restarts (default `./data`); ignored with a url. */
  dataDir?: string;
  /** PGlite in memory instead of a data folder (tests). */
  inMemory?: boolean;
  /** Connections in the application's pool (default 10). */
  poolSize?: number;
  /** Connections in the owner's pool (default 2: migrations, the schema plan, checks). */
  ownerPoolSize?: number;
  /** Run pending platform migrations (as the owner) after connecting. */
  runMigrations?: boolean;
  logging?: boolean;
}

export interface Database {
  kind: DatabaseKind;
  /** The owner's connection URL (DATABASE_URL, or the PGlite server's). */
  url: string;
  /**
   * The application's connection, for all record work: it runs as lumary_app, which neither owns
   * the tables nor bypasses row-level security, so it sees only the rows of the tenant its
   * transaction sets (`set_config('app.tenant_id', id, true)`), and none outside one. Outside
   * RLS it may only read and create tenants and read and write credentials and sessions
   * (APP_PLATFORM_GRANTS); it cannot change the schema.
   */
  dataSource: DataSource;
  /**
   * The tables' owner, not subject to row-level security: platform migrations, introspecting,
   * planning and applying the schema, and whatever must see every tenant at once (tests' checks,
   * maintenance). Never for a request's work.
   */
  owner: DataSource;
  /** Closes the pool and, for PGlite, stops the server (flushing its data folder). */
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './data';
const DEFAULT_POOL_SIZE = 10;
/** The owner's pool: migrations, the schema plan, operator work. */
const OWNER_POOL_SIZE = 2;
/** Socket connections PGlite accepts beyond the pools: for admin and psql sessions. */
const SPARE_CONNECTIONS = 2;

/**
 * The options every entry point derives from the environment: DATABASE_URL (and
 * APP_DATABASE_URL), else DATA_DIR.
 */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const url = env['DATABASE_URL'];
  const appUrl = env['APP_DATABASE_URL'];
  if (!url) return { dataDir: env['DATA_DIR'] || DEFAULT_DATA_DIR };
  return appUrl ? { url, appUrl } : { url };
}

/**
 * One code path for both databases: with a url, a PostgreSQL server; without, PGlite behind a
 * local socket. Either way the app talks to it through the pg driver and TypeORM, with two
 * pools: the owner's and the application's (as lumary_app, under row-level security). The owner
 * creates lumary_app if it is missing and, with `runMigrations`, runs the platform migrations.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
  if (options.url) {
    const url = checkedUrl(options.url);
    const appUrl = checkedUrl(options.appUrl || appUrlFor(url), 'APP_DATABASE_URL');
    return connect('postgres', url, appUrl, options, async () => undefined);
  }
  const server = await startPgliteServer({
    dataDir: options.inMemory ? null : (options.dataDir ?? DEFAULT_DATA_DIR),
    maxConnections: poolSize + (options.ownerPoolSize ?? OWNER_POOL_SIZE) + SPARE_CONNECTIONS,
  });
  return connect('pglite', server.url, server.url, options, server.stop);
}

async function connect(
  kind: DatabaseKind,
  url: string,
  appUrl: string,
  options: DatabaseOptions,
  stopServer: () => Promise<void>,
): Promise<Database> {
  // PGlite has one session for all connections: see pglite-session.ts.
  const shared = kind === 'pglite';
  const owner = createDataSource(url, {
    logging: options.logging,
    poolSize: options.ownerPoolSize ?? OWNER_POOL_SIZE,
    client: shared ? sessionUserClient() : undefined,
  });
  const dataSource = createDataSource(appUrl, {
    logging: options.logging,
    poolSize: options.poolSize,
    client: shared ? sessionRoleClient(APP_ROLE) : undefined,
    migrations: false,
  });
  const destroy = async () => {
    for (const source of [dataSource, owner]) if (source.isInitialized) await source.destroy();
  };
  try {
    await owner.initialize();
    await ensureAppRole(owner);
    if (options.runMigrations) await owner.runMigrations({ transaction: 'each' });
    await dataSource.initialize();
    await checkAppRole(dataSource);
  } catch (err) {
    await destroy();
    await stopServer();
    throw err;
  }
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await destroy();
      await stopServer();
    })());
  return { kind, url, dataSource, owner, close };
}

export interface DataSourceOptions extends Pick<DatabaseOptions, 'poolSize' | 'logging'> {
  /** The pg Client class the pool makes connections with (PGlite's shared session). */
  client?: typeof Client;
  /** Configure the platform migrations (default true; the owner's data source runs them). */
  migrations?: boolean;
}

/** The TypeORM data source for a URL, with the platform's entities and migrations. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: PLATFORM_ENTITIES,
    migrations: options.migrations === false ? [] : PLATFORM_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    synchronize: false,
    // gen_random_uuid() is built in since PostgreSQL 13; no extension to install.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    logging: options.logging ?? false,
    extra: {
      types: { getTypeParser },
      ...(options.client ? { Client: options.client } : {}),
    },
  });
}

const DATE_OID = 1082;
const DATE_ARRAY_OID = 1182;
// Widened: pg-types only lists scalar type ids in its TypeId enum.
const TEXT_ARRAY_OID = 1009 as number;

/**
 * pg's own parsers, except that a `date` stays a 'YYYY-MM-DD' string: pg would turn it into a
 * JS Date at local midnight, which shifts the calendar day across time zones. numeric and
 * bigint already stay strings (money is never a JS float).
 */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (format === 'binary') return pgTypes.getTypeParser(oid, 'binary') as (value: string) => unknown;
  if (oid === DATE_OID) return (value) => value;
  if (oid === DATE_ARRAY_OID) return pgTypes.getTypeParser(TEXT_ARRAY_OID, 'text');
  return pgTypes.getTypeParser(oid, 'text');
}

function checkedUrl(url: string, name = 'DATABASE_URL'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorageError('DATABASE_URL_INVALID', `${name} is not a URL (expected postgres://user@host:port/database)`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StorageError('DATABASE_URL_INVALID', `${name} must start with postgres:// (got ${parsed.protocol}//)`);
  }
  return url;
}
