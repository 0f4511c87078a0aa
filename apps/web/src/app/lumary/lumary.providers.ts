import { EnvironmentProviders } from '@angular/core';
import { Route } from '@angular/router';
import { providePackageComponents } from '../record/package-components';

/** The components Lumary AR's record pages name, each loaded when a page first shows it. */
export function provideLumaryAr(): EnvironmentProviders {
  return providePackageComponents({
    'lumary:debtorSummary': () => import('./debtor-summary.component').then((m) => m.DebtorSummaryComponent),
    'lumary:debtorSettings': () => import('./debtor-settings.component').then((m) => m.DebtorSettingsComponent),
    'lumary:invoiceActions': () => import('./invoice-actions.component').then((m) => m.InvoiceActionsComponent),
    'lumary:billNow': () => import('./bill-now.component').then((m) => m.BillNowComponent),
  });
}

/**
 * Lumary AR's own pages, as children of the signed-in shell: the app home with "Reports and
 * runs" (placed before the shell's generic `app/:appName`), the billing run and the report.
 */
export const LUMARY_ROUTES: Route[] = [
  { path: 'app/lumary__AR_Management', title: 'AR Management · Lumary', loadComponent: () => import('./ar-app-home.page').then((m) => m.ArAppHomePage) },
  { path: 'lumary/billing-run', title: 'Billing run · Lumary', loadComponent: () => import('./billing-run.page').then((m) => m.BillingRunPage) },
  { path: 'lumary/aged-receivables', title: 'Aged receivables · Lumary', loadComponent: () => import('./aged-receivables.page').then((m) => m.AgedReceivablesPage) },
];
