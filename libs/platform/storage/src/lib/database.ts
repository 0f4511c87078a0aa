import { types as pgTypes } from 'pg';
import { DataSource } from 'typeorm';
import { PLATFORM_ENTITIES } from './platform.entities';
import { MIGRATIONS_TABLE, PLATFORM_MIGRATIONS } from './platform.migrations';
import { startPgliteServer } from './pglite-server';
import { StorageError } from './storage.errors';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection URL (DATABASE_URL). Without one, PGlite is started. */
  url?: string;
  /** PGlite's data folder, kept across restarts (default `./data`); ignored with a url. */
  dataDir?: string;
  /** PGlite in memory instead of a data folder (tests). */
  inMemory?: boolean;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Run pending platform migrations after connecting. */
  runMigrations?: boolean;
  logging?: boolean;
}

export interface Database {
  kind: DatabaseKind;
  url: string;
  dataSource: DataSource;
  /** Closes the pool and, for PGlite, stops the server (flushing its data folder). */
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './data';
const DEFAULT_POOL_SIZE = 10;
/** Socket connections PGlite accepts beyond the pool: for migrations, admin and psql sessions. */
const SPARE_CONNECTIONS = 2;

/** The options every entry point derives from the environment: DATABASE_URL, else DATA_DIR. */
export function databaseOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): DatabaseOptions {
  const url = env['DATABASE_URL'];
  return url ? { url } : { dataDir: env['DATA_DIR'] || DEFAULT_DATA_DIR };
}

/**
 * One code path for both databases: with a url, a PostgreSQL server; without, PGlite behind a
 * local socket. Either way the app talks to it through the pg driver and TypeORM.
 */
export async function openDatabase(
  options: DatabaseOptions = {},
): Promise<Database> {
  const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
  if (options.url) {
    return connect(
      'postgres',
      checkedUrl(options.url),
      options,
      async () => undefined,
    );
  }
  const server = await startPgliteServer({
    dataDir: options.inMemory ? null : (options.dataDir ?? DEFAULT_DATA_DIR),
    maxConnections: poolSize + SPARE_CONNECTIONS,
  });
  return connect('pglite', server.url, options, server.stop);
}

async function connect(
  kind: DatabaseKind,
  url: string,
  options: DatabaseOptions,
  stopServer: () => Promise<void>,
): Promise<Database> {
  const dataSource = createDataSource(url, options);
  try {
    await dataSource.initialize();
    if (options.runMigrations)
      await dataSource.runMigrations({ transaction: 'each' });
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopServer();
    throw err;
  }
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await dataSource.destroy();
      await stopServer();
    })());
  return { kind, url, dataSource, close };
}

/** The TypeORM data source for a URL, with the platform's entities and migrations. */
export function createDataSource(
  url: string,
  options: Pick<DatabaseOptions, 'poolSize' | 'logging'> = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: PLATFORM_ENTITIES,
    migrations: PLATFORM_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    synchronize: false,
    // gen_random_uuid() is built in since PostgreSQL 13; no extension to install.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    logging: options.logging ?? false,
    extra: { types: { getTypeParser } },
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
function getTypeParser(
  oid: number,
  format?: 'text' | 'binary',
): (value: string) => unknown {
  if (format === 'binary')
    return pgTypes.getTypeParser(oid, 'binary') as (value: string) => unknown;
  if (oid === DATE_OID) return (value) => value;
  if (oid === DATE_ARRAY_OID)
    return pgTypes.getTypeParser(TEXT_ARRAY_OID, 'text');
  return pgTypes.getTypeParser(oid, 'text');
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorageError(
      'DATABASE_URL_INVALID',
      'DATABASE_URL is not a URL (expected postgres://user@host:port/database)',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StorageError(
      'DATABASE_URL_INVALID',
      `DATABASE_URL must start with postgres:// (got ${parsed.protocol}//)`,
    );
  }
  return url;
}
