import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ApiError, RECORD_PAGE_CONTEXT, formatCurrency } from '@platform/web';
import { ConfirmService, ToastService } from '@platform/web/ui';
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

/** The toast after a dialog's change. */
const DONE: Partial<Record<InvoiceAction, string>> = {
  void: 'Invoice voided.',
  credit: 'Credit note created and applied.',
  send: 'Invoice sent.',
  payment: 'Payment recorded and allocated to the invoice.',
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
          <button mat-flat-button (click)="issue()" [disabled]="busy()" data-testid="invoice-issue">
            <mat-icon svgIcon="task_alt" />Issue
          </button>
        }
        @if (shown.includes('payment')) {
          <button mat-flat-button (click)="open('payment')" data-testid="invoice-payment">
            <mat-icon svgIcon="payments" />Record payment
          </button>
        }
        @if (shown.includes('credit')) {
          <button mat-stroked-button (click)="open('credit')" data-testid="invoice-credit"><mat-icon svgIcon="receipt" />Credit</button>
          <button mat-stroked-button (click)="open('credit', 'Write-off')" data-testid="invoice-write-off">
            <mat-icon svgIcon="money_off" />Write off
          </button>
        }
        @if (shown.includes('send')) {
          <button mat-stroked-button (click)="open('send')" data-testid="invoice-send"><mat-icon svgIcon="send" />Send</button>
        }
        @if (shown.includes('pdf')) {
          <a mat-stroked-button [href]="pdfUrl()" target="_blank" rel="noopener" data-testid="invoice-pdf"
            ><mat-icon svgIcon="picture_as_pdf" />View PDF</a
          >
          <a mat-stroked-button [href]="printUrl()" target="_blank" rel="noopener" data-testid="invoice-print"
            ><mat-icon svgIcon="print" />Print</a
          >
        }
        @if (shown.includes('void')) {
          <button mat-stroked-button class="danger" (click)="open('void')" data-testid="invoice-void">
            <mat-icon svgIcon="block" />Void
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
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);

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
    const page = this.page();
    const { name, balance, debtor } = this.invoice();
    const ok = await this.confirm.ask({
      title: `Issue ${name}?`,
      message: `Issuing posts ${formatCurrency(balance)} to ${debtor?.name ?? 'the debtor'}'s account and the Finance Journal; an issued invoice can no longer be edited, only credited or voided.`,
      confirm: 'Issue',
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      await this.ar.issueInvoice(page.id);
      this.toast.success(`${name} issued.`);
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
        if (!changed) return;
        this.toast.success(DONE[action] ?? 'Done.');
        void this.pageContext?.reload();
      });
  }
}
