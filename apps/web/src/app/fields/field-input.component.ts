import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Schemas } from '@platform/api-client';
import { FieldValueComponent } from './field-value.component';
import { LookupPickerComponent } from './lookup-picker.component';
import { fieldError } from '@platform/web';

/** The text a field shows under it: the server's message, else what the browser found missing. */
const showWhenInvalid: ErrorStateMatcher = {
  isErrorState: (control) => !!control?.invalid && (control.touched || control.hasError('server')),
};

/**
 * One field of a form, with the control its type calls for: text, number and date inputs, a
 * checkbox, picklist selects and a searchable lookup. A field the user may not change is shown
 * read-only. Errors (the server's first) appear under the field.
 */
@Component({
  selector: 'app-field-input',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldValueComponent,
    LookupPickerComponent,
  ],
  template: `
    @let f = field();
    @let c = control();
    @switch (kind()) {
      @case ('readonly') {
        <div class="readonly" [attr.data-testid]="'field-' + f.name">
          <span class="label">{{ f.label }}</span>
          <app-field-value [type]="f.displayType" [value]="c.value" [reference]="reference()" [scale]="f.scale" />
        </div>
      }
      @case ('checkbox') {
        <div class="checkbox" [attr.data-testid]="'field-' + f.name">
          <mat-checkbox [formControl]="asBoolean(c)">{{ f.label }}</mat-checkbox>
          @if (error(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </div>
      }
      @case ('lookup') {
        <app-lookup-picker [field]="f" [control]="c" [reference]="reference()" [attr.data-testid]="'field-' + f.name" />
      }
      @default {
        <mat-form-field [attr.data-testid]="'field-' + f.name">
          <mat-label>{{ f.label }}</mat-label>
          @switch (kind()) {
            @case ('textarea') {
              <textarea
                matInput
                [formControl]="c"
                [required]="f.required"
                [attr.maxlength]="f.length"
                [rows]="f.type === 'LongTextArea' ? 5 : 3"
                [errorStateMatcher]="matcher"
              ></textarea>
            }
            @case ('picklist') {
              <mat-select [formControl]="c" [required]="f.required" [errorStateMatcher]="matcher">
                @if (!f.required) {
                  <mat-option [value]="null">--None--</mat-option>
                }
                @for (option of f.picklistValues; track option.value) {
                  <mat-option [value]="option.value">{{ option.label }}</mat-option>
                }
              </mat-select>
            }
            @case ('multipicklist') {
              <mat-select [formControl]="c" multiple [required]="f.required" [errorStateMatcher]="matcher">
                @for (option of f.picklistValues; track option.value) {
                  <mat-option [value]="option.value">{{ option.label }}</mat-option>
                }
              </mat-select>
            }
            @default {
              <input
                matInput
                [type]="inputType()"
                [attr.inputmode]="inputMode()"
                [formControl]="c"
                [required]="f.required"
                [attr.maxlength]="f.length"
                [errorStateMatcher]="matcher"
              />
              @if (f.displayType === 'Currency') {
                <span matTextPrefix>$&nbsp;</span>
              }
              @if (f.displayType === 'Percent') {
                <span matTextSuffix>%</span>
              }
            }
          }
          @if (f.helpText) {
            <mat-hint>{{ f.helpText }}</mat-hint>
          }
          <mat-error>{{ error() }}</mat-error>
        </mat-form-field>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .readonly,
    .checkbox {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 4px 0 20px;
    }
    .label {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-error {
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldInputComponent {
  readonly field = input.required<Schemas['UiFormField']>();
  readonly control = input.required<FormControl>();
  /** Whether the form creates a record (createable fields) or edits one (updateable ones). */
  readonly mode = input<'create' | 'edit'>('create');
  /** The current target of a lookup, to show its name before anything is picked. */
  readonly reference = input<Schemas['UiReference'] | null>(null);

  protected readonly matcher = showWhenInvalid;

  protected readonly kind = computed(() => {
    const f = this.field();
    if (!(this.mode() === 'create' ? f.createable : f.updateable)) return 'readonly';
    switch (f.type) {
      case 'Checkbox':
        return 'checkbox';
      case 'Lookup':
      case 'MasterDetail':
        return 'lookup';
      case 'TextArea':
      case 'LongTextArea':
        return 'textarea';
      case 'Picklist':
        return 'picklist';
      case 'MultiPicklist':
        return 'multipicklist';
      default:
        return 'input';
    }
  });

  protected readonly inputType = computed(() => {
    const types: Record<string, string> = { Email: 'email', Phone: 'tel', Url: 'url', Date: 'date', DateTime: 'datetime-local' };
    return types[this.field().type] ?? 'text';
  });

  /** Numbers stay text (decimal strings, never floats), with a numeric keyboard on phones. */
  protected readonly inputMode = computed(() => (['Number', 'Currency', 'Percent'].includes(this.field().type) ? 'decimal' : null));

  protected error(): string | null {
    return fieldError(this.control(), this.field().label);
  }

  protected asBoolean(control: FormControl): FormControl<boolean> {
    return control as FormControl<boolean>;
  }
}
