import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import { formatValue, isBlank } from '@platform/web';

/**
 * One value drawn by its type: links for emails, phones, web addresses and lookups, a tick for a
 * checkbox, Australian currency and dates, and plain text for the rest.
 */
@Component({
  selector: 'app-field-value',
  imports: [MatIconModule, RouterLink],
  template: `
    @let v = value();
    @switch (kind()) {
      @case ('blank') {}
      @case ('Email') {
        <a [href]="'mailto:' + v" data-testid="field-link">{{ v }}</a>
      }
      @case ('Phone') {
        <a [href]="'tel:' + v" data-testid="field-link">{{ v }}</a>
      }
      @case ('Url') {
        <a [href]="v" target="_blank" rel="noopener noreferrer" data-testid="field-link">{{ v }}</a>
      }
      @case ('Lookup') {
        @if (reference(); as ref) {
          <a [routerLink]="['/o', ref.object, ref.id]" data-testid="field-link">{{ ref.name ?? ref.id }}</a>
        } @else {
          {{ v }}
        }
      }
      @case ('Checkbox') {
        <mat-icon
          [attr.aria-label]="v === true ? 'Yes' : 'No'"
          data-testid="field-checkbox"
          [svgIcon]="v === true ? 'check_box' : 'check_box_outline_blank'"
        />
      }
      @default {
        <span class="text" [class.multiline]="multiline()">{{ text() }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: inline;
    }
    .multiline {
      white-space: pre-wrap;
    }
    mat-icon {
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldValueComponent {
  /** The drawn type: a Formula's return type, a Summary's summed type, else the field's. */
  readonly type = input.required<string>();
  readonly value = input<unknown>(null);
  readonly reference = input<Schemas['UiReference'] | null>(null);
  readonly scale = input<number | null>(null);

  protected readonly kind = computed(() => {
    const type = this.type() === 'MasterDetail' ? 'Lookup' : this.type();
    if (type === 'Checkbox') return type;
    return isBlank(this.value()) ? 'blank' : type;
  });
  protected readonly text = computed(() => formatValue(this.type(), this.value(), this.scale()));
  protected readonly multiline = computed(() => this.type() === 'TextArea' || this.type() === 'LongTextArea');
}
