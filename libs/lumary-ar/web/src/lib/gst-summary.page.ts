import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { isZero } from './ar-money';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

interface PeriodChoice {
  label: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The BAS periods to pick from: the last 8 quarters (Jul–Sep, Oct–Dec, Jan–Mar, Apr–Jun) and the last 12 months, newest first. */
export function basPeriods(today: string): PeriodChoice[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const quarters: PeriodChoice[] = [];
  let qStart = month - ((month - 1) % 3);
  let qYear = year;
  for (let i = 0; i < 8; i++) {
    const end = qStart + 2;
    quarters.push({
      label: `Quarter ${names[qStart - 1]}–${names[end - 1]} ${qYear}`,
      from: `${qYear}-${pad(qStart)}-01`,
      to: `${qYear}-${pad(end)}-${pad(lastDay(qYear, end))}`,
    });
    qStart -= 3;
    if (qStart < 1) {
      qStart += 12;
      qYear -= 1;
    }
  }
  const months: PeriodChoice[] = [];
  for (let i = 0, m = month, y = year; i < 12; i++) {
    months.push({ label: `${names[m - 1]} ${y}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` });
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
  }
  return [...quarters, ...months];
}

/**
 * The GST summary for the BAS (`/lumary/gst-summary?from=&to=`): G1, G3 and 1A for a period
 * (accrual basis, by invoice, credit note and void date), the documents they come from, and the
 * check that 1A equals GST Control's movement from those documents. A quarter or a month is
 * picked from the list, or any dates typed as dd/mm/yyyy.
 */
@Component({
  selector: 'app-ar-gst-summary-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    DateFieldComponent,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">GST summary</h1>
    <form class="controls" (submit)="$event.preventDefault(); show()">
      <mat-form-field data-testid="field-period">
        <mat-label>Period</mat-label>
        <mat-select [value]="null" (selectionChange)="pick($event.value)" aria-label="BAS period">
          @for (p of periods; track p.label) {
            <mat-option [value]="p">{{ p.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <app-ar-date-field name="from" label="From" [control]="fromControl" [error]="invalid(fromControl)" />
      <app-ar-date-field name="to" label="To" [control]="toControl" [error]="invalid(toControl)" />
      <button mat-flat-button type="submit" data-testid="gst-show">Show</button>
    </form>
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="gst-error">{{ e }}</p>
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the GST summary" />
    } @else if (summary(); as s) {
      <p class="muted" data-testid="gst-caption">{{ dmy(s.from) }} to {{ dmy(s.to) }}, accrual basis</p>
      <div class="table-wrap">
        <table class="report" data-testid="gst-bas">
          <caption class="sr-only">
            BAS labels
          </caption>
          <tbody>
            <tr>
              <th scope="row">G1 Total sales (including GST)</th>
              <td class="num" data-testid="gst-g1">{{ money(s.g1) }}</td>
            </tr>
            <tr>
              <th scope="row">G3 GST-free sales</th>
              <td class="num" data-testid="gst-g3">{{ money(s.g3) }}</td>
            </tr>
            <tr>
              <th scope="row">1A GST on sales</th>
              <td class="num" data-testid="gst-1a">{{ money(s.gst1A) }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2 class="subtitle">Where the figures come from</h2>
      <div class="table-wrap">
        <table class="report" data-testid="gst-documents">
          <thead>
            <tr>
              <th scope="col">Documents</th>
              <th scope="col" class="num">Count</th>
              <th scope="col" class="num">Total incl GST</th>
              <th scope="col" class="num">GST-free</th>
              <th scope="col" class="num">GST</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr>
                <td>{{ row.label }}</td>
                <td class="num">{{ row.docs.count }}</td>
                <td class="num">{{ signed(row.sign, row.docs.total) }}</td>
                <td class="num">{{ signed(row.sign, row.docs.gstFree) }}</td>
                <td class="num">{{ signed(row.sign, row.docs.gst) }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">BAS</th>
              <th></th>
              <th class="num">{{ money(s.g1) }}</th>
              <th class="num">{{ money(s.g3) }}</th>
              <th class="num">{{ money(s.gst1A) }}</th>
            </tr>
          </tfoot>
        </table>
      </div>
      <h2 class="subtitle">GST Control check</h2>
      @if (s.gstControl === null) {
        <p class="muted" data-testid="gst-check">The GST Control movement is not shown: it needs access to the Finance Journal.</p>
      } @else {
        <dl class="check" data-testid="gst-check" [attr.data-agrees]="agrees()">
          <dt>1A GST on sales</dt>
          <dd>{{ money(s.gst1A) }}</dd>
          <dt>GST Control movement from these documents</dt>
          <dd data-testid="gst-control">{{ money(s.gstControl) }}</dd>
          <dt>Difference</dt>
          <dd data-testid="gst-difference" [class.error]="!agrees()">{{ money(s.difference) }}</dd>
        </dl>
        <p [class.error]="!agrees()" [class.ok]="agrees()">
          {{ agrees() ? '1A agrees with GST Control.' : '1A does not agree with GST Control: look into the difference before lodging.' }}
        </p>
      }
      <a mat-stroked-button [href]="csvUrl()" download data-testid="gst-csv"><mat-icon svgIcon="download" />CSV</a>
    } @else {
      <p class="muted">Pick a period.</p>
    }
  `,
  styles: [
    LEDGER_STYLES,
    `
      .check {
        display: grid;
        grid-template-columns: auto auto;
        gap: 4px 16px;
        max-width: 480px;
      }
      dd {
        margin: 0;
        text-align: right;
        font-weight: 500;
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      table.report {
        max-width: 720px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GstSummaryPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly dmy = toDayMonthYear;
  protected readonly periods = basPeriods(todayIso());
  protected readonly fromControl = new FormControl('', [Validators.required, dayMonthYear]);
  protected readonly toControl = new FormControl('', [Validators.required, dayMonthYear]);
  protected readonly summary = signal<Schemas['GstSummaryDto'] | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly agrees = computed(() => isZero(this.summary()?.difference ?? '0'));
  protected readonly csvUrl = computed(() => {
    const s = this.summary();
    return s ? this.ar.gstSummaryCsvUrl(s.from, s.to) : '';
  });
  protected readonly rows = computed(() => {
    const s = this.summary();
    if (!s) return [];
    return [
      { label: 'Invoices', sign: '', docs: s.invoices },
      { label: 'less credit notes', sign: '−', docs: s.creditNotes },
      { label: 'less voided invoices', sign: '−', docs: s.voids },
    ];
  });

  constructor() {
    effect(() => {
      const from = this.from();
      const to = this.to();
      if (!from || !to) {
        // No period in the URL: the quarter holding today.
        const quarter = this.periods[0];
        void this.router.navigate([], { queryParams: { from: quarter.from, to: quarter.to }, replaceUrl: true });
        return;
      }
      this.fromControl.setValue(toDayMonthYear(from));
      this.toControl.setValue(toDayMonthYear(to));
      void this.load(from, to);
    });
  }

  /** "−$10.00" for a deduction, "$0.00" (no sign) when there is nothing to deduct. */
  protected signed(sign: string, value: string): string {
    return (isZero(value) ? '' : sign) + this.money(value);
  }

  protected invalid(control: FormControl): string | null {
    return control.invalid ? 'Enter the date as dd/mm/yyyy.' : null;
  }

  protected pick(period: PeriodChoice): void {
    void this.router.navigate([], { queryParams: { from: period.from, to: period.to } });
  }

  protected show(): void {
    this.fromControl.markAsTouched();
    this.toControl.markAsTouched();
    if (this.fromControl.invalid || this.toControl.invalid) return;
    void this.router.navigate([], { queryParams: { from: apiDate(this.fromControl.value), to: apiDate(this.toControl.value) } });
  }

  private async load(from: string, to: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.summary.set(await this.ar.gstSummary(from, to));
    } catch (error) {
      this.summary.set(null);
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
