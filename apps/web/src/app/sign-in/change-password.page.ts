import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { NewPasswordFields, PASSWORD_PAGE_STYLES, PasswordSubmit, newPasswordControls } from './new-password.fields';

/**
 * Change your own password: from the user menu, or straight after signing in with a temporary
 * password (then nothing else is open until it is changed). Your other sessions end.
 */
@Component({
  selector: 'app-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NewPasswordFields,
  ],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <h1 mat-card-title>{{ auth.mustChangePassword() ? 'Choose your own password' : 'Change your password' }}</h1>
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
          <app-new-password-fields [group]="form" />
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
  styles: PASSWORD_PAGE_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    ...newPasswordControls(),
  });
  private readonly submission = new PasswordSubmit();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    const { currentPassword, newPassword, confirm } = this.form.getRawValue();
    const forced = this.auth.mustChangePassword();
    await this.submission.submit(this.form, { newPassword, confirm }, 'The two new passwords differ.', async () => {
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      if (forced) {
        const back = this.returnUrl();
        await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('/change-password') ? back : '/');
      } else {
        this.done.set(true);
      }
    });
  }
}
