import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

export type UserProfile = 'Standard User' | 'System Administrator';

/** The profiles a user may be given in Setup → Users. */
export const USER_PROFILES: readonly UserProfile[] = ['Standard User', 'System Administrator'];

/** A user's name, email, username, profile and role: the controls the new-user form and the user page share. */
export function userFieldControls() {
  return {
    firstName: new FormControl('', { nonNullable: true }),
    lastName: new FormControl('', { nonNullable: true, validators: Validators.required }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    username: new FormControl('', { nonNullable: true, validators: Validators.required }),
    profile: new FormControl<UserProfile>('Standard User', { nonNullable: true }),
    /** Their role in the hierarchy (Setup → Roles), or null for none. */
    roleId: new FormControl<string | null>(null),
  };
}

/** Any form group holding the user field controls. */
export interface UserFieldsGroup {
  readonly controls: ReturnType<typeof userFieldControls>;
}

/**
 * Rows of first / last name and email / username (test ids `<prefix>-first-name`, ...); what is
 * projected (the user page's profile) joins the email row.
 */
@Component({
  selector: 'app-user-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <div class="row">
      <mat-form-field>
        <mat-label>First name</mat-label>
        <input matInput [formControl]="group().controls.firstName" [attr.data-testid]="testIdPrefix() + '-first-name'" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Last name</mat-label>
        <input matInput [formControl]="group().controls.lastName" required [attr.data-testid]="testIdPrefix() + '-last-name'" />
      </mat-form-field>
    </div>
    <div class="row">
      <mat-form-field>
        <mat-label>Email</mat-label>
        <input matInput type="email" [formControl]="group().controls.email" required [attr.data-testid]="testIdPrefix() + '-email'" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Username</mat-label>
        <input matInput [formControl]="group().controls.username" required [attr.data-testid]="testIdPrefix() + '-username'" />
        @if (usernameHint()) {
          <mat-hint>Unique across every organisation; often the email address.</mat-hint>
        }
      </mat-form-field>
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row > mat-form-field {
      flex: 1 1 240px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFields {
  readonly group = input.required<UserFieldsGroup>();
  readonly testIdPrefix = input.required<string>();
  readonly usernameHint = input(false);
}
