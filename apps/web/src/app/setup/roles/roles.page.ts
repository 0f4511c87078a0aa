import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { NgTemplateOutlet } from '@angular/common';
import { firstValueFrom, type Observable } from 'rxjs';
import { apiResource, toApiError } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../../core/busy-action';
import { confirmed } from '@platform/web/ui';
import { SETUP_STYLES } from '../setup.styles';

type Role = Schemas['RoleDetail'];
interface RoleNode {
  role: Role;
  children: RoleNode[];
}
/** What the editor card is doing: a new role (under a parent, or at the top) or changing one. */
type Editing = { kind: 'new'; parentRoleId: string | null } | { kind: 'edit'; role: Role };

/**
 * Setup → Roles: the role hierarchy as a tree (a manager sees and edits what users in the roles
 * below own). New role (at the top or under one), rename, move (Reports to) and delete - the
 * server refuses a delete while users or roles hold the role, and says why.
 */
@Component({
  selector: 'app-setup-roles-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ErrorPanelComponent,
  ],
  template: `
    <header class="page-header">
      <div>
        <div class="eyebrow"><a routerLink="/setup">Setup</a> › Roles</div>
        <h1>Roles</h1>
      </div>
      <span class="spacer"></span>
      <button mat-flat-button type="button" (click)="startNew(null)" data-testid="new-role"><mat-icon svgIcon="add" />New role</button>
    </header>
    <p class="muted">A user sees and edits, as if their own, the records owned by users in the roles below theirs.</p>

    @if (editing(); as e) {
      <mat-card appearance="outlined" class="editor">
        <mat-card-header>
          <mat-card-title>{{ e.kind === 'new' ? 'New role' : 'Edit ' + e.role.name }}</mat-card-title>
        </mat-card-header>
        <form [formGroup]="form" (ngSubmit)="save(e)" data-testid="role-form">
          <mat-card-content class="row">
            <mat-form-field>
              <mat-label>Label</mat-label>
              <input matInput formControlName="name" required data-testid="role-name" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>Role name</mat-label>
              <input matInput formControlName="developerName" data-testid="role-developer-name" />
              <mat-hint>Unique; made from the label when left empty.</mat-hint>
            </mat-form-field>
            <mat-form-field>
              <mat-label>This role reports to</mat-label>
              <mat-select formControlName="parentRoleId" data-testid="role-parent">
                <mat-option [value]="null">Nobody (top of the hierarchy)</mat-option>
                @for (r of parentChoices(); track r.id) {
                  <mat-option [value]="r.id">{{ r.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </mat-card-content>
          @if (action.error(); as message) {
            <p class="error-text editor-error" role="alert" data-testid="role-error">{{ message }}</p>
          }
          <mat-card-actions align="end">
            <button mat-button type="button" (click)="editing.set(null)" data-testid="role-cancel">Cancel</button>
            <button mat-flat-button type="submit" [disabled]="action.busy()" data-testid="role-save">Save</button>
          </mat-card-actions>
        </form>
      </mat-card>
    } @else if (action.error(); as message) {
      <p class="error-text" role="alert" data-testid="roles-error">{{ message }}</p>
    }

    @if (roles.error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (roles.value(); as r) {
      @if (r.roles.length) {
        <ul role="tree" aria-label="Role hierarchy" class="tree" data-testid="role-tree">
          @for (node of tree(); track node.role.id) {
            <ng-container *ngTemplateOutlet="item; context: { $implicit: node, level: 1 }" />
          }
        </ul>
      } @else {
        <p class="muted" data-testid="no-roles">No roles yet: add the first with New role.</p>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the roles" />
    }

    <ng-template #item let-node let-level="level">
      <li
        role="treeitem"
        aria-selected="false"
        [attr.aria-level]="level"
        [attr.aria-expanded]="node.children.length ? true : null"
        [attr.aria-label]="node.role.name"
      >
        <div class="node" [attr.data-testid]="'role-' + node.role.developerName">
          <mat-icon aria-hidden="true" [svgIcon]="node.children.length ? 'account_tree' : 'badge'" />
          <span class="label">{{ node.role.name }}</span>
          <span class="muted mono">{{ node.role.developerName }}</span>
          <span class="muted">{{ node.role.userCount }} {{ node.role.userCount === 1 ? 'user' : 'users' }}</span>
          <span class="spacer"></span>
          <button
            mat-button
            type="button"
            (click)="startNew(node.role.id)"
            [attr.aria-label]="'Add a role below ' + node.role.name"
            [attr.data-testid]="'role-add-below-' + node.role.developerName"
          >
            <mat-icon svgIcon="add" />Add below
          </button>
          <button
            mat-button
            type="button"
            (click)="startEdit(node.role)"
            [attr.aria-label]="'Edit or move ' + node.role.name"
            [attr.data-testid]="'role-edit-' + node.role.developerName"
          >
            <mat-icon svgIcon="edit" />Edit
          </button>
          <button
            mat-button
            type="button"
            (click)="remove(node.role)"
            [disabled]="action.busy()"
            [attr.aria-label]="'Delete ' + node.role.name"
            [attr.data-testid]="'role-delete-' + node.role.developerName"
          >
            <mat-icon svgIcon="delete" />Delete
          </button>
        </div>
        @if (node.children.length) {
          <ul role="group">
            @for (child of node.children; track child.role.id) {
              <ng-container *ngTemplateOutlet="item; context: { $implicit: child, level: level + 1 }" />
            }
          </ul>
        }
      </li>
    </ng-template>
  `,
  styles:
    SETUP_STYLES +
    `
    .editor { margin-bottom: 16px; }
    .editor-error { padding: 0 16px; }
    .row { display: flex; gap: 12px; flex-wrap: wrap; }
    .row > mat-form-field { flex: 1 1 220px; }
    .tree, .tree ul { list-style: none; margin: 0; padding: 0; }
    .tree ul { padding-left: 24px; border-left: 1px dashed var(--mat-sys-outline-variant); margin-left: 12px; }
    .node { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .node .label { font: var(--mat-sys-title-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupRolesPage {
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);

  protected readonly roles = apiResource<Schemas['RoleHierarchy']>(() => '/api/setup/roles');
  protected readonly action = new BusyAction();
  protected readonly editing = signal<Editing | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    developerName: new FormControl('', { nonNullable: true }),
    parentRoleId: new FormControl<string | null>(null),
  });

  /** The list (parents first) as a tree. */
  protected readonly tree = computed<RoleNode[]>(() => {
    const list = this.roles.value()?.roles ?? [];
    const nodes = new Map(list.map((role) => [role.id, { role, children: [] as RoleNode[] }]));
    const top: RoleNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.role.parentRoleId ? nodes.get(node.role.parentRoleId) : undefined;
      (parent ? parent.children : top).push(node);
    }
    return top;
  });

  /** A role may report to any role but itself and those below it. */
  protected readonly parentChoices = computed(() => {
    const e = this.editing();
    const list = this.roles.value()?.roles ?? [];
    if (e?.kind !== 'edit') return list;
    const below = new Set([e.role.id]);
    for (const role of list) if (role.parentRoleId && below.has(role.parentRoleId)) below.add(role.id);
    return list.filter((r) => !below.has(r.id));
  });

  protected startNew(parentRoleId: string | null): void {
    this.action.error.set(null);
    this.form.reset({ name: '', developerName: '', parentRoleId });
    this.editing.set({ kind: 'new', parentRoleId });
  }

  protected startEdit(role: Role): void {
    this.action.error.set(null);
    this.form.reset({ name: role.name, developerName: role.developerName, parentRoleId: role.parentRoleId });
    this.editing.set({ kind: 'edit', role });
  }

  protected async save(e: Editing): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      parentRoleId: v.parentRoleId,
      ...(v.developerName.trim() ? { developerName: v.developerName.trim() } : {}),
    };
    const done = await this.action.run(() =>
      e.kind === 'new'
        ? this.send(this.http.post('/api/setup/roles', body))
        : this.send(this.http.patch(`/api/setup/roles/${encodeURIComponent(e.role.id)}`, body)),
    );
    if (done) {
      this.editing.set(null);
      this.roles.reload();
    }
  }

  protected async remove(role: Role): Promise<void> {
    if (
      !(await confirmed(this.dialog, {
        title: `Delete ${role.name}?`,
        message: 'The role is removed from the hierarchy.',
        confirm: 'Delete',
      }))
    )
      return;
    this.editing.set(null);
    if (await this.action.run(() => this.send(this.http.delete(`/api/setup/roles/${encodeURIComponent(role.id)}`)))) this.roles.reload();
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call);
    } catch (error) {
      throw toApiError(error);
    }
  }
}
