import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { toApiError } from '@platform/web';
import { PermissionSetsApiService } from '../permission-sets/permission-sets-api.service';
import type { SetupField } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';
import { EditFieldData, EditFieldDialog } from './edit-field.dialog';
import { typeSummary } from './field-form';
import { NewFieldData, NewFieldDialog } from './new-field.dialog';
import { ObjectTab } from './object-tab';

/** Fields & Relationships: every field with its type; New field, Edit, and Delete for the tenant's own. */
@Component({
  selector: 'app-setup-fields-tab',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  template: `
    @let d = detail();
    <div class="page-header">
      <span class="muted">{{ d.fields.length }} fields</span>
      <span class="spacer"></span>
      <button mat-flat-button type="button" (click)="newField()" [disabled]="busy()" data-testid="new-field">
        <mat-icon svgIcon="add" />New field
      </button>
    </div>
    @if (error(); as e) {
      <p class="error-text" role="alert" data-testid="fields-error">{{ e.message }}</p>
    }
    <div class="table-wrap">
      <table class="setup-table" data-testid="fields-table">
        <thead>
          <tr>
            <th scope="col">Field label</th>
            <th scope="col">API name</th>
            <th scope="col">Type</th>
            <th scope="col">Package</th>
            <th scope="col">Required</th>
            <th scope="col"><span class="cdk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (f of d.fields; track f.apiName) {
            <tr [attr.data-testid]="'field-row-' + f.apiName">
              <td>
                {{ f.label }}
                @if (f.locked) {
                  <mat-icon
                    class="lock"
                    matTooltip="Locked by its package: only the label, help text and picklist values may change"
                    aria-label="Locked"
                    data-testid="field-locked"
                    svgIcon="lock"
                  />
                }
              </td>
              <td class="mono">{{ f.apiName }}</td>
              <td data-testid="field-type">
                {{ type(f) }}
                @if (f.indexing; as ix) {
                  <div class="muted" role="status" data-testid="field-indexing">
                    {{ ix.state === 'failed' ? 'Indexing failed: ' + (ix.error ?? '') : 'Indexing: ' + ix.percent + ' %' }}
                  </div>
                }
              </td>
              <td>{{ f.packageName || 'Custom' }}</td>
              <td>{{ f.required || f.type === 'MasterDetail' ? 'Yes' : '' }}</td>
              <td class="actions">
                <button mat-icon-button type="button" (click)="edit(f)" [attr.aria-label]="'Edit ' + f.label" data-testid="field-edit">
                  <mat-icon svgIcon="edit" />
                </button>
                @if (f.custom) {
                  <button
                    mat-icon-button
                    type="button"
                    (click)="remove(f)"
                    [attr.aria-label]="'Delete ' + f.label"
                    data-testid="field-delete"
                  >
                    <mat-icon svgIcon="delete" />
                  </button>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td class="empty" colspan="6">No fields.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: SETUP_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldsTabComponent extends ObjectTab {
  private readonly permissionSetsApi = inject(PermissionSetsApiService);
  protected readonly busy = signal(false);

  protected type(field: SetupField): string {
    return typeSummary(field, this.detail().summaryOptions);
  }

  protected async newField(): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      // The permission sets, for the dialog's field-level security: who besides admins sees the field.
      const [types, objects, permissionSets] = await Promise.all([
        this.setup.fieldTypes(),
        this.setup.objects(),
        this.permissionSetsApi.list(),
      ]);
      const d = this.detail();
      this.openDialog<NewFieldData>(
        NewFieldDialog,
        { object: d.apiName, objectLabel: d.label, types, objects, summaryOptions: d.summaryOptions, permissionSets },
        '640px',
      );
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected edit(field: SetupField): void {
    this.openDialog<EditFieldData>(
      EditFieldDialog,
      { object: this.detail().apiName, field, summaryOptions: this.detail().summaryOptions },
      '560px',
    );
  }

  protected remove(field: SetupField): Promise<void> {
    return this.confirmDelete(
      {
        title: `Delete ${field.label}?`,
        message: `${field.apiName} and its values on every record are deleted. Layouts that show it lose it.`,
        confirm: 'Delete',
      },
      () => this.setup.deleteField(this.detail().apiName, field.apiName),
    );
  }
}
