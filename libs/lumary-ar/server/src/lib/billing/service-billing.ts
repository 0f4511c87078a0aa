import type { RecordEngine, RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { formatMoney, sum } from '../journal/money';
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

  /** One Open claim for one NDIA-managed client's services, for their total; the services Claimed. */
  async claim(
    manager: EntityManager,
    ctx: RequestContext,
    services: ServiceRow[],
    options: { claimDate: string; billingRun?: string },
  ): Promise<{ id: string }> {
    const writes = this.engine.within(manager, ctx);
    const claim = await writes.create(AR.claim, {
      lumary__Client__c: services[0].client,
      lumary__Claim_Date__c: options.claimDate,
      lumary__Amount__c: formatMoney(sum(services.map((s) => s.amount))),
      lumary__Status__c: 'Open',
      lumary__Billing_Run__c: options.billingRun ?? null,
    });
    for (const s of services) {
      await writes.update(AR.service, s.id, {
        lumary__Status__c: 'Claimed',
        lumary__Claim__c: claim.id,
        ...(options.billingRun ? { lumary__Billing_Run__c: options.billingRun } : {}),
      });
    }
    return claim;
  }
}
