export { registerLumaryAr } from './lib/register-lumary-ar';
export { lumaryArJobs, type LumaryArJobOptions } from './lib/jobs';
export { BILLING_RUN_JOB, OUTBOX_JOB, type BillingRunJob } from './lib/job-types';
export * from './lib/ar-names';
export * from './lib/ar.errors';
export { PostingService, type PostedEntry } from './lib/journal/posting.service';
export {
  CONTROL_TYPES,
  type JournalEntryInput,
  type JournalLineInput,
  type AccountRef,
  type ControlType,
} from './lib/journal/journal-entry';
export { JournalExportService, type JournalExport } from './lib/journal/journal-export.service';
export { EXPORT_LAYOUTS, type ExportLayout } from './lib/journal/journal-csv';
export { TrialBalanceService, type TrialBalance, type TrialBalanceRow } from './lib/reports/trial-balance.service';
export {
  InvoiceService,
  CREDIT_REASONS,
  type NewInvoice,
  type NewInvoiceLine,
  type NewCreditNote,
  type InvoiceResult,
} from './lib/invoices/invoice.service';
export { InvoiceRepository, type InvoiceRow, type LineRow } from './lib/invoices/invoice.repository';
export { DebtorDefaults } from './lib/invoices/debtor-defaults';
export { lineAmounts, invoiceTotals, shareCredit, toCents, TAX_CODES, type TaxCode } from './lib/invoices/invoice-math';
export { SqlTable } from './lib/sql-table';
export { money, formatMoney, parseMoney, sum, ZERO, type Money } from './lib/journal/money';
export { isId } from './lib/journal/journal-entry';
export { InvoiceDocumentService, type QueuedEmail, type RenderedPdf } from './lib/documents/invoice-document.service';
export { deliverOutbox, type OutboxOptions, type OutboxRound } from './lib/documents/outbox';
export { renderInvoiceHtml } from './lib/documents/invoice-html';
export { renderInvoicePdf } from './lib/documents/invoice-pdf';
export { pdfFileName, type InvoiceDocument } from './lib/documents/invoice-document';
/** For tests over HTTP: the text a PDF the invoice renderer made draws. */
export { pdfText } from './lib/documents/pdf-text.testing';
export { DebtorSummaryService } from './lib/summary/debtor-summary.service';
export type { DebtorSummary, ClientSummary, PayerSummary, OwedFigure, SummaryInvoice, UsuallyPaysIn } from './lib/summary/debtor-summary';
export { BillNowService, type BillNowResult } from './lib/billing/bill-now.service';
export {
  BillingRunService,
  type BillingRunInput,
  type BillingRunProgress,
  type BillingRunStatus,
  type StartedRun,
} from './lib/billing/billing-run.service';
export { ClaimService, type ClaimResult, type ClaimStatus } from './lib/billing/claim.service';
export { AgedReceivablesService } from './lib/reports/aged-receivables.service';
export { DebtorBalancesService } from './lib/reports/debtor-balances.service';
export { PaymentHistoryService, type PaymentHistory } from './lib/reports/payment-history.service';
export { AuditTrailService, MAX_AUDIT_PAGE, type AuditTrail, type AuditEntry, type AuditQuery } from './lib/reports/audit-trail.service';
export { AGE_BUCKETS, type AgedReceivables, type DebtorBalances } from './lib/reports/receivables';
export {
  AnalyticsService,
  ANALYTICS_MONTHS,
  TOP_OVERDUE,
  type Analytics,
  type CollectionKpis,
  type TrendPoint,
  type AgingPoint,
  type TopOverdueRow,
  type PaymentsMonth,
} from './lib/reports/analytics.service';
export { GstSummaryService, type GstSummary, type GstDocuments } from './lib/reports/gst-summary.service';
export { analyticsCsv, gstSummaryCsv, ANALYTICS_TABLES, type AnalyticsTable } from './lib/reports/analytics-csv';
export { agedReceivablesCsv, debtorBalancesCsv, paymentHistoryCsv, auditTrailCsv } from './lib/reports/report-csv';
export { VisibleAnswers } from './lib/visible-answers';
export { PaymentService, type PaymentView, type AllocationView, type RecordedPayment } from './lib/payments/payment.service';
export {
  PAYMENT_METHODS,
  type PaymentMethod,
  type NewPayment,
  type LaterAllocation,
  type Reversal,
  type AllocationInput,
} from './lib/payments/payment-input';
export { AGREEMENT_STATUS_JOB } from './lib/job-types';
export { AgreementStatusService, type StatusRound } from './lib/agreements/agreement-status.service';
export { registerAgreementRules, agreementStatus } from './lib/agreements/agreement.rules';
export { STATES, UNITS, GST_CODES, type State, type Unit, type GstCode } from './lib/agreements/agreement.repository';
export {
  SupportCatalogueService,
  type CatalogueImport,
  type CatalogueRow,
  type CatalogueFormat,
} from './lib/agreements/support-catalogue.service';
export { parseCatalogue, CATALOGUE_COLUMNS } from './lib/agreements/support-catalogue';
export {
  ClaimBatchService,
  CLAIM_BATCH,
  CLAIM_BATCH_FILE,
  type ClaimBatchProgress,
  type ClaimBatchStatus,
  type ClaimBatchFailure,
} from './lib/billing/claim-batch.service';
export {
  ClaimRemittanceService,
  RESULT_COLUMNS,
  type RemittanceReport,
  type RemittanceRow,
  type RemittanceOutcome,
} from './lib/billing/claim-remittance.service';
export { NdiaAgedService, NDIA_BUCKETS, type AgedNdiaClaims, type AgedNdiaClaim, type NdiaBucket } from './lib/billing/ndia-aged.service';
export { BULK_COLUMNS, ROWS_PER_FILE, validAbn, CLAIM_TYPES, CANCELLATION_REASONS } from './lib/billing/claim-row';
export { CLAIM_BATCH_JOB, type ClaimBatchJob } from './lib/job-types';
export {
  CollectionsService,
  type Worklist,
  type WorklistRow,
  type DebtorRisk,
  type PromiseView,
} from './lib/collections/collections.service';
export { ReminderService, type ReminderRun } from './lib/collections/reminders.service';
export { StatementService, statementsJobKey, type QueuedStatement } from './lib/collections/statement.service';
export type { Statement, StatementLine } from './lib/collections/statement';
export { assessRisk, predictedPayDate, expectedLateness, RISK_WEIGHTS, type Risk, type RiskLevel } from './lib/collections/risk';
export { STATEMENTS_JOB, REMINDERS_JOB, type StatementsJob } from './lib/job-types';
export {
  BankReconciliationService,
  BANK,
  importKeys,
  type BankAccountView,
  type BankRuleView,
  type ImportResult,
  type ImportedLine,
  type LineMatch,
  type LineStatus,
  type MatchPart,
  type MatchResult,
  type Reconciliation,
  type StatementImport,
  type StatementLineView,
} from './lib/bank/bank-reconciliation.service';
export {
  suggest,
  exactSubset,
  invoiceNumbers,
  payerText,
  type Suggestion,
  type SuggestionKind,
  type SuggestedAllocation,
} from './lib/bank/bank-matching';
export {
  parseStatement,
  parseCsvStatement,
  parseOfxStatement,
  parseCamt053Statement,
  StatementFileError,
  STATEMENT_FORMATS,
  DATE_FORMATS,
  type CsvMapping,
  type DateFormat,
  type ParsedLine,
  type ParsedStatement,
  type StatementFormat,
} from './lib/bank/statement-parsers';
