import { inject, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ArApiService } from './ar-api.service';
import { InvoiceState } from './invoice-actions';
import { clearServerErrors, controlError, showServerErrors } from './server-errors';

/**
 * What the invoice action dialogs (void, credit, record payment, send) share: the invoice they
 * were opened on, the busy flag that disables the submit button, the errors shown above the
 * buttons, and one way of turning a failed call into errors on the fields it names.
 */
export abstract class ActionDialog {
  protected readonly ar = inject(ArApiService);
  private readonly ref = inject<MatDialogRef<unknown, boolean>>(MatDialogRef);
  protected readonly invoice = inject<InvoiceState>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly topErrors = signal<string[]>([]);
  protected abstract readonly form: FormGroup<Record<string, FormControl>>;

  /** Clears the last call's errors; false (with the invalid fields shown) when the form is not ready to send. */
  protected start(): boolean {
    clearServerErrors(this.form);
    this.topErrors.set([]);
    if (!this.form.invalid) return true;
    this.form.markAllAsTouched();
    return false;
  }

  /**
   * Runs the call with the submit button disabled. A failure's errors go on the controls they
   * name (through `alias` where the API's names differ) and the rest above the buttons.
   * Resolves true when the call succeeded.
   */
  protected async run(call: () => Promise<unknown>, alias?: (field: string) => string): Promise<boolean> {
    this.saving.set(true);
    try {
      await call();
      return true;
    } catch (error) {
      this.topErrors.set(showServerErrors(this.form, error, alias));
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** Closes with `true`: the invoice changed, so the opener reloads it. */
  protected close(): void {
    this.ref.close(true);
  }

  protected error(name: string, label: string): string | null {
    return controlError(this.form.controls[name], label);
  }
}
