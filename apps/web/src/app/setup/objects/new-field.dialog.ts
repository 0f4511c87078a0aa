import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import type { SetupField, SetupSummaryOption } from '../setup-types';
import { FormDialog, FormDialogFrameComponent } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import { SETUP_DIALOG_STYLES } from '../setup.styles';
import {
  EMPTY_FIELD_FORM,
  FORMULA_RETURN_TYPES,
  FieldFormValues,
  SUMMARY_OPERATIONS,
  apiNameFromLabel,
  defaultsFor,
  grantsMessage,
  isEnterable,
  isGrantsError,
  newFieldBody,
  offersRequired,
  relationshipKey,
  summarizableFields,
  summaryOption,
  withEdit,
  withRead,
} from './field-form';

export interface NewFieldData {
  object: string;
  objectLabel: string;
  types: Schemas['FieldTypeOption'][];
  /** The objects a Lookup or Master-Detail field may point at. */
  objects: Schemas['SetupObjectSummary'][];
  /** The object's detail relationships, what a Roll-Up Summary may summarise (the object detail's). */
  summaryOptions: SetupSummaryOption[];
  /** Every permission set (GET /api/permission-sets): the tenant's own may be granted the new field. */
  permissionSets: Pick<Schemas['PermissionSetDetail'], 'apiName' | 'label' | 'editable'>[];
}

/** The properties a type may need, each with the control that holds it and whether it must be filled. */
const NEED_CONTROLS: Record<string, string[]> = {
  length: ['length'],
  precision: ['precision'],
  scale: ['scale'],
  values: ['values', 'restricted'],
  referenceTo: ['referenceTo'],
  formula: ['formula'],
  returnType: ['returnType'],
  displayFormat: ['displayFormat', 'startingNumber'],
  summarizedObject: ['summarizedObject'],
  operation: ['operation'],
  summarizedField: ['summarizedField'],
};
const OPTIONAL = new Set(['restricted', 'startingNumber']);

/**
 * New field: first its type, then the properties that type needs (length, precision and scale,
 * picklist values one a line, the lookup's or master's object, the formula and what it returns,
 * the auto-number format, a roll-up's detail object, operation and field) with help text,
 * required and indexed; last, as Salesforce's wizard ends, field-level security: which of the
 * tenant's own permission sets get Read or Edit on it. Server errors go on their fields.
 */
@Component({
  selector: 'app-setup-new-field-dialog',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FormDialogFrameComponent,
  ],
  template: `
    @let t = type();
    @if (!t || step() === 'type') {
      <h2 mat-dialog-title>New field on {{ data.objectLabel }}: choose its type</h2>
      <mat-dialog-content>
        <mat-radio-group class="type-list" [value]="t?.type" (change)="pick($event.value)" aria-label="Field type">
          @for (option of data.types; track option.type) {
            <mat-radio-button [value]="option.type" [disabled]="unavailable(option)" [attr.data-testid]="'field-type-' + option.type">{{
              option.label
            }}</mat-radio-button>
          }
        </mat-radio-group>
        @for (option of data.types; track option.type) {
          @if (unavailable(option)) {
            <p class="muted" data-testid="summary-unavailable">
              {{ option.label }}: no object is the detail of a master-detail relationship to {{ data.objectLabel }}.
            </p>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button mat-dialog-close type="button">Cancel</button>
        <button mat-flat-button type="button" [disabled]="!t" (click)="step.set('properties')" data-testid="field-type-next">Next</button>
      </mat-dialog-actions>
    } @else {
      <app-form-dialog-frame
        [title]="'New ' + t.label + ' field on ' + data.objectLabel"
        form="new-field-form"
        [saving]="saving()"
        [errors]="topErrors()"
        submitTestId="field-save"
      >
        <button mat-button dialogButton type="button" (click)="step.set('type')" data-testid="field-back">Back</button>
        <form [formGroup]="form" (ngSubmit)="save()" id="new-field-form" class="dialog-form" novalidate>
          <div class="row">
            <mat-form-field data-testid="prop-label">
              <mat-label>Field label</mat-label>
              <input matInput [formControl]="c('label')" required maxlength="80" />
              <mat-error>{{ error('label', 'Field label') }}</mat-error>
            </mat-form-field>
            <mat-form-field data-testid="prop-apiName">
              <mat-label>API name</mat-label>
              <input matInput [formControl]="c('apiName')" [placeholder]="suggestedName()" />
              <mat-hint>{{ suggestedName() ? 'Left blank: ' + suggestedName() : 'Made from the label when blank' }}</mat-hint>
              <mat-error>{{ error('apiName', 'API name') }}</mat-error>
            </mat-form-field>
          </div>
          @if (needs('length')) {
            <mat-form-field data-testid="prop-length">
              <mat-label>Length</mat-label>
              <input matInput [formControl]="c('length')" inputmode="numeric" required />
              <mat-error>{{ error('length', 'Length') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('precision') || needs('scale')) {
            <div class="row">
              @if (needs('precision')) {
                <mat-form-field data-testid="prop-precision">
                  <mat-label>Length (digits in all)</mat-label>
                  <input matInput [formControl]="c('precision')" inputmode="numeric" required />
                  <mat-error>{{ error('precision', 'Precision') }}</mat-error>
                </mat-form-field>
              }
              @if (needs('scale')) {
                <mat-form-field data-testid="prop-scale">
                  <mat-label>Decimal places</mat-label>
                  <input matInput [formControl]="c('scale')" inputmode="numeric" required />
                  <mat-error>{{ error('scale', 'Decimal places') }}</mat-error>
                </mat-form-field>
              }
            </div>
          }
          @if (needs('values')) {
            <mat-form-field data-testid="prop-values">
              <mat-label>Values, one a line</mat-label>
              <textarea matInput [formControl]="c('values')" rows="5" required></textarea>
              <mat-error>{{ error('values', 'Values') }}</mat-error>
            </mat-form-field>
            <mat-checkbox [formControl]="flag('restricted')" data-testid="prop-restricted">Only these values may be saved</mat-checkbox>
          }
          @if (needs('referenceTo')) {
            @let master = t.type === 'MasterDetail';
            <mat-form-field data-testid="prop-referenceTo">
              <mat-label>{{ master ? 'Master object' : 'Related to' }}</mat-label>
              <mat-select [formControl]="c('referenceTo')" required>
                @for (o of data.objects; track o.apiName) {
                  <mat-option [value]="o.apiName">{{ o.label }} ({{ o.apiName }})</mat-option>
                }
              </mat-select>
              <mat-error>{{ error('referenceTo', master ? 'Master object' : 'Related to') }}</mat-error>
            </mat-form-field>
            @if (master) {
              <p class="muted" data-testid="master-detail-hint">
                Always required: every record needs a master; records that exist have none until they are edited.
              </p>
            }
          }
          @if (needs('summarizedObject')) {
            <mat-form-field data-testid="prop-summarizedObject">
              <mat-label>Summarized object</mat-label>
              <mat-select [formControl]="c('summarizedObject')" required>
                @for (o of data.summaryOptions; track key(o)) {
                  <mat-option [value]="key(o)" [attr.data-testid]="'summarizedObject-option-' + key(o)"
                    >{{ o.objectLabel }} (via {{ o.relationshipLabel }})</mat-option
                  >
                }
              </mat-select>
              <mat-hint>The detail records of {{ data.objectLabel }}, through their master-detail field</mat-hint>
              <mat-error>{{ error('summarizedObject', 'Summarized object') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('operation')) {
            <mat-form-field data-testid="prop-operation">
              <mat-label>Roll-up type</mat-label>
              <mat-select [formControl]="c('operation')" required>
                @for (o of operations; track o.value) {
                  <mat-option [value]="o.value" [attr.data-testid]="'operation-option-' + o.value">{{ o.label }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ error('operation', 'Roll-up type') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('summarizedField') && operation() !== 'count') {
            <mat-form-field data-testid="prop-summarizedField">
              <mat-label>Field to aggregate</mat-label>
              <mat-select [formControl]="c('summarizedField')" required>
                @for (f of summarizableFields(); track f.apiName) {
                  <mat-option [value]="f.apiName" [attr.data-testid]="'summarizedField-option-' + f.apiName"
                    >{{ f.label }} ({{ f.apiName }})</mat-option
                  >
                }
              </mat-select>
              <mat-hint data-testid="summarizedField-hint">{{ summarizedFieldHint() }}</mat-hint>
              <mat-error>{{ error('summarizedField', 'Field to aggregate') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('formula')) {
            <mat-form-field class="mono" data-testid="prop-formula">
              <mat-label>Formula</mat-label>
              <textarea matInput [formControl]="c('formula')" rows="4" required spellcheck="false"></textarea>
              <mat-error>{{ error('formula', 'Formula') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('returnType')) {
            <mat-form-field data-testid="prop-returnType">
              <mat-label>Formula returns</mat-label>
              <mat-select [formControl]="c('returnType')" required>
                @for (r of returnTypes; track r) {
                  <mat-option [value]="r">{{ r }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ error('returnType', 'Return type') }}</mat-error>
            </mat-form-field>
          }
          @if (needs('displayFormat')) {
            <div class="row">
              <mat-form-field data-testid="prop-displayFormat">
                <mat-label>Display format</mat-label>
                <input matInput [formControl]="c('displayFormat')" required />
                <mat-hint>e.g. INV-{{ '{' }}000000{{ '}' }}</mat-hint>
                <mat-error>{{ error('displayFormat', 'Display format') }}</mat-error>
              </mat-form-field>
              <mat-form-field data-testid="prop-startingNumber">
                <mat-label>Starting number</mat-label>
                <input matInput [formControl]="c('startingNumber')" inputmode="numeric" />
                <mat-error>{{ error('startingNumber', 'Starting number') }}</mat-error>
              </mat-form-field>
            </div>
          }
          <mat-form-field data-testid="prop-helpText">
            <mat-label>Help text</mat-label>
            <input matInput [formControl]="c('helpText')" maxlength="255" />
            <mat-error>{{ error('helpText', 'Help text') }}</mat-error>
          </mat-form-field>
          <mat-form-field data-testid="prop-description">
            <mat-label>Description</mat-label>
            <input matInput [formControl]="c('description')" />
          </mat-form-field>
          @if (offersChecks()) {
            <div class="checks">
              <mat-checkbox [formControl]="flag('required')" data-testid="prop-required">Required</mat-checkbox>
              <mat-checkbox [formControl]="flag('indexed')" data-testid="prop-indexed">Indexed (for filters and sorts)</mat-checkbox>
            </div>
          }
          <section class="fls" data-testid="fls" aria-labelledby="fls-title">
            <h3 id="fls-title" class="fls-title">Field-level security</h3>
            <p class="muted">System Administrators see every field. Other users see this field through a permission set that grants it.</p>
            @if (ownSets.length) {
              <table class="fls-table">
                <thead>
                  <tr>
                    <th scope="col">Permission set</th>
                    <th scope="col">Read</th>
                    <th scope="col">Edit</th>
                  </tr>
                </thead>
                <tbody>
                  @for (ps of ownSets; track ps.apiName) {
                    @let access = grants()[ps.apiName];
                    <tr [attr.data-testid]="'fls-row-' + ps.apiName">
                      <td>{{ ps.label }}</td>
                      <td>
                        <mat-checkbox
                          [checked]="!!access?.read"
                          (change)="setRead(ps.apiName, $event.checked)"
                          [aria-label]="'Read for ' + ps.label"
                          [attr.data-testid]="'fls-read-' + ps.apiName"
                        />
                      </td>
                      <td>
                        <mat-checkbox
                          [checked]="editOffered() && !!access?.edit"
                          [disabled]="!editOffered()"
                          (change)="setEdit(ps.apiName, $event.checked)"
                          [aria-label]="'Edit for ' + ps.label"
                          [attr.data-testid]="'fls-edit-' + ps.apiName"
                        />
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
              @if (!editOffered()) {
                <p class="muted" data-testid="fls-computed">A {{ t.label }} field is computed: it can be read, not edited.</p>
              }
            } @else {
              <p data-testid="fls-none">
                No permission sets of your own yet: create one in
                <a routerLink="/setup/permission-sets" mat-dialog-close data-testid="fls-permission-sets-link">Setup → Permission Sets</a>
                to let other users see this field.
              </p>
            }
            @if (hasPackageSets) {
              <p class="muted" data-testid="fls-package">Package permission sets are read-only, so they are not listed.</p>
            }
            @if (error('grants', 'Field-level security'); as message) {
              <p class="fls-error" role="alert" data-testid="fls-error">{{ message }}</p>
            }
          </section>
        </form>
      </app-form-dialog-frame>
    }
  `,
  styles: [
    SETUP_DIALOG_STYLES,
    `
      .fls {
        margin-top: 8px;
        padding-top: 8px;
        border-top: 1px solid var(--mat-sys-outline-variant);
      }
      .fls-title {
        margin: 0 0 4px;
        font: var(--mat-sys-title-small);
      }
      .fls p {
        margin: 4px 0;
      }
      .fls-table {
        width: 100%;
        border-collapse: collapse;
      }
      .fls-table th,
      .fls-table td {
        text-align: left;
        padding: 0 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .fls-table th {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
        padding-block: 8px;
      }
      .fls-table th:not(:first-child),
      .fls-table td:not(:first-child) {
        width: 64px;
        text-align: center;
      }
      .fls-error {
        color: var(--mat-sys-error);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewFieldDialog extends FormDialog<SetupField> {
  private readonly setup = inject(SetupApiService);
  protected readonly data = inject<NewFieldData>(MAT_DIALOG_DATA);

  protected readonly step = signal<'type' | 'properties'>('type');
  protected readonly type = signal<Schemas['FieldTypeOption'] | null>(null);
  protected readonly returnTypes = FORMULA_RETURN_TYPES;
  protected readonly operations = SUMMARY_OPERATIONS;
  protected readonly key = relationshipKey;
  private readonly label = signal('');
  protected readonly suggestedName = computed(() => apiNameFromLabel(this.label()));
  protected readonly offersChecks = computed(() => offersRequired(this.type()?.type ?? ''));

  /** The tenant's own permission sets, which may be granted the field; a package's cannot be changed. */
  protected readonly ownSets = this.data.permissionSets.filter((ps) => ps.editable);
  protected readonly hasPackageSets = this.data.permissionSets.some((ps) => !ps.editable);
  /** What is ticked, kept by the form's `grants` control (so a ticked box clears a refused grant's error). */
  protected readonly grants = signal(EMPTY_FIELD_FORM.grants);
  /** A computed field (Formula, Roll-Up Summary, Auto Number) can only be read. */
  protected readonly editOffered = computed(() => isEnterable(this.type()?.type ?? ''));

  /** A Roll-Up Summary's choices so far: the fields offered follow the detail object and the operation. */
  private readonly relationship = signal('');
  protected readonly operation = signal('');
  protected readonly detailOption = computed(() => summaryOption(this.data.summaryOptions, this.relationship()));
  protected readonly summarizableFields = computed(() => summarizableFields(this.detailOption(), this.operation()));
  protected readonly summarizedFieldHint = computed(() => {
    const option = this.detailOption();
    if (!option) return 'Choose the summarized object first';
    const operation = SUMMARY_OPERATIONS.find((o) => o.value === this.operation())?.label ?? '';
    return this.summarizableFields().length ? '' : `${option.objectLabel} has no field ${operation} can take`;
  });

  protected readonly form = new FormGroup<Record<string, FormControl>>(
    Object.fromEntries(
      Object.entries(EMPTY_FIELD_FORM).map(([name, value]) => [
        name,
        new FormControl<unknown>(value, name === 'label' || (!OPTIONAL.has(name) && isNeedControl(name)) ? Validators.required : null),
      ]),
    ),
  );

  constructor() {
    super();
    this.form.controls['label'].valueChanges.subscribe((v) => this.label.set(String(v ?? '')));
    this.form.controls['summarizedObject'].valueChanges.subscribe((v) => {
      this.relationship.set(String(v ?? ''));
      this.fitSummarizedField();
    });
    this.form.controls['operation'].valueChanges.subscribe((v) => {
      this.operation.set(String(v ?? ''));
      this.fitSummarizedField();
    });
    this.form.controls['grants'].valueChanges.subscribe((v) => this.grants.set(v ?? {}));
  }

  protected setRead(permissionSet: string, read: boolean): void {
    this.form.controls['grants'].setValue(withRead(this.grants(), permissionSet, read));
  }

  protected setEdit(permissionSet: string, edit: boolean): void {
    this.form.controls['grants'].setValue(withEdit(this.grants(), permissionSet, edit));
  }

  protected pick(typeName: string): void {
    const type = this.data.types.find((t) => t.type === typeName) ?? null;
    this.type.set(type);
    if (!type) return;
    const wanted = new Set(type.needs.flatMap((need) => NEED_CONTROLS[need] ?? []));
    const defaults = defaultsFor(type);
    for (const name of Object.values(NEED_CONTROLS).flat()) {
      const control = this.form.controls[name];
      control.reset((defaults as Record<string, unknown>)[name] ?? (EMPTY_FIELD_FORM as unknown as Record<string, unknown>)[name]);
      if (wanted.has(name)) control.enable();
      else control.disable();
    }
    // With one detail relationship there is nothing to choose.
    if (wanted.has('summarizedObject') && this.data.summaryOptions.length === 1)
      this.form.controls['summarizedObject'].setValue(relationshipKey(this.data.summaryOptions[0]));
    this.fitSummarizedField();
  }

  protected needs(need: string): boolean {
    return this.type()?.needs.includes(need as never) ?? false;
  }

  /** A Roll-Up Summary needs its detail relationships: with none, the type cannot be chosen. */
  protected unavailable(type: Schemas['FieldTypeOption']): boolean {
    return type.needs.includes('summarizedObject') && !this.data.summaryOptions.length;
  }

  /**
   * The field to aggregate is asked for only by SUM, MIN and MAX (COUNT counts records), and only
   * among the fields the chosen detail object offers for the operation: a choice that no longer
   * fits is cleared.
   */
  private fitSummarizedField(): void {
    const control = this.form.controls['summarizedField'];
    if (control.value && !this.summarizableFields().some((f) => f.apiName === control.value)) control.setValue('', { emitEvent: false });
    if (this.needs('summarizedField') && this.operation() !== 'count') control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }

  protected async save(): Promise<void> {
    const type = this.type();
    if (!type || !this.start()) return;
    const values = { ...EMPTY_FIELD_FORM, ...this.form.getRawValue() } as FieldFormValues;
    // A roll-up's relationship errors name its master-detail field: they go under the summarized object.
    // A refused grant names its place in the list (`grants[0].permissionSet`): it goes under the field-level security part.
    const alias = (field: string) => (field === 'relationshipField' ? 'summarizedObject' : isGrantsError(field) ? 'grants' : field);
    await this.run(async () => this.close(await this.setup.createField(this.data.object, newFieldBody(type, values))), alias);
  }

  protected override showErrors(errors: Schemas['ApiError'][]): void {
    super.showErrors(errors.map((e) => (e.fields.includes('grants') ? { ...e, message: grantsMessage(e.message) } : e)));
  }
}

function isNeedControl(name: string): boolean {
  return Object.values(NEED_CONTROLS).some((controls) => controls.includes(name));
}
