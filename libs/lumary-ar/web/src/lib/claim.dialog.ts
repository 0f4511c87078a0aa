import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { CONFIRMING_DIALOG_STYLES, PostingDialog } from './posting-dialog';

export type ClaimAction = 'paid' | 'error' | 'resubmit' | 'writeOff';

export interface ClaimDialogData {
  id: string;
  name: string;
  action: ClaimAction;
}

const TITLES: Record<ClaimAction, string> = {
  paid: 'Mark paid',
  error: 'Mark in error',
  resubmit: 'Resubmit',
  writeOff: 'Write off shortfall',
};

/** A claim's status change (RULES.md#claims): Paid on a date, in Error with the reason, resubmitted, or its shortfall written off with a reason; confirmed first. */
@Component({
  selector: 'app-ar-claim-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, DateFieldComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <app-form-dialog-frame
      [title]="title + ' · ' + data.name"
      form="claim-form"
      [submit]="step() === 'confirm' ? 'Confirm' : 'Review'"
      submitTestId="claim-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="claim-back">Back</button>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" id="claim-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        @if (data.action === 'paid') {
          <app-ar-date-field
            name="paidDate"
            label="Paid date"
            [control]="form.controls['paidDate']"
            [error]="error('paidDate', 'Paid date')"
          />
        } @else if (data.action === 'error' || data.action === 'writeOff') {
          <mat-form-field data-testid="field-reason">
            <mat-label>Reason</mat-label>
            <input matInput [formControl]="form.controls['reason']" maxlength="255" required />
            <mat-error>{{ error('reason', 'Reason') }}</mat-error>
          </mat-form-field>
        } @else {
          <p>Send {{ data.name }} to the NDIA again: it becomes Open.</p>
        }
      </form>
      @if (step() === 'confirm') {
        <p data-testid="claim-confirm" aria-live="polite">{{ confirmation() }}</p>
      }
    </app-form-dialog-frame>
  `,
  styles: CONFIRMING_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimDialog extends PostingDialog {
  protected readonly data = inject<ClaimDialogData>(MAT_DIALOG_DATA);
  protected readonly title = TITLES[this.data.action];
  protected readonly form = new FormGroup<Record<string, FormControl>>(
    this.data.action === 'paid'
      ? { paidDate: todayControl() }
      : this.data.action === 'error' || this.data.action === 'writeOff'
        ? { reason: new FormControl('', Validators.required) }
        : {},
  );

  protected confirmation(): string {
    const v = this.form.getRawValue();
    if (this.data.action === 'paid') return `Mark ${this.data.name} paid on ${v['paidDate']}?`;
    if (this.data.action === 'error') return `Mark ${this.data.name} in error because "${String(v['reason']).trim()}"?`;
    if (this.data.action === 'writeOff')
      return `Write off ${this.data.name}'s shortfall because "${String(v['reason']).trim()}"? It is posted out of NDIA Claims Receivable.`;
    return `Resubmit ${this.data.name}?`;
  }

  protected post(): Promise<string | null> {
    const v = this.form.getRawValue();
    const { id, action } = this.data;
    return this.posted(
      () =>
        action === 'paid'
          ? this.ar.claimPaid(id, apiDate(v['paidDate']))
          : action === 'error'
            ? this.ar.claimError(id, String(v['reason']).trim())
            : action === 'writeOff'
              ? this.ar.claimWriteOffShortfall(id, String(v['reason']).trim())
              : this.ar.claimResubmit(id),
      (claim) => `${this.data.name} is ${claim.status}.`,
    );
  }
}
