import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ApiError, toApiError } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import { ConfirmData, confirmed } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { OpsApiService } from './ops-api.service';
import { OpsHeaderComponent } from './ops-header.component';
import { OPS_HTTP, opsResource } from './ops-resource';
import { PackageAction, PackageRow, licensedLabel, packageRows } from './package-rows';

/**
 * One tenant's packages next to the versions this server has loaded: install what it lacks,
 * upgrade to a later loaded version, grant or revoke a licence. Each asks first and says what
 * it did; a refusal from the API shows above the table.
 */
@Component({
  selector: 'app-ops-tenant-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, MatTableModule, ErrorPanelComponent, OpsHeaderComponent],
  providers: [OPS_HTTP],
  template: `
    @let t = tenant();
    <app-ops-header [title]="t?.name ?? slug()" [subtitle]="t ? t.slug + ' · ' + t.timeZone : ''" />
    @if (pageError(); as e) {
      <app-error-panel [error]="e" />
    } @else {
      @if (actionError(); as e) {
        <mat-card appearance="outlined" class="action-error" role="alert" data-testid="ops-error">
          <mat-card-content>
            @for (item of e.errors; track $index) {
              <p data-testid="error-message">{{ item.message }}</p>
            }
          </mat-card-content>
        </mat-card>
      }
      <mat-card appearance="outlined" class="packages">
        <mat-card-header><mat-card-title>Packages</mat-card-title></mat-card-header>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" aria-label="Working" />
        }
        <table mat-table [dataSource]="rows()" data-testid="packages-table">
          <ng-container matColumnDef="package">
            <th mat-header-cell *matHeaderCellDef>Package</th>
            <td mat-cell *matCellDef="let r" data-testid="package-name">{{ r.name }}</td>
          </ng-container>
          <ng-container matColumnDef="installed">
            <th mat-header-cell *matHeaderCellDef>Installed version</th>
            <td mat-cell *matCellDef="let r" data-testid="package-installed">{{ r.installed ?? 'Not installed' }}</td>
          </ng-container>
          <ng-container matColumnDef="loaded">
            <th mat-header-cell *matHeaderCellDef>Version on this server</th>
            <td mat-cell *matCellDef="let r" data-testid="package-loaded">{{ r.loaded ?? 'Not loaded' }}</td>
          </ng-container>
          <ng-container matColumnDef="licensed">
            <th mat-header-cell *matHeaderCellDef>Licensed</th>
            <td mat-cell *matCellDef="let r" data-testid="package-licensed" [class.no]="r.licence && r.licensed === false">
              {{ licensed(r) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef><span class="cdk-visually-hidden">Actions</span></th>
            <td mat-cell *matCellDef="let r" class="actions">
              @if (r.actions.includes('install')) {
                <button mat-flat-button type="button" [disabled]="busy()" (click)="act(r, 'install')" data-testid="package-install">
                  <mat-icon svgIcon="download" />Install
                </button>
              }
              @if (r.actions.includes('upgrade')) {
                <button mat-flat-button type="button" [disabled]="busy()" (click)="act(r, 'upgrade')" data-testid="package-upgrade">
                  <mat-icon svgIcon="upgrade" />Upgrade to {{ r.loaded }}
                </button>
              }
              @if (r.actions.includes('grant')) {
                <button mat-stroked-button type="button" [disabled]="busy()" (click)="act(r, 'grant')" data-testid="package-grant">
                  <mat-icon svgIcon="verified" />Grant licence
                </button>
              }
              @if (r.actions.includes('revoke')) {
                <button
                  mat-stroked-button
                  type="button"
                  class="danger"
                  [disabled]="busy()"
                  (click)="act(r, 'revoke')"
                  data-testid="package-revoke"
                >
                  <mat-icon svgIcon="block" />Revoke licence
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let r; columns: columns" data-testid="package-row" [attr.data-package]="r.name"></tr>
        </table>
      </mat-card>
    }
  `,
  styles: `
    table {
      width: 100%;
    }
    /* On a phone the table scrolls inside its card, not the page. */
    .packages {
      overflow-x: auto;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: flex-end;
      align-items: center;
      min-height: 52px;
    }
    .danger {
      color: var(--mat-sys-error);
    }
    .no {
      color: var(--mat-sys-error);
    }
    .action-error {
      margin-bottom: 16px;
      color: var(--mat-sys-error);
      border-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantPage {
  private readonly ops = inject(OpsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly slug = input.required<string>();

  protected readonly columns = ['package', 'installed', 'loaded', 'licensed', 'actions'];
  /** The tenant (again when the route names another, the older request cancelled) and the packages this server loaded. */
  private readonly loadedTenant = opsResource<Schemas['TenantSummary']>(() => `/api/ops/tenants/${encodeURIComponent(this.slug())}`);
  private readonly loadedPackages = opsResource<Schemas['LoadedPackage'][]>(() => '/api/ops/packages');
  /** The tenant as last read, or as an action left it. */
  protected readonly tenant = linkedSignal(() => this.loadedTenant.value());
  private readonly loaded = computed(() => this.loadedPackages.value() ?? []);
  protected readonly rows = computed(() => {
    const tenant = this.tenant();
    return tenant ? packageRows(tenant, this.loaded()) : [];
  });
  private readonly acting = signal(false);
  protected readonly busy = computed(() => this.acting() || this.loadedTenant.loading() || this.loadedPackages.loading());
  protected readonly pageError = computed<ApiError | null>(() => this.loadedTenant.error() ?? this.loadedPackages.error());
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly licensed = licensedLabel;

  protected async act(row: PackageRow, action: PackageAction): Promise<void> {
    const tenant = this.tenant();
    if (!tenant) return;
    const plan = this.plan(tenant, row, action);
    if (!(await confirmed(this.dialog, plan.confirm))) return;
    this.acting.set(true);
    this.actionError.set(null);
    try {
      this.tenant.set(await plan.run());
      this.snackBar.open(plan.done, 'Dismiss', { duration: 5000 });
    } catch (error) {
      this.actionError.set(toApiError(error));
    } finally {
      this.acting.set(false);
    }
  }

  private plan(
    tenant: Schemas['TenantSummary'],
    row: PackageRow,
    action: PackageAction,
  ): { confirm: ConfirmData; run: () => Promise<Schemas['TenantSummary']>; done: string } {
    const slug = tenant.slug;
    switch (action) {
      case 'install':
        return {
          confirm: {
            title: `Install ${row.name}?`,
            message: `${row.name} ${row.loaded} will be installed in ${tenant.name}${row.licence ? ', without its licence until you grant it' : ''}.`,
            confirm: 'Install',
          },
          run: () => this.ops.install(slug, row.name),
          done: `Installed ${row.name} ${row.loaded} in ${tenant.name}.`,
        };
      case 'upgrade':
        return {
          confirm: {
            title: `Upgrade ${row.name}?`,
            message: `${tenant.name} moves from ${row.name} ${row.installed} to ${row.loaded}. An upgrade cannot be undone.`,
            confirm: 'Upgrade',
          },
          run: () => this.ops.upgrade(slug, row.name, row.loaded ?? ''),
          done: `Upgraded ${row.name} to ${row.loaded} in ${tenant.name}.`,
        };
      case 'grant':
        return {
          confirm: {
            title: 'Grant the licence?',
            message: `${tenant.name}'s users get ${row.licence} features again, as their permission sets allow.`,
            confirm: 'Grant licence',
          },
          run: () => this.ops.setLicence(slug, row.name, true),
          done: `Granted the ${row.licence} licence to ${tenant.name}.`,
        };
      case 'revoke':
        return {
          confirm: {
            title: 'Revoke the licence?',
            message: `Every user of ${tenant.name}, admins too, loses ${row.licence} features until the licence is granted again. Their data is kept.`,
            confirm: 'Revoke licence',
          },
          run: () => this.ops.setLicence(slug, row.name, false),
          done: `Revoked the ${row.licence} licence from ${tenant.name}.`,
        };
    }
  }
}
