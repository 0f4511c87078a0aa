/**
 * `npm run bench [-- --n 2000 --concurrency 8 --no-postgres]`: how fast the record engine creates
 * and reads records, next to raw parameterised SQL on the same table (as the owner, so without row-level security).
 *
 * Databases, in one run: PGlite in memory (always, in its child process behind pglite-socket,
 * as tests use it), then PostgreSQL when DATABASE_URL is set or a server answers at
 * postgres://postgres@127.0.0.1:5432/postgres. On PostgreSQL a fresh database bench_<random> is
 * created and dropped afterwards; the PGlite child is stopped. Results go to stdout as one table
 * per database and to bench-results/records.json; progress goes to stderr.
 *
 * Engine and raw SQL run in alternating blocks (engine first in one block, raw first in the next),
 * so a table that grows or a machine that warms up affects both the same way. "replay" runs the
 * engine's own statements (captured from the driver) as hand-written SQL in one transaction:
 * engine/replay is the cost of the engine's JavaScript (TypeORM, checks, validation rules),
 * replay/raw the cost of the extra round trips and work in the database.
 *
 * A measuring tool, not a test: nothing here asserts a speed.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client, type Pool, type PoolClient } from 'pg';
import { checkMetadataFormulas } from '@platform/formula';
import {
  formatErrors,
  loadMetadata,
  type ObjectDef,
  type Registry,
} from '@platform/metadata';
import {
  applyPlan,
  introspect,
  openDatabase,
  planSchema,
  type Database,
} from '@platform/storage';
import {
  RecordEngine,
  requestContext,
  type RequestContext,
} from '@platform/engine';

const repoRoot = resolve(__dirname, '../..');
const OBJECT = 'lumary__Accounting_Entity__c';
const RECORD_TYPE = 'GL_Code';
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const POOL_SIZE = 10;
const BLOCK = 100;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  n: number;
  concurrentN: number;
  concurrency: number;
  warmup: number;
  postgres: boolean;
  out: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '2000' },
      'concurrent-n': { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '200' },
      'no-postgres': { type: 'boolean', default: false },
      out: {
        type: 'string',
        default: join(repoRoot, 'bench-results', 'records.json'),
      },
    },
  });
  const int = (name: string, value: string | undefined, min: number) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min)
      throw new Error(
        `--${name} must be a whole number >= ${min} (got ${value})`,
      );
    return parsed;
  };
  const n = int('n', values.n, 1);
  return {
    n,
    concurrentN: int(
      'concurrent-n',
      values['concurrent-n'] ?? String(Math.max(1, Math.round(n / 2))),
      1,
    ),
    concurrency: int('concurrency', values.concurrency, 1),
    warmup: int('warmup', values.warmup, 0),
    postgres: !values['no-postgres'],
    out: resolve(values.out ?? ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Progress on stderr: one rewritten line on a terminal, a line per quarter otherwise.

const tty = process.stderr.isTTY;
let lastDraw = 0;
let lastQuarter = -1;

function progress(label: string, done: number, total: number): void {
  if (tty) {
    const now = performance.now();
    if (done !== total && done !== 0 && now - lastDraw < 100) return;
    lastDraw = now;
    process.stderr.write(`\r\x1b[K${label} ${done}/${total}`);
    return;
  }
  const quarter = total ? Math.floor((done / total) * 4) : 4;
  if (done === 0) lastQuarter = -1;
  if (quarter === lastQuarter) return;
  lastQuarter = quarter;
  process.stderr.write(`${label} ${done}/${total}\n`);
}

function note(message: string): void {
  process.stderr.write(`${tty ? '\r\x1b[K' : ''}${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Statistics

interface Stats {
  n: number;
  seconds: number;
  opsPerSec: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU time of this (client) process per operation: the engine's JavaScript and the driver. */
  clientCpuUsPerOp: number;
}

function stats(latencies: number[], seconds: number, cpuMicros: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[
      Math.min(
        sorted.length - 1,
        Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
      )
    ];
  const round = (v: number, digits = 3) => Number(v.toFixed(digits));
  return {
    n: sorted.length,
    seconds: round(seconds),
    opsPerSec: round(sorted.length / seconds, 1),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    p50Ms: round(at(50)),
    p95Ms: round(at(95)),
    p99Ms: round(at(99)),
    maxMs: round(sorted[sorted.length - 1]),
    clientCpuUsPerOp: round(cpuMicros / sorted.length, 1),
  };
}

/** Time and latencies of one contender, accumulated over its blocks. */
class Meter {
  readonly latencies: number[] = [];
  seconds = 0;
  cpuMicros = 0;

  /** Runs `total` operations, `concurrency` in flight; op(i) gets a global index. */
  async block(
    first: number,
    count: number,
    concurrency: number,
    op: (i: number) => Promise<void>,
    tick: () => void,
  ): Promise<void> {
    let next = first;
    const end = first + count;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const worker = async () => {
      while (next < end) {
        const i = next++;
        const start = performance.now();
        await op(i);
        this.latencies.push(performance.now() - start);
        tick();
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count) }, worker),
    );
    this.seconds += (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    this.cpuMicros += cpu.user + cpu.system;
  }

  stats(): Stats {
    return stats(this.latencies, this.seconds, this.cpuMicros);
  }
}

type Contender = (i: number) => Promise<void>;

/**
 * Runs every contender `n` times in blocks of BLOCK, rotating which goes first, and returns
 * their stats by name.
 */
async function compare(
  label: string,
  n: number,
  concurrency: number,
  contenders: Record<string, Contender>,
): Promise<Record<string, Stats>> {
  const names = Object.keys(contenders);
  const meters = Object.fromEntries(names.map((name) => [name, new Meter()]));
  const total = n * names.length;
  let done = 0;
  const tick = () => progress(label, ++done, total);
  progress(label, 0, total);
  for (let first = 0, block = 0; first < n; first += BLOCK, block++) {
    const count = Math.min(BLOCK, n - first);
    const order = names.map((_, k) => names[(k + block) % names.length]);
    for (const name of order)
      await meters[name].block(
        first,
        count,
        concurrency,
        contenders[name],
        tick,
      );
  }
  return Object.fromEntries(names.map((name) => [name, meters[name].stats()]));
}

// ---------------------------------------------------------------------------------------------
// The records written: the engine's body, and the same row as raw column values.

interface Subject {
  object: ObjectDef;
  table: string;
  /** Columns the engine writes for a create, in its order (after the four system columns). */
  columns: string[];
  body(i: number): Record<string, unknown>;
  /** The values the engine would store for body(i), in `columns` order. */
  rawValues(i: number): unknown[];
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function subject(registry: Registry): Subject {
  const object = registry.object(OBJECT);
  if (!object) throw new Error(`no object ${OBJECT} in the metadata`);
  if (!object.recordTypes.get(RECORD_TYPE.toLowerCase()))
    throw new Error(`${OBJECT} has no record type ${RECORD_TYPE}`);
  // What RecordWriter.check writes: every stored field but formulas and roll-ups (nulls included).
  const fields = [...object.fields.values()].filter(
    (f) => f.column && f.type !== 'Formula' && f.type !== 'Summary',
  );
  const key = (name: string) =>
    fields.find((f) => f.apiName.toLowerCase() === name.toLowerCase())
      ?.apiName ?? name;
  const name = key('Name');
  const reporting = key('lumary__Reporting_Code__c');
  const external = key('lumary__External_Id__c');
  const body = (i: number) => ({
    Name: `GL ${4000 + i}`,
    RecordTypeId: RECORD_TYPE,
    [reporting]: `R-${i}`,
    [external]: `ext-${i}`,
  });
  // The defaults the engine applies (Checkbox default, picklist default values) for fields not in the body.
  const defaults: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.type === 'Checkbox') defaults[f.apiName] = f.defaultValue ?? false;
    else if (f.defaultValue !== undefined) defaults[f.apiName] = f.defaultValue;
    else {
      const dflt = f.picklist?.values.find((v) => v.default);
      if (dflt) defaults[f.apiName] = dflt.value;
    }
  }
  return {
    object,
    table: object.table,
    columns: fields.map((f) => f.column ?? ''),
    body,
    rawValues: (i) => {
      const values: Record<string, unknown> = {
        ...defaults,
        [name]: `GL ${4000 + i}`,
        [reporting]: `R-${i}`,
        [external]: `ext-${i}`,
      };
      return fields.map((f) => values[f.apiName] ?? null);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Statements the engine sends, captured at the pg driver (used for the breakdown, not timed).

async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const proto = Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text =
      typeof first === 'string' ? first : (first?.text ?? String(first));
    statements.push(text.replace(/\s+/g, ' ').trim());
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}

const shorten = (sql: string, max = 90) =>
  sql.length > max ? `${sql.slice(0, max - 1)}…` : sql;

// ---------------------------------------------------------------------------------------------
// One database

interface Row {
  operation: string;
  n: number;
  concurrency: number;
  engine: Stats;
  raw: Stats;
  replay: Stats;
  /** engine ops/s divided by raw ops/s. */
  ratio: number;
  engineOverReplay: number;
  replayOverRaw: number;
  engineStatementsPerOp: number;
  engineStatements: string[];
}

interface DatabaseResult {
  database: 'pglite' | 'postgres';
  description: string;
  serverVersion: string;
  settings: Record<string, string>;
  object: string;
  recordType: string;
  poolSize: number;
  rows: Row[];
  sanityCheck: string;
}

async function benchDatabase(
  kind: 'pglite' | 'postgres',
  db: Database,
  description: string,
  registry: Registry,
  opts: Options,
): Promise<DatabaseResult> {
  const tag = `[${kind}]`;
  const ds = db.dataSource;
  note(`${tag} applying the schema`);
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  const [{ id: tenantId }] = (await ds.query(
    `INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`,
    ['bench'],
  )) as { id: string }[];
  const ctx: RequestContext = requestContext(tenantId, null);
  const engine = new RecordEngine(registry, ds);
  // Raw SQL runs as the tables' owner: the same table and server, without the engine - and
  // without row-level security, whose cost is counted as part of the engine's.
  const pool = (db.owner.driver as unknown as { master: Pool }).master;
  const s = subject(registry);

  const [{ version }] = (await pool.query(`SELECT version()`)).rows as {
    version: string;
  }[];
  const settings: Record<string, string> = {};
  for (const name of ['synchronous_commit', 'fsync', 'shared_buffers']) {
    settings[name] = await pool.query(`SHOW ${name}`).then(
      (r) => String((r.rows[0] as Record<string, unknown>)[name]),
      () => 'n/a',
    );
  }

  const insertSql = `INSERT INTO ${q(s.table)} ("tenant_id", "record_type", "created_by_id", "last_modified_by_id"${s.columns.map((c) => `, ${q(c)}`).join('')})
    VALUES ($1, $2, $3, $3${s.columns.map((_, i) => `, $${i + 4}`).join('')}) RETURNING "id"`;
  const selectSql = `SELECT * FROM ${q(s.table)} WHERE "tenant_id" = $1 AND "id" = $2`;
  const historySql = `INSERT INTO "sys_field_history" ("tenant_id", "object_api_name", "record_id", "field_api_name", "old_value", "new_value", "changed_by_id")
    VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`;
  const insertParams = (i: number) => [
    tenantId,
    RECORD_TYPE,
    null,
    ...s.rawValues(i),
  ];

  // Ids are taken from disjoint ranges so every row is distinct.
  let serial = 0;
  const ids: string[] = [];
  const engineCreate: Contender = async () => {
    const { id } = await engine.create(ctx, OBJECT, s.body(serial++));
    ids.push(id);
  };
  const rawCreate: Contender = async () => {
    const r = await pool.query(insertSql, insertParams(serial++));
    ids.push((r.rows[0] as { id: string }).id);
  };
  const inTx = async <T>(work: (c: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('START TRANSACTION');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  // The engine's create as plain SQL: same statements, same transaction, none of its JavaScript.
  const replayCreate: Contender = async () => {
    const i = serial++;
    const id = await inTx(async (c) => {
      await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const r = await c.query(insertSql, insertParams(i));
      const newId = (r.rows[0] as { id: string }).id;
      await c.query(historySql, [
        tenantId,
        s.object.apiName,
        newId,
        'created',
        'null',
        'null',
        null,
      ]);
      await c.query(selectSql, [tenantId, newId]);
      return newId;
    });
    ids.push(id);
  };

  // Warm-up: JIT, prepared plans, pool connections; and one check that raw rows match engine rows.
  const warm = Math.max(1, opts.warmup);
  const warmTotal = warm * 5;
  for (let i = 0; i < warm; i++) {
    progress(`${tag} warm-up`, i * 3, warmTotal);
    await engineCreate(0);
    await rawCreate(0);
    await replayCreate(0);
  }
  for (let i = 0; i < warm; i++) {
    progress(`${tag} warm-up`, warm * 3 + i * 2, warmTotal);
    await engine.get(ctx, OBJECT, ids[i % ids.length]);
    await pool.query(selectSql, [tenantId, ids[i % ids.length]]);
  }
  progress(`${tag} warm-up`, warmTotal, warmTotal);
  if (tty) process.stderr.write('\n');
  const sanityCheck = await compareRows(
    pool,
    s,
    tenantId,
    ids[0],
    ids[1],
    ids[2],
  );
  if (sanityCheck !== 'ok') note(`${tag} WARNING: ${sanityCheck}`);

  const captureCreate = await captureStatements(() =>
    engine.create(ctx, OBJECT, s.body(serial++)),
  );
  ids.push(captureCreate.result.id);
  const captureGet = await captureStatements(() =>
    engine.get(ctx, OBJECT, ids[0]),
  );
  const captureCreateConcurrent = captureCreate;

  const rows: Row[] = [];
  const row = (
    operation: string,
    n: number,
    concurrency: number,
    r: Record<string, Stats>,
    statements: string[],
  ): Row => ({
    operation,
    n,
    concurrency,
    engine: r['engine'],
    raw: r['raw'],
    replay: r['replay'],
    ratio: Number((r['engine'].opsPerSec / r['raw'].opsPerSec).toFixed(3)),
    engineOverReplay: Number(
      (r['engine'].opsPerSec / r['replay'].opsPerSec).toFixed(3),
    ),
    replayOverRaw: Number(
      (r['replay'].opsPerSec / r['raw'].opsPerSec).toFixed(3),
    ),
    engineStatementsPerOp: statements.length,
    engineStatements: statements,
  });

  const created = await compare(`${tag} create`, opts.n, 1, {
    engine: engineCreate,
    raw: rawCreate,
    replay: replayCreate,
  });
  rows.push(row('create', opts.n, 1, created, captureCreate.statements));

  // Reads: the same shuffled ids for every contender.
  const readIds = shuffle([...ids]).slice(0, opts.n);
  while (readIds.length < opts.n)
    readIds.push(ids[readIds.length % ids.length]);
  const got = await compare(`${tag} get by id`, opts.n, 1, {
    engine: async (i) => void (await engine.get(ctx, OBJECT, readIds[i])),
    raw: async (i) =>
      void (await pool.query(selectSql, [tenantId, readIds[i]])),
    replay: async (i) =>
      inTx(async (c) => {
        await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [
          tenantId,
        ]);
        await c.query(selectSql, [tenantId, readIds[i]]);
      }),
  });
  rows.push(row('get by id', opts.n, 1, got, captureGet.statements));

  if (opts.concurrency > 1) {
    const concurrent = await compare(
      `${tag} create, ${opts.concurrency} in flight`,
      opts.concurrentN,
      opts.concurrency,
      {
        engine: engineCreate,
        raw: rawCreate,
        replay: replayCreate,
      },
    );
    rows.push(
      row(
        `create ×${opts.concurrency} in flight`,
        opts.concurrentN,
        opts.concurrency,
        concurrent,
        captureCreateConcurrent.statements,
      ),
    );
  }
  if (tty) process.stderr.write('\r\x1b[K');

  return {
    database: kind,
    description,
    serverVersion: version,
    settings,
    object: OBJECT,
    recordType: RECORD_TYPE,
    poolSize: POOL_SIZE,
    rows,
    sanityCheck,
  };
}

/** Raw rows must hold what engine rows hold (but for their own id, dates and per-row values). */
async function compareRows(
  pool: Pool,
  s: Subject,
  tenantId: string,
  engineId: string,
  rawId: string,
  replayId: string,
): Promise<string> {
  const { rows } = await pool.query(
    `SELECT * FROM ${q(s.table)} WHERE "tenant_id" = $1 AND "id" = ANY($2::uuid[])`,
    [tenantId, [engineId, rawId, replayId]],
  );
  const byId = new Map(
    (rows as Record<string, unknown>[]).map((r) => [r['id'] as string, r]),
  );
  const perRow = new Set([
    'id',
    'created_date',
    'last_modified_date',
    'name',
    'lumary__reporting_code__c',
    'lumary__external_id__c',
  ]);
  const shape = (row: Record<string, unknown> | undefined) =>
    row
      ? JSON.stringify(
          Object.entries(row)
            .filter(([k]) => !perRow.has(k))
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : 'missing';
  const engine = shape(byId.get(engineId));
  for (const [label, id] of [
    ['raw', rawId],
    ['replay', replayId],
  ] as const) {
    const other = shape(byId.get(id));
    if (other !== engine)
      return `a ${label} row differs from an engine row:\n  engine ${engine}\n  ${label} ${other}`;
  }
  return 'ok';
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Output

function table(
  headers: string[],
  rows: string[][],
  rightAligned: boolean[],
): string {
  const widths = headers.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => r[c].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

const fmt = (v: number, digits = 0) =>
  v.toLocaleString('en-AU', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const ms = (v: number) =>
  v >= 100 ? fmt(v, 0) : v >= 10 ? fmt(v, 1) : fmt(v, 2);
const pair = (s: Stats) => `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`;

function report(result: DatabaseResult): string {
  const title = `${result.description}: ${result.object} (record type ${result.recordType}), pool ${result.poolSize}`;
  const main = table(
    [
      'operation',
      'n',
      'engine ops/s',
      'raw SQL ops/s',
      'ratio',
      'engine p50/p95 ms',
      'raw p50/p95 ms',
    ],
    result.rows.map((r) => [
      r.operation,
      fmt(r.n),
      fmt(r.engine.opsPerSec),
      fmt(r.raw.opsPerSec),
      fmt(r.ratio, 2),
      pair(r.engine),
      pair(r.raw),
    ]),
    [false, true, true, true, true, true, true],
  );
  const breakdown = table(
    [
      'operation',
      'statements/op',
      'replay ops/s',
      'engine/replay',
      'replay/raw',
      'CPU µs/op: engine',
      'replay',
      'raw',
    ],
    result.rows.map((r) => [
      r.operation,
      `${r.engineStatementsPerOp} vs 1`,
      fmt(r.replay.opsPerSec),
      fmt(r.engineOverReplay, 2),
      fmt(r.replayOverRaw, 2),
      fmt(r.engine.clientCpuUsPerOp),
      fmt(r.replay.clientCpuUsPerOp),
      fmt(r.raw.clientCpuUsPerOp),
    ]),
    [false, true, true, true, true, true, true, true],
  );
  const statements = [
    ...new Map(
      result.rows.map((r) => [
        r.operation.startsWith('create') ? 'create' : r.operation,
        r.engineStatements,
      ]),
    ).entries(),
  ]
    .map(
      ([op, list]) =>
        `  engine ${op}:${list.map((sql, i) => `\n    ${i + 1}. ${shorten(sql)}`).join('')}`,
    )
    .join('\n');
  const settings = Object.entries(result.settings)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return [
    title,
    `server: ${result.serverVersion.split(',')[0]}; ${settings}`,
    '',
    main,
    '',
    'Where the time goes ("replay" = the engine\'s statements as plain SQL in one transaction; CPU = this process):',
    '',
    breakdown,
    '',
    statements,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Databases and clean-up

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> = Promise.resolve();
let interrupted: NodeJS.Signals | undefined;

/** Runs the pending clean-up steps, newest first; concurrent callers all wait for the same work. */
function cleanUp(): Promise<void> {
  cleaning = cleaning.then(async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      await step().catch((err: unknown) =>
        note(
          `clean-up failed: ${err instanceof Error ? err.message : String(err)}`,
        ),
      );
    }
  });
  return cleaning;
}

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return; // already cleaning up
  interrupted = signal;
  // Ctrl-C also reaches the PGlite child: connections in use then fail with ECONNRESET, which
  // must not cut the clean-up short.
  process.on('uncaughtException', () => undefined);
  note(`\n${signal}: stopping and cleaning up`);
  void cleanUp().finally(() => process.exit(130));
}

async function reachable(url: string): Promise<string | undefined> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({
    connectionString: serverUrl,
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const redact = (url: string) =>
  url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** A fresh database on the server, dropped at clean-up. */
async function scratchPostgres(
  serverUrl: string,
): Promise<{ db: Database; name: string }> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  cleanups.push(() =>
    admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({
    url: url.toString(),
    poolSize: POOL_SIZE,
    ownerPoolSize: POOL_SIZE, // the raw-SQL reference gets as many connections as the engine
    runMigrations: true,
  });
  cleanups.push(() => db.close());
  return { db, name };
}

function pgliteVersion(): string {
  try {
    const manifest = JSON.parse(
      readFileSync(
        join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'),
        'utf8',
      ),
    ) as { version: string };
    return manifest.version;
  } catch {
    return '(version unknown)';
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const opts = options();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = performance.now();

  const { registry, errors } = await loadMetadata(join(repoRoot, 'metadata'), {
    checks: [checkMetadataFormulas],
  });
  if (errors.length) {
    console.error(formatErrors(errors));
    return 2;
  }

  let serverUrl: string | undefined;
  if (opts.postgres) {
    const candidate = process.env['DATABASE_URL'] || LOCAL_POSTGRES;
    const problem = await reachable(candidate);
    if (!problem) serverUrl = candidate;
    else if (process.env['DATABASE_URL'])
      throw new Error(
        `DATABASE_URL ${redact(candidate)} does not answer: ${problem}`,
      );
    else
      note(
        `PostgreSQL: none at ${LOCAL_POSTGRES} (${problem}); PGlite only. Set DATABASE_URL to use another server.`,
      );
  }

  const results: DatabaseResult[] = [];

  note('[pglite] starting PGlite in memory');
  const pglite = await openDatabase({
    inMemory: true,
    poolSize: POOL_SIZE,
    ownerPoolSize: POOL_SIZE, // the raw-SQL reference gets as many connections as the engine
    runMigrations: true,
  });
  cleanups.push(() => pglite.close());
  results.push(
    await benchDatabase(
      'pglite',
      pglite,
      `PGlite ${pgliteVersion()} in memory (child process, pglite-socket, pg driver)`,
      registry,
      opts,
    ),
  );
  await cleanUp();
  console.log(`\n${report(results[results.length - 1])}\n`);

  if (serverUrl) {
    note(`[postgres] creating a scratch database on ${redact(serverUrl)}`);
    const { db, name } = await scratchPostgres(serverUrl);
    const host = new URL(serverUrl).host;
    results.push(
      await benchDatabase(
        'postgres',
        db,
        `PostgreSQL at ${host}, scratch database ${name}`,
        registry,
        opts,
      ),
    );
    await cleanUp();
    console.log(`${report(results[results.length - 1])}\n`);
  }

  const out = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    options: {
      n: opts.n,
      concurrentN: opts.concurrentN,
      concurrency: opts.concurrency,
      warmup: opts.warmup,
      block: BLOCK,
    },
    notes: [
      'ops/s = operations / wall time of the blocks that measured them; latencies per operation.',
      'raw = one parameterised statement per operation on the same pg pool, autocommit.',
      "replay = the engine's statements as plain SQL in one transaction on the same pool.",
      'clientCpuUsPerOp = user+system CPU of the benchmark process per operation (PGlite runs in a child process and is not included).',
    ],
    results,
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(out, null, 2)}\n`);
  note(`Results written to ${opts.out} (${out.totalSeconds} s in all).`);
  return 0;
}

main().then(
  async (code) => {
    await cleanUp();
    process.exit(code);
  },
  async (err: unknown) => {
    // After a signal, failures of the work in flight are expected (the pool is closing).
    if (!interrupted)
      note(err instanceof Error ? (err.stack ?? err.message) : String(err));
    await cleanUp();
    process.exit(interrupted ? 130 : 1);
  },
);
