import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { apiResource, iconName } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';

type AppSummary = Schemas['AppSummary'];

/** The App Launcher: a tile for each app the user may open. */
@Component({
  selector: 'app-launcher-page',
  imports: [MatCardModule, MatIconModule, MatProgressBarModule, RouterLink, ErrorPanelComponent],
  template: `
    <h1 class="title">App Launcher</h1>
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (apps(); as list) {
      <div class="tiles" data-testid="app-launcher">
        @for (app of list; track app.name) {
          <a class="tile" [routerLink]="['/app', app.name]" [attr.data-testid]="'app-' + app.name">
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-icon mat-card-avatar aria-hidden="true" [svgIcon]="iconName(app.icon, 'apps')" />
                <mat-card-title>{{ app.label }}</mat-card-title>
              </mat-card-header>
              @if (app.description) {
                <mat-card-content>{{ app.description }}</mat-card-content>
              }
            </mat-card>
          </a>
        } @empty {
          <p data-testid="no-apps">You have no apps to open. Ask your administrator for access.</p>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading apps" />
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 16px;
    }
    .tile {
      text-decoration: none;
      color: inherit;
    }
    .tile mat-card {
      height: 100%;
    }
    .tile:hover mat-card {
      background: var(--mat-sys-surface-container-low);
    }
    mat-icon[mat-card-avatar] {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppLauncherPage {
  protected readonly iconName = iconName;
  private readonly launcher = apiResource<{ apps: AppSummary[] }>(() => '/api/ui/apps');
  protected readonly apps = computed(() => this.launcher.value()?.apps ?? null);
  protected readonly error = this.launcher.error;
}
