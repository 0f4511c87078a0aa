import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ApiError } from '../core/api-error';

/**
 * What a page shows when it cannot be drawn: a friendly page for a refusal (no licence or
 * permission, with the server's own words), a not-found page, or the error as it came.
 */
@Component({
  selector: 'app-error-panel',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink],
  template: `
    @let e = error();
    <mat-card appearance="outlined" class="panel" role="alert" [attr.data-testid]="e.forbidden ? 'access-denied' : 'page-error'">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true" [svgIcon]="e.status === 403 ? 'lock' : e.status === 404 ? 'search_off' : 'error'" />
        <mat-card-title>{{ title() }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @for (item of e.errors; track $index) {
          <p data-testid="error-message">{{ item.message }}</p>
        }
      </mat-card-content>
      <mat-card-actions>
        <a mat-button routerLink="/">Back to the App Launcher</a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .panel {
      max-width: 640px;
      margin: 32px auto;
    }
    mat-icon[mat-card-avatar] {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorPanelComponent {
  readonly error = input.required<ApiError>();
  protected readonly title = computed(() => {
    const status = this.error().status;
    if (status === 403) return "You don't have access to this page";
    if (status === 404) return 'This page does not exist';
    return 'Something went wrong';
  });
}
