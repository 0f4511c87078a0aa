import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Debtor } from './ar-api.service';
import { ApplyCreditDialog } from './apply-credit.dialog';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';
import { ReceiveMoneyDialog } from './receive-money.dialog';

/**
 * On a Contact's or Account's page (anyone an invoice may be payable by): Receive money, and
 * Apply credit when the debtor has unallocated credit. Shown to a user who may record payments
 * (create) and allocate them (edit); nothing for anyone else.
 */
@Component({
  selector: 'app-ar-debtor-actions',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (rights().create) {
      <div class="actions" data-testid="debtor-actions">
        <button mat-flat-button type="button" (click)="open(receiveDialog)" data-testid="debtor-receive-money">
          <mat-icon svgIcon="payments" />Receive money
        </button>
        @if (rights().edit && hasCredit()) {
          <button mat-stroked-button type="button" (click)="open(creditDialog)" data-testid="debtor-apply-credit">
            <mat-icon svgIcon="call_split" />Apply credit
          </button>
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
    // Again after each reload of the page: a payment or a credit applied changes what is left.
    this.loadForPage(this.hasCredit, async (id) => (await this.ar.creditPayments(id)).length > 0, false);
  }

  protected open(component: ComponentType<unknown>): void {
    this.openDialog(component, { debtor: this.debtor() }, '720px');
  }
}
