import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../../core/busy-action';
import { USER_PROFILES, UserFields, userFieldControls } from './user.fields';
import { UsersApiService } from './users-api.service';

/**
 * Setup → Users → New: name, email, username, profile and permission sets; the user gets a
 * temporary password the admin hands over (changed at their first sign-in) or an emailed
 * one-time set-password link.
 */
@Component({
  selector: 'app-new-user-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    UserFields,
  ],
  template: `
    <mat-card appearance="outlined" class="new-user">
      <mat-card-header><mat-card-title>New user</mat-card-title></mat-card-header>
      <form [formGroup]="form" (ngSubmit)="submit()" data-testid="new-user-form">
        <mat-card-content>
          <app-user-fields [group]="form" testIdPrefix="new-user" [usernameHint]="true" />
          <div class="row">
            <mat-form-field>
              <mat-label>Profile</mat-label>
              <mat-select formControlName="profile" data-testid="new-user-profile">
                @for (p of profiles; track p) {
                  <mat-option [value]="p">{{ p }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>Role</mat-label>
              <mat-select formControlName="roleId" data-testid="new-user-role">
                <mat-option [value]="null">None</mat-option>
                @for (r of roles(); track r.id) {
                  <mat-option [value]="r.id" [attr.data-testid]="'new-user-role-' + r.developerName">{{ r.name }}</mat-option>
                }
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
  /** The roles to choose from (Setup → Roles). */
  readonly roles = input<Schemas['RoleDetail'][]>([]);
  readonly created = output<Schemas['UserDetail']>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    ...userFieldControls(),
    permissionSets: new FormControl<string[]>([], { nonNullable: true }),
    password: new FormControl<'link' | 'temporary'>('link', { nonNullable: true }),
    temporaryPassword: new FormControl('', { nonNullable: true }),
  });
  protected readonly profiles = USER_PROFILES;
  private readonly action = new BusyAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    await this.action.run(async () => {
      const user = await this.api.create({
        firstName: v.firstName.trim() || null,
        lastName: v.lastName,
        email: v.email.trim(),
        username: v.username.trim(),
        profile: v.profile,
        roleId: v.roleId,
        permissionSets: v.permissionSets,
        ...(v.password === 'temporary' ? { temporaryPassword: v.temporaryPassword } : {}),
      });
      this.created.emit(user);
    });
  }
}
