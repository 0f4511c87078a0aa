import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { ApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { DebtorSummaryCardComponent } from './debtor-summary-card.component';

/**
 * `lumary:debtorSummary` on a Contact or Account page: loads the summary as of today and draws it.
 * Loads again whenever the page is drawn again (after Debtor Settings change due dates, say).
 * A user without Lumary AR sees nothing rather than an error in the page's sidebar.
 */
@Component({
  selector: 'app-ar-debtor-summary',
  imports: [DebtorSummaryCardComponent],
  template: `
    @if (summary(); as s) {
      <app-ar-debtor-summary-card [summary]="s" />
    } @else if (error(); as e) {
      @if (!e.forbidden) {
        <p class="error" role="alert" data-testid="debtor-summary-error">{{ e.message }}</p>
      }
    }
  `,
  styles: `
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorSummaryComponent {
  private readonly ar = inject(ArApiService);

  readonly recordId = input.required<string>();
  /** The page the summary sits on: a new one after each reload. */
  readonly page = input<Schemas['RecordPage']>();

  protected readonly summary = signal<Schemas['DebtorSummaryDto'] | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      this.page();
      void this.load(this.recordId());
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const summary = await this.ar.debtorSummary(id);
      if (id === this.recordId()) {
        this.summary.set(summary);
        this.error.set(null);
      }
    } catch (error) {
      this.summary.set(null);
      this.error.set(error as ApiError);
    }
  }
}
