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
