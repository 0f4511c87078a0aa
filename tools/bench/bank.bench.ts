/**
 * `npm run bench:bank [-- --invoices 1000000 --lines 10000 --no-postgres --no-pglite]`: bank
 * statement matching at scale. Generates the AR bench tenant (`--invoices`, default
 * BANK_BENCH_INVOICES, else 1,000,000; see tools/bench/ar-bench-data.ts), then builds a CSV
 * statement of `--lines` lines (default BANK_BENCH_LINES, else 10,000) from its open invoices: a
 * third naming an invoice with its exact balance, a third paying an exact balance without a
 * reference, a third from unknown payers, one in ten money out. It measures, through
 * BankReconciliationService as the app runs it (one tenant transaction, row-level security):
 * - the import alone (parse, de-duplicate, write the lines);
 * - a re-import of the same file (every line skipped);
 * - suggestions for every unreconciled line (the matching).
 * A measuring tool, not a test: nothing here asserts a speed. Results in bench-results/bank.json.
 */
import { randomBytes } from 'node:crypto';
import { AR, BankReconciliationService, registerLumaryAr, SqlTable } from '@lumary-ar/server';
import { RecordEngine, requestContext } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { newTenant, note, parseBenchArgs, prepare, runBench, table, timed, wholeNumber, type RunOptions, type Target } from './bench-kit';
import { generateTenant, objectOf } from './ar-bench-data';

interface Options extends RunOptions {
  invoices: number;
  lines: number;
}

function options(): Options {
  const { values, ...run } = parseBenchArgs(
    {
      invoices: { type: 'string', default: process.env['BANK_BENCH_INVOICES'] || '1000000' },
      lines: { type: 'string', default: process.env['BANK_BENCH_LINES'] || '10000' },
    },
    'bank.json',
  );
  return { invoices: wholeNumber('invoices', values.invoices, 100), lines: wholeNumber('lines', values.lines, 10), ...run };
}

interface Result {
  database: string;
  description: string;
  invoices: number;
  lines: number;
  generationSeconds: number;
  importMs: number;
  added: number;
  reimportMs: number;
  skipped: number;
  matchMs: number;
  suggested: number;
  byKind: Record<string, number>;
}

async function measure(target: Target, registry: Registry, opts: Options): Promise<Result> {
  const { tag } = target;
  const { pool } = await prepare(target, registry);
  const engine = new RecordEngine(registry, target.db.dataSource);
  registerLumaryAr(engine);
  const bank = new BankReconciliationService(engine);
  const tenantId = await newTenant(pool, `bench-bank-${randomBytes(3).toString('hex')}`);
  const ctx = requestContext(tenantId, null);
  note(`${tag} generating ${opts.invoices.toLocaleString('en-AU')} invoices`);
  const client = await pool.connect();
  const [, generationMs] = await timed(async () => {
    try {
      await generateTenant(client, registry, { tenantId, invoices: opts.invoices, today: ctx.today }, (step, rows, ms) =>
        note(`${tag}   ${step}: ${rows.toLocaleString('en-AU')} rows in ${(ms / 1000).toFixed(1)} s`),
      );
    } finally {
      client.release();
    }
  });
  await pool.query('ANALYZE');

  const entity = new SqlTable(objectOf(registry, 'lumary__Accounting_Entity__c'));
  const [{ id: bankId }] = (
    await pool.query(
      `SELECT id FROM ${entity.name} WHERE tenant_id = $1 AND record_type = 'Control_Account' AND ${entity.col('lumary__Control_Account_Type__c')} = 'Bank Account'`,
      [tenantId],
    )
  ).rows as { id: string }[];
  const csv = await statement(pool, registry, tenantId, opts.lines);

  note(`${tag} importing ${opts.lines.toLocaleString('en-AU')} lines`);
  const mapping = { date: 'Date', amount: 'Amount', description: 'Description', reference: 'Reference', transactionId: 'Id' };
  const [imported, importMs] = await timed(() => bank.importStatement(ctx, bankId, { format: 'csv', content: csv, mapping }));
  note(`${tag} re-importing the same file`);
  const [again, reimportMs] = await timed(() => bank.importStatement(ctx, bankId, { format: 'csv', content: csv, mapping }));
  note(`${tag} suggesting matches for every line`);
  const [matched, matchMs] = await timed(() => bank.suggestAll(ctx, bankId));
  return {
    database: target.kind,
    description: target.description,
    invoices: opts.invoices,
    lines: opts.lines,
    generationSeconds: Number((generationMs / 1000).toFixed(1)),
    importMs: Number(importMs.toFixed(0)),
    added: imported.added,
    reimportMs: Number(reimportMs.toFixed(0)),
    skipped: again.skipped,
    matchMs: Number(matchMs.toFixed(0)),
    suggested: matched.suggested,
    byKind: matched.byKind,
  };
}

/** The CSV: lines drawn from the tenant's open invoices (their numbers and balances), unknown payers and money out. */
async function statement(pool: import('pg').Pool, registry: Registry, tenantId: string, lines: number): Promise<string> {
  const i = new SqlTable(objectOf(registry, AR.invoice));
  const { rows } = (await pool.query(
    `SELECT ${i.col('Name')} AS name, ${i.col('lumary__Balance__c')}::text AS balance FROM ${i.name}
      WHERE tenant_id = $1 AND ${i.col('lumary__Status__c')} IN ('Open', 'Part Paid') AND ${i.col('lumary__Balance__c')} > 0
      ORDER BY random() LIMIT $2`,
    [tenantId, lines],
  )) as { rows: { name: string; balance: string }[] };
  const out = ['Date,Amount,Description,Reference,Id'];
  for (let n = 0; n < lines; n++) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const date = `${day}/01/2027`;
    const invoice = rows[n % Math.max(rows.length, 1)];
    const kind = n % 10 === 9 ? 'out' : n % 3;
    if (kind === 'out') out.push(`${date},-${(n % 500) + 1}.25,BANK FEE ${n},,B-${n}`);
    else if (kind === 0 && invoice) out.push(`${date},${invoice.balance},PAYER ${n},${invoice.name},B-${n}`);
    else if (kind === 1 && invoice) out.push(`${date},${invoice.balance},TRANSFER ${n},,B-${n}`);
    else out.push(`${date},${(n % 9000) + 1}.${String(n % 100).padStart(2, '0')},UNKNOWN PAYER ${n},GIFT,B-${n}`);
  }
  return out.join('\n');
}

function report(result: { databases: Result[] }): string {
  const rows = result.databases.flatMap((r) => [
    [`${r.database}: import ${r.lines.toLocaleString('en-AU')} lines`, `${r.importMs} ms`, `${r.added} added`],
    [`${r.database}: re-import the same file`, `${r.reimportMs} ms`, `${r.skipped} skipped`],
    [
      `${r.database}: suggest matches for every line (${r.invoices.toLocaleString('en-AU')} invoices)`,
      `${r.matchMs} ms`,
      `${r.suggested} with a suggestion: ${Object.entries(r.byKind)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    ],
  ]);
  return table(['operation', 'time', ''], rows);
}

runBench(() => {
  const opts = options();
  return {
    scratchPrefix: 'bench_bank',
    pgliteData: 'disk',
    options: opts,
    measure: (target, registry) => measure(target, registry, opts),
    report: (r) => report({ databases: [r] }),
    summary: { options: { invoices: opts.invoices, lines: opts.lines } },
  };
});
