import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { Schemas } from '@platform/api-client';
import type { SetupField } from '../setup-types';
import { FormDialog, FormDialogFrameComponent } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import { SETUP_DIALOG_STYLES } from '../setup.styles';
import { FormulaPointer, formulaPointer } from './formula-position';

export interface RuleDialogData {
  object: string;
  objectLabel: string;
  fields: SetupField[];
  /** The rule to edit; absent for a new one. */
  rule?: Schemas['SetupValidationRule'];
}

/**
 * New or edit a validation rule: the error condition formula, its message, the field the message
 * shows on (or the top of the form), and whether it is active. A formula the server cannot parse
 * shows its message under the formula box, with the line and a caret at the spot.
 */
@Component({
  selector: 'app-setup-rule-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatSlideToggleModule, FormDialogFrameComponent],
  template: `
    <app-form-dialog-frame
      [title]="data.rule ? 'Edit ' + data.rule.apiName : 'New validation rule on ' + data.objectLabel"
      form="rule-form"
      [saving]="saving()"
      [errors]="topErrors()"
      submitTestId="rule-save"
    >
      <form [formGroup]="form" (ngSubmit)="save()" id="rule-form" class="dialog-form" novalidate>
        @if (!data.rule) {
          <mat-form-field data-testid="rule-apiName">
            <mat-label>Rule name</mat-label>
            <input matInput [formControl]="c('apiName')" required />
            <mat-hint>Letters, digits and underscores, e.g. Region_Required</mat-hint>
            <mat-error>{{ error('apiName', 'Rule name') }}</mat-error>
          </mat-form-field>
        }
        <mat-slide-toggle [formControl]="flag('active')" data-testid="rule-active">Active</mat-slide-toggle>
        <mat-form-field class="mono" data-testid="rule-formula">
          <mat-label>Error condition formula</mat-label>
          <textarea matInput [formControl]="c('errorConditionFormula')" rows="5" required spellcheck="false"></textarea>
          <mat-hint>The record is refused when this is true, e.g. ISBLANK(Phone)</mat-hint>
          <mat-error data-testid="rule-formula-error">{{ error('errorConditionFormula', 'Error condition formula') }}</mat-error>
        </mat-form-field>
        @if (pointer(); as p) {
          <pre class="pointer" data-testid="rule-formula-pointer" aria-label="Where the formula went wrong"
            >{{ p.line }}: {{ p.text }}
{{ pad(p) }}{{ p.caret }}</pre
          >
        }
        <mat-form-field data-testid="rule-message">
          <mat-label>Error message</mat-label>
          <input matInput [formControl]="c('errorMessage')" required maxlength="255" />
          <mat-error>{{ error('errorMessage', 'Error message') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="rule-location">
          <mat-label>Error location</mat-label>
          <mat-select [formControl]="c('errorDisplayField')">
            <mat-option value="">Top of the form</mat-option>
            @for (f of data.fields; track f.apiName) {
              <mat-option [value]="f.apiName">{{ f.label }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('errorDisplayField', 'Error location') }}</mat-error>
        </mat-form-field>
        <mat-form-field data-testid="rule-description">
          <mat-label>Description</mat-label>
          <input matInput [formControl]="c('description')" />
        </mat-form-field>
      </form>
    </app-form-dialog-frame>
  `,
  styles: [
    SETUP_DIALOG_STYLES,
    '.pointer { margin: 0 0 12px; padding: 8px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); overflow-x: auto; }',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleDialog extends FormDialog<boolean> {
  private readonly setup = inject(SetupApiService);
  protected readonly data = inject<RuleDialogData>(MAT_DIALOG_DATA);
  /** The formula last sent: a parse error's caret points into it. */
  private sentFormula = '';
  /** The formula as it was sent and the server's message about it, for the caret. */
  private readonly formulaError = signal<{ formula: string; message: string } | null>(null);
  protected readonly pointer = computed<FormulaPointer | null>(() => {
    const e = this.formulaError();
    return e ? formulaPointer(e.formula, e.message) : null;
  });

  protected readonly form = new FormGroup<Record<string, FormControl>>({
    apiName: new FormControl(this.data.rule?.apiName ?? '', this.data.rule ? null : Validators.required),
    active: new FormControl(this.data.rule?.active ?? true),
    errorConditionFormula: new FormControl(this.data.rule?.errorConditionFormula ?? '', Validators.required),
    errorMessage: new FormControl(this.data.rule?.errorMessage ?? '', Validators.required),
    errorDisplayField: new FormControl(this.data.rule?.errorDisplayField ?? ''),
    description: new FormControl(this.data.rule?.description ?? ''),
  });

  /** The line number's width, so the caret lines up under the formula text. */
  protected pad(p: FormulaPointer): string {
    return ' '.repeat(`${p.line}: `.length);
  }

  protected async save(): Promise<void> {
    this.formulaError.set(null);
    if (!this.start()) return;
    const v = this.form.getRawValue() as Record<string, string | boolean>;
    const body: Schemas['ValidationRuleRequest'] = {
      errorConditionFormula: String(v['errorConditionFormula']),
      errorMessage: String(v['errorMessage']).trim(),
      active: !!v['active'],
    };
    // Blank means "top of the form" / no description: left out of a new rule, cleared on an edited one.
    const location = String(v['errorDisplayField'] ?? '');
    if (location || this.data.rule?.errorDisplayField) body.errorDisplayField = location || null;
    const description = String(v['description'] ?? '').trim();
    if (description || this.data.rule?.description) body.description = description;
    this.sentFormula = body.errorConditionFormula ?? '';
    const rule = this.data.rule;
    const saved = await this.run(() =>
      rule
        ? this.setup.updateRule(this.data.object, rule.apiName, body)
        : this.setup.createRule(this.data.object, { apiName: String(v['apiName']).trim(), ...body }),
    );
    if (saved) this.close(true);
  }

  /** A formula the server could not parse also gets a caret under the spot. */
  protected override showErrors(errors: Schemas['ApiError'][]): void {
    const onFormula = errors.find((e) => e.fields.some((f) => f.toLowerCase() === 'errorconditionformula'));
    if (onFormula) this.formulaError.set({ formula: this.sentFormula, message: onFormula.message });
    super.showErrors(errors);
  }
}
