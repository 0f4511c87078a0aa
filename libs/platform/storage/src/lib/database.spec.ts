import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseOptionsFromEnv, openDatabase } from './database';
import { StorageError } from './storage.errors';

describe('openDatabase with PGlite', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pglite-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data folder across a close and a reopen', async () => {
    const first = await openDatabase({ dataDir, runMigrations: true });
    expect(first.kind).toBe('pglite');
    // Reached over the Unix socket in its data folder (no TCP port: see pglite-server.spec.ts).
    expect(first.url).toBe(`postgres://postgres@localhost/postgres?host=${encodeURIComponent(dataDir)}`);
    await first.owner.query(`INSERT INTO sys_tenant (name, slug) VALUES ('Kept', 'kept')`);
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(await second.owner.showMigrations()).toBe(false);
      expect(await second.dataSource.query('SELECT name FROM sys_tenant')).toEqual([{ name: 'Kept' }]);
    } finally {
      await second.close();
    }
  });

  it('refuses a data folder another PGlite server has open', async () => {
    const first = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by another PGlite server/);
    } finally {
      await first.close();
    }
  });

  it('serves a pool of concurrent transactions, each isolated', async () => {
    const db = await openDatabase({ inMemory: true, poolSize: 4 });
    try {
      // The owner makes tables; the app role may only use what it is granted.
      await db.owner.query('CREATE TABLE t (n int)');
      await db.owner.query('GRANT SELECT, INSERT ON t TO lumary_app');
      const work = Array.from({ length: 12 }, (_, n) =>
        db.dataSource
          .transaction(async (manager) => {
            await manager.query('INSERT INTO t VALUES ($1)', [n]);
            if (n % 3 === 0) throw new Error('roll back');
          })
          .catch(() => undefined),
      );
      await Promise.all(work);
      const rows = (await db.dataSource.query('SELECT n FROM t ORDER BY n')) as { n: number }[];
      expect(rows.map((r) => r.n)).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
    } finally {
      await db.close();
    }
  });
});

describe('concurrent statements on the embedded database', () => {
  // pglite-socket serves every connection from one session; without the server keeping each
  // Parse…Sync cycle whole, one connection's statement was bound and run in another's place.
  it('answers each of many concurrent parameterised queries with its own rows', async () => {
    const db = await openDatabase({ inMemory: true, poolSize: 6 });
    try {
      // Large parameters arrive over several socket reads, which is when other cycles got in between.
      const big = 'x'.repeat(256 * 1024);
      const asked = Array.from({ length: 60 }, (_, n) => n);
      const answers = await Promise.all(
        asked.map((n) =>
          n % 2
            ? db.dataSource.query('SELECT $1::int AS n, length($2::text) AS l', [n, big])
            : db.dataSource.query("SELECT $1::int AS n, 'other shape' AS s", [n]),
        ),
      );
      expect(answers.map((rows: { n: number }[]) => rows[0]?.n)).toEqual(asked);
    } finally {
      await db.close();
    }
  });
});

describe('openDatabase with a url', () => {
  // Without DATABASE_URL, an embedded PGlite served on its local socket plays the server's part.
  it('connects to the server the url names, keeping numeric values exact', async () => {
    const standIn = process.env['DATABASE_URL'] ? undefined : await openDatabase({ inMemory: true });
    const url = process.env['DATABASE_URL'] ?? standIn!.url;
    const db = await openDatabase({ url });
    try {
      expect(db.kind).toBe('postgres');
      const [row] = (await db.dataSource.query('SELECT 1.10::numeric AS n')) as { n: string }[];
      expect(row.n).toBe('1.10');
    } finally {
      await db.close();
      await standIn?.close();
    }
  });

  it('rejects a url that is not a Postgres url', async () => {
    await expect(openDatabase({ url: 'mysql://localhost/x' })).rejects.toBeInstanceOf(StorageError);
  });
});

describe('databaseOptionsFromEnv', () => {
  it('prefers DATABASE_URL, else PGlite in DATA_DIR or ./data', () => {
    expect(
      databaseOptionsFromEnv({
        DATABASE_URL: 'postgres://h/db',
        DATA_DIR: 'x',
      }),
    ).toEqual({ url: 'postgres://h/db' });
    expect(databaseOptionsFromEnv({ DATA_DIR: '/var/lib/app' })).toEqual({
      dataDir: '/var/lib/app',
    });
    expect(databaseOptionsFromEnv({})).toEqual({ dataDir: './data' });
  });
});
