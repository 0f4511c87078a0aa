import { Logger, type Provider } from '@nestjs/common';
import {
  AgedReceivablesService,
  AnalyticsService,
  AuditTrailService,
  BankReconciliationService,
  BillingRunService,
  BillNowService,
  ClaimBatchService,
  ClaimRemittanceService,
  CollectionsService,
  ReminderService,
  StatementService,
  ClaimService,
  NdiaAgedService,
  DebtorBalancesService,
  DebtorSummaryService,
  GstSummaryService,
  InvoiceDocumentService,
  InvoiceService,
  JournalExportService,
  lumaryArJobs,
  PaymentHistoryService,
  PaymentService,
  PostingService,
  registerLumaryAr,
  TrialBalanceService,
  SupportCatalogueService,
} from '@lumary-ar/server';
import type { RecordEngine } from '@platform/engine';
import type { JobSender } from '@platform/jobs';
import { DEMO_LOGINS, seedDemo } from '@lumary-ar/demo';
import { ENGINE, JOBS, type ServerPackage } from '@platform/api';
import { AR_TAGS } from './ar-tags';
import { AgreementsController } from './agreements.controller';
import { AnalyticsController } from './analytics.controller';
import { AuditController } from './audit.controller';
import { BankController } from './bank.controller';
import { BillingController } from './billing.controller';
import { ClaimingController } from './claiming.controller';
import { CollectionsController } from './collections.controller';
import { DebtorPaymentsController } from './debtor-payments.controller';
import { DebtorsController } from './debtors.controller';
import { JournalExportsController } from './journal-exports.controller';
import { JournalController } from './journal.controller';
import { InvoicesController } from './invoices.controller';
import { InvoiceDocumentsController } from './invoice-documents.controller';
import { PaymentsController } from './payments.controller';
import { ReportsController } from './reports.controller';

/** The Lumary AR package's endpoints, under /api/lumary. */
export const LUMARY_CONTROLLERS = [
  JournalController,
  InvoicesController,
  InvoiceDocumentsController,
  PaymentsController,
  JournalExportsController,
  ReportsController,
  AnalyticsController,
  DebtorsController,
  BillingController,
  ClaimingController,
  DebtorPaymentsController,
  AuditController,
  AgreementsController,
  CollectionsController,
  BankController,
];

/** A service of the AR server library (a plain class over the record engine) as a Nest provider. */
const overEngine = <T>(service: new (engine: RecordEngine) => T): Provider => ({
  provide: service,
  useFactory: (engine: RecordEngine) => new service(engine),
  inject: [ENGINE],
});

/** The services LUMARY_CONTROLLERS inject, registered by the AppModule with them. */
export const LUMARY_PROVIDERS: Provider[] = [
  ...[
    AgedReceivablesService,
    AnalyticsService,
    AuditTrailService,
    BankReconciliationService,
    BillNowService,
    ClaimRemittanceService,
    ClaimService,
    CollectionsService,
    DebtorBalancesService,
    DebtorSummaryService,
    GstSummaryService,
    InvoiceService,
    JournalExportService,
    NdiaAgedService,
    PaymentHistoryService,
    PaymentService,
    PostingService,
    TrialBalanceService,
    SupportCatalogueService,
  ].map((service) => overEngine<unknown>(service)),
  {
    provide: BillingRunService,
    useFactory: (engine: RecordEngine, jobs: JobSender) => {
      const logger = new Logger('BillingRun');
      return new BillingRunService(engine, (message) => logger.log(message), jobs);
    },
    inject: [ENGINE, JOBS],
  },
  {
    provide: ClaimBatchService,
    useFactory: (engine: RecordEngine, jobs: JobSender) => {
      const logger = new Logger('ClaimBatch');
      return new ClaimBatchService(engine, (message) => logger.log(message), jobs);
    },
    inject: [ENGINE, JOBS],
  },
  ...[StatementService, ReminderService].map(
    (service): Provider => ({
      provide: service,
      useFactory: (engine: RecordEngine, jobs: JobSender) => new service(engine, jobs),
      inject: [ENGINE, JOBS],
    }),
  ),
  // Sending an invoice queues its delivery job.
  {
    provide: InvoiceDocumentService,
    useFactory: (engine: RecordEngine, jobs: JobSender) => new InvoiceDocumentService(engine, jobs),
    inject: [ENGINE, JOBS],
  },
];

/** Lumary AR, as the platform composes it: the API lists it in apps/api/src/packages.ts. */
export const LUMARY_AR: ServerPackage = {
  name: 'Lumary AR',
  metadata: 'lumary-ar',
  controllers: LUMARY_CONTROLLERS,
  openApiTags: AR_TAGS,
  providers: LUMARY_PROVIDERS,
  registerTriggers: registerLumaryAr,
  // Billing runs and invoice email delivery, on the platform's job queue.
  jobs: ({ engine, database, config, logger }) =>
    lumaryArJobs({ engine, database, smtpUrl: config.smtpUrl, smtpFrom: config.smtpFrom, log: (m) => logger.log(m) }),
  demo: {
    title: 'tenant "Demo Care Services", and "Other Community Care"',
    logins: DEMO_LOGINS,
    seed: ({ dataSource, registry, engine, auth, progress }) => seedDemo(dataSource, registry, engine, auth, progress),
  },
};
