import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ClaimAction, ClaimDialog } from './claim.dialog';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';

/** A claim's actions in its page's title bar: Paid or Error while Open or Submitted, Resubmit while in Error. */
@Component({
  selector: 'app-ar-claim-actions',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (page().actions.edit) {
      <div class="actions" data-testid="claim-actions">
        @if (status() === 'Open' || status() === 'Submitted') {
          <button mat-flat-button type="button" (click)="open('paid')" data-testid="claim-paid"><mat-icon svgIcon="task_alt" />Paid</button>
          <button mat-stroked-button type="button" (click)="open('error')" data-testid="claim-error">
            <mat-icon svgIcon="error" />Error
          </button>
        }
        @if (status() === 'Error') {
          <button mat-flat-button type="button" (click)="open('resubmit')" data-testid="claim-resubmit">
            <mat-icon svgIcon="replay" />Resubmit
          </button>
        }
      </div>
    }
  `,
  styles: PAGE_ACTIONS_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimActionsComponent extends PageActions {
  protected readonly status = signal<string | null>(null);
  private readonly name = computed(() => this.page().title ?? this.page().id);

  constructor() {
    super();
    this.loadForPage(
      this.status,
      async (id) =>
        ((await this.ar.recordFields('lumary__Claim__c', id, ['lumary__Status__c']))?.['lumary__Status__c'] as string | null) ?? null,
      null,
    );
  }

  protected open(action: ClaimAction): void {
    this.openDialog(ClaimDialog, { id: this.page().id, name: this.name(), action }, '480px');
  }
}
