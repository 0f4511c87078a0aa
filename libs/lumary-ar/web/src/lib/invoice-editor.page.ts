import { ToastService } from '@platform/web/ui';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  WritableSignal,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import { debounceTime, distinctUntilChanged, map, startWith } from 'rxjs';
import { AccountingEntity, ArApiService, Debtor, EditorLine } from './ar-api.service';
import { apiDate, toDayMonthYear, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { DECIMAL_PATTERN, editorField, editorTotals, lineFigures } from './invoice-editor';

const INVOICE = 'lumary__Invoice__c';

/** A picked Contact or Account: the autocomplete's value is the object once chosen, the typed text before. */
const picked = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as Debtor | string | null;
  if (value === null || value === '') return null;
  return typeof value === 'object' ? null : { message: 'Choose one from the list.' };
};

const positive = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  if (!DECIMAL_PATTERN.test(value)) return { message: 'A number such as 1.5 (at most 2 decimals).' };
  return /^0+(\.0+)?$/.test(value) ? { message: 'More than 0.' } : null;
};

const money = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  return !value || DECIMAL_PATTERN.test(value) ? null : { message: 'An amount such as 193.99.' };
};

type LineGroup = FormGroup<{
  description: FormControl<string | null>;
  quantity: FormControl<string | null>;
  unitPrice: FormControl<string | null>;
  taxCode: FormControl<string | null>;
  glCode: FormControl<string | null>;
  costCentre: FormControl<string | null>;
}>;

function lineGroup(line?: Partial<EditorLine>): LineGroup {
  return new FormGroup({
    description: new FormControl(line?.description ?? '', [Validators.required, Validators.maxLength(255)]),
    quantity: new FormControl(line?.quantity ?? '1', [Validators.required, positive]),
    unitPrice: new FormControl(line?.unitPrice ?? '', [Validators.required, money]),
    taxCode: new FormControl<string | null>(line?.taxCode ?? 'GST', Validators.required),
    glCode: new FormControl(line?.glCode ?? null),
    costCentre: new FormControl(line?.costCentre ?? null),
  });
}

/**
 * The invoice editor (`/lumary/invoices/new?client=`, `/lumary/invoices/:id/edit` for a Draft):
 * client, debtor (defaulted from the client's Default Debtor), invoice date and the lines in one
 * form, with each line's amount and GST and the totals as the server rounds them. Save as draft,
 * or Save and issue after a confirmation (issuing posts to the Finance Journal). A Draft is saved
 * in one request (its header and lines together, or nothing); errors show on the field they name.
 */
@Component({
  selector: 'app-ar-invoice-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    DateFieldComponent,
  ],
  template: `
    <h1 class="title" tabindex="-1" #headingEl data-testid="invoice-editor-title">{{ heading() }}</h1>
    @if (loadError(); as e) {
      <p class="error" role="alert" data-testid="invoice-editor-load-error">{{ e }}</p>
      @if (id()) {
        <a mat-stroked-button [routerLink]="['/o', invoiceObject, id()]">Back to the invoice</a>
      }
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the invoice" />
    } @else {
      <form [formGroup]="form" (ngSubmit)="save(false)" class="editor" data-testid="invoice-editor" [class.hidden]="confirming()">
        <div class="header">
          <mat-form-field data-testid="field-client">
            <mat-label>Client</mat-label>
            <input matInput formControlName="client" [matAutocomplete]="clientAuto" placeholder="Type the client's name" required />
            <mat-autocomplete #clientAuto="matAutocomplete" [displayWith]="partyName" (optionSelected)="chooseClient($event.option.value)">
              @for (c of clientMatches(); track c.id) {
                <mat-option [value]="c" data-testid="client-option">{{ c.name }}</mat-option>
              }
            </mat-autocomplete>
            <mat-error>{{ headerError('client', 'Client') }}</mat-error>
          </mat-form-field>
          <mat-form-field data-testid="field-debtor">
            <mat-label>Debtor (who pays)</mat-label>
            <input matInput formControlName="debtor" [matAutocomplete]="debtorAuto" placeholder="A contact or account" required />
            <mat-autocomplete #debtorAuto="matAutocomplete" [displayWith]="partyName">
              @for (d of debtorMatches(); track d.id) {
                <mat-option [value]="d" data-testid="debtor-option">{{ d.name }} · {{ d.object }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>The client's Default Debtor, else the client</mat-hint>
            <mat-error>{{ headerError('debtor', 'Debtor') }}</mat-error>
          </mat-form-field>
          <app-ar-date-field
            name="invoiceDate"
            label="Invoice date"
            [control]="form.controls.invoiceDate"
            [error]="headerError('invoiceDate', 'Invoice date')"
          />
        </div>

        <h2 class="subtitle">Lines</h2>
        <div class="lines" formArrayName="lines" role="list" aria-label="Invoice lines">
          @for (line of lines.controls; track line; let i = $index) {
            <fieldset class="line" [formGroupName]="i" role="listitem" data-testid="invoice-line" [attr.aria-label]="'Line ' + (i + 1)">
              <legend class="line-number">Line {{ i + 1 }}</legend>
              <mat-form-field class="description" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-description'">
                <mat-label>Service / description</mat-label>
                <input matInput formControlName="description" maxlength="255" required />
                <mat-error>{{ lineError(i, 'description', 'Description') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="qty" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-quantity'">
                <mat-label>Quantity</mat-label>
                <input matInput formControlName="quantity" inputmode="decimal" required />
                <mat-error>{{ lineError(i, 'quantity', 'Quantity') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="price" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-unitPrice'">
                <mat-label>Unit price (ex GST)</mat-label>
                <span matTextPrefix>$&nbsp;</span>
                <input matInput formControlName="unitPrice" inputmode="decimal" required />
                <mat-error>{{ lineError(i, 'unitPrice', 'Unit price') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="tax" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-taxCode'">
                <mat-label>GST code</mat-label>
                <mat-select formControlName="taxCode">
                  <mat-option value="GST">GST 10%</mat-option>
                  <mat-option value="GST_FREE">GST free</mat-option>
                </mat-select>
                <mat-error>{{ lineError(i, 'taxCode', 'GST code') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="gl" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-glCode'">
                <mat-label>GL code</mat-label>
                <mat-select formControlName="glCode">
                  <mat-option [value]="null">—</mat-option>
                  @for (g of glCodes(); track g.id) {
                    <mat-option [value]="g.id">{{ entityLabel(g) }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ lineError(i, 'glCode', 'GL code') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="cc" subscriptSizing="dynamic" [attr.data-testid]="'line-' + i + '-costCentre'">
                <mat-label>Cost centre</mat-label>
                <mat-select formControlName="costCentre">
                  <mat-option [value]="null">—</mat-option>
                  @for (c of costCentres(); track c.id) {
                    <mat-option [value]="c.id">{{ entityLabel(c) }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ lineError(i, 'costCentre', 'Cost centre') }}</mat-error>
              </mat-form-field>
              <div class="amount" [attr.data-testid]="'line-' + i + '-amount'">
                <span class="label">Amount</span>
                <span>{{ figures()[i]?.amount ?? '—' }}</span>
                <span class="label">GST {{ figures()[i]?.gst ?? '—' }}</span>
              </div>
              <button
                mat-icon-button
                type="button"
                class="remove"
                (click)="removeLine(i)"
                [disabled]="lines.length === 1"
                [attr.aria-label]="'Remove line ' + (i + 1)"
                [attr.data-testid]="'line-' + i + '-remove'"
              >
                <mat-icon svgIcon="delete" />
              </button>
            </fieldset>
          }
        </div>
        <button mat-stroked-button type="button" (click)="addLine()" data-testid="invoice-add-line">
          <mat-icon svgIcon="add" />Add line
        </button>

        <dl class="totals" data-testid="invoice-editor-totals" aria-live="polite">
          <dt>Subtotal (ex GST)</dt>
          <dd data-testid="invoice-subtotal">{{ money(totals().subtotal) }}</dd>
          <dt>GST</dt>
          <dd data-testid="invoice-gst">{{ money(totals().gst) }}</dd>
          <dt>Total</dt>
          <dd data-testid="invoice-total" class="total">{{ money(totals().total) }}</dd>
        </dl>

        @for (message of topErrors(); track $index) {
          <p class="error" role="alert" data-testid="invoice-editor-error">{{ message }}</p>
        }
        <div class="buttons">
          <a mat-button [routerLink]="cancelLink()">Cancel</a>
          <button mat-stroked-button type="submit" [disabled]="saving()" data-testid="invoice-save-draft">Save as draft</button>
          <button mat-flat-button type="button" (click)="reviewIssue()" [disabled]="saving()" data-testid="invoice-save-issue">
            Save and issue
          </button>
        </div>
      </form>
      @if (confirming()) {
        <section class="confirm" role="alertdialog" aria-labelledby="issue-confirm-title" data-testid="invoice-issue-confirm">
          <h2 id="issue-confirm-title" class="subtitle">Issue this invoice?</h2>
          <p>
            Issuing posts {{ money(totals().total) }} (GST {{ money(totals().gst) }}) payable by
            {{ partyName(form.controls.debtor.value) }} to the Finance Journal, dated {{ form.controls.invoiceDate.value }}. An issued
            invoice cannot be edited: it is changed only by credit notes, payments or voiding.
          </p>
          @for (message of topErrors(); track $index) {
            <p class="error" role="alert" data-testid="invoice-editor-error">{{ message }}</p>
          }
          <div class="buttons">
            <button mat-button type="button" (click)="confirming.set(false)" data-testid="invoice-issue-back">Back</button>
            <button
              mat-flat-button
              type="button"
              #confirmButton
              (click)="save(true)"
              [disabled]="saving()"
              data-testid="invoice-issue-confirm-button"
            >
              Confirm and issue
            </button>
          </div>
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 1280px;
    }
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .title:focus {
      outline: none;
    }
    .subtitle {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 8px;
    }
    .header {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(260px, 100%), 1fr));
      gap: 0 16px;
    }
    .lines {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 8px;
    }
    .line {
      display: grid;
      grid-template-columns:
        minmax(180px, 3fr) minmax(80px, 1fr) minmax(110px, 1.3fr) minmax(110px, 1.2fr) minmax(140px, 1.6fr) minmax(140px, 1.6fr)
        96px 40px;
      gap: 8px;
      align-items: start;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px;
      margin: 0;
      min-width: 0;
    }
    .line-number {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      padding: 0 4px;
    }
    .line mat-form-field {
      width: 100%;
      min-width: 0;
    }
    .amount {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      padding-top: 8px;
      font-variant-numeric: tabular-nums;
    }
    .label {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .remove {
      margin-top: 4px;
    }
    .totals {
      display: grid;
      grid-template-columns: auto auto;
      justify-content: end;
      gap: 4px 24px;
      margin: 16px 0;
      font-variant-numeric: tabular-nums;
    }
    .totals dd {
      margin: 0;
      text-align: right;
    }
    .total {
      font-weight: 600;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .hidden {
      display: none;
    }
    .confirm {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      padding: 16px;
      max-width: 640px;
    }
    @media (max-width: 1100px) {
      .line {
        grid-template-columns: 1fr 1fr 40px;
      }
      .line .description,
      .line .gl,
      .line .cc {
        grid-column: span 2;
      }
      .line .amount {
        grid-column: 1 / span 2;
        flex-direction: row;
        gap: 12px;
        justify-content: flex-end;
        align-items: baseline;
        padding-top: 0;
      }
      .line .remove {
        grid-row: 1;
        grid-column: 3;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceEditorPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly headingRef = viewChild<ElementRef<HTMLElement>>('headingEl');
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');

  /** A Draft's id (`/lumary/invoices/:id/edit`); absent for a new invoice. */
  readonly id = input<string>();
  /** `?client=`: a new invoice for this client (from the client's page). */
  readonly client = input<string>();

  protected readonly invoiceObject = INVOICE;
  protected readonly money = formatCurrency;
  protected readonly partyName = (value: Debtor | string | null): string =>
    value && typeof value === 'object' ? value.name : (value ?? '');
  protected readonly entityLabel = (e: AccountingEntity) => (e.reportingCode ? `${e.reportingCode} · ${e.name}` : e.name);

  protected readonly form = new FormGroup({
    client: new FormControl<Debtor | string | null>(null, [Validators.required, picked]),
    debtor: new FormControl<Debtor | string | null>(null, [Validators.required, picked]),
    invoiceDate: todayControl(),
    lines: new FormArray<LineGroup>([lineGroup()]),
  });
  protected readonly lines = this.form.controls.lines;

  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly confirming = signal(false);
  protected readonly topErrors = signal<string[]>([]);
  protected readonly invoiceName = signal<string | null>(null);
  protected readonly glCodes = signal<AccountingEntity[]>([]);
  protected readonly costCentres = signal<AccountingEntity[]>([]);
  protected readonly clientMatches = signal<Debtor[]>([]);
  protected readonly debtorMatches = signal<Debtor[]>([]);

  protected readonly heading = computed(() => (this.id() ? `Edit ${this.invoiceName() ?? 'invoice'}` : 'New invoice'));
  protected readonly cancelLink = computed(() => (this.id() ? ['/o', INVOICE, this.id()] : ['/o', INVOICE, 'list']));

  private readonly lineValues = toSignal(this.lines.valueChanges.pipe(map(() => this.lines.getRawValue())), {
    initialValue: this.lines.getRawValue(),
  });
  protected readonly figures = computed(() => this.lineValues().map(lineFigures));
  protected readonly totals = computed(() => editorTotals(this.lineValues()));

  constructor() {
    void this.ar.accountingEntities('GL_Code').then(
      (codes) => this.glCodes.set(codes),
      () => this.glCodes.set([]),
    );
    void this.ar.accountingEntities('Cost_Centre').then(
      (centres) => this.costCentres.set(centres),
      () => this.costCentres.set([]),
    );
    this.search(this.form.controls.client, (text) => this.ar.searchClients(text), this.clientMatches);
    this.search(this.form.controls.debtor, (text) => this.ar.searchDebtors(text), this.debtorMatches);
    effect(() => {
      const id = this.id();
      const client = this.client();
      if (id) void this.loadDraft(id);
      else if (client) void this.presetClient(client);
    });
    effect(() => {
      if (this.confirming()) setTimeout(() => this.confirmButton()?.nativeElement.focus());
    });
  }

  protected headerError(name: 'client' | 'debtor' | 'invoiceDate', label: string): string | null {
    return this.message(this.form.controls[name], label);
  }

  protected lineError(i: number, name: keyof LineGroup['controls'], label: string): string | null {
    return this.message(this.lines.at(i).controls[name], label);
  }

  protected addLine(): void {
    const last = this.lines.at(this.lines.length - 1)?.getRawValue();
    // A new line takes the previous one's codes: most invoices bill one GL code and cost centre.
    this.lines.push(
      lineGroup({ taxCode: (last?.taxCode as 'GST' | 'GST_FREE') ?? 'GST', glCode: last?.glCode, costCentre: last?.costCentre }),
    );
    setTimeout(() => {
      const inputs = document.querySelectorAll<HTMLInputElement>('[data-testid="invoice-line"] .description input');
      inputs[inputs.length - 1]?.focus();
    });
  }

  protected removeLine(i: number): void {
    if (this.lines.length < 2) return;
    this.lines.removeAt(i);
    this.services.splice(i, 1);
  }

  protected async chooseClient(client: Debtor): Promise<void> {
    const debtor = await this.ar.clientDebtor(client).catch(() => client);
    this.form.controls.debtor.setValue(debtor);
  }

  /** Save and issue: the form checked (every line needs a GL code to post), then the confirmation. */
  protected reviewIssue(): void {
    this.topErrors.set([]);
    let ready = this.check();
    this.lines.controls.forEach((line) => {
      if (!line.controls.glCode.value) {
        line.controls.glCode.setErrors({ message: 'A GL code is needed to issue.' });
        line.controls.glCode.markAsTouched();
        ready = false;
      }
    });
    if (ready) this.confirming.set(true);
  }

  protected async save(issue: boolean): Promise<void> {
    this.topErrors.set([]);
    if (!issue && !this.check()) return;
    const v = this.form.getRawValue();
    const party = (value: Debtor | string | null) => (value && typeof value === 'object' ? value.id : '');
    const body = {
      client: party(v.client),
      debtor: party(v.debtor),
      invoiceDate: apiDate(v.invoiceDate),
      issue,
      lines: this.lines.getRawValue().map((l, i) => ({
        description: String(l.description ?? '').trim(),
        quantity: String(l.quantity ?? '').trim(),
        unitPrice: String(l.unitPrice ?? '').trim(),
        taxCode: (l.taxCode === 'GST_FREE' ? 'GST_FREE' : 'GST') as 'GST' | 'GST_FREE',
        ...(l.glCode ? { glCode: l.glCode } : {}),
        ...(l.costCentre ? { costCentre: l.costCentre } : {}),
        ...(this.services[i] ? { service: this.services[i] as string } : {}),
      })),
    };
    this.saving.set(true);
    try {
      const id = this.id();
      const result = id ? await this.ar.updateInvoice(id, body) : await this.ar.createInvoice(body);
      const what = result.status === 'Open' ? `issued for ${formatCurrency(this.totals().total)}` : 'saved as a draft';
      this.toast.success(`${result.name} ${what}.`);
      void this.router.navigate(['/o', INVOICE, result.id]);
    } catch (error) {
      this.confirming.set(false);
      this.showErrors(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** The lines' Service Delivered links, kept as they were (the editor does not change them). */
  private services: (string | null)[] = [];

  private check(): boolean {
    for (const control of [this.form.controls.client, this.form.controls.debtor, this.form.controls.invoiceDate]) {
      if (control.errors?.['server']) control.setErrors(null);
      control.updateValueAndValidity();
    }
    this.lines.controls.forEach((line) => Object.values(line.controls).forEach((c) => c.updateValueAndValidity()));
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    this.topErrors.set(['Check the fields marked in red.']);
    return false;
  }

  private showErrors(error: unknown): void {
    const top: string[] = [];
    for (const e of toApiError(error).errors) {
      const places = e.fields.map(editorField).filter((p) => p !== null);
      if (!places.length) top.push(e.message);
      for (const place of places) {
        const control = place.line === undefined ? this.form.get(place.control) : this.lines.at(place.line)?.get(place.control);
        if (!control) {
          top.push(e.message);
          continue;
        }
        control.setErrors({ server: e.message });
        control.markAsTouched();
      }
    }
    this.topErrors.set(top);
  }

  private message(control: AbstractControl | null, label: string): string | null {
    const errors = control?.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return `${label} is required.`;
    if (typeof errors['message'] === 'string') return errors['message'];
    if (errors['maxlength']) return `${label} is too long.`;
    return null;
  }

  private search(
    control: FormControl<Debtor | string | null>,
    find: (text: string) => Promise<Debtor[]>,
    into: WritableSignal<Debtor[]>,
  ): void {
    control.valueChanges.pipe(startWith(control.value), debounceTime(250), distinctUntilChanged()).subscribe((value) => {
      if (typeof value !== 'string' || value.trim().length < 2) return into.set([]);
      void find(value).then(
        (found) => into.set(found),
        () => into.set([]),
      );
    });
  }

  private async presetClient(id: string): Promise<void> {
    const client = await this.ar.debtor(id, 'Contact').catch(() => null);
    if (!client) return;
    this.form.controls.client.setValue(client);
    await this.chooseClient(client);
  }

  private async loadDraft(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const invoice = await this.ar.invoiceForEditor(id);
      if (!invoice) {
        this.loadError.set('This invoice does not exist or you may not see it.');
        return;
      }
      this.invoiceName.set(invoice.name);
      if (invoice.status !== 'Draft') {
        this.loadError.set(
          `${invoice.name} is ${invoice.status}: only a Draft invoice can be edited. Credit, void or record a payment instead.`,
        );
        return;
      }
      const [client, debtor] = await Promise.all([
        invoice.client ? this.ar.debtor(invoice.client, 'Contact') : null,
        invoice.debtor ? this.ar.party(invoice.debtor) : null,
      ]);
      this.form.controls.client.setValue(client);
      this.form.controls.debtor.setValue(debtor);
      if (invoice.invoiceDate) this.form.controls.invoiceDate.setValue(toDayMonthYear(invoice.invoiceDate));
      this.lines.clear();
      for (const line of invoice.lines) this.lines.push(lineGroup(line));
      if (!invoice.lines.length) this.lines.push(lineGroup());
      this.services = invoice.lines.map((l) => l.service);
    } catch (error) {
      this.loadError.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
      setTimeout(() => this.headingRef()?.nativeElement.focus());
    }
  }
}
