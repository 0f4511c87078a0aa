import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AppHomePage } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import { LEDGER_PAGES } from './ledger-nav.component';

/** The pages of the AR package that are not an object's list: linked from its app's home. */
const LINKS = [
  {
    label: 'Run Billing',
    description: 'Bill delivered services up to a date, with a progress bar.',
    icon: 'autorenew',
    path: '/lumary/billing-run',
    testId: 'ar-link-billing-run',
  },
  {
    label: 'NDIA Claim Batches',
    description: 'Export Open NDIA claims as the bulk payment request, and import the portal results.',
    icon: 'assignment',
    path: '/lumary/claim-batches',
    testId: 'ar-link-claim-batches',
  },
  {
    label: 'Aged Receivables',
    description: 'Balances by age as at a date, with the Debtors Control check and CSV.',
    icon: 'bar_chart',
    path: '/lumary/aged-receivables',
    testId: 'ar-link-aged-receivables',
  },
  {
    label: 'Aged NDIA Receivables',
    description: 'Submitted NDIA claims not yet paid, and shortfalls, by days since submission.',
    icon: 'bar_chart',
    path: '/lumary/ndia-claims-aged',
    testId: 'ar-link-ndia-claims-aged',
  },
  {
    label: 'New Invoice',
    description: 'An invoice with its lines in one form; save as a draft or issue it.',
    icon: 'receipt_long',
    path: '/lumary/invoices/new',
    testId: 'ar-link-new-invoice',
  },
  {
    label: 'Support Catalogue',
    description: 'Import the NDIS Support Catalogue (CSV or XLSX) and browse its price limits.',
    icon: 'upload_file',
    path: '/lumary/support-catalogue',
    testId: 'ar-link-support-catalogue',
  },
  ...LEDGER_PAGES.map((p) => ({ ...p, testId: `ar-link-${p.path.split('/').pop()}` })),
];

/**
 * The AR Management app's home: the shell's own app page (tabs and dashboard cards from the
 * metadata) and, below it, "Reports and runs" for the package's pages that are not list views.
 * Users who may not read invoices (no Lumary AR) see the shell's page alone.
 */
@Component({
  selector: 'app-ar-app-home',
  imports: [AppHomePage, MatCardModule, MatIconModule, RouterLink],
  template: `
    <app-home-page appName="lumary__AR_Management" />
    @if (visible()) {
      <h2 class="heading">Reports and runs</h2>
      <div class="cards" data-testid="ar-reports-and-runs">
        @for (link of links; track link.path) {
          <a class="card" [routerLink]="link.path" [attr.data-testid]="link.testId">
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-icon mat-card-avatar aria-hidden="true" [svgIcon]="link.icon" />
                <mat-card-title>{{ link.label }}</mat-card-title>
              </mat-card-header>
              <mat-card-content>{{ link.description }}</mat-card-content>
            </mat-card>
          </a>
        }
      </div>
    }
  `,
  styles: `
    .heading {
      font: var(--mat-sys-title-large);
      margin: 32px 0 12px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
    }
    .card {
      text-decoration: none;
      color: inherit;
    }
    .card mat-card {
      height: 100%;
    }
    .card:hover mat-card {
      background: var(--mat-sys-surface-container-low);
    }
    mat-icon[mat-card-avatar] {
      font-size: 32px;
      width: 32px;
      height: 32px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArAppHomePage {
  protected readonly links = LINKS;
  protected readonly visible = signal(false);

  constructor() {
    inject(ArApiService)
      .rights('lumary__Invoice__c')
      .then(
        () => this.visible.set(true),
        () => this.visible.set(false),
      );
  }
}
