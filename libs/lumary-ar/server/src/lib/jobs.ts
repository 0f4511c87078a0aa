import { requestContext, type RecordEngine } from '@platform/engine';
import { defineJob, type JobDefinition } from '@platform/jobs';
import type { Database } from '@platform/storage';
import { AR } from './ar-names';
import { BillingRunService } from './billing/billing-run.service';
import { deliverOutbox } from './documents/outbox';
import {
  AGREEMENT_STATUS_JOB,
  BILLING_RUN_JOB,
  CLAIM_BATCH_JOB,
  OUTBOX_JOB,
  REMINDERS_JOB,
  STATEMENTS_JOB,
  type BillingRunJob,
  type ClaimBatchJob,
  type StatementsJob,
} from './job-types';
import { AgreementStatusService } from './agreements/agreement-status.service';
import { ClaimBatchService } from './billing/claim-batch.service';
import { ReminderService } from './collections/reminders.service';
import { StatementService } from './collections/statement.service';
import { COLLECTIONS } from './collections/collections.repository';
import { SqlTable } from './sql-table';
import type { JobSender } from '@platform/jobs';

export interface LumaryArJobOptions {
  engine: RecordEngine;
  database: Database;
  /** The SMTP server emails go through; without one the outbox is not delivered (nor scheduled). */
  smtpUrl?: string;
  /** The From address when AR Settings names none. */
  smtpFrom?: string;
  log?: (message: string) => void;
  /** Where follow-up jobs are sent (the outbox after statements and reminders). */
  jobs?: JobSender;
}

/** Attempts of a billing run's job: the first and this many retries (each resumes the run). */
const BILLING_RUN_RETRIES = 3;

/**
 * The AR package's background work, for the platform's job queue:
 * - billing runs (BILLING_RUN_JOB), one job per run, retried (resuming the run) when an attempt
 *   fails or its process stops; the run's record shows its progress;
 * - agreement statuses (AGREEMENT_STATUS_JOB): every hour, so each tenant's day change (in its own
 *   time zone) moves its agreements past their End Date to Expired the same day; idempotent;
 * - claim batches (CLAIM_BATCH_JOB), one job per batch, resumed when retried;
 * - the outbox (OUTBOX_JOB): with SMTP configured, sent when an invoice is sent and every minute,
 *   one delivery round at a time across all processes.
 */
export function lumaryArJobs(options: LumaryArJobOptions): JobDefinition<never>[] {
  // An API started on other metadata (tests, tenants' trials) has no AR work to do.
  if (!options.engine.registry.object(AR.billingRun)) return [];
  const log = options.log ?? (() => undefined);
  const billingRuns = new BillingRunService(options.engine, log);
  const billingRun: JobDefinition<BillingRunJob> = {
    type: BILLING_RUN_JOB,
    retry: { limit: BILLING_RUN_RETRIES, delaySeconds: 2 },
    handle: (job) => billingRuns.work(job),
    // Its last attempt failed (or its process stopped): the run is marked Failed, saying why.
    onGiveUp: (data, error) => billingRuns.giveUp(data, error),
  };
  const claimBatches = new ClaimBatchService(options.engine, log);
  const claimBatch: JobDefinition<ClaimBatchJob> = {
    type: CLAIM_BATCH_JOB,
    retry: { limit: BILLING_RUN_RETRIES, delaySeconds: 2 },
    handle: (job) => claimBatches.work(job),
    onGiveUp: (data, error) => claimBatches.giveUp(data, error),
  };
  const outbox: JobDefinition<Record<string, never>> = {
    type: OUTBOX_JOB,
    oneAtATime: true,
    retry: { limit: 1, delaySeconds: 30 },
    ...(options.smtpUrl ? { schedule: { cron: '* * * * *', data: {} } } : {}),
    handle: async () => {
      const round = await deliverOutbox(options.engine, options.database, {
        smtpUrl: options.smtpUrl ?? '',
        defaultFrom: options.smtpFrom,
      });
      if (round.sent || round.failed || round.deferred)
        log(`Outbox: ${round.sent} sent, ${round.failed} failed, ${round.deferred} deferred.`);
      return round;
    },
  };
  const statuses = new AgreementStatusService(options.engine, options.database);
  const agreementStatus: JobDefinition<{ asOf?: string }> = {
    type: AGREEMENT_STATUS_JOB,
    oneAtATime: true,
    retry: { limit: 2, delaySeconds: 60 },
    schedule: { cron: '7 * * * *', data: {} },
    handle: async (job) => {
      const round = await statuses.refresh({ asOf: job.data.asOf });
      if (round.expired || round.activated) log(`Service agreements: ${round.expired} expired, ${round.activated} active again.`);
      return round;
    },
  };
  const statements: JobDefinition<StatementsJob> = {
    type: STATEMENTS_JOB,
    retry: { limit: 1, delaySeconds: 10 },
    handle: (job) =>
      new StatementService(options.engine, options.jobs).work(job, requestContext(job.data.tenantId, job.data.userId, job.data.timeZone)),
  };
  // Every day at 20:00 UTC (early morning in Australia): each tenant with a schedule, as of its own today.
  const reminders: JobDefinition<{ asOf?: string }> = {
    type: REMINDERS_JOB,
    oneAtATime: true,
    retry: { limit: 2, delaySeconds: 60 },
    schedule: { cron: '0 20 * * *', data: {} },
    handle: async () => {
      const steps = new SqlTable(options.engine.object(COLLECTIONS.step));
      const tenants = (await options.database.owner.query(
        `SELECT DISTINCT t.id, t.time_zone AS "timeZone" FROM ${steps.name} s JOIN sys_tenant t ON t.id = s.tenant_id`,
      )) as { id: string; timeZone: string }[];
      const service = new ReminderService(options.engine, options.jobs);
      let emails = 0;
      for (const tenant of tenants) {
        const ctx = requestContext(tenant.id, null, tenant.timeZone);
        const run = await service.run(ctx, ctx.today);
        emails += run.emails;
      }
      if (emails) log(`Reminders: ${emails} emails queued.`);
      return { tenants: tenants.length, emails };
    },
  };
  return [
    defineJob(billingRun),
    defineJob(claimBatch),
    defineJob(outbox),
    defineJob(agreementStatus),
    defineJob(statements),
    defineJob(reminders),
  ];
}
