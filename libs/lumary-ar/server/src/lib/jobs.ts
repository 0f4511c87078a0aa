import type { RecordEngine } from '@platform/engine';
import { defineJob, type JobDefinition } from '@platform/jobs';
import type { Database } from '@platform/storage';
import { AR } from './ar-names';
import { BillingRunService } from './billing/billing-run.service';
import { deliverOutbox } from './documents/outbox';
import { AGREEMENT_STATUS_JOB, BILLING_RUN_JOB, CLAIM_BATCH_JOB, OUTBOX_JOB, type BillingRunJob, type ClaimBatchJob } from './job-types';
import { AgreementStatusService } from './agreements/agreement-status.service';
import { ClaimBatchService } from './billing/claim-batch.service';

export interface LumaryArJobOptions {
  engine: RecordEngine;
  database: Database;
  /** The SMTP server emails go through; without one the outbox is not delivered (nor scheduled). */
  smtpUrl?: string;
  /** The From address when AR Settings names none. */
  smtpFrom?: string;
  log?: (message: string) => void;
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
  return [defineJob(billingRun), defineJob(claimBatch), defineJob(outbox), defineJob(agreementStatus)];
}
