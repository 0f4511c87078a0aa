import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { formatCurrency } from '@platform/web';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { ActionDialog } from './action-dialog';
import { isZero } from './ar-money';
import { PAYMENT_METHODS, paymentAlias, paymentBody } from './payment-form';
import { DIALOG_STYLES, MONEY_PATTERN, todayIso } from './server-errors';

/** The API's names for what this dialog calls `allocation` and `reference`. */
const alias = paymentAlias((field) => (field.startsWith('allocations') || field === 'invoice' ? 'allocation' : field));

/**
 * Record a payment from the invoice's debtor, allocated to this invoice (prefilled with its
 * balance). One idempotency key per opening of the dialog: a double click or a retry after a
 * lost answer records one payment, not two.
 */
@Component({
  selector: 'app-ar-record-payment-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <app-form-dialog-frame
      [title]="'Record payment · ' + invoice.name"
      form="payment-form"
      submit="Record payment"
      submitTestId="payment-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      <p class="balance">From {{ invoice.debtor?.name ?? 'the debtor' }} · balance {{ money(invoice.balance) }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" id="payment-form" class="dialog-form">
        <mat-form-field data-testid="field-date">
          <mat-label>Payment Date</mat-label>
          <input matInput type="date" [formControl]="form.controls['date']" required />
          <mat-error>{{ error('date', 'Payment Date') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-amount">
          <mat-label>Amount received</mat-label>
          <span matTextPrefix>$&nbsp;</span>
          <input matInput inputmode="decimal" [formControl]="form.controls['amount']" required />
          <mat-error>{{ error('amount', 'Amount') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-method">
          <mat-label>Method</mat-label>
          <mat-select [formControl]="form.controls['method']" required>
            @for (method of methods; track method) {
              <mat-option [value]="method">{{ method }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('method', 'Method') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-reference">
          <mat-label>Reference</mat-label>
          <input matInput [formControl]="form.controls['reference']" maxlength="80" />
          <mat-error>{{ error('reference', 'Reference') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-allocation">
          <mat-label>Allocate to {{ invoice.name }}</mat-label>
          <span matTextPrefix>$&nbsp;</span>
          <input matInput inputmode="decimal" [formControl]="form.controls['allocation']" />
          <mat-hint>What is not allocated stays as the debtor's unallocated credit.</mat-hint>
          <mat-error>{{ error('allocation', 'Allocation') }}</mat-error>
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
  `,
  styles: DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordPaymentDialog extends ActionDialog {
  private readonly idempotencyKey = crypto.randomUUID();
  protected readonly methods = PAYMENT_METHODS;
  protected readonly money = formatCurrency;
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    date: new FormControl(todayIso(), Validators.required),
    amount: new FormControl(this.invoice.balance, [Validators.required, Validators.pattern(MONEY_PATTERN)]),
    method: new FormControl<string>('EFT', Validators.required),
    reference: new FormControl(''),
    allocation: new FormControl(this.invoice.balance, Validators.pattern(MONEY_PATTERN)),
  });

  protected async save(): Promise<void> {
    if (!this.start()) return;
    if (!this.invoice.debtor) return this.topErrors.set(['This invoice has no debtor to record a payment from.']);
    const v = this.form.getRawValue();
    const allocation = String(v['allocation'] ?? '').trim();
    const payment = paymentBody(
      this.invoice.debtor.id,
      String(v['date']),
      v,
      allocation && !isZero(allocation) ? [{ invoice: this.invoice.id, amount: allocation }] : [],
    );
    if (await this.run(() => this.ar.recordPayment(payment, this.idempotencyKey), alias)) this.close();
  }
}
