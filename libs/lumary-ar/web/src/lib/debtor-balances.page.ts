import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

const COLUMNS = [
  { key: 'invoiced', label: 'Invoiced' },
  { key: 'paid', label: 'Paid' },
  { key: 'credited', label: 'Credited' },
  { key: 'unallocatedCredit', label: 'Unallocated credit' },
  { key: 'balance', label: 'Balance' },
  { key: 'overdue', label: 'Overdue' },
] as const;

/**
 * Debtor balances as at a date (`/lumary/debtor-balances?asAt=`): per debtor what was invoiced,
 * paid and credited, their unallocated credit, balance and overdue part, the totals and the CSV;
 * each debtor links to its page and its payment history.
 */
@Component({
  selector: 'app-ar-debtor-balances-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, DateFieldComponent, LedgerNavComponent],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Debtor balances</h1>
    <form class="controls" (submit)="$event.preventDefault(); show()">
      <app-ar-date-field
        name="asAt"
        label="As at"
        [control]="asAtControl"
        [error]="asAtControl.invalid ? 'Enter the date as dd/mm/yyyy.' : null"
      />
      <button mat-flat-button type="submit" data-testid="balances-show">Show</button>
      @if (report(); as r) {
        <a mat-stroked-button [href]="csvUrl()" download data-testid="balances-csv"><mat-icon svgIcon="download" />CSV</a>
      }
    </form>
    @if (error(); as e) {
      <p class="error" role="alert">{{ e }}</p>
    } @else if (report(); as r) {
      <div class="table-wrap">
        <table class="report" data-testid="balances-table">
          <thead>
            <tr>
              <th>Debtor</th>
              @for (c of columns; track c.key) {
                <th class="num">{{ c.label }}</th>
              }
              <th>Payments</th>
            </tr>
          </thead>
          <tbody>
            @for (d of r.debtors; track d.id) {
              <tr data-testid="balances-row">
                <td class="wrap">
                  <a [routerLink]="['/o', d.type, d.id]">{{ d.name ?? d.id }}</a>
                </td>
                @for (c of columns; track c.key) {
                  <td class="num">{{ money(d[c.key]) }}</td>
                }
                <td><a [routerLink]="['/lumary/payment-history']" [queryParams]="{ debtor: d.id }">History</a></td>
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="columns.length + 2">No debtor had invoices or payments by this date.</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr data-testid="balances-totals">
              <th>Total</th>
              @for (c of columns; track c.key) {
                <th class="num" [attr.data-testid]="'balances-total-' + c.key">{{ money(r.totals[c.key]) }}</th>
              }
              <th></th>
            </tr>
          </tfoot>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the balances" />
    }
  `,
  styles: LEDGER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorBalancesPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  readonly asAt = input<string>();

  protected readonly columns = COLUMNS;
  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly asAtControl = new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]);
  protected readonly report = signal<Schemas['DebtorBalancesDto'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly csvUrl = computed(() => this.ar.debtorBalancesCsvUrl(this.report()?.asAt ?? todayIso()));

  constructor() {
    effect(() => {
      const asAt = this.asAt() || todayIso();
      this.asAtControl.setValue(toDayMonthYear(asAt));
      void this.load(asAt);
    });
  }

  protected show(): void {
    if (this.asAtControl.invalid) return;
    void this.router.navigate([], { queryParams: { asAt: apiDate(this.asAtControl.value) }, replaceUrl: true });
  }

  private async load(asAt: string): Promise<void> {
    this.error.set(null);
    this.report.set(null);
    try {
      this.report.set(await this.ar.debtorBalances(asAt));
    } catch (error) {
      this.error.set(toApiError(error).message);
    }
  }
}
