import { Directive, WritableSignal, effect, inject, input } from '@angular/core';
import { ComponentType } from '@angular/cdk/portal';
import { MatDialog } from '@angular/material/dialog';
import { RECORD_PAGE_CONTEXT } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';

/** The title-bar action buttons' row; `.danger` for an action that takes something back. */
export const PAGE_ACTIONS_STYLES = `
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .danger {
    color: var(--mat-sys-error);
  }
`;

/**
 * What a record page's package actions share (Claim, Debtor, Payment, Journal Entry): the page,
 * what they read about its record (again after each reload of the page), and their dialogs,
 * after which the page is read again when the dialog changed something.
 */
@Directive()
export abstract class PageActions {
  protected readonly ar = inject(ArApiService);
  private readonly dialog = inject(MatDialog);
  private readonly pageContext = inject(RECORD_PAGE_CONTEXT, { optional: true });

  readonly page = input.required<Schemas['RecordPage']>();

  /** Call in the constructor: `load(id)` into `target` for this page and after each reload; `failed` when it fails. */
  protected loadForPage<T>(target: WritableSignal<T>, load: (id: string) => Promise<T>, failed: T): void {
    effect(() => {
      const id = this.page().id;
      void load(id).then(
        (value) => target.set(value),
        () => target.set(failed),
      );
    });
  }

  /** Opens a dialog; when it closes with `true` (it posted), the page is read again. */
  protected openDialog(component: ComponentType<unknown>, data: unknown, width: string): void {
    this.dialog
      .open(component, { data, width, maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) void this.pageContext?.reload();
      });
  }
}
