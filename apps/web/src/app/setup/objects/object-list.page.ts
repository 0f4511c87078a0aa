import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { apiResource } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { SETUP_STYLES } from '../setup.styles';

type SetupObjectSummary = Schemas['SetupObjectSummary'];

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
          <mat-icon matPrefix svgIcon="search" />
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
                <td>
                  <a [routerLink]="['/setup/objects', o.apiName]" [attr.data-testid]="'object-link-' + o.apiName">{{ o.label }}</a>
                </td>
                <td class="mono">{{ o.apiName }}</td>
                <td>{{ o.packageName }}</td>
                <td class="number" data-testid="object-custom-count">{{ o.customFieldCount }}</td>
                <td class="number">{{ o.fieldCount }}</td>
              </tr>
            } @empty {
              <tr>
                <td class="empty" colspan="5" data-testid="no-objects">No object matches “{{ filter() }}”.</td>
              </tr>
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
  private readonly loaded = apiResource<SetupObjectSummary[]>(() => '/api/setup/objects');
  protected readonly objects = computed(() => {
    const objects = this.loaded.value();
    return objects ? [...objects].sort((a, b) => a.label.localeCompare(b.label)) : null;
  });
  protected readonly error = this.loaded.error;
  protected readonly filter = signal('');
  protected readonly shown = computed(() => filterObjects(this.objects() ?? [], this.filter()));
}

/** The objects whose label, API name or package contains the text (any case). */
export function filterObjects(objects: Schemas['SetupObjectSummary'][], text: string): Schemas['SetupObjectSummary'][] {
  const needle = text.trim().toLowerCase();
  if (!needle) return objects;
  return objects.filter((o) => [o.label, o.apiName, o.packageName].some((s) => s?.toLowerCase().includes(needle)));
}
