/**
 * The AR benchmark's data: one tenant's receivables over two years, written with set-based SQL
 * (INSERT … SELECT over generate_series) as the tables' owner. Table and column names come from
 * the metadata (SqlTable), ids are deterministic (md5 of the tenant, a kind and a number), so
 * every statement can point at rows another statement writes without reading them back.
 *
 * What a tenant gets, for n invoices (n / 50 parties, two years back from today):
 * - parties: 80% client Contacts, 15% General Contacts (nominees), 5% Accounts (plan managers);
 * - invoices: a client's own 60%, its nominee's 20%, its plan manager's 20%; 2% Draft, 3% Void,
 *   the rest Paid, Part Paid or Open by age; 5% of issued invoices credited 10%;
 * - a payment and its allocation per paid or part-paid invoice (2% overpaid: unallocated
 *   credit), and a dishonoured (reversed) payment on 1% of open invoices;
 * - the Finance Journal: one entry per day and kind (invoices, voids, credit notes, payments,
 *   reversals), so the Debtors Control balance at any date equals the receivables at that date;
 * - services delivered (n / 10) and claims (n / 20) in every status.
 * Invoice lines are left out: neither the summary nor the aged receivables read them.
 */
import { LocalDate } from '@js-joda/core';
import { AR, ENTITY, JOURNAL_ENTRY, JOURNAL_LINE, SqlTable } from '@lumary-ar/server';
import { metadataKey, polymorphicTypeColumn, type Registry } from '@platform/metadata';
import type { PoolClient } from 'pg';

export interface TenantSpec {
  tenantId: string;
  invoices: number;
  today: LocalDate;
}

export interface Parties {
  clients: number;
  nominees: number;
  accounts: number;
}

/** How many parties of each kind a tenant of `invoices` invoices gets (at least one of each). */
export function partiesFor(invoices: number): Parties {
  const total = Math.max(20, Math.round(invoices / 50));
  return {
    clients: Math.round(total * 0.8),
    nominees: Math.max(1, Math.round(total * 0.15)),
    accounts: Math.max(1, Math.round(total * 0.05)),
  };
}

/** The id of the k-th party of a kind (0-based), as SQL and as the bench computes it to sample. */
export const partyIdSql = (tenantId: string, kind: keyof Parties, k: string) => `md5(${lit(`${tenantId}:${kind}:`)} || (${k}))::uuid`;

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
/** A deterministic pseudo-random non-negative bigint per (value, salt). */
const hash = (expr: string, salt: number) => `abs(hashtextextended((${expr})::text, ${salt}))`;

type Step = (label: string, sql: string) => Promise<number>;

/** Writes one tenant's data through `client` (the owner's connection), reporting each step. */
export async function generateTenant(
  client: PoolClient,
  registry: Registry,
  spec: TenantSpec,
  report: (label: string, rows: number, ms: number) => void,
): Promise<void> {
  const t = (name: string) => new SqlTable(objectOf(registry, name));
  const tables = {
    entity: t(ENTITY),
    contact: t('Contact'),
    account: t('Account'),
    invoice: t(AR.invoice),
    payment: t(AR.payment),
    allocation: t(AR.allocation),
    creditNote: t(AR.creditNote),
    service: t(AR.service),
    claim: t(AR.claim),
    entry: t(JOURNAL_ENTRY),
    line: t(JOURNAL_LINE),
  };
  const step: Step = async (label, sql) => {
    const started = performance.now();
    const result = await client.query(sql);
    report(label, result.rowCount ?? 0, performance.now() - started);
    return result.rowCount ?? 0;
  };
  const parties = partiesFor(spec.invoices);
  const days = 730;
  const ctx = {
    tenant: lit(spec.tenantId),
    today: `${lit(spec.today.toString())}::date`,
    start: `${lit(spec.today.minusDays(days - 1).toString())}::date`,
    id: (kind: string, expr: string) => `md5(${lit(`${spec.tenantId}:${kind}:`)} || (${expr}))::uuid`,
  };
  const insert = (table: SqlTable, values: Record<string, string>, from: string) => insertSelect(table, ctx.tenant, values, from);

  await step('periods, control accounts, GL code', ledgerSql(tables.entity, ctx));
  await step(
    'client Contacts',
    insert(
      tables.contact,
      { Id: partyIdSql(spec.tenantId, 'clients', 'k'), RecordTypeId: lit('Client'), FirstName: lit('Client'), LastName: `'C' || k` },
      `generate_series(0, ${parties.clients - 1}) k`,
    ),
  );
  await step(
    'nominee Contacts',
    insert(
      tables.contact,
      { Id: partyIdSql(spec.tenantId, 'nominees', 'k'), RecordTypeId: lit('General'), FirstName: lit('Nominee'), LastName: `'N' || k` },
      `generate_series(0, ${parties.nominees - 1}) k`,
    ),
  );
  await step(
    'plan manager Accounts',
    insert(
      tables.account,
      { Id: partyIdSql(spec.tenantId, 'accounts', 'k'), Name: `'Plan Manager ' || k` },
      `generate_series(0, ${parties.accounts - 1}) k`,
    ),
  );

  await step('invoice facts (temporary)', invoiceFactsSql(spec, parties, days, ctx));
  await step('journal postings (temporary)', postingsSql());
  await step(
    'journal entries',
    insert(
      tables.entry,
      {
        Id: ctx.id('je', `kind || ':' || day`),
        Name: `'JE-' || lpad(n::text, 7, '0')`,
        lumary__Entry_Date__c: 'day',
        lumary__Accounting_Period__c: ctx.id('period', `to_char(day, 'YYYY-MM')`),
        lumary__Description__c: `kind || ' of ' || day`,
        lumary__Total__c: 'total',
      },
      `(SELECT kind, day, sum(debit) AS total, row_number() OVER (ORDER BY day, kind) AS n FROM bench_posting GROUP BY kind, day) e`,
    ),
  );
  await step(
    'journal lines',
    insert(
      tables.line,
      {
        Name: `'JE-' || lpad(e.n::text, 7, '0') || '-' || row_number() OVER (PARTITION BY p.kind, p.day ORDER BY p.account)`,
        lumary__Journal_Entry__c: ctx.id('je', `p.kind || ':' || p.day`),
        lumary__Account__c: ctx.id('acct', 'p.account'),
        lumary__Accounting_Period__c: ctx.id('period', `to_char(p.day, 'YYYY-MM')`),
        lumary__Line_Date__c: 'p.day',
        lumary__Debit__c: 'p.debit',
        lumary__Credit__c: 'p.credit',
        lumary__Description__c: 'p.account',
        // The document kind a line posts (aggregated by day): what the GST summary's check against GST Control reads.
        lumary__Source_Object__c: `CASE p.kind WHEN 'inv' THEN 'lumary__Invoice__c' WHEN 'void' THEN 'lumary__Invoice__c' WHEN 'cn' THEN 'lumary__Credit_Note__c' ELSE 'lumary__Payment__c' END`,
      },
      `bench_posting p JOIN (SELECT kind, day, row_number() OVER (ORDER BY day, kind) AS n FROM (SELECT DISTINCT kind, day FROM bench_posting) d) e ON e.kind = p.kind AND e.day = p.day`,
    ),
  );
  await step(
    'invoices',
    insert(
      tables.invoice,
      {
        Id: 'f.id',
        Name: `'INV-' || lpad(f.g::text, 7, '0')`,
        lumary__Client__c: 'f.client_id',
        lumary__Debtor__c: 'f.debtor_id',
        'lumary__Debtor__c.type': 'f.debtor_type',
        lumary__Invoice_Date__c: 'f.invoice_date',
        lumary__Due_Date__c: 'f.invoice_date + 14',
        lumary__Status__c: 'f.status',
        lumary__Accounting_Period__c: `CASE WHEN f.status <> 'Draft' THEN ${ctx.id('period', `to_char(f.invoice_date, 'YYYY-MM')`)} END`,
        lumary__Issued_Date__c: `CASE WHEN f.status <> 'Draft' THEN f.invoice_date END`,
        lumary__Journal_Entry__c: `CASE WHEN f.status <> 'Draft' THEN ${ctx.id('je', `'inv:' || f.invoice_date`)} END`,
        lumary__Subtotal__c: 'f.subtotal',
        lumary__GST__c: 'f.gst',
        lumary__Total__c: 'f.total',
        lumary__Amount_Paid__c: 'f.amount_paid',
        lumary__Amount_Credited__c: 'f.credited',
        lumary__Balance__c: 'f.balance',
        lumary__Paid_Date__c: `CASE WHEN f.status = 'Paid' THEN f.payment_date END`,
        lumary__Voided_Date__c: 'f.voided_date',
        lumary__Void_Reason__c: `CASE WHEN f.status = 'Void' THEN 'Raised in error' END`,
      },
      'bench_invoice f',
    ),
  );
  const payment = (label: string, where: string, values: Record<string, string>) =>
    step(
      label,
      insert(
        tables.payment,
        {
          lumary__Debtor__c: 'f.debtor_id',
          'lumary__Debtor__c.type': 'f.debtor_type',
          lumary__Method__c: lit('EFT'),
          ...values,
        },
        `bench_invoice f WHERE ${where}`,
      ),
    );
  await payment('payments', 'f.amount_paid > 0', {
    Id: ctx.id('pay', 'f.g'),
    Name: `'PAY-' || lpad(f.g::text, 7, '0')`,
    lumary__Payment_Date__c: 'f.payment_date',
    lumary__Amount__c: 'f.payment_amount',
    lumary__Status__c: lit('Received'),
    lumary__Allocated__c: 'f.amount_paid',
    lumary__Unallocated__c: 'f.payment_amount - f.amount_paid',
    lumary__Journal_Entry__c: ctx.id('je', `'pay:' || f.payment_date`),
  });
  await payment('dishonoured payments', 'f.dishonoured', {
    Id: ctx.id('dis', 'f.g'),
    Name: `'PAY-D' || lpad(f.g::text, 7, '0')`,
    lumary__Payment_Date__c: 'f.dishonour_date',
    lumary__Amount__c: 'f.balance',
    lumary__Status__c: lit('Reversed'),
    lumary__Allocated__c: '0',
    lumary__Unallocated__c: '0',
    lumary__Journal_Entry__c: ctx.id('je', `'pay:' || f.dishonour_date`),
    lumary__Reversal_Date__c: 'f.reversal_date',
    lumary__Reversal_Entry__c: ctx.id('je', `'rev:' || f.reversal_date`),
    lumary__Reversal_Reason__c: lit('Dishonoured'),
  });
  const allocation = (label: string, where: string, values: Record<string, string>) =>
    step(label, insert(tables.allocation, { lumary__Invoice__c: 'f.id', ...values }, `bench_invoice f WHERE ${where}`));
  await allocation('payment allocations', 'f.amount_paid > 0', {
    Name: `'ALC-' || lpad(f.g::text, 7, '0')`,
    lumary__Payment__c: ctx.id('pay', 'f.g'),
    lumary__Amount__c: 'f.amount_paid',
    lumary__Allocation_Date__c: 'f.payment_date',
  });
  await allocation('reversed allocations', 'f.dishonoured', {
    Name: `'ALC-D' || lpad(f.g::text, 7, '0')`,
    lumary__Payment__c: ctx.id('dis', 'f.g'),
    lumary__Amount__c: 'f.balance',
    lumary__Allocation_Date__c: 'f.dishonour_date',
    lumary__Reversed__c: 'true',
    lumary__Reversed_Date__c: 'f.reversal_date',
  });
  await step(
    'credit notes',
    insert(
      tables.creditNote,
      {
        Name: `'CN-' || lpad(f.g::text, 7, '0')`,
        lumary__Invoice__c: 'f.id',
        lumary__Client__c: 'f.client_id',
        lumary__Debtor__c: 'f.debtor_id',
        'lumary__Debtor__c.type': 'f.debtor_type',
        lumary__Credit_Date__c: 'f.credit_date',
        lumary__Amount__c: 'f.credited',
        lumary__GST__c: 'f.credited_gst',
        lumary__Subtotal__c: 'f.credited - f.credited_gst',
        lumary__Reason__c: `CASE WHEN f.g % 3 = 0 THEN 'Write-off' ELSE 'Goodwill' END`,
        lumary__Journal_Entry__c: ctx.id('je', `'cn:' || f.credit_date`),
      },
      'bench_invoice f WHERE f.credited > 0',
    ),
  );
  const services = Math.max(1, Math.round(spec.invoices / 10));
  await step(
    'services delivered',
    insert(
      tables.service,
      {
        Name: `'SD-' || lpad(s::text, 7, '0')`,
        lumary__Client__c: partyIdSql(spec.tenantId, 'clients', `${hash('s', 11)} % ${parties.clients}`),
        lumary__Service_Date__c: `${ctx.today} - (${hash('s', 12)} % 120)::int`,
        lumary__Description__c: lit('Support worker hours'),
        lumary__Funding__c: `(ARRAY['Self-managed', 'Plan-managed', 'NDIA-managed'])[1 + (${hash('s', 13)} % 3)::int]`,
        lumary__Quantity__c: `1 + ${hash('s', 14)} % 4`,
        lumary__Rate__c: '67.56',
        lumary__Tax_Code__c: lit('GST_FREE'),
        lumary__Amount__c: `(1 + ${hash('s', 14)} % 4) * 67.56`,
        lumary__Status__c: `(ARRAY['Delivered', 'Delivered', 'Delivered', 'Billed', 'Billed', 'Billed', 'Billed', 'Billed', 'Claimed', 'Cancelled'])[1 + (${hash('s', 15)} % 10)::int]`,
      },
      `generate_series(1, ${services}) s`,
    ),
  );
  const claims = Math.max(1, Math.round(spec.invoices / 20));
  await step(
    'claims',
    insert(
      tables.claim,
      {
        Name: `'CLM-' || lpad(c::text, 7, '0')`,
        lumary__Client__c: partyIdSql(spec.tenantId, 'clients', `${hash('c', 21)} % ${parties.clients}`),
        lumary__Claim_Date__c: `${ctx.today} - (${hash('c', 22)} % 365)::int`,
        lumary__Amount__c: `((${hash('c', 23)} % 40000) + 1000) / 100.0`,
        lumary__Status__c: `(ARRAY['Open', 'Open', 'Open', 'Open', 'Paid', 'Paid', 'Paid', 'Paid', 'Paid', 'Error'])[1 + (${hash('c', 24)} % 10)::int]`,
        lumary__Error_Reason__c: `CASE WHEN ${hash('c', 24)} % 10 = 9 THEN 'Plan expired' END`,
        lumary__Paid_Date__c: `CASE WHEN ${hash('c', 24)} % 10 BETWEEN 4 AND 8 THEN ${ctx.today} - (${hash('c', 22)} % 30)::int END`,
      },
      `generate_series(1, ${claims}) c`,
    ),
  );
  await client.query('DROP TABLE bench_invoice, bench_posting');
}

interface SqlContext {
  tenant: string;
  today: string;
  start: string;
  id(kind: string, expr: string): string;
}

/** Monthly periods over the two years (and the next month), the three control accounts and one GL code. */
function ledgerSql(entity: SqlTable, ctx: SqlContext): string {
  const e = (field: string) => columnOf(entity, field);
  const account = (key: string, name: string, recordType: string, type: string | null, code: string) =>
    `(${ctx.id('acct', lit(key))}, ${lit(recordType)}, ${lit(name)}, ${type === null ? 'NULL' : lit(type)}, ${lit(code)}, NULL::date, NULL::date, NULL)`;
  return `INSERT INTO ${entity.name} (tenant_id, id, record_type, ${e('Name')}, ${e('lumary__Control_Account_Type__c')}, ${e('lumary__Reporting_Code__c')},
                                      ${e('lumary__Start_Date__c')}, ${e('lumary__End_Date__c')}, ${e('lumary__Status__c')}, ${e('lumary__Account_Type__c')})
    SELECT ${ctx.tenant}, id, record_type, name, control_type, code, start_date, end_date, status, 'Revenue' FROM (
      SELECT ${ctx.id('period', `to_char(m, 'YYYY-MM')`)} AS id, 'Accounting_Period' AS record_type, to_char(m, 'FMMonth YYYY') AS name,
             NULL AS control_type, NULL AS code, m::date AS start_date, (m + interval '1 month' - interval '1 day')::date AS end_date, 'Open' AS status
        FROM generate_series(date_trunc('month', ${ctx.start}), date_trunc('month', ${ctx.today} + 31), interval '1 month') m
      UNION ALL
      SELECT * FROM (VALUES ${[
        account('debtors', 'Debtors Control', 'Control_Account', 'Debtors Control Account', '1200'),
        account('gst', 'GST Control', 'Control_Account', 'GST Control Account', '2200'),
        account('bank', 'Operating Bank', 'Control_Account', 'Bank Account', '1000'),
        account('revenue', 'Service Revenue', 'GL_Code', null, '4000'),
      ].join(', ')}) v) x`;
}

/**
 * One row per invoice with everything the other statements derive from it: parties, dates,
 * status, amounts, and its payment, credit and dishonour. Amounts are numeric throughout.
 */
function invoiceFactsSql(spec: TenantSpec, parties: Parties, days: number, ctx: SqlContext): string {
  const party = (kind: keyof Parties, k: string) => partyIdSql(spec.tenantId, kind, k);
  return `CREATE TEMP TABLE bench_invoice AS
    SELECT s.*, s.total - s.credited - s.amount_paid AS unpaid,
           CASE WHEN s.status = 'Void' THEN 0 ELSE s.total - s.credited - s.amount_paid END AS balance,
           s.amount_paid + CASE WHEN s.overpaid AND s.amount_paid > 0 THEN 20 ELSE 0 END AS payment_amount,
           CASE WHEN s.total = 0 THEN 0 ELSE round(s.credited * s.gst / s.total, 2) END AS credited_gst,
           s.dishonoured_r AND s.status = 'Open' AS dishonoured
    FROM (
      SELECT c.*,
             CASE c.status WHEN 'Paid' THEN c.total - c.credited WHEN 'Part Paid' THEN round((c.total - c.credited) * 0.5, 2) ELSE 0 END AS amount_paid
      FROM (
        SELECT b.*, b.subtotal + b.gst AS total,
               CASE WHEN b.status IN ('Open', 'Part Paid', 'Paid') AND b.r_credit < 5 THEN round((b.subtotal + b.gst) * 0.1, 2) ELSE 0 END AS credited,
               least(b.invoice_date + least(b.pay_days, 5), ${ctx.today}) AS credit_date,
               CASE WHEN b.status IN ('Paid', 'Part Paid') THEN least(b.invoice_date + b.pay_days, ${ctx.today}) END AS payment_date,
               CASE WHEN b.status = 'Void' THEN least(b.invoice_date + 3, ${ctx.today}) END AS voided_date,
               least(b.invoice_date + 7, ${ctx.today}) AS dishonour_date,
               least(b.invoice_date + 10, ${ctx.today}) AS reversal_date
        FROM (
          SELECT a.*, ${ctx.id('inv', 'a.g')} AS id, ${party('clients', 'a.k')} AS client_id,
                 CASE WHEN a.r_debtor < 60 THEN ${party('clients', 'a.k')}
                      WHEN a.r_debtor < 80 THEN ${party('nominees', `a.k % ${parties.nominees}`)}
                      ELSE ${party('accounts', `a.k % ${parties.accounts}`)} END AS debtor_id,
                 CASE WHEN a.r_debtor < 80 THEN 'Contact' ELSE 'Account' END AS debtor_type,
                 CASE WHEN a.r_status < 2 THEN 'Draft' WHEN a.r_status < 5 THEN 'Void'
                      WHEN ${ctx.today} - a.invoice_date > 60
                        THEN CASE WHEN a.r_status < 88 THEN 'Paid' WHEN a.r_status < 94 THEN 'Part Paid' ELSE 'Open' END
                      ELSE CASE WHEN a.r_status < 35 THEN 'Paid' WHEN a.r_status < 55 THEN 'Part Paid' ELSE 'Open' END END AS status,
                 CASE WHEN a.gst_on THEN round(a.subtotal * 0.1, 2) ELSE 0 END AS gst
          FROM (
            SELECT g, ${hash('g', 1)} % ${parties.clients} AS k, ${hash('g', 2)} % 100 AS r_debtor,
                   ${ctx.start} + (${hash('g', 3)} % ${days})::int AS invoice_date, ${hash('g', 4)} % 100 AS r_status,
                   ${hash('g', 5)} % 100 AS r_credit, ((${hash('g', 6)} % 50000) + 2000) / 100.0 AS subtotal,
                   ${hash('g', 7)} % 2 = 0 AS gst_on, (${hash('g', 8)} % 40)::int AS pay_days,
                   ${hash('g', 9)} % 50 = 0 AS overpaid, ${hash('g', 10)} % 100 = 0 AS dishonoured_r
              FROM generate_series(1, ${spec.invoices}) g) a) b) c) s`;
}

/** Each day's postings by kind and account, aggregated: what the journal entries and lines hold. */
function postingsSql(): string {
  const issued = `FROM bench_invoice WHERE status <> 'Draft'`;
  return `CREATE TEMP TABLE bench_posting AS
    SELECT kind, day, account, sum(debit) AS debit, sum(credit) AS credit FROM (
      SELECT 'inv' AS kind, invoice_date AS day, 'debtors' AS account, total AS debit, 0 AS credit ${issued}
      UNION ALL SELECT 'inv', invoice_date, 'revenue', 0, subtotal ${issued}
      UNION ALL SELECT 'inv', invoice_date, 'gst', 0, gst ${issued} AND gst > 0
      UNION ALL SELECT 'void', voided_date, 'debtors', 0, total FROM bench_invoice WHERE status = 'Void'
      UNION ALL SELECT 'void', voided_date, 'revenue', subtotal, 0 FROM bench_invoice WHERE status = 'Void'
      UNION ALL SELECT 'void', voided_date, 'gst', gst, 0 FROM bench_invoice WHERE status = 'Void' AND gst > 0
      UNION ALL SELECT 'cn', credit_date, 'debtors', 0, credited FROM bench_invoice WHERE credited > 0
      UNION ALL SELECT 'cn', credit_date, 'revenue', credited - credited_gst, 0 FROM bench_invoice WHERE credited > 0
      UNION ALL SELECT 'cn', credit_date, 'gst', credited_gst, 0 FROM bench_invoice WHERE credited > 0 AND credited_gst > 0
      UNION ALL SELECT 'pay', payment_date, 'bank', payment_amount, 0 FROM bench_invoice WHERE amount_paid > 0
      UNION ALL SELECT 'pay', payment_date, 'debtors', 0, payment_amount FROM bench_invoice WHERE amount_paid > 0
      UNION ALL SELECT 'pay', dishonour_date, 'bank', balance, 0 FROM bench_invoice WHERE dishonoured
      UNION ALL SELECT 'pay', dishonour_date, 'debtors', 0, balance FROM bench_invoice WHERE dishonoured
      UNION ALL SELECT 'rev', reversal_date, 'debtors', balance, 0 FROM bench_invoice WHERE dishonoured
      UNION ALL SELECT 'rev', reversal_date, 'bank', 0, balance FROM bench_invoice WHERE dishonoured
    ) x GROUP BY kind, day, account`;
}

/** `INSERT INTO <table> (tenant_id, <columns>) SELECT <tenant>, <expressions> FROM <from>`, columns named by field. */
function insertSelect(table: SqlTable, tenant: string, values: Record<string, string>, from: string): string {
  const entries = Object.entries(values);
  return `INSERT INTO ${table.name} (tenant_id, ${entries.map(([field]) => columnOf(table, field)).join(', ')})
    SELECT ${tenant}, ${entries.map(([, expr]) => expr).join(', ')} FROM ${from}`;
}

/** A field's column; `Id` and `RecordTypeId` are the system columns, `Field.type` a polymorphic lookup's target. */
export function columnOf(table: SqlTable, field: string): string {
  if (field === 'Id') return '"id"';
  if (field === 'RecordTypeId') return '"record_type"';
  if (field.endsWith('.type')) {
    const name = table.object.fields.get(metadataKey(field.slice(0, -'.type'.length)))?.column;
    if (!name) throw new Error(`${table.object.apiName}.${field} has no column`);
    return `"${polymorphicTypeColumn(name)}"`;
  }
  return table.col(field);
}

export function objectOf(registry: Registry, name: string) {
  const object = registry.object(name);
  if (!object) throw new Error(`no object ${name} in the metadata`);
  return object;
}
