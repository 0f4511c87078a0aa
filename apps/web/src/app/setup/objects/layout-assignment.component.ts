import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import type { Schemas } from '@platform/api-client';
import { toApiError } from '@platform/web';
import { ToastService } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import type { SetupObjectDetail } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';

type Row = Schemas['SetupLayoutAssignment'];

/** The rows whose layout the admin changed, as the PUT body names them. */
export function changedAssignments(rows: Row[], chosen: Record<string, string>): Schemas['LayoutAssignmentInput'][] {
  return rows
    .filter((r) => chosen[r.recordType] && chosen[r.recordType] !== r.layout)
    .map((r) => ({ recordType: r.recordType, layout: chosen[r.recordType] }));
}

/**
 * Page Layout Assignment (under the Page Layouts tab): each record type with the layout its
 * records are shown with, changed with a select and saved together; a row the tenant assigned
 * says so, with the layout its packages assign (choosing that one goes back to the packages').
 */
@Component({
  selector: 'app-setup-layout-assignment',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule],
  template: `
    @let d = detail();
    <div class="page-header assignment-header">
      <h2 id="layout-assignment-title">Page Layout Assignment</h2>
      <span class="spacer"></span>
      <button mat-flat-button type="button" (click)="save()" [disabled]="busy() || !changes().length" data-testid="layout-assignment-save">
        <mat-icon svgIcon="save" />Save assignment
      </button>
    </div>
    @if (errors().length) {
      <div class="error-text" role="alert" data-testid="layout-assignment-errors">
        @for (m of errors(); track $index) {
          <p>{{ m }}</p>
        }
      </div>
    }
    <div class="table-wrap">
      <table class="setup-table" data-testid="layout-assignment-table" aria-labelledby="layout-assignment-title">
        <thead>
          <tr>
            <th scope="col">Record type</th>
            <th scope="col">Page layout</th>
            <th scope="col">Packages assign</th>
          </tr>
        </thead>
        <tbody>
          @for (r of d.layoutAssignments; track r.recordType) {
            <tr [attr.data-testid]="'assignment-row-' + r.recordType">
              <td>
                {{ r.recordTypeLabel }}
                @if (!r.active) {
                  <span class="muted">(inactive)</span>
                }
              </td>
              <td>
                <mat-form-field subscriptSizing="dynamic" class="layout-select">
                  <mat-label>Layout for {{ r.recordTypeLabel }}</mat-label>
                  <mat-select
                    [value]="chosen()[r.recordType] ?? r.layout"
                    (valueChange)="choose(r.recordType, $event)"
                    [attr.data-testid]="'assignment-layout-' + r.recordType"
                  >
                    @for (l of d.layouts; track l.apiName) {
                      <mat-option [value]="l.apiName">{{ l.label }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              </td>
              <td>
                {{ layoutLabel(r.packageLayout) }}
                @if (r.customised) {
                  · <span data-testid="assignment-customised">Customised</span>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td class="empty" colspan="3">{{ d.label }} has no record types: every record is shown with its layout.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (saved()) {
      <p role="status" class="muted" data-testid="layout-assignment-saved">Assignment saved.</p>
    }
  `,
  styles: [
    SETUP_STYLES,
    `
      :host {
        display: block;
        margin-top: 24px;
      }
      .assignment-header h2 {
        margin: 0;
        font: var(--mat-sys-title-medium);
      }
      .layout-select {
        width: 100%;
        min-width: 180px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LayoutAssignmentComponent {
  private readonly setup = inject(SetupApiService);
  private readonly toast = inject(ToastService);

  readonly detail = input.required<SetupObjectDetail>();
  /** After a save: the object is read again. */
  readonly changed = output<void>();

  /** The layouts chosen and not yet saved, by record type (cleared when the object is read again). */
  protected readonly chosen = linkedSignal<SetupObjectDetail, Record<string, string>>({ source: this.detail, computation: () => ({}) });
  protected readonly changes = computed(() => changedAssignments(this.detail().layoutAssignments, this.chosen()));
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly saved = signal(false);

  protected choose(recordType: string, layout: string): void {
    this.chosen.update((c) => ({ ...c, [recordType]: layout }));
    this.saved.set(false);
  }

  protected layoutLabel(name: string | null): string {
    if (!name) return '';
    return this.detail().layouts.find((l) => l.apiName === name)?.label ?? name;
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await this.setup.saveLayoutAssignments(this.detail().apiName, { assignments: this.changes() });
      this.saved.set(true);
      this.toast.success('Page layout assignments saved.');
      this.changed.emit();
    } catch (error) {
      this.errors.set(toApiError(error).errors.map((e) => e.message));
    } finally {
      this.busy.set(false);
    }
  }
}
