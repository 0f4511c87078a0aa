import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { ALLOCATING_DIALOG_STYLES, AllocatingDialog, LooseForm, allocationAlias } from './allocating-dialog';
import { AllocationTableComponent } from './allocation-table.component';
import { Debtor, PaymentState } from './ar-api.service';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { cents } from './ar-money';

/** Apply credit is opened on a debtor's page (its payments with credit to pick from) or on one payment's page. */
export interface ApplyCreditData {
  debtor: Debtor;
  payment?: PaymentState;
}

/**
 * Apply a payment's unallocated credit to the debtor's open invoices: pick the payment (the one
 * with credit left, or the payment whose page it was opened on), fill the invoices oldest first,
 * confirm, post. What is not applied stays as credit on the payment.
 */
@Component({
  selector: 'app-ar-apply-credit-dialog',
  imports: [
    ReactiveFormsModule,
    FormDialogFrameComponent,
    AllocationTableComponent,
    DateFieldComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  template: `
    <app-form-dialog-frame
      [title]="'Apply credit · ' + data.debtor.name"
      form="apply-credit-form"
      [submit]="step() === 'confirm' ? 'Confirm and apply' : 'Review'"
      submitTestId="apply-credit-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="apply-credit-back">Back</button>
      }
      @if (loadingInvoices()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading credit and invoices" />
      }
      <form [formGroup]="form" (ngSubmit)="save()" id="apply-credit-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        @if (!loadingInvoices() && !payments().length) {
          <p class="balance" data-testid="apply-credit-none">{{ data.debtor.name }} has no unallocated credit.</p>
        } @else {
          <div class="fields">
            <mat-form-field data-testid="field-payment">
              <mat-label>Credit from payment</mat-label>
              <mat-select [formControl]="form.controls['payment']" required>
                @for (p of payments(); track p.id) {
                  <mat-option [value]="p.id">{{ p.name }} · {{ money(p.unallocated) }} left</mat-option>
                }
              </mat-select>
              <mat-error>{{ error('payment', 'Payment') }}</mat-error>
            </mat-form-field>
            <app-ar-date-field name="date" label="Date applied" [control]="form.controls['date']" [error]="error('date', 'Date')" />
          </div>
          <p class="balance" data-testid="apply-credit-available">Credit available: {{ money(available()) }}</p>
          <app-ar-allocation-table
            [invoices]="invoices()"
            [group]="form"
            [allocated]="totals().allocated"
            [onAccount]="totals().onAccount"
            [over]="overAllocated()"
            restLabel="Credit left"
            (autoFill)="fill()"
          />
        }
      </form>
      @if (step() === 'confirm') {
        <section class="confirm" data-testid="apply-credit-confirm" aria-live="polite">
          <p>Apply {{ money(totals().allocated) }} of {{ chosen()?.name }}'s credit, on {{ form.value['date'] }}, to:</p>
          <ul>
            @for (a of confirmRows(); track a.name) {
              <li>{{ a.name }}: {{ money(a.amount) }}</li>
            }
          </ul>
          <p>
            Credit left on {{ chosen()?.name }}: <strong>{{ money(totals().onAccount) }}</strong>
          </p>
        </section>
      }
    </app-form-dialog-frame>
  `,
  styles: ALLOCATING_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplyCreditDialog extends AllocatingDialog {
  protected readonly data = inject<ApplyCreditData>(MAT_DIALOG_DATA);
  protected readonly payments = signal<PaymentState[]>(this.data.payment ? [this.data.payment] : []);
  protected readonly form: LooseForm = new FormGroup<Record<string, FormControl>>({
    payment: new FormControl<string | null>(this.data.payment?.id ?? null, Validators.required),
    date: todayControl(),
  });

  constructor() {
    super();
    this.followChanges();
    this.form.controls['payment'].valueChanges.pipe(takeUntilDestroyed()).subscribe(() => queueMicrotask(() => this.fill()));
    void this.load();
  }

  protected chosen(): PaymentState | undefined {
    this.changes();
    return this.payments().find((p) => p.id === this.form.controls['payment'].value);
  }

  protected override available(): string {
    return this.chosen()?.unallocated ?? '0';
  }

  protected async save(): Promise<void> {
    if (this.step() === 'edit') {
      if (this.review() && !this.chosenAllocations().length) {
        this.step.set('edit');
        this.topErrors.set(['Allocate some of the credit to an invoice.']);
      }
      return;
    }
    const payment = this.chosen();
    if (!payment) return;
    const allocations = this.chosenAllocations();
    const left = this.totals().onAccount;
    const date = apiDate(this.form.value['date']);
    const ok = await this.run(() => this.ar.allocatePayment(payment.id, { allocations, date }), allocationAlias);
    if (!ok) {
      this.step.set('edit');
      return;
    }
    await this.done(`${payment.name}'s credit applied.`, allocations, left, 'Credit left:');
  }

  private async load(): Promise<void> {
    this.loadingInvoices.set(true);
    try {
      const [payments, invoices] = await Promise.all([
        this.data.payment ? Promise.resolve([this.data.payment]) : this.ar.creditPayments(this.data.debtor.id),
        this.ar.openInvoices(this.data.debtor.id),
      ]);
      const withCredit = payments.filter((p) => cents(p.unallocated) > BigInt(0));
      this.payments.set(withCredit);
      if (!this.form.controls['payment'].value && withCredit[0])
        this.form.controls['payment'].setValue(withCredit[0].id, { emitEvent: false });
      this.setInvoices(invoices);
    } catch (error) {
      this.topErrors.set([(error as Error).message]);
    } finally {
      this.loadingInvoices.set(false);
    }
  }
}
