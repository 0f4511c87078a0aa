import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { fieldError } from '@platform/web';
import { ToastService } from '@platform/web/ui';
import { ArApiService, DebtorSettingsRecord, SETTINGS_FIELDS } from './ar-api.service';
import { ObjectRights } from './ar-api.service';
import { clearServerErrors, showServerErrors } from './server-errors';

export interface DebtorSettingsData {
  debtorId: string;
  debtorName: string | null;
}

const F = SETTINGS_FIELDS;

/**
 * Debtor Settings as the help article walks through them: the debtor's Payment Terms, Invoice
 * Email and Invoice Template; Edit, change, Save. The record is created on the first save.
 * Closes with `true` once saved, so the page can be drawn again with the new due dates.
 */
@Component({
  selector: 'app-ar-debtor-settings-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>
      Debtor Settings
      @if (data.debtorName) {
        · {{ data.debtorName }}
      }
    </h2>
    <mat-dialog-content data-testid="debtor-settings">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the debtor settings" />
      } @else if (!editing()) {
        @let s = settings();
        <dl class="view">
          <dt>Payment Terms</dt>
          <dd data-testid="debtor-settings-terms">
            {{ s?.paymentTerms !== null && s?.paymentTerms !== undefined ? s!.paymentTerms + ' days' : 'Default' }}
          </dd>
          <dt>Invoice Email</dt>
          <dd data-testid="debtor-settings-email">{{ s?.invoiceEmail || "The debtor's Email" }}</dd>
          <dt>Invoice Template</dt>
          <dd data-testid="debtor-settings-template">{{ s?.template?.name || 'Default' }}</dd>
        </dl>
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()" id="debtor-settings-form" class="edit">
          <mat-form-field data-testid="field-lumary__Payment_Terms__c">
            <mat-label>Payment Terms (days)</mat-label>
            <input matInput type="number" min="0" max="365" step="1" [formControl]="form.controls[F.paymentTerms]" />
            <mat-hint>Changes the due dates of this debtor's open invoices.</mat-hint>
            <mat-error>{{ error(F.paymentTerms, 'Payment Terms') }}</mat-error>
          </mat-form-field>
          <mat-form-field data-testid="field-lumary__Invoice_Email__c">
            <mat-label>Invoice Email</mat-label>
            <input matInput type="email" [formControl]="form.controls[F.invoiceEmail]" />
            <mat-hint>Invoices go here instead of the debtor's Email.</mat-hint>
            <mat-error>{{ error(F.invoiceEmail, 'Invoice Email') }}</mat-error>
          </mat-form-field>
          <mat-form-field data-testid="field-lumary__Invoice_Template__c">
            <mat-label>Invoice Template</mat-label>
            <mat-select [formControl]="form.controls[F.template]" placeholder="Default">
              <mat-option [value]="null">Default</mat-option>
              @for (t of templates(); track t.id) {
                <mat-option [value]="t.id">{{ t.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ error(F.template, 'Invoice Template') }}</mat-error>
          </mat-form-field>
        </form>
      }
      @for (message of topErrors(); track $index) {
        <p class="error" role="alert" data-testid="debtor-settings-error">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (editing()) {
        <button mat-button type="button" (click)="editing.set(false)" [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" form="debtor-settings-form" [disabled]="saving()" data-testid="debtor-settings-save">
          Save
        </button>
      } @else {
        <button mat-button mat-dialog-close data-testid="debtor-settings-close">Close</button>
        @if (canEdit()) {
          <button mat-flat-button (click)="edit()" [disabled]="loading()" data-testid="debtor-settings-edit">Edit</button>
        }
      }
    </mat-dialog-actions>
  `,
  styles: `
    .view {
      display: grid;
      grid-template-columns: 160px 1fr;
      gap: 12px 16px;
      margin: 8px 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .edit {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding-top: 8px;
      min-width: 360px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorSettingsDialog {
  private readonly ar = inject(ArApiService);
  private readonly toast = inject(ToastService);
  private readonly ref = inject(MatDialogRef<DebtorSettingsDialog, boolean>);
  protected readonly data = inject<DebtorSettingsData>(MAT_DIALOG_DATA);
  protected readonly F = F;

  protected readonly loading = signal(true);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly settings = signal<DebtorSettingsRecord | null>(null);
  protected readonly rights = signal<ObjectRights>({ createable: false, updateable: false });
  protected readonly templates = signal<{ id: string; name: string }[]>([]);
  protected readonly topErrors = signal<string[]>([]);
  protected readonly canEdit = () => (this.settings() ? this.rights().updateable : this.rights().createable);

  protected readonly form = new FormGroup<Record<string, FormControl>>({
    [F.paymentTerms]: new FormControl<string | number | null>(null),
    [F.invoiceEmail]: new FormControl<string | null>(null),
    [F.template]: new FormControl<string | null>(null),
  });

  constructor() {
    void this.load();
  }

  protected async edit(): Promise<void> {
    const s = this.settings();
    this.form.reset({
      [F.paymentTerms]: s?.paymentTerms ?? null,
      [F.invoiceEmail]: s?.invoiceEmail ?? null,
      [F.template]: s?.template?.id ?? null,
    });
    this.topErrors.set([]);
    this.editing.set(true);
    if (!this.templates().length) this.templates.set(await this.ar.invoiceTemplates().catch(() => []));
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.topErrors.set([]);
    const v = this.form.getRawValue();
    const values = {
      [F.paymentTerms]: blank(v[F.paymentTerms]) ? null : String(v[F.paymentTerms]),
      [F.invoiceEmail]: blank(v[F.invoiceEmail]) ? null : String(v[F.invoiceEmail]).trim(),
      [F.template]: v[F.template] || null,
    };
    this.saving.set(true);
    try {
      await this.ar.saveDebtorSettings(this.data.debtorId, this.settings()?.id ?? null, values);
      this.toast.success('Debtor settings saved: open invoices follow the new payment terms.');
      this.ref.close(true);
    } catch (error) {
      this.topErrors.set(showServerErrors(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }

  protected error(field: string, label: string): string | null {
    return fieldError(this.form.controls[field], label);
  }

  private async load(): Promise<void> {
    try {
      const [settings, rights] = await Promise.all([
        this.ar.debtorSettings(this.data.debtorId),
        this.ar.rights('lumary__Debtor_Settings__c'),
      ]);
      this.settings.set(settings);
      this.rights.set(rights);
    } catch (error) {
      this.topErrors.set([(error as Error).message]);
    } finally {
      this.loading.set(false);
    }
  }
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}
