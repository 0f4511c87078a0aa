import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The ledger pages, in AR Management's navigation: each page shows them all above its heading. */
export const LEDGER_PAGES = [
  {
    label: 'Trial balance',
    path: '/lumary/trial-balance',
    description: 'By period or as at a date; drill into an account.',
    icon: 'balance',
  },
  {
    label: 'Journal export',
    path: '/lumary/journal-export',
    description: "Export a period's new entries; download a batch again.",
    icon: 'download',
  },
  { label: 'Manual journal', path: '/lumary/manual-journal', description: 'Post a balanced entry between GL codes.', icon: 'edit_note' },
  {
    label: 'Debtor balances',
    path: '/lumary/debtor-balances',
    description: 'Invoiced, paid, credited and owing per debtor.',
    icon: 'groups',
  },
  {
    label: 'Collections',
    path: '/lumary/collections',
    description: 'Overdue debtors by risk; promises to pay, calls, reminders and statements.',
    icon: 'support_agent',
  },
  {
    label: 'Bank reconciliation',
    path: '/lumary/bank-reconciliation',
    description: 'Import bank statements and match their lines to invoices.',
    icon: 'account_balance',
  },
  { label: 'Payment history', path: '/lumary/payment-history', description: "A debtor's payments and where they went.", icon: 'history' },
  {
    label: 'Analytics',
    path: '/lumary/analytics',
    description: 'Receivables trend, DSO, CEI, aging history, top overdue debtors and payments per month.',
    icon: 'query_stats',
  },
  {
    label: 'GST summary',
    path: '/lumary/gst-summary',
    description: 'G1, G3 and 1A for the BAS over a period, checked against GST Control.',
    icon: 'request_quote',
  },
  {
    label: 'Audit trail',
    path: '/lumary/audit',
    description: 'Every change to an AR record: who, when, old and new.',
    icon: 'manage_search',
  },
] as const;

/** The navigation above each ledger page: back to AR Management and the other ledger pages. */
@Component({
  selector: 'app-ar-ledger-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="ledger-nav" aria-label="Ledger pages" data-testid="ledger-nav">
      <a routerLink="/app/lumary__AR_Management">AR Management</a>
      @for (p of pages; track p.path) {
        <a [routerLink]="p.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ p.label }}</a>
      }
    </nav>
  `,
  styles: `
    .ledger-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin-bottom: 12px;
      font: var(--mat-sys-label-large);
    }
    a {
      color: var(--mat-sys-primary);
      text-decoration: none;
    }
    a.active {
      color: var(--mat-sys-on-surface);
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerNavComponent {
  protected readonly pages = LEDGER_PAGES;
}

/** What the ledger pages share: heading, controls row, tables that scroll inside their box on a phone. */
export const LEDGER_STYLES = `
  :host { display: block; }
  .title { font: var(--mat-sys-headline-small); margin: 0 0 16px; }
  .title:focus { outline: none; }
  .subtitle { font: var(--mat-sys-title-medium); margin: 24px 0 8px; }
  .controls { display: flex; flex-wrap: wrap; gap: 0 16px; align-items: baseline; }
  .controls mat-form-field { width: min(260px, 100%); }
  .table-wrap { overflow-x: auto; max-width: 100%; }
  table.report { border-collapse: collapse; width: 100%; }
  .report th, .report td { padding: 6px 12px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); white-space: nowrap; }
  .report thead th { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
  .report tfoot th { font-weight: 600; }
  .report .num { text-align: right; font-variant-numeric: tabular-nums; }
  .report .wrap { white-space: normal; min-width: 160px; }
  .report a { color: var(--mat-sys-primary); }
  .error { color: var(--mat-sys-error); }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .ok { color: var(--mat-sys-primary); }
`;
