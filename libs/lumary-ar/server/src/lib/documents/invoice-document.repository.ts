import type { RecordEngine, RecordValues, RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, type InvoiceStatus } from '../ar-names';
import { DebtorDefaults } from '../invoices/debtor-defaults';
import type { TaxCode } from '../invoices/invoice-math';
import { money } from '../journal/money';
import { SqlTable } from '../sql-table';
import type { DocumentLine, DocumentTemplate, InvoiceDocument } from './invoice-document';

/** What sending needs besides the document: where it goes and who it is from. */
export interface SendingDetails {
  /** Debtor Settings' Invoice Email. */
  invoiceEmail: string | null;
  /** AR Settings' Send Invoices From. */
  sender: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * Reads an invoice with everything printed on it, inside the caller's tenant transaction. Records
 * come through the engine's trusted reads (so formula fields such as a Contact's Name are
 * computed); the lines in one query.
 */
export class InvoiceDocumentRepository {
  private readonly line: SqlTable;
  private readonly service: SqlTable;
  private readonly debtorSettings: SqlTable;
  private readonly arSettings: SqlTable;
  private readonly defaults: DebtorDefaults;

  constructor(private readonly engine: RecordEngine) {
    this.line = new SqlTable(engine.object(AR.line));
    this.service = new SqlTable(engine.object(AR.service));
    this.debtorSettings = new SqlTable(engine.object(AR.debtorSettings));
    this.arSettings = new SqlTable(engine.object(AR.settings));
    this.defaults = new DebtorDefaults(engine);
  }

  /** The invoice's document, or undefined when this tenant has no invoice with that id. */
  async load(manager: EntityManager, ctx: RequestContext, id: string): Promise<InvoiceDocument | undefined> {
    const reads = this.engine.within(manager, ctx);
    const invoice = await reads.get(AR.invoice, id);
    if (!invoice) return undefined;
    const debtorId = String(invoice['lumary__Debtor__c']);
    const debtorObject = invoice['lumary__Debtor__c.type'] === 'Account' ? 'Account' : 'Contact';
    const client = await reads.get('Contact', String(invoice['lumary__Client__c']));
    const debtor = await reads.get(debtorObject, debtorId);
    // A blank Template (an invoice made before templates existed) resolves as the invoice core does.
    const templateId = (invoice['lumary__Template__c'] as string | null) ?? (await this.defaults.template(manager, ctx.tenantId, debtorId));
    return {
      number: String(invoice['Name']),
      status: invoice['lumary__Status__c'] as InvoiceStatus,
      invoiceDate: String(invoice['lumary__Invoice_Date__c']),
      dueDate: text(invoice['lumary__Due_Date__c']),
      provider: { name: await this.tenantName(manager, ctx.tenantId) },
      client: { name: text(client?.['Name']) ?? '', ndisNumber: text(client?.['lumary__NDIS_Number__c']) },
      debtor: {
        name: text(debtor?.['Name']) ?? '',
        email: text(debtor?.['Email']),
        address: debtorObject === 'Contact' && debtor ? mailingAddress(debtor) : [],
        abn: debtorObject === 'Account' ? text(debtor?.['ABN']) : null,
      },
      lines: await this.lines(manager, ctx.tenantId, id),
      subtotal: money(invoice['lumary__Subtotal__c']),
      gst: money(invoice['lumary__GST__c']),
      total: money(invoice['lumary__Total__c']),
      amountPaid: money(invoice['lumary__Amount_Paid__c']),
      amountCredited: money(invoice['lumary__Amount_Credited__c']),
      balance: money(invoice['lumary__Balance__c']),
      template: await this.template(manager, ctx, templateId),
    };
  }

  /** The debtor's Invoice Email and the organisation's sender address. */
  async sendingDetails(manager: EntityManager, tenantId: string, debtorId: string): Promise<SendingDetails> {
    const s = this.debtorSettings;
    const a = this.arSettings;
    const [row] = (await manager.query(
      `SELECT (SELECT ${s.col('lumary__Invoice_Email__c')} FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Debtor__c')} = $2) AS "invoiceEmail",
              (SELECT ${a.col('lumary__Sender_Email__c')} FROM ${a.name}
                WHERE tenant_id = $1 AND ${a.col('lumary__Sender_Email__c')} IS NOT NULL ORDER BY created_date LIMIT 1) AS sender`,
      [tenantId, debtorId],
    )) as SendingDetails[];
    return { invoiceEmail: text(row?.invoiceEmail), sender: text(row?.sender) };
  }

  private async lines(manager: EntityManager, tenantId: string, invoiceId: string): Promise<DocumentLine[]> {
    const l = this.line;
    const s = this.service;
    const rows = (await manager.query(
      `SELECT l.${l.col('lumary__Description__c')} AS description, s.${s.col('lumary__Service_Date__c')}::text AS "serviceDate",
              l.${l.col('lumary__Quantity__c')}::text AS quantity, l.${l.col('lumary__Unit_Price__c')}::text AS "unitPrice",
              l.${l.col('lumary__Tax_Code__c')} AS "taxCode", l.${l.col('lumary__Amount__c')}::text AS amount, l.${l.col('lumary__GST__c')}::text AS gst
         FROM ${l.name} l
         LEFT JOIN ${s.name} s ON s.tenant_id = l.tenant_id AND s.id = l.${l.col('lumary__Service__c')}
        WHERE l.tenant_id = $1 AND l.${l.col('lumary__Invoice__c')} = $2
        ORDER BY l.${l.col('Name')}`,
      [tenantId, invoiceId],
    )) as {
      description: string;
      serviceDate: string | null;
      quantity: string;
      unitPrice: string;
      taxCode: TaxCode;
      amount: string;
      gst: string;
    }[];
    return rows.map((r) => ({ ...r, unitPrice: money(r.unitPrice), amount: money(r.amount), gst: money(r.gst) }));
  }

  private async template(manager: EntityManager, ctx: RequestContext, id: string | null): Promise<DocumentTemplate | null> {
    const template = id ? await this.engine.within(manager, ctx).get(AR.template, id) : undefined;
    if (!template) return null;
    return {
      heading: text(template['lumary__Heading__c']),
      remittance: text(template['lumary__Remittance_Details__c']),
      footer: text(template['lumary__Footer__c']),
    };
  }

  /** The organisation's name: the provider on its invoices. */
  private async tenantName(manager: EntityManager, tenantId: string): Promise<string> {
    const [row] = (await manager.query(`SELECT name FROM sys_tenant WHERE id = $1`, [tenantId])) as { name: string }[];
    return row?.name ?? '';
  }
}

/** A Contact's mailing address as printed lines: street (possibly several lines), then city, state and postcode, then country. */
function mailingAddress(contact: RecordValues): string[] {
  const street = text(contact['MailingStreet'])?.split(/\r?\n/) ?? [];
  const locality = [contact['MailingCity'], contact['MailingState'], contact['MailingPostalCode']].map(text).filter(Boolean).join(' ');
  const country = text(contact['MailingCountry']);
  return [...street, ...(locality ? [locality] : []), ...(country && !/^australia$/i.test(country) ? [country] : [])];
}
