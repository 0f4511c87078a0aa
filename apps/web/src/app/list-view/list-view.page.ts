import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { apiResource, newBehaviour, objectBehaviours, PACKAGE_OBJECTS, pageTitleFrom } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { RecordTableComponent } from '../record/record-table.component';

type ListViewsInfo = Schemas['ListViewsInfo'];

/**
 * An object's list view: the view picker, the columns drawn by type, sort by a header, a filter
 * box, and pages by cursor (the cursors of earlier pages are kept for Previous).
 */
@Component({
  selector: 'app-list-view-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorPanelComponent,
    RecordTableComponent,
  ],
  templateUrl: './list-view.page.html',
  styleUrl: './list-view.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListViewPageComponent {
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly packageObjects = inject(PACKAGE_OBJECTS, { optional: true });

  readonly object = input.required<string>();
  /** The view, from the path (`/list/Open`) or the dashboard card's `?view=`. */
  readonly view = input<string>();

  /** The object's list views, loaded again only when the object changes. */
  private readonly views = apiResource<ListViewsInfo>(() => `/api/ui/list-views/${encodeURIComponent(this.object())}`);
  protected readonly info = this.views.value;
  /** Sort, filter and pages start afresh for each object and view. */
  protected readonly sort = linkedSignal<unknown, { field: string; direction: 'asc' | 'desc' } | null>({
    source: () => [this.object(), this.view()],
    computation: () => null,
  });
  protected readonly search = linkedSignal({ source: () => [this.object(), this.view()], computation: () => '' });
  /** All records the user may see, or only their own ("My records"); kept across views of the object. */
  protected readonly scope = linkedSignal<string, 'all' | 'mine'>({ source: () => this.object(), computation: () => 'all' });
  /** The cursor of each page shown so far; the last is the current page's (null: the first). */
  private readonly cursors = linkedSignal<unknown, (string | null)[]>({
    source: () => [this.object(), this.view()],
    computation: () => [null],
  });

  protected readonly viewName = computed(
    () => this.view() ?? this.info()?.listViews.find((v) => v.name === 'All')?.name ?? this.info()?.listViews[0]?.name ?? 'All',
  );
  protected readonly pageNumber = computed(() => this.cursors().length);
  /** "All Invoices · Invoices | Lumary". */
  protected readonly titled = pageTitleFrom(() => {
    const info = this.info();
    if (!info) return null;
    const view = info.listViews.find((v) => v.name === this.viewName());
    return view ? `${view.label} · ${info.object.pluralLabel}` : info.object.pluralLabel;
  });
  /** New: the generic form, a package's dialog for objects its actions write, or not offered. */
  protected readonly newAction = computed(() =>
    newBehaviour(objectBehaviours(this.packageObjects, this.object()), !!this.info()?.createable),
  );

  /** The page of records the view, sort, filter and cursor name; a newer request cancels the one in flight. */
  private readonly records = apiResource<Schemas['ListViewPage']>(() => {
    if (!this.info()) return undefined;
    const params: Record<string, string> = {};
    const cursor = this.cursors().at(-1);
    const sort = this.sort();
    const search = this.search();
    if (cursor) params['cursor'] = cursor;
    if (sort) Object.assign(params, { sort: sort.field, direction: sort.direction });
    if (search) params['search'] = search;
    if (this.scope() === 'mine') params['scope'] = 'mine';
    return { url: `/api/ui/list-views/${encodeURIComponent(this.object())}/${encodeURIComponent(this.viewName())}`, params };
  });
  /** The page shown: the last one loaded stays while the next page, sort or filter of the same object loads. */
  protected readonly data = linkedSignal<{ page: Schemas['ListViewPage'] | null; object: string }, Schemas['ListViewPage'] | null>({
    source: () => ({ page: this.records.value(), object: this.object() }),
    computation: ({ page, object }, previous) => page ?? (previous?.source.object === object ? previous.value : null),
  });
  protected readonly error = computed(() => this.views.error() ?? this.records.error());
  protected readonly loading = computed(() => this.views.loading() || this.records.loading());

  protected chooseView(name: string): void {
    void this.router.navigate(['/o', this.object(), 'list', name]);
  }

  protected sortBy(field: string): void {
    const current = this.sort();
    this.sort.set({ field, direction: current?.field === field && current.direction === 'asc' ? 'desc' : 'asc' });
    this.cursors.set([null]);
  }

  protected chooseScope(scope: 'all' | 'mine'): void {
    this.scope.set(scope);
    this.cursors.set([null]);
  }

  protected applySearch(text: string): void {
    if (text.trim() === this.search()) return;
    this.search.set(text.trim());
    this.cursors.set([null]);
  }

  protected next(): void {
    const cursor = this.data()?.nextCursor;
    if (!cursor) return;
    this.cursors.update((c) => [...c, cursor]);
  }

  protected previous(): void {
    if (this.cursors().length < 2) return;
    this.cursors.update((c) => c.slice(0, -1));
  }

  protected async newRecord(): Promise<void> {
    const action = this.newAction();
    if (action.kind === 'form') {
      void this.router.navigate(['/o', this.object(), 'new']);
      return;
    }
    if (action.kind === 'route') {
      void this.router.navigate(action.route);
      return;
    }
    if (action.kind !== 'dialog') return;
    const component = await action.load();
    // The dialog gives focus back to New when it closes; a truthy result means it wrote a record.
    this.dialog
      .open(component, { data: { object: this.object() }, width: '720px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) void this.records.reload();
      });
  }
}
