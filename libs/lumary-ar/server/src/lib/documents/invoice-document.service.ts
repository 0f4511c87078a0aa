import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { JobSender } from '@platform/jobs';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { fieldAccess, fields, type FieldAccess, type FieldRef } from '../field-access';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { OUTBOX_JOB } from '../job-types';
import { isId } from '../journal/journal-entry';
import { pdfFileName, type HiddenPart, type InvoiceDocument } from './invoice-document';
import { InvoiceDocumentRepository } from './invoice-document.repository';
import { renderInvoiceHtml } from './invoice-html';
import { renderInvoicePdf } from './invoice-pdf';

export interface RenderedPdf {
  fileName: string;
  pdf: Buffer;
}

/** What POST /invoices/{id}/send answers: the queued outbox record and where it goes. */
export interface QueuedEmail {
  id: string;
  name: string;
  status: 'Queued';
  to: string;
  from: string | null;
  subject: string;
  attachment: string;
}

const notFound = (id: string) => EngineError.notFound(`The requested resource does not exist: no Invoice with id '${id}'`);
const refuse = (message: string, fields: string[]) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);

/**
 * An invoice as a document: its printable page, its PDF, and sending it. Sending queues an
 * Outbound Email (the outbox is the record of what was sent to whom); the outbox job delivers it.
 */
export class InvoiceDocumentService {
  readonly repository: InvoiceDocumentRepository;
  private readonly invoices: InvoiceRepository;

  constructor(
    private readonly engine: RecordEngine,
    /** Where a sent invoice's delivery is queued (OUTBOX_JOB); without it the email waits for the next scheduled round. */
    private readonly jobs?: JobSender,
  ) {
    this.repository = new InvoiceDocumentRepository(engine);
    this.invoices = new InvoiceRepository(engine);
  }

  async html(ctx: RequestContext, id: string): Promise<string> {
    return renderInvoiceHtml(await this.readable(ctx, id));
  }

  async pdf(ctx: RequestContext, id: string): Promise<RenderedPdf> {
    const doc = await this.readable(ctx, id);
    return { fileName: pdfFileName(doc), pdf: await renderInvoicePdf(doc) };
  }

  /** The document inside a transaction the caller holds, unchecked: the outbox job regenerates the PDF with it. */
  loadIn(manager: EntityManager, ctx: RequestContext, id: string): Promise<InvoiceDocument | undefined> {
    return this.repository.load(manager, ctx, id);
  }

  /**
   * Queues the invoice to its debtor: to `to` when given (this once), else Debtor Settings'
   * Invoice Email, else the debtor's Email. The outbox record and the invoice's Last Sent are
   * written together through the engine (so history records them), or neither is.
   */
  async send(ctx: RequestContext, id: string, options: { to?: string } = {}): Promise<QueuedEmail> {
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    const override = options.to?.trim() || undefined;
    if (!isId(id)) throw notFound(id);
    const queued = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      // Locked: a send waits for a void (or a payment) in flight on the same invoice, and sees its outcome.
      const invoice = await this.invoices.load(manager, ctx.tenantId, id, true);
      if (!invoice) throw notFound(id);
      if (invoice.status === 'Draft') throw refuse(`${invoice.name} is a Draft: issue it before sending it.`, ['lumary__Status__c']);
      if (invoice.status === 'Void') throw refuse(`${invoice.name} is Void: a void invoice is not sent.`, ['lumary__Status__c']);
      const doc = await this.repository.load(manager, ctx, id);
      if (!doc) throw notFound(id);
      const { invoiceEmail, sender } = await this.repository.sendingDetails(manager, ctx.tenantId, invoice.debtor);
      const to = override ?? invoiceEmail ?? doc.debtor.email;
      if (!to) throw refuse(`No address to send ${invoice.name} to: set the debtor's Email or Invoice Email in Debtor Settings.`, ['to']);

      const subject = `Invoice ${doc.number} from ${doc.provider.name}`.slice(0, 255);
      const attachment = pdfFileName(doc);
      const writes = this.engine.within(manager, ctx);
      const { id: emailId } = await writes.create(AR.outbox, {
        lumary__Status__c: 'Queued',
        lumary__To__c: to,
        lumary__From__c: sender,
        lumary__Subject__c: subject,
        lumary__Body__c: renderInvoiceHtml(doc),
        lumary__Attachment_Name__c: attachment,
        lumary__Invoice__c: id,
      });
      await writes.update(AR.invoice, id, { lumary__Last_Sent__c: ctx.now.toString() });
      const email = await writes.get(AR.outbox, emailId);
      return { id: emailId, name: String(email?.['Name']), status: 'Queued' as const, to, from: sender, subject, attachment };
    });
    // Committed: deliver it now rather than at the next round (a failure to queue leaves it to that round).
    await this.jobs?.send(OUTBOX_JOB, {}).catch(() => undefined);
    return queued;
  }

  /** Read permission on invoices, then this tenant's invoice (404 for anything else, another tenant's ids included). */
  private async readable(ctx: RequestContext, id: string): Promise<InvoiceDocument> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    if (!isId(id)) throw notFound(id);
    const doc = await inTenant(this.engine.dataSource, ctx, (manager) => this.repository.load(manager, ctx, id));
    if (!doc) throw notFound(id);
    return visibleDocument(fieldAccess(ctx, this.engine), doc);
  }
}

/** Each part of a document a reader may be refused, and the field it prints (field-level security). */
const PARTS: Record<HiddenPart, FieldRef> = {
  status: `${AR.invoice}.lumary__Status__c`,
  invoiceDate: `${AR.invoice}.lumary__Invoice_Date__c`,
  subtotal: `${AR.invoice}.lumary__Subtotal__c`,
  gst: `${AR.invoice}.lumary__GST__c`,
  total: `${AR.invoice}.lumary__Total__c`,
  amountPaid: `${AR.invoice}.lumary__Amount_Paid__c`,
  amountCredited: `${AR.invoice}.lumary__Amount_Credited__c`,
  balance: `${AR.invoice}.lumary__Balance__c`,
  'line.quantity': `${AR.line}.lumary__Quantity__c`,
  'line.unitPrice': `${AR.line}.lumary__Unit_Price__c`,
  'line.amount': `${AR.line}.lumary__Amount__c`,
  'line.gst': `${AR.line}.lumary__GST__c`,
  'line.taxCode': `${AR.line}.lumary__Tax_Code__c`,
  'line.description': `${AR.line}.lumary__Description__c`,
};
const ADDRESS = fields('Contact', 'MailingStreet', 'MailingCity', 'MailingState', 'MailingPostalCode', 'MailingCountry');

/**
 * The document as the reader may see it: what they may not read is left off the page and the PDF,
 * as the records API leaves a field out of a record. (The outbox sends the whole invoice to its debtor.)
 */
function visibleDocument(can: FieldAccess, doc: InvoiceDocument): InvoiceDocument {
  const hidden = new Set((Object.keys(PARTS) as HiddenPart[]).filter((part) => !can.can(PARTS[part])));
  return {
    ...doc,
    dueDate: can.can(`${AR.invoice}.lumary__Due_Date__c`) ? doc.dueDate : null,
    client: { ...doc.client, ndisNumber: can.can('Contact.lumary__NDIS_Number__c') ? doc.client.ndisNumber : null },
    debtor: {
      ...doc.debtor,
      address: doc.debtor.address.length && can.all(ADDRESS) ? doc.debtor.address : [],
      abn: doc.debtor.abn && can.can('Account.ABN') ? doc.debtor.abn : null,
    },
    lines: can.all([`${AR.line}.lumary__Service__c`, `${AR.service}.lumary__Service_Date__c`])
      ? doc.lines
      : doc.lines.map((l) => ({ ...l, serviceDate: null })),
    hidden,
  };
}
