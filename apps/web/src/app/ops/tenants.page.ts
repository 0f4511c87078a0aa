import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { OpsApiService } from './ops-api.service';
import { OpsHeaderComponent } from './ops-header.component';
import { OPS_HTTP, opsResource } from './ops-resource';

/** The operator console's home: every tenant with its packages, and a form to create one. */
@Component({
  selector: 'app-ops-tenants-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    ErrorPanelComponent,
    OpsHeaderComponent,
  ],
  providers: [OPS_HTTP],
  template: `
    <app-ops-header title="Tenants" />
    @if (pageError(); as e) {
      <app-error-panel [error]="e" />
    } @else {
      <mat-card appearance="outlined" class="tenants">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading tenants" />
        }
        <table mat-table [dataSource]="tenants()" data-testid="tenants-table">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>Name</th>
            <td mat-cell *matCellDef="let t">
              <a [routerLink]="['/ops/tenants', t.slug]" [attr.data-testid]="'tenant-link-' + t.slug">{{ t.name }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="slug">
            <th mat-header-cell *matHeaderCellDef>Slug</th>
            <td mat-cell *matCellDef="let t" data-testid="tenant-slug">{{ t.slug }}</td>
          </ng-container>
          <ng-container matColumnDef="timeZone">
            <th mat-header-cell *matHeaderCellDef>Time zone</th>
            <td mat-cell *matCellDef="let t" data-testid="tenant-time-zone">{{ t.timeZone }}</td>
          </ng-container>
          <ng-container matColumnDef="packages">
            <th mat-header-cell *matHeaderCellDef>Packages</th>
            <td mat-cell *matCellDef="let t">
              <mat-chip-set [attr.aria-label]="'Packages of ' + t.name">
                @for (p of t.packages; track p.name) {
                  <mat-chip
                    [class.unlicensed]="needsLicence(p.name) && !p.licensed"
                    data-testid="package-chip"
                    [attr.data-package]="p.name"
                  >
                    {{ p.name }} {{ p.version }}
                    @if (needsLicence(p.name)) {
                      · {{ p.licensed ? 'licensed' : 'not licensed' }}
                    }
                  </mat-chip>
                }
              </mat-chip-set>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let t; columns: columns" data-testid="tenant-row" [attr.data-slug]="t.slug"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">No tenants yet.</td>
          </tr>
        </table>
      </mat-card>

      <mat-card appearance="outlined" class="create">
        <mat-card-header><mat-card-title>New tenant</mat-card-title></mat-card-header>
        <form [formGroup]="form" (ngSubmit)="create()" data-testid="tenant-create-form">
          <mat-card-content class="fields">
            <mat-form-field data-testid="field-name">
              <mat-label>Name</mat-label>
              <input matInput formControlName="name" required />
            </mat-form-field>
            <mat-form-field data-testid="field-slug">
              <mat-label>Slug</mat-label>
              <input matInput formControlName="slug" required />
              <mat-hint>Lower-case letters, digits and dashes</mat-hint>
            </mat-form-field>
            <mat-form-field data-testid="field-timeZone">
              <mat-label>Time zone</mat-label>
              <input matInput formControlName="timeZone" />
            </mat-form-field>
          </mat-card-content>
          <mat-card-content class="fields" formGroupName="admin">
            <p class="admin-heading">Its first System Administrator, created with the tenant:</p>
            <mat-form-field data-testid="field-admin-firstName">
              <mat-label>First name</mat-label>
              <input matInput formControlName="firstName" />
            </mat-form-field>
            <mat-form-field data-testid="field-admin-lastName">
              <mat-label>Last name</mat-label>
              <input matInput formControlName="lastName" />
            </mat-form-field>
            <mat-form-field data-testid="field-admin-email">
              <mat-label>Email</mat-label>
              <input matInput type="email" formControlName="email" />
            </mat-form-field>
            <mat-form-field data-testid="field-admin-username">
              <mat-label>Username</mat-label>
              <input matInput formControlName="username" />
              <mat-hint>Unique across every tenant</mat-hint>
            </mat-form-field>
            <mat-form-field data-testid="field-admin-temporaryPassword">
              <mat-label>Temporary password</mat-label>
              <input matInput formControlName="temporaryPassword" autocomplete="off" />
              <mat-hint>Changed at first sign-in; leave blank to email a set-password link</mat-hint>
            </mat-form-field>
          </mat-card-content>
          @for (message of createErrors(); track $index) {
            <p class="error" role="alert" data-testid="tenant-create-error">{{ message }}</p>
          }
          <mat-card-actions align="end">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="tenant-create">
              <mat-icon svgIcon="add" />Create tenant
            </button>
          </mat-card-actions>
        </form>
      </mat-card>
    }
  `,
  styles: `
    .admin-heading {
      width: 100%;
      margin: 8px 0 0;
    }
    .tenants,
    .create {
      margin-bottom: 16px;
    }
    /* On a phone the table scrolls inside its card, not the page. */
    .tenants {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    a {
      color: var(--mat-sys-primary);
    }
    .unlicensed {
      --mat-chip-label-text-color: var(--mat-sys-error);
    }
    .empty {
      padding: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      padding-top: 8px;
    }
    .fields mat-form-field {
      flex: 1 1 220px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0 16px 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantsPage {
  private readonly ops = inject(OpsApiService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly columns = ['name', 'slug', 'timeZone', 'packages'];
  private readonly loadedTenants = opsResource<Schemas['TenantSummary'][]>(() => '/api/ops/tenants');
  private readonly loadedPackages = opsResource<Schemas['LoadedPackage'][]>(() => '/api/ops/packages');
  protected readonly tenants = computed(() => this.loadedTenants.value() ?? []);
  private readonly loaded = computed(() => this.loadedPackages.value() ?? []);
  protected readonly loading = computed(() => this.loadedTenants.loading() || this.loadedPackages.loading());
  protected readonly pageError = computed<ApiError | null>(() => this.loadedTenants.error() ?? this.loadedPackages.error());
  protected readonly saving = signal(false);
  protected readonly createErrors = signal<string[]>([]);
  private readonly licensedPackages = computed(
    () =>
      new Set(
        this.loaded()
          .filter((p) => p.licence)
          .map((p) => p.name),
      ),
  );

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    slug: new FormControl('', { nonNullable: true, validators: Validators.required }),
    timeZone: new FormControl('Australia/Sydney', { nonNullable: true }),
    admin: new FormGroup({
      firstName: new FormControl('', { nonNullable: true }),
      lastName: new FormControl('', { nonNullable: true }),
      email: new FormControl('', { nonNullable: true }),
      username: new FormControl('', { nonNullable: true }),
      temporaryPassword: new FormControl('', { nonNullable: true }),
    }),
  });

  protected needsLicence(name: string): boolean {
    return this.licensedPackages().has(name);
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.saving.set(true);
    this.createErrors.set([]);
    try {
      const { name, slug, timeZone, admin } = this.form.getRawValue();
      // The admin goes with the tenant when any of their fields is filled (the server names what is missing).
      const withAdmin = Object.values(admin).some((v) => v.trim());
      const tenant = await this.ops.createTenant({
        name: name.trim(),
        slug: slug.trim(),
        timeZone: timeZone.trim() || undefined,
        ...(withAdmin
          ? {
              admin: {
                firstName: admin.firstName.trim() || null,
                lastName: admin.lastName,
                email: admin.email.trim(),
                username: admin.username.trim(),
                ...(admin.temporaryPassword ? { temporaryPassword: admin.temporaryPassword } : {}),
              },
            }
          : {}),
      });
      this.form.reset();
      const who = withAdmin ? ` with its admin ${admin.username.trim().toLowerCase()}` : '';
      this.snackBar.open(`Created the tenant ${tenant.name} (${tenant.slug})${who}.`, 'Dismiss', { duration: 5000 });
      await this.loadedTenants.reload();
    } catch (error) {
      this.createErrors.set(toApiError(error).errors.map((e) => e.message));
    } finally {
      this.saving.set(false);
    }
  }
}
