import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Schemas } from '@platform/api-client';
import { FieldValueComponent } from '../fields/field-value.component';

/** The record page header's key fields, side by side. */
@Component({
  selector: 'app-highlights',
  imports: [FieldValueComponent],
  template: `
    <dl class="highlights" data-testid="highlights">
      @for (field of fields(); track field.name) {
        <div class="item" [attr.data-testid]="'highlight-' + field.name">
          <dt>{{ field.label }}</dt>
          <dd><app-field-value [type]="field.displayType" [value]="field.value" [reference]="field.reference" [scale]="field.scale" /></dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .highlights {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HighlightsComponent {
  readonly fields = input.required<Schemas['UiPageField'][]>();
}
