import { LocalDate } from '@js-joda/core';
import { randomUUID } from 'node:crypto';
import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { JobSender, RunningJob } from '@platform/jobs';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { InvoiceDocumentRepository } from '../documents/invoice-document.repository';
import { fieldAccess, fields } from '../field-access';
import { OUTBOX_JOB, STATEMENTS_JOB, type StatementsJob } from '../job-types';
import { isId } from '../journal/journal-entry';
import { formatMoney, money, sum, ZERO, type Money } from '../journal/money';
import { RECEIVABLES_FIELDS, ReceivablesRepository, type DebtorPosition } from '../reports/receivables.repository';
import { CollectionsRepository } from './collections.repository';
import { renderStatementHtml, renderStatementPdf, type Statement, type StatementLine, type StatementLineType } from './statement';

/** A statement is computed from these fields: without one it is refused (403, naming them). */
export const STATEMENT_FIELDS = [
  ...RECEIVABLES_FIELDS.aged,
  ...fields(AR.invoice, 'Name', 'lumary__Total__c'),
  ...fields(AR.payment, 'Name'),
  ...fields(AR.creditNote, 'Name'),
];

const notFound = (id: string) => EngineError.notFound(`The requested resource does not exist: no Contact or Account with id '${id}'`);
const invalid = (message: string, field: string) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, [field]);

interface Event {
  date: string;
  type: StatementLineType;
  reference: string;
  amount: Money;
}

export interface QueuedStatement {
  id: string;
  name: string;
  to: string;
  subject: string;
}

/**
 * Debtor statements (libs/lumary-ar/RULES.md#collections): as at a date, from the first day of
 * that month unless `from` is given. Opening balance = what the debtor owed at the end of the day
 * before `from` (invoices issued − voids − credit notes − payments + reversals, each on its own
 * date), then each of those in the period, and the closing balance, aged as the aged receivables
 * report ages it (so the two agree).
 */
export class StatementService {
  private readonly repository: CollectionsRepository;
  private readonly receivables: ReceivablesRepository;
  private readonly documents: InvoiceDocumentRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly jobs?: JobSender,
  ) {
    this.repository = new CollectionsRepository(engine);
    this.receivables = new ReceivablesRepository(engine);
    this.documents = new InvoiceDocumentRepository(engine);
  }

  async statement(ctx: RequestContext, id: string, asAt?: string, from?: string): Promise<Statement> {
    const { at, start } = this.period(ctx, asAt, from);
    this.check(ctx, id);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const statement = await this.build(manager, ctx, id, at, start);
      if (!statement) throw notFound(id);
      return statement;
    });
  }

  async html(ctx: RequestContext, id: string, asAt?: string, from?: string): Promise<string> {
    return renderStatementHtml(await this.statement(ctx, id, asAt, from));
  }

  async pdf(ctx: RequestContext, id: string, asAt?: string, from?: string): Promise<{ fileName: string; pdf: Buffer }> {
    const s = await this.statement(ctx, id, asAt, from);
    return {
      fileName: `Statement-${(s.debtor.name ?? 'debtor').replace(/[^\w-]+/g, '-')}-${s.asAt}.pdf`,
      pdf: await renderStatementPdf(s),
    };
  }

  /** Queues the statement to the debtor (Debtor Settings' Invoice Email, else its Email; or `to` this once). */
  async send(ctx: RequestContext, id: string, options: { asAt?: string; from?: string; to?: string }): Promise<QueuedStatement> {
    const { at, start } = this.period(ctx, options.asAt, options.from);
    this.check(ctx, id);
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    const queued = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const s = await this.build(manager, ctx, id, at, start);
      if (!s) throw notFound(id);
      const queuedEmail = await this.queue(manager, ctx, s, options.to);
      if (!queuedEmail)
        throw invalid(`No address to send the statement to: set the debtor's Email or Invoice Email in Debtor Settings.`, 'to');
      return queuedEmail;
    });
    await this.jobs?.send(OUTBOX_JOB, {}).catch(() => undefined);
    return queued;
  }

  /** Starts the job that emails a statement to every debtor with a balance at `asAt`; answers the job's id. */
  async sendAll(ctx: RequestContext, options: { asAt?: string; from?: string }): Promise<{ runId: string; asAt: string; from: string }> {
    const { at, start } = this.period(ctx, options.asAt, options.from);
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    fieldAccess(ctx, this.engine).require(STATEMENT_FIELDS, 'A statement');
    if (!this.jobs) throw new Error('No job queue');
    const runId = randomUUID();
    await this.jobs.send(
      STATEMENTS_JOB,
      { tenantId: ctx.tenantId, userId: ctx.userId, timeZone: ctx.timeZone, asAt: at.toString(), from: start.toString() },
      { key: statementsJobKey(ctx.tenantId, runId) },
    );
    return { runId, asAt: at.toString(), from: start.toString() };
  }

  /** The statements job: one transaction per debtor with a balance, progress after each. */
  async work(job: RunningJob<StatementsJob>, ctx: RequestContext): Promise<Record<string, unknown>> {
    const { asAt, from, tenantId } = job.data;
    const at = LocalDate.parse(asAt);
    const start = LocalDate.parse(from);
    const positions = await inTenant(this.engine.dataSource, ctx, (manager) => this.receivables.positions(manager, ctx, asAt));
    const owing = positions.filter((p) => !closing(p).isZero());
    const progress = { tenantId, asAt, from, total: owing.length, done: 0, queued: 0, noEmail: [] as string[] };
    await job.progress(progress);
    for (const p of owing) {
      await inTenant(this.engine.dataSource, ctx, async (manager) => {
        const s = await this.build(manager, ctx, p.debtor.id, at, start);
        const queued = s ? await this.queue(manager, ctx, s) : undefined;
        if (queued) progress.queued++;
        else progress.noEmail.push(p.debtor.name ?? p.debtor.id);
      });
      progress.done++;
      await job.progress(progress);
    }
    if (progress.queued) await this.jobs?.send(OUTBOX_JOB, {}).catch(() => undefined);
    return progress;
  }

  private async queue(manager: EntityManager, ctx: RequestContext, s: Statement, override?: string): Promise<QueuedStatement | undefined> {
    const to = override?.trim() || (await this.repository.debtorEmails(manager, ctx, [s.debtor.id])).get(s.debtor.id);
    if (!to) return undefined;
    const { sender } = await this.documents.sendingDetails(manager, ctx.tenantId, s.debtor.id);
    const subject = `Statement as at ${s.asAt.slice(8, 10)}/${s.asAt.slice(5, 7)}/${s.asAt.slice(0, 4)} from ${s.provider}`.slice(0, 255);
    const writes = this.engine.within(manager, ctx);
    const { id } = await writes.create(AR.outbox, {
      lumary__Status__c: 'Queued',
      lumary__To__c: to,
      lumary__From__c: sender,
      lumary__Subject__c: subject,
      lumary__Body__c: renderStatementHtml(s),
    });
    const email = await writes.get(AR.outbox, id);
    return { id, name: String(email?.['Name'] ?? id), to, subject };
  }

  private period(ctx: RequestContext, asAt?: string, from?: string): { at: LocalDate; start: LocalDate } {
    const at = asAt ? LocalDate.parse(asAt) : ctx.today;
    const start = from ? LocalDate.parse(from) : at.withDayOfMonth(1);
    if (start.isAfter(at)) throw invalid('The statement starts (from) after its date (asAt).', 'from');
    return { at, start };
  }

  private check(ctx: RequestContext, id: string) {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    requireObject(ctx, this.engine.object(AR.payment), 'read');
    if (!isId(id)) throw notFound(id);
    fieldAccess(ctx, this.engine).require(STATEMENT_FIELDS, 'A statement');
  }

  private async build(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    at: LocalDate,
    start: LocalDate,
  ): Promise<Statement | undefined> {
    const debtor = await this.receivables.debtor(manager, ctx, id);
    if (!debtor) return undefined;
    requireObject(ctx, this.engine.object(debtor.type), 'read');
    const events = await this.events(manager, ctx, id, at.toString());
    const before = events.filter((e) => e.date < start.toString());
    const during = events.filter((e) => e.date >= start.toString());
    const opening = sum(before.map((e) => e.amount));
    let running = opening;
    const lines: StatementLine[] = during.map((e) => {
      running = running.plus(e.amount);
      return { date: e.date, type: e.type, reference: e.reference, amount: formatMoney(e.amount), balance: formatMoney(running) };
    });
    const total = (type: StatementLineType) => formatMoney(sum(during.filter((e) => e.type === type).map((e) => e.amount.abs())));
    const position = (await this.receivables.positions(manager, ctx, at.toString())).find((p) => p.debtor.id === id);
    const b = position?.buckets;
    const [tenant] = (await manager.query(`SELECT name FROM sys_tenant WHERE id = $1`, [ctx.tenantId])) as { name: string }[];
    return {
      provider: tenant?.name ?? '',
      debtor,
      from: start.toString(),
      asAt: at.toString(),
      openingBalance: formatMoney(opening),
      lines,
      totals: {
        invoiced: total('Invoice'),
        credited: total('Credit Note'),
        paid: total('Payment'),
        reversed: total('Payment Reversal'),
        voided: total('Void'),
      },
      closingBalance: formatMoney(running),
      aging: {
        current: formatMoney(b?.current ?? ZERO),
        days1To30: formatMoney(b?.days1To30 ?? ZERO),
        days31To60: formatMoney(b?.days31To60 ?? ZERO),
        days61To90: formatMoney(b?.days61To90 ?? ZERO),
        days90Plus: formatMoney(b?.days90Plus ?? ZERO),
        unallocatedCredit: formatMoney((position?.unallocated ?? ZERO).negated()),
      },
    };
  }

  /** Every movement of the debtor's account up to `asAt`, in date order (an invoice before what pays it on the same day). */
  private async events(manager: EntityManager, ctx: RequestContext, id: string, asAt: string): Promise<Event[]> {
    const { invoice: i, payment: p } = this.repository;
    const c = this.receivables.creditNote;
    const rows = (await manager.query(
      `SELECT * FROM (
         SELECT i.${i.col('lumary__Invoice_Date__c')}::text AS date, 1 AS ord, 'Invoice' AS type, i.${i.col('Name')} AS reference, i.${i.col('lumary__Total__c')}::text AS amount
           FROM ${i.name} i
          WHERE i.tenant_id = $1 AND i.${i.col('lumary__Debtor__c')} = $2 AND i.${i.col('lumary__Journal_Entry__c')} IS NOT NULL
         UNION ALL
         SELECT coalesce(i.${i.col('lumary__Voided_Date__c')}, i.${i.col('lumary__Invoice_Date__c')})::text, 2, 'Void', i.${i.col('Name')}, (-i.${i.col('lumary__Total__c')})::text
           FROM ${i.name} i
          WHERE i.tenant_id = $1 AND i.${i.col('lumary__Debtor__c')} = $2 AND i.${i.col('lumary__Journal_Entry__c')} IS NOT NULL
            AND i.${i.col('lumary__Status__c')} = 'Void'
         UNION ALL
         SELECT c.${c.col('lumary__Credit_Date__c')}::text, 3, 'Credit Note', c.${c.col('Name')} || ' (' || i.${i.col('Name')} || ')', (-c.${c.col('lumary__Amount__c')})::text
           FROM ${c.name} c JOIN ${i.name} i ON i.tenant_id = c.tenant_id AND i.id = c.${c.col('lumary__Invoice__c')}
          WHERE c.tenant_id = $1 AND i.${i.col('lumary__Debtor__c')} = $2
         UNION ALL
         SELECT p.${p.col('lumary__Payment_Date__c')}::text, 4, 'Payment', p.${p.col('Name')}, (-p.${p.col('lumary__Amount__c')})::text
           FROM ${p.name} p WHERE p.tenant_id = $1 AND p.${p.col('lumary__Debtor__c')} = $2
         UNION ALL
         SELECT coalesce(p.${p.col('lumary__Reversal_Date__c')}, p.${p.col('lumary__Payment_Date__c')})::text, 5, 'Payment Reversal', p.${p.col('Name')}, p.${p.col('lumary__Amount__c')}::text
           FROM ${p.name} p WHERE p.tenant_id = $1 AND p.${p.col('lumary__Debtor__c')} = $2 AND p.${p.col('lumary__Status__c')} = 'Reversed'
       ) e WHERE e.date <= $3 ORDER BY e.date, e.ord, e.reference`,
      [ctx.tenantId, id, asAt],
    )) as { date: string; type: StatementLineType; reference: string; amount: string }[];
    return rows.map((r) => ({ date: r.date, type: r.type, reference: r.reference, amount: money(r.amount) }));
  }
}

/** What a debtor owes at the date: Σ invoice balances − unallocated credit. */
function closing(p: DebtorPosition): Money {
  return sum(Object.values(p.buckets)).minus(p.unallocated);
}

/** The statements job of a run: keyed by the tenant and the run, so a run id names a job in its own tenant only. */
export const statementsJobKey = (tenantId: string, runId: string) => `${tenantId}/${runId}`;
