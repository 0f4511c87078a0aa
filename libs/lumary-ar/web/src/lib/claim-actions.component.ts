import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { cents } from './ar-money';
import { ClaimAction, ClaimDialog } from './claim.dialog';
import { PAGE_ACTIONS_STYLES, PageActions } from './page-actions';

/** A claim's actions in its page's title bar: Paid or Error while Open or Submitted, Resubmit while in Error, Write off shortfall while a Paid claim's shortfall is receivable. */
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
        @if (status() === 'Paid' && shortfall()) {
          <button mat-stroked-button type="button" (click)="open('writeOff')" data-testid="claim-write-off">
            <mat-icon svgIcon="money_off" />Write off shortfall
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
  /** The shortfall of a short-paid claim still receivable (Shortfall − Written Off > 0). */
  protected readonly shortfall = signal(false);
  private readonly name = computed(() => this.page().title ?? this.page().id);

  constructor() {
    super();
    this.loadForPage(
      this.status,
      async (id) => {
        const status =
          ((await this.ar.recordFields('lumary__Claim__c', id, ['lumary__Status__c']))?.['lumary__Status__c'] as string | null) ?? null;
        // Asked apart: a user who may not read the shortfall still gets the other actions.
        const r =
          status === 'Paid'
            ? await this.ar
                .recordFields('lumary__Claim__c', id, ['lumary__Shortfall__c', 'lumary__Shortfall_Written_Off__c'])
                .catch(() => null)
            : null;
        this.shortfall.set(
          cents(String(r?.['lumary__Shortfall__c'] ?? '0')) > cents(String(r?.['lumary__Shortfall_Written_Off__c'] ?? '0')),
        );
        return status;
      },
      null,
    );
  }

  protected open(action: ClaimAction): void {
    this.openDialog(ClaimDialog, { id: this.page().id, name: this.name(), action }, '480px');
  }
}
