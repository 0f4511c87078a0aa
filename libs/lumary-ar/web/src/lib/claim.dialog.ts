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

export type ClaimAction = 'paid' | 'error' | 'resubmit';

export interface ClaimDialogData {
  id: string;
  name: string;
  action: ClaimAction;
}

const TITLES: Record<ClaimAction, string> = { paid: 'Mark paid', error: 'Mark in error', resubmit: 'Resubmit' };

/** A claim's status change (RULES.md#claims): Paid on a date, in Error with the reason, or resubmitted; confirmed first. */
@Component({
  selector: 'app-ar-claim-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
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
          <mat-form-field data-testid="field-paidDate">
            <mat-label>Paid date</mat-label>
            <input matInput [formControl]="form.controls['paidDate']" placeholder="dd/mm/yyyy" required />
            <mat-hint>dd/mm/yyyy</mat-hint>
            <mat-error>{{ error('paidDate', 'Paid date') }}</mat-error>
          </mat-form-field>
        } @else if (data.action === 'error') {
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
  styles: [DIALOG_STYLES, '.hidden { display: none; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimDialog extends PostingDialog {
  protected readonly data = inject<ClaimDialogData>(MAT_DIALOG_DATA);
  protected readonly title = TITLES[this.data.action];
  protected readonly form = new FormGroup<Record<string, FormControl>>(
    this.data.action === 'paid'
      ? { paidDate: new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]) }
      : this.data.action === 'error'
        ? { reason: new FormControl('', Validators.required) }
        : {},
  );

  protected confirmation(): string {
    const v = this.form.getRawValue();
    if (this.data.action === 'paid') return `Mark ${this.data.name} paid on ${v['paidDate']}?`;
    if (this.data.action === 'error') return `Mark ${this.data.name} in error because "${String(v['reason']).trim()}"?`;
    return `Resubmit ${this.data.name}?`;
  }

  protected async post(): Promise<string | null> {
    const v = this.form.getRawValue();
    const { id, action } = this.data;
    let status = '';
    const ok = await this.run(async () => {
      const result =
        action === 'paid'
          ? await this.ar.claimPaid(id, fromDayMonthYear(String(v['paidDate'])) ?? String(v['paidDate']))
          : action === 'error'
            ? await this.ar.claimError(id, String(v['reason']).trim())
            : await this.ar.claimResubmit(id);
      status = result.status;
    });
    return ok ? `${this.data.name} is ${status}.` : null;
  }
}
