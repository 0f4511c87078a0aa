import type { RecordEngine, RequestContext } from '@platform/engine';
import { metadataKey, polymorphicTypeColumn } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import { AR, ENTITY, F, JOURNAL_LINE } from '../ar-names';
import { money, type Money } from '../journal/money';
import { fields, type FieldRef } from '../field-access';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';
import { AGE_BUCKETS, type AgeBucket } from './receivables';

/** A debtor as the reports name it: a Contact or an Account. */
export interface DebtorRef {
  id: string;
  name: string | null;
  /** `Contact` or `Account`: the object the polymorphic Debtor lookup points at. */
  type: string;
}

/** One debtor's receivables at a date: what the aged receivables and debtor balances reports show. */
export interface DebtorPosition {
  debtor: DebtorRef;
  /** Σ Total of the invoices that count at the date. */
  invoiced: Money;
  /** Σ payments dated on or before the date and not reversed by it. */
  received: Money;
  /** Σ credit notes dated on or before the date. */
  credited: Money;
  /** What those payments have not been allocated to invoices by the date. */
  unallocated: Money;
  /** The invoices' balances at the date, by days past due. */
  buckets: Record<AgeBucket, Money>;
  /** Σ balances of the invoices past due at the date. */
  overdue: Money;
}

/** The fields each figure of the receivables reports is computed from (field-level security). */
const INVOICE_AT = fields(
  AR.invoice,
  'lumary__Debtor__c',
  'lumary__Journal_Entry__c',
  'lumary__Invoice_Date__c',
  'lumary__Status__c',
  'lumary__Voided_Date__c',
);
const PAYMENT_AT = fields(
  AR.payment,
  'lumary__Debtor__c',
  'lumary__Amount__c',
  'lumary__Payment_Date__c',
  'lumary__Status__c',
  'lumary__Reversal_Date__c',
);
const ALLOCATION_AT = fields(
  AR.allocation,
  'lumary__Invoice__c',
  'lumary__Payment__c',
  'lumary__Amount__c',
  'lumary__Allocation_Date__c',
  'lumary__Reversed__c',
  'lumary__Reversed_Date__c',
);
const CREDIT_AT = fields(AR.creditNote, 'lumary__Invoice__c', 'lumary__Amount__c', 'lumary__Credit_Date__c');
const BALANCE: FieldRef[] = [
  ...INVOICE_AT,
  ...fields(AR.invoice, 'lumary__Total__c', 'lumary__Balance__c'),
  ...ALLOCATION_AT,
  ...CREDIT_AT,
  ...PAYMENT_AT,
];
const OVERDUE: FieldRef[] = [...BALANCE, ...fields(AR.invoice, 'lumary__Due_Date__c')];
export const RECEIVABLES_FIELDS = {
  invoiced: [...INVOICE_AT, ...fields(AR.invoice, 'lumary__Total__c')],
  paid: PAYMENT_AT,
  credited: [...INVOICE_AT, ...CREDIT_AT],
  unallocatedCredit: [...PAYMENT_AT, ...ALLOCATION_AT],
  balance: BALANCE,
  overdue: OVERDUE,
  /** Aged receivables: the invoices' balances by days past due, and unallocated credit. */
  aged: OVERDUE,
} satisfies Record<string, FieldRef[]>;

const VOID = 'Void';
const REVERSED = 'Reversed';
const DEBTORS_CONTROL = 'Debtors Control Account';

/**
 * The receivables reports' SQL: every debtor's position at a date in one set-based statement,
 * and the Debtors Control balance at that date from the journal. Dates bind as parameters; the
 * names of tables and columns come from the metadata (SqlTable).
 */
export class ReceivablesRepository {
  readonly invoice: SqlTable;
  readonly allocation: SqlTable;
  readonly creditNote: SqlTable;
  readonly payment: SqlTable;
  readonly contact: SqlTable;
  readonly account: SqlTable;
  readonly line: SqlTable;
  readonly entity: SqlTable;
  readonly contactName: RecordName;
  readonly accountName: RecordName;

  constructor(engine: RecordEngine) {
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.allocation = new SqlTable(engine.object(AR.allocation));
    this.creditNote = new SqlTable(engine.object(AR.creditNote));
    this.payment = new SqlTable(engine.object(AR.payment));
    this.contact = new SqlTable(engine.object('Contact'));
    this.account = new SqlTable(engine.object('Account'));
    this.line = new SqlTable(engine.object(JOURNAL_LINE));
    this.entity = new SqlTable(engine.object(ENTITY));
    this.contactName = new RecordName(engine.registry, this.contact.object);
    this.accountName = new RecordName(engine.registry, this.account.object);
  }

  /**
   * Each debtor with an invoice or a payment counting at `asAt` (libs/lumary-ar/RULES.md#reports):
   * - an invoice counts when issued (posted) with Invoice Date ≤ asAt and not voided on or before
   *   asAt; its balance then is Total − allocations dated ≤ asAt not reversed by asAt − credit
   *   notes dated ≤ asAt, aged by asAt − Due Date;
   * - a payment counts when dated ≤ asAt and not reversed by asAt; what its standing allocations
   *   leave is the debtor's unallocated credit.
   * "Reversed by asAt" is the reversal flag (or status) with a reversal date ≤ asAt; a reversal
   * without a date counts as always reversed.
   */
  async positions(manager: EntityManager, ctx: RequestContext, asAt: string): Promise<DebtorPosition[]> {
    const { invoice: i, allocation: a, creditNote: c, payment: p, contact, account } = this;
    const buckets = AGE_BUCKETS.map(
      (b) =>
        `coalesce(sum(balance) FILTER (WHERE ${b.from === undefined ? 'days IS NULL OR days <= 0' : `days >= ${b.from}${b.to === undefined ? '' : ` AND days <= ${b.to}`}`}), 0)::text AS "${b.key}"`,
    );
    const rows = (await manager.query(
      `WITH standing_allocation AS (
              SELECT a.${a.col('lumary__Invoice__c')} AS invoice_id, a.${a.col('lumary__Payment__c')} AS payment_id, a.${a.col('lumary__Amount__c')} AS amount
                FROM ${a.name} a
               WHERE a.tenant_id = $1 AND a.${a.col('lumary__Allocation_Date__c')} <= $2::date
                 AND NOT (a.${a.col('lumary__Reversed__c')} AND coalesce(a.${a.col('lumary__Reversed_Date__c')} <= $2::date, true))),
            invoice_at AS (
              SELECT i.${i.col('lumary__Debtor__c')} AS debtor_id, i.${typeColumn(i, 'lumary__Debtor__c')} AS debtor_type,
                     i.${i.col('lumary__Total__c')} AS total, coalesce(cn.amount, 0) AS credited,
                     i.${i.col('lumary__Total__c')} - coalesce(pa.amount, 0) - coalesce(cn.amount, 0) AS balance,
                     $2::date - i.${i.col('lumary__Due_Date__c')} AS days
                FROM ${i.name} i
                LEFT JOIN (SELECT invoice_id, sum(amount) AS amount FROM standing_allocation GROUP BY invoice_id) pa ON pa.invoice_id = i.id
                LEFT JOIN (SELECT c.${c.col('lumary__Invoice__c')} AS invoice_id, sum(c.${c.col('lumary__Amount__c')}) AS amount
                             FROM ${c.name} c
                            WHERE c.tenant_id = $1 AND c.${c.col('lumary__Credit_Date__c')} <= $2::date
                            GROUP BY 1) cn ON cn.invoice_id = i.id
               WHERE i.tenant_id = $1 AND i.${i.col('lumary__Journal_Entry__c')} IS NOT NULL
                 AND i.${i.col('lumary__Invoice_Date__c')} <= $2::date
                 AND NOT (i.${i.col('lumary__Status__c')} = $3 AND coalesce(i.${i.col('lumary__Voided_Date__c')} <= $2::date, true))),
            invoiced AS (
              SELECT debtor_id, debtor_type, sum(total) AS invoiced, sum(credited) AS credited,
                     ${buckets.join(',\n                     ')},
                     coalesce(sum(balance) FILTER (WHERE days > 0), 0) AS overdue
                FROM invoice_at GROUP BY debtor_id, debtor_type),
            received AS (
              SELECT p.${p.col('lumary__Debtor__c')} AS debtor_id, p.${typeColumn(p, 'lumary__Debtor__c')} AS debtor_type,
                     sum(p.${p.col('lumary__Amount__c')}) AS received, sum(p.${p.col('lumary__Amount__c')} - coalesce(pa.amount, 0)) AS unallocated
                FROM ${p.name} p
                LEFT JOIN (SELECT payment_id, sum(amount) AS amount FROM standing_allocation GROUP BY payment_id) pa ON pa.payment_id = p.id
               WHERE p.tenant_id = $1 AND p.${p.col('lumary__Payment_Date__c')} <= $2::date
                 AND NOT (p.${p.col('lumary__Status__c')} = $4 AND coalesce(p.${p.col('lumary__Reversal_Date__c')} <= $2::date, true))
               GROUP BY 1, 2),
            position AS (
              SELECT coalesce(v.debtor_id, r.debtor_id) AS debtor_id, coalesce(v.debtor_type, r.debtor_type) AS debtor_type,
                     coalesce(v.invoiced, 0)::text AS invoiced, coalesce(v.credited, 0)::text AS credited,
                     coalesce(r.received, 0)::text AS received, coalesce(r.unallocated, 0)::text AS unallocated,
                     coalesce(v.overdue, 0)::text AS overdue, ${AGE_BUCKETS.map((b) => `coalesce(v."${b.key}", '0') AS "${b.key}"`).join(', ')}
                FROM invoiced v FULL JOIN received r ON r.debtor_id = v.debtor_id AND r.debtor_type = v.debtor_type)
       SELECT pos.*, ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM position pos
         LEFT JOIN ${contact.name} dc ON dc.tenant_id = $1 AND dc.id = pos.debtor_id AND pos.debtor_type = $5
         LEFT JOIN ${account.name} da ON da.tenant_id = $1 AND da.id = pos.debtor_id AND pos.debtor_type = $6`,
      [ctx.tenantId, asAt, VOID, REVERSED, contact.object.apiName, account.object.apiName],
    )) as Record<string, string | null>[];
    return rows.map((r) => ({
      debtor: this.debtorRef(r, ctx),
      invoiced: money(r['invoiced']),
      received: money(r['received']),
      credited: money(r['credited']),
      unallocated: money(r['unallocated']),
      overdue: money(r['overdue']),
      buckets: Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, money(r[b.key])])) as Record<AgeBucket, Money>,
    }));
  }

  /** The Debtors Control account's balance (debit − credit) over journal lines dated on or before `asAt`. */
  async debtorsControl(manager: EntityManager, tenantId: string, asAt: string): Promise<Money> {
    const { line: l, entity: e } = this;
    const [row] = (await manager.query(
      `SELECT coalesce(sum(l.${l.col('lumary__Debit__c')} - l.${l.col('lumary__Credit__c')}), 0)::text AS balance
         FROM ${l.name} l JOIN ${e.name} acc ON acc.tenant_id = l.tenant_id AND acc.id = l.${l.col('lumary__Account__c')}
        WHERE l.tenant_id = $1 AND l.${l.col('lumary__Line_Date__c')} <= $2::date AND acc.${e.col(F.controlType)} = $3`,
      [tenantId, asAt, DEBTORS_CONTROL],
    )) as { balance: string }[];
    return money(row?.balance);
  }

  /** The Contact or Account with this id in the tenant, named; undefined when there is none. */
  async debtor(manager: EntityManager, ctx: RequestContext, id: string): Promise<DebtorRef | undefined> {
    const { contact: c, account: a } = this;
    const [row] = (await manager.query(
      `SELECT k.id AS debtor_id, CASE WHEN dc.id IS NOT NULL THEN $3 WHEN da.id IS NOT NULL THEN $4 END AS debtor_type,
              ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM (SELECT $2::uuid AS id) k
         LEFT JOIN ${c.name} dc ON dc.tenant_id = $1 AND dc.id = k.id
         LEFT JOIN ${a.name} da ON da.tenant_id = $1 AND da.id = k.id`,
      [ctx.tenantId, id, c.object.apiName, a.object.apiName],
    )) as Record<string, string | null>[];
    return row?.['debtor_type'] ? this.debtorRef(row, ctx) : undefined;
  }

  /** A row's debtor, from `debtor_id`, `debtor_type` and the name inputs selected as `dc` / `da`. */
  private debtorRef(row: Record<string, string | null>, ctx: RequestContext): DebtorRef {
    const type = row['debtor_type'] ?? this.contact.object.apiName;
    const name = type === this.account.object.apiName ? this.accountName.read(row, 'da', ctx) : this.contactName.read(row, 'dc', ctx);
    return { id: row['debtor_id'] ?? '', name, type };
  }
}

/** The column recording which object a polymorphic lookup points at (`Contact` or `Account`). */
export function typeColumn(table: SqlTable, field: string): string {
  const column = table.object.fields.get(metadataKey(field))?.column;
  if (!column) throw new Error(`${table.object.apiName}.${field} has no column`);
  return `"${polymorphicTypeColumn(column)}"`;
}
