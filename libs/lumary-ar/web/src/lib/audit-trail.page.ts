import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { formatDateTime, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService, AuditFilter } from './ar-api.service';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';

/** The AR objects with a field history, as the audit trail's filter offers them. */
const AUDITED = [
  { name: 'lumary__Invoice__c', label: 'Invoices' },
  { name: 'lumary__Invoice_Line__c', label: 'Invoice lines' },
  { name: 'lumary__Payment__c', label: 'Payments' },
  { name: 'lumary__Payment_Allocation__c', label: 'Payment allocations' },
  { name: 'lumary__Credit_Note__c', label: 'Credit notes' },
  { name: 'lumary__Debtor_Settings__c', label: 'Debtor settings' },
  { name: 'lumary__Claim__c', label: 'Claims' },
  { name: 'lumary__Service_Delivered__c', label: 'Services delivered' },
  { name: 'lumary__Accounting_Entity__c', label: 'Accounting entities' },
  { name: 'lumary__Billing_Run__c', label: 'Billing runs' },
  { name: 'lumary__AR_Settings__c', label: 'AR settings' },
] as const;

/** "2027-01-12T03:04:05Z" instants and other values as a person reads them in the trail. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return toDayMonthYear(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The audit trail (`/lumary/audit?object=&recordId=&from=&to=`): every change to an AR record,
 * newest first (what changed, old and new value, who and when), filtered by object, record and
 * dates (dd/mm/yyyy), a page at a time (More), and the whole selection as CSV.
 */
@Component({
  selector: 'app-ar-audit-trail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Audit trail</h1>
    <form class="controls" [formGroup]="form" (ngSubmit)="show()">
      <mat-form-field data-testid="field-object">
        <mat-label>Object</mat-label>
        <mat-select formControlName="object">
          <mat-option [value]="''">All AR objects</mat-option>
          @for (o of objects; track o.name) {
            <mat-option [value]="o.name">{{ o.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field data-testid="field-recordId">
        <mat-label>Record id</mat-label>
        <input matInput formControlName="recordId" />
      </mat-form-field>
      <mat-form-field data-testid="field-from">
        <mat-label>From</mat-label>
        <input matInput formControlName="from" placeholder="dd/mm/yyyy" />
        <mat-error>Enter the date as dd/mm/yyyy.</mat-error>
      </mat-form-field>
      <mat-form-field data-testid="field-to">
        <mat-label>To</mat-label>
        <input matInput formControlName="to" placeholder="dd/mm/yyyy" />
        <mat-error>Enter the date as dd/mm/yyyy.</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="audit-show">Show</button>
      <a mat-stroked-button [href]="csvUrl()" download data-testid="audit-csv"><mat-icon svgIcon="download" />CSV</a>
    </form>
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="audit-error">{{ e }}</p>
    }
    <div class="table-wrap">
      <table class="report" data-testid="audit-table">
        <thead>
          <tr>
            <th>When</th>
            <th>Record</th>
            <th>Field</th>
            <th>Old value</th>
            <th>New value</th>
            <th>Who</th>
          </tr>
        </thead>
        <tbody>
          @for (c of changes(); track c.id) {
            <tr data-testid="audit-row">
              <td>{{ when(c.changedDate) }}</td>
              <td class="wrap">
                <span class="muted">{{ c.object.label }}</span>
                <a [routerLink]="['/o', c.object.name, c.record.id]">{{ c.record.name ?? c.record.id }}</a>
              </td>
              <td>{{ c.field.label }}</td>
              <td class="wrap">{{ value(c.oldValue) }}</td>
              <td class="wrap">{{ value(c.newValue) }}</td>
              <td>{{ c.changedBy.name ?? '' }}</td>
            </tr>
          } @empty {
            @if (!loading()) {
              <tr>
                <td colspan="6">No changes match.</td>
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the changes" />
    } @else if (cursor()) {
      <button mat-stroked-button type="button" (click)="more()" data-testid="audit-more">More</button>
    }
  `,
  styles: [LEDGER_STYLES, '.wrap .muted { display: block; font: var(--mat-sys-label-small); }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTrailPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  readonly object = input<string>();
  readonly recordId = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly objects = AUDITED;
  protected readonly value = shown;
  protected readonly when = formatDateTime;
  protected readonly form = new FormGroup({
    object: new FormControl('', { nonNullable: true }),
    recordId: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true, validators: [dayMonthYear] }),
    to: new FormControl('', { nonNullable: true, validators: [dayMonthYear] }),
  });
  protected readonly changes = signal<Schemas['AuditEntryDto'][]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly filter = computed<AuditFilter>(() => ({
    object: this.object() || undefined,
    recordId: this.recordId() || undefined,
    from: this.from() || undefined,
    to: this.to() || undefined,
  }));
  protected readonly csvUrl = computed(() => this.ar.auditCsvUrl(this.filter()));

  constructor() {
    effect(() => {
      const filter = this.filter();
      this.form.setValue({
        object: filter.object ?? '',
        recordId: filter.recordId ?? '',
        from: filter.from ? toDayMonthYear(filter.from) : '',
        to: filter.to ? toDayMonthYear(filter.to) : '',
      });
      this.changes.set([]);
      void this.load(filter);
    });
  }

  protected show(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const queryParams = {
      object: v.object || null,
      recordId: v.recordId.trim() || null,
      from: v.from ? apiDate(v.from) : null,
      to: v.to ? apiDate(v.to) : null,
    };
    void this.router.navigate([], { queryParams });
  }

  protected more(): void {
    const cursor = this.cursor();
    if (cursor) void this.load(this.filter(), cursor);
  }

  private async load(filter: AuditFilter, cursor?: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.ar.audit(filter, cursor);
      this.changes.update((shownSoFar) => [...(cursor ? shownSoFar : []), ...page.records]);
      this.cursor.set(page.nextCursor ?? null);
    } catch (error) {
      this.cursor.set(null);
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
