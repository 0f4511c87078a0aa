import { LocalDate } from '@js-joda/core';
import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { JobSender } from '@platform/jobs';
import Handlebars from 'handlebars';
import { AR } from '../ar-names';
import { OUTBOX_JOB } from '../job-types';
import { formatMoney, sum } from '../journal/money';
import { InvoiceDocumentRepository } from '../documents/invoice-document.repository';
import { CollectionsRepository, COLLECTIONS, type DebtorRow, type OpenInvoiceRow, type StepRow } from './collections.repository';
import { dueStep } from './collections.service';
import { ChronoUnit } from '@js-joda/core';

export interface ReminderRunDebtor {
  debtor: DebtorRow;
  /** sent: one email queued; paused: Debtor Settings pause reminders; noEmail: nowhere to send; alreadySent: another run sent them first. */
  outcome: 'sent' | 'paused' | 'noEmail' | 'alreadySent';
  to: string | null;
  email: string | null;
  invoices: { id: string; name: string; step: string | null; offset: number; balance: string }[];
}

export interface ReminderRun {
  asOf: string;
  /** Emails queued: at most one per debtor. */
  emails: number;
  /** Reminders recorded: one per invoice and step. */
  reminders: number;
  debtors: ReminderRunDebtor[];
}

const DEFAULT_SUBJECT = 'Payment reminder from {{providerName}}';
const DEFAULT_BODY = `<p>Dear {{debtorName}},</p>
<p>Our records show the following invoices from {{providerName}} are due or overdue as at {{asOf}}:</p>
<table><thead><tr><th>Invoice</th><th>Due Date</th><th>Days Overdue</th><th>Balance</th></tr></thead><tbody>
{{#each invoices}}<tr><td>{{number}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td><td>\${{balance}}</td></tr>
{{/each}}</tbody></table>
<p>Total due: \${{totalDue}}. If you have already paid, thank you, and please ignore this reminder.</p>`;

const ddmmyyyy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** A uniqueness violation: another run recorded the same invoice and step first. */
const isDuplicate = (error: unknown) => {
  const e = error as { code?: string; errors?: { errorCode?: string }[]; message?: string };
  return e?.code === '23505' || !!e?.errors?.some((x) => x.errorCode === 'DUPLICATE_VALUE') || /duplicate/i.test(String(e?.message ?? ''));
};

/**
 * Payment reminders (dunning, libs/lumary-ar/RULES.md#collections). A run as of day D sends, per
 * open invoice, only the furthest step of the schedule due by D (Due Date + days ≤ D) unless it or
 * a later step was sent; one email per debtor listing its invoices (with the template of the
 * furthest step among them); nothing to a debtor whose Debtor Settings pause reminders.
 * Each debtor is one transaction: its Reminder records (Step Key = invoice and days, unique) and
 * its Outbound Email together, so a second run, or one on another process, that reaches the same
 * step fails on the unique key and rolls its email back: a step is never sent twice.
 */
export class ReminderService {
  readonly repository: CollectionsRepository;
  private readonly documents: InvoiceDocumentRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly jobs?: JobSender,
  ) {
    this.repository = new CollectionsRepository(engine);
    this.documents = new InvoiceDocumentRepository(engine);
  }

  /** A run asked for by a user: needs edit on Invoice (it sends to debtors, as sending an invoice does). */
  async runFor(ctx: RequestContext, asOf?: string): Promise<ReminderRun> {
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    requireObject(ctx, this.engine.object(COLLECTIONS.reminder), 'read');
    return this.run(ctx, asOf ? LocalDate.parse(asOf) : ctx.today);
  }

  async run(ctx: RequestContext, day: LocalDate): Promise<ReminderRun> {
    const plan = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const steps = await this.repository.steps(manager, ctx);
      if (!steps.length) return undefined;
      const open = await this.repository.openInvoices(manager, ctx);
      const sent = await this.repository.sentReminders(
        manager,
        ctx,
        open.map((i) => i.id),
      );
      const paused = await this.repository.pausedDebtors(manager, ctx);
      return { steps, open, sent, paused };
    });
    const result: ReminderRun = { asOf: day.toString(), emails: 0, reminders: 0, debtors: [] };
    if (!plan) return result;
    const byDebtor = new Map<string, { debtor: DebtorRow; items: { invoice: OpenInvoiceRow; step: StepRow }[] }>();
    for (const invoice of plan.open) {
      const offsets = plan.sent.filter((s) => s.invoiceId === invoice.id).map((s) => s.offset);
      const step = dueStep(invoice, plan.steps, offsets, day);
      if (!step) continue;
      const entry = byDebtor.get(invoice.debtor.id) ?? { debtor: invoice.debtor, items: [] };
      entry.items.push({ invoice, step });
      byDebtor.set(invoice.debtor.id, entry);
    }
    for (const { debtor, items } of byDebtor.values()) {
      const invoices = items.map(({ invoice, step }) => ({
        id: invoice.id,
        name: invoice.name,
        step: step.name,
        offset: step.offset,
        balance: formatMoney(invoice.balance),
      }));
      if (plan.paused.has(debtor.id)) {
        result.debtors.push({ debtor, outcome: 'paused', to: null, email: null, invoices });
        continue;
      }
      try {
        const sent = await this.sendOne(ctx, day, debtor, items);
        if (!sent) {
          result.debtors.push({ debtor, outcome: 'noEmail', to: null, email: null, invoices });
          continue;
        }
        result.emails++;
        result.reminders += items.length;
        result.debtors.push({ debtor, outcome: 'sent', to: sent.to, email: sent.email, invoices });
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        result.debtors.push({ debtor, outcome: 'alreadySent', to: null, email: null, invoices });
      }
    }
    if (result.emails) await this.jobs?.send(OUTBOX_JOB, {}).catch(() => undefined);
    return result;
  }

  /** One debtor's email and its reminders, in one transaction; undefined when the debtor has no address. */
  private sendOne(ctx: RequestContext, day: LocalDate, debtor: DebtorRow, items: { invoice: OpenInvoiceRow; step: StepRow }[]) {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const to = (await this.repository.debtorEmails(manager, ctx, [debtor.id])).get(debtor.id);
      if (!to) return undefined;
      const { sender } = await this.documents.sendingDetails(manager, ctx.tenantId, debtor.id);
      const [tenant] = (await manager.query(`SELECT name FROM sys_tenant WHERE id = $1`, [ctx.tenantId])) as { name: string }[];
      const furthest = items.reduce((a, b) => (b.step.offset > a.step.offset ? b : a)).step;
      const data = {
        debtorName: debtor.name ?? '',
        providerName: tenant?.name ?? '',
        asOf: ddmmyyyy(day.toString()),
        totalDue: formatMoney(sum(items.map((i) => i.invoice.balance))),
        invoiceCount: items.length,
        invoices: items.map(({ invoice }) => ({
          number: invoice.name,
          dueDate: ddmmyyyy(invoice.dueDate),
          balance: formatMoney(invoice.balance),
          daysOverdue: invoice.dueDate ? Math.max(0, LocalDate.parse(invoice.dueDate).until(day, ChronoUnit.DAYS)) : 0,
        })),
      };
      const subject = Handlebars.compile(furthest.subject || DEFAULT_SUBJECT, { noEscape: true })(data).slice(0, 255);
      const body = Handlebars.compile(furthest.body || DEFAULT_BODY)(data);
      const writes = this.engine.within(manager, ctx);
      const { id: emailId } = await writes.create(AR.outbox, {
        lumary__Status__c: 'Queued',
        lumary__To__c: to,
        lumary__From__c: sender,
        lumary__Subject__c: subject,
        lumary__Body__c: body,
      });
      for (const { invoice, step } of items) {
        await writes.create(COLLECTIONS.reminder, {
          lumary__Invoice__c: invoice.id,
          lumary__Debtor__c: debtor.id,
          lumary__Offset_Days__c: step.offset,
          lumary__Step_Name__c: step.name,
          lumary__Sent_Date__c: day.toString(),
          lumary__Balance__c: formatMoney(invoice.balance),
          lumary__Outbound_Email__c: emailId,
          lumary__Step_Key__c: `${invoice.id}:${step.offset}`,
        });
      }
      const email = await writes.get(AR.outbox, emailId);
      return { to, email: String(email?.['Name'] ?? emailId) };
    });
  }
}
