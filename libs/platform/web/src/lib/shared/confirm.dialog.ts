import { ChangeDetectionStrategy, Component, Injectable, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmData {
  title: string;
  message: string;
  /** The confirming button's text, e.g. "Delete", "Issue" or "Revoke licence". */
  confirm: string;
}

/**
 * Asks before something that posts, changes a lot or cannot be undone (issuing an invoice, Bill
 * now, a billing run, deleting a field, revoking a tenant's licence); closes with true when
 * confirmed. Cancel has the focus first, so Enter alone never posts; focus goes back to the
 * opener when it closes.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content data-testid="confirm-message"
      ><p>{{ data.message }}</p></mat-dialog-content
    >
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">Cancel</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm-ok">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Opens the confirm dialog; resolves true when the user confirmed, false when they cancelled or closed it. */
export async function confirmed(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    width: '440px',
    maxWidth: '95vw',
    autoFocus: '[data-testid="confirm-cancel"]',
    restoreFocus: true,
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}

/** The confirmation before a posting action, for any page or package: `if (!(await confirm.ask({...}))) return;`. */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly dialog = inject(MatDialog);

  ask(data: ConfirmData): Promise<boolean> {
    return confirmed(this.dialog, data);
  }
}
