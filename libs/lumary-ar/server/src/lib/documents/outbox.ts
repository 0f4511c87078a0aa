import { Instant } from '@js-joda/core';
import { inTenant, requestContext, type RecordEngine, type RequestContext } from '@platform/engine';
import type { Database } from '@platform/storage';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { SqlTable } from '../sql-table';
import { InvoiceDocumentService } from './invoice-document.service';
import { pdfFileName } from './invoice-document';
import { renderInvoicePdf } from './invoice-pdf';

export interface OutboxOptions {
  /** The SMTP server, `smtp://[user:pass@]host:port` or `smtps://…` (the API's SMTP_URL). Without one nothing is sent. */
  smtpUrl?: string;
  /** The From address when AR Settings names none (the API's SMTP_FROM). */
  defaultFrom?: string;
  /** Only this tenant's emails (default: every tenant's). */
  tenantId?: string;
  /** At most this many emails in one round (default 50); the rest wait for the next. */
  limit?: number;
}

export interface OutboxRound {
  sent: number;
  /** Refused for good (the server said 5xx): Failed, with the server's reason in Error. */
  failed: number;
  /** Not delivered this time (server unreachable, 4xx): still Queued, the reason in Error, tried again next round. */
  deferred: number;
}

type Outcome = keyof OutboxRound | 'skipped';

/**
 * Delivers the Queued Outbound Emails over SMTP, the invoice's PDF regenerated and attached, and
 * marks each Sent (with Sent At) or Failed (with Error). Without an SMTP server configured
 * emails stay Queued: the outbox is then the record of what would have gone to whom.
 *
 * Each email is delivered in its own tenant transaction holding its row (`FOR UPDATE SKIP
 * LOCKED`), so two API instances never send the same email twice. The API runs it as a job
 * (OUTBOX_JOB in ../jobs.ts), one round at a time across all its processes.
 */
export async function deliverOutbox(engine: RecordEngine, db: Database, options: OutboxOptions = {}): Promise<OutboxRound> {
  const round: OutboxRound = { sent: 0, failed: 0, deferred: 0 };
  const smtpUrl = options.smtpUrl;
  if (!smtpUrl) return round;
  const outbox = new SqlTable(engine.object(AR.outbox));
  // The owner sees every tenant's queue at once; each email is then handled as its own tenant's.
  const queued = (await db.owner.query(
    `SELECT e.tenant_id AS "tenantId", e.id, t.time_zone AS "timeZone"
       FROM ${outbox.name} e JOIN sys_tenant t ON t.id = e.tenant_id
      WHERE e.${outbox.col('lumary__Status__c')} = 'Queued' ${options.tenantId ? 'AND e.tenant_id = $2' : ''}
      ORDER BY e.created_date LIMIT $1`,
    options.tenantId ? [options.limit ?? 50, options.tenantId] : [options.limit ?? 50],
  )) as { tenantId: string; id: string; timeZone: string }[];
  if (!queued.length) return round;

  // Short timeouts: each send holds its email's row (and a database connection) until the server answers.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  const documents = new InvoiceDocumentService(engine);
  const defaultFrom = options.defaultFrom;
  try {
    for (const email of queued) {
      const ctx = requestContext(email.tenantId, null, email.timeZone);
      const outcome = await inTenant(engine.dataSource, ctx, (manager) =>
        deliverOne(manager, ctx, { engine, outbox, documents, transport, defaultFrom }, email.id),
      ).catch(
        // Anything else (the invoice cannot be rendered, say) fails this email alone, saying why, instead of blocking the queue.
        (error: unknown) =>
          inTenant(engine.dataSource, ctx, async (manager) => {
            await engine
              .within(manager, ctx)
              .update(AR.outbox, email.id, { lumary__Status__c: 'Failed', lumary__Error__c: errorText(error) });
            return 'failed' as const;
          }),
      );
      if (outcome !== 'skipped') round[outcome]++;
    }
  } finally {
    transport.close();
  }
  return round;
}

interface Delivery {
  engine: RecordEngine;
  outbox: SqlTable;
  documents: InvoiceDocumentService;
  transport: Transporter;
  defaultFrom?: string;
}

async function deliverOne(manager: EntityManager, ctx: RequestContext, d: Delivery, id: string): Promise<Outcome> {
  const o = d.outbox;
  const locked = (await manager.query(
    `SELECT id FROM ${o.name} WHERE tenant_id = $1 AND id = $2 AND ${o.col('lumary__Status__c')} = 'Queued' FOR UPDATE SKIP LOCKED`,
    [ctx.tenantId, id],
  )) as { id: string }[];
  if (!locked.length) return 'skipped'; // sent meanwhile, or another instance has it
  const writes = d.engine.within(manager, ctx);
  const email = await writes.get(AR.outbox, id);
  if (!email) return 'skipped';
  const from = (email['lumary__From__c'] as string | null) ?? d.defaultFrom;
  if (!from) {
    await writes.update(AR.outbox, id, {
      lumary__Status__c: 'Failed',
      lumary__Error__c: 'No sender address: set Send Invoices From in AR Settings.',
    });
    return 'failed';
  }
  const invoiceId = email['lumary__Invoice__c'] as string | null;
  // The PDF as the invoice stands now (paid since it was queued, say); an email whose invoice is gone goes without.
  const doc = invoiceId ? await d.documents.loadIn(manager, ctx, invoiceId) : undefined;
  const attachments = doc
    ? [
        {
          filename: String(email['lumary__Attachment_Name__c'] ?? pdfFileName(doc)),
          content: await renderInvoicePdf(doc),
          contentType: 'application/pdf',
        },
      ]
    : [];
  try {
    await d.transport.sendMail({
      from,
      to: String(email['lumary__To__c']),
      subject: String(email['lumary__Subject__c']),
      html: (email['lumary__Body__c'] as string | null) ?? '',
      attachments,
    });
  } catch (error) {
    const message = errorText(error);
    if (!isPermanent(error)) {
      await writes.update(AR.outbox, id, { lumary__Error__c: message });
      return 'deferred';
    }
    await writes.update(AR.outbox, id, { lumary__Status__c: 'Failed', lumary__Error__c: message });
    return 'failed';
  }
  await writes.update(AR.outbox, id, { lumary__Status__c: 'Sent', lumary__Sent_At__c: Instant.now().toString(), lumary__Error__c: null });
  return 'sent';
}

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 255);

/** A 5xx answer (or a message the server can never take) will not change by trying again; anything else might. */
function isPermanent(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  return (typeof responseCode === 'number' && responseCode >= 500) || code === 'EENVELOPE' || code === 'EMESSAGE';
}
