import { ChangeDetectionStrategy, Component, effect, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { PageActions } from './page-actions';
import { ReverseJournalDialog } from './reverse-journal.dialog';

/**
 * A journal entry's action in its page's title bar: Reverse, on a manual entry (a document's
 * posting is taken back by the document's own action: void, reverse the payment) that is not
 * itself a reversal and has not been reversed. The describe cannot say who may post (entries are
 * written by the package, so it answers createable: false for everyone): the endpoint checks the
 * permission, and a refusal shows in the dialog.
 */
@Component({
  selector: 'app-ar-journal-entry-actions',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (canPost()) {
      <button mat-stroked-button type="button" (click)="reverse()" data-testid="journal-reverse"><mat-icon svgIcon="undo" />Reverse</button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JournalEntryActionsComponent extends PageActions {
  protected readonly canPost = signal(false);

  constructor() {
    super();
    effect(() => {
      const id = this.page().id;
      this.canPost.set(false);
      void this.reversible(id).then(
        (yes) => this.canPost.set(yes),
        () => this.canPost.set(false),
      );
    });
  }

  private async reversible(id: string): Promise<boolean> {
    const [entry, reversals] = await Promise.all([
      this.ar.recordFields('lumary__Journal_Entry__c', id, ['lumary__Source_Object__c', 'lumary__Reverses__c']),
      this.ar.reversalsOf(id),
    ]);
    return !!entry && !entry['lumary__Source_Object__c'] && !entry['lumary__Reverses__c'] && reversals === 0;
  }

  protected reverse(): void {
    const page = this.page();
    this.openDialog(ReverseJournalDialog, { id: page.id, name: page.title ?? page.id }, '480px');
  }
}
