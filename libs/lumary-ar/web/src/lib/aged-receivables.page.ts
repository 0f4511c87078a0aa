import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ApiError, toApiError, formatCurrency, formatDate } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import { isZero } from './ar-money';
import type { Schemas } from '@platform/api-client';
import { BucketChartComponent, ChartBar } from './bucket-chart.component';
import { todayIso } from './server-errors';

/** The report's money columns, in order: the five buckets, unallocated credit, total. */
/** The five age buckets of the report (AgedReceivables' figures), in its order, with their column labels. */
export const AGE_BUCKETS = [
  { key: 'current', label: 'Current' },
  { key: 'days1To30', label: '1-30' },
  { key: 'days31To60', label: '31-60' },
  { key: 'days61To90', label: '61-90' },
  { key: 'days90Plus', label: '90+' },
] as const;

const COLUMNS = [...AGE_BUCKETS, { key: 'unallocatedCredit', label: 'Unallocated credit' }, { key: 'total', label: 'Total' }] as const;

/**
 * Aged receivables as at a date: each debtor's open balances by days past due, unallocated
 * credit, the total, checked against the Debtors Control account; a chart of the buckets and
 * the same report as CSV. The date is in the URL (`?asAt=`), so the page can be linked to.
 */
@Component({
  selector: 'app-ar-aged-receivables-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    ErrorPanelComponent,
    BucketChartComponent,
  ],
  template: `
    <h1 class="title">Aged receivables</h1>
    <form class="controls" (ngSubmit)="show()">
      <mat-form-field data-testid="field-asAt">
        <mat-label>As at</mat-label>
        <input matInput type="date" name="asAt" [(ngModel)]="chosen" required />
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="aged-run">Show</button>
      @if (report(); as r) {
        <a mat-stroked-button [href]="csvUrl()" download data-testid="aged-csv"><mat-icon svgIcon="download" />CSV</a>
      }
    </form>
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (report(); as r) {
      <section class="summary">
        <mat-card appearance="outlined" class="chart-card">
          <mat-card-header
            ><mat-card-title>Receivables by age at {{ date(r.asAt) }}</mat-card-title></mat-card-header
          >
          <mat-card-content><app-ar-bucket-chart [data]="chart()" /></mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" class="check" data-testid="aged-control-check" [attr.data-agrees]="agrees()">
          <mat-card-header><mat-card-title>Debtors Control check</mat-card-title></mat-card-header>
          <mat-card-content>
            @if (r.debtorsControl === null) {
              <p>The Debtors Control balance is not shown: it needs access to the Finance Journal.</p>
            } @else {
              <dl>
                <dt>Debtors Control</dt>
                <dd data-testid="aged-control">{{ money(r.debtorsControl) }}</dd>
                <dt>Report total</dt>
                <dd>{{ money(r.totals.total) }}</dd>
                <dt>Difference</dt>
                <dd data-testid="aged-difference" [class.bad]="!agrees()">{{ money(r.difference) }}</dd>
              </dl>
              <p [class.bad]="!agrees()">
                {{
                  agrees()
                    ? 'The report agrees with the Debtors Control account.'
                    : 'The report does not agree with the Debtors Control account.'
                }}
              </p>
            }
          </mat-card-content>
        </mat-card>
      </section>
      <div class="table-wrap">
        <table class="report" data-testid="aged-table">
          <thead>
            <tr>
              <th>Debtor</th>
              @for (c of columns; track c.key) {
                <th class="num">{{ c.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (d of r.debtors; track d.id) {
              <tr data-testid="aged-row">
                <td>
                  <a [routerLink]="['/o', d.type, d.id]">{{ d.name ?? d.id }}</a>
                </td>
                @for (c of columns; track c.key) {
                  <td class="num">{{ money(d[c.key]) }}</td>
                }
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="columns.length + 1">Nothing is owing at this date.</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr data-testid="aged-totals">
              <th>Total</th>
              @for (c of columns; track c.key) {
                <th class="num" [attr.data-testid]="'aged-total-' + c.key">{{ money(r.totals[c.key]) }}</th>
              }
            </tr>
          </tfoot>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the report" />
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .controls {
      display: flex;
      gap: 16px;
      align-items: baseline;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 16px;
    }
    .chart-card {
      flex: 2 1 480px;
    }
    .check {
      flex: 1 1 260px;
    }
    dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 4px 16px;
    }
    dd {
      margin: 0;
      text-align: right;
      font-weight: 500;
    }
    .bad {
      color: var(--mat-sys-error);
    }
    .table-wrap {
      overflow-x: auto;
    }
    .report {
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
    thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    tfoot th {
      font-weight: 600;
    }
    .num {
      text-align: right;
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgedReceivablesPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  /** From the URL's `?asAt=`; today when absent. */
  readonly asAt = input<string>();

  protected chosen = todayIso();
  protected readonly report = signal<Schemas['AgedReceivablesDto'] | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly columns = COLUMNS;
  protected readonly money = (value: string | null) => formatCurrency(value ?? '');
  protected readonly date = formatDate;

  protected readonly chart = computed<ChartBar[]>(() => {
    const totals = this.report()?.totals;
    return totals ? AGE_BUCKETS.map((b) => ({ label: b.label, amount: totals[b.key] })) : [];
  });
  protected readonly agrees = computed(() => isZero(this.report()?.difference ?? '0'));
  protected readonly csvUrl = computed(() => this.ar.agedReceivablesCsvUrl(this.report()?.asAt ?? this.chosen));

  constructor() {
    effect(() => {
      const asAt = this.asAt() || todayIso();
      this.chosen = asAt;
      void this.load(asAt);
    });
  }

  protected show(): void {
    void this.router.navigate([], { queryParams: { asAt: this.chosen }, replaceUrl: true });
  }

  private async load(asAt: string): Promise<void> {
    this.error.set(null);
    this.report.set(null);
    try {
      this.report.set(await this.ar.agedReceivables(asAt));
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}
