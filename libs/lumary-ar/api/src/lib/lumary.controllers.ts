import { AuditController } from './audit.controller';
import { BillingController } from './billing.controller';
import { DebtorPaymentsController } from './debtor-payments.controller';
import { DebtorsController } from './debtors.controller';
import { JournalExportsController } from './journal-exports.controller';
import { JournalController } from './journal.controller';
import { InvoicesController } from './invoices.controller';
import { InvoiceDocumentsController } from './invoice-documents.controller';
import { PaymentsController } from './payments.controller';
import { ReportsController } from './reports.controller';

/** The Lumary AR package's endpoints under /api/lumary, registered by the AppModule. */
export const LUMARY_CONTROLLERS = [JournalController, InvoicesController, InvoiceDocumentsController, PaymentsController, JournalExportsController, ReportsController, DebtorsController, BillingController, DebtorPaymentsController, AuditController];
