import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** A dialog's dd/mm/yyyy date field (required unless `required` is false) (test id `field-<name>`), with the dialog's error for it. */
@Component({
  selector: 'app-ar-date-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field [attr.data-testid]="'field-' + name()">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" placeholder="dd/mm/yyyy" [required]="required()" />
      <mat-hint>dd/mm/yyyy</mat-hint>
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateFieldComponent {
  /** The control's name in the dialog's form. */
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  readonly control = input.required<FormControl>();
  readonly error = input<string | null>(null);
  /** False for an optional date (a filter): no required marker, no required check. */
  readonly required = input(true);
}
