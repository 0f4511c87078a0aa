import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Schemas } from '@platform/api-client';
import { ApiClient, formatCurrency, toApiError } from '@platform/web';
import { ToastService } from '@platform/web/ui';
import { firstValueFrom } from 'rxjs';
import { toDayMonthYear } from './ar-dates';
import { LEDGER_STYLES } from './ledger-nav.component';

/** The import's answer, as the API's contract (the generated client) states it. */
type CatalogueImport = Schemas['CatalogueImportResultDto'];
interface Item {
  number: string;
  name: string;
  unit: string;
  gst: string;
  from: string;
  nsw: string;
  vic: string;
  qld: string;
}

const ITEM = 'lumary__Support_Item__c';

/** The file's bytes as base64, for the JSON upload. */
async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The support catalogue (`/lumary/support-catalogue`): upload the NDIS Support Catalogue (CSV or
 * XLSX), see what it would add or change (a preview: nothing written), then import it (all or
 * nothing); below, the catalogue as imported, each version with its Effective From.
 */
@Component({
  selector: 'app-ar-support-catalogue-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule],
  template: `
    <h1 class="title">Support catalogue</h1>
    <p class="muted">
      Import the NDIS Support Catalogue as published (CSV or XLSX): its Support Item Number, Support Item Name, Unit (H, E, D, WK), Start
      date and the price limits per state (ACT … WA); an optional GST Code column (P1, P2, P5; P2 when absent). A service is priced by the
      version in force on its date.
    </p>
    <div class="controls">
      <input
        #file
        type="file"
        tabindex="-1"
        accept=".csv,.xlsx"
        class="file"
        data-testid="catalogue-file"
        (change)="choose(file.files)"
        aria-label="Catalogue file"
      />
      <button mat-stroked-button type="button" (click)="file.click()" data-testid="catalogue-choose">
        <mat-icon svgIcon="upload_file" />Choose file
      </button>
      <span class="muted" data-testid="catalogue-file-name">{{ chosen()?.name ?? 'No file chosen' }}</span>
      <button mat-flat-button type="button" [disabled]="!preview() || busy()" (click)="run(false)" data-testid="catalogue-import">
        Import
      </button>
    </div>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" aria-label="Reading the file" />
    }
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="catalogue-error">{{ e }}</p>
    }
    @if (preview(); as p) {
      <p role="status" data-testid="catalogue-preview">
        {{ p.rows }} support items in the file: {{ p.added.length }} to add, {{ p.changed.length }} to change, {{ p.unchanged }} already
        imported.
      </p>
      @if (p.added.length + p.changed.length) {
        <div class="table-wrap">
          <table class="report" data-testid="catalogue-preview-rows">
            <thead>
              <tr>
                <th>Row</th>
                <th></th>
                <th>Number</th>
                <th>Name</th>
                <th>Unit</th>
                <th>From</th>
                <th class="num">NSW</th>
              </tr>
            </thead>
            <tbody>
              @for (r of previewRows(p); track r.item.row) {
                <tr>
                  <td>{{ r.item.row }}</td>
                  <td>{{ r.change }}</td>
                  <td>{{ r.item.number }}</td>
                  <td>{{ r.item.name }}</td>
                  <td>{{ r.item.unit }}</td>
                  <td>{{ date(r.item.effectiveFrom) }}</td>
                  <td class="num">{{ money(r.item.limits['NSW']) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
    <h2 class="subtitle">Catalogue</h2>
    @if (items(); as list) {
      <div class="table-wrap">
        <table class="report" data-testid="catalogue-items">
          <thead>
            <tr>
              <th>Number</th>
              <th>Name</th>
              <th>Unit</th>
              <th>GST</th>
              <th>From</th>
              <th class="num">NSW</th>
              <th class="num">VIC</th>
              <th class="num">QLD</th>
            </tr>
          </thead>
          <tbody>
            @for (i of list; track i.number + i.from) {
              <tr data-testid="catalogue-item">
                <td>{{ i.number }}</td>
                <td>{{ i.name }}</td>
                <td>{{ i.unit }}</td>
                <td>{{ i.gst }}</td>
                <td>{{ date(i.from) }}</td>
                <td class="num">{{ money(i.nsw) }}</td>
                <td class="num">{{ money(i.vic) }}</td>
                <td class="num">{{ money(i.qld) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8">No support items yet: import the catalogue.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the catalogue" />
    }
  `,
  styles: LEDGER_STYLES + ` .file { position: absolute; width: 1px; height: 1px; opacity: 0; } `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupportCataloguePage {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiClient);
  private readonly toast = inject(ToastService);

  protected readonly chosen = signal<File | null>(null);
  protected readonly preview = signal<CatalogueImport | null>(null);
  protected readonly items = signal<Item[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly money = (v: string | null | undefined) => (v === null || v === undefined ? 'Quote' : formatCurrency(v));
  protected readonly date = toDayMonthYear;
  private content: string | null = null;

  constructor() {
    void this.loadItems();
  }

  protected previewRows(p: CatalogueImport) {
    return [...p.added.map((item) => ({ item, change: 'Add' })), ...p.changed.map((item) => ({ item, change: 'Change' }))];
  }

  /** A file chosen: read and previewed at once (nothing written). */
  protected async choose(files: FileList | null): Promise<void> {
    const file = files?.[0];
    this.preview.set(null);
    this.error.set(null);
    if (!file) return;
    this.chosen.set(file);
    this.content = await base64(file);
    await this.run(true);
  }

  protected async run(dryRun: boolean): Promise<void> {
    const file = this.chosen();
    if (!file || !this.content) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.http.post<CatalogueImport>('/api/lumary/support-catalogue/imports', { fileName: file.name, content: this.content, dryRun }),
      );
      if (dryRun) {
        this.preview.set(result);
        return;
      }
      this.preview.set(null);
      this.toast.success(`${file.name}: ${result.added.length} added, ${result.changed.length} changed, ${result.unchanged} unchanged.`);
      await this.loadItems();
    } catch (error) {
      const e = toApiError(error);
      this.preview.set(null);
      this.error.set(e.message);
      if (!dryRun) this.toast.error(`${file.name} was not imported: nothing was written.`);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadItems(): Promise<void> {
    try {
      const result = await this.api.query(
        `SELECT Name, lumary__Support_Item_Number__c, lumary__Unit__c, lumary__GST_Code__c, lumary__Effective_From__c, lumary__Price_Limit_NSW__c, lumary__Price_Limit_VIC__c, lumary__Price_Limit_QLD__c FROM ${ITEM} ORDER BY lumary__Support_Item_Number__c, lumary__Effective_From__c DESC LIMIT 2000`,
      );
      const t = (r: Record<string, unknown>, f: string) => (r[f] === null || r[f] === undefined ? '' : String(r[f]));
      this.items.set(
        (result.records as Record<string, unknown>[]).map((r) => ({
          number: t(r, 'lumary__Support_Item_Number__c'),
          name: t(r, 'Name'),
          unit: t(r, 'lumary__Unit__c'),
          gst: t(r, 'lumary__GST_Code__c'),
          from: t(r, 'lumary__Effective_From__c'),
          nsw: t(r, 'lumary__Price_Limit_NSW__c'),
          vic: t(r, 'lumary__Price_Limit_VIC__c'),
          qld: t(r, 'lumary__Price_Limit_QLD__c'),
        })),
      );
    } catch (error) {
      this.items.set([]);
      this.error.set(toApiError(error).message);
    }
  }
}
