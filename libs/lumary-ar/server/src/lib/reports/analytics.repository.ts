import type { EntityManager } from 'typeorm';
import { F } from '../ar-names';
import { money, type Money } from '../journal/money';
import { AGE_BUCKETS, type AgeBucket } from './receivables';
import { typeColumn, type ReceivablesRepository } from './receivables.repository';

/** The receivables at one date: the invoices' balances by days past due and the payments' unallocated credit. */
export interface AgingAt {
  date: string;
  buckets: Record<AgeBucket, Money>;
  unallocated: Money;
}

/** One month's payments: received (dated in it), reversed (reversal dated in it). */
export interface PaymentMonth {
  month: string;
  count: number;
  received: Money;
  reversed: Money;
}

/** Credit sales over a period: issued invoices dated in it, credit notes dated in it and invoices voided in it. */
export interface SalesInPeriod {
  invoiced: Money;
  credited: Money;
  voided: Money;
}

const VOID = 'Void';
const REVERSED = 'Reversed';
const DEBTORS_CONTROL = 'Debtors Control Account';

/** The dates as one parameter (a comma-separated list), read back as a set of dates by SQL. */
const dateSet = (dates: string[]) => dates.join(',');

/**
 * The analytics' set-based SQL over the receivables tables (libs/lumary-ar/RULES.md#analytics):
 * one statement answers the aged buckets at many dates at once (the same rules as the aged
 * receivables report at one date), one the Debtors Control balance at many dates, one the
 * payments per month and one the credit sales of a period.
 */
export class AnalyticsRepository {
  constructor(private readonly r: ReceivablesRepository) {}

  /**
   * The aged receivables totals at each date, counted as ReceivablesRepository.positions counts
   * them at one (see `amountsAt`).
   */
  async agingAt(manager: EntityManager, tenantId: string, dates: string[]): Promise<AgingAt[]> {
    const buckets = AGE_BUCKETS.map(
      (b) =>
        `coalesce(sum(balance) FILTER (WHERE ${b.from === undefined ? 'days IS NULL OR days <= 0' : `days >= ${b.from}${b.to === undefined ? '' : ` AND days <= ${b.to}`}`}), 0)::text AS "${b.key}"`,
    );
    const rows = (await manager.query(
      `WITH ${this.amountsAt()},
            aged AS (SELECT d, ${buckets.join(', ')} FROM invoice_amount GROUP BY d),
            unallocated AS (SELECT d, sum(amount) AS amount FROM payment_amount GROUP BY d)
       SELECT at.d::text AS date, ${AGE_BUCKETS.map((b) => `coalesce(g."${b.key}", '0') AS "${b.key}"`).join(', ')},
              coalesce(u.amount, 0)::text AS unallocated
         FROM at LEFT JOIN aged g ON g.d = at.d LEFT JOIN unallocated u ON u.d = at.d
        ORDER BY at.d`,
      [tenantId, dateSet(dates), VOID, REVERSED],
    )) as Record<string, string>[];
    return rows.map((row) => ({
      date: row['date'],
      buckets: Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, money(row[b.key])])) as Record<AgeBucket, Money>,
      unallocated: money(row['unallocated']),
    }));
  }

  /**
   * The `limit` debtors with the most overdue at `asAt` (Σ balances past due), with their open
   * balance (their invoices' balances less their unallocated credit), most overdue first.
   */
  async topOverdue(
    manager: EntityManager,
    tenantId: string,
    asAt: string,
    limit: number,
  ): Promise<{ id: string; type: string; overdue: Money; balance: Money }[]> {
    const rows = (await manager.query(
      `WITH ${this.amountsAt()},
            owed AS (
              SELECT debtor_id, debtor_type, coalesce(sum(balance) FILTER (WHERE days > 0), 0) AS overdue, sum(balance) AS balance
                FROM invoice_amount GROUP BY 1, 2),
            credit_left AS (SELECT debtor_id, debtor_type, sum(amount) AS amount FROM payment_amount GROUP BY 1, 2)
       SELECT o.debtor_id AS id, o.debtor_type AS type, o.overdue::text AS overdue, (o.balance - coalesce(c.amount, 0))::text AS balance
         FROM owed o LEFT JOIN credit_left c ON c.debtor_id = o.debtor_id AND c.debtor_type = o.debtor_type
        WHERE o.overdue > 0
        ORDER BY o.overdue DESC, o.debtor_id
        LIMIT ${Math.max(1, Math.floor(limit))}`,
      [tenantId, asAt, VOID, REVERSED],
    )) as { id: string; type: string; overdue: string; balance: string }[];
    return rows.map((row) => ({ id: row.id, type: row.type, overdue: money(row.overdue), balance: money(row.balance) }));
  }

  /**
   * The common table expressions of the receivables at many dates ($2, a comma-separated list;
   * $1 the tenant, $3 'Void', $4 'Reversed'), ending in `invoice_amount` (d, debtor, days past due,
   * and amounts whose sum per d is each invoice's balance at d) and `payment_amount` (d, debtor,
   * amounts whose sum is the unallocated credit at d). As ReceivablesRepository.positions counts
   * at one date: an invoice counts when issued with Invoice Date ≤ d and not voided by d; its
   * balance is Total − allocations standing at d − credit notes dated ≤ d; a payment counts when
   * dated ≤ d and not reversed by d, and what its standing allocations leave is unallocated credit.
   *
   * Sparse: each invoice's (and payment's) last event (an allocation, its reversal, a credit) and
   * final balance come from one pass; on or after its last event its balance is that final balance,
   * so a settled invoice (a fully allocated payment) is only paired with the dates between its own
   * date and its last event, and one voided with the dates before its void.
   */
  private amountsAt(): string {
    const { invoice: i, allocation: a, creditNote: c, payment: p } = this.r;
    return `at AS (SELECT DISTINCT x::date AS d FROM unnest(string_to_array($2, ',')) x),
            alloc AS MATERIALIZED (
              SELECT a.${a.col('lumary__Invoice__c')} AS invoice_id, a.${a.col('lumary__Payment__c')} AS payment_id, a.${a.col('lumary__Amount__c')} AS amount,
                     a.${a.col('lumary__Allocation_Date__c')} AS day, a.${a.col('lumary__Reversed__c')} AS reversed, a.${a.col('lumary__Reversed_Date__c')} AS reversed_day
                FROM ${a.name} a WHERE a.tenant_id = $1),
            credit AS MATERIALIZED (
              SELECT c.${c.col('lumary__Invoice__c')} AS invoice_id, c.${c.col('lumary__Amount__c')} AS amount, c.${c.col('lumary__Credit_Date__c')} AS day
                FROM ${c.name} c WHERE c.tenant_id = $1),
            invoice_event AS (
              SELECT invoice_id, max(greatest(day, reversed_day)) AS last, coalesce(sum(amount) FILTER (WHERE NOT reversed), 0) AS settled
                FROM alloc GROUP BY 1
              UNION ALL
              SELECT invoice_id, max(day), sum(amount) FROM credit GROUP BY 1),
            invoice_last AS (SELECT invoice_id, max(last) AS last, sum(settled) AS settled FROM invoice_event GROUP BY 1),
            -- Each invoice's window of dates where its balance may not be 0: from its Invoice Date until it is voided,
            -- or until its last event when that leaves nothing owing.
            invoice_window AS MATERIALIZED (
              SELECT i.id, i.${i.col('lumary__Debtor__c')} AS debtor_id, i.${typeColumn(i, 'lumary__Debtor__c')} AS debtor_type,
                     i.${i.col('lumary__Total__c')} AS total, i.${i.col('lumary__Due_Date__c')} AS due, i.${i.col('lumary__Invoice_Date__c')} AS start,
                     least(CASE WHEN i.${i.col('lumary__Status__c')} = $3 THEN coalesce(i.${i.col('lumary__Voided_Date__c')}, '-infinity'::date) ELSE 'infinity'::date END,
                           CASE WHEN e.last IS NULL OR i.${i.col('lumary__Total__c')} - e.settled <> 0 THEN 'infinity'::date ELSE e.last END) AS stop
                FROM ${i.name} i LEFT JOIN invoice_last e ON e.invoice_id = i.id
               WHERE i.tenant_id = $1 AND i.${i.col('lumary__Journal_Entry__c')} IS NOT NULL),
            invoice_pair AS MATERIALIZED (
              SELECT at.d, w.id, w.debtor_id, w.debtor_type, w.total, at.d - w.due AS days
                FROM invoice_window w JOIN at ON at.d >= w.start AND at.d < w.stop
               WHERE w.stop > (SELECT min(d) FROM at) AND w.start <= (SELECT max(d) FROM at)),
            -- Each pair's balance, as its Total less what stood against it at the date: summed per date and bucket directly.
            invoice_amount AS (
              SELECT ip.d, ip.debtor_id, ip.debtor_type, ip.days, ip.total AS balance FROM invoice_pair ip
              UNION ALL
              SELECT ip.d, ip.debtor_id, ip.debtor_type, ip.days, -x.amount FROM invoice_pair ip
                JOIN alloc x ON x.invoice_id = ip.id AND x.day <= ip.d AND NOT (x.reversed AND coalesce(x.reversed_day <= ip.d, true))
              UNION ALL
              SELECT ip.d, ip.debtor_id, ip.debtor_type, ip.days, -y.amount FROM invoice_pair ip
                JOIN credit y ON y.invoice_id = ip.id AND y.day <= ip.d),
            payment_last AS (
              SELECT payment_id, max(greatest(day, reversed_day)) AS last, coalesce(sum(amount) FILTER (WHERE NOT reversed), 0) AS allocated
                FROM alloc GROUP BY 1),
            payment_window AS MATERIALIZED (
              SELECT p.id, p.${p.col('lumary__Debtor__c')} AS debtor_id, p.${typeColumn(p, 'lumary__Debtor__c')} AS debtor_type,
                     p.${p.col('lumary__Amount__c')} AS amount, p.${p.col('lumary__Payment_Date__c')} AS start,
                     least(CASE WHEN p.${p.col('lumary__Status__c')} = $4 THEN coalesce(p.${p.col('lumary__Reversal_Date__c')}, '-infinity'::date) ELSE 'infinity'::date END,
                           CASE WHEN e.last IS NULL OR p.${p.col('lumary__Amount__c')} - e.allocated <> 0 THEN 'infinity'::date ELSE e.last END) AS stop
                FROM ${p.name} p LEFT JOIN payment_last e ON e.payment_id = p.id
               WHERE p.tenant_id = $1),
            payment_pair AS MATERIALIZED (
              SELECT at.d, w.id, w.debtor_id, w.debtor_type, w.amount
                FROM payment_window w JOIN at ON at.d >= w.start AND at.d < w.stop
               WHERE w.stop > (SELECT min(d) FROM at) AND w.start <= (SELECT max(d) FROM at)),
            payment_amount AS (
              SELECT pp.d, pp.debtor_id, pp.debtor_type, pp.amount FROM payment_pair pp
              UNION ALL
              SELECT pp.d, pp.debtor_id, pp.debtor_type, -x.amount FROM payment_pair pp
                JOIN alloc x ON x.payment_id = pp.id AND x.day <= pp.d AND NOT (x.reversed AND coalesce(x.reversed_day <= pp.d, true)))`;
  }

  /** The Debtors Control balance (debit − credit of its journal lines dated on or before) at each date. */
  async debtorsControlAt(manager: EntityManager, tenantId: string, dates: string[]): Promise<Map<string, Money>> {
    const { line: l, entity: e } = this.r;
    const rows = (await manager.query(
      `WITH at AS (SELECT DISTINCT x::date AS d FROM unnest(string_to_array($2, ',')) x),
            control AS (
              SELECT l.${l.col('lumary__Line_Date__c')} AS day, sum(l.${l.col('lumary__Debit__c')} - l.${l.col('lumary__Credit__c')}) AS movement
                FROM ${l.name} l JOIN ${e.name} acc ON acc.tenant_id = l.tenant_id AND acc.id = l.${l.col('lumary__Account__c')}
               WHERE l.tenant_id = $1 AND acc.${e.col(F.controlType)} = $3 AND l.${l.col('lumary__Line_Date__c')} <= (SELECT max(d) FROM at)
               GROUP BY 1)
       SELECT at.d::text AS date, coalesce(sum(c.movement), 0)::text AS balance
         FROM at LEFT JOIN control c ON c.day <= at.d GROUP BY at.d`,
      [tenantId, dateSet(dates), DEBTORS_CONTROL],
    )) as { date: string; balance: string }[];
    return new Map(rows.map((row) => [row.date, money(row.balance)]));
  }

  /** Per month from `from` to `to` (both YYYY-MM-DD): payments received and payments reversed. */
  async paymentsByMonth(manager: EntityManager, tenantId: string, from: string, to: string): Promise<PaymentMonth[]> {
    const p = this.r.payment;
    const date = `p.${p.col('lumary__Payment_Date__c')}`;
    const reversal = `p.${p.col('lumary__Reversal_Date__c')}`;
    const rows = (await manager.query(
      `WITH received AS (
              SELECT to_char(${date}, 'YYYY-MM') AS month, count(*)::int AS count, sum(p.${p.col('lumary__Amount__c')}) AS amount
                FROM ${p.name} p WHERE p.tenant_id = $1 AND ${date} BETWEEN $2::date AND $3::date GROUP BY 1),
            reversed AS (
              SELECT to_char(${reversal}, 'YYYY-MM') AS month, sum(p.${p.col('lumary__Amount__c')}) AS amount
                FROM ${p.name} p WHERE p.tenant_id = $1 AND p.${p.col('lumary__Status__c')} = $4 AND ${reversal} BETWEEN $2::date AND $3::date GROUP BY 1)
       SELECT coalesce(v.month, r.month) AS month, coalesce(v.count, 0) AS count,
              coalesce(v.amount, 0)::text AS received, coalesce(r.amount, 0)::text AS reversed
         FROM received v FULL JOIN reversed r ON r.month = v.month`,
      [tenantId, from, to, REVERSED],
    )) as { month: string; count: number; received: string; reversed: string }[];
    return rows.map((row) => ({
      month: row.month,
      count: Number(row.count),
      received: money(row.received),
      reversed: money(row.reversed),
    }));
  }

  /**
   * Credit sales in [from, to]: Σ Total of issued invoices with Invoice Date in it, Σ credit notes
   * dated in it, and Σ Total of issued invoices voided in it (a void takes the whole sale back on
   * its date, as a credit note of the whole would).
   */
  async sales(manager: EntityManager, tenantId: string, from: string, to: string): Promise<SalesInPeriod> {
    const { invoice: i, creditNote: c } = this.r;
    const [row] = (await manager.query(
      `SELECT (SELECT coalesce(sum(${i.col('lumary__Total__c')}), 0) FROM ${i.name}
                WHERE tenant_id = $1 AND ${i.col('lumary__Journal_Entry__c')} IS NOT NULL
                  AND ${i.col('lumary__Invoice_Date__c')} BETWEEN $2::date AND $3::date)::text AS invoiced,
              (SELECT coalesce(sum(${c.col('lumary__Amount__c')}), 0) FROM ${c.name}
                WHERE tenant_id = $1 AND ${c.col('lumary__Credit_Date__c')} BETWEEN $2::date AND $3::date)::text AS credited,
              (SELECT coalesce(sum(${i.col('lumary__Total__c')}), 0) FROM ${i.name}
                WHERE tenant_id = $1 AND ${i.col('lumary__Journal_Entry__c')} IS NOT NULL AND ${i.col('lumary__Status__c')} = $4
                  AND ${i.col('lumary__Voided_Date__c')} BETWEEN $2::date AND $3::date)::text AS voided`,
      [tenantId, from, to, VOID],
    )) as { invoiced: string; credited: string; voided: string }[];
    return { invoiced: money(row.invoiced), credited: money(row.credited), voided: money(row.voided) };
  }
}
