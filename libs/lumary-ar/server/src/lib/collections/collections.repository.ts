import type { LocalDate } from '@js-joda/core';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, OPEN } from '../ar-names';
import { money, type Money } from '../journal/money';
import { typeColumn } from '../reports/receivables.repository';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';
import { HISTORY_DAYS, RECENT_DAYS, type RiskHistory } from './risk';

/** The collections objects, by run-time API name. */
export const COLLECTIONS = {
  step: 'lumary__Reminder_Step__c',
  reminder: 'lumary__Reminder__c',
  promise: 'lumary__Promise_To_Pay__c',
  activity: 'lumary__Collection_Activity__c',
} as const;

export interface DebtorRow {
  id: string;
  name: string | null;
  /** `Contact` or `Account`. */
  type: string;
}

export interface OpenInvoiceRow {
  id: string;
  name: string;
  debtor: DebtorRow;
  invoiceDate: string;
  dueDate: string | null;
  total: Money;
  balance: Money;
}

export interface PromiseRow {
  id: string;
  name: string;
  debtorId: string;
  promiseDate: string;
  /** The day it was made (Promised On, else the day it was recorded): payments from then count. */
  madeOn: string;
  amount: Money;
  note: string | null;
  /** The debtor's payments (not reversed) dated from `madeOn` up to `promiseDate`. */
  paidTowards: Money;
}

export interface ActivityRow {
  debtorId: string;
  type: string;
  date: string;
  note: string | null;
}

export interface StepRow {
  id: string;
  name: string | null;
  offset: number;
  subject: string | null;
  body: string | null;
}

export interface SentReminderRow {
  invoiceId: string;
  offset: number;
  sentDate: string;
}

const PAID = 'Paid';
const REVERSED = 'Reversed';

/**
 * The collections' SQL: open invoices, risk histories, promises, activities, the reminder
 * schedule and what was sent, each one statement over the tenant's rows (row-level security
 * narrows it to what the caller may see). Optionally for some debtors only.
 */
export class CollectionsRepository {
  readonly invoice: SqlTable;
  readonly payment: SqlTable;
  readonly step: SqlTable;
  readonly reminder: SqlTable;
  readonly promise: SqlTable;
  readonly activity: SqlTable;
  readonly debtorSettings: SqlTable;
  readonly settings: SqlTable;
  readonly contact: SqlTable;
  readonly account: SqlTable;
  private readonly contactName: RecordName;
  private readonly accountName: RecordName;

  constructor(engine: RecordEngine) {
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.payment = new SqlTable(engine.object(AR.payment));
    this.step = new SqlTable(engine.object(COLLECTIONS.step));
    this.reminder = new SqlTable(engine.object(COLLECTIONS.reminder));
    this.promise = new SqlTable(engine.object(COLLECTIONS.promise));
    this.activity = new SqlTable(engine.object(COLLECTIONS.activity));
    this.debtorSettings = new SqlTable(engine.object(AR.debtorSettings));
    this.settings = new SqlTable(engine.object(AR.settings));
    this.contact = new SqlTable(engine.object('Contact'));
    this.account = new SqlTable(engine.object('Account'));
    this.contactName = new RecordName(engine.registry, this.contact.object);
    this.accountName = new RecordName(engine.registry, this.account.object);
  }

  /** The issued invoices with a balance owing (of `debtors` when given), oldest due first, with their debtors' names and emails. */
  async openInvoices(manager: EntityManager, ctx: RequestContext, debtors?: string[]): Promise<OpenInvoiceRow[]> {
    const { invoice: i, contact: c, account: a } = this;
    const debtor = i.col('lumary__Debtor__c');
    const debtorType = typeColumn(i, 'lumary__Debtor__c');
    const rows = (await manager.query(
      `SELECT i.id, i.${i.col('Name')} AS name, i.${debtor} AS debtor_id, i.${debtorType} AS debtor_type,
              i.${i.col('lumary__Invoice_Date__c')}::text AS invoice_date, i.${i.col('lumary__Due_Date__c')}::text AS due_date,
              i.${i.col('lumary__Total__c')}::text AS total, i.${i.col('lumary__Balance__c')}::text AS balance,
              ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM ${i.name} i
         LEFT JOIN ${c.name} dc ON dc.tenant_id = i.tenant_id AND dc.id = i.${debtor} AND i.${debtorType} = $3
         LEFT JOIN ${a.name} da ON da.tenant_id = i.tenant_id AND da.id = i.${debtor} AND i.${debtorType} = $4
        WHERE i.tenant_id = $1 AND i.${i.col('lumary__Status__c')} = ANY($2::text[]) AND i.${i.col('lumary__Balance__c')} > 0
          ${debtors ? `AND i.${debtor} = ANY($5::uuid[])` : ''}
        ORDER BY i.${i.col('lumary__Due_Date__c')} NULLS LAST, i.${i.col('Name')}`,
      [ctx.tenantId, OPEN, c.object.apiName, a.object.apiName, ...(debtors ? [debtors] : [])],
    )) as Record<string, string | null>[];
    return rows.map((r) => {
      const type = r['debtor_type'] ?? c.object.apiName;
      return {
        id: r['id'] ?? '',
        name: r['name'] ?? '',
        debtor: {
          id: r['debtor_id'] ?? '',
          type,
          name: type === a.object.apiName ? this.accountName.read(r, 'da', ctx) : this.contactName.read(r, 'dc', ctx),
        },
        invoiceDate: r['invoice_date'] ?? '',
        dueDate: r['due_date'],
        total: money(r['total']),
        balance: money(r['balance']),
      };
    });
  }

  /**
   * Each debtor's risk history as of `today`: days late of the invoices paid in full (Paid, Amount
   * Paid > 0) with a Paid Date in the 365 days ending today, and the payments reversed with a
   * Reversal Date in the last 90 days. Broken promises come from `promises`.
   */
  async riskHistories(
    manager: EntityManager,
    ctx: RequestContext,
    today: LocalDate,
    debtors?: string[],
  ): Promise<Map<string, RiskHistory>> {
    const { invoice: i, payment: p } = this;
    const paidDate = i.col('lumary__Paid_Date__c');
    const params: unknown[] = [ctx.tenantId, PAID, today.minusDays(HISTORY_DAYS).toString(), today.toString()];
    if (debtors) params.push(debtors);
    const paid = (await manager.query(
      `SELECT i.${i.col('lumary__Debtor__c')} AS debtor_id, (i.${paidDate} - i.${i.col('lumary__Due_Date__c')})::int AS days
         FROM ${i.name} i
        WHERE i.tenant_id = $1 AND i.${i.col('lumary__Status__c')} = $2 AND i.${i.col('lumary__Amount_Paid__c')} > 0
          AND i.${paidDate} > $3::date AND i.${paidDate} <= $4::date AND i.${i.col('lumary__Due_Date__c')} IS NOT NULL
          ${debtors ? `AND i.${i.col('lumary__Debtor__c')} = ANY($5::uuid[])` : ''}`,
      params,
    )) as { debtor_id: string; days: number }[];
    const reversed = (await manager.query(
      `SELECT p.${p.col('lumary__Debtor__c')} AS debtor_id, count(*)::int AS n
         FROM ${p.name} p
        WHERE p.tenant_id = $1 AND p.${p.col('lumary__Status__c')} = $2
          AND p.${p.col('lumary__Reversal_Date__c')} > $3::date AND p.${p.col('lumary__Reversal_Date__c')} <= $4::date
          ${debtors ? `AND p.${p.col('lumary__Debtor__c')} = ANY($5::uuid[])` : ''}
        GROUP BY 1`,
      [ctx.tenantId, REVERSED, today.minusDays(RECENT_DAYS).toString(), today.toString(), ...(debtors ? [debtors] : [])],
    )) as { debtor_id: string; n: number }[];
    const histories = new Map<string, RiskHistory>();
    const of = (id: string) => {
      let h = histories.get(id);
      if (!h) histories.set(id, (h = { daysLate: [], reversedPayments: 0, brokenPromises: 0 }));
      return h;
    };
    for (const row of paid) of(row.debtor_id).daysLate.push(Number(row.days));
    for (const row of reversed) of(row.debtor_id).reversedPayments = Number(row.n);
    return histories;
  }

  /** The promises to pay (of `debtors` when given), each with what the debtor paid towards it, newest promise date first. */
  async promises(manager: EntityManager, ctx: RequestContext, debtors?: string[]): Promise<PromiseRow[]> {
    const { promise: t, payment: p } = this;
    const madeOn = `coalesce(t.${t.col('lumary__Promised_On__c')}, (t.created_date AT TIME ZONE $3)::date)`;
    const rows = (await manager.query(
      `SELECT t.id, t.${t.col('Name')} AS name, t.${t.col('lumary__Debtor__c')} AS debtor_id,
              t.${t.col('lumary__Promise_Date__c')}::text AS promise_date, ${madeOn}::text AS made_on,
              t.${t.col('lumary__Amount__c')}::text AS amount, t.${t.col('lumary__Note__c')} AS note,
              (SELECT coalesce(sum(p.${p.col('lumary__Amount__c')}), 0) FROM ${p.name} p
                WHERE p.tenant_id = t.tenant_id AND p.${p.col('lumary__Debtor__c')} = t.${t.col('lumary__Debtor__c')}
                  AND p.${p.col('lumary__Status__c')} <> $2
                  AND p.${p.col('lumary__Payment_Date__c')} >= ${madeOn}
                  AND p.${p.col('lumary__Payment_Date__c')} <= t.${t.col('lumary__Promise_Date__c')})::text AS paid
         FROM ${t.name} t
        WHERE t.tenant_id = $1 ${debtors ? `AND t.${t.col('lumary__Debtor__c')} = ANY($4::uuid[])` : ''}
        ORDER BY t.${t.col('lumary__Promise_Date__c')} DESC, t.${t.col('Name')} DESC`,
      [ctx.tenantId, REVERSED, ctx.timeZone, ...(debtors ? [debtors] : [])],
    )) as Record<string, string | null>[];
    return rows.map((r) => ({
      id: r['id'] ?? '',
      name: r['name'] ?? '',
      debtorId: r['debtor_id'] ?? '',
      promiseDate: r['promise_date'] ?? '',
      madeOn: r['made_on'] ?? '',
      amount: money(r['amount']),
      note: r['note'],
      paidTowards: money(r['paid']),
    }));
  }

  /** Each debtor's latest activity (of `debtors` when given). */
  async lastContacts(manager: EntityManager, ctx: RequestContext, debtors?: string[]): Promise<Map<string, ActivityRow>> {
    const t = this.activity;
    const rows = (await manager.query(
      `SELECT DISTINCT ON (t.${t.col('lumary__Debtor__c')}) t.${t.col('lumary__Debtor__c')} AS debtor_id, t.${t.col('lumary__Type__c')} AS type,
              t.${t.col('lumary__Activity_Date__c')}::text AS date, t.${t.col('lumary__Note__c')} AS note
         FROM ${t.name} t
        WHERE t.tenant_id = $1 ${debtors ? `AND t.${t.col('lumary__Debtor__c')} = ANY($2::uuid[])` : ''}
        ORDER BY t.${t.col('lumary__Debtor__c')}, t.${t.col('lumary__Activity_Date__c')} DESC, t.created_date DESC`,
      [ctx.tenantId, ...(debtors ? [debtors] : [])],
    )) as { debtor_id: string; type: string; date: string; note: string | null }[];
    return new Map(rows.map((r) => [r.debtor_id, { debtorId: r.debtor_id, type: r.type, date: r.date, note: r.note }]));
  }

  /** The reminder schedule: the steps of the organisation's (first) AR Settings, by days from the Due Date. */
  async steps(manager: EntityManager, ctx: RequestContext): Promise<StepRow[]> {
    const { step: s, settings: a } = this;
    const rows = (await manager.query(
      `SELECT s.id, s.${s.col('Name')} AS name, s.${s.col('lumary__Offset_Days__c')}::int AS offset_days,
              s.${s.col('lumary__Subject__c')} AS subject, s.${s.col('lumary__Body__c')} AS body
         FROM ${s.name} s
        WHERE s.tenant_id = $1 AND s.${s.col('lumary__AR_Settings__c')} =
              (SELECT a.id FROM ${a.name} a WHERE a.tenant_id = $1 ORDER BY a.created_date, a.id LIMIT 1)
        ORDER BY 3, s.created_date`,
      [ctx.tenantId],
    )) as { id: string; name: string | null; offset_days: number; subject: string | null; body: string | null }[];
    // One step per offset: a second step with the same days could never be sent (one per invoice and offset).
    const seen = new Set<number>();
    return rows
      .filter((r) => !seen.has(Number(r.offset_days)) && seen.add(Number(r.offset_days)))
      .map((r) => ({ id: r.id, name: r.name, offset: Number(r.offset_days), subject: r.subject, body: r.body }));
  }

  /** The reminders sent for these invoices. */
  async sentReminders(manager: EntityManager, ctx: RequestContext, invoices: string[]): Promise<SentReminderRow[]> {
    if (!invoices.length) return [];
    const r = this.reminder;
    const rows = (await manager.query(
      `SELECT r.${r.col('lumary__Invoice__c')} AS invoice_id, r.${r.col('lumary__Offset_Days__c')}::int AS offset_days,
              r.${r.col('lumary__Sent_Date__c')}::text AS sent_date
         FROM ${r.name} r WHERE r.tenant_id = $1 AND r.${r.col('lumary__Invoice__c')} = ANY($2::uuid[])`,
      [ctx.tenantId, invoices],
    )) as { invoice_id: string; offset_days: number; sent_date: string }[];
    return rows.map((row) => ({ invoiceId: row.invoice_id, offset: Number(row.offset_days), sentDate: row.sent_date }));
  }

  /** The debtors whose Debtor Settings pause reminders. */
  async pausedDebtors(manager: EntityManager, ctx: RequestContext): Promise<Set<string>> {
    const s = this.debtorSettings;
    const rows = (await manager.query(
      `SELECT ${s.col('lumary__Debtor__c')} AS debtor_id FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Pause_Reminders__c')}`,
      [ctx.tenantId],
    )) as { debtor_id: string }[];
    return new Set(rows.map((r) => r.debtor_id));
  }

  /** Where a debtor's emails go: Debtor Settings' Invoice Email, else the Contact's or Account's Email. */
  async debtorEmails(manager: EntityManager, ctx: RequestContext, debtors: string[]): Promise<Map<string, string | null>> {
    if (!debtors.length) return new Map();
    const { debtorSettings: s, contact: c, account: a } = this;
    const rows = (await manager.query(
      `SELECT k.id, coalesce(s.${s.col('lumary__Invoice_Email__c')}, dc.${c.col('Email')}, da.${a.col('Email')}) AS email
         FROM unnest($2::uuid[]) AS k(id)
         LEFT JOIN ${s.name} s ON s.tenant_id = $1 AND s.${s.col('lumary__Debtor__c')} = k.id
         LEFT JOIN ${c.name} dc ON dc.tenant_id = $1 AND dc.id = k.id
         LEFT JOIN ${a.name} da ON da.tenant_id = $1 AND da.id = k.id`,
      [ctx.tenantId, debtors],
    )) as { id: string; email: string | null }[];
    return new Map(rows.map((r) => [r.id, r.email]));
  }
}
