import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { toApiError } from '@platform/web';
import { AuthService } from '../core/auth.service';

/** Where an emailed set-password link lands (`/set-password?token=…`): the link works once, and expires. */
@Component({
  selector: 'app-set-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header><mat-card-title>Set your password</mat-card-title></mat-card-header>
      @if (username(); as name) {
        <mat-card-content>
          <p role="status" data-testid="set-password-done">Your password is set. Sign in as {{ name }}.</p>
        </mat-card-content>
        <mat-card-actions align="end">
          <a mat-flat-button routerLink="/sign-in" data-testid="set-password-sign-in">Sign in</a>
        </mat-card-actions>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" data-testid="set-password-form">
          <mat-card-content>
            <mat-form-field>
              <mat-label>New password</mat-label>
              <input
                matInput
                type="password"
                formControlName="newPassword"
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
                formControlName="confirm"
                autocomplete="new-password"
                required
                data-testid="confirm-password"
              />
            </mat-form-field>
            @if (error(); as message) {
              <p class="error" role="alert" data-testid="set-password-error">{{ message }}</p>
            }
          </mat-card-content>
          <mat-card-actions align="end">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="set-password-submit">Set password</button>
          </mat-card-actions>
        </form>
      }
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Setting the password" />
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
export class SetPasswordPage {
  private readonly auth = inject(AuthService);

  readonly token = input<string>();

  protected readonly form = new FormGroup({
    newPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    confirm: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly username = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { newPassword, confirm } = this.form.getRawValue();
    if (newPassword !== confirm) {
      this.error.set('The two passwords differ.');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.username.set((await this.auth.setPassword(this.token() ?? '', newPassword)).username);
    } catch (e) {
      this.error.set(toApiError(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
