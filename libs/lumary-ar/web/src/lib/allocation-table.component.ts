import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { formatCurrency } from '@platform/web';
import { OpenInvoice } from './allocation';
import { toDayMonthYear } from './ar-dates';
import { controlError } from './server-errors';

/**
 * The debtor's open invoices, oldest first, each with its balance and what to allocate to it
 * (the control `alloc<i>` of the dialog's form), then the total allocated and what stays on
 * account. Rows wrap into cards on a phone.
 */
@Component({
  selector: 'app-ar-allocation-table',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  template: `
    <section class="allocations" data-testid="allocation-table" aria-label="Open invoices">
      <header class="head">
        <h3>Open invoices, oldest first</h3>
        @if (invoices().length) {
          <button mat-stroked-button type="button" (click)="autoFill.emit()" data-testid="allocation-autofill">
            <mat-icon svgIcon="bolt" />Auto-fill oldest first
          </button>
        }
      </header>
      @for (invoice of invoices(); track invoice.id; let i = $index) {
        <div class="row" data-testid="allocation-row" [attr.data-invoice]="invoice.name">
          <div class="invoice">
            <strong>{{ invoice.name }}</strong>
            <span class="meta">
              @if (invoice.invoiceDate) {
                Dated {{ date(invoice.invoiceDate) }}
              }
              @if (invoice.dueDate) {
                · due {{ date(invoice.dueDate) }}
              }
            </span>
          </div>
          <div class="balance">
            <span class="meta">Balance</span>
            <span data-testid="allocation-balance">{{ money(invoice.balance) }}</span>
          </div>
          <mat-form-field class="amount" subscriptSizing="dynamic" [attr.data-testid]="'allocation-' + invoice.name">
            <mat-label>Allocate</mat-label>
            <span matTextPrefix>$&nbsp;</span>
            <input
              matInput
              inputmode="decimal"
              [formControl]="$any(group().controls['alloc' + i])"
              [attr.aria-label]="'Allocate to ' + invoice.name"
            />
            <mat-error>{{ error('alloc' + i) }}</mat-error>
          </mat-form-field>
        </div>
      } @empty {
        <p class="meta" data-testid="allocation-none">No open invoices: the whole amount stays on account.</p>
      }
      <dl class="totals">
        <dt>Allocated</dt>
        <dd data-testid="allocation-allocated">{{ money(allocated()) }}</dd>
        <dt>{{ restLabel() }}</dt>
        <dd data-testid="allocation-on-account" [class.over]="over()">{{ money(onAccount()) }}</dd>
      </dl>
    </section>
  `,
  styles: `
    .allocations {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 8px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .invoice {
      display: flex;
      flex-direction: column;
      flex: 1 1 160px;
      min-width: 0;
    }
    .balance {
      display: flex;
      flex-direction: column;
      flex: 0 0 auto;
      min-width: 90px;
    }
    .amount {
      flex: 1 1 140px;
      max-width: 180px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .totals {
      display: grid;
      grid-template-columns: auto auto;
      justify-content: end;
      gap: 4px 16px;
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
    }
    .totals dd {
      margin: 0;
      text-align: right;
    }
    .over {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AllocationTableComponent {
  readonly invoices = input.required<OpenInvoice[]>();
  /** The dialog's form: row i's amount is its control `alloc<i>`. */
  readonly group = input.required<FormGroup>();
  readonly allocated = input.required<string>();
  readonly onAccount = input.required<string>();
  readonly over = input(false);
  /** What the remainder is called: "Left on account" for a new payment, "Credit left" for a credit applied. */
  readonly restLabel = input('Left on account');
  readonly autoFill = output<void>();

  protected readonly money = formatCurrency;
  protected readonly date = toDayMonthYear;

  protected error(name: string): string | null {
    const control = this.group().controls[name];
    return control ? controlError(control as never, 'Allocation') : null;
  }
}
