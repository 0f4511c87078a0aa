import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { apiResource } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import { SETUP_STYLES } from '../setup.styles';
import { NewPermissionSetDialog } from './new-permission-set.dialog';
import type { Schemas } from '@platform/api-client';

/** Setup → Permission Sets: the packages' (read-only) and the tenant's own, and New. */
@Component({
  selector: 'app-permission-set-list-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, ErrorPanelComponent],
  template: `
    <header class="page-header">
      <div>
        <div class="eyebrow">Setup</div>
        <h1>Permission Sets</h1>
      </div>
      <span class="spacer"></span>
      <button mat-flat-button type="button" (click)="create()" data-testid="ps-new"><mat-icon svgIcon="add" />New</button>
    </header>
    @if (error(); as e) {
      <app-error-panel [error]="e" />
    } @else if (sets(); as list) {
      <div class="table-wrap">
        <table class="setup-table" data-testid="ps-list">
          <thead>
            <tr>
              <th>Label</th>
              <th>API name</th>
              <th>Package</th>
              <th>Description</th>
            </tr>
          </thead>
          <tbody>
            @for (ps of list; track ps.apiName) {
              <tr [attr.data-testid]="'ps-row-' + ps.apiName">
                <td>
                  <a [routerLink]="['/setup/permission-sets', ps.apiName]" [attr.data-testid]="'ps-link-' + ps.apiName">{{ ps.label }}</a>
                </td>
                <td class="mono">{{ ps.apiName }}</td>
                <td>
                  @if (ps.packageName) {
                    <mat-icon class="lock" aria-hidden="true" svgIcon="lock" /> {{ ps.packageName }}
                  } @else {
                    Custom
                  }
                </td>
                <td class="muted">{{ ps.description }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4" class="empty">No permission sets yet.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading permission sets" />
    }
  `,
  styles: SETUP_STYLES + `a { color: var(--mat-sys-primary); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PermissionSetListPage {
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly loaded = apiResource<Schemas['PermissionSetDetail'][]>(() => '/api/permission-sets');
  /** The tenant's own first, then the packages', each by label. */
  protected readonly sets = computed(() => {
    const sets = this.loaded.value();
    return sets ? [...sets].sort((a, b) => Number(!!a.packageName) - Number(!!b.packageName) || a.label.localeCompare(b.label)) : null;
  });
  protected readonly error = this.loaded.error;

  protected create(): void {
    this.dialog
      .open(NewPermissionSetDialog, { autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((created?: Schemas['PermissionSetDetail']) => {
        if (created) void this.router.navigate(['/setup/permission-sets', created.apiName]);
      });
  }
}
