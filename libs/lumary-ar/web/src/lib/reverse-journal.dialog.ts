import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { dayMonthYear, fromDayMonthYear, toDayMonthYear } from './ar-dates';
import { PostingDialog } from './posting-dialog';
import { DIALOG_STYLES, todayIso } from './server-errors';

/** Reverse a journal entry (RULES.md#finance-journal): its mirror posted on a date, confirmed first. */
@Component({
  selector: 'app-ar-reverse-journal-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
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
        <mat-form-field data-testid="field-date">
          <mat-label>Reversal date</mat-label>
          <input matInput [formControl]="form.controls['date']" placeholder="dd/mm/yyyy" required />
          <mat-hint>dd/mm/yyyy</mat-hint>
          <mat-error>{{ error('date', 'Date') }}</mat-error>
        </mat-form-field>
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
  styles: [DIALOG_STYLES, '.hidden { display: none; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReverseJournalDialog extends PostingDialog {
  protected readonly entry = inject<{ id: string; name: string }>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    date: new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]),
    description: new FormControl(''),
  });

  protected async post(): Promise<string | null> {
    const v = this.form.getRawValue();
    const description = String(v['description'] ?? '').trim();
    const body = { date: fromDayMonthYear(String(v['date'])) ?? String(v['date']), ...(description ? { description } : {}) };
    let name = '';
    const ok = await this.run(async () => {
      name = (await this.ar.reverseJournalEntry(this.entry.id, body)).name;
    });
    return ok ? `${name} posted: it reverses ${this.entry.name}.` : null;
  }
}
