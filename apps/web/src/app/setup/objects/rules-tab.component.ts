import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { Schemas } from '@platform/api-client';
import { SETUP_STYLES } from '../setup.styles';
import { ObjectTab } from './object-tab';
import { RuleDialog, RuleDialogData } from './rule.dialog';

/** Validation Rules: the package's (read-only, locked) and the tenant's own (new, edit, delete). */
@Component({
  selector: 'app-setup-rules-tab',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  template: `
    @let d = detail();
    <div class="page-header">
      <span class="muted">{{ d.validationRules.length }} validation rules</span>
      <span class="spacer"></span>
      <button mat-flat-button type="button" (click)="open()" data-testid="new-rule"><mat-icon svgIcon="add" />New rule</button>
    </div>
    @if (error(); as e) {
      <p class="error-text" role="alert" data-testid="rules-error">{{ e.message }}</p>
    }
    <div class="table-wrap">
      <table class="setup-table" data-testid="rules-table">
        <thead>
          <tr>
            <th scope="col">Rule name</th>
            <th scope="col">Error condition</th>
            <th scope="col">Error message</th>
            <th scope="col">Location</th>
            <th scope="col">Active</th>
            <th scope="col"><span class="cdk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (r of d.validationRules; track r.apiName) {
            <tr [attr.data-testid]="'rule-row-' + r.apiName">
              <td>
                <span class="mono">{{ r.apiName }}</span>
                @if (r.locked) {
                  <mat-icon
                    class="lock"
                    [matTooltip]="'From ' + r.packageName + ': read-only'"
                    aria-label="Locked"
                    data-testid="rule-locked"
                    svgIcon="lock"
                  />
                }
              </td>
              <td class="mono formula">{{ r.errorConditionFormula }}</td>
              <td>{{ r.errorMessage }}</td>
              <td>{{ fieldLabel(r.errorDisplayField) }}</td>
              <td data-testid="rule-active-cell">{{ r.active ? 'Active' : 'Inactive' }}</td>
              <td class="actions">
                @if (!r.locked) {
                  <button mat-icon-button type="button" (click)="open(r)" [attr.aria-label]="'Edit ' + r.apiName" data-testid="rule-edit">
                    <mat-icon svgIcon="edit" />
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    (click)="remove(r)"
                    [attr.aria-label]="'Delete ' + r.apiName"
                    data-testid="rule-delete"
                  >
                    <mat-icon svgIcon="delete" />
                  </button>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td class="empty" colspan="6" data-testid="no-rules">No validation rules.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [SETUP_STYLES, '.formula { white-space: pre-wrap; max-width: 360px; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesTabComponent extends ObjectTab {
  protected fieldLabel(name: string | null | undefined): string {
    if (!name) return 'Top of the form';
    return this.detail().fields.find((f) => f.apiName.toLowerCase() === name.toLowerCase())?.label ?? name;
  }

  protected open(rule?: Schemas['SetupValidationRule']): void {
    const d = this.detail();
    this.openDialog<RuleDialogData>(RuleDialog, { object: d.apiName, objectLabel: d.label, fields: d.fields, rule }, '640px');
  }

  protected remove(rule: Schemas['SetupValidationRule']): Promise<void> {
    return this.confirmDelete(
      { title: `Delete ${rule.apiName}?`, message: 'Records are no longer checked against it.', confirm: 'Delete' },
      () => this.setup.deleteRule(this.detail().apiName, rule.apiName),
    );
  }
}
