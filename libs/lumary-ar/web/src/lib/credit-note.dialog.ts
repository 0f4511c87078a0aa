import { ChangeDetectionStrategy, Component } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { formatCurrency } from '@platform/web';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { ActionDialog } from './action-dialog';
import { cents } from './ar-money';
import { DIALOG_STYLES, MONEY_PATTERN, todayIso } from './server-errors';

/** A credit of at most the balance (the server checks it too, inside its transaction). */
function notOverBalance(balance: string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = String(control.value ?? '');
    if (!MONEY_PATTERN.test(value)) return null;
    return cents(value) > cents(balance) ? { message: `The credit is more than the balance of ${formatCurrency(balance)}.` } : null;
  };
}

/** Credit part or all of an Open or Part Paid invoice: date, amount (≤ balance) and reason. */
/** The reasons a credit note may give. */
const CREDIT_REASONS = ['Service not delivered', 'Pricing error', 'Duplicate invoice', 'Goodwill', 'Write-off', 'Other'] as const;

@Component({
  selector: 'app-ar-credit-note-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <app-form-dialog-frame
      [title]="'Credit ' + invoice.name"
      form="credit-form"
      submit="Credit"
      submitTestId="credit-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      <p class="balance">Balance {{ money(invoice.balance) }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" id="credit-form" class="dialog-form">
        <mat-form-field data-testid="field-date">
          <mat-label>Credit Date</mat-label>
          <input matInput type="date" [formControl]="form.controls['date']" required />
          <mat-error>{{ error('date', 'Credit Date') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-amount">
          <mat-label>Amount</mat-label>
          <span matTextPrefix>$&nbsp;</span>
          <input matInput inputmode="decimal" [formControl]="form.controls['amount']" required />
          <mat-error>{{ error('amount', 'Amount') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-reason">
          <mat-label>Reason</mat-label>
          <mat-select [formControl]="form.controls['reason']" required>
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{ reason }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('reason', 'Reason') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="field-notes">
          <mat-label>Notes</mat-label>
          <input matInput [formControl]="form.controls['notes']" maxlength="255" />
          <mat-error>{{ error('notes', 'Notes') }}</mat-error>
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
  `,
  styles: DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditNoteDialog extends ActionDialog {
  protected readonly reasons = CREDIT_REASONS;
  protected readonly money = formatCurrency;
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    date: new FormControl(todayIso(), Validators.required),
    amount: new FormControl(this.invoice.balance, [
      Validators.required,
      Validators.pattern(MONEY_PATTERN),
      notOverBalance(this.invoice.balance),
    ]),
    // Write off opens this dialog with the reason `Write-off` chosen (a bad debt: the whole balance).
    reason: new FormControl<string | null>(this.invoice.creditReason ?? null, Validators.required),
    notes: new FormControl(''),
  });

  protected async save(): Promise<void> {
    if (!this.start()) return;
    const v = this.form.getRawValue();
    const notes = String(v['notes'] ?? '').trim();
    const credit = { date: v['date'], amount: String(v['amount']).trim(), reason: v['reason'], ...(notes ? { notes } : {}) };
    if (await this.run(() => this.ar.creditInvoice(this.invoice.id, credit))) this.close();
  }
}
