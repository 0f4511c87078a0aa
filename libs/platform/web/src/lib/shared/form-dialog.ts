import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { toApiError } from '../core/api-error';
import type { Schemas } from '@platform/api-client';
import { fieldError } from '../fields/field-error';
import { applyServerErrors, clearServerErrors } from '../form/record-form';

/**
 * What a dialog holding one form shares (Setup's field, rule and permission set dialogs, the AR
 * invoice actions): the busy flag that disables its submit button, the errors shown above the
 * buttons, and one way of turning a failed call into errors on the fields it names.
 * `R` is what the dialog closes with.
 */
export abstract class FormDialog<R = boolean> {
  private readonly ref = inject<MatDialogRef<unknown, R>>(MatDialogRef);
  protected readonly saving = signal(false);
  protected readonly topErrors = signal<string[]>([]);
  /** The dialog's form (any shape: its controls are looked up by name). */
  protected abstract readonly form: FormGroup;

  /** Clears the last call's errors; false (with the invalid fields shown) when the form is not ready to send. */
  protected start(): boolean {
    clearServerErrors(this.form);
    this.topErrors.set([]);
    if (!this.form.invalid) return true;
    this.form.markAllAsTouched();
    return false;
  }

  /**
   * Runs the call with the submit button disabled; a failure's errors are shown (see
   * `showErrors`), with the API's field names mapped through `alias` where the form's differ.
   * Resolves true when the call succeeded.
   */
  protected async run(call: () => Promise<unknown>, alias: (field: string) => string = (f) => f): Promise<boolean> {
    this.saving.set(true);
    try {
      await call();
      return true;
    } catch (error) {
      this.showErrors(toApiError(error).errors.map((e) => ({ ...e, fields: e.fields.map(alias) })));
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** A failed call's errors: each on the control it names, the rest above the buttons. */
  protected showErrors(errors: Schemas['ApiError'][]): void {
    this.topErrors.set(applyServerErrors(this.form, errors));
  }

  protected close(result: R): void {
    this.ref.close(result);
  }

  /** The message under a field. */
  protected error(name: string, label: string): string | null {
    return fieldError(this.form.controls[name], label);
  }

  protected c(name: string): FormControl {
    return this.form.controls[name] as FormControl;
  }

  protected flag(name: string): FormControl<boolean> {
    return this.c(name);
  }
}

/**
 * The frame of a form dialog: its title, the content projected in (the form, whose `id` is
 * `form`), the errors above the buttons, and Cancel and the submit button. Buttons marked
 * `dialogButton` go before Cancel.
 */
@Component({
  selector: 'app-form-dialog-frame',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <mat-dialog-content>
      <ng-content />
      @for (message of errors(); track $index) {
        <p class="dialog-error" role="alert" [attr.data-testid]="errorTestId()">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <ng-content select="[dialogButton]" />
      <button mat-button mat-dialog-close type="button">Cancel</button>
      <button mat-flat-button type="submit" [attr.form]="form()" [disabled]="saving()" [attr.data-testid]="submitTestId()">
        {{ submit() }}
      </button>
    </mat-dialog-actions>
  `,
  // The host takes no box of its own: the title, content and actions stay the dialog's rows.
  styles: `
    :host {
      display: contents;
    }
    .dialog-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormDialogFrameComponent {
  readonly title = input.required<string>();
  /** The `id` of the form the submit button sends. */
  readonly form = input.required<string>();
  readonly saving = input(false);
  readonly errors = input<string[]>([]);
  readonly submit = input('Save');
  readonly submitTestId = input.required<string>();
  readonly errorTestId = input('dialog-error');
}
