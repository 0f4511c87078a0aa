/**
 * `npm run bench:ar [-- --invoices 1000000 --second 50000 --samples 200 --no-postgres --no-pglite]`:
 * the AR read paths at scale. Generates a tenant with `--invoices` issued-or-not invoices (default
 * AR_BENCH_INVOICES, else 1,000,000; 1 party per 50 invoices) and a second tenant with `--second`
 * (AR_BENCH_SECOND_INVOICES, else 50,000), with payments, allocations, credit notes, the Finance
 * Journal, services and claims (tools/bench/ar-bench-data.ts), then measures:
 * - the debtor summary through DebtorSummaryService (the app role, row-level security, one tenant
 *   transaction) for `--samples` random debtors of each tenant, next to a hand-written single SQL
 *   statement computing the same figures (as the owner, autocommit), and checks both agree;
 * - the plan PostgreSQL picks for each of the service's statements (the index it uses);
 * - aged receivables as at today, 90 and 365 days ago through AgedReceivablesService, with its
 *   reconciliation to the Debtors Control balance;
 * - the receivables analytics as at today (12 month-ends, DSO, CEI, top overdue, payments per
 *   month) through AnalyticsService, with how many month-ends differ from Debtors Control, and the
 *   GST summary of the last 3 months through GstSummaryService.
 *
 * Databases, in one run: PGlite (a child process behind pglite-socket, its data in a temporary
 * folder), then PostgreSQL when DATABASE_URL is set or a server answers at
 * postgres://postgres@127.0.0.1:5432/postgres (a scratch database, dropped afterwards). Tables go
 * to stdout, progress to stderr, everything to bench-results/ar.json. A measuring tool, not a
 * test: nothing here asserts a speed.
 */
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import {
  AgedReceivablesService,
  AnalyticsService,
  AR,
  GstSummaryService,
  DebtorSummaryService,
  money,
  SqlTable,
  type AgedReceivables,
  type DebtorSummary,
} from '@lumary-ar/server';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import {
  accessesIn,
  capturedSelects,
  fmt,
  latencyStats as stats,
  ms,
  newTenant,
  note,
  parseBenchArgs,
  prepare,
  runBench,
  table,
  tenantPlans,
  timed,
  wholeNumber,
  type LatencyStats as Stats,
  type Statement,
  type RunOptions,
  type Target,
} from './bench-kit';
import { columnOf, generateTenant, objectOf, partiesFor, type Parties } from './ar-bench-data';

const WARMUP = 20;

// ---------------------------------------------------------------------------------------------
// Options

interface Options extends RunOptions {
  invoices: number;
  second: number;
  samples: number;
  agedRuns: number;
}

function options(): Options {
  const { values, ...run } = parseBenchArgs(
    {
      invoices: { type: 'string', default: process.env['AR_BENCH_INVOICES'] || '1000000' },
      second: { type: 'string', default: process.env['AR_BENCH_SECOND_INVOICES'] || '50000' },
      samples: { type: 'string', default: '200' },
      'aged-runs': { type: 'string', default: '3' },
    },
    'ar.json',
  );
  return {
    invoices: wholeNumber('invoices', values.invoices, 100),
    second: wholeNumber('second', values.second, 100),
    samples: wholeNumber('samples', values.samples, 1),
    agedRuns: wholeNumber('aged-runs', values['aged-runs'], 1),
    ...run,
  };
}

// ---------------------------------------------------------------------------------------------
// The hand-written reference: one statement, the same figures and lists, knowing the kind.

interface Reference {
  total: string;
  overdue: string;
  own: string;
  ownOverdue: string;
  accrued: string;
  claims: string;
  paidDays: number | null;
  paidCount: number;
  invoices: string[];
}

class ReferenceQueries {
  readonly client: string;
  readonly payer: string;
  /** Aged receivables' bucket totals and unallocated credit at $2, in one hand-written statement. */
  readonly aged: string;

  constructor(registry: Registry) {
    const t = (name: string) => new SqlTable(objectOf(registry, name));
    const i = t(AR.invoice);
    const s = t(AR.service);
    const k = t(AR.claim);
    const c = t('Contact');
    const a = t('Account');
    const col = (field: string) => `i.${i.col(field)}`;
    const debtorType = `i.${columnOf(i, 'lumary__Debtor__c.type')}`;
    const open = (key: string) => `
      SELECT i.id, ${col('Name')} AS name, ${col('lumary__Debtor__c')} AS debtor, ${col('lumary__Balance__c')} AS balance,
             ${col('lumary__Due_Date__c')} AS due, coalesce(btrim(coalesce(dc.${c.col('FirstName')}, '') || ' ' || coalesce(dc.${c.col('LastName')}, '')), da.${a.col('Name')}) AS debtor_name,
             btrim(coalesce(cl.${c.col('FirstName')}, '') || ' ' || coalesce(cl.${c.col('LastName')}, '')) AS client_name
        FROM ${i.name} i
        LEFT JOIN ${c.name} cl ON cl.tenant_id = i.tenant_id AND cl.id = ${col('lumary__Client__c')}
        LEFT JOIN ${c.name} dc ON dc.tenant_id = i.tenant_id AND dc.id = ${col('lumary__Debtor__c')} AND ${debtorType} = 'Contact'
        LEFT JOIN ${a.name} da ON da.tenant_id = i.tenant_id AND da.id = ${col('lumary__Debtor__c')} AND ${debtorType} = 'Account'
       WHERE i.tenant_id = $1 AND ${col(key)} = $2 AND ${col('lumary__Status__c')} IN ('Open', 'Part Paid') AND ${col('lumary__Balance__c')} > 0`;
    const paid = `(SELECT round(avg(${col('lumary__Paid_Date__c')} - ${col('lumary__Invoice_Date__c')}))::int AS days, count(*)::int AS n
                     FROM ${i.name} i
                    WHERE i.tenant_id = $1 AND ${col('lumary__Debtor__c')} = $2 AND ${col('lumary__Status__c')} = 'Paid' AND ${col('lumary__Amount_Paid__c')} > 0
                      AND ${col('lumary__Paid_Date__c')} > $3::date - 365 AND ${col('lumary__Paid_Date__c')} <= $3::date) p`;
    const figures = `coalesce(sum(o.balance), 0)::text AS total, coalesce(sum(o.balance) FILTER (WHERE o.due < $3::date), 0)::text AS overdue,
                     coalesce(sum(o.balance) FILTER (WHERE o.debtor = $2), 0)::text AS own,
                     coalesce(sum(o.balance) FILTER (WHERE o.debtor = $2 AND o.due < $3::date), 0)::text AS own_overdue,
                     coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'debtor', o.debtor_name, 'client', o.client_name, 'balance', o.balance)
                                       ORDER BY o.due NULLS LAST, o.name) FILTER (WHERE o.id IS NOT NULL), '[]') AS invoices`;
    this.client = `
      SELECT ${figures}, min(p.days) AS paid_days, min(p.n) AS paid_n,
             (SELECT coalesce(sum(s.${s.col('lumary__Amount__c')}), 0)::text FROM ${s.name} s
               WHERE s.tenant_id = $1 AND s.${s.col('lumary__Client__c')} = $2 AND s.${s.col('lumary__Status__c')} = 'Delivered') AS accrued,
             (SELECT coalesce(sum(k.${k.col('lumary__Amount__c')}), 0)::text FROM ${k.name} k
               WHERE k.tenant_id = $1 AND k.${k.col('lumary__Client__c')} = $2 AND k.${k.col('lumary__Status__c')} IN ('Open', 'Error')) AS claims
        FROM ${paid} LEFT JOIN (${open('lumary__Client__c')}) o ON true`;
    this.payer = `
      SELECT ${figures}, min(p.days) AS paid_days, min(p.n) AS paid_n, '0' AS accrued, '0' AS claims
        FROM ${paid} LEFT JOIN (${open('lumary__Debtor__c')}) o ON true`;

    const al = t(AR.allocation);
    const cn = t(AR.creditNote);
    const py = t(AR.payment);
    // Counted at $2: allocations dated by then and not reversed by then (a reversal without a date counts always).
    const allocationStands = (x: string) =>
      `x.${al.col('lumary__Allocation_Date__c')} <= $2::date AND NOT (x.${al.col('lumary__Reversed__c')} AND (x.${al.col('lumary__Reversed_Date__c')} IS NULL OR x.${al.col('lumary__Reversed_Date__c')} <= $2::date))`.replace(
        /x\./g,
        `${x}.`,
      );
    const paymentStands = `p.${py.col('lumary__Payment_Date__c')} <= $2::date AND NOT (p.${py.col('lumary__Status__c')} = 'Reversed' AND (p.${py.col('lumary__Reversal_Date__c')} IS NULL OR p.${py.col('lumary__Reversal_Date__c')} <= $2::date))`;
    this.aged = `
      WITH paid AS (SELECT a.${al.col('lumary__Invoice__c')} AS invoice, sum(a.${al.col('lumary__Amount__c')}) AS amount FROM ${al.name} a
                     WHERE a.tenant_id = $1 AND ${allocationStands('a')} GROUP BY 1),
           credited AS (SELECT c.${cn.col('lumary__Invoice__c')} AS invoice, sum(c.${cn.col('lumary__Amount__c')}) AS amount FROM ${cn.name} c
                     WHERE c.tenant_id = $1 AND c.${cn.col('lumary__Credit_Date__c')} <= $2::date GROUP BY 1),
           owing AS (SELECT $2::date - ${col('lumary__Due_Date__c')} AS late, ${col('lumary__Total__c')} - coalesce(paid.amount, 0) - coalesce(credited.amount, 0) AS balance
                       FROM ${i.name} i LEFT JOIN paid ON paid.invoice = i.id LEFT JOIN credited ON credited.invoice = i.id
                      WHERE i.tenant_id = $1 AND ${col('lumary__Journal_Entry__c')} IS NOT NULL AND ${col('lumary__Invoice_Date__c')} <= $2::date
                        AND NOT (${col('lumary__Status__c')} = 'Void' AND ${col('lumary__Voided_Date__c')} <= $2::date)),
           credit AS (SELECT coalesce(sum(p.${py.col('lumary__Amount__c')}), 0)
                             - coalesce((SELECT sum(a.${al.col('lumary__Amount__c')}) FROM ${al.name} a JOIN ${py.name} p ON p.tenant_id = a.tenant_id AND p.id = a.${al.col('lumary__Payment__c')}
                                          WHERE a.tenant_id = $1 AND ${allocationStands('a')} AND ${paymentStands}), 0) AS unallocated
                        FROM ${py.name} p WHERE p.tenant_id = $1 AND ${paymentStands})
      SELECT coalesce(sum(balance) FILTER (WHERE late <= 0), 0)::text AS current,
             coalesce(sum(balance) FILTER (WHERE late BETWEEN 1 AND 30), 0)::text AS d30,
             coalesce(sum(balance) FILTER (WHERE late BETWEEN 31 AND 60), 0)::text AS d60,
             coalesce(sum(balance) FILTER (WHERE late BETWEEN 61 AND 90), 0)::text AS d90,
             coalesce(sum(balance) FILTER (WHERE late > 90), 0)::text AS over90,
             (SELECT unallocated FROM credit)::text AS unallocated,
             (coalesce(sum(balance), 0) - (SELECT unallocated FROM credit))::text AS total
        FROM owing`;
  }
}

async function reference(pool: Pool, queries: ReferenceQueries, tenantId: string, debtor: Sample, today: string): Promise<Reference> {
  const { rows } = await pool.query(debtor.kind === 'clients' ? queries.client : queries.payer, [tenantId, debtor.id, today]);
  const r = rows[0] as Record<string, unknown>;
  return {
    total: money(r['total']).toFixed(2),
    overdue: money(r['overdue']).toFixed(2),
    own: money(r['own']).toFixed(2),
    ownOverdue: money(r['own_overdue']).toFixed(2),
    accrued: money(r['accrued']).toFixed(2),
    claims: money(r['claims']).toFixed(2),
    paidDays: r['paid_n'] ? (r['paid_days'] as number) : null,
    paidCount: Number(r['paid_n'] ?? 0),
    invoices: (r['invoices'] as { id: string }[]).map((x) => x.id),
  };
}

/** What the service says, in the reference's terms (the bench's user reads every field, so every figure is there). */
function asReference(summary: DebtorSummary): Reference {
  const client = summary.kind === 'client' ? summary : undefined;
  const shown = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The summary left out ${what}: the bench user must read every field.`);
    return value;
  };
  const total = summary.totalOwed;
  const own = client ? client.owedByClient : total;
  const paysIn = shown(summary.usuallyPaysIn, 'Usually Pays in');
  return {
    total: shown(total.amount, 'Total Owed'),
    overdue: shown(total.overdue, 'its overdue part'),
    own: shown(own.amount, 'Owed by the Client'),
    ownOverdue: shown(own.overdue, 'its overdue part'),
    accrued: client?.accruedServices?.amount ?? '0.00',
    claims: client?.openOrErrorClaims?.amount ?? '0.00',
    paidDays: paysIn.days,
    paidCount: paysIn.basedOn,
    invoices: shown(total.invoices, 'the invoices').map((i) => shown(i.id, 'an invoice id')),
  };
}

// ---------------------------------------------------------------------------------------------
// Samples, plans

interface Sample {
  kind: keyof Parties;
  id: string;
}

/** Random debtors of a tenant: 60% clients, 25% nominees, 15% plan managers; ids as the generator makes them. */
async function samplesOf(pool: Pool, tenantId: string, parties: Parties, n: number): Promise<Sample[]> {
  const kinds: (keyof Parties)[] = Array.from({ length: n }, (_, i) => (i % 20 < 12 ? 'clients' : i % 20 < 17 ? 'nominees' : 'accounts'));
  const picks = kinds.map((kind) => ({ kind, k: Math.floor(Math.random() * parties[kind]) }));
  const { rows } = await pool.query(
    `SELECT md5($1 || ':' || kind || ':' || k)::uuid::text AS id FROM unnest($2::text[], $3::int[]) WITH ORDINALITY x(kind, k, ord) ORDER BY ord`,
    [tenantId, picks.map((p) => p.kind), picks.map((p) => p.k)],
  );
  return picks.map((p, i) => ({ kind: p.kind, id: (rows[i] as { id: string }).id }));
}

/** The indexes (or sequential scans) in the plan of each of the service's statements, as the app role sees them. */
async function plans(engine: RecordEngine, ctx: RequestContext, statements: Statement[]): Promise<string[]> {
  return (await tenantPlans(engine, ctx, statements)).map((plan) => {
    const accesses = accessesIn(plan);
    const used = accesses.flatMap((a) => (a.index ? [a.index] : []));
    const scans = accesses.flatMap((a) => (a.seqScan ? [`Seq Scan on ${a.seqScan}`] : []));
    return [...new Set([...used, ...scans])].join(', ') || '(no table access)';
  });
}

// ---------------------------------------------------------------------------------------------
// One database

interface TenantResult {
  label: string;
  invoices: number;
  parties: Parties;
  generationSeconds: number;
  steps: { label: string; rows: number; ms: number }[];
  summary: { service: Stats; reference: Stats; mismatches: number; firstMismatch?: string };
  plans: { client: string[]; payer: string[] };
  aged: {
    asAt: string;
    stats: Stats;
    reference: Stats;
    agrees: boolean;
    debtors: number;
    total: string;
    debtorsControl: string | null;
    difference: string | null;
  }[];
  /** The analytics as at today: its time, and how many of its 12 month-ends differ from Debtors Control. */
  analytics: { stats: Stats; unreconciled: number };
  /** The GST summary of the last 3 months: its time and 1A − GST Control. */
  gst: { stats: Stats; difference: string | null };
}

interface DatabaseResult {
  database: 'pglite' | 'postgres';
  description: string;
  serverVersion: string;
  invoiceTableMb: number;
  tenants: TenantResult[];
}

async function benchDatabase(target: Target, registry: Registry, opts: Options): Promise<DatabaseResult> {
  const { tag } = target;
  const { pool, serverVersion } = await prepare(target, registry);
  const engine = new RecordEngine(registry, target.db.dataSource);
  const summaries = new DebtorSummaryService(engine);
  const aged = new AgedReceivablesService(engine);
  const analytics = new AnalyticsService(engine);
  const gst = new GstSummaryService(engine);
  const queries = new ReferenceQueries(registry);

  const tenants: { label: string; invoices: number; ctx: RequestContext; steps: TenantResult['steps']; seconds: number }[] = [];
  for (const [label, invoices] of [
    ['A', opts.invoices],
    ['B', opts.second],
  ] as const) {
    const id = await newTenant(pool, `bench-${label}-${randomBytes(3).toString('hex')}`);
    const ctx = requestContext(id, null);
    const steps: TenantResult['steps'] = [];
    note(`${tag} tenant ${label}: generating ${invoices.toLocaleString('en-AU')} invoices`);
    const client = await pool.connect();
    const [, ms] = await timed(async () => {
      try {
        await generateTenant(client, registry, { tenantId: id, invoices, today: ctx.today }, (step, rows, stepMs) => {
          steps.push({ label: step, rows, ms: Number(stepMs.toFixed(1)) });
          note(`${tag}   ${step}: ${rows.toLocaleString('en-AU')} rows in ${(stepMs / 1000).toFixed(1)} s`);
        });
      } finally {
        client.release();
      }
    });
    tenants.push({ label, invoices, ctx, steps, seconds: Number((ms / 1000).toFixed(1)) });
    note(`${tag} tenant ${label}: generated in ${(ms / 1000).toFixed(1)} s`);
  }
  note(`${tag} ANALYZE`);
  await pool.query('ANALYZE');
  const invoiceTable = new SqlTable(objectOf(registry, AR.invoice)).name;
  const [{ bytes }] = (await pool.query(`SELECT pg_total_relation_size('${invoiceTable.replace(/"/g, '')}') AS bytes`)).rows as {
    bytes: string;
  }[];

  const results: TenantResult[] = [];
  for (const t of tenants) {
    const parties = partiesFor(t.invoices);
    const samples = await samplesOf(pool, t.ctx.tenantId, parties, opts.samples);
    const today = t.ctx.today.toString();
    note(`${tag} tenant ${t.label}: ${samples.length} debtor summaries, service and reference`);
    for (const s of samples.slice(0, WARMUP)) {
      await summaries.summary(t.ctx, s.id);
      await reference(pool, queries, t.ctx.tenantId, s, today);
    }
    const service: number[] = [];
    const ref: number[] = [];
    let mismatches = 0;
    let firstMismatch: string | undefined;
    for (const [n, s] of samples.entries()) {
      // Alternate which goes first, so caches and a warming machine favour neither.
      const runService = async () => {
        const [result, ms] = await timed(() => summaries.summary(t.ctx, s.id));
        service.push(ms);
        return result;
      };
      const runReference = async () => {
        const [result, ms] = await timed(() => reference(pool, queries, t.ctx.tenantId, s, today));
        ref.push(ms);
        return result;
      };
      let got: DebtorSummary;
      let want: Reference;
      if (n % 2 === 0) {
        got = await runService();
        want = await runReference();
      } else {
        want = await runReference();
        got = await runService();
      }
      const a = JSON.stringify(asReference(got));
      const b = JSON.stringify(want);
      if (a !== b) {
        mismatches++;
        firstMismatch ??= `${s.kind} ${s.id}:\n  service   ${a}\n  reference ${b}`;
      }
    }
    if (mismatches) note(`${tag} WARNING: ${mismatches} summaries differ from the reference; first:\n${firstMismatch}`);

    // The first sample is always a client; a plan manager or a nominee follows when there are enough samples.
    const client = samples[0];
    const payer = samples.find((s) => s.kind === 'accounts') ?? samples.find((s) => s.kind === 'nominees') ?? client;
    const planOf = async (s: Sample) => plans(engine, t.ctx, await capturedSelects(() => summaries.summary(t.ctx, s.id)));
    const statementPlans = { client: await planOf(client), payer: await planOf(payer) };

    const agedResults: TenantResult['aged'] = [];
    for (const back of [0, 90, 365]) {
      const asAt = t.ctx.today.minusDays(back).toString();
      note(`${tag} tenant ${t.label}: aged receivables as at ${asAt} ×${opts.agedRuns}`);
      const runs: [AgedReceivables, number][] = [];
      for (let run = 0; run < opts.agedRuns; run++) runs.push(await timed(() => aged.report(t.ctx, { asAt })));
      const [last] = runs[runs.length - 1];
      const referenceRuns: [Record<string, string>, number][] = [];
      for (let run = 0; run < opts.agedRuns; run++)
        referenceRuns.push(
          await timed(async () => (await pool.query(queries.aged, [t.ctx.tenantId, asAt])).rows[0] as Record<string, string>),
        );
      const [expected] = referenceRuns[referenceRuns.length - 1];
      const agrees = money(expected['total']).equals(money(last.totals.total));
      if (!agrees) note(`${tag} WARNING: aged receivables at ${asAt} total ${last.totals.total}, the reference ${expected['total']}`);
      agedResults.push({
        asAt,
        reference: stats(referenceRuns.map(([, runMs]) => runMs)),
        agrees,
        stats: stats(runs.map(([, runMs]) => runMs)),
        debtors: last.debtors.length,
        total: last.totals.total,
        debtorsControl: last.debtorsControl,
        difference: last.difference,
      });
    }
    note(`${tag} tenant ${t.label}: analytics and GST summary ×${opts.agedRuns}`);
    const analyticsRuns: [Awaited<ReturnType<AnalyticsService['report']>>, number][] = [];
    for (let run = 0; run < opts.agedRuns; run++) analyticsRuns.push(await timed(() => analytics.report(t.ctx, { asAt: today })));
    const [lastAnalytics] = analyticsRuns[analyticsRuns.length - 1];
    const gstFrom = t.ctx.today.minusMonths(3).withDayOfMonth(1).toString();
    const gstRuns: [Awaited<ReturnType<GstSummaryService['summary']>>, number][] = [];
    for (let run = 0; run < opts.agedRuns; run++) gstRuns.push(await timed(() => gst.summary(t.ctx, { from: gstFrom, to: today })));
    const [lastGst] = gstRuns[gstRuns.length - 1];
    results.push({
      label: t.label,
      invoices: t.invoices,
      parties,
      generationSeconds: t.seconds,
      steps: t.steps,
      summary: { service: stats(service), reference: stats(ref), mismatches, firstMismatch },
      plans: statementPlans,
      aged: agedResults,
      analytics: {
        stats: stats(analyticsRuns.map(([, runMs]) => runMs)),
        unreconciled: lastAnalytics.trend.filter((p) => p.difference !== null && !money(p.difference).isZero()).length,
      },
      gst: { stats: stats(gstRuns.map(([, runMs]) => runMs)), difference: lastGst.difference },
    });
  }
  return {
    database: target.kind,
    description: target.description,
    serverVersion,
    invoiceTableMb: Math.round(Number(bytes) / 1048576),
    tenants: results,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function report(result: DatabaseResult): string {
  const lines = [
    `${result.description}`,
    `server: ${result.serverVersion.split(',')[0]}; invoice table with its indexes: ${fmt(result.invoiceTableMb)} MB`,
    '',
  ];
  lines.push(
    table(
      ['tenant', 'invoices', 'parties', 'generated in s'],
      result.tenants.map((t) => [
        t.label,
        fmt(t.invoices),
        fmt(t.parties.clients + t.parties.nominees + t.parties.accounts),
        fmt(t.generationSeconds, 1),
      ]),
    ),
    '',
  );
  const rows: string[][] = [];
  for (const t of result.tenants) {
    const row = (operation: string, s: Stats, note = '') => [
      `${operation} (tenant ${t.label})`,
      fmt(s.n),
      ms(s.p50Ms),
      ms(s.p95Ms),
      ms(s.p99Ms),
      ms(s.maxMs),
      note,
    ];
    rows.push(row('debtor summary, service', t.summary.service, t.summary.mismatches ? `${t.summary.mismatches} differ!` : 'same figures'));
    rows.push(row('debtor summary, one SQL statement', t.summary.reference));
    for (const a of t.aged) {
      rows.push(
        row(`aged receivables as at ${a.asAt}, service`, a.stats, `${fmt(a.debtors)} debtors, control − total ${a.difference ?? 'n/a'}`),
      );
      rows.push(row(`aged receivables as at ${a.asAt}, one SQL statement`, a.reference, a.agrees ? 'same total' : 'totals differ!'));
    }
    rows.push(
      row(
        'analytics as at today (12 month-ends)',
        t.analytics.stats,
        t.analytics.unreconciled
          ? `${t.analytics.unreconciled} month-ends differ from Debtors Control!`
          : 'every month-end = Debtors Control',
      ),
    );
    rows.push(row('GST summary, last 3 months', t.gst.stats, `1A − GST Control ${t.gst.difference ?? 'n/a'}`));
  }
  lines.push(table(['operation', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', ''], rows), '');
  const first = result.tenants[0];
  lines.push("Indexes in the plans of the summary's statements (tenant A; party look-up, open invoices, figures):");
  lines.push(`  client:           ${first.plans.client.join(' | ')}`);
  lines.push(`  plan manager:     ${first.plans.payer.join(' | ')}`);
  return lines.join('\n');
}

runBench(() => {
  const opts = options();
  return {
    scratchPrefix: 'bench_ar',
    // On disk rather than in memory: a million invoices and their payments outgrow a comfortable WASM heap.
    pgliteData: 'disk',
    options: opts,
    measure: (target, registry) => benchDatabase(target, registry, opts),
    report,
    summary: { options: { invoices: opts.invoices, second: opts.second, samples: opts.samples, agedRuns: opts.agedRuns, warmup: WARMUP } },
  };
});
