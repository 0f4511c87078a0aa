import { Logger, type Provider } from '@nestjs/common';
import {
  AgedReceivablesService,
  AuditTrailService,
  BillingRunService,
  BillNowService,
  ClaimService,
  DebtorBalancesService,
  DebtorSummaryService,
  InvoiceDocumentService,
  InvoiceService,
  JournalExportService,
  PaymentHistoryService,
  PaymentService,
  PostingService,
  TrialBalanceService,
} from '@lumary-ar/server';
import type { RecordEngine } from '@platform/engine';
import { ENGINE } from '../platform.tokens';
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

/** A service of the AR server library (a plain class over the record engine) as a Nest provider. */
const overEngine = <T>(service: new (engine: RecordEngine) => T): Provider => ({ provide: service, useFactory: (engine: RecordEngine) => new service(engine), inject: [ENGINE] });

/** The services LUMARY_CONTROLLERS inject, registered by the AppModule with them. */
export const LUMARY_PROVIDERS: Provider[] = [
  ...[
    AgedReceivablesService,
    AuditTrailService,
    BillNowService,
    ClaimService,
    DebtorBalancesService,
    DebtorSummaryService,
    InvoiceDocumentService,
    InvoiceService,
    JournalExportService,
    PaymentHistoryService,
    PaymentService,
    PostingService,
    TrialBalanceService,
  ].map((service) => overEngine<unknown>(service)),
  {
    provide: BillingRunService,
    useFactory: (engine: RecordEngine) => {
      const logger = new Logger('BillingRun');
      return new BillingRunService(engine, (message) => logger.log(message));
    },
    inject: [ENGINE],
  },
];
