/**
 * `npm run bench [-- --n 2000 --concurrency 8 --no-pglite --no-postgres]`: how fast the record engine creates
 * and reads records, next to raw parameterised SQL on the same table (as the owner, so without row-level security).
 *
 * Databases, in one run (bench-kit.ts): PGlite in memory, in its child process behind
 * pglite-socket, as tests use it; then PostgreSQL when DATABASE_URL is set or a server answers at
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
import type { Pool, PoolClient } from 'pg';
import type { ObjectDef, Registry } from '@platform/metadata';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import {
  BLOCK,
  captureStatements,
  compare,
  fmt,
  newTenant,
  note,
  pair,
  parseBenchArgs,
  POOL_SIZE,
  prepare,
  progress,
  runBench,
  table,
  wholeNumber,
  type Contender,
  type RunOptions,
  type Target,
  type ThroughputStats as Stats,
} from './bench-kit';

const OBJECT = 'lumary__Accounting_Entity__c';
const RECORD_TYPE = 'GL_Code';

// ---------------------------------------------------------------------------------------------
// Options

interface Options extends RunOptions {
  n: number;
  concurrentN: number;
  concurrency: number;
  warmup: number;
}

function options(): Options {
  const { values, ...run } = parseBenchArgs(
    {
      n: { type: 'string', default: '2000' },
      'concurrent-n': { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '200' },
    },
    'records.json',
  );
  const n = wholeNumber('n', values.n, 1);
  return {
    n,
    concurrentN: wholeNumber('concurrent-n', values['concurrent-n'] ?? String(Math.max(1, Math.round(n / 2))), 1),
    concurrency: wholeNumber('concurrency', values.concurrency, 1),
    warmup: wholeNumber('warmup', values.warmup, 0),
    ...run,
  };
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
  if (!object.recordTypes.get(RECORD_TYPE.toLowerCase())) throw new Error(`${OBJECT} has no record type ${RECORD_TYPE}`);
  // What RecordWriter.check writes: every stored field but formulas and roll-ups (nulls included).
  const fields = [...object.fields.values()].filter((f) => f.column && f.type !== 'Formula' && f.type !== 'Summary');
  const key = (name: string) => fields.find((f) => f.apiName.toLowerCase() === name.toLowerCase())?.apiName ?? name;
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

/** The statements the engine sends for the work, whitespace folded (for the breakdown, not timed). */
async function engineStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const { result, statements } = await captureStatements(work);
  return {
    result,
    statements: statements.map((s) => s.text.replace(/\s+/g, ' ').trim()),
  };
}

const shorten = (sql: string, max = 90) => (sql.length > max ? `${sql.slice(0, max - 1)}…` : sql);

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

async function benchDatabase(target: Target, registry: Registry, opts: Options): Promise<DatabaseResult> {
  const { tag } = target;
  // Raw SQL runs as the tables' owner: the same table and server, without the engine - and
  // without row-level security, whose cost is counted as part of the engine's.
  const { pool, serverVersion } = await prepare(target, registry);
  const tenantId = await newTenant(pool, 'bench');
  const ctx: RequestContext = requestContext(tenantId, null);
  const engine = new RecordEngine(registry, target.db.dataSource);
  const s = subject(registry);

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
  const insertParams = (i: number) => [tenantId, RECORD_TYPE, null, ...s.rawValues(i)];

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
      await c.query(historySql, [tenantId, s.object.apiName, newId, 'created', 'null', 'null', null]);
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
  const sanityCheck = await compareRows(pool, s, tenantId, ids[0], ids[1], ids[2]);
  if (sanityCheck !== 'ok') note(`${tag} WARNING: ${sanityCheck}`);

  const captureCreate = await engineStatements(() => engine.create(ctx, OBJECT, s.body(serial++)));
  ids.push(captureCreate.result.id);
  const captureGet = await engineStatements(() => engine.get(ctx, OBJECT, ids[0]));
  const captureCreateConcurrent = captureCreate;

  const rows: Row[] = [];
  const row = (operation: string, n: number, concurrency: number, r: Record<string, Stats>, statements: string[]): Row => ({
    operation,
    n,
    concurrency,
    engine: r['engine'],
    raw: r['raw'],
    replay: r['replay'],
    ratio: Number((r['engine'].opsPerSec / r['raw'].opsPerSec).toFixed(3)),
    engineOverReplay: Number((r['engine'].opsPerSec / r['replay'].opsPerSec).toFixed(3)),
    replayOverRaw: Number((r['replay'].opsPerSec / r['raw'].opsPerSec).toFixed(3)),
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
  while (readIds.length < opts.n) readIds.push(ids[readIds.length % ids.length]);
  const got = await compare(`${tag} get by id`, opts.n, 1, {
    engine: async (i) => void (await engine.get(ctx, OBJECT, readIds[i])),
    raw: async (i) => void (await pool.query(selectSql, [tenantId, readIds[i]])),
    replay: async (i) =>
      inTx(async (c) => {
        await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
        await c.query(selectSql, [tenantId, readIds[i]]);
      }),
  });
  rows.push(row('get by id', opts.n, 1, got, captureGet.statements));

  if (opts.concurrency > 1) {
    const concurrent = await compare(`${tag} create, ${opts.concurrency} in flight`, opts.concurrentN, opts.concurrency, {
      engine: engineCreate,
      raw: rawCreate,
      replay: replayCreate,
    });
    rows.push(
      row(`create ×${opts.concurrency} in flight`, opts.concurrentN, opts.concurrency, concurrent, captureCreateConcurrent.statements),
    );
  }
  return {
    database: target.kind,
    description: target.description,
    serverVersion,
    settings,
    object: OBJECT,
    recordType: RECORD_TYPE,
    poolSize: POOL_SIZE,
    rows,
    sanityCheck,
  };
}

/** Raw rows must hold what engine rows hold (but for their own id, dates and per-row values). */
async function compareRows(pool: Pool, s: Subject, tenantId: string, engineId: string, rawId: string, replayId: string): Promise<string> {
  const { rows } = await pool.query(`SELECT * FROM ${q(s.table)} WHERE "tenant_id" = $1 AND "id" = ANY($2::uuid[])`, [
    tenantId,
    [engineId, rawId, replayId],
  ]);
  const byId = new Map((rows as Record<string, unknown>[]).map((r) => [r['id'] as string, r]));
  const perRow = new Set(['id', 'created_date', 'last_modified_date', 'name', 'lumary__reporting_code__c', 'lumary__external_id__c']);
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
    if (other !== engine) return `a ${label} row differs from an engine row:\n  engine ${engine}\n  ${label} ${other}`;
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

function report(result: DatabaseResult): string {
  const title = `${result.description}: ${result.object} (record type ${result.recordType}), pool ${result.poolSize}`;
  const main = table(
    ['operation', 'n', 'engine ops/s', 'raw SQL ops/s', 'ratio', 'engine p50/p95 ms', 'raw p50/p95 ms'],
    result.rows.map((r) => [
      r.operation,
      fmt(r.n),
      fmt(r.engine.opsPerSec),
      fmt(r.raw.opsPerSec),
      fmt(r.ratio, 2),
      pair(r.engine),
      pair(r.raw),
    ]),
  );
  const breakdown = table(
    ['operation', 'statements/op', 'replay ops/s', 'engine/replay', 'replay/raw', 'CPU µs/op: engine', 'replay', 'raw'],
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
  );
  const statements = [
    ...new Map(result.rows.map((r) => [r.operation.startsWith('create') ? 'create' : r.operation, r.engineStatements])).entries(),
  ]
    .map(([op, list]) => `  engine ${op}:${list.map((sql, i) => `\n    ${i + 1}. ${shorten(sql)}`).join('')}`)
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

runBench(() => {
  const opts = options();
  return {
    scratchPrefix: 'bench',
    options: opts,
    measure: (target, registry) => benchDatabase(target, registry, opts),
    report,
    summary: {
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
    },
  };
});
