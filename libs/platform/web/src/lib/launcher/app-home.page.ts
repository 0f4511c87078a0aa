import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { apiResource } from '../core/api-resource';
import { iconName } from '../icons/icons';
import { pageTitleFrom } from '../a11y/page-title';
import type { Schemas } from '@platform/api-client';
import { ErrorPanelComponent } from '../shared/error-panel.component';

type AppDetail = Schemas['AppDetail'];

/** An app's home: its tabs (object list views) and its dashboard cards. */
@Component({
  selector: 'app-home-page',
  imports: [MatCardModule, MatIconModule, MatProgressBarModule, RouterLink, ErrorPanelComponent],
  template: `
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (app(); as a) {
      <h1 class="title" data-testid="app-title">{{ a.label }}</h1>
      <nav class="tabs" aria-label="Tabs" data-testid="app-tabs">
        @for (tab of a.tabs; track tab.object) {
          <a class="tab" [routerLink]="['/o', tab.object, 'list']">{{ tab.label }}</a>
        }
      </nav>
      <div class="cards" data-testid="dashboard">
        @for (card of a.dashboard; track card.label) {
          <a
            class="card"
            [routerLink]="card.listView ? ['/o', card.object, 'list', card.listView] : ['/o', card.object, 'list']"
            [attr.data-testid]="'card-' + card.label"
          >
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-icon mat-card-avatar aria-hidden="true" [svgIcon]="iconName(card.icon, 'list')" />
                <mat-card-title>{{ card.label }}</mat-card-title>
              </mat-card-header>
              @if (card.description) {
                <mat-card-content>{{ card.description }}</mat-card-content>
              }
            </mat-card>
          </a>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the app" />
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 8px;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin-bottom: 24px;
    }
    .tab {
      color: var(--mat-sys-primary);
      text-decoration: none;
      font: var(--mat-sys-label-large);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
    }
    .card {
      text-decoration: none;
      color: inherit;
    }
    .card mat-card {
      height: 100%;
    }
    .card:hover mat-card {
      background: var(--mat-sys-surface-container-low);
    }
    mat-icon[mat-card-avatar] {
      font-size: 32px;
      width: 32px;
      height: 32px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppHomePage {
  protected readonly iconName = iconName;
  readonly appName = input.required<string>();
  /** GET /api/ui/apps/:name, again when the route names another app (the older request cancelled). */
  private readonly detail = apiResource<AppDetail>(() => `/api/ui/apps/${encodeURIComponent(this.appName())}`);
  protected readonly app = this.detail.value;
  protected readonly error = this.detail.error;
  protected readonly titled = pageTitleFrom(() => this.app()?.label);
}
