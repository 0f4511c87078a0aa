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

/** Sign in with a username and password; afterwards, back to the page that asked for it. */
@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  template: `
    <mat-card appearance="outlined" class="sign-in">
      <mat-card-header><h1 mat-card-title>Sign in to Lumary</h1></mat-card-header>
      <form [formGroup]="form" (ngSubmit)="submit()" data-testid="sign-in-form">
        <mat-card-content>
          <mat-form-field>
            <mat-label>Username</mat-label>
            <input matInput formControlName="username" autocomplete="username" required data-testid="sign-in-username" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Password</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="current-password"
              required
              data-testid="sign-in-password"
            />
          </mat-form-field>
          @if (error(); as message) {
            <p class="error" role="alert" data-testid="sign-in-error">{{ message }}</p>
          }
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="sign-in-submit">Sign in</button>
        </mat-card-actions>
      </form>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Signing in" />
      }
    </mat-card>
  `,
  styles: `
    .sign-in {
      max-width: 400px;
      margin: 64px auto;
    }
    mat-form-field {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({
    username: new FormControl('', { nonNullable: true, validators: Validators.required }),
    password: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.error.set(null);
    try {
      const { username, password } = this.form.getRawValue();
      await this.auth.signIn(username, password);
      const back = this.returnUrl();
      await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('/sign-in') ? back : '/');
    } catch (e) {
      this.error.set(toApiError(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
