import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { PaymentState } from './ar-api.service';
import { cents } from './ar-money';
import { ApplyCreditDialog } from './apply-credit.dialog';
import { pageField } from './invoice-actions';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';
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
            <mat-icon svgIcon="call_split" />Apply credit
          </button>
        }
        @if (canReverse()) {
          <button mat-stroked-button type="button" class="danger" (click)="reverse(p)" data-testid="payment-reverse">
            <mat-icon svgIcon="undo" />Reverse
          </button>
        }
      </div>
    }
  `,
  styles: PAGE_ACTIONS_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentActionsComponent extends PageActions {
  protected readonly payment = signal<PaymentState | null>(null);
  private readonly received = computed(() => this.page().actions.edit && this.payment()?.status === 'Received');
  protected readonly canReverse = this.received;
  protected readonly canAllocate = computed(() => this.received() && cents(this.payment()?.unallocated ?? '0') > BigInt(0));

  constructor() {
    super();
    this.loadForPage<PaymentState | null>(this.payment, (id) => this.ar.payment(id), null);
  }

  protected allocate(payment: PaymentState): void {
    const debtor = pageField(this.page(), 'lumary__Debtor__c');
    const name = debtor?.reference?.name ?? 'the debtor';
    this.openDialog(ApplyCreditDialog, { debtor: { id: payment.debtor ?? '', name, object: '' }, payment }, '720px');
  }

  protected reverse(payment: PaymentState): void {
    this.openDialog(ReversePaymentDialog, payment, '720px');
  }
}
