/**
 * `npm run bench:sharing [-- --rows 1000000 --owners 100 --samples 30 --no-pglite --no-postgres]`:
 * what record sharing costs, on a Private object next to the same object Public Read/Write.
 *
 * One tenant's Contacts (`--rows`, default 1,000,000; SHARING_BENCH_ROWS) are spread evenly over
 * `--owners` users (default 100, so each owns 1 %), bulk-loaded as the tables' owner with INSERT …
 * SELECT generate_series (for speed only). A standard user (an AccessPolicy, as a signed-in
 * request has) then pages the list through the engine - the app role, row-level security, one
 * tenant transaction per page - first with Contact Public Read/Write (they see every row), then
 * with Contact Private (they see the 1 % they own): the first page and the next (by cursor) in
 * the primary key's order (no ORDER BY), and the first page sorted by name (no index: a sort). The report gives p50 / p95 of each
 * and the index each statement's plan uses.
 *
 * Databases as the other benches (bench-kit.ts): PGlite, then PostgreSQL (DATABASE_URL or a server
 * at 127.0.0.1:5432, a scratch database dropped afterwards). A measuring tool, not a test.
 */
import type { Pool } from 'pg';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { AccessPolicy } from '@platform/security';
import {
  accessesIn,
  capturedSelects,
  fmt,
  latencyStats,
  newTenant,
  note,
  pair,
  parseBenchArgs,
  prepare,
  progress,
  runBench,
  table,
  tenantPlans,
  timed,
  wholeNumber,
  type LatencyStats,
  type RunOptions,
  type Target,
} from './bench-kit';

interface Options extends RunOptions {
  rows: number;
  owners: number;
  samples: number;
  pageSize: number;
}

function options(): Options {
  const { values, ...run } = parseBenchArgs(
    {
      rows: { type: 'string', default: process.env['SHARING_BENCH_ROWS'] || '1000000' },
      owners: { type: 'string', default: '100' },
      samples: { type: 'string', default: '30' },
      'page-size': { type: 'string', default: '50' },
    },
    'sharing.json',
  );
  return {
    rows: wholeNumber('rows', values.rows, 100),
    owners: wholeNumber('owners', values.owners, 1),
    samples: wholeNumber('samples', values.samples, 1),
    pageSize: wholeNumber('page-size', values['page-size'], 1),
    ...run,
  };
}

/**
 * With no ORDER BY the engine pages by id alone (the primary key's order); `ORDER BY Id` is SOQL's
 * ASC NULLS FIRST, which no index serves, so it sorts whatever the user sees, as does LastName.
 */
const QUERIES = {
  'first page, by id (no ORDER BY)': 'SELECT Id, LastName FROM Contact',
  'next page, by id (no ORDER BY)': 'SELECT Id, LastName FROM Contact',
  'first page, ORDER BY LastName': 'SELECT Id, LastName FROM Contact ORDER BY LastName',
} as const;
type QueryName = keyof typeof QUERIES;

interface ModeResult {
  mode: string;
  visible: number;
  queries: { name: QueryName; stats: LatencyStats; rows: number; indexes: string }[];
}

interface Result {
  target: string;
  serverVersion: string;
  rows: number;
  owners: number;
  loadSeconds: number;
  modes: ModeResult[];
}

const LOAD_CHUNK = 50_000;

async function load(pool: Pool, tenantId: string, opts: Options, tag: string): Promise<string[]> {
  const users = (
    await pool.query(
      `INSERT INTO "user" (tenant_id, username, email, lastname, profile, isactive)
       SELECT $1, 'bench' || n || '@sharing.bench', 'bench' || n || '@sharing.bench', 'Owner ' || n, 'Standard User', true
         FROM generate_series(1, $2) n RETURNING id`,
      [tenantId, opts.owners],
    )
  ).rows.map((r: { id: string }) => r.id);
  for (let done = 0; done < opts.rows; done += LOAD_CHUNK) {
    const n = Math.min(LOAD_CHUNK, opts.rows - done);
    await pool.query(
      `INSERT INTO contact (tenant_id, record_type, lastname, created_by_id, last_modified_by_id, owner_id)
       SELECT $1, 'General', 'Contact ' || lpad((($2::bigint + i) * 7919 % 1000003)::text, 7, '0'), o, o, o
         FROM generate_series(1, $3::int) i, LATERAL (SELECT ($4::uuid[])[1 + (($2::int + i) % $5::int)] AS o) owner`,
      [tenantId, done, n, users, users.length],
    );
    progress(`${tag} loading contacts`, done + n, opts.rows);
  }
  await pool.query('ANALYZE contact');
  await pool.query('ANALYZE "user"');
  return users;
}

async function measureMode(
  engine: RecordEngine,
  registry: Registry,
  tenantId: string,
  userId: string,
  mode: string,
  opts: Options,
  tag: string,
): Promise<ModeResult> {
  const access = new AccessPolicy(registry, { profile: 'Standard User', permissionSets: [], packages: new Map() });
  // A new context per mode, as each request has its own: sharing is worked out once per request.
  const ctx = (): RequestContext => ({ ...requestContext(tenantId, userId, 'Australia/Sydney', access), registry });
  const queries: ModeResult['queries'] = [];
  for (const [name, soql] of Object.entries(QUERIES) as [QueryName, string][]) {
    const latencies: number[] = [];
    let rows = 0;
    const run = async () => {
      const c = ctx();
      if (name.startsWith('next')) {
        const first = await engine.query(c, soql, { pageSize: opts.pageSize });
        const [page, ms] = await timed(() => engine.query(c, soql, { pageSize: opts.pageSize, cursor: first.nextCursor ?? undefined }));
        return [page, ms] as const;
      }
      return timed(() => engine.query(c, soql, { pageSize: opts.pageSize }));
    };
    for (let i = 0; i < 3; i++) await run(); // warm-up
    for (let i = 0; i < opts.samples; i++) {
      const [page, ms] = await run();
      rows = page.records.length;
      latencies.push(ms);
      progress(`${tag} ${mode}: ${name}`, i + 1, opts.samples);
    }
    const statements = await capturedSelects(() => engine.query(ctx(), soql, { pageSize: opts.pageSize }));
    const plans = await tenantPlans(engine, ctx(), statements.slice(-1));
    const indexes = accessesIn(plans[0] ?? '')
      .map((a) => (a.seqScan ? `seq scan ${a.seqScan}` : `${a.index}${a.cond ? '' : ' (no cond)'}`))
      .join(', ');
    queries.push({ name, stats: latencyStats(latencies), rows, indexes });
  }
  return { mode, visible: 0, queries };
}

async function benchDatabase(target: Target, registry: Registry, opts: Options): Promise<Result> {
  const { pool, serverVersion } = await prepare(target, registry);
  const tenantId = await newTenant(pool, `sharing-bench-${Date.now()}`);
  const [users, loadMs] = await timed(() => load(pool, tenantId, opts, target.tag));
  const engine = new RecordEngine(registry, target.db.dataSource);
  const userId = users[0];
  const modes: ModeResult[] = [];
  await pool.query(`DELETE FROM sys_sharing_default WHERE tenant_id = $1`, [tenantId]);
  modes.push(await measureMode(engine, registry, tenantId, userId, 'Public Read/Write', opts, target.tag));
  await pool.query(`INSERT INTO sys_sharing_default (tenant_id, object_api_name, access) VALUES ($1, 'Contact', 'Private')`, [tenantId]);
  modes.push(await measureMode(engine, registry, tenantId, userId, 'Private', opts, target.tag));
  modes[0].visible = opts.rows;
  modes[1].visible = (await pool.query(`SELECT count(*)::int AS n FROM contact WHERE tenant_id = $1 AND owner_id = $2`, [tenantId, userId]))
    .rows[0].n as number;
  return { target: target.description, serverVersion, rows: opts.rows, owners: opts.owners, loadSeconds: loadMs / 1000, modes };
}

function report(result: Result): string {
  const rows: string[][] = [];
  for (const mode of result.modes) {
    for (const q of mode.queries) rows.push([mode.mode, q.name, fmt(q.rows), pair(q.stats), q.indexes]);
  }
  return [
    `Sharing on ${result.target} (${result.serverVersion.split(' ').slice(0, 2).join(' ')})`,
    `${fmt(result.rows)} Contacts over ${fmt(result.owners)} owners (loaded in ${fmt(result.loadSeconds, 1)} s); the user sees ${result.modes.map((m) => `${fmt(m.visible)} (${m.mode})`).join(', ')}.`,
    '',
    table(['Contact default', 'list page', 'rows', 'ms p50 / p95', 'plan (scans)'], rows, [false, false, true, true, false]),
    '',
  ].join('\n');
}

runBench(() => {
  const opts = options();
  note(`sharing bench: ${opts.rows} rows over ${opts.owners} owners, ${opts.samples} samples per query`);
  return {
    scratchPrefix: 'bench_sharing',
    pgliteData: 'disk',
    options: opts,
    measure: (target, registry) => benchDatabase(target, registry, opts),
    report,
    summary: { options: { rows: opts.rows, owners: opts.owners, samples: opts.samples, pageSize: opts.pageSize } },
  };
});
