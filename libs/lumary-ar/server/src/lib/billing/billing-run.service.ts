import {
  EngineError,
  inTenant,
  requestContext,
  requireObject,
  type RecordEngine,
  type RecordValues,
  type RequestContext,
} from '@platform/engine';
import type { JobSender, RunningJob } from '@platform/jobs';
import type { EntityManager } from 'typeorm';
import { BILLING_RUN_JOB, type BillingRunJob } from '../job-types';
import { AR } from '../ar-names';
import { fieldAccess, fields, type Lineage, type Visible } from '../field-access';
import { isId } from '../journal/journal-entry';
import { SqlTable } from '../sql-table';
import { groupBy, NDIA_MANAGED, planBilling, type BillingUnit } from './billing-plan';
import { ServiceBilling } from './service-billing';
import { ServiceRepository } from './service.repository';

export type BillingRunStatus = 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';

export interface BillingRunInput {
  /** Bill Delivered services dated on or before this day. */
  upTo: string;
  /** The invoices' date (default upTo); claims are dated upTo. */
  invoiceDate: string;
}

/** A run's progress as its record holds it, updated after each debtor. */
export interface BillingRunProgress {
  id: string;
  name: string;
  status: BillingRunStatus;
  upTo: string;
  /** Units of work: each debtor invoiced, and each NDIA-managed client claimed. */
  debtorsTotal: number;
  /** Units finished, failed ones included. */
  debtorsDone: number;
  debtorsFailed: number;
  invoicesCreated: number;
  claimsCreated: number;
  /** Services invoiced or claimed by this run. */
  servicesBilled: number;
  /** One line per failed unit: the debtor's name and why. */
  errors: string[];
  finishedAt: string | null;
}

/** Each value of a run's progress and the Billing Run field it is read from. */
const PROGRESS = {
  status: fields(AR.billingRun, 'lumary__Status__c'),
  upTo: fields(AR.billingRun, 'lumary__Up_To_Date__c'),
  debtorsTotal: fields(AR.billingRun, 'lumary__Debtors_Total__c'),
  debtorsDone: fields(AR.billingRun, 'lumary__Debtors_Done__c'),
  debtorsFailed: fields(AR.billingRun, 'lumary__Debtors_Failed__c'),
  invoicesCreated: fields(AR.billingRun, 'lumary__Invoices_Created__c'),
  claimsCreated: fields(AR.billingRun, 'lumary__Claims_Created__c'),
  servicesBilled: fields(AR.billingRun, 'lumary__Services_Billed__c'),
  errors: fields(AR.billingRun, 'lumary__Errors__c'),
  finishedAt: fields(AR.billingRun, 'lumary__Finished_At__c'),
} satisfies Lineage<keyof BillingRunProgress>;

export interface StartedRun {
  id: string;
  name: string;
  status: BillingRunStatus;
}

interface Tally {
  debtorsTotal: number;
  debtorsDone: number;
  debtorsFailed: number;
  invoicesCreated: number;
  claimsCreated: number;
  servicesBilled: number;
  errors: string[];
}

const ERRORS_MAX = 32768;
/** An error as one line of Errors (its lines are the failed units). */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');

/**
 * Billing runs (libs/lumary-ar/RULES.md#billing-runs): every Delivered service up to a date, invoiced per
 * debtor (one invoice per client of that debtor) or, when NDIA-managed, claimed per client.
 * Starting a run records it and queues its job (BILLING_RUN_JOB); whichever API process fetches
 * the job works it, one transaction per unit: a failing debtor rolls back alone, is named in
 * Errors, and the run goes on. Each unit re-takes its services locked and still Delivered, so
 * two runs at once, or a run's job retried after its process stopped, never bill a service twice.
 */
export class BillingRunService {
  private readonly repository: ServiceRepository;
  private readonly billing: ServiceBilling;
  private readonly run: SqlTable;

  constructor(
    private readonly engine: RecordEngine,
    private readonly log: (message: string) => void = () => undefined,
    private readonly jobs?: JobSender,
  ) {
    this.repository = new ServiceRepository(engine);
    this.billing = new ServiceBilling(engine);
    this.run = new SqlTable(engine.object(AR.billingRun));
  }

  requireAccess(ctx: RequestContext): void {
    requireObject(ctx, this.engine.object(AR.billingRun), 'create');
    requireObject(ctx, this.engine.object(AR.invoice), 'create');
  }

  /** Records the run (Queued) and queues its job; the caller answers at once, or waits with `finished`. */
  async start(ctx: RequestContext, input: BillingRunInput): Promise<StartedRun> {
    this.requireAccess(ctx);
    const jobs = this.jobs;
    if (!jobs) throw new Error('Billing runs need the job queue: construct BillingRunService with one.');
    const { id, name } = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const writes = this.engine.within(manager, ctx);
      const created = await writes.create(AR.billingRun, {
        lumary__Up_To_Date__c: input.upTo,
        lumary__Status__c: 'Queued',
        ...this.counters(emptyTally()),
      });
      return { id: created.id, name: String((await writes.get(AR.billingRun, created.id))?.['Name']) };
    });
    const job: BillingRunJob = {
      tenantId: ctx.tenantId,
      userId: ctx.userId,
      timeZone: ctx.timeZone,
      runId: id,
      upTo: input.upTo,
      invoiceDate: input.invoiceDate,
    };
    try {
      // Keyed by the run: however often it is sent, a run has one job.
      await jobs.send(BILLING_RUN_JOB, job, { key: id });
    } catch (error) {
      await this.save(ctx, id, {
        lumary__Status__c: 'Failed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Errors__c: `The run could not be queued: ${reason(error)}`,
      });
      throw error;
    }
    return { id, name, status: 'Queued' };
  }

  /** Waits until the run has finished, whichever process works it; answers its progress as the caller may read it. */
  async finished(ctx: RequestContext, id: string, pollMs = 100): Promise<Visible<BillingRunProgress, keyof typeof PROGRESS>> {
    for (;;) {
      const progress = await this.progress(ctx, id);
      if (progress.status !== 'Queued' && progress.status !== 'Running') return progress;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /**
   * The run's job (BILLING_RUN_JOB), in whichever process fetched it. A run already finished is
   * left as it is. A retried job (its process stopped, or an attempt failed) resumes the run:
   * what the run billed before stays billed and counted, and the services still Delivered are
   * planned again. When the job is given up (its last attempt failed), see `giveUp`.
   */
  async work(job: RunningJob<BillingRunJob>): Promise<BillingRunProgress | undefined> {
    const { tenantId, userId, timeZone, runId, upTo, invoiceDate } = job.data;
    const ctx = requestContext(tenantId, userId, timeZone);
    const record = await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, tenantId, runId));
    if (!record) {
      this.log(`Billing run job ${job.id}: no run ${runId} in tenant ${tenantId}; nothing to do.`);
      return undefined;
    }
    if (record.status !== 'Queued' && record.status !== 'Running') return record;
    return this.execute(ctx, record, { upTo, invoiceDate }, job);
  }

  /**
   * The run's job was given up: its last attempt failed, or its process stopped during it. A run
   * not yet finished is marked Failed, saying why, through the engine (so the change is in its
   * history); what it billed stays billed, and the services it had not reached are still
   * Delivered for the next run.
   */
  async giveUp(data: BillingRunJob, error: string): Promise<void> {
    const ctx = requestContext(data.tenantId, data.userId, data.timeZone);
    await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const record = await this.load(manager, data.tenantId, data.runId);
      if (!record || (record.status !== 'Queued' && record.status !== 'Running')) return;
      const note = `The run stopped: ${error.replace(/\s*\n\s*/g, ' ')}. Services it had not billed are still Delivered; start a new run.`;
      await this.engine.within(manager, ctx).update(AR.billingRun, data.runId, {
        lumary__Status__c: 'Failed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Errors__c: [...record.errors, note].join('\n').slice(0, ERRORS_MAX),
      });
      this.log(`Billing run ${record.name} failed: ${error}`);
    });
  }

  /** The run's progress, each value over a field the caller may not read left out (field-level security). */
  async progress(ctx: RequestContext, id: string): Promise<Visible<BillingRunProgress, keyof typeof PROGRESS>> {
    requireObject(ctx, this.engine.object(AR.billingRun), 'read');
    const progress = isId(id) ? await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id)) : undefined;
    if (!progress) throw EngineError.notFound(`The requested resource does not exist: no Billing Run with id '${id}'`);
    return fieldAccess(ctx, this.engine).visible(progress, PROGRESS);
  }

  private async execute(
    ctx: RequestContext,
    record: BillingRunProgress,
    input: BillingRunInput,
    job: RunningJob<BillingRunJob>,
  ): Promise<BillingRunProgress> {
    const { id, name } = record;
    const tally = emptyTally();
    try {
      const units = await inTenant(this.engine.dataSource, ctx, async (manager) =>
        planBilling(await this.repository.deliveredUpTo(manager, ctx.tenantId, input.upTo, ctx)),
      );
      if (record.status === 'Running') {
        // Resumed: a process worked this run before and stopped. What it billed is counted from the records it wrote.
        const before = await inTenant(this.engine.dataSource, ctx, (manager) => this.billedBy(manager, ctx.tenantId, id));
        const succeeded = Math.max(0, record.debtorsDone - record.debtorsFailed);
        Object.assign(tally, before, { debtorsDone: succeeded, debtorsTotal: succeeded });
        this.log(`Billing run ${name}: resumed (attempt ${job.attempt}); ${before.servicesBilled} service(s) billed before.`);
      }
      tally.debtorsTotal += units.length;
      await this.save(ctx, id, { lumary__Status__c: 'Running', ...this.counters(tally) });
      this.log(`Billing run ${name}: ${units.length} debtor(s) to bill, services up to ${input.upTo}.`);
      for (const unit of units) {
        // Stopping (the API closing): between units, so nothing is half done; the job is retried and resumes here.
        if (job.signal.aborted) throw new Error('The API process stopped before the run finished.');
        const outcome = await this.bill(ctx, id, unit, input).then(
          (made) => {
            tally.invoicesCreated += made.invoices;
            tally.claimsCreated += made.claims;
            tally.servicesBilled += made.services;
            return `${made.invoices} invoice(s), ${made.claims} claim(s), ${made.services} service(s)`;
          },
          (error: unknown) => {
            tally.debtorsFailed++;
            tally.errors.push(`${unit.label}: ${reason(error)}`);
            return `failed: ${reason(error)}`;
          },
        );
        tally.debtorsDone++;
        await this.save(ctx, id, this.counters(tally));
        await job.progress({ debtorsDone: tally.debtorsDone, debtorsTotal: tally.debtorsTotal });
        this.log(`Billing run ${name}: ${tally.debtorsDone}/${tally.debtorsTotal} ${unit.label}: ${outcome}.`);
      }
      const status: BillingRunStatus = tally.debtorsFailed ? 'Completed with Errors' : 'Completed';
      await this.save(ctx, id, { lumary__Status__c: status, lumary__Finished_At__c: new Date().toISOString() });
      this.log(
        `Billing run ${name}: ${status}: ${tally.invoicesCreated} invoice(s), ${tally.claimsCreated} claim(s), ${tally.servicesBilled} service(s), ${tally.debtorsFailed} debtor(s) failed.`,
      );
    } catch (error) {
      // Left Running: the job is retried and resumes the run (units already billed stay billed).
      this.log(`Billing run ${name} stopped (attempt ${job.attempt}): ${reason(error)}`);
      throw error;
    }
    const counted: BillingRunProgress = { ...record, status: 'Failed', ...tally, finishedAt: null };
    return inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id)).then(
      (progress) => progress ?? counted,
      () => counted,
    );
  }

  /** What a run has billed so far, from the records it wrote (each linked to the run). */
  private async billedBy(
    manager: EntityManager,
    tenantId: string,
    runId: string,
  ): Promise<Pick<Tally, 'invoicesCreated' | 'claimsCreated' | 'servicesBilled'>> {
    const count = async (object: string) => {
      const t = new SqlTable(this.engine.object(object));
      const [row] = (await manager.query(
        `SELECT count(*)::int AS n FROM ${t.name} WHERE tenant_id = $1 AND ${t.col('lumary__Billing_Run__c')} = $2`,
        [tenantId, runId],
      )) as { n: number }[];
      return row?.n ?? 0;
    };
    return { invoicesCreated: await count(AR.invoice), claimsCreated: await count(AR.claim), servicesBilled: await count(AR.service) };
  }

  /** One unit, all or nothing: its services locked and still Delivered, then invoiced per client or claimed. */
  private bill(
    ctx: RequestContext,
    runId: string,
    unit: BillingUnit,
    input: BillingRunInput,
  ): Promise<{ invoices: number; claims: number; services: number }> {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const locked = await this.repository.lockDelivered(manager, ctx.tenantId, unit.services);
      if (unit.kind === 'claim') {
        // Re-funded or re-assigned since the run planned it: left Delivered for the next run.
        const services = locked.filter((s) => s.funding === NDIA_MANAGED && s.client === unit.party);
        if (!services.length) return { invoices: 0, claims: 0, services: 0 };
        const claims = await this.billing.claim(manager, ctx, services, { claimDate: input.upTo, billingRun: runId });
        return { invoices: 0, claims: claims.length, services: services.length };
      }
      const services = locked.filter((s) => s.funding !== NDIA_MANAGED && s.debtor === unit.party);
      let invoices = 0;
      for (const client of groupBy(services, (s) => s.client)) {
        await this.billing.invoice(manager, ctx, client, { invoiceDate: input.invoiceDate, debtor: unit.party, billingRun: runId });
        invoices++;
      }
      return { invoices, claims: 0, services: services.length };
    });
  }

  private counters(t: Tally): RecordValues {
    const errors = t.errors.join('\n');
    return {
      lumary__Debtors_Total__c: t.debtorsTotal,
      lumary__Debtors_Done__c: t.debtorsDone,
      lumary__Debtors_Failed__c: t.debtorsFailed,
      lumary__Invoices_Created__c: t.invoicesCreated,
      lumary__Claims_Created__c: t.claimsCreated,
      lumary__Services_Billed__c: t.servicesBilled,
      lumary__Errors__c: errors ? errors.slice(0, ERRORS_MAX) : null,
    };
  }

  private save(ctx: RequestContext, id: string, values: RecordValues): Promise<void> {
    return inTenant(this.engine.dataSource, ctx, (manager) => this.engine.within(manager, ctx).update(AR.billingRun, id, values));
  }

  private async load(manager: EntityManager, tenantId: string, id: string): Promise<BillingRunProgress | undefined> {
    const r = this.run;
    const count = (field: string, alias: string) => `coalesce(${r.col(field)}, 0)::int AS "${alias}"`;
    const rows = (await manager.query(
      `SELECT id, ${r.col('Name')} AS name, ${r.col('lumary__Status__c')} AS status, ${r.col('lumary__Up_To_Date__c')}::text AS "upTo",
              ${count('lumary__Debtors_Total__c', 'debtorsTotal')}, ${count('lumary__Debtors_Done__c', 'debtorsDone')}, ${count('lumary__Debtors_Failed__c', 'debtorsFailed')},
              ${count('lumary__Invoices_Created__c', 'invoicesCreated')}, ${count('lumary__Claims_Created__c', 'claimsCreated')}, ${count('lumary__Services_Billed__c', 'servicesBilled')},
              ${r.col('lumary__Errors__c')} AS errors, ${r.col('lumary__Finished_At__c')} AS "finishedAt"
         FROM ${r.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    )) as (Omit<BillingRunProgress, 'errors' | 'finishedAt'> & { errors: string | null; finishedAt: Date | string | null })[];
    const row = rows[0];
    if (!row) return undefined;
    const finishedAt = row.finishedAt instanceof Date ? row.finishedAt.toISOString() : row.finishedAt;
    return { ...row, errors: row.errors ? row.errors.split('\n') : [], finishedAt };
  }
}

function emptyTally(): Tally {
  return { debtorsTotal: 0, debtorsDone: 0, debtorsFailed: 0, invoicesCreated: 0, claimsCreated: 0, servicesBilled: 0, errors: [] };
}
