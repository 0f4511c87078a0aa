import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ApiRecord, Schemas } from '@platform/api-client';
import { FieldValueComponent } from '../fields/field-value.component';
import { formatValue } from '@platform/web';

/**
 * Records as a table of columns drawn by type; the first column links to the record. Sortable
 * headers emit `sortBy` when the list can be sorted.
 */
@Component({
  selector: 'app-record-table',
  imports: [MatIconModule, RouterLink, FieldValueComponent],
  template: `
    <table class="records" data-testid="record-table">
      <thead>
        <tr>
          @for (column of columns(); track column.name) {
            <th scope="col" [attr.aria-sort]="ariaSort(column)">
              @if (sortable() && column.sortable) {
                <button type="button" class="sort" (click)="sortBy.emit(column.name)" [attr.data-testid]="'sort-' + column.name">
                  {{ column.label }}
                  @if (sort()?.field === column.name) {
                    <mat-icon aria-hidden="true" [svgIcon]="sort()!.direction === 'asc' ? 'arrow_upward' : 'arrow_downward'" />
                  }
                </button>
              } @else {
                {{ column.label }}
              }
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (record of records(); track record.Id) {
          <tr data-testid="record-row">
            @for (column of columns(); track column.name; let first = $first) {
              <td [class.number]="numeric(column)">
                @if (first) {
                  <a [routerLink]="['/o', object(), record.Id]" data-testid="record-link">{{ title(record, column) }}</a>
                } @else {
                  <app-field-value
                    [type]="column.displayType"
                    [value]="record[column.name]"
                    [reference]="reference(record, column)"
                    [scale]="column.scale"
                  />
                }
              </td>
            }
          </tr>
        } @empty {
          <tr>
            <td class="empty" [attr.colspan]="columns().length" data-testid="no-records">No records to show.</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './record-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordTableComponent {
  readonly object = input.required<string>();
  readonly columns = input.required<Schemas['UiColumn'][]>();
  readonly records = input.required<ApiRecord[]>();
  readonly sortable = input(false);
  readonly sort = input<{ field: string; direction: 'asc' | 'desc' } | null>(null);
  readonly sortBy = output<string>();

  protected reference(record: ApiRecord, column: Schemas['UiColumn']): Schemas['UiReference'] | null {
    return column.relationshipName ? ((record[column.relationshipName] as Schemas['UiReference'] | null | undefined) ?? null) : null;
  }

  /** The first column titles the row's link; a row without a value there shows its id. */
  protected title(record: ApiRecord, column: Schemas['UiColumn']): string {
    const ref = this.reference(record, column);
    return (ref ? ref.name : formatValue(column.displayType, record[column.name], column.scale)) || record.Id;
  }

  protected numeric(column: Schemas['UiColumn']): boolean {
    return ['Number', 'Currency', 'Percent'].includes(column.displayType);
  }

  protected ariaSort(column: Schemas['UiColumn']): string | null {
    const sort = this.sort();
    if (sort?.field !== column.name) return null;
    return sort.direction === 'asc' ? 'ascending' : 'descending';
  }
}
