import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { apiResource } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { SetupLayout, SetupObjectDetail, SetupRecordPage } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';
import { FieldsTabComponent } from './fields-tab.component';
import { LayoutAssignmentComponent } from './layout-assignment.component';
import { RulesTabComponent } from './rules-tab.component';

/** The tabs, in order, by the name the URL's `?tab=` gives them. */
export const OBJECT_TABS = ['fields', 'rules', 'layouts', 'record-pages'] as const;

/** The Page Layouts and Record Pages tabs: the same table of what the object has, each row opening its editor. */
interface DesignTab {
  label: string;
  /** The URL segment of the editor and the table's test id. */
  path: string;
  /** The rows' and links' test id prefix. */
  kind: string;
  heading: string;
  none: string;
  rows: (d: SetupObjectDetail) => (SetupLayout | SetupRecordPage)[];
}

const DESIGN_TABS: DesignTab[] = [
  { label: 'Page Layouts', path: 'layouts', kind: 'layout', heading: 'Layout', none: 'No page layouts.', rows: (d) => d.layouts },
  {
    label: 'Record Pages',
    path: 'record-pages',
    kind: 'record-page',
    heading: 'Record page',
    none: 'No record pages.',
    rows: (d) => d.recordPages,
  },
];

/**
 * One object in the Object Manager: Fields & Relationships, Validation Rules, Page Layouts and
 * Record Pages as tabs (the tab is kept in the URL, so a reload stays on it).
 */
@Component({
  selector: 'app-setup-object-detail-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    ErrorPanelComponent,
    FieldsTabComponent,
    LayoutAssignmentComponent,
    RulesTabComponent,
  ],
  template: `
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (detail(); as d) {
      <header class="page-header">
        <div>
          <div class="eyebrow"><a routerLink="/setup/objects" data-testid="back-to-objects">Object Manager</a></div>
          <h1 data-testid="object-title">{{ d.label }}</h1>
          <div class="muted">
            <span class="mono">{{ d.apiName }}</span> · {{ d.packageName }}
          </div>
        </div>
      </header>
      <mat-tab-group
        [selectedIndex]="tabIndex()"
        (selectedIndexChange)="chooseTab($event)"
        animationDuration="0ms"
        mat-stretch-tabs="false"
      >
        <mat-tab label="Fields & Relationships" labelClass="tab-fields">
          <app-setup-fields-tab [detail]="d" (changed)="load()" />
        </mat-tab>
        <mat-tab label="Validation Rules" labelClass="tab-rules">
          <app-setup-rules-tab [detail]="d" (changed)="load()" />
        </mat-tab>
        @for (t of designTabs; track t.path) {
          <mat-tab [label]="t.label" [labelClass]="'tab-' + t.path">
            <div class="table-wrap tab-body">
              <table class="setup-table" [attr.data-testid]="t.path + '-table'">
                <thead>
                  <tr>
                    <th scope="col">{{ t.heading }}</th>
                    <th scope="col">API name</th>
                    <th scope="col">Record types</th>
                    <th scope="col">Package</th>
                    <th scope="col">Changed</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of t.rows(d); track r.apiName) {
                    <tr [attr.data-testid]="t.kind + '-row-' + r.apiName">
                      <td>
                        <a
                          [routerLink]="['/setup/objects', d.apiName, t.path, r.apiName]"
                          [attr.data-testid]="t.kind + '-link-' + r.apiName"
                          >{{ r.label }}</a
                        >
                      </td>
                      <td class="mono">{{ r.apiName }}</td>
                      <td>{{ recordTypeLabels(r.recordTypes) }}</td>
                      <td>{{ r.packageName }}</td>
                      <td>{{ r.customised ? 'Customised' : '' }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td class="empty" colspan="5">{{ t.none }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (t.path === 'layouts') {
              <app-setup-layout-assignment [detail]="d" (changed)="load()" />
            }
          </mat-tab>
        }
      </mat-tab-group>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the object" />
    }
  `,
  styles: [SETUP_STYLES, ':host ::ng-deep .mat-mdc-tab-body-content { padding-top: 16px; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectDetailPage {
  private readonly router = inject(Router);

  /** Route parameter and `?tab=` (bound by the router). */
  readonly object = input.required<string>();
  readonly tab = input<string>();

  /** GET /api/setup/objects/:object, again when the route names another object (the older request cancelled). */
  private readonly loaded = apiResource<SetupObjectDetail>(() => `/api/setup/objects/${encodeURIComponent(this.object())}`);
  protected readonly detail = this.loaded.value;
  protected readonly error = this.loaded.error;
  protected readonly designTabs = DESIGN_TABS;
  protected readonly tabIndex = computed(() => Math.max(0, OBJECT_TABS.indexOf((this.tab() ?? 'fields') as (typeof OBJECT_TABS)[number])));

  protected chooseTab(index: number): void {
    void this.router.navigate([], { queryParams: { tab: OBJECT_TABS[index] }, replaceUrl: true });
  }

  /** "All" when a layout or page applies to every record type, else their labels. */
  protected recordTypeLabels(names: string[]): string {
    if (!names.length) return 'All';
    const types = this.detail()?.recordTypes ?? [];
    return names.map((n) => types.find((t) => t.apiName.toLowerCase() === n.toLowerCase())?.label ?? n).join(', ');
  }

  /** After a change in a tab: the object read again, the page kept meanwhile. */
  protected load(): Promise<void> {
    return this.loaded.reload();
  }
}
