import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { Schemas } from '@platform/api-client';
import { RECORD_PAGE_CONTEXT } from '@platform/web';
import { ArApiService, DEBTOR_SETTINGS } from './ar-api.service';
import { DebtorSettingsData, DebtorSettingsDialog } from './debtor-settings.dialog';

/**
 * `lumary:debtorSettings` on a Contact or Account page: the "Debtor Settings" button. After a
 * save the record page is drawn again, so its related lists show the invoices' new due dates.
 */
@Component({
  selector: 'app-ar-debtor-settings',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (visible()) {
      <div class="actions">
        <button mat-stroked-button (click)="open()" data-testid="debtor-settings-open"><mat-icon svgIcon="tune" />Debtor Settings</button>
      </div>
    }
  `,
  styles: `
    .actions {
      display: flex;
      justify-content: flex-end;
      margin: 8px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorSettingsComponent {
  private readonly dialog = inject(MatDialog);
  private readonly pageContext = inject(RECORD_PAGE_CONTEXT, { optional: true });

  readonly recordId = input.required<string>();
  readonly page = input<Schemas['RecordPage']>();

  /** Shown only to users who may read Debtor Settings (those without Lumary AR see no button). */
  protected readonly visible = signal(false);

  constructor() {
    inject(ArApiService)
      .rights(DEBTOR_SETTINGS)
      .then(
        () => this.visible.set(true),
        () => this.visible.set(false),
      );
  }

  protected open(): void {
    const data: DebtorSettingsData = { debtorId: this.recordId(), debtorName: this.page()?.title ?? null };
    this.dialog
      .open<DebtorSettingsDialog, DebtorSettingsData, boolean>(DebtorSettingsDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) void this.pageContext?.reload();
      });
  }
}
