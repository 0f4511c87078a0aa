import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RECORD_PAGE_CONTEXT } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { ClaimAction, ClaimDialog } from './claim.dialog';

/** A claim's actions in its page's title bar: Paid or Error while Open, Resubmit while in Error. */
@Component({
  selector: 'app-ar-claim-actions',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (page().actions.edit) {
      <div class="actions" data-testid="claim-actions">
        @if (status() === 'Open') {
          <button mat-flat-button type="button" (click)="open('paid')" data-testid="claim-paid"><mat-icon>task_alt</mat-icon>Paid</button>
          <button mat-stroked-button type="button" (click)="open('error')" data-testid="claim-error">
            <mat-icon>error_outline</mat-icon>Error
          </button>
        }
        @if (status() === 'Error') {
          <button mat-flat-button type="button" (click)="open('resubmit')" data-testid="claim-resubmit">
            <mat-icon>replay</mat-icon>Resubmit
          </button>
        }
      </div>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimActionsComponent {
  private readonly ar = inject(ArApiService);
  private readonly dialog = inject(MatDialog);
  private readonly pageContext = inject(RECORD_PAGE_CONTEXT, { optional: true });

  readonly page = input.required<Schemas['RecordPage']>();
  protected readonly status = signal<string | null>(null);
  private readonly name = computed(() => this.page().title ?? this.page().id);

  constructor() {
    effect(() => {
      const id = this.page().id;
      void this.ar.recordFields('lumary__Claim__c', id, ['lumary__Status__c']).then(
        (r) => this.status.set((r?.['lumary__Status__c'] as string | null) ?? null),
        () => this.status.set(null),
      );
    });
  }

  protected open(action: ClaimAction): void {
    this.dialog
      .open(ClaimDialog, { data: { id: this.page().id, name: this.name(), action }, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) void this.pageContext?.reload();
      });
  }
}
