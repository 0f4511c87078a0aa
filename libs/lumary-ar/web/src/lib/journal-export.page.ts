import { ToastService } from '@platform/web/ui';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { toApiError } from '@platform/web';
import { AccountingEntity, ArApiService, ExportBatch } from './ar-api.service';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

type Layout = 'xero' | 'generic';

/**
 * Journal export (`/lumary/journal-export`): a period's entries that no export took yet, as the
 * financial package's CSV (Xero's manual journal import, or every column), downloaded at once
 * and stamped with a new batch; the batches so far, each downloadable again in either layout.
 */
@Component({
  selector: 'app-ar-journal-export-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Journal export</h1>
    <p class="muted">
      Exports the chosen period's journal entries that no earlier export took, as a CSV file your financial package imports as manual
      journals. Each export is a batch you can download again below.
    </p>
    <form class="controls" (submit)="$event.preventDefault(); export()">
      <mat-form-field data-testid="field-period">
        <mat-label>Accounting period</mat-label>
        <mat-select [formControl]="period" required>
          @for (p of periods(); track p.id) {
            <mat-option [value]="p.id">{{ p.name }}{{ p.status === 'Closed' ? ' (Closed)' : '' }}</mat-option>
          }
        </mat-select>
        <mat-error>Choose the period to export.</mat-error>
      </mat-form-field>
      <mat-form-field data-testid="field-layout">
        <mat-label>Layout</mat-label>
        <mat-select [formControl]="layout">
          <mat-option value="xero">Xero manual journal</mat-option>
          <mat-option value="generic">Every column</mat-option>
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="export-run">
        <mat-icon svgIcon="download" />Export new entries
      </button>
    </form>
    @if (result(); as r) {
      <p role="status" [class.ok]="!!r.batch" data-testid="export-result">{{ r.message }}</p>
    }
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="export-error">{{ e }}</p>
    }

    <h2 class="subtitle">Batches</h2>
    @if (batches(); as bs) {
      <div class="table-wrap">
        <table class="report" data-testid="export-batches">
          <thead>
            <tr>
              <th>Batch</th>
              <th>Period</th>
              <th class="num">Entries</th>
              <th>Download again</th>
            </tr>
          </thead>
          <tbody>
            @for (b of bs; track b.name) {
              <tr data-testid="export-batch" [attr.data-batch]="b.name">
                <td>{{ b.name }}</td>
                <td>{{ b.period ?? '' }}</td>
                <td class="num">{{ b.entries }}</td>
                <td>
                  <a mat-button [href]="url(b.name, 'xero')" [attr.download]="b.name + '-xero.csv'" data-testid="batch-download-xero"
                    >Xero CSV</a
                  >
                  <a mat-button [href]="url(b.name, 'generic')" [attr.download]="b.name + '.csv'" data-testid="batch-download-generic"
                    >Every column</a
                  >
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4">Nothing has been exported yet.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the batches" />
    }
  `,
  styles: LEDGER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JournalExportPage {
  private readonly ar = inject(ArApiService);
  private readonly toast = inject(ToastService);

  protected readonly period = new FormControl<string | null>(null, Validators.required);
  protected readonly layout = new FormControl<Layout>('xero', { nonNullable: true });
  protected readonly periods = signal<AccountingEntity[]>([]);
  protected readonly batches = signal<ExportBatch[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<{ batch: string | null; message: string } | null>(null);

  constructor() {
    void this.ar.accountingEntities('Accounting_Period').then(
      (periods) => {
        this.periods.set(periods);
        const today = todayIso();
        const current = periods.find((p) => p.start && p.end && p.start <= today && today <= p.end) ?? periods[0];
        if (current && !this.period.value) this.period.setValue(current.id);
      },
      (error) => this.error.set(toApiError(error).message),
    );
    void this.loadBatches();
  }

  protected url(batch: string, layout: Layout): string {
    return this.ar.journalBatchUrl(batch, layout);
  }

  protected async export(): Promise<void> {
    this.error.set(null);
    this.result.set(null);
    this.period.markAsTouched();
    if (!this.period.value) return;
    const periodName = this.periods().find((p) => p.id === this.period.value)?.name ?? 'the period';
    this.busy.set(true);
    try {
      const file = await this.ar.exportJournal({ period: this.period.value, layout: this.layout.value });
      if (!file.batch) {
        this.result.set({ batch: null, message: `Nothing new to export in ${periodName}: every entry is in an earlier batch.` });
        return;
      }
      download(file.csv, `${file.batch}${this.layout.value === 'xero' ? '-xero' : ''}.csv`);
      const message = `${file.batch}: ${file.entries} ${file.entries === 1 ? 'entry' : 'entries'} of ${periodName} exported and downloaded.`;
      this.result.set({ batch: file.batch, message });
      this.toast.success(message);
      await this.loadBatches();
    } catch (error) {
      this.error.set(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadBatches(): Promise<void> {
    try {
      this.batches.set(await this.ar.exportBatches());
    } catch (error) {
      this.batches.set([]);
      this.error.set(toApiError(error).message);
    }
  }
}

/** Saves text as a file through the browser's download. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
