import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RECORD_PAGE_CONTEXT } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService, PaymentState } from './ar-api.service';
import { cents } from './ar-money';
import { ApplyCreditDialog } from './apply-credit.dialog';
import { pageField } from './invoice-actions';
import { ReversePaymentDialog } from './reverse-payment.dialog';

/**
 * A payment's actions in its page's title bar: apply its unallocated credit to the debtor's open
 * invoices, and reverse it when it was dishonoured. Offered while it is Received, to a user who
 * may edit payments.
 */
@Component({
  selector: 'app-ar-payment-actions',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (payment(); as p) {
      <div class="actions" data-testid="payment-actions">
        @if (canAllocate()) {
          <button mat-flat-button type="button" (click)="allocate(p)" data-testid="payment-allocate">
            <mat-icon>call_split</mat-icon>Apply credit
          </button>
        }
        @if (canReverse()) {
          <button mat-stroked-button type="button" class="danger" (click)="open(reverseDialog, p)" data-testid="payment-reverse">
            <mat-icon>undo</mat-icon>Reverse
          </button>
        }
      </div>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .danger {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentActionsComponent {
  private readonly ar = inject(ArApiService);
  private readonly dialog = inject(MatDialog);
  private readonly pageContext = inject(RECORD_PAGE_CONTEXT, { optional: true });

  readonly page = input.required<Schemas['RecordPage']>();

  protected readonly reverseDialog = ReversePaymentDialog;
  protected readonly payment = signal<PaymentState | null>(null);
  private readonly received = computed(() => this.page().actions.edit && this.payment()?.status === 'Received');
  protected readonly canReverse = this.received;
  protected readonly canAllocate = computed(() => this.received() && cents(this.payment()?.unallocated ?? '0') > BigInt(0));

  constructor() {
    effect(() => {
      const id = this.page().id;
      void this.ar.payment(id).then(
        (p) => this.payment.set(p),
        () => this.payment.set(null),
      );
    });
  }

  protected allocate(payment: PaymentState): void {
    const debtor = pageField(this.page(), 'lumary__Debtor__c');
    const name = debtor?.reference?.name ?? 'the debtor';
    this.open(ApplyCreditDialog, { debtor: { id: payment.debtor ?? '', name, object: '' }, payment });
  }

  protected open(component: ComponentType<unknown>, data: unknown): void {
    this.dialog
      .open(component, { data, width: '720px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) void this.pageContext?.reload();
      });
  }
}
