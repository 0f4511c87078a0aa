import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ApiError, apiResource, toApiError } from '@platform/web';
import { ErrorPanelComponent, ToastService, confirmed } from '@platform/web/ui';
import { SETUP_STYLES } from '../setup.styles';
import {
  draftOf,
  fieldControl,
  isChanged,
  NO_OBJECT_PERMISSION,
  PermissionSetDraft,
  readableFieldCount,
  saveErrors,
  toInput,
  withCustomPermission,
  withFieldPermission,
  withObjectPermission,
} from './permission-set-editor';
import { PermissionSetsApiService } from './permission-sets-api.service';
import type { ResponseBody, Schemas } from '@platform/api-client';
import { DescribedObject, ObjectSummary } from './permission-sets-api.service';
import { ObjectPermissionKey } from './permission-set-editor';

const NO_FIELD_PERMISSION: Schemas['FieldPermission'] = { read: false, edit: false };

const COLUMNS: { key: ObjectPermissionKey; label: string }[] = [
  { key: 'read', label: 'Read' },
  { key: 'create', label: 'Create' },
  { key: 'edit', label: 'Edit' },
  { key: 'delete', label: 'Delete' },
  { key: 'viewAll', label: 'View All' },
  { key: 'modifyAll', label: 'Modify All' },
];

/**
 * Setup → a permission set: its label and description, object permissions (six boxes per
 * object), one object's field permissions, custom permissions; Save sends it all (PUT) and shows
 * what the server refuses. A package's permission set is shown read-only.
 */
@Component({
  selector: 'app-permission-set-editor-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ErrorPanelComponent,
  ],
  template: `
    @if (loadError(); as e) {
      <app-error-panel [error]="e" />
    } @else if (saved() && draft()) {
      @let ps = saved()!;
      @let d = draft()!;
      <header class="page-header">
        <div>
          <div class="eyebrow"><a routerLink="/setup/permission-sets">Permission Sets</a></div>
          <h1 data-testid="ps-title">{{ ps.label }}</h1>
          <div class="muted mono" data-testid="ps-api-name">{{ ps.apiName }}</div>
        </div>
        <span class="spacer"></span>
        @if (ps.editable) {
          <span class="status" role="status" data-testid="ps-status">{{ status() }}</span>
          <button mat-stroked-button type="button" (click)="remove()" [disabled]="saving()" data-testid="ps-delete">
            <mat-icon svgIcon="delete" />Delete
          </button>
          <button mat-flat-button type="button" (click)="save()" [disabled]="saving() || !changed()" data-testid="ps-save">
            <mat-icon svgIcon="save" />Save
          </button>
        }
      </header>

      @if (!ps.editable) {
        <p class="notice" data-testid="ps-read-only">
          <mat-icon class="lock" aria-hidden="true" svgIcon="lock" /> This permission set comes with the {{ ps.packageName }} package and
          cannot be changed. Make a permission set of your own to grant something else.
        </p>
      }
      @if (errors().messages.length) {
        <div class="errors" role="alert" data-testid="ps-errors">
          @for (message of errors().messages; track $index) {
            <p data-testid="ps-error">{{ message }}</p>
          }
        </div>
      }

      <section class="details">
        <mat-form-field data-testid="ps-label">
          <mat-label>Label</mat-label>
          <input matInput [value]="d.label" (input)="setText('label', $event)" [disabled]="readOnly()" maxlength="80" required />
        </mat-form-field>
        <mat-form-field class="grow" data-testid="ps-description">
          <mat-label>Description</mat-label>
          <textarea matInput rows="2" [value]="d.description" (input)="setText('description', $event)" [disabled]="readOnly()"></textarea>
        </mat-form-field>
      </section>

      <h2>Object permissions</h2>
      <div class="table-wrap">
        <table class="setup-table" data-testid="ps-objects">
          <thead>
            <tr>
              <th>Object</th>
              @for (c of columns; track c.key) {
                <th class="check">{{ c.label }}</th>
              }
              <th>Field permissions</th>
            </tr>
          </thead>
          <tbody>
            @for (o of rows(); track o.name) {
              <tr
                [class.invalid]="errors().paths.has('objects.' + o.name)"
                [class.selected]="o.name === selected()"
                [attr.data-testid]="'obj-row-' + o.name"
              >
                <td>
                  {{ o.label }} <span class="muted mono">{{ o.name }}</span>
                </td>
                @for (c of columns; track c.key) {
                  <td class="check">
                    <mat-checkbox
                      [checked]="objectGrant(d, o.name)[c.key]"
                      [disabled]="readOnly()"
                      (change)="setObject(o.name, c.key, $event.checked)"
                      [attr.data-testid]="'obj-' + o.name + '-' + c.key"
                      [aria-label]="c.label + ' ' + o.label"
                    />
                  </td>
                }
                <td class="actions">
                  <button mat-button type="button" (click)="select(o.name)" [attr.data-testid]="'obj-fields-' + o.name">
                    Fields ({{ fieldCount(o.name) }})
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h2>Field permissions</h2>
      <mat-form-field class="object-select" data-testid="field-object-select">
        <mat-label>Object</mat-label>
        <mat-select [value]="selected()" (selectionChange)="select($event.value)">
          @for (o of rows(); track o.name) {
            <mat-option [value]="o.name">{{ o.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (fieldsError(); as e) {
        <p class="error-text" role="alert">{{ e.message }}</p>
      } @else if (described(); as obj) {
        <div class="table-wrap">
          <table class="setup-table" data-testid="ps-fields" [attr.data-object]="obj.name">
            <thead>
              <tr>
                <th>Field</th>
                <th>API name</th>
                <th class="check">Read</th>
                <th class="check">Edit</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              @for (f of obj.fields; track f.name) {
                @let control = fieldControl(f, obj.nameField);
                @let key = obj.name + '.' + f.name;
                @let grant = fieldGrant(d, key);
                <tr [class.invalid]="errors().paths.has('fields.' + key)" [attr.data-testid]="'field-row-' + key">
                  <td>{{ f.label }}</td>
                  <td class="muted mono">{{ f.name }}</td>
                  <td class="check">
                    <mat-checkbox
                      [checked]="control.configurable ? grant.read : true"
                      [disabled]="readOnly() || !control.configurable"
                      (change)="setField(key, 'read', $event.checked)"
                      [attr.data-testid]="'field-' + key + '-read'"
                      [aria-label]="'Read ' + f.label"
                    />
                  </td>
                  <td class="check">
                    <mat-checkbox
                      [checked]="control.configurable ? grant.edit : false"
                      [disabled]="readOnly() || !control.configurable || !control.editable"
                      (change)="setField(key, 'edit', $event.checked)"
                      [attr.data-testid]="'field-' + key + '-edit'"
                      [aria-label]="'Edit ' + f.label"
                    />
                  </td>
                  <td class="muted">{{ control.note }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (selected()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the fields" />
      } @else {
        <p class="muted">Choose an object to set what its fields show.</p>
      }

      <h2>Custom permissions</h2>
      <div class="custom-permissions" data-testid="ps-custom-permissions">
        @for (cp of customPermissions(); track cp.apiName) {
          <mat-checkbox
            [checked]="d.customPermissions.includes(cp.apiName)"
            [disabled]="readOnly()"
            (change)="setCustomPermission(cp.apiName, $event.checked)"
            [class.invalid]="errors().paths.has('customPermissions.' + cp.apiName)"
            [attr.data-testid]="'cp-' + cp.apiName"
          >
            {{ cp.label }} <span class="muted">({{ cp.packageName }})</span>
          </mat-checkbox>
        } @empty {
          <p class="muted">The installed packages offer no custom permissions.</p>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the permission set" />
    }
  `,
  styles:
    SETUP_STYLES +
    `
    a { color: var(--mat-sys-primary); }
    h2 { font: var(--mat-sys-title-medium); margin: 24px 0 8px; }
    .details { display: flex; gap: 16px; flex-wrap: wrap; }
    .details .grow { flex: 1 1 360px; }
    .setup-table .check { text-align: center; width: 88px; }
    tr.invalid td, mat-checkbox.invalid { background: var(--mat-sys-error-container); }
    tr.selected td { background: var(--mat-sys-surface-container); }
    .errors { border: 1px solid var(--mat-sys-error); border-radius: 12px; padding: 4px 16px; margin-bottom: 16px; color: var(--mat-sys-error); }
    .notice { display: flex; align-items: center; gap: 8px; color: var(--mat-sys-on-surface-variant); }
    .status { color: var(--mat-sys-on-surface-variant); }
    .object-select { min-width: 280px; }
    .custom-permissions { display: flex; flex-direction: column; gap: 4px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PermissionSetEditorPage {
  private readonly api = inject(PermissionSetsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);

  /** From the route: the permission set's API name. */
  readonly name = input.required<string>();

  protected readonly columns = COLUMNS;
  protected readonly fieldControl = fieldControl;

  /** The set (again when the route names another, the older request cancelled), the objects and the custom permissions. */
  private readonly loadedSet = apiResource<Schemas['PermissionSetDetail']>(() => `/api/permission-sets/${encodeURIComponent(this.name())}`);
  private readonly loadedObjects = apiResource<{ sobjects: ObjectSummary[] }>(() => '/api/sobjects');
  private readonly loadedCustomPermissions = apiResource<ResponseBody<'PermissionSetsController_customPermissions'>>(
    () => '/api/setup/custom-permissions',
  );
  /** The set as last read or saved. */
  protected readonly saved = linkedSignal<Schemas['PermissionSetDetail'] | null>(() => this.loadedSet.value());
  /** The set being edited: the saved one until changed. */
  protected readonly draft = linkedSignal<PermissionSetDraft | null>(() => {
    const saved = this.saved();
    return saved ? draftOf(saved) : null;
  });
  protected readonly objects = computed(() => this.loadedObjects.value()?.sobjects ?? []);
  protected readonly customPermissions = computed(() => this.loadedCustomPermissions.value()?.customPermissions ?? []);
  protected readonly loadError = computed<ApiError | null>(
    () => this.loadedSet.error() ?? this.loadedObjects.error() ?? this.loadedCustomPermissions.error(),
  );
  protected readonly selected = signal<string | null>(null);
  protected readonly described = signal<DescribedObject | null>(null);
  protected readonly fieldsError = signal<ApiError | null>(null);
  protected readonly errors = signal<{ messages: string[]; paths: Set<string> }>({ messages: [], paths: new Set() });
  protected readonly saving = signal(false);
  protected readonly status = signal('');

  protected readonly readOnly = computed(() => !this.saved()?.editable || this.saving());
  protected readonly changed = computed(() => {
    const saved = this.saved();
    const draft = this.draft();
    return !!saved && !!draft && isChanged(draft, saved);
  });
  /** The objects the user may see, and any the set names that they may not. */
  protected readonly rows = computed(() => {
    const known = this.objects().map((o) => ({ name: o.name, label: o.label }));
    const extra = Object.keys(this.draft()?.objects ?? {})
      .filter((name) => !known.some((o) => o.name === name))
      .map((name) => ({ name, label: name }));
    return [...known, ...extra].sort((a, b) => a.label.localeCompare(b.label));
  });

  protected setText(key: 'label' | 'description', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.edit((d) => ({ ...d, [key]: value }));
  }

  protected setObject(object: string, key: ObjectPermissionKey, value: boolean): void {
    this.edit((d) => withObjectPermission(d, object, key, value));
  }

  protected setField(fieldKey: string, key: keyof Schemas['FieldPermission'], value: boolean): void {
    this.edit((d) => withFieldPermission(d, fieldKey, key, value));
  }

  protected setCustomPermission(apiName: string, on: boolean): void {
    this.edit((d) => withCustomPermission(d, apiName, on));
  }

  protected objectGrant(draft: PermissionSetDraft, object: string): Schemas['ObjectPermission'] {
    return draft.objects[object] ?? NO_OBJECT_PERMISSION;
  }

  protected fieldGrant(draft: PermissionSetDraft, key: string): Schemas['FieldPermission'] {
    return draft.fields[key] ?? NO_FIELD_PERMISSION;
  }

  protected fieldCount(object: string): number {
    const draft = this.draft();
    return draft ? readableFieldCount(draft, object) : 0;
  }

  protected async select(object: string): Promise<void> {
    this.selected.set(object);
    this.described.set(null);
    this.fieldsError.set(null);
    try {
      const described = await this.api.describe(object);
      if (this.selected() === object) this.described.set(described);
    } catch (error) {
      if (this.selected() === object) this.fieldsError.set(toApiError(error));
    }
  }

  protected async save(): Promise<void> {
    const saved = this.saved();
    const draft = this.draft();
    if (!saved || !draft) return;
    this.saving.set(true);
    this.status.set('');
    try {
      const result = await this.api.update(saved.apiName, toInput(draft, saved.apps));
      this.saved.set(result);
      this.errors.set({ messages: [], paths: new Set() });
      this.status.set('Saved.');
      this.toast.success(`Permission set ${result.label} saved.`);
    } catch (error) {
      this.errors.set(saveErrors(toApiError(error).errors));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    const ps = this.saved();
    if (!ps) return;
    const data = {
      title: `Delete ${ps.label}?`,
      message: 'Its users lose what it grants on their next page load; its assignments are deleted with it.',
      confirm: 'Delete',
    };
    if (!(await confirmed(this.dialog, data))) return;
    try {
      await this.api.delete(ps.apiName);
      this.toast.success(`Permission set ${ps.label} deleted.`);
      await this.router.navigate(['/setup/permission-sets']);
    } catch (error) {
      this.errors.set(saveErrors(toApiError(error).errors));
    }
  }

  private edit(change: (draft: PermissionSetDraft) => PermissionSetDraft): void {
    const draft = this.draft();
    if (!draft || this.readOnly()) return;
    this.draft.set(change(draft));
    this.status.set('');
  }
}
