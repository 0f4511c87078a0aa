import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Debtor } from './ar-api.service';
import { ApplyCreditDialog } from './apply-credit.dialog';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';
import { ReceiveMoneyDialog } from './receive-money.dialog';

/**
 * On a Contact's or Account's page (anyone an invoice may be payable by): Receive money, and
 * Apply credit when the debtor has unallocated credit. Shown to a user who may record payments
 * (create) and allocate them (edit); nothing for anyone else. On a Client Contact's page, New
 * invoice (the invoice editor with the client and its debtor filled in) for a user who may create invoices.
 */
@Component({
  selector: 'app-ar-debtor-actions',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    @if (rights().create || newInvoice()) {
      <div class="actions" data-testid="debtor-actions">
        @if (newInvoice()) {
          <a
            mat-stroked-button
            [routerLink]="['/lumary/invoices/new']"
            [queryParams]="{ client: page().id }"
            data-testid="client-new-invoice"
            ><mat-icon svgIcon="receipt_long" />New invoice</a
          >
        }
        @if (rights().create) {
          <button mat-flat-button type="button" (click)="open(receiveDialog)" data-testid="debtor-receive-money">
            <mat-icon svgIcon="payments" />Receive money
          </button>
          @if (rights().edit && hasCredit()) {
            <button mat-stroked-button type="button" (click)="open(creditDialog)" data-testid="debtor-apply-credit">
              <mat-icon svgIcon="call_split" />Apply credit
            </button>
          }
        }
      </div>
    }
  `,
  styles: PAGE_ACTIONS_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorActionsComponent extends PageActions {
  protected readonly receiveDialog = ReceiveMoneyDialog;
  protected readonly creditDialog = ApplyCreditDialog;
  protected readonly rights = signal({ create: false, edit: false });
  protected readonly hasCredit = signal(false);
  private readonly mayInvoice = signal(false);
  /** New invoice on a Client Contact's page, for a user who may create invoices. */
  protected readonly newInvoice = computed(
    () => this.mayInvoice() && this.page().object.name === 'Contact' && this.page().recordType?.name === 'Client',
  );
  private readonly debtor = computed<Debtor>(() => {
    const page = this.page();
    return { id: page.id, name: page.title ?? page.id, object: page.object.name };
  });

  constructor() {
    super();
    void this.ar.rights('lumary__Payment__c').then(
      (r) => this.rights.set({ create: r.createable, edit: r.updateable }),
      () => this.rights.set({ create: false, edit: false }),
    );
    void this.ar.rights('lumary__Invoice__c').then(
      (r) => this.mayInvoice.set(r.createable),
      () => this.mayInvoice.set(false),
    );
    // Again after each reload of the page: a payment or a credit applied changes what is left.
    this.loadForPage(this.hasCredit, async (id) => (await this.ar.creditPayments(id)).length > 0, false);
  }

  protected open(component: ComponentType<unknown>): void {
    this.openDialog(component, { debtor: this.debtor() }, '720px');
  }
}
