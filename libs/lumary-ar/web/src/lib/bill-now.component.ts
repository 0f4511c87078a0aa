import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { ApiError } from '@platform/web';
import { ConfirmService, ToastService } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { pageField } from './invoice-actions';

/**
 * `lumary:billNow` on a Service Delivered page: on-the-spot billing at the end of an appointment.
 * Offered for a Delivered service that is not NDIA-managed (those are claimed instead); the new,
 * issued invoice opens once it exists.
 */
@Component({
  selector: 'app-ar-bill-now',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (billable()) {
      <div class="bill-now">
        <button mat-flat-button (click)="bill()" [disabled]="busy()" data-testid="service-bill-now">
          <mat-icon svgIcon="receipt_long" />Bill now
        </button>
        @if (error(); as e) {
          <p class="error" role="alert" data-testid="bill-now-error">{{ e }}</p>
        }
      </div>
    }
  `,
  styles: `
    .bill-now {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 16px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillNowComponent {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);

  readonly page = input.required<Schemas['RecordPage']>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly billable = computed(() => {
    const page = this.page();
    const status = pageField(page, 'lumary__Status__c')?.value;
    const funding = pageField(page, 'lumary__Funding__c')?.value;
    return page.actions.edit && status === 'Delivered' && funding !== 'NDIA-managed';
  });

  protected async bill(): Promise<void> {
    this.error.set(null);
    const ok = await this.confirm.ask({
      title: 'Bill now?',
      message: `Bills ${this.page().title ?? 'this service'} now: an invoice is issued to its debtor and posted to the Finance Journal.`,
      confirm: 'Bill now',
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      const invoice = await this.ar.billNow(this.page().id);
      this.toast.success(`${invoice.name} issued.`);
      await this.router.navigate(['/o', 'lumary__Invoice__c', invoice.id]);
    } catch (error) {
      this.error.set((error as ApiError).message);
    } finally {
      this.busy.set(false);
    }
  }
}
