import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActionDialog } from './action-dialog';
import type { Schemas } from '@platform/api-client';
import { DIALOG_STYLES } from './server-errors';

/**
 * Send the invoice to its debtor (Debtor Settings' Invoice Email, else the debtor's Email), or to
 * an address typed here; then show where it went. Closes with `true` once sent.
 */
@Component({
  selector: 'app-ar-send-invoice-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Send {{ invoice.name }}</h2>
    <mat-dialog-content>
      @if (sent(); as s) {
        <p data-testid="send-result">
          Queued to <strong data-testid="send-to">{{ s.to }}</strong> with {{ s.attachment }} attached.
        </p>
      } @else {
        <form [formGroup]="form" (ngSubmit)="send()" id="send-form" class="dialog-form">
          <mat-form-field data-testid="field-to">
            <mat-label>To</mat-label>
            <input matInput type="email" [formControl]="form.controls['to']" placeholder="The debtor's invoice email" />
            <mat-hint>Leave empty to send it to the debtor's Invoice Email, or else its Email.</mat-hint>
            <mat-error>{{ error('to', 'To') }}</mat-error>
          </mat-form-field>
        </form>
      }
      @for (message of topErrors(); track $index) {
        <p class="dialog-error" role="alert" data-testid="dialog-error">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (sent()) {
        <button mat-flat-button (click)="close()" data-testid="send-done">Done</button>
      } @else {
        <button mat-button mat-dialog-close type="button">Cancel</button>
        <button mat-flat-button type="submit" form="send-form" [disabled]="saving()" data-testid="send-save">Send</button>
      }
    </mat-dialog-actions>
  `,
  styles: DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendInvoiceDialog extends ActionDialog {
  protected readonly sent = signal<Schemas['QueuedEmailDto'] | null>(null);
  protected readonly form = new FormGroup<Record<string, FormControl>>({ to: new FormControl('') });

  /** Stays open on success to show where it went; Done closes it. */
  protected async send(): Promise<void> {
    if (!this.start()) return;
    const to = String(this.form.value['to'] ?? '').trim() || undefined;
    await this.run(async () => this.sent.set(await this.ar.sendInvoice(this.invoice.id, to)));
  }
}
