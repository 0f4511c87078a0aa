import { ChangeDetectionStrategy, Component, Directive, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ApiError, apiResource, toApiError } from '@platform/web';
import { ConfirmData, ToastService, confirmed } from '@platform/web/ui';
import { SetupApiService } from '../setup-api.service';
import type { SetupObjectDetail } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';
import { EDITOR_STYLES } from './editor.styles';

/** What the layout and record page editors edit, as Setup reads it. */
export interface SavedDesign {
  apiName: string;
  label: string;
  packageName?: string;
  /** The tenant has changed the package's (Reset brings the package's back). */
  customised: boolean;
}

/** What both editors' drafts hold besides their body. */
export interface DraftBase {
  label: string;
  recordTypes: string[];
}

/** The words and test ids that tell one editor's header from the other's. */
export interface EditorText {
  /** The object's Setup tab listing these, e.g. `layouts`. */
  tab: string;
  /** The last crumb, e.g. `Page layout`. */
  crumb: string;
  /** The header's data-testid prefix: `layout` gives layout-title, layout-save, layout-label… */
  testId: string;
  /** The label box's label, e.g. `Layout label`. */
  labelLabel: string;
  /** The hint under the record types, when they are chosen and when not. */
  recordTypesHint?: { chosen: string; none: string };
  resetLabel: string;
  savedMessage: string;
  resetConfirm: ConfirmData;
  /** What the object has none of when the route names an unknown one, e.g. `page layout`. */
  noun: string;
}

/** One kind of design the editor edits: its words, where the object keeps them, and its calls. */
export interface DesignKind<D, S> {
  text: EditorText;
  designs(detail: SetupObjectDetail): S[];
  draftOf(design: S): D;
  save(setup: SetupApiService, object: string, name: string, draft: D): Promise<S>;
  reset(setup: SetupApiService, object: string, name: string): Promise<unknown>;
}

/** What the editor's header shows. */
export interface EditorState {
  text: EditorText;
  object: SetupObjectDetail;
  design: SavedDesign;
  draft: DraftBase;
  busy: boolean;
  dirty: boolean;
  errors: string[];
  saved: boolean;
}

/**
 * What the layout and record page editors share: the object and its saved design read from the
 * route, the draft being edited (dirty until saved), Save (PUT) and Reset (after asking), and
 * the errors a refused save or reset shows under the header.
 */
@Directive()
export abstract class DraftEditor<D extends DraftBase, S extends SavedDesign> {
  private readonly setup = inject(SetupApiService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);

  /** Route parameter (bound by the router). */
  readonly object = input.required<string>();

  /** GET /api/setup/objects/:object, again when the route names another object (the older request cancelled). */
  private readonly loaded = apiResource<SetupObjectDetail>(() => `/api/setup/objects/${encodeURIComponent(this.object())}`);
  protected readonly detail = this.loaded.value;
  /** The route's design in the object read, or undefined when it has none. */
  private readonly design = computed(() => {
    const name = this.designName().toLowerCase();
    const detail = this.detail();
    return detail ? this.kind.designs(detail).find((d) => d.apiName.toLowerCase() === name) : undefined;
  });
  /** The design as last read or saved. */
  protected readonly current = signal<S | null>(null);
  protected readonly draft = signal<D | null>(null);
  private readonly savedJson = signal('');
  /** The object's load failed, or it has no design of the route's name. */
  protected readonly loadError = computed<ApiError | null>(() => {
    const error = this.loaded.error();
    if (error) return error;
    const detail = this.detail();
    if (!detail || this.design()) return null;
    const message = `${detail.label} has no ${this.kind.text.noun} ${this.designName()}.`;
    return new ApiError(404, [{ errorCode: 'NOT_FOUND', message, fields: [] }]);
  });
  protected readonly errors = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly dirty = computed(() => JSON.stringify(this.draft()) !== this.savedJson());
  /** The header's view of it all, once the object and the design are read. */
  protected readonly state = computed<EditorState | null>(() => {
    const object = this.detail();
    const design = this.current();
    const draft = this.draft();
    if (!object || !design || !draft) return null;
    return {
      text: this.kind.text,
      object,
      design,
      draft,
      busy: this.busy(),
      dirty: this.dirty(),
      errors: this.errors(),
      saved: this.saved(),
    };
  });

  protected abstract readonly kind: DesignKind<D, S>;
  /** The design's API name, from the route. */
  protected abstract designName(): string;

  constructor() {
    // Each design read (the route's, or the object read again after a reset) becomes the draft.
    effect(() => {
      const design = this.design();
      untracked(() => {
        if (design) this.show(design);
        else this.current.set(null);
      });
    });
  }

  /** Applies one draft operation (the first argument, the draft, is the current one). */
  protected apply<A extends unknown[]>(operation: (draft: D, ...args: A) => D, ...args: A): void {
    const draft = this.draft();
    if (!draft) return;
    this.draft.set(operation(draft, ...args));
    this.saved.set(false);
  }

  protected relabel(label: string): void {
    this.apply((draft) => ({ ...draft, label }));
  }

  protected setRecordTypes(recordTypes: string[]): void {
    this.apply((draft) => ({ ...draft, recordTypes: [...recordTypes] }));
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    this.saved.set(false);
    if (await this.busyWith(async () => this.show(await this.kind.save(this.setup, this.object(), this.savedName(), draft)))) {
      this.saved.set(true);
      this.toast.success('Saved: users see it on their next page load.');
    }
  }

  /** Drops the tenant's changes (after asking), bringing back the package's. */
  protected async reset(): Promise<void> {
    if (!(await confirmed(this.dialog, this.kind.text.resetConfirm))) return;
    await this.busyWith(async () => {
      await this.kind.reset(this.setup, this.object(), this.savedName());
      await this.loaded.reload();
    });
  }

  private savedName(): string {
    return this.current()?.apiName ?? this.designName();
  }

  /** Runs a save or reset with the buttons disabled; a refusal's messages show under the header. */
  private async busyWith(call: () => Promise<unknown>): Promise<boolean> {
    this.errors.set([]);
    this.busy.set(true);
    try {
      await call();
      return true;
    } catch (error) {
      this.errors.set(toApiError(error).errors.map((e) => e.message));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private show(design: S): void {
    const draft = this.kind.draftOf(design);
    this.current.set(design);
    this.draft.set(draft);
    this.savedJson.set(JSON.stringify(draft));
  }
}

/**
 * An editor's header: the crumbs back to the object, the draft's label, the saved design's API
 * name and package, Reset (when customised) and Save; under it the busy bar, a refusal's
 * messages or "Saved"; then the draft's label and record types.
 */
@Component({
  selector: 'app-setup-editor-header',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, RouterLink],
  template: `
    @let s = state();
    @let t = s.text;
    <header class="page-header">
      <div>
        <div class="eyebrow">
          <a routerLink="/setup/objects">Object Manager</a> ›
          <a [routerLink]="['/setup/objects', s.object.apiName]" [queryParams]="{ tab: t.tab }" data-testid="back-to-object">{{
            s.object.label
          }}</a>
          › {{ t.crumb }}
        </div>
        <h1 [attr.data-testid]="t.testId + '-title'">{{ s.draft.label }}</h1>
        <div class="muted">
          <span class="mono">{{ s.design.apiName }}</span>
          @if (s.design.packageName) {
            · {{ s.design.packageName }}
          }
          @if (s.design.customised) {
            · <span [attr.data-testid]="t.testId + '-customised'">Customised</span>
          }
        </div>
      </div>
      <span class="spacer"></span>
      @if (s.design.customised) {
        <button
          mat-stroked-button
          type="button"
          (click)="resetToPackage.emit()"
          [disabled]="s.busy"
          [attr.data-testid]="t.testId + '-reset'"
        >
          <mat-icon svgIcon="restart_alt" />{{ t.resetLabel }}
        </button>
      }
      <button
        mat-flat-button
        type="button"
        (click)="saveDraft.emit()"
        [disabled]="s.busy || !s.dirty"
        [attr.data-testid]="t.testId + '-save'"
      >
        <mat-icon svgIcon="save" />Save
      </button>
    </header>
    @if (s.busy) {
      <mat-progress-bar mode="indeterminate" aria-label="Saving" />
    }
    @if (s.errors.length) {
      <div class="errors" role="alert" [attr.data-testid]="t.testId + '-errors'">
        @for (message of s.errors; track $index) {
          <p>{{ message }}</p>
        }
      </div>
    }
    @if (s.saved) {
      <p class="saved" role="status" [attr.data-testid]="t.testId + '-saved'">{{ t.savedMessage }}</p>
    }
    <div class="settings">
      <mat-form-field [attr.data-testid]="t.testId + '-label'">
        <mat-label>{{ t.labelLabel }}</mat-label>
        <input matInput [value]="s.draft.label" (input)="relabel.emit($any($event.target).value)" />
      </mat-form-field>
      <mat-form-field class="record-types" [attr.data-testid]="t.testId + '-record-types'">
        <mat-label>Record types</mat-label>
        <mat-select multiple [value]="s.draft.recordTypes" (valueChange)="recordTypesChange.emit($event)" placeholder="All record types">
          @for (rt of s.object.recordTypes; track rt.apiName) {
            <mat-option [value]="rt.apiName">{{ rt.label }}</mat-option>
          }
        </mat-select>
        @if (t.recordTypesHint; as hint) {
          <mat-hint>{{ s.draft.recordTypes.length ? hint.chosen : hint.none }}</mat-hint>
        }
      </mat-form-field>
    </div>
  `,
  styles: [SETUP_STYLES, EDITOR_STYLES, ':host { display: block; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorHeaderComponent {
  readonly state = input.required<EditorState>();
  readonly saveDraft = output<void>();
  readonly resetToPackage = output<void>();
  readonly relabel = output<string>();
  readonly recordTypesChange = output<string[]>();
}
