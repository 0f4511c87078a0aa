import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, FormDialogFrameComponent } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import type { SetupField, SetupSummaryOption } from '../setup-types';
import { SETUP_DIALOG_STYLES } from '../setup.styles';
import { fieldChanges, typeSummary } from './field-form';

export interface EditFieldData {
  object: string;
  field: SetupField;
  /** The object's detail relationships, to name a Roll-Up Summary's detail object by its label. */
  summaryOptions?: SetupSummaryOption[];
}

/**
 * Edit a field: its label, help text and description, and new picklist values (existing ones
 * stay). The type is shown, never changed; a package field says it is locked.
 */
@Component({
  selector: 'app-setup-edit-field-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatIconModule, MatInputModule, FormDialogFrameComponent],
  template: `
    <app-form-dialog-frame
      [title]="'Edit ' + data.field.label"
      form="edit-field-form"
      [saving]="saving()"
      [errors]="topErrors()"
      submitTestId="edit-field-save"
    >
      <form [formGroup]="form" (ngSubmit)="save()" id="edit-field-form" class="dialog-form" novalidate>
        <p class="muted" data-testid="edit-field-type">
          @if (data.field.locked) {
            <mat-icon class="lock" aria-label="Locked by its package" inline svgIcon="lock" />
          }
          {{ data.field.apiName }} · {{ type }}
          @if (data.field.locked) {
            · from {{ data.field.packageName }}: only the label, help text and picklist values may change.
          }
        </p>
        <mat-form-field data-testid="edit-label">
          <mat-label>Field label</mat-label>
          <input matInput [formControl]="form.controls['label']" required maxlength="80" />
          <mat-error>{{ error('label', 'Field label') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="edit-helpText">
          <mat-label>Help text</mat-label>
          <input matInput [formControl]="form.controls['helpText']" maxlength="255" />
          <mat-error>{{ error('helpText', 'Help text') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="edit-description">
          <mat-label>Description</mat-label>
          <input matInput [formControl]="form.controls['description']" />
          <mat-error>{{ error('description', 'Description') }}</mat-error>
        </mat-form-field>
        @if (data.field.picklist; as picklist) {
          <p class="muted">Values: {{ valueList(picklist.values) }}</p>
          <mat-form-field data-testid="edit-addValues">
            <mat-label>Add values, one a line</mat-label>
            <textarea matInput [formControl]="form.controls['addValues']" rows="3"></textarea>
            <mat-error>{{ error('addValues', 'Values') }}</mat-error>
          </mat-form-field>
        }
      </form>
    </app-form-dialog-frame>
  `,
  styles: [SETUP_DIALOG_STYLES, '.lock { vertical-align: text-bottom; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditFieldDialog extends FormDialog<boolean> {
  private readonly setup = inject(SetupApiService);
  protected readonly data = inject<EditFieldData>(MAT_DIALOG_DATA);
  protected readonly type = typeSummary(this.data.field, this.data.summaryOptions);

  protected readonly form = new FormGroup<Record<string, FormControl>>({
    label: new FormControl(this.data.field.label, Validators.required),
    helpText: new FormControl(this.data.field.helpText ?? ''),
    description: new FormControl(this.data.field.description ?? ''),
    addValues: new FormControl(''),
  });

  protected valueList(values: { label: string; active: boolean }[]): string {
    return values.map((v) => (v.active ? v.label : `${v.label} (inactive)`)).join(', ');
  }

  protected async save(): Promise<void> {
    if (!this.start()) return;
    const changes = fieldChanges(
      this.data.field,
      this.form.getRawValue() as { label: string; helpText: string; description: string; addValues: string },
    );
    if (!Object.keys(changes).length) return this.close(false);
    if (await this.run(() => this.setup.updateField(this.data.object, this.data.field.apiName, changes))) this.close(true);
  }
}
