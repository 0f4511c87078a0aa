import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { PaymentState } from './ar-api.service';
import { apiDate, toDayMonthYear, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { CONFIRMING_DIALOG_STYLES, PostingDialog } from './posting-dialog';

/** Reverse a dishonoured payment: why and when, confirmed; its invoices owe again (RULES.md#payments). */
@Component({
  selector: 'app-ar-reverse-payment-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, DateFieldComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <app-form-dialog-frame
      [title]="'Reverse ' + payment.name"
      form="reverse-payment-form"
      [submit]="step() === 'confirm' ? 'Confirm and reverse' : 'Review'"
      submitTestId="reverse-payment-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="reverse-payment-back">Back</button>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" id="reverse-payment-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        <p class="balance">{{ money(payment.amount) }} received {{ date(payment.date) }}</p>
        <mat-form-field data-testid="field-reason">
          <mat-label>Reason</mat-label>
          <input matInput [formControl]="form.controls['reason']" maxlength="255" required />
          <mat-error>{{ error('reason', 'Reason') }}</mat-error>
        </mat-form-field>
        <app-ar-date-field name="date" label="Reversal date" [control]="form.controls['date']" [error]="error('date', 'Date')" />
      </form>
      @if (step() === 'confirm') {
        <p data-testid="reverse-payment-confirm" aria-live="polite">
          Reverse {{ payment.name }} ({{ money(payment.amount) }}) on {{ form.value['date'] }} because "{{ form.value['reason'] }}"? Its
          allocations are reversed, so those invoices owe again, and a reversing journal entry is posted. This cannot be undone.
        </p>
      }
    </app-form-dialog-frame>
  `,
  styles: CONFIRMING_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReversePaymentDialog extends PostingDialog {
  protected readonly payment = inject<PaymentState>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    reason: new FormControl('Dishonoured', Validators.required),
    date: todayControl(),
  });
  protected readonly date = (iso: string | null) => (iso ? toDayMonthYear(iso) : '');

  protected post(): Promise<string | null> {
    const v = this.form.getRawValue();
    const body = { reason: String(v['reason']).trim(), date: apiDate(v['date']) };
    return this.posted(
      () => this.ar.reversePayment(this.payment.id, body),
      (reversed) => `${reversed.name} reversed: its invoices owe again.`,
    );
  }
}
