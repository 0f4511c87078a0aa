import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ArApiService } from './ar-api.service';
import { InvoiceState } from './invoice-actions';
import { DIALOG_STYLES, clearServerErrors, controlError, showServerErrors } from './server-errors';

/** Void asks why: the reason is kept on the invoice (and in its reversing journal entry). */
@Component({
  selector: 'app-ar-void-invoice-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Void {{ invoice.name }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="save()" id="void-form" class="dialog-form">
        <mat-form-field data-testid="field-reason">
          <mat-label>Reason</mat-label>
          <textarea matInput [formControl]="form.controls['reason']" maxlength="255" rows="3" required></textarea>
          <mat-error>{{ error('reason', 'Reason') }}</mat-error>
        </mat-form-field>
      </form>
      @for (message of topErrors(); track $index) {
        <p class="dialog-error" role="alert" data-testid="dialog-error">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button">Cancel</button>
      <button mat-flat-button type="submit" form="void-form" [disabled]="saving()" data-testid="void-save">Void</button>
    </mat-dialog-actions>
  `,
  styles: DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VoidInvoiceDialog {
  private readonly ar = inject(ArApiService);
  private readonly ref = inject(MatDialogRef<VoidInvoiceDialog, boolean>);
  protected readonly invoice = inject<InvoiceState>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly topErrors = signal<string[]>([]);
  protected readonly form = new FormGroup<Record<string, FormControl>>({ reason: new FormControl('', Validators.required) });

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.topErrors.set([]);
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.saving.set(true);
    try {
      await this.ar.voidInvoice(this.invoice.id, String(this.form.value['reason']).trim());
      this.ref.close(true);
    } catch (error) {
      this.topErrors.set(showServerErrors(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }

  protected error(name: string, label: string): string | null {
    return controlError(this.form.controls[name], label);
  }
}
