import type { RecordEngine } from '@platform/engine';
import { ENTITY } from './ar-names';
import { registerAccountingEntityRules } from './accounting-entities/accounting-entity.rules';
import { registerJournalGuard } from './journal/journal-guard.rules';
import { InvoiceService } from './invoices/invoice.service';
import { registerInvoiceRules } from './invoices/invoice.rules';
import { registerPaymentRules } from './payments/payment.rules';
import { registerServiceRules } from './billing/service.rules';
import { registerAgreementRules } from './agreements/agreement.rules';
import { registerBankRules } from './bank/bank.rules';

/** Everything the AR package hooks into the record engine; called once when the API starts. */
export function registerLumaryAr(engine: RecordEngine): void {
  // An API started on other metadata (tests, tenants' trials) simply has no AR to hook.
  if (!engine.registry.object(ENTITY)) return;
  registerAccountingEntityRules(engine);
  registerJournalGuard(engine);
  // Before the invoice rules: a service's Rate comes from the catalogue before its Amount is computed.
  registerAgreementRules(engine);
  registerInvoiceRules(engine, new InvoiceService(engine));
  registerPaymentRules(engine);
  registerServiceRules(engine);
  registerBankRules(engine);
}
