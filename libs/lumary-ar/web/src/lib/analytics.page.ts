import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { AGE_BUCKETS } from './aged-receivables.page';
import { AnalyticsChartComponent, type ChartSeries } from './analytics-chart.component';
import { ArApiService } from './ar-api.service';
import { isZero } from './ar-money';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

type Table = 'kpis' | 'trend' | 'aging' | 'top-overdue' | 'payments';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2027-03" → "Mar 27". */
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`;

/**
 * Receivables analytics (`/lumary/analytics?asAt=&from=&to=`): DSO and CEI for a period, and
 * over the 12 months to the as-at date the receivables trend (checked against Debtors Control),
 * the aging at each month-end, the top overdue debtors and payments per month. Each chart is a
 * picture of the table under it (the table is its text alternative), and each table downloads
 * as CSV.
 */
@Component({
  selector: 'app-ar-analytics-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    AnalyticsChartComponent,
    DateFieldComponent,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Receivables analytics</h1>
    <form class="controls" (submit)="$event.preventDefault(); show()" data-testid="analytics-form">
      <app-ar-date-field name="asAt" label="As at" [control]="asAtControl" [error]="invalid(asAtControl)" />
      <app-ar-date-field
        name="from"
        label="DSO/CEI from (optional)"
        [required]="false"
        [control]="fromControl"
        [error]="invalid(fromControl)"
      />
      <app-ar-date-field name="to" label="DSO/CEI to (optional)" [required]="false" [control]="toControl" [error]="invalid(toControl)" />
      <button mat-flat-button type="submit" data-testid="analytics-show">Show</button>
    </form>
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="analytics-error">{{ e }}</p>
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the analytics" />
    } @else if (report(); as r) {
      <section class="kpis" aria-labelledby="kpi-heading">
        <h2 id="kpi-heading" class="subtitle">Collection, {{ dmy(r.kpis.from) }} to {{ dmy(r.kpis.to) }} ({{ r.kpis.days }} days)</h2>
        <div class="cards">
          <mat-card appearance="outlined" data-testid="analytics-dso">
            <mat-card-content>
              <div class="kpi-label">Days sales outstanding</div>
              <div class="kpi">{{ r.kpis.dso ?? '—' }}{{ r.kpis.dso === null ? '' : ' days' }}</div>
              <div class="muted small">Receivables at the end ÷ credit sales × days</div>
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined" data-testid="analytics-cei">
            <mat-card-content>
              <div class="kpi-label">Collection effectiveness</div>
              <div class="kpi">{{ r.kpis.cei ?? '—' }}{{ r.kpis.cei === null ? '' : '%' }}</div>
              <div class="muted small">(start + sales − end) ÷ (start + sales − current at end)</div>
            </mat-card-content>
          </mat-card>
        </div>
        <div class="table-wrap">
          <table class="report" data-testid="analytics-kpis-table">
            <caption class="sr-only">
              The inputs of DSO and CEI
            </caption>
            <tbody>
              <tr>
                <th scope="row">Receivables at the start</th>
                <td class="num">{{ money(r.kpis.receivablesStart) }}</td>
              </tr>
              <tr>
                <th scope="row">Invoiced</th>
                <td class="num">{{ money(r.kpis.invoiced) }}</td>
              </tr>
              <tr>
                <th scope="row">Credited</th>
                <td class="num">{{ money(r.kpis.credited) }}</td>
              </tr>
              <tr>
                <th scope="row">Voided</th>
                <td class="num">{{ money(r.kpis.voided) }}</td>
              </tr>
              <tr>
                <th scope="row">Credit sales</th>
                <td class="num" data-testid="analytics-sales">{{ money(r.kpis.creditSales) }}</td>
              </tr>
              <tr>
                <th scope="row">Receivables at the end</th>
                <td class="num">{{ money(r.kpis.receivablesEnd) }}</td>
              </tr>
              <tr>
                <th scope="row">Current at the end</th>
                <td class="num">{{ money(r.kpis.currentEnd) }}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <a mat-stroked-button [href]="csv('kpis')" download data-testid="analytics-csv-kpis"><mat-icon svgIcon="download" />CSV</a>
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading" class="subtitle">Receivables trend</h2>
        <app-ar-analytics-chart kind="line" [labels]="labels()" [series]="trendSeries()" testId="analytics-trend-chart" />
        <div class="table-wrap">
          <table class="report" data-testid="analytics-trend-table">
            <caption class="sr-only">
              Receivables at each month-end, checked against Debtors Control
            </caption>
            <thead>
              <tr>
                <th scope="col">Month end</th>
                <th scope="col" class="num">Receivables</th>
                <th scope="col" class="num">Debtors Control</th>
                <th scope="col" class="num">Difference</th>
              </tr>
            </thead>
            <tbody>
              @for (t of r.trend; track t.month) {
                <tr data-testid="analytics-trend-row">
                  <td>{{ dmy(t.date) }}</td>
                  <td class="num">{{ money(t.receivables) }}</td>
                  <td class="num">{{ t.debtorsControl === null ? '—' : money(t.debtorsControl) }}</td>
                  <td class="num" [class.error]="t.difference !== null && !zero(t.difference)">
                    {{ t.difference === null ? '—' : money(t.difference) }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <a mat-stroked-button [href]="csv('trend')" download data-testid="analytics-csv-trend"><mat-icon svgIcon="download" />CSV</a>
      </section>

      <section aria-labelledby="aging-heading">
        <h2 id="aging-heading" class="subtitle">Aging history</h2>
        <app-ar-analytics-chart kind="stacked" [labels]="labels()" [series]="agingSeries()" testId="analytics-aging-chart" />
        <div class="table-wrap">
          <table class="report" data-testid="analytics-aging-table">
            <caption class="sr-only">
              Receivables by age at each month-end
            </caption>
            <thead>
              <tr>
                <th scope="col">Month end</th>
                @for (b of buckets; track b.key) {
                  <th scope="col" class="num">{{ b.label }}</th>
                }
                <th scope="col" class="num">Unallocated credit</th>
                <th scope="col" class="num">Total</th>
              </tr>
            </thead>
            <tbody>
              @for (a of r.aging; track a.month) {
                <tr>
                  <td>{{ dmy(a.date) }}</td>
                  @for (b of buckets; track b.key) {
                    <td class="num">{{ money(a[b.key]) }}</td>
                  }
                  <td class="num">{{ money(a.unallocatedCredit) }}</td>
                  <td class="num">{{ money(a.total) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <a mat-stroked-button [href]="csv('aging')" download data-testid="analytics-csv-aging"><mat-icon svgIcon="download" />CSV</a>
      </section>

      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading" class="subtitle">Top overdue debtors at {{ dmy(r.asAt) }}</h2>
        @if (r.topOverdue.length) {
          <app-ar-analytics-chart kind="bars" [labels]="overdueLabels()" [series]="overdueSeries()" testId="analytics-overdue-chart" />
        }
        <div class="table-wrap">
          <table class="report" data-testid="analytics-overdue-table">
            <caption class="sr-only">
              The debtors with the most overdue
            </caption>
            <thead>
              <tr>
                <th scope="col">Debtor</th>
                <th scope="col" class="num">Overdue</th>
                <th scope="col" class="num">Balance</th>
              </tr>
            </thead>
            <tbody>
              @for (d of r.topOverdue; track d.id) {
                <tr data-testid="analytics-overdue-row">
                  <td class="wrap">
                    <a [routerLink]="['/o', d.type, d.id]">{{ d.name ?? d.id }}</a>
                  </td>
                  <td class="num">{{ money(d.overdue) }}</td>
                  <td class="num">{{ money(d.balance) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3">Nothing is overdue at this date.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <a mat-stroked-button [href]="csv('top-overdue')" download data-testid="analytics-csv-top-overdue"
          ><mat-icon svgIcon="download" />CSV</a
        >
      </section>

      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading" class="subtitle">Payments received per month</h2>
        <app-ar-analytics-chart kind="bars" [labels]="labels()" [series]="paymentSeries()" testId="analytics-payments-chart" />
        <div class="table-wrap">
          <table class="report" data-testid="analytics-payments-table">
            <caption class="sr-only">
              Payments received and reversed per month
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" class="num">Payments</th>
                <th scope="col" class="num">Received</th>
                <th scope="col" class="num">Reversed</th>
                <th scope="col" class="num">Net</th>
              </tr>
            </thead>
            <tbody>
              @for (p of r.payments; track p.month) {
                <tr data-testid="analytics-payments-row">
                  <td>{{ month(p.month) }}</td>
                  <td class="num">{{ p.count }}</td>
                  <td class="num">{{ money(p.received) }}</td>
                  <td class="num">{{ money(p.reversed) }}</td>
                  <td class="num">{{ money(p.net) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <a mat-stroked-button [href]="csv('payments')" download data-testid="analytics-csv-payments"><mat-icon svgIcon="download" />CSV</a>
      </section>
    }
  `,
  styles: [
    LEDGER_STYLES,
    `
      section {
        margin-bottom: 32px;
        max-width: 960px;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 16px;
        margin-bottom: 12px;
      }
      .kpi-label {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
      .kpi {
        font: var(--mat-sys-headline-medium);
        margin: 4px 0;
      }
      .small {
        font: var(--mat-sys-body-small);
      }
      .table-wrap {
        margin: 8px 0;
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  /** From the URL: `?asAt=` (default today), `?from=&to=` for DSO and CEI (default the as-at month). */
  readonly asAt = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly dmy = toDayMonthYear;
  protected readonly month = monthLabel;
  protected readonly zero = isZero;
  protected readonly buckets = AGE_BUCKETS;

  protected readonly asAtControl = new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]);
  protected readonly fromControl = new FormControl('', [dayMonthYear]);
  protected readonly toControl = new FormControl('', [dayMonthYear]);
  protected readonly report = signal<Schemas['AnalyticsDto'] | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly labels = computed(() => (this.report()?.trend ?? []).map((t) => monthLabel(t.month)));
  protected readonly trendSeries = computed<ChartSeries[]>(() => [
    { name: 'Receivables', tone: 's0', values: (this.report()?.trend ?? []).map((t) => t.receivables) },
  ]);
  protected readonly agingSeries = computed<ChartSeries[]>(() => {
    const aging = this.report()?.aging ?? [];
    return [
      ...AGE_BUCKETS.map((b, i) => ({ name: b.label, tone: `s${i}`, values: aging.map((a) => a[b.key]) })),
      { name: 'Unallocated credit', tone: 's5', values: aging.map((a) => a.unallocatedCredit) },
    ];
  });
  protected readonly overdueLabels = computed(() => (this.report()?.topOverdue ?? []).map((d, i) => String(i + 1)));
  protected readonly overdueSeries = computed<ChartSeries[]>(() => [
    { name: 'Overdue', tone: 's3', values: (this.report()?.topOverdue ?? []).map((d) => d.overdue) },
  ]);
  protected readonly paymentSeries = computed<ChartSeries[]>(() => [
    { name: 'Net received', tone: 's0', values: (this.report()?.payments ?? []).map((p) => p.net) },
  ]);

  constructor() {
    effect(() => {
      const asAt = this.asAt() || todayIso();
      const from = this.from();
      const to = this.to();
      this.asAtControl.setValue(toDayMonthYear(asAt));
      this.fromControl.setValue(from ? toDayMonthYear(from) : '');
      this.toControl.setValue(to ? toDayMonthYear(to) : '');
      void this.load(asAt, from && to ? { from, to } : undefined);
    });
  }

  protected invalid(control: FormControl): string | null {
    return control.invalid ? 'Enter the date as dd/mm/yyyy.' : null;
  }

  protected csv(table: Table): string {
    const r = this.report();
    const from = this.from();
    const to = this.to();
    return this.ar.analyticsCsvUrl(table, r?.asAt ?? todayIso(), from && to ? { from, to } : undefined);
  }

  protected show(): void {
    for (const c of [this.asAtControl, this.fromControl, this.toControl]) c.markAsTouched();
    if (this.asAtControl.invalid || this.fromControl.invalid || this.toControl.invalid) return;
    const from = this.fromControl.value ? apiDate(this.fromControl.value) : null;
    const to = this.toControl.value ? apiDate(this.toControl.value) : null;
    void this.router.navigate([], { queryParams: { asAt: apiDate(this.asAtControl.value), from, to } });
  }

  private async load(asAt: string, period?: { from: string; to: string }): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.report.set(await this.ar.analytics(asAt, period));
    } catch (error) {
      this.report.set(null);
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
