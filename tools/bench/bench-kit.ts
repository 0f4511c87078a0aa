/**
 * What the benchmarks in tools/bench share: their options, progress on stderr, statistics, the
 * statements a piece of work sends and the plans PostgreSQL picks for them, tables for stdout,
 * and the run itself (`runBench`): the metadata, PGlite then PostgreSQL (a scratch database),
 * clean-up on exit or Ctrl-C, and the results file in bench-results/.
 *
 * Databases, in one run: PGlite (its child process behind pglite-socket, as tests use it; in
 * memory or with its data in a temporary folder), then PostgreSQL when DATABASE_URL is set or a
 * server answers at postgres://postgres@127.0.0.1:5432/postgres: a fresh database there, dropped
 * afterwards; the PGlite child is stopped.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client, type Pool } from 'pg';
import { inTenant, type RecordEngine, type RequestContext } from '@platform/engine';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata, type Registry } from '@platform/metadata';
import { applyPlan, introspect, openDatabase, planSchema, type Database } from '@platform/storage';

export const repoRoot = resolve(__dirname, '../..');
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
/** Connections of the engine's pool, and as many for the owner's (the hand-written reference). */
export const POOL_SIZE = 10;
/** Operations per block when contenders alternate. */
export const BLOCK = 100;

// ---------------------------------------------------------------------------------------------
// Options

type StringOptions = Record<string, { type: 'string'; default?: string }>;

export interface BenchArgs<O extends StringOptions> extends RunOptions {
  values: { [K in keyof O]: string | undefined };
}

/** The bench's own string options, and --no-pglite, --no-postgres and --out, which every bench takes. */
export function parseBenchArgs<O extends StringOptions>(options: O, resultsFile: string): BenchArgs<O> {
  const { values } = parseArgs({
    options: {
      ...options,
      'no-pglite': { type: 'boolean', default: false },
      'no-postgres': { type: 'boolean', default: false },
      out: {
        type: 'string',
        default: join(repoRoot, 'bench-results', resultsFile),
      },
    },
  });
  const all = values as Record<string, string | boolean | undefined>;
  return {
    values: values as unknown as BenchArgs<O>['values'],
    pglite: !all['no-pglite'],
    postgres: !all['no-postgres'],
    out: resolve(String(all['out'] ?? '')),
  };
}

/** An option's whole number (underscores allowed: 100_000), at least `min`. */
export function wholeNumber(name: string, value: string | undefined, min: number): number {
  const parsed = Number(String(value).replace(/_/g, ''));
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be a whole number >= ${min} (got ${value})`);
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// Progress on stderr: one rewritten line on a terminal, a line per quarter otherwise.

export const tty = process.stderr.isTTY;
let lastDraw = 0;
let lastQuarter = -1;

export function progress(label: string, done: number, total: number): void {
  if (tty) {
    const now = performance.now();
    if (done !== total && done !== 0 && now - lastDraw < 100) return;
    lastDraw = now;
    process.stderr.write(`\r\x1b[K${label} ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
    return;
  }
  const quarter = total ? Math.floor((done / total) * 4) : 4;
  if (done === 0) lastQuarter = -1;
  if (quarter === lastQuarter) return;
  lastQuarter = quarter;
  process.stderr.write(`${label} ${done}/${total}\n`);
}

export function note(message: string): void {
  process.stderr.write(`${tty ? '\r\x1b[K' : ''}${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Statistics

export interface LatencyStats {
  n: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

const round = (v: number, digits = 3) => Number(v.toFixed(digits));

export function latencyStats(latencies: number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    n: sorted.length,
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    p50Ms: round(at(50)),
    p95Ms: round(at(95)),
    p99Ms: round(at(99)),
    maxMs: round(sorted[sorted.length - 1]),
  };
}

/** Only the latencies of stats that hold more. */
export function latencyOf({ n, meanMs, p50Ms, p95Ms, p99Ms, maxMs }: LatencyStats): LatencyStats {
  return { n, meanMs, p50Ms, p95Ms, p99Ms, maxMs };
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

/** Latencies with the throughput of the blocks that measured them. */
export interface ThroughputStats extends LatencyStats {
  seconds: number;
  opsPerSec: number;
  /** CPU time of this (client) process per operation: the engine's JavaScript and the driver. */
  clientCpuUsPerOp: number;
}

/** Time and latencies of one contender, accumulated over its blocks. */
class Meter {
  readonly latencies: number[] = [];
  seconds = 0;
  cpuMicros = 0;

  /** Runs `count` operations from `first`, `concurrency` in flight; op(i) gets a global index. */
  async block(first: number, count: number, concurrency: number, op: (i: number) => Promise<void>, tick: () => void): Promise<void> {
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
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    this.seconds += (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    this.cpuMicros += cpu.user + cpu.system;
  }

  stats(): ThroughputStats {
    const { n, ...latency } = latencyStats(this.latencies);
    return {
      n,
      seconds: round(this.seconds),
      opsPerSec: round(n / this.seconds, 1),
      ...latency,
      clientCpuUsPerOp: round(this.cpuMicros / n, 1),
    };
  }
}

export type Contender = (i: number) => Promise<void>;

/**
 * Runs every contender `n` times in blocks of BLOCK, rotating which goes first (so a table that
 * grows or a machine that warms up affects each alike), and returns their stats by name.
 */
export async function compare(
  label: string,
  n: number,
  concurrency: number,
  contenders: Record<string, Contender>,
): Promise<Record<string, ThroughputStats>> {
  const names = Object.keys(contenders);
  const meters = Object.fromEntries(names.map((name) => [name, new Meter()]));
  const total = n * names.length;
  let done = 0;
  const tick = () => progress(label, ++done, total);
  progress(label, 0, total);
  for (let first = 0, block = 0; first < n; first += BLOCK, block++) {
    const count = Math.min(BLOCK, n - first);
    const order = names.map((_, k) => names[(k + block) % names.length]);
    for (const name of order) await meters[name].block(first, count, concurrency, contenders[name], tick);
  }
  return Object.fromEntries(names.map((name) => [name, meters[name].stats()]));
}

// ---------------------------------------------------------------------------------------------
// Statements and plans

export interface Statement {
  text: string;
  values: unknown[];
}

/** The statements the work sends, captured at the pg driver (not timed). */
export async function captureStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const proto = Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const original = proto.query;
  const statements: Statement[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : (first?.text ?? String(first));
    const values = typeof first === 'string' ? ((args[1] as unknown[]) ?? []) : (first?.values ?? []);
    statements.push({ text, values });
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}

/** The SELECTs the work sends (the tenant transaction's set_config left out). */
export async function capturedSelects(work: () => Promise<unknown>): Promise<Statement[]> {
  const { statements } = await captureStatements(work);
  return statements.filter((s) => /^\s*SELECT/i.test(s.text) && !s.text.includes('set_config'));
}

/** EXPLAIN of each statement as the app role sees it in the tenant's transaction (row-level security). */
export async function tenantPlans(engine: RecordEngine, ctx: RequestContext, statements: Statement[]): Promise<string[]> {
  return inTenant(engine.dataSource, ctx, async (manager) => {
    const plans: string[] = [];
    for (const s of statements) {
      const rows = (await manager.query(`EXPLAIN ${s.text}`, s.values)) as {
        'QUERY PLAN': string;
      }[];
      plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    return plans;
  });
}

/** EXPLAIN of a statement on the pool (the owner: no row-level security). */
export async function poolPlan(pool: Pool, sql: string, values: unknown[]): Promise<string> {
  const { rows } = await pool.query(`EXPLAIN ${sql}`, values);
  return (rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
}

/** A table access in a plan: an index it scans or a table it scans sequentially. */
export interface PlanAccess {
  index?: string;
  seqScan?: string;
  /** An index scanned with an Index Cond (not only to list the rows it covers, or for their order). */
  cond: boolean;
}

export function accessesIn(plan: string): PlanAccess[] {
  const lines = plan.split('\n');
  const found: PlanAccess[] = [];
  for (const [i, line] of lines.entries()) {
    const index = /(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) "?(\w+)"?/.exec(line)?.[1];
    const seqScan = /Seq Scan on "?(\w+)"?/.exec(line)?.[1];
    if (seqScan) found.push({ seqScan, cond: false });
    else if (index) {
      // The node's own detail lines follow it, up to the next node.
      let cond = false;
      for (let j = i + 1; j < lines.length && !/^\s*->/.test(lines[j]); j++) if (/Index Cond:/.test(lines[j])) cond = true;
      found.push({ index, cond });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Output

/** A plain-text table; columns right-aligned as given, else all but the first. */
export function table(headers: string[], rows: string[][], rightAligned: boolean[] = headers.map((_, c) => c > 0)): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fmt = (v: number, digits = 0) =>
  v.toLocaleString('en-AU', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
export const ms = (v: number) => (v >= 100 ? fmt(v, 0) : v >= 10 ? fmt(v, 1) : fmt(v, 2));
export const pair = (s: LatencyStats) => `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`;

// ---------------------------------------------------------------------------------------------
// One database

export interface Target {
  kind: 'pglite' | 'postgres';
  /** `[pglite]` or `[postgres]`, for progress. */
  tag: string;
  db: Database;
  /** Which database, for the report's title. */
  description: string;
}

/** Applies the metadata's schema; the owner's pool (no row-level security) and the server's version. */
export async function prepare(target: Target, registry: Registry): Promise<{ pool: Pool; serverVersion: string }> {
  note(`${target.tag} applying the schema`);
  const { db } = target;
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  const pool = (db.owner.driver as unknown as { master: Pool }).master;
  const [{ version }] = (await pool.query('SELECT version()')).rows as {
    version: string;
  }[];
  return { pool, serverVersion: version };
}

/** A new tenant, written as the owner; its id. */
export async function newTenant(pool: Pool, slug: string): Promise<string> {
  const [{ id }] = (await pool.query(`INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`, [slug])).rows as { id: string }[];
  return id;
}

// ---------------------------------------------------------------------------------------------
// The run: databases, clean-up, results

/** Which databases a run uses and where its results go (--no-pglite, --no-postgres, --out). */
export interface RunOptions {
  pglite: boolean;
  postgres: boolean;
  out: string;
}

export interface Bench<R> {
  /** The scratch database on PostgreSQL is `<scratchPrefix>_<random>`. */
  scratchPrefix: string;
  /** PGlite's data in memory (the default), or on disk in a temporary folder, for data that outgrows the WASM heap. */
  pgliteData?: 'memory' | 'disk';
  options: RunOptions;
  measure(target: Target, registry: Registry): Promise<R>;
  /** The result of one database as text for stdout. */
  report(result: R): string;
  /** What the results file holds besides the machine, the results and the time taken (options, notes). */
  summary: Record<string, unknown>;
}

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> = Promise.resolve();
let interrupted: NodeJS.Signals | undefined;

/** Runs the pending clean-up steps, newest first; concurrent callers all wait for the same work. */
function cleanUp(): Promise<void> {
  cleaning = cleaning.then(async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      await step().catch((err: unknown) => note(`clean-up failed: ${err instanceof Error ? err.message : String(err)}`));
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

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** The server to use: DATABASE_URL (which must answer), else the local one if it answers. */
async function postgresServer(): Promise<string | undefined> {
  const candidate = process.env['DATABASE_URL'] || LOCAL_POSTGRES;
  const problem = await reachable(candidate);
  if (!problem) return candidate;
  if (process.env['DATABASE_URL']) throw new Error(`DATABASE_URL ${redact(candidate)} does not answer: ${problem}`);
  note(`PostgreSQL: none at ${LOCAL_POSTGRES} (${problem}); PGlite only. Set DATABASE_URL to use another server.`);
  return undefined;
}

async function pgliteTarget(where: 'memory' | 'disk'): Promise<Target> {
  const options = {
    poolSize: POOL_SIZE,
    ownerPoolSize: POOL_SIZE, // the raw-SQL reference gets as many connections as the engine
    runMigrations: true,
  };
  let db: Database;
  let description: string;
  if (where === 'disk') {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    note(`[pglite] starting PGlite with its data in ${dataDir}`);
    db = await openDatabase({ ...options, dataDir });
    description = `PGlite ${pgliteVersion()} (child process, pglite-socket, pg driver), data in a temporary folder`;
  } else {
    note('[pglite] starting PGlite in memory');
    db = await openDatabase({ ...options, inMemory: true });
    description = `PGlite ${pgliteVersion()} in memory (child process, pglite-socket, pg driver)`;
  }
  cleanups.push(() => db.close());
  return { kind: 'pglite', tag: '[pglite]', db, description };
}

/** A fresh database on the server, dropped at clean-up. */
async function postgresTarget(serverUrl: string, prefix: string): Promise<Target> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  note(`[postgres] creating the scratch database ${name} on ${redact(serverUrl)}`);
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  cleanups.push(() => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({
    url: url.toString(),
    poolSize: POOL_SIZE,
    ownerPoolSize: POOL_SIZE,
    runMigrations: true,
  });
  cleanups.push(() => db.close());
  return {
    kind: 'postgres',
    tag: '[postgres]',
    db,
    description: `PostgreSQL at ${url.host}, scratch database ${name}`,
  };
}

function pgliteVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    };
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

async function run<R>(define: () => Bench<R>): Promise<number> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const bench = define();
  const started = performance.now();
  const { registry, errors } = await loadMetadata(join(repoRoot, 'metadata'), {
    checks: [checkMetadataFormulas],
  });
  if (errors.length) {
    console.error(formatErrors(errors));
    return 2;
  }
  const { pglite, postgres, out: file } = bench.options;
  const serverUrl = postgres ? await postgresServer() : undefined;

  // One database at a time, each closed (and dropped) before the next starts.
  const results: R[] = [];
  const targets: (() => Promise<Target>)[] = [];
  if (pglite) targets.push(() => pgliteTarget(bench.pgliteData ?? 'memory'));
  if (serverUrl) targets.push(() => postgresTarget(serverUrl, bench.scratchPrefix));
  for (const open of targets) {
    const target = await open();
    const result = await bench.measure(target, registry);
    results.push(result);
    await cleanUp();
    console.log(`${target.kind === 'pglite' ? '\n' : ''}${bench.report(result)}\n`);
  }

  const out = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    ...bench.summary,
    results,
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  note(`Results written to ${file} (${out.totalSeconds} s in all).`);
  return 0;
}

/**
 * Runs a bench (`define` parses its options) on each database, prints each database's report,
 * writes the results file, and exits: 0, 1 on an error, 2 on metadata errors, 130 on a signal.
 */
export function runBench<R>(define: () => Bench<R>): void {
  run(define).then(
    async (code) => {
      await cleanUp();
      process.exit(code);
    },
    async (err: unknown) => {
      // After a signal, failures of the work in flight are expected (the pools are closing).
      if (!interrupted) note(err instanceof Error ? (err.stack ?? err.message) : String(err));
      await cleanUp();
      process.exit(interrupted ? 130 : 1);
    },
  );
}
