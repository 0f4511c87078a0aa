import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { invoiceState } from './invoice-actions';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';

/**
 * An invoice page's title bar: Edit for a Draft the user may change, opening the invoice editor
 * (header and lines in one form). An issued invoice offers no Edit: it changes only through its
 * actions (credit, payment, void).
 */
@Component({
  selector: 'app-ar-invoice-edit-actions',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    @if (editable()) {
      <div class="actions">
        <a mat-stroked-button [routerLink]="['/lumary/invoices', page().id, 'edit']" data-testid="invoice-edit"
          ><mat-icon svgIcon="edit" />Edit</a
        >
      </div>
    }
  `,
  styles: PAGE_ACTIONS_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceEditActionsComponent extends PageActions {
  protected readonly editable = computed(() => this.page().actions.edit && invoiceState(this.page()).status === 'Draft');
}
