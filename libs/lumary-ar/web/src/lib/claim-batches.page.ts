import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError, formatCurrency, formatDate } from '@platform/web';
import { ConfirmService, ErrorPanelComponent, ToastService } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';

/** How often the page asks for the batch's progress while it works. */
const POLL_MS = 1000;

/**
 * NDIA claiming: a claim batch takes the Open claims up to a date, validates each row and exports
 * the valid ones as the myplace portal's bulk payment request CSV (worked in the background; this
 * page follows its progress, lists the rows that failed and links its files). The portal's result
 * file is imported here too, with the report of what each row did.
 */
@Component({
  selector: 'app-ar-claim-batches-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    ErrorPanelComponent,
    DateFieldComponent,
  ],
  template: `
    <h1 class="title">NDIA claim batches</h1>
    @if (pageError(); as e) {
      <app-error-panel [error]="e" />
    } @else {
      <mat-card appearance="outlined" class="card">
        <mat-card-header><mat-card-title>New claim batch</mat-card-title></mat-card-header>
        <mat-card-content>
          <p>
            Takes every Open NDIA claim dated on or before the date, checks its row (NDIS number, support item, dates, quantity or hours,
            price, claim type) and exports the valid ones as the bulk payment request file. A row that fails stays Open, with why.
          </p>
          <form class="row" [formGroup]="form" (ngSubmit)="start()">
            <app-ar-date-field name="upTo" label="Claims up to" [control]="upTo" [error]="fieldError()" />
            <button mat-flat-button type="submit" [disabled]="running() || upTo.invalid" data-testid="claim-batch-start">
              <mat-icon svgIcon="send" />Create batch
            </button>
          </form>
        </mat-card-content>
      </mat-card>

      @if (current(); as b) {
        <mat-card appearance="outlined" class="card" data-testid="claim-batch-progress" [attr.data-status]="b.status">
          <mat-card-header>
            <mat-card-title>
              <a [routerLink]="['/o', 'lumary__Claim_Batch__c', b.id]">{{ b.name }}</a> ·
              <span data-testid="claim-batch-status">{{ b.status }}</span>
            </mat-card-title>
            <mat-card-subtitle>Claims up to {{ date(b.upTo) }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <mat-progress-bar [mode]="barMode()" [value]="percent()" aria-label="Claim batch progress" />
            <dl class="counts">
              <dt>Claims checked</dt>
              <dd data-testid="claim-batch-done">{{ b.claimsDone }} of {{ b.claimsTotal }}</dd>
              <dt>Submitted</dt>
              <dd data-testid="claim-batch-submitted">{{ b.claimsSubmitted }}</dd>
              <dt>Failed</dt>
              <dd data-testid="claim-batch-failed">{{ b.claimsFailed }}</dd>
              <dt>Amount submitted</dt>
              <dd data-testid="claim-batch-amount">{{ money(b.amount) }}</dd>
            </dl>
            @if (files().length) {
              <div class="files">
                @for (n of files(); track n) {
                  <a
                    mat-stroked-button
                    [href]="fileUrl(b.id, n)"
                    [attr.download]="b.name + '-' + n + '.csv'"
                    [attr.data-testid]="'claim-batch-file-' + n"
                    ><mat-icon svgIcon="download" />File {{ n }}</a
                  >
                }
              </div>
            }
            @if (b.failures?.length) {
              <h3>Rows that failed (left Open)</h3>
              <div class="table-wrap">
                <table class="table" data-testid="claim-batch-failures">
                  <thead>
                    <tr>
                      <th scope="col">Claim</th>
                      <th scope="col">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (f of b.failures; track $index) {
                      <tr>
                        <td>
                          <a [routerLink]="['/o', 'lumary__Claim__c', f.claimId]">{{ f.claim }}</a>
                        </td>
                        <td>{{ f.reason }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          </mat-card-content>
        </mat-card>
      }

      <mat-card appearance="outlined" class="card">
        <mat-card-header><mat-card-title>Import the portal's result file</mat-card-title></mat-card-header>
        <mat-card-content>
          <p>
            A CSV with ClaimReference, PaymentRequestNumber, PaidAmount, Status (Paid or Error), ErrorReason and PaidDate. Each Submitted
            claim named is paid or put in Error; a file with a bad row is refused whole. Importing a file twice changes nothing.
          </p>
          <div class="row">
            <input
              #picker
              type="file"
              accept=".csv,text/csv"
              class="visually-hidden"
              tabindex="-1"
              (change)="picked(picker.files)"
              data-testid="claim-results-file"
              aria-label="Result file"
            />
            <button mat-stroked-button type="button" (click)="picker.click()" [disabled]="importing()" data-testid="claim-results-choose">
              <mat-icon svgIcon="task_alt" />Choose result file…
            </button>
            @if (importing()) {
              <mat-progress-bar mode="indeterminate" aria-label="Importing" />
            }
          </div>
          @if (importErrors().length) {
            <ul class="errors" data-testid="claim-results-errors">
              @for (e of importErrors(); track $index) {
                <li>{{ e }}</li>
              }
            </ul>
          }
          @if (report(); as r) {
            <p data-testid="claim-results-summary">
              {{ r.rows }} row(s): {{ r.paid }} paid, {{ r.shortPaid }} short paid, {{ r.errors }} in error, {{ r.unchanged }} unchanged,
              {{ r.unmatched }} unmatched, {{ r.skipped }} skipped.
            </p>
            <div class="table-wrap">
              <table class="table" data-testid="claim-results-report">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Claim</th>
                    <th scope="col">Outcome</th>
                    <th scope="col" class="num">Paid</th>
                    <th scope="col" class="num">Shortfall</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of r.results; track row.row) {
                    <tr [attr.data-outcome]="row.outcome">
                      <td>{{ row.row }}</td>
                      <td>
                        @if (row.claimId) {
                          <a [routerLink]="['/o', 'lumary__Claim__c', row.claimId]">{{ row.claimReference }}</a>
                        } @else {
                          {{ row.claimReference }}
                        }
                      </td>
                      <td>{{ row.outcome }}</td>
                      <td class="num">{{ row.paidAmount ? money(row.paidAmount) : '' }}</td>
                      <td class="num">{{ row.shortfall ? money(row.shortfall) : '' }}</td>
                      <td>{{ row.message ?? '' }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .card {
      max-width: 960px;
      margin-bottom: 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    .row app-ar-date-field {
      flex: 0 1 220px;
    }
    .counts {
      display: grid;
      grid-template-columns: 160px auto;
      gap: 4px 16px;
      margin: 16px 0;
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .files {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .table {
      border-collapse: collapse;
      width: 100%;
    }
    .table th,
    .table td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .table .num {
      text-align: right;
    }
    .errors {
      color: var(--mat-sys-error);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimBatchesPage {
  private readonly ar = inject(ArApiService);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `?batch=<id>`: a batch made elsewhere (its record page), followed here. */
  readonly batch = input<string>();

  protected readonly upTo: FormControl<string | null> = todayControl();
  protected readonly form = new FormGroup({ upTo: this.upTo });
  protected readonly current = signal<Schemas['ClaimBatchProgressDto'] | null>(null);
  protected readonly report = signal<Schemas['RemittanceReportDto'] | null>(null);
  protected readonly importErrors = signal<string[]>([]);
  protected readonly importing = signal(false);
  protected readonly pageError = signal<ApiError | null>(null);
  protected readonly fieldError = signal<string | null>(null);
  protected readonly date = formatDate;
  protected readonly money = (value: string | null | undefined) => formatCurrency(value ?? '');

  protected readonly running = computed(() => ['Queued', 'Running'].includes(this.current()?.status ?? ''));
  protected readonly files = computed(() => Array.from({ length: this.current()?.files ?? 0 }, (_, i) => i + 1));
  protected readonly percent = computed(() => {
    const b = this.current();
    if (!b) return 0;
    if (!this.running()) return 100;
    return b.claimsTotal ? Math.round(((b.claimsDone ?? 0) / b.claimsTotal) * 100) : 0;
  });
  protected readonly barMode = computed(() => (this.running() && !this.current()?.claimsTotal ? 'indeterminate' : 'determinate'));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
    effect(() => {
      const id = this.batch();
      if (!id) return;
      untracked(() => {
        this.stopPolling();
        void this.poll(id);
      });
    });
  }

  protected fileUrl(id: string, n: number): string {
    return this.ar.claimBatchFileUrl(id, n);
  }

  protected async start(): Promise<void> {
    this.fieldError.set(null);
    if (this.upTo.invalid) return;
    const upTo = apiDate(this.upTo.value);
    const ok = await this.confirm.ask({
      title: 'Create the claim batch?',
      message: `Submits every valid Open NDIA claim up to ${formatDate(upTo)}: each is posted to NDIA Claims Receivable and goes in the bulk payment request file.`,
      confirm: 'Create batch',
    });
    if (!ok) return;
    this.stopPolling();
    try {
      const started = await this.ar.startClaimBatch(upTo);
      this.toast.success(`${started.name} started: its progress follows.`);
      await this.poll(started.id);
    } catch (error) {
      const e = toApiError(error);
      if (e.status === 400) this.fieldError.set(e.message);
      else this.pageError.set(e);
    }
  }

  protected async picked(files: FileList | null): Promise<void> {
    const file = files?.item(0);
    if (!file) return;
    this.importErrors.set([]);
    this.report.set(null);
    this.importing.set(true);
    try {
      const report = await this.ar.importClaimResults(await file.text());
      this.report.set(report);
      this.toast.success(`${file.name}: ${report.paid + report.shortPaid} paid, ${report.errors} in error, ${report.unmatched} unmatched.`);
    } catch (error) {
      const e = toApiError(error);
      if (e.status === 400) {
        this.importErrors.set(e.errors.map((x) => x.message));
        this.toast.error(`${file.name} was refused: nothing was imported.`);
      } else this.pageError.set(e);
    } finally {
      this.importing.set(false);
    }
  }

  private async poll(id: string): Promise<void> {
    try {
      this.current.set(await this.ar.claimBatch(id));
      if (this.running()) this.timer = setTimeout(() => void this.poll(id), POLL_MS);
    } catch (error) {
      this.pageError.set(toApiError(error));
    }
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
