import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import {
  ApiClient,
  ApiError,
  toApiError,
  RecordFormGroup,
  applyServerErrors,
  clearServerErrors,
  formValues,
  pageTitleFrom,
  toFormGroup,
} from '@platform/web';
import { ErrorPanelComponent, ToastService } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { FieldInputComponent } from '../fields/field-input.component';
import { RecordTypePickerComponent } from './record-type-picker.component';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'pick'; objectLabel: string; recordTypes: Schemas['RecordTypeChoice'][] }
  | {
      kind: 'form';
      form: Schemas['RecordForm'];
      group: RecordFormGroup;
      references: Record<string, Schemas['UiReference'] | null>;
      version?: number;
    };

/**
 * New and Edit: the record-type picker first when an object has several, then the layout's
 * sections as a form. Save shows the server's errors on their fields and the rest at the top.
 */
@Component({
  selector: 'app-record-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    FieldInputComponent,
    ErrorPanelComponent,
    RecordTypePickerComponent,
  ],
  template: `
    @let s = state();
    @switch (s.kind) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading" />
      }
      @case ('failed') {
        <app-error-panel [error]="s.error" />
      }
      @case ('pick') {
        <app-record-type-picker
          [objectLabel]="s.objectLabel"
          [recordTypes]="s.recordTypes"
          (choose)="chooseRecordType($event)"
          (cancelled)="cancel()"
        />
      }
      @case ('form') {
        <form class="record-form" [formGroup]="s.group" (ngSubmit)="save(s)" data-testid="record-form" novalidate>
          <header class="form-header">
            <h1>{{ heading() }}</h1>
            @if (s.form.recordType) {
              <span class="record-type" data-testid="form-record-type">{{ s.form.recordType.label }}</span>
            }
          </header>
          @if (topErrors().length) {
            <div class="top-errors" role="alert" data-testid="form-errors">
              <mat-icon aria-hidden="true" svgIcon="error" />
              <ul>
                @for (message of topErrors(); track $index) {
                  <li>{{ message }}</li>
                }
              </ul>
            </div>
          }
          @for (section of s.form.sections; track section.label) {
            <mat-card appearance="outlined" class="section">
              <mat-card-header
                ><mat-card-title>{{ section.label }}</mat-card-title></mat-card-header
              >
              <mat-card-content class="grid" [class.two]="section.columns !== 1">
                @for (field of section.fields; track field.name) {
                  <app-field-input
                    [field]="field"
                    [control]="s.group.controls[field.name]"
                    [mode]="mode()"
                    [reference]="s.references[field.name] ?? null"
                  />
                }
              </mat-card-content>
            </mat-card>
          }
          <div class="actions">
            <button mat-button type="button" (click)="cancel()" data-testid="form-cancel">Cancel</button>
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="form-save">Save</button>
          </div>
          @if (saving()) {
            <mat-progress-bar mode="indeterminate" aria-label="Saving" />
          }
        </form>
      }
    }
  `,
  styleUrl: './record-form.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordFormPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);

  /** Route parameters (bound by the router). */
  readonly object = input.required<string>();
  readonly id = input<string>();
  readonly recordType = input<string>();

  /**
   * The form for the route's object, record and record type, loaded again when the route changes;
   * the answer of a load the route has moved on from is dropped.
   */
  private readonly loaded = resource({
    params: () => ({ object: this.object(), id: this.id(), recordType: this.recordType() ?? null }),
    loader: ({ params }) => this.load(params),
  });
  protected readonly state = computed<State>(() => {
    if (this.loaded.isLoading()) return { kind: 'loading' };
    const error = this.loaded.error();
    if (error) return { kind: 'failed', error: toApiError(error) };
    return this.loaded.value() ?? { kind: 'loading' };
  });
  protected readonly topErrors = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly mode = computed(() => (this.id() ? 'edit' : 'create'));
  protected readonly heading = computed(() => {
    const s = this.state();
    if (s.kind !== 'form') return '';
    return this.mode() === 'edit' ? `Edit ${s.form.object.label}` : `New ${s.form.object.label}`;
  });
  protected readonly titled = pageTitleFrom(() => this.heading());

  /** The route's new `?recordType=` loads its form. */
  protected chooseRecordType(name: string): void {
    void this.router.navigate(['/o', this.object(), 'new'], { queryParams: { recordType: name } });
  }

  protected cancel(): void {
    const id = this.id();
    void this.router.navigate(id ? ['/o', this.object(), id] : ['/o', this.object(), 'list']);
  }

  protected async save(s: Extract<State, { kind: 'form' }>): Promise<void> {
    clearServerErrors(s.group);
    this.topErrors.set([]);
    if (s.group.invalid) {
      s.group.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const values = formValues(s.form, s.group, this.mode());
      const id = this.id();
      const name = s.group.get('Name')?.value;
      const what = typeof name === 'string' && name.trim() ? `${s.form.object.label} "${name.trim()}"` : s.form.object.label;
      if (id) await this.api.update(this.object(), id, values, s.version);
      else {
        const created = await this.api.create(this.object(), values);
        this.toast.success(`${what} created.`);
        await this.router.navigate(['/o', this.object(), created.id]);
        return;
      }
      this.toast.success(`${what} saved.`);
      await this.router.navigate(['/o', this.object(), id]);
    } catch (error) {
      const failure = toApiError(error);
      this.topErrors.set(applyServerErrors(s.group, failure.errors));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(params: { object: string; id: string | undefined; recordType: string | null }): Promise<State> {
    this.topErrors.set([]);
    const { object, id } = params;
    if (id) return this.editState(object, id);
    const recordType = params.recordType ?? this.router.parseUrl(this.router.url).queryParams['recordType'] ?? null;
    if (!recordType) {
      const choice = await this.api.recordTypes(object);
      if (choice.recordTypes.length > 1) {
        return { kind: 'pick', objectLabel: choice.object.label, recordTypes: choice.recordTypes };
      }
    }
    const form = await this.api.recordForm(object, recordType);
    return { kind: 'form', form, group: toFormGroup(form, 'create'), references: {} };
  }

  /** Edit: the record's form for its record type, filled with its values and lookups' names. */
  private async editState(object: string, id: string): Promise<State> {
    const page: Schemas['RecordPage'] = await this.api.recordPage(object, id);
    const form = await this.api.recordForm(object, page.recordType?.name ?? null);
    const fields = [...page.highlights, ...page.sections.flatMap((s) => s.fields)];
    const values = Object.fromEntries(fields.map((f) => [f.name, f.value]));
    const references = Object.fromEntries(fields.map((f) => [f.name, f.reference]));
    return { kind: 'form', form, group: toFormGroup(form, 'edit', values), references, version: page.version };
  }
}
