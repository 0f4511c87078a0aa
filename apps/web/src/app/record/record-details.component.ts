import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { Schemas } from '@platform/api-client';
import { FieldValueComponent } from '../fields/field-value.component';

/** The layout's sections, each field drawn by its type, in one or two columns. */
@Component({
  selector: 'app-record-details',
  imports: [MatCardModule, FieldValueComponent],
  template: `
    @for (section of sections(); track section.label) {
      <mat-card appearance="outlined" class="section" [attr.data-testid]="'section-' + section.label">
        <mat-card-header
          ><mat-card-title>{{ section.label }}</mat-card-title></mat-card-header
        >
        <mat-card-content>
          <dl class="fields" [class.two]="section.columns !== 1">
            @for (field of section.fields; track field.name) {
              <div class="field" [attr.data-testid]="'field-' + field.name">
                <dt>{{ field.label }}</dt>
                <dd>
                  <app-field-value [type]="field.displayType" [value]="field.value" [reference]="field.reference" [scale]="field.scale" />
                </dd>
              </div>
            }
          </dl>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .section {
      margin-bottom: 16px;
    }
    .fields {
      display: grid;
      grid-template-columns: 1fr;
      gap: 12px 24px;
      margin: 16px 0 0;
    }
    .fields.two {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    @media (max-width: 600px) {
      .fields.two {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .field {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding-bottom: 4px;
      min-height: 40px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordDetailsComponent {
  readonly sections = input.required<Schemas['RecordPage']['sections']>();
}
