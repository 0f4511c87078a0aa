import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { ApiClient } from '../core/api.client';
import { ApiError, toApiError } from '../core/api-error';
import type { ListViewPage, Schemas } from '@platform/api-client';
import { RecordTableComponent } from '../record/record-table.component';
import { ErrorPanelComponent } from '../shared/error-panel.component';

/**
 * An object's list view: the view picker, the columns drawn by type, sort by a header, a filter
 * box, and pages by cursor (the cursors of earlier pages are kept for Previous).
 */
@Component({
  selector: 'app-list-view-page',
  imports: [
    FormsModule,
    MatButtonModule,
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
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);

  readonly object = input.required<string>();
  /** The view, from the path (`/list/Open`) or the dashboard card's `?view=`. */
  readonly view = input<string>();

  protected readonly info = signal<Schemas['ListViewsInfo'] | null>(null);
  protected readonly data = signal<ListViewPage | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly loading = signal(false);
  protected readonly sort = signal<{ field: string; direction: 'asc' | 'desc' } | null>(null);
  protected readonly search = signal('');
  /** The cursor of each page shown so far; the last is the current page's (null: the first). */
  private readonly cursors = signal<(string | null)[]>([null]);

  protected readonly viewName = computed(() => this.view() ?? this.info()?.listViews.find((v) => v.name === 'All')?.name ?? this.info()?.listViews[0]?.name ?? 'All');
  protected readonly pageNumber = computed(() => this.cursors().length);

  constructor() {
    effect(() => {
      const object = this.object();
      this.view();
      untracked(() => void this.open(object));
    });
  }

  protected chooseView(name: string): void {
    void this.router.navigate(['/o', this.object(), 'list', name]);
  }

  protected sortBy(field: string): void {
    const current = this.sort();
    this.sort.set({ field, direction: current?.field === field && current.direction === 'asc' ? 'desc' : 'asc' });
    this.reload();
  }

  protected applySearch(text: string): void {
    if (text.trim() === this.search()) return;
    this.search.set(text.trim());
    this.reload();
  }

  protected next(): void {
    const cursor = this.data()?.nextCursor;
    if (!cursor) return;
    this.cursors.update((c) => [...c, cursor]);
    void this.fetch();
  }

  protected previous(): void {
    if (this.cursors().length < 2) return;
    this.cursors.update((c) => c.slice(0, -1));
    void this.fetch();
  }

  protected newRecord(): void {
    void this.router.navigate(['/o', this.object(), 'new']);
  }

  private async open(object: string): Promise<void> {
    this.error.set(null);
    this.sort.set(null);
    this.search.set('');
    try {
      if (this.info()?.object.name !== object) this.info.set(await this.api.listViews(object));
      this.reload();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  private reload(): void {
    this.cursors.set([null]);
    void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.loading.set(true);
    const sort = this.sort();
    try {
      const cursor = this.cursors().at(-1);
      this.data.set(await this.api.listView(this.object(), this.viewName(), { cursor, sort: sort?.field, direction: sort?.direction, search: this.search() }));
      this.error.set(null);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
