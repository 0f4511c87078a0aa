import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { NewPasswordFields, PASSWORD_PAGE_STYLES, PasswordSubmit, newPasswordControls } from './new-password.fields';

/** Where an emailed set-password link lands (`/set-password?token=…`): the link works once, and expires. */
@Component({
  selector: 'app-set-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    NewPasswordFields,
  ],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header><h1 mat-card-title>Set your password</h1></mat-card-header>
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
            <app-new-password-fields [group]="form" />
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
  styles: PASSWORD_PAGE_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly auth = inject(AuthService);

  readonly token = input<string>();

  protected readonly form = new FormGroup(newPasswordControls());
  private readonly submission = new PasswordSubmit();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly username = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    await this.submission.submit(this.form, value, 'The two passwords differ.', async () => {
      this.username.set((await this.auth.setPassword(this.token() ?? '', value.newPassword)).username);
    });
  }
}
