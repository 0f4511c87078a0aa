import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api-error';
import { ErrorPanelComponent } from '../../shared/error-panel.component';
import { SetupApiService } from '../setup-api.service';
import type { Schemas } from '@platform/api-client';
import { SETUP_STYLES } from '../setup.styles';

/** Object Manager: every object with its package and field counts, narrowed by a filter box. */
@Component({
  selector: 'app-setup-object-list-page',
  imports: [MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, RouterLink, ErrorPanelComponent],
  template: `
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (objects(); as all) {
      <header class="page-header">
        <div>
          <div class="eyebrow">Setup</div>
          <h1>Object Manager</h1>
        </div>
        <span class="spacer"></span>
        <mat-form-field class="filter" subscriptSizing="dynamic">
          <mat-label>Filter objects</mat-label>
          <mat-icon matPrefix>search</mat-icon>
          <input matInput [value]="filter()" (input)="filter.set($any($event.target).value)" data-testid="object-filter" />
        </mat-form-field>
      </header>
      <div class="table-wrap">
        <table class="setup-table" data-testid="objects-table">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">API name</th>
              <th scope="col">Package</th>
              <th scope="col" class="number">Custom fields</th>
              <th scope="col" class="number">Fields</th>
            </tr>
          </thead>
          <tbody>
            @for (o of shown(); track o.apiName) {
              <tr [attr.data-testid]="'object-row-' + o.apiName">
                <td><a [routerLink]="['/setup/objects', o.apiName]" [attr.data-testid]="'object-link-' + o.apiName">{{ o.label }}</a></td>
                <td class="mono">{{ o.apiName }}</td>
                <td>{{ o.packageName }}</td>
                <td class="number" data-testid="object-custom-count">{{ o.customFieldCount }}</td>
                <td class="number">{{ o.fieldCount }}</td>
              </tr>
            } @empty {
              <tr><td class="empty" colspan="5" data-testid="no-objects">No object matches “{{ filter() }}”.</td></tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the objects" />
    }
  `,
  styles: [SETUP_STYLES, '.filter { width: 280px; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectListPage {
  private readonly setup = inject(SetupApiService);

  protected readonly objects = signal<Schemas['SetupObjectSummary'][] | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly filter = signal('');
  protected readonly shown = computed(() => filterObjects(this.objects() ?? [], this.filter()));

  constructor() {
    this.setup.objects().then(
      (objects) => this.objects.set([...objects].sort((a, b) => a.label.localeCompare(b.label))),
      (error: unknown) => this.error.set(toApiError(error)),
    );
  }
}

/** The objects whose label, API name or package contains the text (any case). */
export function filterObjects(objects: Schemas['SetupObjectSummary'][], text: string): Schemas['SetupObjectSummary'][] {
  const needle = text.trim().toLowerCase();
  if (!needle) return objects;
  return objects.filter((o) => [o.label, o.apiName, o.packageName].some((s) => s?.toLowerCase().includes(needle)));
}
