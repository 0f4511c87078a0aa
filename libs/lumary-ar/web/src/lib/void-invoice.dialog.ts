import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { ActionDialog } from './action-dialog';
import { DIALOG_STYLES } from './server-errors';

/** Void asks why: the reason is kept on the invoice (and in its reversing journal entry). */
@Component({
  selector: 'app-ar-void-invoice-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatFormFieldModule, MatInputModule],
  template: `
    <app-form-dialog-frame
      [title]="'Void ' + invoice.name"
      form="void-form"
      submit="Void"
      submitTestId="void-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      <form [formGroup]="form" (ngSubmit)="save()" id="void-form" class="dialog-form">
        <mat-form-field data-testid="field-reason">
          <mat-label>Reason</mat-label>
          <textarea matInput [formControl]="form.controls['reason']" maxlength="255" rows="3" required></textarea>
          <mat-error>{{ error('reason', 'Reason') }}</mat-error>
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
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
