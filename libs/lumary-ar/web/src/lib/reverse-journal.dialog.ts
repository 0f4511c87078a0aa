import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { CONFIRMING_DIALOG_STYLES, PostingDialog } from './posting-dialog';

/** Reverse a journal entry (RULES.md#finance-journal): its mirror posted on a date, confirmed first. */
@Component({
  selector: 'app-ar-reverse-journal-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, DateFieldComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <app-form-dialog-frame
      [title]="'Reverse ' + entry.name"
      form="reverse-journal-form"
      [submit]="step() === 'confirm' ? 'Confirm and post' : 'Review'"
      submitTestId="reverse-journal-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="reverse-journal-back">Back</button>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" id="reverse-journal-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        <app-ar-date-field name="date" label="Reversal date" [control]="form.controls['date']" [error]="error('date', 'Date')" />
        <mat-form-field data-testid="field-description">
          <mat-label>Description</mat-label>
          <input matInput [formControl]="form.controls['description']" maxlength="255" />
          <mat-error>{{ error('description', 'Description') }}</mat-error>
        </mat-form-field>
      </form>
      @if (step() === 'confirm') {
        <p data-testid="reverse-journal-confirm" aria-live="polite">
          Post the mirror of {{ entry.name }} on {{ form.value['date'] }}? Entries are never edited: this reversal is the correction.
        </p>
      }
    </app-form-dialog-frame>
  `,
  styles: CONFIRMING_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReverseJournalDialog extends PostingDialog {
  protected readonly entry = inject<{ id: string; name: string }>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    date: todayControl(),
    description: new FormControl(''),
  });

  protected post(): Promise<string | null> {
    const v = this.form.getRawValue();
    const description = String(v['description'] ?? '').trim();
    const body = { date: apiDate(v['date']), ...(description ? { description } : {}) };
    return this.posted(
      () => this.ar.reverseJournalEntry(this.entry.id, body),
      (reversal) => `${reversal.name} posted: it reverses ${this.entry.name}.`,
    );
  }
}
