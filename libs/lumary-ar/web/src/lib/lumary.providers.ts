import { WebPackage } from '@platform/web';

/** Lumary AR's web part: its pages and the components its record pages name. */
export const LUMARY_AR_WEB: WebPackage = {
  name: 'Lumary AR',
  /**
   * Its own pages: the app home with "Reports and runs" (placed before the shell's generic
   * `app/:appName`), the billing run, the reports, the invoice editor and the ledger pages.
   */
  routes: [
    {
      path: 'app/lumary__AR_Management',
      title: 'AR Management',
      loadComponent: () => import('./ar-app-home.page').then((m) => m.ArAppHomePage),
    },
    {
      path: 'lumary/billing-run',
      title: 'Billing run',
      loadComponent: () => import('./billing-run.page').then((m) => m.BillingRunPage),
    },
    {
      path: 'lumary/claim-batches',
      title: 'NDIA claim batches · Lumary',
      loadComponent: () => import('./claim-batches.page').then((m) => m.ClaimBatchesPage),
    },
    {
      path: 'lumary/ndia-claims-aged',
      title: 'Aged NDIA receivables · Lumary',
      loadComponent: () => import('./ndia-claims-aged.page').then((m) => m.NdiaClaimsAgedPage),
    },
    {
      path: 'lumary/aged-receivables',
      title: 'Aged receivables',
      loadComponent: () => import('./aged-receivables.page').then((m) => m.AgedReceivablesPage),
    },
    {
      path: 'lumary/invoices/new',
      title: 'New invoice · Lumary',
      loadComponent: () => import('./invoice-editor.page').then((m) => m.InvoiceEditorPage),
    },
    {
      path: 'lumary/invoices/:id/edit',
      title: 'Edit invoice · Lumary',
      loadComponent: () => import('./invoice-editor.page').then((m) => m.InvoiceEditorPage),
    },
    {
      path: 'lumary/trial-balance',
      title: 'Trial balance · Lumary',
      loadComponent: () => import('./trial-balance.page').then((m) => m.TrialBalancePage),
    },
    {
      path: 'lumary/journal-export',
      title: 'Journal export · Lumary',
      loadComponent: () => import('./journal-export.page').then((m) => m.JournalExportPage),
    },
    {
      path: 'lumary/manual-journal',
      title: 'Manual journal · Lumary',
      loadComponent: () => import('./manual-journal.page').then((m) => m.ManualJournalPage),
    },
    {
      path: 'lumary/debtor-balances',
      title: 'Debtor balances · Lumary',
      loadComponent: () => import('./debtor-balances.page').then((m) => m.DebtorBalancesPage),
    },
    {
      path: 'lumary/payment-history',
      title: 'Payment history · Lumary',
      loadComponent: () => import('./payment-history.page').then((m) => m.PaymentHistoryPage),
    },
    {
      path: 'lumary/support-catalogue',
      title: 'Support catalogue',
      loadComponent: () => import('./support-catalogue.page').then((m) => m.SupportCataloguePage),
    },
    {
      path: 'lumary/analytics',
      title: 'Receivables analytics · Lumary',
      loadComponent: () => import('./analytics.page').then((m) => m.AnalyticsPage),
    },
    {
      path: 'lumary/gst-summary',
      title: 'GST summary · Lumary',
      loadComponent: () => import('./gst-summary.page').then((m) => m.GstSummaryPage),
    },
    {
      path: 'lumary/collections',
      title: 'Collections worklist',
      loadComponent: () => import('./collections-worklist.page').then((m) => m.CollectionsWorklistPage),
    },
    {
      path: 'lumary/bank-reconciliation',
      title: 'Bank reconciliation · Lumary',
      loadComponent: () => import('./bank-reconciliation.page').then((m) => m.BankReconciliationPage),
    },
    {
      path: 'lumary/audit',
      title: 'Audit trail · Lumary',
      loadComponent: () => import('./audit-trail.page').then((m) => m.AuditTrailPage),
    },
  ],
  /** The components its record pages name, each loaded when a page first shows it. */
  components: {
    'lumary:debtorSummary': () => import('./debtor-summary.component').then((m) => m.DebtorSummaryComponent),
    'lumary:debtorSettings': () => import('./debtor-settings.component').then((m) => m.DebtorSettingsComponent),
    'lumary:invoiceActions': () => import('./invoice-actions.component').then((m) => m.InvoiceActionsComponent),
    'lumary:billNow': () => import('./bill-now.component').then((m) => m.BillNowComponent),
    'lumary:agreementBudget': () => import('./agreement-budget.component').then((m) => m.AgreementBudgetComponent),
  },
  /**
   * The objects its actions write: New opens the action's dialog (Receive money, a billing run)
   * or is not offered (credit notes come from an invoice's Credit, claims from billing, journal
   * entries from postings); the record pages' title bars carry the package actions; an issued
   * invoice offers no generic Edit (the server refuses its changes).
   */
  objects: {
    lumary__Payment__c: {
      create: () => import('./receive-money.dialog').then((m) => m.ReceiveMoneyDialog),
      recordActions: () => import('./payment-actions.component').then((m) => m.PaymentActionsComponent),
    },
    lumary__Billing_Run__c: {
      create: () => import('./start-billing-run.dialog').then((m) => m.StartBillingRunDialog),
      editable: () => false,
      recordActions: () => import('./billing-run-actions.component').then((m) => m.BillingRunActionsComponent),
    },
    // New opens the claim batches page: a batch is made (and followed) there; its records are the batch's own.
    lumary__Claim_Batch__c: { create: { route: ['/lumary/claim-batches'] }, editable: () => false },
    lumary__Claim_Batch_File__c: { create: false, editable: () => false },
    lumary__Credit_Note__c: { create: false },
    // Support items come from the catalogue import.
    lumary__Support_Item__c: { create: { route: ['/lumary/support-catalogue'] } },
    lumary__Payment_Allocation__c: { create: false, editable: () => false },
    lumary__Claim__c: {
      create: false,
      recordActions: () => import('./claim-actions.component').then((m) => m.ClaimActionsComponent),
    },
    lumary__Journal_Entry__c: {
      create: false,
      editable: () => false,
      recordActions: () => import('./journal-entry-actions.component').then((m) => m.JournalEntryActionsComponent),
    },
    lumary__Journal_Line__c: { create: false, editable: () => false },
    // New and Edit (of a Draft) open the invoice editor: the header and its lines in one form.
    lumary__Invoice__c: {
      create: { route: ['/lumary/invoices/new'] },
      editable: () => false,
      recordActions: () => import('./invoice-edit-actions.component').then((m) => m.InvoiceEditActionsComponent),
    },
    Contact: { recordActions: () => import('./debtor-actions.component').then((m) => m.DebtorActionsComponent) },
    Account: { recordActions: () => import('./debtor-actions.component').then((m) => m.DebtorActionsComponent) },
  },
};
