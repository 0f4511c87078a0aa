import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import type { InvoiceResult } from '../invoices/invoice.service';
import { isId } from '../journal/journal-entry';
import { NDIA_MANAGED } from './billing-plan';
import { ServiceBilling } from './service-billing';
import { ServiceRepository } from './service.repository';
import '../ar.errors'; // its error codes (INVALID_STATUS ...)

export interface BillNowResult extends InvoiceResult {
  service: { id: string; name: string; status: 'Billed' };
}

/**
 * "Bill now" (libs/lumary-ar/RULES.md#bill-now): one delivered service invoiced to its client's
 * debtor at once, issued, and marked Billed, in one transaction. When the invoice cannot be
 * issued (no Open period, no GL code) nothing is written and the service stays Delivered.
 */
export class BillNowService {
  private readonly repository: ServiceRepository;
  private readonly billing: ServiceBilling;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ServiceRepository(engine);
    this.billing = new ServiceBilling(engine);
  }

  requireAccess(ctx: RequestContext): void {
    requireObject(ctx, this.engine.object(AR.invoice), 'create');
    requireObject(ctx, this.engine.object(AR.service), 'edit');
  }

  /** `invoiceDate` (YYYY-MM-DD) defaults to the service's date. */
  async billNow(ctx: RequestContext, serviceId: string, options: { invoiceDate?: string }): Promise<BillNowResult> {
    this.requireAccess(ctx);
    const invoiceDate = options.invoiceDate;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const service = isId(serviceId) ? await this.repository.load(manager, ctx.tenantId, serviceId, true) : undefined;
      if (!service) throw EngineError.notFound(`The requested resource does not exist: no Service Delivered with id '${serviceId}'`);
      if (service.status !== 'Delivered') {
        throw new EngineError('conflict', [
          {
            errorCode: 'INVALID_STATUS',
            message: `${service.name} is ${service.status}: only a Delivered service can be billed.`,
            fields: [],
          },
        ]);
      }
      if (service.funding === NDIA_MANAGED) {
        throw EngineError.invalid(
          'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          `${service.name} is NDIA-managed: claim it instead (a billing run claims it from the NDIA); it cannot be invoiced.`,
          ['lumary__Funding__c'],
        );
      }
      const invoice = await this.billing.invoice(manager, ctx, [service], { invoiceDate: invoiceDate ?? service.serviceDate });
      return { ...invoice, service: { id: service.id, name: service.name, status: 'Billed' as const } };
    });
  }
}
