import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Type, computed, effect, inject, input, reflectComponentType, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  apiResource,
  editOffered,
  objectBehaviours,
  PACKAGE_OBJECTS,
  pageTitleFrom,
  RECORD_PAGE_CONTEXT,
  RecordPageContext,
} from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { ChangeOwnerDialog, type ChangeOwnerData } from './change-owner.dialog';
import { FieldHistoryComponent } from './field-history.component';
import { HighlightsComponent } from './highlights.component';
import { PackageComponentHostComponent } from './package-component-host.component';
import { RecordDetailsComponent } from './record-details.component';
import { RelatedListsComponent } from './related-lists.component';

/**
 * A record page as its metadata places it: regions (header, main, sidebar) holding the
 * highlights, the layout's sections, the related lists and registered package components.
 */
@Component({
  selector: 'app-record-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    NgComponentOutlet,
    RouterLink,
    ErrorPanelComponent,
    FieldHistoryComponent,
    HighlightsComponent,
    PackageComponentHostComponent,
    RecordDetailsComponent,
    RelatedListsComponent,
  ],
  providers: [{ provide: RECORD_PAGE_CONTEXT, useFactory: () => inject(RecordPageComponent).context }],
  template: `
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (page(); as p) {
      <article class="record-page" [class.no-sidebar]="!hasSidebar()" data-testid="record-page">
        <header class="title-bar">
          <div>
            <div class="object-label">
              {{ p.object.label }}
              @if (p.recordType) {
                · {{ p.recordType.label }}
              }
            </div>
            <h1 data-testid="record-title">{{ p.title ?? p.id }}</h1>
            @if (p.owner; as owner) {
              <div class="owner" data-testid="record-owner">
                <mat-icon aria-hidden="true" svgIcon="person" />
                <span>Owner</span> <strong data-testid="record-owner-name">{{ owner.name ?? owner.id }}</strong>
                @if (p.actions.changeOwner) {
                  <button
                    mat-button
                    type="button"
                    class="change-owner"
                    (click)="changeOwner(p)"
                    aria-label="Change Owner"
                    data-testid="record-change-owner"
                  >
                    <mat-icon svgIcon="swap_horiz" />Change Owner
                  </button>
                }
              </div>
            }
          </div>
          <span class="spacer"></span>
          @for (actions of actionViews(); track $index) {
            <ng-container *ngComponentOutlet="actions.component; inputs: actions.inputs" />
          }
          @if (canEdit()) {
            <a mat-stroked-button [routerLink]="['/o', p.object.name, p.id, 'edit']" data-testid="record-edit"
              ><mat-icon svgIcon="edit" />Edit</a
            >
          }
        </header>
        @for (region of regions(); track region.name) {
          <section [class]="'region region-' + region.name" [attr.data-testid]="'region-' + region.name">
            @for (part of region.components; track $index) {
              @switch (part.type) {
                @case ('highlights') {
                  <app-highlights [fields]="p.highlights" />
                }
                @case ('details') {
                  <app-record-details [sections]="p.sections" />
                }
                @case ('relatedLists') {
                  <app-related-lists [lists]="p.relatedLists" />
                }
                @case ('component') {
                  @if (part.name) {
                    <app-package-component-host [name]="part.name" [properties]="part.properties ?? {}" [page]="p" />
                  }
                }
              }
            }
          </section>
        }
        <app-field-history [page]="p" />
      </article>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the record" />
    }
  `,
  styleUrl: './record.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordPageComponent {
  private readonly packageObjects = inject(PACKAGE_OBJECTS, { optional: true });
  private readonly dialog = inject(MatDialog);

  readonly object = input.required<string>();
  readonly id = input.required<string>();

  /** GET /api/ui/record/:object/:id, again whenever the route's object or id changes (the older request cancelled). */
  private readonly record = apiResource<Schemas['RecordPage']>(
    () => `/api/ui/record/${encodeURIComponent(this.object())}/${encodeURIComponent(this.id())}`,
  );
  protected readonly page = this.record.value;
  protected readonly error = this.record.error;
  /** "Invoice INV-0001 | Lumary". */
  protected readonly titled = pageTitleFrom(() => {
    const page = this.page();
    return page && `${page.object.label} ${page.title ?? page.id}`;
  });
  /** Header first, then main and sidebar side by side (the stylesheet places them). */
  protected readonly regions = computed<Schemas['UiRegion'][]>(() => this.page()?.regions ?? []);

  protected readonly hasSidebar = computed(() => this.regions().some((r) => r.name === 'sidebar' && r.components.length > 0));

  /** What the installed packages say about this object: Edit, and their actions in the title bar. */
  private readonly behaviours = computed(() => objectBehaviours(this.packageObjects, this.object()));
  protected readonly canEdit = computed(() => {
    const page = this.page();
    return !!page && editOffered(this.behaviours(), page);
  });
  /** The packages' title-bar actions for this object, each loaded when its object's page is first shown. */
  protected readonly recordActions = signal<Type<unknown>[]>([]);

  constructor() {
    effect(() => {
      const loaders = this.behaviours().flatMap((b) => (b.recordActions ? [b.recordActions] : []));
      this.recordActions.set([]);
      if (loaders.length) void Promise.all(loaders.map((load) => load())).then((types) => this.recordActions.set(types));
    });
  }

  /** Each actions component with the inputs it declares, of those a record page offers. */
  protected readonly actionViews = computed(() => {
    const page = this.page();
    if (!page) return [];
    const offered: Record<string, unknown> = { objectName: page.object.name, recordId: page.id, page };
    return this.recordActions().map((component) => {
      const declared = new Set(reflectComponentType(component)?.inputs.map((i) => i.templateName) ?? []);
      return { component, inputs: Object.fromEntries(Object.entries(offered).filter(([name]) => declared.has(name))) };
    });
  });

  /** Change Owner: the dialog transfers the record; the page shows the new owner (or, if the user no longer sees it, the 404). */
  protected changeOwner(page: Schemas['RecordPage']): void {
    const data: ChangeOwnerData = {
      object: page.object.name,
      objectLabel: page.object.label,
      id: page.id,
      title: page.title,
      owner: page.owner,
    };
    this.dialog
      .open<ChangeOwnerDialog, ChangeOwnerData, boolean>(ChangeOwnerDialog, {
        data,
        width: '480px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.record.reload();
      });
  }

  readonly context: RecordPageContext = { page: this.page, reload: () => this.record.reload() };
}
