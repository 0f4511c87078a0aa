import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { apiResource } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../../core/busy-action';
import { SETUP_STYLES } from '../setup.styles';
import { USER_PROFILES, UserFields, userFieldControls } from './user.fields';
import { UsersApiService } from './users-api.service';

/** Setup → Users → a user: edit, deactivate or reactivate, reset the password, and their login history. */
@Component({
  selector: 'app-setup-user-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ErrorPanelComponent,
    UserFields,
  ],
  template: `
    <header class="page-header">
      <div>
        <div class="eyebrow"><a routerLink="/setup">Setup</a> › <a routerLink="/setup/users">Users</a></div>
        <h1 data-testid="user-title">{{ user.value()?.name ?? 'User' }}</h1>
      </div>
    </header>
    @if (user.error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (user.value(); as u) {
      @if (message(); as m) {
        <p role="status" data-testid="user-message">{{ m }}</p>
      }
      @if (error(); as m) {
        <p class="error-text" role="alert" data-testid="user-error">{{ m }}</p>
      }
      <mat-card appearance="outlined" class="section">
        <form [formGroup]="form" (ngSubmit)="save(u)" data-testid="user-form">
          <mat-card-content>
            <app-user-fields [group]="form" testIdPrefix="user">
              <mat-form-field class="profile">
                <mat-label>Profile</mat-label>
                <mat-select formControlName="profile" data-testid="user-profile">
                  @for (p of profiles; track p) {
                    <mat-option [value]="p">{{ p }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="profile">
                <mat-label>Role</mat-label>
                <mat-select formControlName="roleId" data-testid="user-role">
                  <mat-option [value]="null">None</mat-option>
                  @for (r of roles.value()?.roles ?? []; track r.id) {
                    <mat-option [value]="r.id">{{ r.name }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </app-user-fields>
            <p>
              Status:
              <strong data-testid="user-status">{{ u.active ? 'Active' : 'Inactive' }}</strong>
              · Role: <span data-testid="user-role-name">{{ u.roleName ?? 'none' }}</span> (<a routerLink="/setup/roles">roles</a>) ·
              Permission sets: {{ u.permissionSets.join(', ') || 'none' }} (<a routerLink="/setup/users">assign in the list</a>)
            </p>
          </mat-card-content>
          <mat-card-actions class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="user-save">Save</button>
            @if (u.active) {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="setActive(u, false)" data-testid="user-deactivate">
                Deactivate
              </button>
            } @else {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="setActive(u, true)" data-testid="user-reactivate">
                Reactivate
              </button>
            }
            <button mat-stroked-button type="button" [disabled]="busy() || !u.active" (click)="reset(u)" data-testid="user-reset-password">
              Reset password
            </button>
          </mat-card-actions>
        </form>
      </mat-card>

      <h2>Login history</h2>
      @if (history.error(); as e) {
        <app-error-panel [error]="e" />
      } @else if (history.value(); as h) {
        <div class="table-wrap">
          <table class="setup-table" data-testid="login-history">
            <thead>
              <tr>
                <th>Time</th>
                <th>Result</th>
                <th>Address</th>
              </tr>
            </thead>
            <tbody>
              @for (e of h.entries; track $index) {
                <tr>
                  <td>{{ e.loginTime | date: 'dd/MM/yyyy HH:mm:ss' }}</td>
                  <td>{{ e.status }}</td>
                  <td class="mono">{{ e.clientAddress ?? '' }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3" class="empty">No sign-ins yet.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the user" />
    }
  `,
  styles:
    SETUP_STYLES +
    `
    .section { margin-bottom: 24px; }
    .profile { flex: 1 1 240px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; padding: 8px 16px 16px; }
    h2 { font: var(--mat-sys-title-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupUserPage {
  private readonly api = inject(UsersApiService);

  readonly id = input.required<string>();

  protected readonly user = apiResource<Schemas['UserDetail']>(() => `/api/setup/users/${encodeURIComponent(this.id())}`);
  protected readonly history = apiResource<Schemas['LoginHistory']>(
    () => `/api/setup/users/${encodeURIComponent(this.id())}/login-history`,
  );
  /** The roles a user may be given. */
  protected readonly roles = apiResource<Schemas['RoleHierarchy']>(() => '/api/setup/roles');
  private readonly action = new BusyAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  protected readonly message = signal<string | null>(null);
  protected readonly profiles = USER_PROFILES;

  protected readonly form = new FormGroup(userFieldControls());

  constructor() {
    // The form shows the user as loaded (again after each change).
    effect(() => {
      const u = this.user.value();
      if (!u) return;
      this.form.setValue({
        firstName: u.firstName ?? '',
        lastName: u.lastName,
        email: u.email,
        username: u.username,
        profile: u.profile === 'System Administrator' ? 'System Administrator' : 'Standard User',
        roleId: u.roleId,
      });
    });
  }

  protected save(u: Schemas['UserDetail']): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return Promise.resolve();
    }
    const v = this.form.getRawValue();
    return this.run(() => this.api.update(u.id, { ...v, firstName: v.firstName.trim() || null }), 'Saved.');
  }

  protected setActive(u: Schemas['UserDetail'], active: boolean): Promise<void> {
    return this.run(
      () => this.api.update(u.id, { active }),
      active ? `${u.name} is active again and may sign in.` : `${u.name} is deactivated: their sessions have ended.`,
    );
  }

  protected reset(u: Schemas['UserDetail']): Promise<void> {
    return this.run(() => this.api.resetPassword(u.id), `A link to set a new password was emailed to ${u.email}.`);
  }

  private async run(call: () => Promise<unknown>, done: string): Promise<void> {
    this.message.set(null);
    await this.action.run(async () => {
      await call();
      this.message.set(done);
      await Promise.all([this.user.reload(), this.history.reload()]);
    });
  }
}
