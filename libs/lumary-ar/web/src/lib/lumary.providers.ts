import { WebPackage } from '@platform/web';
import { invoiceState } from './invoice-actions';

/** Lumary AR's web part: its pages and the components its record pages name. */
export const LUMARY_AR_WEB: WebPackage = {
  name: 'Lumary AR',
  /**
   * Its own pages: the app home with "Reports and runs" (placed before the shell's generic
   * `app/:appName`), the billing run and the report.
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
      path: 'lumary/aged-receivables',
      title: 'Aged receivables',
      loadComponent: () => import('./aged-receivables.page').then((m) => m.AgedReceivablesPage),
    },
  ],
  /** The components its record pages name, each loaded when a page first shows it. */
  components: {
    'lumary:debtorSummary': () => import('./debtor-summary.component').then((m) => m.DebtorSummaryComponent),
    'lumary:debtorSettings': () => import('./debtor-settings.component').then((m) => m.DebtorSettingsComponent),
    'lumary:invoiceActions': () => import('./invoice-actions.component').then((m) => m.InvoiceActionsComponent),
    'lumary:billNow': () => import('./bill-now.component').then((m) => m.BillNowComponent),
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
    lumary__Credit_Note__c: { create: false },
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
    lumary__Invoice__c: { editable: (page) => invoiceState(page).status === 'Draft' },
    Contact: { recordActions: () => import('./debtor-actions.component').then((m) => m.DebtorActionsComponent) },
    Account: { recordActions: () => import('./debtor-actions.component').then((m) => m.DebtorActionsComponent) },
  },
};
