import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { UsersApiService } from './users-api.service';

/**
 * Setup → Users → New: name, email, username, profile and permission sets; the user gets a
 * temporary password the admin hands over (changed at their first sign-in) or an emailed
 * one-time set-password link.
 */
@Component({
  selector: 'app-new-user-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  template: `
    <mat-card appearance="outlined" class="new-user">
      <mat-card-header><mat-card-title>New user</mat-card-title></mat-card-header>
      <form [formGroup]="form" (ngSubmit)="submit()" data-testid="new-user-form">
        <mat-card-content>
          <div class="row">
            <mat-form-field>
              <mat-label>First name</mat-label>
              <input matInput formControlName="firstName" data-testid="new-user-first-name" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>Last name</mat-label>
              <input matInput formControlName="lastName" required data-testid="new-user-last-name" />
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field>
              <mat-label>Email</mat-label>
              <input matInput type="email" formControlName="email" required data-testid="new-user-email" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>Username</mat-label>
              <input matInput formControlName="username" required data-testid="new-user-username" />
              <mat-hint>Unique across every organisation; often the email address.</mat-hint>
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field>
              <mat-label>Profile</mat-label>
              <mat-select formControlName="profile" data-testid="new-user-profile">
                <mat-option value="Standard User">Standard User</mat-option>
                <mat-option value="System Administrator">System Administrator</mat-option>
              </mat-select>
            </mat-form-field>
            <mat-form-field data-testid="new-user-permission-sets">
              <mat-label>Permission sets</mat-label>
              <mat-select formControlName="permissionSets" multiple>
                @for (ps of permissionSets(); track ps.apiName) {
                  <mat-option [value]="ps.apiName" [attr.data-testid]="'new-user-ps-' + ps.apiName">{{ ps.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-radio-group formControlName="password" aria-label="How the user gets a password" class="password-choice">
            <mat-radio-button value="link" data-testid="new-user-link">Email a one-time link to set a password</mat-radio-button>
            <mat-radio-button value="temporary" data-testid="new-user-temporary"
              >Give a temporary password (changed at first sign-in)</mat-radio-button
            >
          </mat-radio-group>
          @if (form.controls.password.value === 'temporary') {
            <mat-form-field class="full">
              <mat-label>Temporary password</mat-label>
              <input
                matInput
                type="text"
                formControlName="temporaryPassword"
                autocomplete="off"
                data-testid="new-user-temporary-password"
              />
              <mat-hint>At least 10 characters, hard to guess. Hand it over yourself.</mat-hint>
            </mat-form-field>
          }
          @if (error(); as message) {
            <p class="error" role="alert" data-testid="new-user-error">{{ message }}</p>
          }
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-button type="button" (click)="cancelled.emit()" data-testid="new-user-cancel">Cancel</button>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="new-user-save">Create user</button>
        </mat-card-actions>
      </form>
    </mat-card>
  `,
  styles: `
    .new-user {
      margin-bottom: 16px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row > mat-form-field {
      flex: 1 1 240px;
    }
    .full {
      width: 100%;
    }
    .password-choice {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 8px 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewUserForm {
  private readonly api = inject(UsersApiService);

  readonly permissionSets = input<Schemas['PermissionSetDetail'][]>([]);
  readonly created = output<Schemas['UserDetail']>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    firstName: new FormControl('', { nonNullable: true }),
    lastName: new FormControl('', { nonNullable: true, validators: Validators.required }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    username: new FormControl('', { nonNullable: true, validators: Validators.required }),
    profile: new FormControl<'Standard User' | 'System Administrator'>('Standard User', { nonNullable: true }),
    permissionSets: new FormControl<string[]>([], { nonNullable: true }),
    password: new FormControl<'link' | 'temporary'>('link', { nonNullable: true }),
    temporaryPassword: new FormControl('', { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.api.create({
        firstName: v.firstName.trim() || null,
        lastName: v.lastName,
        email: v.email.trim(),
        username: v.username.trim(),
        profile: v.profile,
        permissionSets: v.permissionSets,
        ...(v.password === 'temporary' ? { temporaryPassword: v.temporaryPassword } : {}),
      });
      this.created.emit(user);
    } catch (e) {
      this.error.set(toApiError(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
