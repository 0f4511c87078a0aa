/**
 * `npm run bench:custom [-- --rows 100000 --second 50000 --samples 200 --writes 500 --no-pglite --no-postgres]`:
 * what a tenant's custom fields (Setup) cost, next to typed columns measured in the same run.
 *
 * On Contact, tenant A gets `--rows` rows (default 20,000; CUSTOM_BENCH_ROWS) carrying 10 custom
 * values each and tenant B `--second` rows (default half of --rows) with none. The rows are
 * bulk-loaded as the tables' owner with INSERT … SELECT generate_series (the values stored as the
 * engine stores them - checked against a row the engine writes), not through the engine: that is
 * only for speed. Then tenant A's admin adds the 10 fields with SetupService.addField - a Text
 * field `Region__c` marked indexed first, so its real expression index (partial to tenant A) is
 * built over the loaded rows - and the bench measures:
 * - filters through the engine (`engine.query(ctx, "SELECT Id FROM Contact WHERE Region__c = 'R42'")`,
 *   ctx carrying tenant A's registry from TenantMetadata: app role, row-level security, one
 *   tenant transaction) next to the same filter as one hand-written statement on the indexed
 *   expression (as the owner, autocommit), for the indexed custom Text field (Setup indexes text
 *   case-folded, `sys_cf_text_ci`, which SOQL's = compiles to), for a typed column with a
 *   comparable index (MailingCity holds the same values; the bench creates a plain index on it,
 *   partial to tenant A) and for the custom Number field, which has no index; about
 *   100 rows match each filter. Two more runs split the difference: the engine's own statement
 *   as plain SQL (owner, autocommit) and the hand-written statement as the app role in a tenant
 *   transaction (row-level security). Also the per-request look-up of the tenant's registry;
 * - the index each statement's plan uses ("no cond": the index only lists the tenant's rows);
 * - engine creates/s of Contacts with no optional values, with 10 typed standard values and with
 *   10 custom values (alternating blocks of 100, so a growing table affects each alike);
 * - sizes: the table, the custom index and the typed one, and each tenant's share of the rows;
 * - last, a what-if: the typed filter again after the bench adds an index on LOWER of the column
 *   (SOQL's = on a typed text column compiles to LOWER(col) = LOWER(v), which the plain index
 *   cannot serve).
 *
 * A plan check closes each report: whether the engine's statements use the custom index and the
 * typed one, and why not when they do not (read from the plans and pg_proc, not assumed).
 *
 * Databases, in one run (bench-kit.ts): PGlite in memory (its child process behind
 * pglite-socket, as tests use it), then PostgreSQL when DATABASE_URL is set or a server answers at
 * postgres://postgres@127.0.0.1:5432/postgres (a scratch database, dropped afterwards). Tables go
 * to stdout, progress to stderr, everything to bench-results/custom-fields.json. A measuring
 * tool, not a test: nothing here asserts a speed.
 */
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { customFieldFoldedSql, inTenant, RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import { metadataKey, type ObjectDef, type Registry } from '@platform/metadata';
import { SetupService, TenantMetadata } from '@platform/tenancy';
import {
  accessesIn,
  BLOCK,
  capturedSelects,
  compare,
  fmt,
  latencyOf,
  latencyStats,
  median,
  newTenant,
  note,
  pair,
  parseBenchArgs,
  poolPlan,
  prepare,
  progress,
  runBench,
  table,
  tenantPlans,
  timed,
  wholeNumber,
  type LatencyStats as Stats,
  type RunOptions,
  type Target,
} from './bench-kit';

const OBJECT = 'Contact';
const RECORD_TYPE = 'General';
/** Rows matching each filter value: tenant A's rows spread over rows / MATCHES values. */
const MATCHES = 100;
const LOAD_CHUNK = 25_000;

// ---------------------------------------------------------------------------------------------
// Options

interface Options extends RunOptions {
  rows: number;
  second: number;
  samples: number;
  writes: number;
  warmup: number;
}

function options(): Options {
  const { values, ...run } = parseBenchArgs(
    {
      rows: {
        type: 'string',
        default: process.env['CUSTOM_BENCH_ROWS'] || '20000',
      },
      second: { type: 'string' },
      samples: { type: 'string', default: '200' },
      writes: { type: 'string', default: '500' },
      warmup: { type: 'string', default: '20' },
    },
    'custom-fields.json',
  );
  const rows = wholeNumber('rows', values.rows, 100);
  return {
    rows,
    second: wholeNumber('second', values.second ?? String(Math.round(rows / 2)), 0),
    samples: wholeNumber('samples', values.samples, 1),
    writes: wholeNumber('writes', values.writes, 1),
    warmup: wholeNumber('warmup', values.warmup, 0),
    ...run,
  };
}

// ---------------------------------------------------------------------------------------------
// The tenant's 10 custom fields: how Setup adds each, its value in a bulk-loaded row (SQL of the
// series number g and $3, the number of distinct filter values) and in an engine write.

interface CustomField {
  apiName: string;
  /** The body of SetupService.addField. */
  definition: Record<string, unknown>;
  /** The jsonb value, as the engine's codec stores it (decimal strings, ISO dates). */
  sql: string;
  value: (i: number, spread: number) => unknown;
}

const CUSTOM_FIELDS: CustomField[] = [
  {
    apiName: 'Region__c',
    definition: { label: 'Region', type: 'Text', length: 20, indexed: true },
    sql: `'R' || (g % $3)`,
    value: (i, spread) => `R${i % spread}`,
  },
  {
    apiName: 'Score__c',
    definition: { label: 'Score', type: 'Number', precision: 8, scale: 0 },
    sql: `((g * 7) % $3)::text`,
    value: (i, spread) => String((i * 7) % spread),
  },
  {
    apiName: 'Nickname__c',
    definition: { label: 'Nickname', type: 'Text', length: 40 },
    sql: `'Nick ' || g`,
    value: (i) => `Nick ${i}`,
  },
  {
    apiName: 'Segment__c',
    definition: {
      label: 'Segment',
      type: 'Picklist',
      values: ['Metro', 'Regional', 'Remote'],
    },
    sql: `(ARRAY['Metro', 'Regional', 'Remote'])[1 + g % 3]`,
    value: (i) => ['Metro', 'Regional', 'Remote'][i % 3],
  },
  {
    apiName: 'Joined__c',
    definition: { label: 'Joined', type: 'Date' },
    sql: `to_char(date '2020-01-01' + (g % 2000), 'YYYY-MM-DD')`,
    value: (i) => new Date(Date.UTC(2020, 0, 1 + (i % 2000))).toISOString().slice(0, 10),
  },
  {
    apiName: 'Active_Member__c',
    definition: {
      label: 'Active Member',
      type: 'Checkbox',
      defaultValue: false,
    },
    sql: `g % 2 = 0`,
    value: (i) => i % 2 === 0,
  },
  {
    apiName: 'Referral_Source__c',
    definition: { label: 'Referral Source', type: 'Text', length: 60 },
    sql: `'Source ' || (g % 50)`,
    value: (i) => `Source ${i % 50}`,
  },
  {
    apiName: 'Grant_Amount__c',
    definition: {
      label: 'Grant Amount',
      type: 'Currency',
      precision: 12,
      scale: 2,
    },
    sql: `to_char((g % 1000000) / 100.0, 'FM999999990.00')`,
    value: (i) => ((i % 1000000) / 100).toFixed(2),
  },
  {
    apiName: 'Discount__c',
    definition: { label: 'Discount', type: 'Percent', precision: 5, scale: 2 },
    sql: `to_char((g % 10000) / 100.0, 'FM990.00')`,
    value: (i) => ((i % 10000) / 100).toFixed(2),
  },
  {
    apiName: 'Notes__c',
    definition: { label: 'Notes', type: 'TextArea' },
    sql: `'Notes for contact ' || g`,
    value: (i) => `Notes for contact ${i}`,
  },
];

const INDEXED = CUSTOM_FIELDS[0];
const UNINDEXED_NUMBER = CUSTOM_FIELDS[1];

/** 10 typed standard fields of Contact, for the create that writes typed values. */
const typedValues = (i: number) => ({
  FirstName: `First ${i}`,
  Email: `c${i}@example.org`,
  Phone: '02 9999 0000',
  MobilePhone: '0400 000 000',
  MailingStreet: `${i} Long Street`,
  MailingCity: `Town ${i % 50}`,
  MailingState: 'NSW',
  MailingPostalCode: '2000',
  MailingCountry: 'Australia',
  Birthdate: '1980-01-01',
});

const customValues = (i: number, spread: number) => Object.fromEntries(CUSTOM_FIELDS.map((f) => [f.apiName, f.value(i, spread)]));

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function columnOf(object: ObjectDef, apiName: string): string {
  const column = object.fields.get(metadataKey(apiName))?.column;
  if (!column) throw new Error(`${object.apiName}.${apiName} has no column`);
  return column;
}

// ---------------------------------------------------------------------------------------------
// Plans

/**
 * The indexes (or sequential scans) in a plan; an index scanned with no Index Cond (used only to
 * list the rows it covers, or for their order) is marked "no cond".
 */
function accessIn(plan: string): string {
  const found = accessesIn(plan).map((a) => (a.seqScan ? `Seq Scan on ${a.seqScan}` : a.cond ? `${a.index}` : `${a.index} (no cond)`));
  return [...new Set(found)].join(', ') || '(no table access)';
}

/** The plan of a statement as the app role sees it in the tenant's transaction (row-level security). */
async function tenantPlan(engine: RecordEngine, ctx: RequestContext, sql: string, values: unknown[]): Promise<string> {
  const [plan] = await tenantPlans(engine, ctx, [{ text: sql, values }]);
  return accessIn(plan);
}

/** The plan of the engine's statement for a SOQL query. */
async function enginePlan(engine: RecordEngine, ctx: RequestContext, soql: string): Promise<{ access: string; sql: string }> {
  const [statement] = await capturedSelects(() => engine.query(ctx, soql));
  if (!statement) return { access: '(no statement captured)', sql: '' };
  return {
    access: await tenantPlan(engine, ctx, statement.text, statement.values),
    sql: statement.text.replace(/\s+/g, ' ').trim(),
  };
}

async function sqlPlan(pool: Pool, sql: string, values: unknown[]): Promise<string> {
  return accessIn(await poolPlan(pool, sql, values));
}

// ---------------------------------------------------------------------------------------------
// One database

interface FilterResult {
  label: string;
  soql: string;
  sql: string;
  engine: Stats;
  /** The engine's own statement as plain SQL, as the owner, autocommit. */
  replay: Stats;
  /** The hand-written statement as the app role in a tenant transaction (row-level security). */
  rls: Stats;
  reference: Stats;
  /** Mean rows per query (the engine's). */
  rows: number;
  /** Samples where the engine and the statement found a different number of rows. */
  mismatches: number;
  enginePlan: string;
  replayPlan: string;
  rlsPlan: string;
  referencePlan: string;
  engineSql: string;
}

interface WriteResult {
  label: string;
  n: number;
  opsPerSec: number;
  stats: Stats;
}

interface SizeResult {
  tableMb: number;
  tableWithIndexesMb: number;
  customIndexMb: number;
  typedIndexMb: number;
  primaryKeyMb: number;
  tenants: {
    label: string;
    rows: number;
    avgRowBytes: number;
    customBytesPerRow: number;
    shareOfRows: number;
    /** Entries in the custom index: partial to tenant A, so B has none. */
    customIndexEntries: number;
  }[];
}

interface DatabaseResult {
  database: 'pglite' | 'postgres';
  description: string;
  serverVersion: string;
  rows: number;
  second: number;
  filterValues: number;
  load: { tenant: string; rows: number; ms: number }[];
  setup: {
    field: string;
    type: string;
    indexed: boolean;
    ms: number;
  }[];
  typedIndexMs: number;
  /** MailingCity's column, which holds the same values as Region__c. */
  typedColumn: string;
  /** The bench's plain index on it, partial to tenant A. */
  typedIndex: string;
  customIndex: string;
  /** pg_proc.proleakproof of the functions the filters call. */
  leakproof: Record<string, boolean>;
  sanityCheck: string;
  registryLookup: Stats;
  filters: FilterResult[];
  /** The typed filter again, with an index on LOWER of the column made by the bench. */
  whatIf: FilterResult & { index: string; indexMs: number };
  writes: WriteResult[];
  size: SizeResult;
}

async function benchDatabase(target: Target, registry: Registry, opts: Options): Promise<DatabaseResult> {
  const { tag, db } = target;
  // Bulk loads, sizes and the hand-written statements run as the tables' owner.
  const { pool, serverVersion } = await prepare(target, registry);
  const engine = new RecordEngine(registry, db.dataSource);
  const metadata = new TenantMetadata(db.dataSource, registry, note);
  engine.useTenantRegistries((tenantId, manager) => metadata.registryFor(tenantId, manager));
  const setup = new SetupService(db.dataSource, db.owner, metadata);
  const object = registry.object(OBJECT);
  if (!object) throw new Error(`no object ${OBJECT} in the metadata`);
  const table = object.table;
  const lastName = columnOf(object, 'LastName');
  const firstName = columnOf(object, 'FirstName');
  const city = columnOf(object, 'MailingCity');
  const spread = Math.max(1, Math.round(opts.rows / MATCHES));

  const tenant = (label: string) => newTenant(pool, `bench-custom-${label}-${randomBytes(3).toString('hex')}`);
  const tenantA = await tenant('a');
  const tenantB = await tenant('b');

  // ---- bulk load, as the owner (for speed): A with 10 custom values, B with none ----
  const customSql = `jsonb_build_object(${CUSTOM_FIELDS.map((f) => `'${f.apiName}', ${f.sql}`).join(', ')})`;
  const load: DatabaseResult['load'] = [];
  for (const [label, tenantId, rows, custom] of [
    ['A', tenantA, opts.rows, customSql],
    ['B', tenantB, opts.second, `'{}'::jsonb`],
  ] as const) {
    const [, ms] = await timed(async () => {
      for (let from = 1; from <= rows; from += LOAD_CHUNK) {
        progress(`${tag} loading tenant ${label}`, from - 1, rows);
        const to = Math.min(rows, from + LOAD_CHUNK - 1);
        await pool.query(
          `INSERT INTO ${q(table)} ("tenant_id", "record_type", ${q(lastName)}, ${q(firstName)}, ${q(city)}, "custom")
           SELECT $1, '${RECORD_TYPE}', 'Bulk ' || g, 'First ' || g, 'R' || (g % $3), ${custom}
             FROM generate_series($2::int, $4::int) g`,
          [tenantId, from, spread, to],
        );
      }
      progress(`${tag} loading tenant ${label}`, rows, rows);
    });
    load.push({ tenant: label, rows, ms: Number(ms.toFixed(1)) });
    note(`${tag} tenant ${label}: ${fmt(rows)} Contacts loaded in ${(ms / 1000).toFixed(1)} s`);
  }
  await pool.query(`ANALYZE ${q(table)}`);

  // ---- Setup: the fields, through SetupService (the indexed one builds its index) ----
  const setupTimes: DatabaseResult['setup'] = [];
  for (const field of CUSTOM_FIELDS) {
    const [view, ms] = await timed(() =>
      setup.addField(tenantA, OBJECT, {
        apiName: field.apiName,
        ...field.definition,
      }),
    );
    if (view.apiName !== field.apiName) throw new Error(`addField made ${view.apiName}, not ${field.apiName}`);
    setupTimes.push({
      field: field.apiName,
      type: String(field.definition['type']),
      indexed: !!field.definition['indexed'],
      ms: Number(ms.toFixed(1)),
    });
  }
  note(
    `${tag} Setup: ${INDEXED.apiName} (indexed) added in ${fmt(setupTimes[0].ms)} ms, the other 9 in ${fmt(median(setupTimes.slice(1).map((s) => s.ms)), 1)} ms each (median)`,
  );
  const registryA = await metadata.registryFor(tenantA);
  const contactA = registryA.object(OBJECT);
  const indexedField = contactA?.fields.get(metadataKey(INDEXED.apiName));
  if (!contactA || !indexedField) throw new Error(`tenant A's registry has no ${INDEXED.apiName}`);
  // Since issue 21 an indexed custom field's values live in the shared pivot, not an index on the table.
  const customIndex = 'sys_cf_index__str';
  // The typed reference: an index of the same shape (one column, partial to tenant A) on MailingCity.
  const typedIndex = `bench_${table}_${city}_a`; // dropped with the database
  const [, typedIndexMs] = await timed(() =>
    pool.query(`CREATE INDEX ${q(typedIndex)} ON ${q(table)} (${q(city)}) WHERE "tenant_id" = '${tenantA}'`),
  );
  note(`${tag} typed reference index on ${city} built in ${fmt(typedIndexMs)} ms`);
  await pool.query(`ANALYZE ${q(table)}`);

  const size = await sizes(pool, table, customIndex, typedIndex, {
    A: tenantA,
    B: tenantB,
  });

  // ---- one check that bulk rows hold what engine rows hold ----
  const ctxA: RequestContext = {
    ...requestContext(tenantA, null),
    registry: registryA,
  };
  const sanityCheck = await compareRows(engine, ctxA, pool, table, lastName, spread);
  if (sanityCheck !== 'ok') note(`${tag} WARNING: ${sanityCheck}`);

  // ---- filters ----
  const specs = filterSpecs(table, city);
  const filters = await measureFilters(tag, engine, ctxA, pool, specs, spread, opts);
  const registryLookup = await (async () => {
    const latencies: number[] = [];
    for (let i = 0; i < opts.samples; i++) {
      const [, ms] = await timed(() => metadata.registryFor(tenantA));
      latencies.push(ms);
    }
    return latencyStats(latencies);
  })();

  // ---- writes ----
  const writes = await measureWrites(tag, engine, ctxA, spread, opts);

  // ---- what if: SOQL's = on text is case-insensitive; on a typed column it compiles to
  // LOWER(col) = LOWER(v), which the plain index cannot serve. With an index on LOWER(col) the
  // engine's statement could use one. Made by the bench, last, so nothing above sees it. ----
  const lowerIndex = `bench_${table}_lower_${city}_a`;
  const [, lowerIndexMs] = await timed(() =>
    pool.query(`CREATE INDEX ${q(lowerIndex)} ON ${q(table)} (LOWER(${q(city)})) WHERE "tenant_id" = '${tenantA}'`),
  );
  await pool.query(`ANALYZE ${q(table)}`);
  const [whatIf] = await measureFilters(
    `${tag} what-if`,
    engine,
    ctxA,
    pool,
    [
      {
        ...specs[1],
        label: `MailingCity = 'R…', with an index on LOWER(column) (what-if)`,
      },
    ],
    spread,
    opts,
  );
  // Under row-level security an index condition needs leakproof functions: the custom-field
  // readers are marked so by the migration when it runs as a superuser.
  const leakproof = Object.fromEntries(
    (
      await pool.query(
        `SELECT oid::regprocedure::text AS fn, proleakproof FROM pg_proc
          WHERE oid IN ('sys_cf_text_ci(jsonb,text)'::regprocedure, 'sys_cf_numeric(jsonb,text)'::regprocedure, 'lower(text)'::regprocedure)`,
      )
    ).rows.map((r: { fn: string; proleakproof: boolean }) => [r.fn, r.proleakproof]),
  ) as Record<string, boolean>;

  return {
    database: target.kind,
    description: target.description,
    serverVersion,
    rows: opts.rows,
    second: opts.second,
    filterValues: spread,
    load,
    setup: setupTimes,
    typedIndexMs: Number(typedIndexMs.toFixed(1)),
    typedColumn: city,
    typedIndex,
    customIndex,
    leakproof,
    sanityCheck,
    registryLookup,
    filters,
    whatIf: {
      ...whatIf,
      index: lowerIndex,
      indexMs: Number(lowerIndexMs.toFixed(1)),
    },
    writes,
    size,
  };
}

interface FilterSpec {
  label: string;
  field: string;
  /** The value as a SOQL literal. */
  literal: (v: string) => string;
  /** The hand-written statement: $1 the tenant, $2 the value. */
  sql: string;
  value: (k: number) => string;
  soql: (k: number) => string;
}

function filterSpecs(table: string, city: string): FilterSpec[] {
  return [
    {
      label: `${INDEXED.apiName} = 'R…' (custom Text, indexed)`,
      field: INDEXED.apiName,
      literal: (v: string) => `'${v}'`,
      // On the expression Setup indexes (case-folded, as SOQL compares text).
      sql: `SELECT "id" FROM ${q(table)} WHERE "tenant_id" = $1 AND ${customFieldFoldedSql({ apiName: INDEXED.apiName }, '"custom"')} = LOWER($2)`,
      value: (k: number) => `R${k}`,
    },
    {
      label: `MailingCity = 'R…' (typed column, indexed)`,
      field: 'MailingCity',
      literal: (v: string) => `'${v}'`,
      sql: `SELECT "id" FROM ${q(table)} WHERE "tenant_id" = $1 AND ${q(city)} = $2`,
      value: (k: number) => `R${k}`,
    },
    {
      label: `${UNINDEXED_NUMBER.apiName} = … (custom Number, no index)`,
      field: UNINDEXED_NUMBER.apiName,
      literal: (v: string) => v,
      sql: `SELECT "id" FROM ${q(table)} WHERE "tenant_id" = $1 AND ("custom" ->> '${UNINDEXED_NUMBER.apiName}')::numeric = $2`,
      value: (k: number) => String(k),
    },
  ].map((spec) => ({
    ...spec,
    soql: (k: number) => `SELECT Id FROM Contact WHERE ${spec.field} = ${spec.literal(spec.value(k))}`,
  }));
}

async function measureFilters(
  tag: string,
  engine: RecordEngine,
  ctx: RequestContext,
  pool: Pool,
  specs: FilterSpec[],
  spread: number,
  opts: Options,
): Promise<FilterResult[]> {
  // The engine's own statement for each filter, captured once with a marker value, to be run
  // as plain SQL ("replay"): the same predicate and plan without the engine's transaction and code.
  const MARKER = '987654321';
  const replays: { text: string; values: unknown[]; at: number }[] = [];
  for (const spec of specs) {
    const [statement] = await capturedSelects(() =>
      engine.query(ctx, `SELECT Id FROM Contact WHERE ${spec.field} = ${spec.literal(spec.value(Number(MARKER)))}`),
    );
    const at = statement?.values.findIndex((v) => String(v).endsWith(MARKER));
    if (!statement || at === undefined || at < 0) throw new Error(`could not capture the engine's statement for ${spec.field}`);
    replays.push({ text: statement.text, values: statement.values, at });
  }

  const samples = Array.from({ length: opts.samples }, () => Math.floor(Math.random() * spread));
  const contenders = specs.flatMap((spec, s) => [
    {
      spec: s,
      side: 'engine' as const,
      run: async (k: number) => (await engine.query(ctx, spec.soql(k))).records.length,
    },
    {
      spec: s,
      side: 'replay' as const,
      run: async (k: number) => {
        const values = [...replays[s].values];
        values[replays[s].at] = spec.value(k);
        return (await pool.query(replays[s].text, values)).rowCount ?? 0;
      },
    },
    {
      spec: s,
      side: 'rls' as const,
      run: async (k: number) =>
        inTenant(engine.dataSource, ctx, async (m) => ((await m.query(spec.sql, [ctx.tenantId, spec.value(k)])) as unknown[]).length),
    },
    {
      spec: s,
      side: 'reference' as const,
      run: async (k: number) => (await pool.query(spec.sql, [ctx.tenantId, spec.value(k)])).rowCount ?? 0,
    },
  ]);

  for (let i = 0; i < opts.warmup; i++) {
    progress(`${tag} filters, warm-up`, i, opts.warmup);
    for (const c of contenders) await c.run(samples[i % samples.length]);
  }
  if (opts.warmup) progress(`${tag} filters, warm-up`, opts.warmup, opts.warmup);

  const latencies = contenders.map(() => [] as number[]);
  const counts = contenders.map(() => [] as number[]);
  for (const [n, k] of samples.entries()) {
    progress(`${tag} filters`, n, samples.length);
    // Rotate which goes first, so caches and a warming machine favour none.
    for (let j = 0; j < contenders.length; j++) {
      const c = (j + n) % contenders.length;
      const [found, ms] = await timed(() => contenders[c].run(k));
      latencies[c].push(ms);
      counts[c].push(found);
    }
  }
  progress(`${tag} filters`, samples.length, samples.length);

  const results: FilterResult[] = [];
  for (const [s, spec] of specs.entries()) {
    const of = (side: string) => contenders.findIndex((c) => c.spec === s && c.side === side);
    const [e, p, l, r] = [of('engine'), of('replay'), of('rls'), of('reference')];
    const mismatches = counts[e].filter((n, i) => n !== counts[r][i] || n !== counts[p][i] || n !== counts[l][i]).length;
    if (mismatches) note(`${tag} WARNING: ${spec.label}: the engine and the statements found different row counts ${mismatches} times`);
    const k = samples[0];
    const plan = await enginePlan(engine, ctx, spec.soql(k));
    const replayValues = [...replays[s].values];
    replayValues[replays[s].at] = spec.value(k);
    results.push({
      label: spec.label,
      soql: spec.soql(k),
      sql: spec.sql,
      engine: latencyStats(latencies[e]),
      replay: latencyStats(latencies[p]),
      rls: latencyStats(latencies[l]),
      reference: latencyStats(latencies[r]),
      rows: Number((counts[e].reduce((a, b) => a + b, 0) / counts[e].length).toFixed(1)),
      mismatches,
      enginePlan: plan.access,
      replayPlan: await sqlPlan(pool, replays[s].text, replayValues),
      rlsPlan: await tenantPlan(engine, ctx, spec.sql, [ctx.tenantId, spec.value(k)]),
      referencePlan: await sqlPlan(pool, spec.sql, [ctx.tenantId, spec.value(k)]),
      engineSql: plan.sql,
    });
  }
  return results;
}

async function measureWrites(
  tag: string,
  engine: RecordEngine,
  ctx: RequestContext,
  spread: number,
  opts: Options,
): Promise<WriteResult[]> {
  let serial = 0;
  const base = () => ({
    LastName: `Written ${serial}`,
    RecordTypeId: RECORD_TYPE,
  });
  const contenders: { label: string; body: () => Record<string, unknown> }[] = [
    { label: 'no optional values', body: () => base() },
    {
      label: '10 typed standard values',
      body: () => ({ ...base(), ...typedValues(serial) }),
    },
    {
      label: '10 custom values',
      body: () => ({ ...base(), ...customValues(serial, spread) }),
    },
  ];
  const create = async (body: () => Record<string, unknown>) => {
    serial++;
    await engine.create(ctx, OBJECT, body());
  };
  for (let i = 0; i < opts.warmup; i++) {
    progress(`${tag} creates, warm-up`, i, opts.warmup);
    for (const c of contenders) await create(c.body);
  }
  if (opts.warmup) progress(`${tag} creates, warm-up`, opts.warmup, opts.warmup);

  const measured = await compare(
    `${tag} creates`,
    opts.writes,
    1,
    Object.fromEntries(contenders.map((c) => [c.label, () => create(c.body)])),
  );
  return contenders.map(({ label }) => ({
    label,
    n: measured[label].n,
    opsPerSec: measured[label].opsPerSec,
    stats: latencyOf(measured[label]),
  }));
}

/** A bulk row's custom values must have the keys and JSON types of an engine-written row's. */
async function compareRows(
  engine: RecordEngine,
  ctx: RequestContext,
  pool: Pool,
  table: string,
  lastName: string,
  spread: number,
): Promise<string> {
  const { id } = await engine.create(ctx, OBJECT, {
    LastName: 'Check',
    RecordTypeId: RECORD_TYPE,
    ...customValues(1, spread),
  });
  const shape = `SELECT (SELECT jsonb_object_agg(key, jsonb_typeof(value) ORDER BY key) FROM jsonb_each("custom"))::text AS shape, "custom"::text AS custom
                   FROM ${q(table)} WHERE "tenant_id" = $1 AND `;
  const written = (await pool.query(`${shape} "id" = $2`, [ctx.tenantId, id])).rows[0] as { shape: string; custom: string };
  const loaded = (await pool.query(`${shape} ${q(lastName)} = 'Bulk 1'`, [ctx.tenantId])).rows[0] as
    | { shape: string; custom: string }
    | undefined;
  // Clean up the check row so sizes and counts stay the loaded ones.
  await engine.delete(ctx, OBJECT, id);
  if (!loaded) return 'no bulk row found';
  if (written.shape !== loaded.shape)
    return `a bulk row's custom values differ from an engine row's:\n  engine ${written.shape}\n  bulk   ${loaded.shape}`;
  if (written.custom !== loaded.custom)
    return `the same values are stored differently:\n  engine ${written.custom}\n  bulk   ${loaded.custom}`;
  return 'ok';
}

async function sizes(
  pool: Pool,
  table: string,
  customIndex: string,
  typedIndex: string,
  tenants: Record<string, string>,
): Promise<SizeResult> {
  const mb = (bytes: unknown) => Number((Number(bytes) / 1048576).toFixed(2));
  const rel = async (name: string, fn = 'pg_relation_size') =>
    ((await pool.query(`SELECT ${fn}($1::regclass) AS bytes`, [q(name)])).rows[0] as { bytes: string }).bytes;
  const [{ pk }] = (
    await pool.query(
      `SELECT c.relname AS pk FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass AND i.indisprimary`,
      [q(table)],
    )
  ).rows as { pk: string }[];
  const perTenant = (
    await pool.query(
      `SELECT "tenant_id"::text AS tenant, count(*)::int AS rows, avg(pg_column_size(t.*))::float AS row_bytes,
              avg(pg_column_size("custom"))::float AS custom_bytes, sum(pg_column_size(t.*))::float AS bytes
         FROM ${q(table)} t WHERE "tenant_id" = ANY($1::uuid[]) GROUP BY 1`,
      [Object.values(tenants)],
    )
  ).rows as {
    tenant: string;
    rows: number;
    row_bytes: number;
    custom_bytes: number;
    bytes: number;
  }[];
  const all = perTenant.reduce((a, r) => a + r.bytes, 0);
  return {
    tableMb: mb(await rel(table)),
    tableWithIndexesMb: mb(await rel(table, 'pg_total_relation_size')),
    customIndexMb: mb(await rel(customIndex)),
    typedIndexMb: mb(await rel(typedIndex)),
    primaryKeyMb: mb(await rel(pk)),
    tenants: Object.entries(tenants).map(([label, id], i) => {
      const r = perTenant.find((p) => p.tenant === id);
      return {
        label,
        rows: r?.rows ?? 0,
        avgRowBytes: Math.round(r?.row_bytes ?? 0),
        customBytesPerRow: Math.round(r?.custom_bytes ?? 0),
        shareOfRows: Number((all ? (r?.bytes ?? 0) / all : 0).toFixed(3)),
        customIndexEntries: i === 0 ? (r?.rows ?? 0) : 0,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Output

/**
 * Whether the engine's statements use the custom index and the typed one with an Index Cond, and
 * when not, why: each reason is read from the statement, the plans or pg_proc, not assumed.
 */
function planCheck(result: DatabaseResult): string[] {
  const [custom, typed] = result.filters;
  const w = result.whatIf;
  const uses = (plan: string, index: string) => plan.split(', ').includes(index);
  const leaky = (fn: string) =>
    result.leakproof[fn] === false
      ? ` ${fn} is not LEAKPROOF here, so under row-level security a condition through it is checked only after the tenant policy and is never an index condition;`
      : '';
  const asOwner = (f: FilterResult, index: string) =>
    uses(f.replayPlan, index)
      ? ` the same statement as the owner (no row-level security) uses it`
      : ` the same statement as the owner does not use it either (${f.replayPlan})`;

  const customLine = uses(custom.enginePlan, result.customIndex)
    ? `the engine's statement uses ${result.customIndex} (as the app role, under row-level security).`
    : `the engine's statement does not use ${result.customIndex} (its plan: ${custom.enginePlan});` +
      leaky('sys_cf_text_ci(jsonb,text)') +
      asOwner(custom, result.customIndex) +
      '.';

  const lowered = new RegExp(`LOWER\\([^()]*"${result.typedColumn}"\\)`, 'i').test(typed.engineSql);
  const typedLine = uses(typed.enginePlan, result.typedIndex)
    ? `the engine's statement uses the plain index ${result.typedIndex}.`
    : `the engine's statement does not use the plain index ${result.typedIndex} (its plan: ${typed.enginePlan})` +
      (lowered
        ? `: SOQL's = on a typed text column compiles to LOWER(col) = LOWER(v), which a plain index on the column cannot serve.`
        : '.') +
      (uses(w.enginePlan, w.index)
        ? ` With an index on LOWER(col) it does (what-if).`
        : ` With an index on LOWER(col) it still does not (what-if: ${w.enginePlan}):` + leaky('lower(text)') + asOwner(w, w.index) + '.');
  return [
    `Engine statement for the custom filter: ${custom.engineSql}`,
    `Engine statement for the typed filter:  ${typed.engineSql}`,
    '',
    'Plan check (an index is used when the plan scans it with an Index Cond):',
    `- ${INDEXED.apiName}: ${customLine}`,
    `- MailingCity: ${typedLine}`,
  ];
}

function report(result: DatabaseResult): string {
  const lines = [
    `${result.description}: Contact, tenant A ${fmt(result.rows)} rows with 10 custom values each, tenant B ${fmt(result.second)} rows with none`,
    `server: ${result.serverVersion.split(',')[0]}; bulk load ${result.load.map((l) => `${l.tenant} ${fmt(l.ms / 1000, 1)} s`).join(', ')}; bulk rows match engine rows: ${result.sanityCheck === 'ok' ? 'yes' : 'NO'}`,
    '',
  ];
  const indexed = result.setup.find((s) => s.indexed);
  const others = result.setup.filter((s) => !s.indexed);
  lines.push(
    `Setup: addField ${indexed?.field} (Text, indexed; builds ${result.customIndex} over ${fmt(result.rows)} rows) ${fmt(indexed?.ms ?? 0)} ms;` +
      ` the other 9 fields ${fmt(median(others.map((s) => s.ms)), 1)} ms each (median);` +
      ` the typed reference index (CREATE INDEX on ${result.typedColumn}) ${fmt(result.typedIndexMs)} ms`,
    '',
  );
  // The engine and its own statement; then, but for the what-if, the hand-written statement.
  const filterRows = (f: FilterResult, handWritten: boolean) => [
    [f.label, 'engine SOQL', fmt(f.engine.n), pair(f.engine), fmt(f.rows, 0), f.enginePlan],
    ['', 'its statement, owner', fmt(f.replay.n), pair(f.replay), '', f.replayPlan],
    ...(handWritten
      ? [
          ['', 'hand SQL, app role+RLS', fmt(f.rls.n), pair(f.rls), '', f.rlsPlan],
          [
            '',
            'hand SQL, owner',
            fmt(f.reference.n),
            pair(f.reference),
            f.mismatches ? `${f.mismatches} differ!` : 'same',
            f.referencePlan,
          ],
        ]
      : []),
  ];
  const rows = [...result.filters.flatMap((f) => filterRows(f, true)), ...filterRows(result.whatIf, false)];
  rows.push([
    'TenantMetadata.registryFor (cached)',
    'once per request',
    fmt(result.registryLookup.n),
    pair(result.registryLookup),
    '',
    'sys_tenant by id',
  ]);
  lines.push(table(['filter (tenant A)', 'through', 'n', 'p50 / p95 ms', 'rows', 'plan uses'], rows), '');
  const plain = result.writes[0];
  lines.push(
    table(
      ['engine create (tenant A)', 'n', 'ops/s', 'p50 / p95 ms', 'vs none'],
      result.writes.map((w) => [w.label, fmt(w.n), fmt(w.opsPerSec), pair(w.stats), fmt(w.opsPerSec / plain.opsPerSec, 2)]),
    ),
    '',
  );
  const s = result.size;
  lines.push(
    table(
      ['size', 'MB'],
      [
        ['contact table (heap)', fmt(s.tableMb, 1)],
        ['  with all its indexes', fmt(s.tableWithIndexesMb, 1)],
        [`custom index on ${INDEXED.apiName} (partial: tenant A)`, fmt(s.customIndexMb, 2)],
        [`typed reference index on ${result.typedColumn} (partial: tenant A)`, fmt(s.typedIndexMb, 2)],
        ['primary key (both tenants)', fmt(s.primaryKeyMb, 2)],
      ],
    ),
    '',
    table(
      ['tenant', 'rows', 'avg row bytes', 'custom jsonb bytes/row', "share of rows' bytes", 'custom index entries'],
      s.tenants.map((t) => [
        t.label,
        fmt(t.rows),
        fmt(t.avgRowBytes),
        fmt(t.customBytesPerRow),
        `${fmt(t.shareOfRows * 100, 1)}%`,
        fmt(t.customIndexEntries),
      ]),
    ),
    '',
    ...planCheck(result),
  );
  return lines.join('\n');
}

runBench(() => {
  const opts = options();
  return {
    scratchPrefix: 'bench_custom',
    options: opts,
    measure: (target, registry) => benchDatabase(target, registry, opts),
    report,
    summary: {
      options: {
        rows: opts.rows,
        second: opts.second,
        samples: opts.samples,
        writes: opts.writes,
        warmup: opts.warmup,
        block: BLOCK,
        matchesPerFilter: MATCHES,
      },
      notes: [
        'Rows are bulk-loaded as the owner with INSERT … SELECT generate_series, for speed; the custom fields are then added with SetupService.addField (the indexed one builds its index over the loaded rows).',
        "engine = RecordEngine.query with the tenant's registry on the context (app role, row-level security, one tenant transaction); hand-written SQL = one statement on the indexed expression (for Region__c the case-folded sys_cf_text_ci that Setup indexes), as the owner, autocommit.",
        "The typed reference index is a plain index on MailingCity's column, partial to tenant A like the custom field's expression index.",
        'Creates: the same engine, alternating blocks of 100; ops/s = creates / wall time of their blocks.',
        "replay = the engine's own statement for the filter as plain SQL (owner, autocommit): the same predicate, without the engine's transaction and code.",
        "whatIf = the typed MailingCity filter again after the bench adds an index on LOWER of its column (SOQL's = on a typed text column compiles to LOWER(col) = LOWER(v)).",
      ],
    },
  };
});
