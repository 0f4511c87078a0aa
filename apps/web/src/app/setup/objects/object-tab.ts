import { ComponentType } from '@angular/cdk/portal';
import { Directive, inject, input, output, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ApiError, toApiError } from '@platform/web';
import { ConfirmData, ToastService, confirmed } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import type { SetupObjectDetail } from '../setup-types';

/**
 * What the Object Manager's editable tabs (fields, validation rules) share: the object they
 * show, telling the page when it changed, and the error a refused change leaves above the table.
 */
@Directive()
export abstract class ObjectTab {
  protected readonly setup = inject(SetupApiService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);

  readonly detail = input.required<SetupObjectDetail>();
  /** The object changed: the page reads it again. */
  readonly changed = output<void>();

  protected readonly error = signal<ApiError | null>(null);

  /** Opens a New or Edit dialog; when it closes having saved, the object changed. */
  protected openDialog<D>(dialog: ComponentType<unknown>, data: D, width: string): void {
    this.dialog
      .open(dialog, { data, width, maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.toast.success('Saved.');
        this.changed.emit();
      });
  }

  /** Asks first, then deletes: the object changed, or the refusal shows above the table. */
  protected async confirmDelete(data: ConfirmData, remove: () => Promise<unknown>): Promise<void> {
    if (!(await confirmed(this.dialog, data))) return;
    this.error.set(null);
    try {
      await remove();
      this.toast.success(`${data.title.replace(/^Delete (.*)\?$/, '$1')} deleted.`);
      this.changed.emit();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}
