/**
 * `npm run bench:custom` (second part) or `tsx tools/bench/custom-index.bench.ts`: what the shared
 * custom-field pivot (issue 21, sys_cf_index / sys_cf_unique) costs, on PostgreSQL (DATABASE_URL,
 * or postgres://postgres@127.0.0.1:5432/postgres; a scratch database, dropped afterwards).
 *
 * It runs the engine's own pivot maintenance (`indexRecords`, as RecordWriter calls it in each
 * write's transaction) over a shared table shaped like an object table (tenant_id, id, custom
 * jsonb, and two typed columns with plain indexes for the hand-written reference), as the owner:
 * - insert throughput of one tenant (a bulk INSERT of CUSTOM_INDEX_BENCH_INSERT rows, default
 *   20,000, as the issue measured, and single-row transactions) with 0, 1, 100 and 2,000 other
 *   tenants each having an indexed custom field with rows, next to the same with none at all;
 * - an equality and a range filter on indexed custom fields at CUSTOM_INDEX_BENCH_ROWS rows
 *   (default 200,000; 1,000,000 for the issue's figure) in the statement shape the SOQL compiler
 *   emits, next to a hand-written query on an indexed typed column holding the same values;
 * - concurrent inserts of one external id (8 connections): one succeeds, the rest DUPLICATE_VALUE;
 * - another tenant's single-row insert latency (p50 / p99) idle, while a field is indexed over
 *   the big tenant's rows by the build job's batches, and, for reference, while the old design's
 *   plain CREATE INDEX runs on the shared table.
 * A measuring tool, not a test: it asserts nothing. Results to stdout and bench-results/custom-index.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { EngineError, indexRecords, pivotValueSql } from '@platform/engine';
import type { FieldDef, ObjectDef } from '@platform/metadata';
import { openDatabase, type Database } from '@platform/storage';
import { fmt, latencyStats, median, ms, note, repoRoot, table, type LatencyStats } from './bench-kit';

const SERVER = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env['CUSTOM_INDEX_BENCH_ROWS'] || 200_000);
const INSERT = Number(process.env['CUSTOM_INDEX_BENCH_INSERT'] || 20_000);
const TENANT_STEPS = (process.env['CUSTOM_INDEX_BENCH_TENANTS'] || '0,1,100,2000').split(',').map(Number);
const TABLE = 'cfb_contact';

const field = (apiName: string, type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef =>
  ({ apiName, label: apiName, type, custom: true, indexed: true, unique: false, externalId: false, column: null, ...extra }) as FieldDef;
const objectOf = (fields: FieldDef[]): ObjectDef =>
  ({
    apiName: 'Contact',
    label: 'Contact',
    table: TABLE,
    fields: new Map(fields.map((f) => [f.apiName.toLowerCase(), f])),
  }) as unknown as ObjectDef;
const REGION = field('Region__c', 'Text');
const SCORE = field('Score__c', 'Number');
const MEMBER = field('Member_No__c', 'Text', { externalId: true });
const INDEXED = objectOf([REGION, SCORE]);
const UNIQUE = objectOf([MEMBER]);
const PLAIN = objectOf([]);

async function main() {
  const scratch = `cfindex_bench_${process.pid}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = SERVER.replace(/\/[^/]*$/, `/${scratch}`);
  let db: Database | undefined;
  try {
    db = await openDatabase({ url, runMigrations: true, poolSize: 10 });
    const results = await run(db);
    mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench-results', 'custom-index.json'), JSON.stringify(results, null, 2));
  } finally {
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

async function run(db: Database) {
  const owner = db.owner;
  const [{ server_version: version }] = (await owner.query('SHOW server_version')) as { server_version: string }[];
  note(`PostgreSQL ${version}: ${fmt(ROWS)} rows for the filters, ${fmt(INSERT)} per bulk insert`);
  await owner.query(`CREATE TABLE ${TABLE} (
    tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), name text, region text, score numeric,
    custom jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (tenant_id, id))`);
  await owner.query(`CREATE INDEX cfb_region ON ${TABLE} (tenant_id, lower(region))`);
  await owner.query(`CREATE INDEX cfb_score ON ${TABLE} (tenant_id, score)`);
  const tenant = async (slug: string) =>
    ((await owner.query(`INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`, [slug])) as { id: string }[])[0].id;

  /** `n` rows for a tenant (values as the engine's codec stores them), bulk, with pivot entries when `index`. */
  const load = async (tenantId: string, n: number, index: boolean) => {
    await owner.transaction(async (m) => {
      const rows = (await m.query(
        `INSERT INTO ${TABLE} (tenant_id, name, region, score, custom)
         SELECT $1, 'C' || g, 'R' || (g % 1000), (g % 100000),
                jsonb_build_object('Region__c', 'R' || (g % 1000), 'Score__c', (g % 100000)::text, 'Note__c', 'n' || g)
           FROM generate_series(1, $2) g RETURNING id`,
        [tenantId, n],
      )) as { id: string }[];
      if (index)
        await indexRecords(
          m,
          tenantId,
          INDEXED,
          rows.map((r) => r.id),
          undefined,
          true,
        );
    });
  };

  // ---- A. insert throughput against the number of tenants with indexed fields ----
  const inserts: {
    tenants: number;
    ownIndexedBulkMs: number;
    noneBulkMs: number;
    ownIndexedRowMs: LatencyStats;
    noneRowMs: LatencyStats;
  }[] = [];
  let withFields = 0;
  for (const step of TENANT_STEPS) {
    for (; withFields < step; withFields++) await load(await tenant(`other-${withFields}`), 10, true);
    await owner.query(`ANALYZE ${TABLE}; ANALYZE sys_cf_index`);
    const bulk = async (index: boolean) => {
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        const t = await tenant(`bulk-${step}-${index}-${round}`);
        const start = performance.now();
        await load(t, INSERT, index);
        times.push(performance.now() - start);
      }
      return median(times);
    };
    const single = async (index: boolean) => {
      const t = await tenant(`single-${step}-${index}`);
      const times: number[] = [];
      for (let i = 0; i < 300; i++) {
        const start = performance.now();
        await owner.transaction(async (m) => {
          const [row] = (await m.query(
            `INSERT INTO ${TABLE} (tenant_id, name, custom) VALUES ($1, $2, jsonb_build_object('Region__c', $2::text, 'Score__c', '7')) RETURNING id`,
            [t, `S${i}`],
          )) as { id: string }[];
          await indexRecords(m, t, index ? INDEXED : PLAIN, [row.id], undefined, true);
        });
        times.push(performance.now() - start);
      }
      return latencyStats(times.slice(20));
    };
    // Alternating, so a growing table affects both alike.
    const noneBulkMs = await bulk(false);
    const ownIndexedBulkMs = await bulk(true);
    const noneRowMs = await single(false);
    const ownIndexedRowMs = await single(true);
    inserts.push({ tenants: step, ownIndexedBulkMs, noneBulkMs, ownIndexedRowMs, noneRowMs });
    note(`inserts with ${step} tenants having indexed fields: bulk ${ms(ownIndexedBulkMs)} ms vs ${ms(noneBulkMs)} ms`);
  }

  // ---- B. filters at ROWS rows ----
  const big = await tenant('big');
  for (let done = 0; done < ROWS; done += 100_000) await load(big, Math.min(100_000, ROWS - done), true);
  await owner.query(`VACUUM ANALYZE ${TABLE}`);
  await owner.query(`VACUUM ANALYZE sys_cf_index`);
  const through = (cond: string, recheck: string) =>
    `SELECT t.id FROM ${TABLE} t WHERE t.tenant_id = $1 AND (t.id IN (SELECT record_id FROM sys_cf_index WHERE tenant_id = $1 AND object = 'Contact' AND field = $2 AND ${cond}) AND ${recheck})`;
  const region = `(${pivotValueSql('str', 't.custom', "'Region__c'")})`;
  const score = `(${pivotValueSql('num', 't.custom', "'Score__c'")})`;
  const filters = [
    {
      name: "Region__c = 'r42' (equality, ~" + fmt(ROWS / 1000) + ' rows)',
      pivot: [through('str = lower($3)', `${region} = lower($3)`), (i: number) => [big, 'Region__c', `R${i % 1000}`]] as const,
      hand: [`SELECT id FROM ${TABLE} WHERE tenant_id = $1 AND lower(region) = lower($2)`, (i: number) => [big, `R${i % 1000}`]] as const,
    },
    {
      name: `Score__c >= x AND < x + 100 (range, ~${fmt(Math.min(100, (100 * ROWS) / 100000))} rows)`,
      pivot: [
        through('num >= $3::numeric AND num < $4::numeric', `${score} >= $3::numeric AND ${score} < $4::numeric`),
        (i: number) => [big, 'Score__c', (i * 997) % 99900, ((i * 997) % 99900) + 100],
      ] as const,
      hand: [
        `SELECT id FROM ${TABLE} WHERE tenant_id = $1 AND score >= $2::numeric AND score < $3::numeric`,
        (i: number) => [big, (i * 997) % 99900, ((i * 997) % 99900) + 100],
      ] as const,
    },
  ];
  const filterResults: { filter: string; pivot: LatencyStats; hand: LatencyStats; rows: number }[] = [];
  for (const f of filters) {
    const time = async ([sql, params]: readonly [string, (i: number) => unknown[]]) => {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 220; i++) {
        const start = performance.now();
        rows = ((await owner.query(sql, params(i))) as unknown[]).length;
        times.push(performance.now() - start);
      }
      return { stats: latencyStats(times.slice(20)), rows };
    };
    const pivot = await time(f.pivot);
    const hand = await time(f.hand);
    filterResults.push({ filter: f.name, pivot: pivot.stats, hand: hand.stats, rows: pivot.rows });
  }

  // ---- C. concurrent inserts of one external id ----
  const racer = await tenant('racer');
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      owner
        .transaction(async (m) => {
          const [row] = (await m.query(
            `INSERT INTO ${TABLE} (tenant_id, name, custom) VALUES ($1, $2, jsonb_build_object('Member_No__c', 'EXT-1')) RETURNING id`,
            [racer, `R${i}`],
          )) as { id: string }[];
          await m.query('SELECT pg_sleep(0.05)');
          await indexRecords(m, racer, UNIQUE, [row.id], undefined, true);
        })
        .then(
          () => 'inserted',
          (e: unknown) => (e instanceof EngineError ? e.errors[0].errorCode : String(e)),
        ),
    ),
  );
  const race = Object.entries(outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {}));

  // ---- D. another tenant's inserts while a field is indexed over the big tenant's rows ----
  const other = await tenant('neighbour');
  const neighbourInserts = async (whileRunning?: () => Promise<unknown>) => {
    const times: number[] = [];
    let running = true;
    const background = whileRunning?.().finally(() => (running = false));
    const until = performance.now() + 3000;
    for (let i = 0; whileRunning ? running : performance.now() < until; i++) {
      const start = performance.now();
      await owner.transaction(async (m) => {
        const [row] = (await m.query(
          `INSERT INTO ${TABLE} (tenant_id, name, custom) VALUES ($1, $2, jsonb_build_object('Region__c', $2::text)) RETURNING id`,
          [other, `N${i}`],
        )) as { id: string }[];
        await indexRecords(m, other, INDEXED, [row.id], undefined, true);
      });
      times.push(performance.now() - start);
    }
    await background;
    return latencyStats(times);
  };
  /** The build job's batches (SetupService.buildIndex): 5,000 of the tenant's rows per transaction. */
  const build = async () => {
    let after: string | null = null;
    const value = pivotValueSql('num', 'b.custom', "'Score__c'");
    for (;;) {
      const [batch] = (await owner.query(
        `WITH b AS (SELECT id, custom FROM ${TABLE} WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT 5000),
              ins AS (INSERT INTO sys_cf_index (tenant_id, object, field, record_id, num)
                      SELECT $1, 'Contact', 'Score2__c', b.id, ${value} FROM b WHERE ${value} IS NOT NULL ON CONFLICT DO NOTHING)
         SELECT count(*)::int AS n, (SELECT id FROM b ORDER BY id DESC LIMIT 1) AS last FROM b`,
        [big, after],
      )) as { n: number; last: string | null }[];
      if (!batch.n || !batch.last) return;
      after = batch.last;
    }
  };
  const idle = await neighbourInserts();
  const [building, buildMs] = await timedOf(() => neighbourInserts(build));
  const [oldDesign, oldMs] = await timedOf(() =>
    neighbourInserts(() => owner.query(`CREATE INDEX cf_old_design ON ${TABLE} ((custom ->> 'Note__c')) WHERE tenant_id = '${big}'`)),
  );

  // ---- report ----
  const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${fmt((100 * (a - b)) / b, 1)} %`;
  const lines: string[] = [];
  lines.push(`Custom-field pivot on PostgreSQL ${version} (owner, no row-level security; the API spec checks the plans under it)`, '');
  lines.push(
    table(
      [
        'tenants with indexed fields',
        `bulk ${fmt(INSERT)}: own field indexed`,
        'no indexed field',
        'diff',
        'row p50/p99: indexed',
        'none',
        'diff p50',
      ],
      inserts.map((r) => [
        fmt(r.tenants),
        `${ms(r.ownIndexedBulkMs)} ms`,
        `${ms(r.noneBulkMs)} ms`,
        pct(r.ownIndexedBulkMs, r.noneBulkMs),
        `${ms(r.ownIndexedRowMs.p50Ms)} / ${ms(r.ownIndexedRowMs.p99Ms)}`,
        `${ms(r.noneRowMs.p50Ms)} / ${ms(r.noneRowMs.p99Ms)}`,
        pct(r.ownIndexedRowMs.p50Ms, r.noneRowMs.p50Ms),
      ]),
    ),
    '',
  );
  lines.push(
    table(
      [`filter at ${fmt(ROWS)} rows`, 'pivot p50 / p95 ms', 'hand-written indexed p50 / p95', 'ratio p50', 'rows'],
      filterResults.map((r) => [
        r.filter,
        `${ms(r.pivot.p50Ms)} / ${ms(r.pivot.p95Ms)}`,
        `${ms(r.hand.p50Ms)} / ${ms(r.hand.p95Ms)}`,
        `${fmt(r.pivot.p50Ms / r.hand.p50Ms, 2)}×`,
        fmt(r.rows),
      ]),
    ),
    '',
  );
  lines.push(`8 concurrent inserts of external id EXT-1: ${race.map(([k, n]) => `${n} ${k}`).join(', ')}`, '');
  lines.push(
    table(
      ["another tenant's single-row inserts", 'n', 'p50 ms', 'p99 ms', 'max ms', 'p99 vs idle'],
      [
        ['idle', idle, undefined],
        [`while the build job indexes ${fmt(ROWS)} rows (${fmt(buildMs / 1000, 1)} s)`, building, idle],
        [`old design: plain CREATE INDEX on the shared table (${fmt(oldMs / 1000, 1)} s)`, oldDesign, idle],
      ].map(([label, s, ref]) => {
        const stats = s as LatencyStats;
        return [
          label as string,
          fmt(stats.n),
          ms(stats.p50Ms),
          ms(stats.p99Ms),
          ms(stats.maxMs),
          ref ? `${fmt(stats.p99Ms / (ref as LatencyStats).p99Ms, 2)}×` : '',
        ];
      }),
    ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return {
    rows: ROWS,
    insert: INSERT,
    inserts,
    filters: filterResults,
    race: Object.fromEntries(race),
    idle,
    building,
    oldDesign,
    buildMs,
    oldMs,
  };
}

async function timedOf<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
