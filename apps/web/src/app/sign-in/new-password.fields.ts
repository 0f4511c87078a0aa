import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { BusyAction } from '../core/busy-action';

/** A new password and its confirmation: the two controls both password forms (change, set) share. */
export function newPasswordControls() {
  return {
    newPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    confirm: new FormControl('', { nonNullable: true, validators: Validators.required }),
  };
}

/** Any form group holding the two new-password controls (the change form also has the current one). */
export interface NewPasswordGroup {
  readonly controls: ReturnType<typeof newPasswordControls>;
}

/**
 * The busy / error state of a password form and its submit: checks the form and that the two
 * new passwords agree (else `differ` is the error), then runs `save`, showing its API error.
 */
export class PasswordSubmit extends BusyAction {
  async submit(
    form: FormGroup,
    { newPassword, confirm }: { newPassword: string; confirm: string },
    differ: string,
    save: () => Promise<void>,
  ): Promise<void> {
    if (form.invalid) return form.markAllAsTouched();
    if (newPassword !== confirm) {
      this.error.set(differ);
      return;
    }
    await this.run(save);
  }
}

/** The password pages' card (narrow, centred), full-width fields and the error's colour. */
export const PASSWORD_PAGE_STYLES = `
  .card {
    max-width: 440px;
    margin: 48px auto;
  }
  mat-form-field {
    width: 100%;
    margin-bottom: 8px;
  }
  .error {
    color: var(--mat-sys-error);
  }
`;

/** The "New password" and "Confirm the new password" fields, bound to the group's two controls. */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field>
      <mat-label>New password</mat-label>
      <input
        matInput
        type="password"
        [formControl]="group().controls.newPassword"
        autocomplete="new-password"
        required
        data-testid="new-password"
      />
      <mat-hint>At least 10 characters, hard to guess: not your name, username or email.</mat-hint>
    </mat-form-field>
    <mat-form-field>
      <mat-label>Confirm the new password</mat-label>
      <input
        matInput
        type="password"
        [formControl]="group().controls.confirm"
        autocomplete="new-password"
        required
        data-testid="confirm-password"
      />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
}
