import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { formatCurrency } from '@platform/web';
import { FormDialog, ToastService } from '@platform/web/ui';
import { OpenInvoice, allocationProblems, allocationTotals, autoFill, oldestFirst } from './allocation';
import { ArApiService } from './ar-api.service';
import { cents } from './ar-money';
import { DIALOG_STYLES, MONEY_PATTERN, controlError } from './server-errors';

/** The API's `allocations[2].amount` (or `allocations.2`) is row 2's control, `alloc2`. */
export function allocationAlias(field: string): string {
  const row = /^allocations\D*(\d+)/.exec(field);
  return row ? `alloc${row[1]}` : field;
}

/** Receive money's and Apply credit's styles: two fields a row where they fit; the form hides while confirming. */
export const ALLOCATING_DIALOG_STYLES = [
  DIALOG_STYLES,
  `
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 0 16px;
    }
    .hidden {
      display: none;
    }
  `,
];

/**
 * What Receive money and Apply credit share: the debtor's open invoices (oldest first), one
 * amount control per invoice, auto-fill oldest first, the totals, a confirmation step before
 * anything is posted, and the success message with the invoices' balances afterwards.
 */
export abstract class AllocatingDialog extends FormDialog<boolean> {
  protected readonly ar = inject(ArApiService);
  private readonly toast = inject(ToastService);
  protected readonly destroyRef = inject(DestroyRef);
  protected readonly money = formatCurrency;

  protected readonly invoices = signal<OpenInvoice[]>([]);
  protected readonly loadingInvoices = signal(false);
  /** `edit` until the user asks to post; `confirm` shows what will be posted. */
  protected readonly step = signal<'edit' | 'confirm'>('edit');
  /** Bumped on every change of the form: the totals follow it. */
  protected readonly changes = signal(0);
  /** Set once the user types in a row: the amount no longer re-fills the rows by itself. */
  protected rowsTouched = false;

  /** The amount being split (the payment's amount, or the credit left on a payment). */
  protected abstract available(): string;

  protected readonly allocations = computed(() => {
    this.changes();
    return this.invoices().map((_, i) => String(this.form.controls[`alloc${i}`]?.value ?? '').trim());
  });
  protected readonly totals = computed(() => {
    const amount = this.validAmount(this.available());
    return allocationTotals(
      amount,
      this.allocations().map((a) => (MONEY_PATTERN.test(a) ? a : '')),
    );
  });
  protected readonly overAllocated = computed(() => cents(this.totals().onAccount) < BigInt(0));

  /** Shows these invoices, oldest first, with one control each, filled oldest first. */
  protected setInvoices(invoices: OpenInvoice[]): void {
    for (const name of Object.keys(this.form.controls)) if (name.startsWith('alloc')) this.form.removeControl(name);
    const sorted = oldestFirst(invoices);
    sorted.forEach((_, i) => {
      const control = new FormControl('', Validators.pattern(MONEY_PATTERN));
      control.valueChanges.subscribe(() => {
        if (control.dirty) this.rowsTouched = true;
      });
      this.form.addControl(`alloc${i}`, control);
    });
    this.invoices.set(sorted);
    this.rowsTouched = false;
    this.fill();
  }

  /** Auto-fill: the available amount over the invoices, oldest first. */
  protected fill(): void {
    const amounts = autoFill(this.validAmount(this.available()), this.invoices());
    amounts.forEach((a, i) => this.form.controls[`alloc${i}`]?.setValue(cents(a) === BigInt(0) ? '' : a));
    this.rowsTouched = false;
    this.changes.update((n) => n + 1);
  }

  /** The rows with an amount, as the API takes them. */
  protected chosenAllocations(): { invoice: string; amount: string }[] {
    return this.invoices().flatMap((invoice, i) => {
      const amount = this.allocations()[i];
      return amount && cents(amount) > BigInt(0) ? [{ invoice: invoice.id, amount }] : [];
    });
  }

  /** The rows with an amount, by invoice name, for the confirmation. */
  protected confirmRows(): { name: string; amount: string }[] {
    const byId = new Map(this.invoices().map((i) => [i.id, i.name]));
    return this.chosenAllocations().map((a) => ({ name: byId.get(a.invoice) ?? a.invoice, amount: a.amount }));
  }

  /** Call in the subclass's constructor (once its form exists): the totals follow every change of the form. */
  protected followChanges(): void {
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.changes.update((n) => n + 1));
  }

  /** Checks the form and the allocations; true when the confirmation may be shown. */
  protected review(): boolean {
    if (!this.start()) return false;
    const problems = allocationProblems(this.available(), this.invoices(), this.allocations());
    if (problems.length) {
      this.topErrors.set(problems);
      return false;
    }
    this.step.set('confirm');
    return true;
  }

  protected back(): void {
    this.topErrors.set([]);
    this.step.set('edit');
  }

  /** After posting: the invoices' balances now, in a toast, and the dialog closes. */
  protected async done(what: string, allocated: { invoice: string }[], rest: string, restLabel: string): Promise<void> {
    const ids = allocated.map((a) => a.invoice);
    let balances = '';
    try {
      const now = await this.ar.invoiceBalances(ids);
      balances = now
        .map((i) => `${i.name} ${i.balance === '0.00' || cents(i.balance) === BigInt(0) ? 'paid' : `owes ${this.money(i.balance)}`}`)
        .join(', ');
    } catch {
      balances = '';
    }
    const parts = [what, balances ? `${balances}.` : '', `${restLabel} ${this.money(rest)}.`].filter(Boolean);
    this.toast.success(parts.join(' '));
    this.close(true);
  }

  protected override error(name: string, label: string): string | null {
    return controlError(this.c(name), label);
  }

  private validAmount(amount: string): string {
    const text = (amount ?? '').trim();
    return MONEY_PATTERN.test(text) ? text : '0';
  }
}

/** A FormGroup whose controls are looked up by name (amount, date, alloc0...). */
export type LooseForm = FormGroup<Record<string, FormControl>>;
