import { inject, signal } from '@angular/core';
import { formatCurrency } from '@platform/web';
import { FormDialog, ToastService } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import { DIALOG_STYLES, controlError } from './server-errors';

/** A confirming dialog's styles: the form hides while the confirmation shows. */
export const CONFIRMING_DIALOG_STYLES = [DIALOG_STYLES, '.hidden { display: none; }'];

/**
 * A dialog that posts (reverses a payment, marks a claim, reverses a journal entry): the form,
 * then a confirmation saying what will happen, then the call, a success toast and closing with
 * `true` so the opener draws the record again.
 */
export abstract class PostingDialog extends FormDialog<boolean> {
  protected readonly ar = inject(ArApiService);
  private readonly toast = inject(ToastService);
  protected readonly money = formatCurrency;
  protected readonly step = signal<'edit' | 'confirm'>('edit');

  /** Submit: the form checked, then the confirmation; submit again posts. */
  protected async submit(): Promise<void> {
    if (this.step() === 'edit') {
      if (this.start()) this.step.set('confirm');
      return;
    }
    const message = await this.post();
    if (message === null) {
      this.step.set('edit');
      return;
    }
    this.toast.success(message);
    this.close(true);
  }

  protected back(): void {
    this.topErrors.set([]);
    this.step.set('edit');
  }

  /** Posts; the success message, or null when it failed (its errors shown). */
  protected abstract post(): Promise<string | null>;

  /** Runs the posting call: the message its result makes, or null when it failed (its errors shown). */
  protected async posted<T>(call: () => Promise<T>, message: (result: T) => string): Promise<string | null> {
    let text = '';
    const ok = await this.run(async () => {
      text = message(await call());
    });
    return ok ? text : null;
  }

  protected override error(name: string, label: string): string | null {
    return controlError(this.c(name), label);
  }
}
