import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { toApiError } from '@platform/web';
import { AuthService } from '../core/auth.service';

/**
 * Change your own password: from the user menu, or straight after signing in with a temporary
 * password (then nothing else is open until it is changed). Your other sessions end.
 */
@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <mat-card-title>{{ auth.mustChangePassword() ? 'Choose your own password' : 'Change your password' }}</mat-card-title>
        @if (auth.mustChangePassword()) {
          <mat-card-subtitle data-testid="password-change-required"
            >You signed in with a temporary password: choose your own to go on.</mat-card-subtitle
          >
        }
      </mat-card-header>
      <form [formGroup]="form" (ngSubmit)="submit()" data-testid="change-password-form">
        <mat-card-content>
          <mat-form-field>
            <mat-label>Current password</mat-label>
            <input
              matInput
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              required
              data-testid="current-password"
            />
          </mat-form-field>
          <mat-form-field>
            <mat-label>New password</mat-label>
            <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required data-testid="new-password" />
            <mat-hint>At least 10 characters, hard to guess: not your name, username or email.</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Confirm the new password</mat-label>
            <input matInput type="password" formControlName="confirm" autocomplete="new-password" required data-testid="confirm-password" />
          </mat-form-field>
          @if (error(); as message) {
            <p class="error" role="alert" data-testid="change-password-error">{{ message }}</p>
          }
          @if (done()) {
            <p role="status" data-testid="change-password-done">Your password is changed. Your other sessions have ended.</p>
          }
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="change-password-submit">Change password</button>
        </mat-card-actions>
      </form>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Changing the password" />
      }
    </mat-card>
  `,
  styles: `
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    newPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    confirm: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { currentPassword, newPassword, confirm } = this.form.getRawValue();
    if (newPassword !== confirm) {
      this.error.set('The two new passwords differ.');
      return;
    }
    const forced = this.auth.mustChangePassword();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      if (forced) {
        const back = this.returnUrl();
        await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('/change-password') ? back : '/');
      } else {
        this.done.set(true);
      }
    } catch (e) {
      this.error.set(toApiError(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
