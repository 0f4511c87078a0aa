import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ApiError, RECORD_PAGE_CONTEXT, formatCurrency } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { CreditNoteDialog } from './credit-note.dialog';
import { InvoiceAction, InvoiceRights, invoiceActions, invoiceState } from './invoice-actions';
import { RecordPaymentDialog } from './record-payment.dialog';
import { SendInvoiceDialog } from './send-invoice.dialog';
import { VoidInvoiceDialog } from './void-invoice.dialog';

const DIALOGS: Partial<Record<InvoiceAction, ComponentType<unknown>>> = {
  void: VoidInvoiceDialog,
  credit: CreditNoteDialog,
  payment: RecordPaymentDialog,
  send: SendInvoiceDialog,
};

/**
 * `lumary:invoiceActions` on an invoice page: the buttons its status allows and the user may
 * use. Each change runs on the server (which posts its journal) and then the page is drawn again.
 */
@Component({
  selector: 'app-ar-invoice-actions',
  imports: [MatButtonModule, MatCardModule, MatIconModule],
  template: `
    <mat-card appearance="outlined" data-testid="invoice-actions">
      <mat-card-header><mat-card-title>Actions</mat-card-title></mat-card-header>
      <mat-card-content class="buttons">
        @let shown = actions();
        @if (shown.includes('issue')) {
          @if (confirmIssue()) {
            <div class="confirm" role="alert" data-testid="invoice-issue-confirm">
              <p>Issuing posts {{ money(invoice().balance) }} to the Finance Journal; the invoice can no longer be edited.</p>
              <button mat-flat-button (click)="issue()" [disabled]="busy()" data-testid="invoice-issue-confirm-button">
                <mat-icon>task_alt</mat-icon>Confirm and issue
              </button>
              <button mat-button (click)="confirmIssue.set(false)" data-testid="invoice-issue-cancel">Cancel</button>
            </div>
          } @else {
            <button mat-flat-button (click)="confirmIssue.set(true)" [disabled]="busy()" data-testid="invoice-issue">
              <mat-icon>task_alt</mat-icon>Issue
            </button>
          }
        }
        @if (shown.includes('payment')) {
          <button mat-flat-button (click)="open('payment')" data-testid="invoice-payment">
            <mat-icon>payments</mat-icon>Record payment
          </button>
        }
        @if (shown.includes('credit')) {
          <button mat-stroked-button (click)="open('credit')" data-testid="invoice-credit"><mat-icon>receipt</mat-icon>Credit</button>
          <button mat-stroked-button (click)="open('credit', 'Write-off')" data-testid="invoice-write-off">
            <mat-icon>money_off</mat-icon>Write off
          </button>
        }
        @if (shown.includes('send')) {
          <button mat-stroked-button (click)="open('send')" data-testid="invoice-send"><mat-icon>send</mat-icon>Send</button>
        }
        @if (shown.includes('pdf')) {
          <a mat-stroked-button [href]="pdfUrl()" target="_blank" rel="noopener" data-testid="invoice-pdf"
            ><mat-icon>picture_as_pdf</mat-icon>View PDF</a
          >
          <a mat-stroked-button [href]="printUrl()" target="_blank" rel="noopener" data-testid="invoice-print"
            ><mat-icon>print</mat-icon>Print</a
          >
        }
        @if (shown.includes('void')) {
          <button mat-stroked-button class="danger" (click)="open('void')" data-testid="invoice-void">
            <mat-icon>block</mat-icon>Void
          </button>
        }
        @if (error(); as e) {
          <p class="error" role="alert" data-testid="invoice-action-error">{{ e }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .buttons {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .danger {
      color: var(--mat-sys-error);
    }
    .confirm {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .confirm p {
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceActionsComponent {
  private readonly ar = inject(ArApiService);
  private readonly dialog = inject(MatDialog);
  private readonly pageContext = inject(RECORD_PAGE_CONTEXT, { optional: true });
  private readonly snackBar = inject(MatSnackBar);

  readonly page = input.required<Schemas['RecordPage']>();

  /** Until the describes answer, only what the invoice page itself allows (no credit, no payment). */
  protected readonly rights = signal<Omit<InvoiceRights, 'editInvoice'>>({ createCreditNote: false, createPayment: false });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly invoice = computed(() => invoiceState(this.page()));
  protected readonly actions = computed(() => invoiceActions(this.invoice(), { editInvoice: this.page().actions.edit, ...this.rights() }));
  protected readonly pdfUrl = computed(() => this.ar.invoicePdfUrl(this.page().id));
  protected readonly printUrl = computed(() => this.ar.invoiceHtmlUrl(this.page().id));
  /** Issue posts to the ledger: it asks first. */
  protected readonly confirmIssue = signal(false);
  protected readonly money = formatCurrency;

  constructor() {
    // A describe refused (no permission) leaves that button hidden.
    const createable = (object: string) =>
      this.ar.rights(object).then(
        (r) => r.createable,
        () => false,
      );
    void Promise.all([createable('lumary__Credit_Note__c'), createable('lumary__Payment__c')]).then(([createCreditNote, createPayment]) =>
      this.rights.set({ createCreditNote, createPayment }),
    );
  }

  protected async issue(): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      const result = await this.ar.issueInvoice(this.page().id);
      this.confirmIssue.set(false);
      this.snackBar.open(`${result.name} issued and posted to the Finance Journal.`, 'Close', { duration: 8000 });
      await this.pageContext?.reload();
    } catch (error) {
      this.error.set((error as ApiError).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected open(action: InvoiceAction, creditReason?: string): void {
    this.error.set(null);
    const component = DIALOGS[action];
    if (!component) return;
    this.dialog
      .open(component, { data: { ...this.invoice(), creditReason }, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) void this.pageContext?.reload();
      });
  }
}
