import { inject } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { FormDialog } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import { InvoiceState } from './invoice-actions';
import { controlError } from './server-errors';

/**
 * What the invoice action dialogs (void, credit, record payment, send) share on top of any form
 * dialog's busy flag and errors: the invoice they were opened on, and closing with `true`.
 */
export abstract class ActionDialog extends FormDialog<boolean> {
  protected readonly ar = inject(ArApiService);
  protected readonly invoice = inject<InvoiceState>(MAT_DIALOG_DATA);

  /** Closes with `true`: the invoice changed, so the opener reloads it. */
  protected override close(): void {
    super.close(true);
  }

  /** The server's message, else the field's own checks (required, an amount's pattern, a limit). */
  protected override error(name: string, label: string): string | null {
    return controlError(this.c(name), label);
  }
}
