import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { toApiError } from '@platform/web';
import { OpsApiService } from './ops-api.service';
import { OperatorSession } from './operator-session';

/** The operator console's sign-in: the operator token (LUMARY_OPERATOR_TOKEN), tried on the API before it is kept. */
@Component({
  selector: 'app-ops-sign-in-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  template: `
    <mat-card appearance="outlined" class="sign-in">
      <mat-card-header>
        <h1 mat-card-title>Operator console</h1>
        <mat-card-subtitle>Tenants, packages and licences</mat-card-subtitle>
      </mat-card-header>
      <form [formGroup]="form" (ngSubmit)="submit()" data-testid="ops-sign-in-form">
        <mat-card-content>
          @if (session.notice(); as notice) {
            <p class="notice" data-testid="ops-sign-in-notice">{{ notice }}</p>
          }
          <mat-form-field>
            <mat-label>Operator token</mat-label>
            <input matInput type="password" formControlName="token" autocomplete="off" required data-testid="ops-token" />
            <mat-hint>The server's LUMARY_OPERATOR_TOKEN; the demo prints one when it starts.</mat-hint>
          </mat-form-field>
          @if (error(); as message) {
            <p class="error" role="alert" data-testid="ops-sign-in-error">{{ message }}</p>
          }
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ops-sign-in-submit">Sign in</button>
        </mat-card-actions>
      </form>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Signing in" />
      }
    </mat-card>
  `,
  styles: `
    .sign-in {
      max-width: 440px;
      margin: 64px auto;
    }
    mat-form-field {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
      margin-top: 24px;
    }
    .notice {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpsSignInPage {
  private readonly ops = inject(OpsApiService);
  private readonly router = inject(Router);
  protected readonly session = inject(OperatorSession);

  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({ token: new FormControl('', { nonNullable: true, validators: Validators.required }) });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.ops.signIn(this.form.getRawValue().token.trim());
      const back = this.returnUrl();
      await this.router.navigateByUrl(back?.startsWith('/ops/') ? back : '/ops/tenants');
    } catch (e) {
      const error = toApiError(e);
      this.error.set(error.status === 401 ? 'That is not the operator token.' : error.message);
    } finally {
      this.busy.set(false);
    }
  }
}
