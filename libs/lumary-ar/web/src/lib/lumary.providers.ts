import { WebPackage } from '@platform/web';

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
      title: 'AR Management · Lumary',
      loadComponent: () => import('./ar-app-home.page').then((m) => m.ArAppHomePage),
    },
    {
      path: 'lumary/billing-run',
      title: 'Billing run · Lumary',
      loadComponent: () => import('./billing-run.page').then((m) => m.BillingRunPage),
    },
    {
      path: 'lumary/aged-receivables',
      title: 'Aged receivables · Lumary',
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
};
