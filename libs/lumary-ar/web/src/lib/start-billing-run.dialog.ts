import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { FormDialogFrameComponent } from '@platform/web/ui';
import { dayMonthYear, fromDayMonthYear, toDayMonthYear } from './ar-dates';
import { PostingDialog } from './posting-dialog';
import { DIALOG_STYLES, todayIso } from './server-errors';

/**
 * New on Billing Runs: the date to bill up to, confirmed (a run issues and posts invoices), then
 * the run is started on the server and its progress page opens.
 */
@Component({
  selector: 'app-ar-start-billing-run-dialog',
  imports: [ReactiveFormsModule, FormDialogFrameComponent, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <app-form-dialog-frame
      title="New billing run"
      form="billing-run-form"
      [submit]="step() === 'confirm' ? 'Confirm and start' : 'Review'"
      submitTestId="billing-run-save"
      [saving]="saving()"
      [errors]="topErrors()"
    >
      @if (step() === 'confirm') {
        <button mat-button type="button" dialogButton (click)="back()" data-testid="billing-run-back">Back</button>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" id="billing-run-form" class="dialog-form" [class.hidden]="step() === 'confirm'">
        <p class="balance">
          Bills every Delivered service dated on or before the date: one invoice per debtor, NDIA-managed services as claims.
        </p>
        <mat-form-field data-testid="field-upTo">
          <mat-label>Up to</mat-label>
          <input matInput [formControl]="form.controls['upTo']" placeholder="dd/mm/yyyy" required />
          <mat-hint>dd/mm/yyyy</mat-hint>
          <mat-error>{{ error('upTo', 'Up to') }}</mat-error>
        </mat-form-field>
      </form>
      @if (step() === 'confirm') {
        <p data-testid="billing-run-confirm" aria-live="polite">
          Bill every Delivered service up to {{ form.value['upTo'] }}? The invoices are issued and posted to the Finance Journal.
        </p>
      }
    </app-form-dialog-frame>
  `,
  styles: [DIALOG_STYLES, '.hidden { display: none; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartBillingRunDialog extends PostingDialog {
  private readonly router = inject(Router);
  protected readonly form = new FormGroup<Record<string, FormControl>>({
    upTo: new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]),
  });

  protected async post(): Promise<string | null> {
    const upTo = String(this.form.value['upTo']);
    let run: { id: string; name: string } | null = null;
    const ok = await this.run(async () => {
      run = await this.ar.startBillingRun(fromDayMonthYear(upTo) ?? upTo);
    });
    if (!ok || !run) return null;
    const started: { id: string; name: string } = run;
    void this.router.navigate(['/lumary/billing-run'], { queryParams: { run: started.id } });
    return `${started.name} started: its progress follows.`;
  }
}
