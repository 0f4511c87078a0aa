import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActionDialog } from './action-dialog';
import { DIALOG_STYLES } from './server-errors';

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
export class VoidInvoiceDialog extends ActionDialog {
  protected readonly form = new FormGroup<Record<string, FormControl>>({ reason: new FormControl('', Validators.required) });

  protected async save(): Promise<void> {
    if (!this.start()) return;
    if (await this.run(() => this.ar.voidInvoice(this.invoice.id, String(this.form.value['reason']).trim()))) this.close();
  }
}
