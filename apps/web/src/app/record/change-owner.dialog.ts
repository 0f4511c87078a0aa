import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { debounceTime } from 'rxjs';
import { ApiClient } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../core/busy-action';

export interface ChangeOwnerData {
  object: string;
  objectLabel: string;
  id: string;
  title: string | null;
  owner: Schemas['UiReference'] | null;
}

interface UserOption {
  id: string;
  name: string;
}

/**
 * Salesforce's Change Owner: pick an active user of the tenant and transfer the record to them
 * (`PATCH {OwnerId}`); the server's transfer rule decides, and its errors are shown in full.
 * Closes with true when the record changed hands.
 */
@Component({
  selector: 'app-change-owner-dialog',
  // FormsModule: the plain <form>'s ngSubmit (without it the browser would submit the form itself).
  imports: [FormsModule, ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Change {{ data.objectLabel }} Owner</h2>
    <form (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>
          {{ data.title ?? data.id }} is owned by <strong>{{ data.owner?.name ?? 'nobody' }}</strong
          >. The new owner sees and edits it as their own.
        </p>
        <mat-form-field class="user">
          <mat-label>New owner</mat-label>
          <input
            matInput
            [formControl]="text"
            [matAutocomplete]="auto"
            placeholder="Search users…"
            required
            data-testid="change-owner-user"
          />
          <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
            @for (option of options(); track option.id) {
              <mat-option [value]="option" [attr.data-testid]="'owner-option'">{{ option.name }}</mat-option>
            }
          </mat-autocomplete>
          <mat-hint>Active users of your organisation</mat-hint>
        </mat-form-field>
        @if (action.error(); as error) {
          <p class="error" role="alert" data-testid="change-owner-error">{{ error }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="change-owner-cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="!chosen() || action.busy()" data-testid="change-owner-save">Change Owner</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .user {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeOwnerDialog implements OnInit {
  protected readonly data = inject<ChangeOwnerData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ChangeOwnerDialog, boolean>>(MatDialogRef);
  private readonly api = inject(ApiClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly text = new FormControl<string | UserOption>('', { nonNullable: true });
  protected readonly options = signal<UserOption[]>([]);
  protected readonly chosen = signal<UserOption | null>(null);
  protected readonly action = new BusyAction();
  protected readonly display = (value: string | UserOption | null) => (typeof value === 'string' ? value : (value?.name ?? ''));

  ngOnInit(): void {
    void this.search('');
    this.text.valueChanges.pipe(debounceTime(250), takeUntilDestroyed(this.destroyRef)).subscribe((value) => {
      if (typeof value !== 'string') return;
      this.chosen.set(null);
      void this.search(value.trim());
    });
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    this.chosen.set(event.option.value as UserOption);
  }

  protected async save(): Promise<void> {
    const user = this.chosen();
    if (!user) return;
    if (await this.action.run(() => this.api.update(this.data.object, this.data.id, { OwnerId: user.id }))) this.ref.close(true);
  }

  private async search(term: string): Promise<void> {
    try {
      // The server offers active users only.
      const result = await this.api.lookup('User', term);
      this.options.set(result.records.filter((r) => r.id !== this.data.owner?.id));
    } catch {
      this.options.set([]);
    }
  }
}
