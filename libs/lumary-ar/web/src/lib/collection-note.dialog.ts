import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, FormDialogFrameComponent } from '@platform/web/ui';
import { ArApiService } from './ar-api.service';
import { apiDate, dayMonthYear, toDayMonthYear } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { controlError, DIALOG_STYLES, MONEY_PATTERN, todayIso } from './server-errors';

/** Who the dialog is about, and what it records. */
export interface CollectionNoteData {
  debtor: { id: string; name: string | null };
  kind: 'activity' | 'promise';
}

/**
 * From the worklist: log a call or a note against a debtor (Collection Activity), or record a
 * promise to pay (date, amount, note). Both through the records API, so its permissions apply.
 */
@Component({
  selector: 'app-ar-collection-note-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatFormFieldModule, MatInputModule, MatSelectModule, DateFieldComponent],
  template: `
    <app-form-dialog-frame
      [title]="(data.kind === 'promise' ? 'Promise to pay · ' : 'Log contact · ') + (data.debtor.name ?? '')"
      form="collection-note-form"
      [submit]="data.kind === 'promise' ? 'Save promise' : 'Log'"
      submitTestId="collection-note-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      <form [formGroup]="form" (ngSubmit)="save()" id="collection-note-form" class="dialog-form">
        @if (data.kind === 'activity') {
          <mat-form-field data-testid="field-type">
            <mat-label>Type</mat-label>
            <mat-select [formControl]="c('type')" required>
              @for (t of types; track t) {
                <mat-option [value]="t">{{ t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <app-ar-date-field name="date" label="Date" [control]="c('date')" [error]="error('date', 'Date')" />
        } @else {
          <app-ar-date-field name="date" label="Promised by" [control]="c('date')" [error]="error('date', 'Promised by')" />
          <mat-form-field data-testid="field-amount">
            <mat-label>Amount</mat-label>
            <span matTextPrefix>$&nbsp;</span>
            <input matInput inputmode="decimal" [formControl]="c('amount')" required />
            <mat-error>{{ error('amount', 'Amount') }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field data-testid="field-note">
          <mat-label>Note</mat-label>
          <textarea matInput [formControl]="c('note')" [attr.maxlength]="data.kind === 'promise' ? 255 : 4000" rows="3"></textarea>
          <mat-error>{{ error('note', 'Note') }}</mat-error>
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
  `,
  styles: DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionNoteDialog extends FormDialog<boolean> {
  private readonly ar = inject(ArApiService);
  protected readonly data = inject<CollectionNoteData>(MAT_DIALOG_DATA);
  protected readonly types = ['Call', 'Note', 'Email', 'Meeting'];
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    type: new FormControl('Call', Validators.required),
    date: new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]),
    amount: new FormControl('', this.data.kind === 'promise' ? [Validators.required, Validators.pattern(MONEY_PATTERN)] : []),
    note: new FormControl(''),
  });

  protected async save(): Promise<void> {
    if (!this.start()) return;
    const v = this.form.value;
    const date = apiDate(v['date']);
    const note = String(v['note'] ?? '').trim();
    const call =
      this.data.kind === 'promise'
        ? () => this.ar.createPromise(this.data.debtor.id, date, String(v['amount']), note)
        : () => this.ar.logActivity(this.data.debtor.id, String(v['type']), date, note);
    // The records API names its fields (lumary__Promise_Date__c...): shown on the form's controls.
    const alias = (f: string) =>
      ({
        lumary__Promise_Date__c: 'date',
        lumary__Activity_Date__c: 'date',
        lumary__Amount__c: 'amount',
        lumary__Note__c: 'note',
        lumary__Type__c: 'type',
      })[f] ?? f;
    if (await this.run(call, alias)) this.close(true);
  }

  protected override error(name: string, label: string): string | null {
    return controlError(this.c(name), label);
  }
}
