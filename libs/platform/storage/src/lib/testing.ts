import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appUrlFor } from './app-role';
import { openDatabase, type Database } from './database';

export interface TestDatabaseOptions {
  /** Run the platform migrations first (default true). */
  runMigrations?: boolean;
  poolSize?: number;
}

/**
 * A fresh, empty database for one test file; `close()` throws it away. Like openDatabase, its
 * `dataSource` runs as the app role (under row-level security) and `owner` as the tables' owner.
 *
 * With DATABASE_URL set, a uniquely named database is created on that server and dropped on
 * close. Without it, an in-memory PGlite is started in a child process and stopped on close.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const serverUrl = process.env['DATABASE_URL'];
  const common = {
    runMigrations: options.runMigrations ?? true,
    poolSize: options.poolSize ?? 4,
  };
  if (!serverUrl) return openDatabase({ ...common, inMemory: true });

  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  let database: Database;
  try {
    const url = withDatabase(serverUrl, name);
    // The app role is the cluster's; its grants are made in this database by the migrations.
    database = await openDatabase({ ...common, url, appUrl: appUrlFor(url) });
  } catch (err) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw err;
  }
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await database.close();
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    })());
  return { ...database, close };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
