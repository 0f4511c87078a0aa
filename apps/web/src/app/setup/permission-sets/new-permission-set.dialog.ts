import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Schemas } from '@platform/api-client';
import { FormDialog, FormDialogFrameComponent } from '@platform/web/ui';
import { SETUP_DIALOG_STYLES } from '../setup.styles';
import { apiNameFromLabel } from './permission-set-editor';
import { PermissionSetsApiService } from './permission-sets-api.service';

/** New permission set: a label and an API name (suggested from the label); closes with the set made. */
@Component({
  selector: 'app-new-permission-set-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FormDialogFrameComponent],
  template: `
    <app-form-dialog-frame
      title="New permission set"
      form="new-permission-set-form"
      [saving]="saving()"
      [errors]="topErrors()"
      submitTestId="new-ps-save"
      errorTestId="new-ps-error"
    >
      <form [formGroup]="form" (ngSubmit)="save()" id="new-permission-set-form" class="dialog-form">
        <mat-form-field data-testid="new-ps-label">
          <mat-label>Label</mat-label>
          <input matInput formControlName="label" maxlength="80" required (input)="suggestApiName()" />
        </mat-form-field>
        <mat-form-field data-testid="new-ps-api-name">
          <mat-label>API name</mat-label>
          <input matInput formControlName="apiName" maxlength="40" required (input)="apiNameTouched = true" />
          <mat-hint>Letters, digits and _, starting with a letter</mat-hint>
        </mat-form-field>
        <mat-form-field data-testid="new-ps-description">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="2"></textarea>
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
  `,
  styles: SETUP_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPermissionSetDialog extends FormDialog<Schemas['PermissionSetDetail']> {
  private readonly api = inject(PermissionSetsApiService);
  protected readonly form = new FormGroup({
    label: new FormControl('', { nonNullable: true, validators: Validators.required }),
    apiName: new FormControl('', { nonNullable: true, validators: Validators.required }),
    description: new FormControl('', { nonNullable: true }),
  });
  protected apiNameTouched = false;

  protected suggestApiName(): void {
    if (!this.apiNameTouched) this.form.controls.apiName.setValue(apiNameFromLabel(this.form.controls.label.value));
  }

  protected async save(): Promise<void> {
    if (!this.start()) return;
    const { label, apiName, description } = this.form.getRawValue();
    await this.run(async () =>
      this.close(
        await this.api.create({
          label: label.trim(),
          apiName: apiName.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
        }),
      ),
    );
  }

  /** Every refusal shows above the buttons. */
  protected override showErrors(errors: Schemas['ApiError'][]): void {
    this.topErrors.set(errors.map((e) => e.message));
  }
}
