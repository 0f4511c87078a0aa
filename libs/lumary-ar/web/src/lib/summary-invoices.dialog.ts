import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { formatCurrency, formatDate } from '@platform/web';
import type { Schemas } from '@platform/api-client';

export interface SummaryInvoicesData {
  title: string;
  invoices: Schemas['SummaryInvoiceDto'][];
}

/** The popup behind a debtor summary figure: the invoices that make it up. */
@Component({
  selector: 'app-ar-summary-invoices',
  imports: [MatButtonModule, MatDialogModule, RouterLink],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (data.invoices.length) {
        <table class="invoices" data-testid="summary-invoices">
          <thead>
            <tr>
              <th>Invoice</th>
              <th>Debtor</th>
              <th>Invoice Date</th>
              <th>Due Date</th>
              <th class="num">Balance</th>
              <th class="num">Days Overdue</th>
            </tr>
          </thead>
          <tbody>
            @for (invoice of data.invoices; track invoice.id) {
              <tr data-testid="summary-invoice-row" [class.overdue]="(invoice.daysOverdue ?? 0) > 0">
                <td>
                  <a [routerLink]="['/o', 'lumary__Invoice__c', invoice.id]" mat-dialog-close data-testid="summary-invoice-link">{{
                    invoice.name
                  }}</a>
                </td>
                <td>{{ invoice.debtor?.name }}</td>
                <td>{{ date(invoice.invoiceDate) }}</td>
                <td>{{ date(invoice.dueDate) }}</td>
                <td class="num">{{ money(invoice.balance) }}</td>
                <td class="num">{{ invoice.daysOverdue || '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p data-testid="summary-invoices-empty">Nothing is owing.</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close data-testid="summary-invoices-close">Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .invoices {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 6px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
    }
    .overdue td:last-child {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryInvoicesDialog {
  protected readonly data = inject<SummaryInvoicesData>(MAT_DIALOG_DATA);
  protected readonly money = formatCurrency;
  protected readonly date = formatDate;
}
