import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ErrorPanelComponent } from '@platform/web/ui';
import { DesignKind, DraftEditor, EditorHeaderComponent } from '../layout-editor/draft-editor';
import { EDITOR_STYLES } from '../layout-editor/editor.styles';
import type { PageComponent, RegionName, SetupRecordPage } from '../setup-types';
import { SETUP_STYLES } from '../setup.styles';
import {
  BUILT_INS,
  REGIONS,
  REGION_LABELS,
  RecordPageDraft,
  addComponent,
  componentLabel,
  moveComponent,
  pageDraftOf,
  placed,
  recordPageBody,
  removeComponent,
  stepComponent,
} from './record-page-draft';

const RECORD_PAGES: DesignKind<RecordPageDraft, SetupRecordPage> = {
  text: {
    tab: 'record-pages',
    crumb: 'Record page',
    testId: 'record-page',
    labelLabel: 'Page label',
    resetLabel: 'Reset to package page',
    savedMessage: 'Saved. Record pages show it on their next load.',
    resetConfirm: {
      title: 'Reset to the package record page?',
      message: 'Your changes to this record page are dropped and the package’s page is used again.',
      confirm: 'Reset',
    },
    noun: 'record page',
  },
  designs: (detail) => detail.recordPages,
  draftOf: pageDraftOf,
  save: (setup, object, name, draft) => setup.saveRecordPage(object, name, recordPageBody(draft)),
  reset: (setup, object, name) => setup.resetRecordPage(object, name),
};

/** One entry of the "Add a component" list: a built-in or a package's component, keyed for the select. */
interface PaletteEntry {
  key: string;
  label: string;
  component: PageComponent;
}

/**
 * The record page editor: the header, main and sidebar regions, each listing its components;
 * components move within and between regions (drag and drop, up/down, "Move to"), are added from
 * the built-ins and the package components (the debtor summary…) and removed; Save and Reset.
 */
@Component({
  selector: 'app-setup-record-page-editor-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatMenuModule,
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

      <div class="regions">
        @for (region of dr.regions; track region.name; let firstRegion = $first, lastRegion = $last) {
          <mat-card
            appearance="outlined"
            [class]="'section region region-' + region.name"
            [attr.data-testid]="'edit-region-' + region.name"
          >
            <div class="section-head">
              <h2>{{ regionLabel(region.name) }}</h2>
            </div>
            <ul
              class="items"
              cdkDropList
              [id]="'region-' + region.name"
              [cdkDropListData]="region.name"
              [cdkDropListConnectedTo]="regionIds"
              (cdkDropListDropped)="drop($event)"
            >
              @for (part of region.components; track $index; let ci = $index, firstPart = $first, lastPart = $last) {
                <li class="item" cdkDrag [attr.data-testid]="'page-component-' + key(part)">
                  <mat-icon class="handle" cdkDragHandle aria-hidden="true" svgIcon="drag_indicator" />
                  <span class="item-label">{{ label(part) }}</span>
                  <span class="spacer"></span>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="firstRegion && firstPart"
                    (click)="apply(stepComponent, region.name, ci, -1)"
                    [attr.aria-label]="'Move ' + label(part) + ' up'"
                    data-testid="component-up"
                  >
                    <mat-icon svgIcon="arrow_upward" />
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="lastRegion && lastPart"
                    (click)="apply(stepComponent, region.name, ci, 1)"
                    [attr.aria-label]="'Move ' + label(part) + ' down'"
                    data-testid="component-down"
                  >
                    <mat-icon svgIcon="arrow_downward" />
                  </button>
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="moveMenu"
                    [attr.aria-label]="'Move ' + label(part) + ' to another region'"
                    data-testid="component-move"
                  >
                    <mat-icon svgIcon="drive_file_move" />
                  </button>
                  <mat-menu #moveMenu="matMenu">
                    @for (target of regionNames; track target) {
                      @if (target !== region.name) {
                        <button
                          mat-menu-item
                          type="button"
                          (click)="apply(moveComponent, region.name, ci, target, regionSize(target))"
                          [attr.data-testid]="'move-to-' + target"
                        >
                          Move to {{ regionLabel(target) }}
                        </button>
                      }
                    }
                  </mat-menu>
                  <button
                    mat-icon-button
                    type="button"
                    (click)="apply(removeComponent, region.name, ci)"
                    [attr.aria-label]="'Remove ' + label(part)"
                    data-testid="component-remove"
                  >
                    <mat-icon svgIcon="close" />
                  </button>
                </li>
              } @empty {
                <li class="empty muted">Empty: drop a component here or add one below.</li>
              }
            </ul>
            <mat-form-field class="add" subscriptSizing="dynamic" [attr.data-testid]="'add-component-' + region.name">
              <mat-label>Add a component</mat-label>
              <mat-select [value]="null" (valueChange)="$event && add(region.name, $event)">
                @for (entry of palette(); track entry.key) {
                  <mat-option [value]="entry.key" [attr.data-testid]="'add-component-option-' + entry.key"
                    >{{ entry.label }}{{ isPlaced(entry.component) ? ' (on the page)' : '' }}</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
          </mat-card>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the record page" />
    }
  `,
  styles: [
    SETUP_STYLES,
    EDITOR_STYLES,
    `
      .regions {
        display: grid;
        grid-template-columns: 2fr 1fr;
        gap: 12px;
      }
      .region-header {
        grid-column: 1 / -1;
      }
      .region {
        margin-bottom: 0;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordPageEditorPage extends DraftEditor<RecordPageDraft, SetupRecordPage> {
  /** Route parameter (bound by the router). */
  readonly page = input.required<string>();

  protected readonly kind = RECORD_PAGES;
  protected readonly regionNames = REGIONS;
  protected readonly regionIds = REGIONS.map((r) => `region-${r}`);
  protected readonly palette = computed<PaletteEntry[]>(() => [
    ...BUILT_INS.map((b) => ({ key: b.component.type, label: b.label, component: b.component })),
    ...(this.detail()?.components ?? []).map((c) => ({
      key: `component:${c.name}`,
      label: c.label,
      component: { type: 'component' as const, name: c.name, properties: {} },
    })),
  ]);

  protected readonly moveComponent = moveComponent;
  protected readonly removeComponent = removeComponent;
  protected readonly stepComponent = stepComponent;

  protected designName(): string {
    return this.page();
  }

  protected add(region: RegionName, key: string): void {
    const entry = this.palette().find((e) => e.key === key);
    if (entry) this.apply(addComponent, region, entry.component);
  }

  protected drop(event: CdkDragDrop<RegionName>): void {
    this.apply(moveComponent, event.previousContainer.data, event.previousIndex, event.container.data, event.currentIndex);
  }

  protected isPlaced(component: PageComponent): boolean {
    const draft = this.draft();
    return !!draft && placed(draft, component);
  }

  protected key(component: PageComponent): string {
    return component.type === 'component' ? component.name : component.type;
  }

  protected label(component: PageComponent): string {
    return componentLabel(component, this.detail()?.components ?? []);
  }

  /** How many components a region holds: "Move to" puts one at its end. */
  protected regionSize(name: RegionName): number {
    return this.draft()?.regions.find((r) => r.name === name)?.components.length ?? 0;
  }

  protected regionLabel(name: RegionName): string {
    return REGION_LABELS[name] ?? name;
  }
}
