import type { RecordEngine, RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { formatMoney } from '../journal/money';
import { gstCodeOf } from './claim-row';
import { InvoiceService, type InvoiceResult, type NewInvoiceLine } from '../invoices/invoice.service';
import type { ServiceRow } from './service.repository';

/** The invoice line that bills a service: its description, quantity, rate and coding, linked back to it. */
export function serviceLine(s: ServiceRow): NewInvoiceLine {
  return {
    description: s.description,
    quantity: s.quantity,
    unitPrice: s.rate,
    taxCode: s.taxCode,
    glCode: s.glCode ?? undefined,
    costCentre: s.costCentre ?? undefined,
    service: s.id,
  };
}

/**
 * Turns locked Delivered services into an issued invoice or an Open claim and marks them Billed
 * or Claimed, inside the caller's transaction: bill now and billing runs share it, so a service
 * is marked exactly when its invoice or claim exists.
 */
export class ServiceBilling {
  constructor(
    private readonly engine: RecordEngine,
    readonly invoices: InvoiceService = new InvoiceService(engine),
  ) {}

  /** One invoice for one client's services (a line each), issued and posted; the services Billed. */
  async invoice(
    manager: EntityManager,
    ctx: RequestContext,
    services: ServiceRow[],
    options: { invoiceDate: string; debtor?: string; billingRun?: string },
  ): Promise<InvoiceResult> {
    const invoice = await this.invoices.createIn(manager, ctx, {
      client: services[0].client,
      debtor: options.debtor,
      invoiceDate: options.invoiceDate,
      lines: services.map(serviceLine),
      issue: true,
      billingRun: options.billingRun,
    });
    const writes = this.engine.within(manager, ctx);
    for (const s of services) {
      await writes.update(AR.service, s.id, {
        lumary__Status__c: 'Billed',
        lumary__Invoice__c: invoice.id,
        ...(options.billingRun ? { lumary__Billing_Run__c: options.billingRun } : {}),
      });
    }
    return invoice;
  }

  /**
   * One Open claim per NDIA-managed service (a row of the bulk payment request), carrying what
   * its row needs: support number, dates, quantity or hours, unit price, GST code, claim type and
   * cancellation reason. The services Claimed.
   */
  async claim(
    manager: EntityManager,
    ctx: RequestContext,
    services: ServiceRow[],
    options: { claimDate: string; billingRun?: string },
  ): Promise<{ id: string }[]> {
    const writes = this.engine.within(manager, ctx);
    const claims: { id: string }[] = [];
    for (const s of services) {
      const hourly = s.unit === 'Hour';
      const claim = await writes.create(AR.claim, {
        lumary__Client__c: s.client,
        lumary__Claim_Date__c: options.claimDate,
        lumary__Amount__c: formatMoney(s.amount),
        lumary__Status__c: 'Open',
        lumary__Billing_Run__c: options.billingRun ?? null,
        lumary__Support_Number__c: s.supportNumber,
        lumary__Supports_From__c: s.serviceDate,
        lumary__Supports_To__c: s.serviceDate,
        lumary__Quantity__c: hourly ? null : s.quantity,
        lumary__Hours__c: hourly ? s.quantity : null,
        lumary__Unit_Price__c: s.rate,
        lumary__GST_Code__c: gstCodeOf(s.taxCode),
        lumary__Claim_Type__c: s.claimType,
        lumary__Cancellation_Reason__c: s.cancellationReason,
      });
      await writes.update(AR.service, s.id, {
        lumary__Status__c: 'Claimed',
        lumary__Claim__c: claim.id,
        ...(options.billingRun ? { lumary__Billing_Run__c: options.billingRun } : {}),
      });
      claims.push(claim);
    }
    return claims;
  }
}
