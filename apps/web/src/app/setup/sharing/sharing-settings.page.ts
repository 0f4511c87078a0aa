import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { apiResource, toApiError } from '@platform/web';
import { ConfirmService, ErrorPanelComponent, ToastService } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../../core/busy-action';
import { SETUP_STYLES } from '../setup.styles';

type ObjectDefault = Schemas['ObjectSharingDefault'];

/** The defaults an admin may choose, with the words Salesforce's Sharing Settings use. */
export const SHARING_MODELS = [
  { value: 'Private', label: 'Private' },
  { value: 'Read', label: 'Public Read Only' },
  { value: 'ReadWrite', label: 'Public Read/Write' },
] as const;

/** A default as shown: its label, or "Controlled by Parent (Master)". */
export function modelLabel(row: ObjectDefault): string {
  if (row.sharingModel === 'ControlledByParent') return `Controlled by Parent${row.controlledBy ? ` (${row.controlledBy})` : ''}`;
  return SHARING_MODELS.find((m) => m.value === row.sharingModel)?.label ?? row.sharingModel;
}

/**
 * Setup → Sharing Settings: each object's organisation-wide default (who sees a record besides its
 * owner, those above the owner in the role hierarchy and View All). Edit turns each default into a
 * choice; Save sends only the changed objects (PUT /api/setup/sharing) after a confirmation, and
 * the server refuses every bad one by name with nothing changed. A master-detail child is
 * Controlled by Parent and cannot be changed. System Administrators only (the API says so to
 * others).
 */
@Component({
  selector: 'app-setup-sharing-page',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, RouterLink, ErrorPanelComponent],
  template: `
    <header class="page-header">
      <div>
        <div class="eyebrow"><a routerLink="/setup">Setup</a> › Sharing Settings</div>
        <h1>Sharing Settings</h1>
      </div>
      <span class="spacer"></span>
      @if (settings.value() && !editing()) {
        <button mat-flat-button type="button" (click)="edit()" data-testid="sharing-edit"><mat-icon svgIcon="edit" />Edit</button>
      }
    </header>
    <p class="muted">
      Organisation-wide defaults: what everyone may do with a record they do not own. Owners, users above them in the role hierarchy and
      users with View All keep their access; sharing rules and manual shares open more.
    </p>
    @if (action.error(); as message) {
      <p class="error-text" role="alert" data-testid="sharing-error">{{ message }}</p>
    }
    @if (settings.error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (settings.value(); as s) {
      <div class="table-wrap">
        <table class="sharing" data-testid="sharing-table">
          <caption class="sr-only">
            Default access per object
          </caption>
          <thead>
            <tr>
              <th scope="col">Object</th>
              <th scope="col">Default internal access</th>
            </tr>
          </thead>
          <tbody>
            @for (row of s.objects; track row.object) {
              <tr [attr.data-testid]="'sharing-row-' + row.object">
                <th scope="row">
                  {{ row.label }} <span class="muted mono">{{ row.object }}</span>
                </th>
                <td>
                  @if (editing() && row.sharingModel !== 'ControlledByParent') {
                    <mat-form-field subscriptSizing="dynamic" class="choice">
                      <mat-label>{{ row.label }}</mat-label>
                      <mat-select
                        [value]="chosen()[row.object] ?? row.sharingModel"
                        (selectionChange)="choose(row.object, $event.value)"
                        [attr.data-testid]="'sharing-select-' + row.object"
                      >
                        @for (m of models; track m.value) {
                          <mat-option [value]="m.value">{{ m.label }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                  } @else {
                    <span [attr.data-testid]="'sharing-model-' + row.object">{{ label(row) }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (editing()) {
        <div class="actions">
          <button mat-button type="button" (click)="cancel()" data-testid="sharing-cancel">Cancel</button>
          <button mat-flat-button type="button" (click)="save()" [disabled]="action.busy() || !changes().length" data-testid="sharing-save">
            Save
          </button>
        </div>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the sharing settings" />
    }
  `,
  styles:
    SETUP_STYLES +
    `
    .table-wrap { overflow-x: auto; max-width: 100%; }
    table.sharing { border-collapse: collapse; width: 100%; max-width: 820px; }
    .sharing th, .sharing td { padding: 6px 12px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
    .sharing thead th { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .sharing tbody th { font-weight: 500; }
    .choice { width: min(240px, 100%); }
    .actions { display: flex; gap: 8px; justify-content: flex-end; max-width: 820px; margin-top: 12px; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupSharingPage {
  private readonly http = inject(HttpClient);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);

  protected readonly settings = apiResource<Schemas['SharingSettings']>(() => '/api/setup/sharing');
  protected readonly action = new BusyAction();
  protected readonly editing = signal(false);
  /** The choices made while editing, per object API name. */
  protected readonly chosen = signal<Partial<Record<string, string>>>({});
  protected readonly models = SHARING_MODELS;
  protected readonly label = modelLabel;

  /** The objects whose choice differs from their current default. */
  protected readonly changes = computed(() => {
    const current = new Map((this.settings.value()?.objects ?? []).map((o) => [o.object, o]));
    return Object.entries(this.chosen()).flatMap(([object, model]) => {
      const row = current.get(object);
      return row && model !== undefined && row.sharingModel !== model ? [{ object: row, model }] : [];
    });
  });

  protected edit(): void {
    this.action.error.set(null);
    this.chosen.set({});
    this.editing.set(true);
  }

  protected cancel(): void {
    this.action.error.set(null);
    this.chosen.set({});
    this.editing.set(false);
  }

  protected choose(object: string, model: string): void {
    this.chosen.update((c) => ({ ...c, [object]: model }));
  }

  protected async save(): Promise<void> {
    const changes = this.changes();
    if (!changes.length) return;
    const list = changes.map((c) => `${c.object.label}: ${SHARING_MODELS.find((m) => m.value === c.model)?.label ?? c.model}`).join('; ');
    const ok = await this.confirm.ask({
      title: `Change the default of ${changes.length === 1 ? '1 object' : `${changes.length} objects`}?`,
      message: `${list}. Every user's access follows from their next request.`,
      confirm: 'Save',
    });
    if (!ok) return;
    const body = { objects: Object.fromEntries(changes.map((c) => [c.object.object, c.model])) };
    const done = await this.action.run(async () => {
      try {
        await firstValueFrom(this.http.put('/api/setup/sharing', body));
      } catch (error) {
        throw toApiError(error);
      }
    });
    if (done) {
      this.toast.success(changes.length === 1 ? 'Sharing default saved.' : `${changes.length} sharing defaults saved.`);
      this.editing.set(false);
      this.chosen.set({});
      this.settings.reload();
    }
  }
}
