import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ApiError, apiResource, toApiError } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import { PermissionSetsApiService } from '../permission-sets/permission-sets-api.service';
import type { Schemas } from '@platform/api-client';
import { BusyAction } from '../../core/busy-action';
import { SETUP_STYLES } from '../setup.styles';
import { NewUserForm } from './new-user.form';

/** Setup → Users: each user of the tenant with their permission sets; assign with the select, unassign with a chip's remove. */
@Component({
  selector: 'app-setup-users-page',
  imports: [
    MatButtonModule,
    NewUserForm,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ErrorPanelComponent,
  ],
  template: `
    <header class="page-header">
      <div>
        <div class="eyebrow">Setup</div>
        <h1>Users</h1>
      </div>
      <span class="spacer"></span>
      @if (!creating()) {
        <button mat-flat-button type="button" (click)="creating.set(true)" data-testid="new-user">
          <mat-icon svgIcon="person_add" />New user
        </button>
      }
    </header>
    @if (creating()) {
      <app-new-user-form
        [permissionSets]="sets()"
        [roles]="roles.value()?.roles ?? []"
        (created)="created($event)"
        (cancelled)="creating.set(false)"
      />
    }
    @if (notice(); as message) {
      <p role="status" data-testid="users-notice">{{ message }}</p>
    }
    @if (loadError(); as e) {
      <app-error-panel [error]="e" />
    } @else if (users(); as list) {
      @if (actionError(); as message) {
        <p class="error-text" role="alert" data-testid="users-error">{{ message }}</p>
      }
      <div class="table-wrap">
        <table class="setup-table" data-testid="users-list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Username</th>
              <th>Profile</th>
              <th>Role</th>
              <th>Permission sets</th>
              <th>Assign</th>
            </tr>
          </thead>
          <tbody>
            @for (u of list; track u.id) {
              <tr [attr.data-testid]="'user-row-' + u.username">
                <td>
                  <a class="user-link" [routerLink]="['/setup/users', u.id]" [attr.data-testid]="'user-link-' + u.username">{{ u.name }}</a>
                  @if (!u.active) {
                    <span class="muted">(inactive)</span>
                  }
                </td>
                <td class="mono">{{ u.username }}</td>
                <td>{{ u.profile }}</td>
                <td [attr.data-testid]="'user-role-' + u.username">{{ u.roleName ?? '' }}</td>
                <td>
                  <mat-chip-set [attr.aria-label]="'Permission sets of ' + u.name">
                    @for (name of u.permissionSets; track name) {
                      <mat-chip [attr.data-testid]="'user-ps-' + u.username + '-' + name" [disabled]="busy()">
                        <a [routerLink]="['/setup/permission-sets', name]">{{ labelOf(name) }}</a>
                        <button
                          matChipRemove
                          type="button"
                          (click)="unassign(u, name)"
                          [attr.aria-label]="'Unassign ' + labelOf(name)"
                          [attr.data-testid]="'unassign-' + u.username + '-' + name"
                        >
                          <mat-icon svgIcon="cancel" />
                        </button>
                      </mat-chip>
                    } @empty {
                      <span class="muted">None</span>
                    }
                  </mat-chip-set>
                </td>
                <td>
                  <mat-form-field subscriptSizing="dynamic" class="assign" [attr.data-testid]="'assign-' + u.username">
                    <mat-label>Add permission set</mat-label>
                    <mat-select #select [disabled]="busy()" (selectionChange)="assign(u, $event.value, select)">
                      @for (ps of assignable(u); track ps.apiName) {
                        <mat-option [value]="ps.apiName" [attr.data-testid]="'assign-option-' + ps.apiName">{{ ps.label }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading users" />
    }
  `,
  styles:
    SETUP_STYLES +
    `a { color: inherit; text-decoration: none; } a.user-link { color: var(--mat-sys-primary); text-decoration: underline; } .assign { min-width: 240px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupUsersPage {
  private readonly api = inject(PermissionSetsApiService);
  protected readonly users = signal<Schemas['TenantUser'][] | null>(null);
  protected readonly sets = signal<Schemas['PermissionSetDetail'][]>([]);
  /** The roles the new-user form offers. */
  protected readonly roles = apiResource<Schemas['RoleHierarchy']>(() => '/api/setup/roles');
  protected readonly loadError = signal<ApiError | null>(null);
  private readonly action = new BusyAction();
  protected readonly actionError = this.action.error;
  protected readonly busy = this.action.busy;
  protected readonly creating = signal(false);
  protected readonly notice = signal<string | null>(null);
  private readonly labels = computed(() => new Map(this.sets().map((ps) => [ps.apiName.toLowerCase(), ps.label])));

  constructor() {
    void this.load();
  }

  protected async created(user: Schemas['UserDetail']): Promise<void> {
    this.creating.set(false);
    this.notice.set(`Created ${user.name} (${user.username}).`);
    this.users.set(await this.api.users());
  }

  protected labelOf(apiName: string): string {
    return this.labels().get(apiName.toLowerCase()) ?? apiName;
  }

  protected assignable(user: Schemas['TenantUser']): Schemas['PermissionSetDetail'][] {
    const has = new Set(user.permissionSets.map((n) => n.toLowerCase()));
    return this.sets().filter((ps) => !has.has(ps.apiName.toLowerCase()));
  }

  protected assign(user: Schemas['TenantUser'], permissionSet: string, select: MatSelect): Promise<void> {
    select.writeValue(null);
    return this.change(() => this.api.assign(user.id, permissionSet));
  }

  protected unassign(user: Schemas['TenantUser'], permissionSet: string): Promise<void> {
    return this.change(() => this.api.unassign(user.id, permissionSet));
  }

  /** Runs one assignment change, then reads the users again so the page shows what the server holds. */
  private async change(call: () => Promise<void>): Promise<void> {
    await this.action.run(async () => {
      await call();
      this.users.set(await this.api.users());
    });
  }

  private async load(): Promise<void> {
    try {
      const [users, sets] = await Promise.all([this.api.users(), this.api.list()]);
      this.sets.set(sets.sort((a, b) => a.label.localeCompare(b.label)));
      this.users.set(users);
    } catch (error) {
      this.loadError.set(toApiError(error));
    }
  }
}
