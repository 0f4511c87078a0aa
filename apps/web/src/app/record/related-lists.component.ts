import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { Schemas } from '@platform/api-client';
import { RecordTableComponent } from './record-table.component';

/** The first page of each related list, each row linking to its record. */
@Component({
  selector: 'app-related-lists',
  imports: [MatCardModule, RecordTableComponent],
  template: `
    @for (list of lists(); track list.object + list.field) {
      <mat-card appearance="outlined" class="related" [attr.data-testid]="'related-' + list.label">
        <mat-card-header>
          <mat-card-title>{{ list.label }} ({{ list.totalSize ?? list.records.length }})</mat-card-title>
        </mat-card-header>
        <mat-card-content>
          <app-record-table [object]="list.object" [columns]="list.columns" [records]="list.records" />
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .related {
      margin-bottom: 16px;
      overflow-x: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RelatedListsComponent {
  readonly lists = input.required<Schemas['UiRelatedList'][]>();
}
