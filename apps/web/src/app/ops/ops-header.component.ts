import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { OperatorSession } from './operator-session';

/** The console pages' heading: where the operator is, the way back to the tenants, and sign-out. */
@Component({
  selector: 'app-ops-header',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    <header class="ops-header">
      <div>
        <a class="crumb" routerLink="/ops/tenants" data-testid="ops-tenants-link">Operator console</a>
        <h1 class="title" data-testid="ops-title">{{ title() }}</h1>
        @if (subtitle()) {
          <p class="subtitle" data-testid="ops-subtitle">{{ subtitle() }}</p>
        }
      </div>
      <button mat-stroked-button type="button" (click)="signOut()" data-testid="ops-sign-out"><mat-icon svgIcon="logout" />Sign out</button>
    </header>
  `,
  styles: `
    .ops-header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 16px;
      margin-bottom: 16px;
    }
    .crumb {
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    .title {
      font: var(--mat-sys-headline-small);
      margin: 4px 0 0;
    }
    .subtitle {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpsHeaderComponent {
  private readonly session = inject(OperatorSession);
  private readonly router = inject(Router);

  readonly title = input.required<string>();
  readonly subtitle = input<string>();

  protected async signOut(): Promise<void> {
    this.session.forget();
    await this.router.navigate(['/ops']);
  }
}
