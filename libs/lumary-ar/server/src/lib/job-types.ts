import { jobType } from '@platform/jobs';

/** A billing run's job: the run's record says what it has done; this says whose it is. */
export interface BillingRunJob {
  tenantId: string;
  /** Who started the run (its records' Created By). */
  userId: string | null;
  timeZone: string;
  runId: string;
  upTo: string;
  invoiceDate: string;
}

/** Works one billing run (sent when a run is started, keyed by the run). */
export const BILLING_RUN_JOB = jobType<BillingRunJob>('lumary-ar.billing-run');

/** Delivers the Queued Outbound Emails: sent when an invoice is sent, and every minute for the ones deferred. */
export const OUTBOX_JOB = jobType<Record<string, never>>('lumary-ar.outbox');

/** Moves service agreements with their dates (Active → Expired after the End Date): scheduled, and on demand. */
export const AGREEMENT_STATUS_JOB = jobType<{ asOf?: string }>('lumary-ar.agreement-status');
/** A claim batch's job: the batch's record says what it has done; this says whose it is. */
export interface ClaimBatchJob {
  tenantId: string;
  userId: string | null;
  timeZone: string;
  batchId: string;
  /** Open claims dated on or before this day. */
  upTo: string;
  /** The submissions' date (the batch's Up To date unless given). */
  submitDate: string;
}

/** Works one claim batch (sent when a batch is created, keyed by the batch). */
export const CLAIM_BATCH_JOB = jobType<ClaimBatchJob>('lumary-ar.claim-batch');
/** Emails a statement to every debtor with a balance at a date (sent from POST /lumary/statements/send-all). */
export interface StatementsJob {
  tenantId: string;
  userId: string | null;
  timeZone: string;
  asAt: string;
  from: string;
}
export const STATEMENTS_JOB = jobType<StatementsJob>('lumary-ar.statements');

/** The daily reminder run over every tenant with a reminder schedule (cron). */
export const REMINDERS_JOB = jobType<{ asOf?: string }>('lumary-ar.reminders');
