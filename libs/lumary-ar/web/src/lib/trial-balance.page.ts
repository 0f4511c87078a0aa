import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { AccountLine, AccountingEntity, ArApiService } from './ar-api.service';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

/**
 * The trial balance (`/lumary/trial-balance?period=` or `?asOf=`): per account its debits,
 * credits and balance for an accounting period or for every posting up to a date, the totals
 * (debits always equal credits); each account opens its journal lines (`&account=`).
 */
@Component({
  selector: 'app-ar-trial-balance-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    DateFieldComponent,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Trial balance</h1>
    <form class="controls" (submit)="$event.preventDefault(); show()">
      <mat-button-toggle-group [value]="mode()" (change)="mode.set($event.value)" aria-label="Trial balance by" data-testid="tb-mode">
        <mat-button-toggle value="period" data-testid="tb-mode-period">By period</mat-button-toggle>
        <mat-button-toggle value="asOf" data-testid="tb-mode-asof">As at a date</mat-button-toggle>
      </mat-button-toggle-group>
      @if (mode() === 'period') {
        <mat-form-field data-testid="field-period">
          <mat-label>Accounting period</mat-label>
          <mat-select [formControl]="periodControl">
            @for (p of periods(); track p.id) {
              <mat-option [value]="p.id">{{ p.name }}{{ p.status === 'Closed' ? ' (Closed)' : '' }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      } @else {
        <app-ar-date-field
          name="asOf"
          label="As at"
          [control]="asOfControl"
          [error]="asOfControl.invalid ? 'Enter the date as dd/mm/yyyy.' : null"
        />
      }
      <button mat-flat-button type="submit" data-testid="tb-show">Show</button>
    </form>
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="tb-error">{{ e }}</p>
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the trial balance" />
    } @else if (report(); as r) {
      <p class="muted" data-testid="tb-caption">
        @if (r.period) {
          {{ r.period.name }}: {{ dmy(r.period.start) }} to {{ dmy(r.period.end) }}
        } @else {
          Every posting up to {{ dmy(r.asOf ?? '') }}
        }
      </p>
      <div class="table-wrap">
        <table class="report" data-testid="tb-table">
          <thead>
            <tr>
              <th>Account</th>
              <th class="num">Debit</th>
              <th class="num">Credit</th>
              <th class="num">Balance</th>
            </tr>
          </thead>
          <tbody>
            @for (row of r.rows; track row.accountId) {
              <tr data-testid="tb-row" [attr.data-account]="row.accountId">
                <td class="wrap">
                  <a
                    [routerLink]="[]"
                    [queryParams]="{ account: row.accountId }"
                    queryParamsHandling="merge"
                    [attr.aria-label]="'Entries of ' + row.account"
                    data-testid="tb-drill"
                    >{{ row.reportingCode ? row.reportingCode + ' · ' : '' }}{{ row.account }}</a
                  >
                  @if (row.kind) {
                    <span class="muted"> · {{ row.kind }}</span>
                  }
                </td>
                <td class="num">{{ money(row.debit) }}</td>
                <td class="num">{{ money(row.credit) }}</td>
                <td class="num">{{ money(row.balance) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4">Nothing was posted {{ r.period ? 'in this period' : 'by this date' }}.</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr data-testid="tb-totals">
              <th>Total</th>
              <th class="num" data-testid="tb-total-debit">{{ money(r.totals.debit) }}</th>
              <th class="num" data-testid="tb-total-credit">{{ money(r.totals.credit) }}</th>
              <th class="num" data-testid="tb-total-balance">{{ money(r.totals.balance) }}</th>
            </tr>
          </tfoot>
        </table>
      </div>
      @if (account(); as a) {
        <h2 class="subtitle" data-testid="tb-drill-title">Entries of {{ accountName() }}</h2>
        @if (linesError(); as e) {
          <p class="error" role="alert" data-testid="tb-lines-error">{{ e }}</p>
        } @else if (lines(); as ls) {
          <div class="table-wrap">
            <table class="report" data-testid="tb-lines">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Entry</th>
                  <th>Description</th>
                  <th class="num">Debit</th>
                  <th class="num">Credit</th>
                </tr>
              </thead>
              <tbody>
                @for (l of ls; track l.id) {
                  <tr data-testid="tb-line">
                    <td>{{ dmy(l.date) }}</td>
                    <td>
                      <a [routerLink]="['/o', 'lumary__Journal_Entry__c', l.entryId]">{{ l.entryName || l.entryId }}</a>
                    </td>
                    <td class="wrap">{{ l.description }}</td>
                    <td class="num">{{ money(l.debit) }}</td>
                    <td class="num">{{ money(l.credit) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="5">No lines.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (ls.length === 500) {
            <p class="muted">The newest 500 lines are shown.</p>
          }
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the account's entries" />
        }
      }
    }
  `,
  styles: LEDGER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrialBalancePage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  readonly period = input<string>();
  readonly asOf = input<string>();
  readonly account = input<string>();

  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly dmy = toDayMonthYear;

  protected readonly mode = signal<'period' | 'asOf'>('period');
  protected readonly periodControl = new FormControl<string | null>(null);
  protected readonly asOfControl = new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]);
  protected readonly periods = signal<AccountingEntity[]>([]);
  protected readonly report = signal<Schemas['TrialBalanceDto'] | null>(null);
  protected readonly lines = signal<AccountLine[] | null>(null);
  protected readonly linesError = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly accountName = computed(() => {
    const row = this.report()?.rows.find((r) => r.accountId === this.account());
    return row ? row.account : 'the account';
  });

  constructor() {
    void this.ar.accountingEntities('Accounting_Period').then(
      (periods) => {
        this.periods.set(periods);
        // No choice in the URL: the period holding today, else the latest.
        if (!this.period() && !this.asOf()) {
          const today = todayIso();
          const current = periods.find((p) => p.start && p.end && p.start <= today && today <= p.end) ?? periods[0];
          if (current) void this.router.navigate([], { queryParams: { period: current.id }, replaceUrl: true });
        }
      },
      (error) => this.error.set(toApiError(error).message),
    );
    effect(() => {
      const period = this.period();
      const asOf = this.asOf();
      if (period) {
        this.mode.set('period');
        this.periodControl.setValue(period);
        void this.load({ period });
      } else if (asOf) {
        this.mode.set('asOf');
        this.asOfControl.setValue(toDayMonthYear(asOf));
        void this.load({ asOf });
      }
    });
    effect(() => {
      const account = this.account();
      const report = this.report();
      this.lines.set(null);
      this.linesError.set(null);
      if (!account || !report) return;
      const query = report.period ? { period: report.period.id } : { asOf: report.asOf };
      void this.ar.accountLines(account, query).then(
        (lines) => this.lines.set(lines),
        (error) => this.linesError.set(toApiError(error).message),
      );
    });
  }

  protected show(): void {
    if (this.mode() === 'period') {
      if (this.periodControl.value) void this.router.navigate([], { queryParams: { period: this.periodControl.value } });
      return;
    }
    this.asOfControl.markAsTouched();
    if (this.asOfControl.invalid) return;
    void this.router.navigate([], { queryParams: { asOf: apiDate(this.asOfControl.value) } });
  }

  private async load(query: { period?: string; asOf?: string }): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.report.set(await this.ar.trialBalance(query));
    } catch (error) {
      this.report.set(null);
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
