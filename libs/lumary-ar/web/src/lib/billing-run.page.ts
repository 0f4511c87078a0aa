import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError, formatDate } from '@platform/web';
import { ConfirmService, ErrorPanelComponent, ToastService } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import type { Schemas } from '@platform/api-client';
import { todayIso } from './server-errors';

/** How often the page asks for the run's progress while it works. */
const POLL_MS = 1000;

/**
 * A billing run: every Delivered, non-NDIA service up to a date invoiced (one invoice per
 * debtor), NDIA-managed ones claimed. The run works in the background on the server; this page
 * starts it and follows its progress until it has finished.
 */
@Component({
  selector: 'app-ar-billing-run-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    ErrorPanelComponent,
  ],
  template: `
    <h1 class="title">Billing run</h1>
    @if (pageError(); as e) {
      <app-error-panel [error]="e" />
    } @else {
      <mat-card appearance="outlined" class="start">
        <mat-card-content>
          <p>
            Bills every Delivered service dated on or before the date: one invoice per debtor, NDIA-managed services as claims. Services
            already billed are never billed twice.
          </p>
          <form class="row" (ngSubmit)="start()">
            <mat-form-field data-testid="field-upTo">
              <mat-label>Up to</mat-label>
              <input matInput type="date" name="upTo" [(ngModel)]="upTo" required />
              @if (fieldError()) {
                <mat-hint class="error">{{ fieldError() }}</mat-hint>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="running() || !upTo" data-testid="billing-run-start">Start billing run</button>
          </form>
        </mat-card-content>
      </mat-card>
      @if (current(); as r) {
        <mat-card appearance="outlined" class="progress" data-testid="billing-run-progress" [attr.data-status]="r.status">
          <mat-card-header>
            <mat-card-title>
              <a [routerLink]="['/o', 'lumary__Billing_Run__c', r.id]">{{ r.name }}</a> ·
              <span data-testid="billing-run-status">{{ r.status }}</span>
            </mat-card-title>
            <mat-card-subtitle>Services up to {{ date(r.upTo) }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <mat-progress-bar [mode]="barMode()" [value]="percent()" aria-label="Billing run progress" data-testid="billing-run-bar" />
            <dl class="counts">
              <dt>Debtors</dt>
              <dd data-testid="billing-run-debtors">{{ r.debtorsDone }} of {{ r.debtorsTotal }}</dd>
              <dt>Failed</dt>
              <dd data-testid="billing-run-failed">{{ r.debtorsFailed }}</dd>
              <dt>Invoices created</dt>
              <dd data-testid="billing-run-invoices">{{ r.invoicesCreated }}</dd>
              <dt>Claims created</dt>
              <dd data-testid="billing-run-claims">{{ r.claimsCreated }}</dd>
              <dt>Services billed</dt>
              <dd data-testid="billing-run-services">{{ r.servicesBilled }}</dd>
            </dl>
            @if (r.errors?.length) {
              <h3>Errors</h3>
              <ul class="errors" data-testid="billing-run-errors">
                @for (e of r.errors; track $index) {
                  <li>{{ e }}</li>
                }
              </ul>
            }
          </mat-card-content>
        </mat-card>
      }
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .start,
    .progress {
      max-width: 760px;
      margin-bottom: 16px;
    }
    .row {
      display: flex;
      gap: 16px;
      align-items: baseline;
    }
    .counts {
      display: grid;
      grid-template-columns: 160px auto;
      gap: 4px 16px;
      margin: 16px 0 0;
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .errors,
    .error {
      color: var(--mat-sys-error);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingRunPage {
  private readonly ar = inject(ArApiService);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `?run=<id>`: a run started elsewhere (New on Billing Runs, its record page), followed here. */
  readonly run = input<string>();

  protected upTo = todayIso();
  protected readonly current = signal<Schemas['BillingRunProgressDto'] | null>(null);
  protected readonly pageError = signal<ApiError | null>(null);
  protected readonly fieldError = signal<string | null>(null);
  protected readonly date = formatDate;

  protected readonly running = computed(() => ['Queued', 'Running'].includes(this.current()?.status ?? ''));
  protected readonly percent = computed(() => {
    const r = this.current();
    if (!r) return 0;
    if (!this.running()) return 100;
    return r.debtorsTotal ? Math.round(((r.debtorsDone ?? 0) / r.debtorsTotal) * 100) : 0;
  });
  /** Indeterminate until the run knows how many debtors it has. */
  protected readonly barMode = computed(() => (this.running() && !this.current()?.debtorsTotal ? 'indeterminate' : 'determinate'));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
    effect(() => {
      const id = this.run();
      if (!id) return;
      untracked(() => {
        this.stopPolling();
        void this.poll(id);
      });
    });
  }

  protected async start(): Promise<void> {
    this.fieldError.set(null);
    const ok = await this.confirm.ask({
      title: 'Start the billing run?',
      message: `Bills every Delivered service up to ${formatDate(this.upTo)}: the invoices are issued and posted to the Finance Journal, NDIA-managed services become claims.`,
      confirm: 'Start billing run',
    });
    if (!ok) return;
    this.stopPolling();
    try {
      const started = await this.ar.startBillingRun(this.upTo);
      this.toast.success(`${started.name} started: its progress follows.`);
      await this.poll(started.id);
    } catch (error) {
      this.refused(error);
    }
  }

  private async poll(id: string): Promise<void> {
    try {
      this.current.set(await this.ar.billingRun(id));
      if (this.running()) this.timer = setTimeout(() => void this.poll(id), POLL_MS);
    } catch (error) {
      this.refused(error);
    }
  }

  /** A bad date shows under the date; anything else (no permission, say) replaces the page. */
  private refused(error: unknown): void {
    const e = toApiError(error);
    if (e.status === 400) this.fieldError.set(e.message);
    else this.pageError.set(e);
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
