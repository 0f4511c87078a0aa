import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { ALLOCATING_DIALOG_STYLES, AllocatingDialog, LooseForm, allocationAlias } from './allocating-dialog';
import { AllocationTableComponent } from './allocation-table.component';
import { Debtor } from './ar-api.service';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { PAYMENT_METHODS, paymentAlias, paymentBody } from './payment-form';
import { MONEY_PATTERN } from './server-errors';

/** How Receive money is opened: on a debtor's page (the debtor given) or from New on Payments. */
export interface ReceiveMoneyData {
  debtor?: Debtor;
  object?: string;
}

/** The API's name for a field → this dialog's control. */
const alias = paymentAlias(allocationAlias);

/**
 * Receive money (Xero's "receive payment"): who paid, how much, when, how and their reference;
 * their open invoices oldest first, filled oldest first and editable per row; what is left stays
 * on account. Confirmed before it is posted; recorded once per opening of the dialog (one
 * idempotency key), so a double click or a retry never records two payments.
 */
@Component({
  selector: 'app-ar-receive-money-dialog',
  imports: [
    ReactiveFormsModule,
    FormDialogFrameComponent,
    AllocationTableComponent,
    DateFieldComponent,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  template: `
    <app-form-dialog-frame
      title="Receive money"
      form="receive-money-form"
      [submit]="step() === 'confirm' ? 'Confirm and post' : 'Review'"
      submitTestId="receive-money-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="receive-money-back">Back</button>
      }
      <form [formGroup]="form" (ngSubmit)="save()" id="receive-money-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        @if (fixedDebtor) {
          <p class="balance" data-testid="receive-money-debtor">From {{ fixedDebtor.name }}</p>
        } @else {
          <mat-form-field data-testid="field-debtor">
            <mat-label>Received from</mat-label>
            <input
              matInput
              [formControl]="form.controls['debtor']"
              [matAutocomplete]="auto"
              placeholder="Type a contact's or account's name"
              required
            />
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="debtorName" (optionSelected)="chooseDebtor($event.option.value)">
              @for (d of matches(); track d.id) {
                <mat-option [value]="d" [attr.data-testid]="'debtor-option'">{{ d.name }} · {{ d.object }}</mat-option>
              }
            </mat-autocomplete>
            <mat-error>{{ error('debtor', 'Received from') }}</mat-error>
          </mat-form-field>
        }
        <div class="fields">
          <mat-form-field data-testid="field-amount">
            <mat-label>Amount received</mat-label>
            <span matTextPrefix>$&nbsp;</span>
            <input matInput inputmode="decimal" [formControl]="form.controls['amount']" required />
            <mat-error>{{ error('amount', 'Amount') }}</mat-error>
          </mat-form-field>
          <app-ar-date-field name="date" label="Date received" [control]="form.controls['date']" [error]="error('date', 'Date')" />
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
            <input matInput [formControl]="form.controls['reference']" maxlength="255" />
            <mat-error>{{ error('reference', 'Reference') }}</mat-error>
          </mat-form-field>
        </div>
        @if (loadingInvoices()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading open invoices" />
        }
        @if (debtor()) {
          <app-ar-allocation-table
            [invoices]="invoices()"
            [group]="form"
            [allocated]="totals().allocated"
            [onAccount]="totals().onAccount"
            [over]="overAllocated()"
            (autoFill)="fill()"
          />
        }
      </form>
      @if (step() === 'confirm') {
        <section class="confirm" data-testid="receive-money-confirm" aria-live="polite">
          <p>
            Post {{ money(form.value['amount']) }} from <strong>{{ debtor()?.name }}</strong> received {{ form.value['date'] }} by
            {{ form.value['method'] }}{{ form.value['reference'] ? ' (' + form.value['reference'] + ')' : '' }}?
          </p>
          <ul>
            @for (a of confirmRows(); track a.name) {
              <li>{{ a.name }}: {{ money(a.amount) }}</li>
            }
          </ul>
          <p>
            Left on account: <strong data-testid="receive-money-confirm-on-account">{{ money(totals().onAccount) }}</strong>
          </p>
        </section>
      }
    </app-form-dialog-frame>
  `,
  styles: ALLOCATING_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceiveMoneyDialog extends AllocatingDialog {
  private readonly data = inject<ReceiveMoneyData | null>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  private readonly idempotencyKey = crypto.randomUUID();
  protected readonly fixedDebtor = this.data.debtor ?? null;
  protected readonly methods = PAYMENT_METHODS;
  protected readonly debtor = signal<Debtor | null>(this.fixedDebtor);
  protected readonly matches = signal<Debtor[]>([]);
  protected readonly form: LooseForm = new FormGroup<Record<string, FormControl>>({
    debtor: new FormControl<Debtor | string | null>(this.fixedDebtor, Validators.required),
    amount: new FormControl('', [Validators.required, Validators.pattern(MONEY_PATTERN)]),
    date: todayControl(),
    method: new FormControl<string>('EFT', Validators.required),
    reference: new FormControl(''),
  });

  constructor() {
    super();
    this.followChanges();
    // A new amount fills the rows again, oldest first, until the user edits a row.
    this.form.controls['amount'].valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (!this.rowsTouched) queueMicrotask(() => this.fill());
    });
    this.form.controls['debtor'].valueChanges.pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed()).subscribe((value) => {
      if (typeof value === 'string') {
        if (this.debtor()) this.chooseDebtor(null);
        void this.search(value);
      }
    });
    if (this.fixedDebtor) void this.loadInvoices(this.fixedDebtor);
  }

  protected override available(): string {
    return String(this.form.controls['amount']?.value ?? '');
  }

  protected readonly debtorName = (d: Debtor | string | null) => (typeof d === 'string' ? d : (d?.name ?? ''));

  protected chooseDebtor(debtor: Debtor | null): void {
    this.debtor.set(debtor);
    if (debtor) void this.loadInvoices(debtor);
    else this.setInvoices([]);
  }

  protected async save(): Promise<void> {
    const debtor = this.debtor();
    if (this.step() === 'edit') {
      if (!debtor && !this.form.controls['debtor'].invalid) {
        this.form.controls['debtor'].setErrors({ message: 'Pick who paid from the list.' });
      }
      this.review();
      return;
    }
    if (!debtor) return;
    const allocations = this.chosenAllocations();
    const onAccount = this.totals().onAccount;
    const v = this.form.getRawValue();
    const payment = paymentBody(debtor.id, apiDate(v['date']), v, allocations);
    let name = 'The payment';
    const ok = await this.run(async () => {
      name = (await this.ar.recordPayment(payment, this.idempotencyKey)).name;
    }, alias);
    if (!ok) {
      // A field's error is shown on the form, which the confirmation hides.
      this.step.set('edit');
      return;
    }
    await this.done(`${name} recorded from ${debtor.name}.`, allocations, onAccount, 'On account:');
  }

  private async search(text: string): Promise<void> {
    if (text.trim().length < 2) return this.matches.set([]);
    try {
      this.matches.set(await this.ar.searchDebtors(text));
    } catch {
      this.matches.set([]);
    }
  }

  private async loadInvoices(debtor: Debtor): Promise<void> {
    this.loadingInvoices.set(true);
    try {
      const invoices = await this.ar.openInvoices(debtor.id);
      if (this.debtor()?.id === debtor.id) this.setInvoices(invoices);
    } catch (error) {
      this.topErrors.set([(error as Error).message]);
    } finally {
      this.loadingInvoices.set(false);
    }
  }
}
