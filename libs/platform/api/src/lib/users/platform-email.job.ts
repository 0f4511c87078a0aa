import { inTenantId } from '@platform/engine';
import { defineJob, jobType, type JobDefinition } from '@platform/jobs';
import type { Database } from '@platform/storage';
import nodemailer from 'nodemailer';

/** Delivers the platform's queued emails (set-password links): sent after each is queued, and every minute. */
export const PLATFORM_EMAIL_JOB = jobType<Record<string, never>>('platform.email');

export interface PlatformEmailOptions {
  database: Database;
  /** The SMTP server (SMTP_URL); without one emails stay Queued: the outbox is the record of what would have gone. */
  smtpUrl?: string;
  /** The From address (SMTP_FROM). */
  smtpFrom?: string;
}

export interface PlatformEmailRound {
  sent: number;
  failed: number;
  deferred: number;
}

/**
 * One delivery round of sys_email_outbox: each email in its own tenant transaction holding its
 * row (`FOR UPDATE SKIP LOCKED`), so two processes never send one twice. A 5xx from the server
 * fails the email for good (Failed, with the reason); anything else leaves it Queued for the next round.
 */
export async function deliverPlatformEmail(options: PlatformEmailOptions, limit = 50): Promise<PlatformEmailRound> {
  const round: PlatformEmailRound = { sent: 0, failed: 0, deferred: 0 };
  if (!options.smtpUrl) return round;
  const queued = (await options.database.owner.query(
    `SELECT tenant_id AS "tenantId", id FROM sys_email_outbox WHERE status = 'Queued' ORDER BY created_date LIMIT $1`,
    [limit],
  )) as { tenantId: string; id: string }[];
  if (!queued.length) return round;
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  try {
    for (const { tenantId, id } of queued) {
      await inTenantId(options.database.dataSource, tenantId, async (m) => {
        const [email] = (await m.query(
          `SELECT to_address AS "to", subject, body FROM sys_email_outbox WHERE tenant_id = $1 AND id = $2 AND status = 'Queued' FOR UPDATE SKIP LOCKED`,
          [tenantId, id],
        )) as { to: string; subject: string; body: string }[];
        if (!email) return;
        try {
          await transport.sendMail({
            from: options.smtpFrom ?? 'no-reply@localhost',
            to: email.to,
            subject: email.subject,
            text: email.body,
          });
        } catch (error) {
          const permanent = Number((error as { responseCode?: number }).responseCode) >= 500;
          const message = error instanceof Error ? error.message : String(error);
          await m.query(`UPDATE sys_email_outbox SET status = $3, error = $4 WHERE tenant_id = $1 AND id = $2`, [
            tenantId,
            id,
            permanent ? 'Failed' : 'Queued',
            message.slice(0, 1000),
          ]);
          round[permanent ? 'failed' : 'deferred']++;
          return;
        }
        await m.query(`UPDATE sys_email_outbox SET status = 'Sent', sent_date = now(), error = NULL WHERE tenant_id = $1 AND id = $2`, [
          tenantId,
          id,
        ]);
        round.sent++;
      });
    }
  } finally {
    transport.close();
  }
  return round;
}

/** The platform's own job definitions (no package needed). */
export function platformEmailJobs(options: PlatformEmailOptions): JobDefinition<never>[] {
  return [
    defineJob<Record<string, never>>({
      type: PLATFORM_EMAIL_JOB,
      oneAtATime: true,
      retry: { limit: 1, delaySeconds: 30 },
      ...(options.smtpUrl ? { schedule: { cron: '* * * * *', data: {} } } : {}),
      handle: () => deliverPlatformEmail(options),
    }),
  ];
}
