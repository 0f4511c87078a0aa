import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ApiClient, formatDateTime, soqlString, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { firstValueFrom } from 'rxjs';

interface Change {
  when: string;
  field: string;
  oldValue: string;
  newValue: string;
  who: string;
}

/** A history value as a person reads it: dates dd/mm/yyyy, blanks as "—". */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * "Field history" at the foot of every record page: the record's tracked fields' changes, newest
 * first (field, old value, new value, who, when), from `GET /api/sobjects/:object/:id/history`.
 * Loaded when opened, so a record page makes no extra request until the user asks for it.
 */
@Component({
  selector: 'app-field-history',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule],
  template: `
    <section class="history" aria-labelledby="field-history-title" data-testid="field-history">
      <h2 id="field-history-title" class="heading">
        <button mat-button type="button" (click)="toggle()" [attr.aria-expanded]="open()" data-testid="field-history-toggle">
          <mat-icon [svgIcon]="open() ? 'arrow_drop_up' : 'arrow_drop_down'" />Field history
        </button>
      </h2>
      @if (open()) {
        @if (error(); as e) {
          <p class="error" role="alert">{{ e }}</p>
        } @else if (changes(); as cs) {
          <div class="table-wrap">
            <table data-testid="field-history-table">
              <thead>
                <tr>
                  <th>When</th>
                  <th>Field</th>
                  <th>Old value</th>
                  <th>New value</th>
                  <th>Who</th>
                </tr>
              </thead>
              <tbody>
                @for (c of cs; track $index) {
                  <tr data-testid="field-history-row">
                    <td>{{ c.when }}</td>
                    <td>{{ c.field }}</td>
                    <td class="value">{{ c.oldValue }}</td>
                    <td class="value">{{ c.newValue }}</td>
                    <td>{{ c.who }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="5">No tracked field has changed.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the field history" />
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      grid-column: 1 / -1;
      min-width: 0;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 6px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      white-space: normal;
      min-width: 120px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldHistoryComponent {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiClient);

  readonly page = input.required<Schemas['RecordPage']>();

  protected readonly open = signal(false);
  protected readonly changes = signal<Change[] | null>(null);
  protected readonly error = signal<string | null>(null);
  /** Field labels as the page shows them; a field the layout leaves out reads as its API name. */
  private readonly labels = computed(
    () => new Map([...this.page().highlights, ...this.page().sections.flatMap((s) => s.fields)].map((f) => [f.name, f.label])),
  );

  constructor() {
    // Another record (or the same one reloaded after a change): read again if open.
    effect(() => {
      const page = this.page();
      this.changes.set(null);
      if (this.open()) void this.load(page);
    });
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  private async load(page: Schemas['RecordPage']): Promise<void> {
    this.error.set(null);
    try {
      const url = `/api/sobjects/${encodeURIComponent(page.object.name)}/${encodeURIComponent(page.id)}/history`;
      const history = await firstValueFrom(this.http.get<Schemas['FieldHistory']>(url));
      const users = await this.userNames([...new Set(history.records.map((r) => r.changedById).filter((id): id is string => !!id))]);
      const labels = this.labels();
      this.changes.set(
        history.records.map((r) => ({
          when: formatDateTime(r.changedDate),
          field: r.field === 'created' ? 'Created' : (labels.get(r.field) ?? r.field),
          oldValue: shown(r.oldValue),
          newValue: shown(r.newValue),
          who: (r.changedById && users.get(r.changedById)) || '—',
        })),
      );
    } catch (error) {
      this.error.set(toApiError(error).message);
    }
  }

  /** Who made the changes, by name (a user who may not read Users sees "—"). */
  private async userNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    try {
      const result = await this.api.query(`SELECT Id, Name FROM User WHERE Id IN (${ids.map(soqlString).join(', ')})`);
      return new Map(result.records.map((r) => [String(r['Id']), String(r['Name'] ?? r['Id'])]));
    } catch {
      return new Map();
    }
  }
}
