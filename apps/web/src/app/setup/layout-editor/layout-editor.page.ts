import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { SetupLayout } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';
import { DesignKind, DraftEditor, EditorHeaderComponent } from './draft-editor';
import { EDITOR_STYLES } from './editor.styles';
import * as ops from './layout-draft';
import { LayoutDraft, availableFields, availableRelatedLists, draftOf, layoutBody } from './layout-draft';

const LAYOUTS: DesignKind<LayoutDraft, SetupLayout> = {
  text: {
    tab: 'layouts',
    crumb: 'Page layout',
    testId: 'layout',
    labelLabel: 'Layout label',
    recordTypesHint: { chosen: 'Used for these record types', none: 'None chosen: the layout for any record type without its own' },
    resetLabel: 'Reset to package layout',
    savedMessage: 'Saved. Record pages show the new layout on their next load.',
    resetConfirm: {
      title: 'Reset to the package layout?',
      message: 'Your changes to this layout are dropped and the package’s layout is used again.',
      confirm: 'Reset',
    },
    noun: 'page layout',
  },
  designs: (detail) => detail.layouts,
  draftOf,
  save: (setup, object, name, draft) => setup.saveLayout(object, name, layoutBody(draft)),
  reset: (setup, object, name) => setup.resetLayout(object, name),
};

/**
 * The page layout editor: sections as cards holding fields, reordered by drag and drop or the
 * up/down buttons (for the keyboard), fields added from those not yet placed, sections added,
 * renamed, removed and set to one or two columns, related lists chosen and ordered, the record
 * types the layout is for; Save puts it, Reset brings back the package's.
 */
@Component({
  selector: 'app-setup-layout-editor-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorPanelComponent,
    EditorHeaderComponent,
  ],
  template: `
    @if (loadError(); as e) {
      <app-error-panel [error]="e" />
    } @else if (draft(); as dr) {
      <app-setup-editor-header
        [state]="state()!"
        (saveDraft)="save()"
        (resetToPackage)="reset()"
        (relabel)="relabel($event)"
        (recordTypesChange)="setRecordTypes($event)"
      />
      @if (dr.highlights.length) {
        <p class="muted">Highlights: {{ labels(dr.highlights) }}</p>
      }

      <div cdkDropList (cdkDropListDropped)="dropSection($event)" class="sections" data-testid="layout-sections">
        @for (section of dr.sections; track $index; let si = $index, firstSection = $first, lastSection = $last) {
          <mat-card
            appearance="outlined"
            class="section"
            cdkDrag
            cdkDragLockAxis="y"
            [attr.data-testid]="'layout-section-' + si"
            [attr.data-label]="section.label"
          >
            <div class="section-head">
              <mat-icon class="handle" cdkDragHandle aria-hidden="true" svgIcon="drag_indicator" />
              <mat-form-field class="section-label" subscriptSizing="dynamic">
                <mat-label>Section</mat-label>
                <input
                  matInput
                  [value]="section.label"
                  (input)="apply(ops.renameSection, si, $any($event.target).value)"
                  data-testid="section-label"
                />
              </mat-form-field>
              <mat-button-toggle-group
                [value]="section.columns"
                (change)="apply(ops.setColumns, si, $event.value)"
                aria-label="Columns"
                data-testid="section-columns"
              >
                <mat-button-toggle [value]="1" data-testid="section-columns-1">1 column</mat-button-toggle>
                <mat-button-toggle [value]="2" data-testid="section-columns-2">2 columns</mat-button-toggle>
              </mat-button-toggle-group>
              <span class="spacer"></span>
              <button
                mat-icon-button
                type="button"
                [disabled]="firstSection"
                (click)="apply(ops.moveSection, si, si - 1)"
                [attr.aria-label]="'Move ' + section.label + ' up'"
                data-testid="section-up"
              >
                <mat-icon svgIcon="arrow_upward" />
              </button>
              <button
                mat-icon-button
                type="button"
                [disabled]="lastSection"
                (click)="apply(ops.moveSection, si, si + 1)"
                [attr.aria-label]="'Move ' + section.label + ' down'"
                data-testid="section-down"
              >
                <mat-icon svgIcon="arrow_downward" />
              </button>
              <button
                mat-icon-button
                type="button"
                (click)="apply(ops.removeSection, si)"
                [attr.aria-label]="'Remove ' + section.label"
                data-testid="section-remove"
              >
                <mat-icon svgIcon="delete" />
              </button>
            </div>
            <ul
              class="items"
              cdkDropList
              [id]="'layout-fields-' + si"
              [cdkDropListData]="si"
              [cdkDropListConnectedTo]="fieldListIds()"
              (cdkDropListDropped)="dropField($event)"
              [attr.data-testid]="'section-fields-' + si"
            >
              @for (field of section.fields; track field; let fi = $index, firstField = $first, lastField = $last) {
                <li class="item" cdkDrag [attr.data-testid]="'layout-field-' + field">
                  <mat-icon class="handle" cdkDragHandle aria-hidden="true" svgIcon="drag_indicator" />
                  <span class="item-label">{{ label(field) }}</span>
                  <span class="mono muted">{{ field }}</span>
                  <span class="spacer"></span>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="firstSection && firstField"
                    (click)="apply(ops.stepField, si, fi, -1)"
                    [attr.aria-label]="'Move ' + label(field) + ' up'"
                    data-testid="field-up"
                  >
                    <mat-icon svgIcon="arrow_upward" />
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="lastSection && lastField"
                    (click)="apply(ops.stepField, si, fi, 1)"
                    [attr.aria-label]="'Move ' + label(field) + ' down'"
                    data-testid="field-down"
                  >
                    <mat-icon svgIcon="arrow_downward" />
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    (click)="apply(ops.removeField, si, fi)"
                    [attr.aria-label]="'Remove ' + label(field)"
                    data-testid="field-remove"
                  >
                    <mat-icon svgIcon="close" />
                  </button>
                </li>
              } @empty {
                <li class="empty muted">No fields: drop one here or add one below.</li>
              }
            </ul>
            <mat-form-field class="add" subscriptSizing="dynamic" data-testid="add-field">
              <mat-label>Add a field</mat-label>
              <mat-select [value]="null" (valueChange)="$event && apply(ops.addField, si, $event)" [disabled]="!unplaced().length">
                @for (f of unplaced(); track f.apiName) {
                  <mat-option [value]="f.apiName" [attr.data-testid]="'add-field-option-' + f.apiName"
                    >{{ f.label }} ({{ f.apiName }})</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
          </mat-card>
        }
      </div>
      <div class="add-section">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>New section</mat-label>
          <input
            matInput
            #newSection
            (keydown.enter)="apply(ops.addSection, newSection.value); newSection.value = ''"
            data-testid="new-section-label"
          />
        </mat-form-field>
        <button
          mat-stroked-button
          type="button"
          (click)="apply(ops.addSection, newSection.value); newSection.value = ''"
          data-testid="add-section"
        >
          <mat-icon svgIcon="add" />Add section
        </button>
      </div>

      <mat-card appearance="outlined" class="section" data-testid="layout-related-lists">
        <div class="section-head"><h2>Related lists</h2></div>
        <ul class="items" cdkDropList (cdkDropListDropped)="apply(ops.moveRelatedList, $event.previousIndex, $event.currentIndex)">
          @for (list of dr.relatedLists; track list.object + '.' + list.field; let ri = $index, firstList = $first, lastList = $last) {
            <li class="item" cdkDrag [attr.data-testid]="'related-list-' + list.object + '.' + list.field">
              <mat-icon class="handle" cdkDragHandle aria-hidden="true" svgIcon="drag_indicator" />
              <span class="item-label">{{ list.label ?? list.object }}</span>
              <span class="mono muted">{{ list.object }}.{{ list.field }}</span>
              <span class="spacer"></span>
              <mat-form-field class="columns" subscriptSizing="dynamic">
                <mat-label>Columns</mat-label>
                <input
                  matInput
                  [value]="(list.columns ?? []).join(', ')"
                  (change)="apply(ops.setRelatedColumns, ri, $any($event.target).value)"
                  data-testid="related-columns"
                />
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                [disabled]="firstList"
                (click)="apply(ops.moveRelatedList, ri, ri - 1)"
                [attr.aria-label]="'Move ' + (list.label ?? list.object) + ' up'"
                data-testid="related-up"
              >
                <mat-icon svgIcon="arrow_upward" />
              </button>
              <button
                mat-icon-button
                type="button"
                [disabled]="lastList"
                (click)="apply(ops.moveRelatedList, ri, ri + 1)"
                [attr.aria-label]="'Move ' + (list.label ?? list.object) + ' down'"
                data-testid="related-down"
              >
                <mat-icon svgIcon="arrow_downward" />
              </button>
              <button
                mat-icon-button
                type="button"
                (click)="apply(ops.removeRelatedList, ri)"
                [attr.aria-label]="'Remove ' + (list.label ?? list.object)"
                data-testid="related-remove"
              >
                <mat-icon svgIcon="close" />
              </button>
            </li>
          } @empty {
            <li class="empty muted">No related lists.</li>
          }
        </ul>
        <mat-form-field class="add" subscriptSizing="dynamic" data-testid="add-related-list">
          <mat-label>Add a related list</mat-label>
          <mat-select [value]="null" (valueChange)="$event && apply(ops.addRelatedList, $event)" [disabled]="!unlisted().length">
            @for (o of unlisted(); track o.object + '.' + o.field) {
              <mat-option [value]="o">{{ o.label }} ({{ o.object }}.{{ o.field }})</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-card>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the layout" />
    }
  `,
  styles: [SETUP_STYLES, EDITOR_STYLES],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LayoutEditorPage extends DraftEditor<LayoutDraft, SetupLayout> {
  /** Route parameter (bound by the router). */
  readonly layout = input.required<string>();

  protected readonly kind = LAYOUTS;
  /** The draft operations, for the template. */
  protected readonly ops = ops;
  protected readonly fieldListIds = computed(() => (this.draft()?.sections ?? []).map((_, i) => `layout-fields-${i}`));
  protected readonly unplaced = computed(() => {
    const draft = this.draft();
    return draft
      ? availableFields(
          draft,
          [...(this.detail()?.fields ?? [])].sort((a, b) => a.label.localeCompare(b.label)),
        )
      : [];
  });
  protected readonly unlisted = computed(() => {
    const draft = this.draft();
    return draft ? availableRelatedLists(draft, this.detail()?.relatedListOptions ?? []) : [];
  });

  protected designName(): string {
    return this.layout();
  }

  protected dropSection(event: CdkDragDrop<unknown>): void {
    this.apply(ops.moveSection, event.previousIndex, event.currentIndex);
  }

  protected dropField(event: CdkDragDrop<number>): void {
    this.apply(ops.moveField, event.previousContainer.data, event.previousIndex, event.container.data, event.currentIndex);
  }

  protected label(field: string): string {
    return this.detail()?.fields.find((f) => f.apiName.toLowerCase() === field.toLowerCase())?.label ?? field;
  }

  protected labels(fields: string[]): string {
    return fields.map((f) => this.label(f)).join(', ');
  }
}
