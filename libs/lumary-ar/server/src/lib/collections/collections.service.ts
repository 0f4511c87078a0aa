import { ChronoUnit, LocalDate } from '@js-joda/core';
import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { isId } from '../journal/journal-entry';
import { formatMoney, sum } from '../journal/money';
import {
  CollectionsRepository,
  COLLECTIONS,
  type DebtorRow,
  type OpenInvoiceRow,
  type PromiseRow,
  type StepRow,
} from './collections.repository';
import { assessRisk, predictedPayDate, RECENT_DAYS, RISK_WEIGHTS, type Risk, type RiskHistory } from './risk';
import Decimal from 'decimal.js';

export type PromiseStatus = 'Open' | 'Kept' | 'Broken';

export interface PromiseView {
  id: string;
  name: string;
  promiseDate: string;
  madeOn: string;
  amount: string;
  paidTowards: string;
  note: string | null;
  status: PromiseStatus;
}

export interface DebtorRisk extends Risk {
  asOf: string;
  debtor: DebtorRow;
  /** Each open invoice's predicted pay date: max(today, Due Date + L); null without history. */
  invoices: { id: string; name: string; dueDate: string | null; balance: string; daysOverdue: number; predictedPayDate: string | null }[];
}

export interface NextReminder {
  /** The day it goes (the next run on or after it); today when a step is due and not yet sent. */
  date: string;
  step: string | null;
  offset: number;
  invoice: string;
}

export interface WorklistRow {
  debtor: DebtorRow;
  overdue: string;
  overdueInvoices: number;
  oldestDaysOverdue: number;
  /** Σ (balance × days overdue) over the overdue invoices × the risk weight. */
  score: string;
  riskWeight: number;
  risk: Pick<Risk, 'level' | 'noHistory' | 'expectedLateness' | 'shareLate' | 'reasons'>;
  lastContact: { date: string; type: string; note: string | null } | null;
  remindersPaused: boolean;
  nextReminder: NextReminder | null;
  /** The promises due from 90 days ago on (Open, Kept or Broken), latest first. */
  promises: PromiseView[];
  /** The overdue invoices, oldest due first, each with its predicted pay date (null without history). */
  invoices: DebtorRisk['invoices'];
  /** A promise broken and no contact logged since its date: call them. */
  followUp: boolean;
}

export interface Worklist {
  asOf: string;
  weights: typeof RISK_WEIGHTS;
  debtors: WorklistRow[];
}

/** Kept when the debtor's payments from the day it was made up to its date reach the amount; broken once the date has passed without. */
export function promiseStatus(p: PromiseRow, today: LocalDate): PromiseStatus {
  if (p.paidTowards.greaterThanOrEqualTo(p.amount)) return 'Kept';
  return LocalDate.parse(p.promiseDate).isBefore(today) ? 'Broken' : 'Open';
}

const promiseView = (p: PromiseRow, today: LocalDate): PromiseView => ({
  id: p.id,
  name: p.name,
  promiseDate: p.promiseDate,
  madeOn: p.madeOn,
  amount: formatMoney(p.amount),
  paidTowards: formatMoney(p.paidTowards),
  note: p.note,
  status: promiseStatus(p, today),
});

/** A promise broken in the last 90 days (its date passed within them). */
export function brokenRecently(p: PromiseRow, today: LocalDate): boolean {
  return promiseStatus(p, today) === 'Broken' && !LocalDate.parse(p.promiseDate).isBefore(today.minusDays(RECENT_DAYS));
}

const daysOverdue = (i: OpenInvoiceRow, today: LocalDate) =>
  i.dueDate ? Math.max(0, LocalDate.parse(i.dueDate).until(today, ChronoUnit.DAYS)) : 0;

/**
 * For one open invoice, given the schedule and the offsets already sent: the step a run on `day`
 * sends (the furthest due one, unless it or a later one was sent), or undefined.
 */
export function dueStep(invoice: Pick<OpenInvoiceRow, 'dueDate'>, steps: StepRow[], sent: number[], day: LocalDate): StepRow | undefined {
  if (!invoice.dueDate) return undefined;
  const due = LocalDate.parse(invoice.dueDate);
  const furthest = [...steps].reverse().find((s) => !due.plusDays(s.offset).isAfter(day));
  if (!furthest || sent.some((o) => o >= furthest.offset)) return undefined;
  return furthest;
}

/** The next reminder an invoice will get on or after `today`: a due step not yet sent (today), else the next later step. */
export function nextStep(invoice: OpenInvoiceRow, steps: StepRow[], sent: number[], today: LocalDate): NextReminder | undefined {
  if (!invoice.dueDate) return undefined;
  const due = LocalDate.parse(invoice.dueDate);
  const now = dueStep(invoice, steps, sent, today);
  if (now) return { date: today.toString(), step: now.name, offset: now.offset, invoice: invoice.name };
  const last = Math.max(-Infinity, ...sent);
  const later = steps.find((s) => s.offset > last && due.plusDays(s.offset).isAfter(today));
  return later ? { date: due.plusDays(later.offset).toString(), step: later.name, offset: later.offset, invoice: invoice.name } : undefined;
}

const notFound = (id: string) => EngineError.notFound(`The requested resource does not exist: no Contact or Account with id '${id}'`);

/** Fields the worklist and risk are computed from (field-level security: refused without them). */
const WORKLIST_FIELDS = fields(AR.invoice, 'lumary__Debtor__c', 'lumary__Status__c', 'lumary__Balance__c', 'lumary__Due_Date__c');
export const RISK_FIELDS = [
  ...fields(AR.invoice, 'lumary__Debtor__c', 'lumary__Status__c', 'lumary__Due_Date__c', 'lumary__Paid_Date__c', 'lumary__Amount_Paid__c'),
  ...fields(AR.payment, 'lumary__Debtor__c', 'lumary__Status__c', 'lumary__Reversal_Date__c'),
];
const PROMISE_FIELDS = fields(COLLECTIONS.promise, 'lumary__Debtor__c', 'lumary__Promise_Date__c', 'lumary__Amount__c');

/**
 * Collections (libs/lumary-ar/RULES.md#collections): each debtor's risk and its open invoices'
 * predicted pay dates, and the worklist of overdue debtors, all from current data.
 */
export class CollectionsService {
  readonly repository: CollectionsRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new CollectionsRepository(engine);
  }

  /** A debtor's risk: level, reasons with their figures, and a predicted pay date per open invoice. */
  async risk(ctx: RequestContext, id: string): Promise<DebtorRisk> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    if (!isId(id)) throw notFound(id);
    fieldAccess(ctx, this.engine).require(RISK_FIELDS, 'The risk');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const debtor = await this.party(manager, ctx, id);
      const [risk, invoices] = await Promise.all([this.riskOf(manager, ctx, [id]), this.repository.openInvoices(manager, ctx, [id])]);
      const r = risk.get(id) ?? assessRisk({ daysLate: [], reversedPayments: 0, brokenPromises: 0 });
      return {
        asOf: ctx.today.toString(),
        debtor,
        ...r,
        invoices: invoices.map((i) => ({
          id: i.id,
          name: i.name,
          dueDate: i.dueDate,
          balance: formatMoney(i.balance),
          daysOverdue: daysOverdue(i, ctx.today),
          predictedPayDate: predictedPayDate(i.dueDate, r.expectedLateness, ctx.today),
        })),
      };
    });
  }

  /** Risk for the summary card, inside its transaction: undefined when a field it reads is hidden. */
  async riskIn(manager: EntityManager, ctx: RequestContext, id: string): Promise<Risk | undefined> {
    if (!fieldAccess(ctx, this.engine).all(RISK_FIELDS)) return undefined;
    return (await this.riskOf(manager, ctx, [id])).get(id);
  }

  /** The overdue debtors, highest score first (see WorklistRow.score). */
  async worklist(ctx: RequestContext): Promise<Worklist> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const can = fieldAccess(ctx, this.engine);
    can.require(WORKLIST_FIELDS, 'The collections worklist');
    const today = ctx.today;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const open = await this.repository.openInvoices(manager, ctx);
      const overdueBy = new Map<string, OpenInvoiceRow[]>();
      for (const i of open) {
        if (daysOverdue(i, today) <= 0) continue;
        const list = overdueBy.get(i.debtor.id) ?? [];
        list.push(i);
        overdueBy.set(i.debtor.id, list);
      }
      const ids = [...overdueBy.keys()];
      if (!ids.length) return { asOf: today.toString(), weights: RISK_WEIGHTS, debtors: [] };
      const withRisk = can.all(RISK_FIELDS);
      const promisesShown = this.readable(ctx, COLLECTIONS.promise) && can.all(PROMISE_FIELDS);
      const remindersShown = this.readable(ctx, COLLECTIONS.reminder);
      const [risks, promises, contacts, steps, sent, paused] = await Promise.all([
        withRisk ? this.riskOf(manager, ctx, ids) : new Map<string, Risk>(),
        promisesShown ? this.repository.promises(manager, ctx, ids) : [],
        this.readable(ctx, COLLECTIONS.activity) ? this.repository.lastContacts(manager, ctx, ids) : new Map(),
        remindersShown ? this.repository.steps(manager, ctx) : [],
        remindersShown
          ? this.repository.sentReminders(
              manager,
              ctx,
              open.map((i) => i.id),
            )
          : [],
        this.repository.pausedDebtors(manager, ctx),
      ]);
      const sentBy = new Map<string, number[]>();
      for (const s of sent) sentBy.set(s.invoiceId, [...(sentBy.get(s.invoiceId) ?? []), s.offset]);
      const rows: WorklistRow[] = ids.map((id) => {
        const overdue = overdueBy.get(id) ?? [];
        const risk = risks.get(id) ?? assessRisk({ daysLate: [], reversedPayments: 0, brokenPromises: 0 });
        const weight = RISK_WEIGHTS[risk.level ?? 'None'];
        const exposure = sum(overdue.map((i) => i.balance.times(daysOverdue(i, today))));
        const contact = contacts.get(id) ?? null;
        const mine = promises.filter((p) => p.debtorId === id);
        // Every promise due in the last 90 days or later: open, kept or broken.
        const shown = mine.filter((p) => !LocalDate.parse(p.promiseDate).isBefore(today.minusDays(RECENT_DAYS)));
        const broken = shown.filter((p) => promiseStatus(p, today) === 'Broken');
        const isPaused = paused.has(id);
        const next = isPaused
          ? undefined
          : open
              .filter((i) => i.debtor.id === id)
              .map((i) => nextStep(i, steps, sentBy.get(i.id) ?? [], today))
              .filter((n): n is NextReminder => !!n)
              .sort((a, b) => a.date.localeCompare(b.date))[0];
        return {
          debtor: overdue[0].debtor,
          overdue: formatMoney(sum(overdue.map((i) => i.balance))),
          overdueInvoices: overdue.length,
          oldestDaysOverdue: Math.max(...overdue.map((i) => daysOverdue(i, today))),
          score: formatMoney(exposure.times(weight)),
          riskWeight: weight,
          risk: {
            level: risk.level,
            noHistory: risk.noHistory,
            expectedLateness: risk.expectedLateness,
            shareLate: risk.shareLate,
            reasons: risk.reasons,
          },
          lastContact: contact ? { date: contact.date, type: contact.type, note: contact.note } : null,
          remindersPaused: isPaused,
          nextReminder: next ?? null,
          promises: shown.map((p) => promiseView(p, today)),
          invoices: overdue.map((i) => ({
            id: i.id,
            name: i.name,
            dueDate: i.dueDate,
            balance: formatMoney(i.balance),
            daysOverdue: daysOverdue(i, today),
            predictedPayDate: predictedPayDate(i.dueDate, risk.expectedLateness, today),
          })),
          followUp: broken.some((p) => !contact || contact.date <= p.promiseDate),
        };
      });
      rows.sort(
        (a, b) =>
          new Decimal(b.score).comparedTo(a.score) ||
          new Decimal(b.overdue).comparedTo(a.overdue) ||
          (a.debtor.name ?? '').localeCompare(b.debtor.name ?? ''),
      );
      return { asOf: today.toString(), weights: RISK_WEIGHTS, debtors: rows };
    });
  }

  /** Risk per debtor: histories from the ledger plus the promises broken in the last 90 days. */
  private async riskOf(manager: EntityManager, ctx: RequestContext, ids: string[]): Promise<Map<string, Risk>> {
    const histories = await this.repository.riskHistories(manager, ctx, ctx.today, ids);
    const promises = this.readable(ctx, COLLECTIONS.promise) ? await this.repository.promises(manager, ctx, ids) : [];
    const result = new Map<string, Risk>();
    for (const id of ids) {
      const h: RiskHistory = histories.get(id) ?? { daysLate: [], reversedPayments: 0, brokenPromises: 0 };
      h.brokenPromises = promises.filter((p) => p.debtorId === id && brokenRecently(p, ctx.today)).length;
      result.set(id, assessRisk(h));
    }
    return result;
  }

  private async party(manager: EntityManager, ctx: RequestContext, id: string): Promise<DebtorRow> {
    const { contact: c, account: a } = this.repository;
    const [row] = (await manager.query(
      `SELECT CASE WHEN c.id IS NOT NULL THEN $3 WHEN a.id IS NOT NULL THEN $4 END AS type, coalesce(c.id, a.id) AS id
         FROM (SELECT $2::uuid AS id) k
         LEFT JOIN ${c.name} c ON c.tenant_id = $1 AND c.id = k.id
         LEFT JOIN ${a.name} a ON a.tenant_id = $1 AND a.id = k.id`,
      [ctx.tenantId, id, c.object.apiName, a.object.apiName],
    )) as { type: string | null }[];
    if (!row?.type) throw notFound(id);
    requireObject(ctx, this.engine.object(row.type), 'read');
    const name = (await this.engine.within(manager, ctx).get(row.type, id))?.['Name'];
    return { id, type: row.type, name: typeof name === 'string' ? name : null };
  }

  private readable(ctx: RequestContext, objectName: string): boolean {
    const object = this.engine.object(objectName);
    return !ctx.access || (!ctx.access.denial(object) && ctx.access.object(object).read);
  }
}
