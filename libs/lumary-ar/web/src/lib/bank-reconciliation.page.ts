import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import { ConfirmService, ToastService } from '@platform/web/ui';
import type { OpenInvoice } from './allocation';
import {
  ArApiService,
  type BankAccount,
  type BankRule,
  type BankSuggestion,
  type CsvMapping,
  type Debtor,
  type ImportResult,
  type Reconciliation,
  type StatementImportBody,
  type StatementLine,
} from './ar-api.service';
import { toDayMonthYear } from './ar-dates';
import { cents, isZero } from './ar-money';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';

type Format = StatementImportBody['format'];

/** One debtor's share of a line in the split (or on-account) form. */
interface Part {
  debtor: Debtor | null;
  search: FormControl<string | Debtor | null>;
  amount: FormControl<string>;
  invoice: FormControl<string | null>;
  invoices: OpenInvoice[];
  matches: Debtor[];
}

const MAPPING_FIELDS: { key: keyof CsvMapping; label: string }[] = [
  { key: 'date', label: 'Date column' },
  { key: 'amount', label: 'Amount column (signed)' },
  { key: 'debit', label: 'Debit column (money out)' },
  { key: 'credit', label: 'Credit column (money in)' },
  { key: 'description', label: 'Description column' },
  { key: 'reference', label: 'Reference column' },
  { key: 'transactionId', label: 'Transaction id column' },
];

/**
 * Bank reconciliation (`/lumary/bank-reconciliation`): import a bank statement (CSV with the
 * account's column mapping, OFX or camt.053) with a preview, then match each credit line: its
 * suggestions best first (confirm in one click), or split it across debtors, or leave it on
 * account; the statement's closing balance against the bank account's book balance. The rules
 * learnt from confirmations are listed and can be removed.
 */
@Component({
  selector: 'app-ar-bank-reconciliation-page',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Bank reconciliation</h1>
    <div class="controls">
      <mat-form-field data-testid="field-bank-account">
        <mat-label>Bank account</mat-label>
        <mat-select [formControl]="account" (selectionChange)="load()">
          @for (a of accounts(); track a.id) {
            <mat-option [value]="a.id">{{ a.name }}{{ a.active ? '' : ' (inactive)' }} · {{ a.unreconciled }} to match</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="bank-error">{{ e }}</p>
    }

    @if (rec(); as r) {
      <section class="balances" aria-label="Balances" data-testid="bank-balances">
        <div>
          <span class="muted">Statement closing balance{{ r.statement?.date ? ' on ' + date(r.statement!.date!) : '' }}</span>
          <strong data-testid="bank-closing">{{ r.statement?.closingBalance ? money(r.statement!.closingBalance!) : '—' }}</strong>
        </div>
        <div>
          <span class="muted">Book balance on {{ date(r.asAt) }}</span>
          <strong data-testid="bank-book">{{ money(r.bookBalance) }}</strong>
        </div>
        <div>
          <span class="muted">Difference</span>
          <strong
            data-testid="bank-difference"
            [class.error]="r.difference && !zero(r.difference)"
            [class.ok]="r.difference && zero(r.difference)"
          >
            {{ r.difference ? money(r.difference) : '—' }}
          </strong>
        </div>
        <div>
          <span class="muted">Lines to match</span>
          <strong data-testid="bank-unreconciled">{{ r.unreconciled }}</strong>
        </div>
      </section>
    }

    <h2 class="subtitle">Import a statement</h2>
    <form class="import" [formGroup]="importForm" (submit)="$event.preventDefault(); runImport(false)">
      <div class="controls">
        <mat-form-field data-testid="field-format">
          <mat-label>Format</mat-label>
          <mat-select formControlName="format">
            <mat-option value="csv">CSV</mat-option>
            <mat-option value="ofx">OFX</mat-option>
            <mat-option value="camt053">camt.053 (ISO 20022 XML)</mat-option>
          </mat-select>
        </mat-form-field>
        <label class="file">
          <span class="muted">Statement file</span>
          <input type="file" accept=".csv,.ofx,.qfx,.xml,.txt" (change)="pick($event)" data-testid="statement-file" />
        </label>
      </div>
      @if (importForm.controls.format.value === 'csv') {
        <fieldset class="mapping" data-testid="csv-mapping">
          <legend>CSV columns (by header)</legend>
          <div class="controls">
            @for (f of mappingFields; track f.key) {
              <mat-form-field [attr.data-testid]="'mapping-' + f.key">
                <mat-label>{{ f.label }}</mat-label>
                <input matInput [formControl]="mapping.controls[f.key]" />
              </mat-form-field>
            }
            <mat-form-field data-testid="mapping-dateFormat">
              <mat-label>Date format</mat-label>
              <mat-select [formControl]="mapping.controls.dateFormat">
                <mat-option value="dd/mm/yyyy">dd/mm/yyyy</mat-option>
                <mat-option value="yyyy-mm-dd">yyyy-mm-dd</mat-option>
                <mat-option value="mm/dd/yyyy">mm/dd/yyyy</mat-option>
              </mat-select>
            </mat-form-field>
            <mat-form-field data-testid="field-closing">
              <mat-label>Closing balance (optional)</mat-label>
              <span matTextPrefix>$&nbsp;</span>
              <input matInput inputmode="decimal" formControlName="closingBalance" />
            </mat-form-field>
          </div>
          <mat-checkbox formControlName="saveMapping" data-testid="save-mapping">Save these columns for this bank account</mat-checkbox>
        </fieldset>
      }
      <div class="actions">
        <button mat-stroked-button type="button" (click)="runImport(true)" [disabled]="busy()" data-testid="statement-preview">
          <mat-icon svgIcon="visibility" />Preview
        </button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="statement-import">
          <mat-icon svgIcon="upload" />Import
        </button>
      </div>
    </form>
    @if (preview(); as p) {
      <p role="status" data-testid="import-result">
        {{ p.dryRun ? 'Preview: ' : p.statement?.name + ': ' }}{{ p.added }} new {{ p.added === 1 ? 'line' : 'lines'
        }}{{ p.skipped ? ', ' + p.skipped + ' already imported' : '' }}{{ p.dryRun ? ' (nothing imported yet)' : ' imported' }}.
      </p>
      @if (p.dryRun) {
        <div class="table-wrap">
          <table class="report" data-testid="import-preview">
            <thead>
              <tr>
                <th>File line</th>
                <th>Date</th>
                <th>Description</th>
                <th>Reference</th>
                <th class="num">Amount</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              @for (l of p.lines; track $index) {
                <tr [class.muted]="l.duplicate">
                  <td>{{ l.sourceLine }}</td>
                  <td>{{ date(l.date) }}</td>
                  <td class="wrap">{{ l.description }}</td>
                  <td>{{ l.reference }}</td>
                  <td class="num">{{ money(l.amount) }}</td>
                  <td>{{ l.duplicate ? 'Already imported' : 'New' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }

    <h2 class="subtitle">Statement lines</h2>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the statement lines" />
    }
    @if (rec(); as r) {
      <div class="table-wrap">
        <table class="report" data-testid="bank-lines">
          <thead>
            <tr>
              <th>Date</th>
              <th>Description and reference</th>
              <th class="num">Amount</th>
              <th>Status</th>
              <th>Match</th>
            </tr>
          </thead>
          <tbody>
            @for (l of r.lines; track l.id) {
              <tr data-testid="bank-line" [attr.data-line]="l.name" [attr.data-status]="l.status">
                <td>{{ date(l.date) }}</td>
                <td class="wrap">
                  {{ l.description }}
                  @if (l.reference) {
                    <br /><span class="muted">{{ l.reference }}</span>
                  }
                </td>
                <td class="num">{{ money(l.amount) }}</td>
                <td>{{ l.status }}{{ l.paymentName ? ' · ' + l.paymentName : '' }}</td>
                <td class="wrap match">
                  @if (l.status === 'Unreconciled' && credit(l)) {
                    @for (s of l.suggestions; track $index) {
                      <div class="suggestion" data-testid="suggestion" [attr.data-kind]="s.kind">
                        <span
                          ><strong>{{ s.debtorName }}</strong> · {{ s.confidence }}%<br /><span class="muted">{{ s.reason }}</span></span
                        >
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="confirm(l, s)"
                          [disabled]="busy()"
                          data-testid="suggestion-confirm"
                        >
                          <mat-icon svgIcon="check" />Confirm
                        </button>
                      </div>
                    } @empty {
                      <span class="muted" data-testid="no-suggestion">No suggestion: split it or put it on account.</span>
                    }
                    <button mat-button type="button" (click)="openSplit(l)" [disabled]="busy()" data-testid="line-split">
                      <mat-icon svgIcon="call_split" />Split or on account
                    </button>
                  }
                </td>
              </tr>
              @if (splitting()?.id === l.id) {
                <tr class="split-row">
                  <td colspan="5">
                    <form class="split" (submit)="$event.preventDefault(); saveSplit(l)" data-testid="split-form">
                      <p class="muted">
                        Share {{ money(l.amount) }} between debtors. A part with an invoice pays it (up to its balance); the rest is the
                        debtor's unallocated credit (on account).
                      </p>
                      @for (p of parts(); track $index; let i = $index) {
                        <div class="controls part" [attr.data-testid]="'split-part-' + i">
                          <mat-form-field>
                            <mat-label>Debtor</mat-label>
                            <input
                              matInput
                              [formControl]="p.search"
                              [matAutocomplete]="auto"
                              (input)="search(p, $any($event.target).value)"
                              placeholder="Type a name"
                            />
                            <mat-autocomplete
                              #auto="matAutocomplete"
                              [displayWith]="debtorName"
                              (optionSelected)="choose(p, $event.option.value)"
                            >
                              @for (d of p.matches; track d.id) {
                                <mat-option [value]="d" data-testid="debtor-option">{{ d.name }} · {{ d.object }}</mat-option>
                              }
                            </mat-autocomplete>
                          </mat-form-field>
                          <mat-form-field>
                            <mat-label>Amount</mat-label>
                            <span matTextPrefix>$&nbsp;</span>
                            <input matInput inputmode="decimal" [formControl]="p.amount" />
                          </mat-form-field>
                          <mat-form-field>
                            <mat-label>Pays invoice (optional)</mat-label>
                            <mat-select [formControl]="p.invoice">
                              <mat-option [value]="null">None: on account</mat-option>
                              @for (inv of p.invoices; track inv.id) {
                                <mat-option [value]="inv.id">{{ inv.name }} · owes {{ money(inv.balance) }}</mat-option>
                              }
                            </mat-select>
                          </mat-form-field>
                        </div>
                      }
                      <div class="actions">
                        <button mat-button type="button" (click)="addPart(l)" data-testid="split-add">Add a debtor</button>
                        <button mat-button type="button" (click)="splitting.set(null)">Cancel</button>
                        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="split-save">Save</button>
                      </div>
                    </form>
                  </td>
                </tr>
              }
            } @empty {
              <tr>
                <td colspan="5">No statement lines yet: import a statement above.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }

    <h2 class="subtitle">Learnt rules</h2>
    <p class="muted">Confirming a line remembers its payer text: a later line holding it suggests the same debtor.</p>
    <div class="table-wrap">
      <table class="report" data-testid="bank-rules">
        <thead>
          <tr>
            <th>Payer text</th>
            <th>Debtor</th>
            <th class="num">Confirmed</th>
            <th>Last</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          @for (rule of rules(); track rule.id) {
            <tr data-testid="bank-rule">
              <td class="wrap">{{ rule.pattern }}</td>
              <td>{{ rule.debtorName }}</td>
              <td class="num">{{ rule.timesConfirmed }}</td>
              <td>{{ rule.lastConfirmed ? date(rule.lastConfirmed) : '' }}</td>
              <td>
                <button mat-button type="button" (click)="removeRule(rule)" [attr.aria-label]="'Remove the rule ' + rule.pattern">
                  <mat-icon svgIcon="delete" />Remove
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No rules learnt yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [
    LEDGER_STYLES,
    `
      .balances {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
        gap: 12px;
        margin: 8px 0 16px;
      }
      .balances div {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .balances strong {
        font: var(--mat-sys-title-large);
        font-variant-numeric: tabular-nums;
      }
      .file {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin-bottom: 16px;
        max-width: 100%;
      }
      .mapping {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        padding: 8px 12px;
        margin: 0 0 12px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 8px 0;
      }
      .suggestion {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: center;
        justify-content: space-between;
        padding: 4px 0;
        border-bottom: 1px dashed var(--mat-sys-outline-variant);
      }
      .match {
        min-width: 260px;
      }
      .split-row td {
        background: var(--mat-sys-surface-container-low);
        white-space: normal;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BankReconciliationPage {
  private readonly ar = inject(ArApiService);
  private readonly toast = inject(ToastService);
  private readonly confirmations = inject(ConfirmService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly mappingFields = MAPPING_FIELDS;
  protected readonly account = new FormControl<string | null>(null);
  protected readonly accounts = signal<BankAccount[]>([]);
  protected readonly rec = signal<Reconciliation | null>(null);
  protected readonly rules = signal<BankRule[]>([]);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly preview = signal<ImportResult | null>(null);
  protected readonly splitting = signal<StatementLine | null>(null);
  protected readonly parts = signal<Part[]>([]);

  protected readonly importForm = new FormGroup({
    format: new FormControl<Format>('csv', { nonNullable: true }),
    closingBalance: new FormControl<string>('', { nonNullable: true }),
    saveMapping: new FormControl<boolean>(true, { nonNullable: true }),
  });
  protected readonly mapping = new FormGroup({
    date: new FormControl('Date', { nonNullable: true }),
    amount: new FormControl('', { nonNullable: true }),
    debit: new FormControl('', { nonNullable: true }),
    credit: new FormControl('', { nonNullable: true }),
    description: new FormControl('Description', { nonNullable: true }),
    reference: new FormControl('', { nonNullable: true }),
    transactionId: new FormControl('', { nonNullable: true }),
    dateFormat: new FormControl<NonNullable<CsvMapping['dateFormat']>>('dd/mm/yyyy', { nonNullable: true }),
  });
  private file: { name: string; content: string } | null = null;

  protected readonly money = (value: string) => formatCurrency(value);
  protected readonly date = (iso: string) => toDayMonthYear(iso);
  protected readonly zero = (value: string) => isZero(value);
  protected readonly credit = (line: StatementLine) => cents(line.amount) > BigInt(0);
  protected readonly debtorName = (d: Debtor | string | null) => (typeof d === 'string' ? d : (d?.name ?? ''));

  constructor() {
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const accounts = await this.ar.bankAccounts();
      this.accounts.set(accounts);
      const wanted = this.route.snapshot.queryParamMap.get('account');
      const first = accounts.find((a) => a.id === wanted) ?? accounts.find((a) => a.active) ?? accounts[0];
      if (first) {
        this.account.setValue(first.id);
        await this.load();
      } else {
        this.error.set('There is no Bank Account: add a Control Account of type Bank Account under Accounting Entities.');
      }
      this.rules.set(await this.ar.bankRules());
    } catch (error) {
      this.error.set(toApiError(error).message);
    }
  }

  protected async load(): Promise<void> {
    const id = this.account.value;
    if (!id) return;
    void this.router.navigate([], { queryParams: { account: id }, replaceUrl: true });
    this.loading.set(true);
    this.error.set(null);
    try {
      const rec = await this.ar.reconciliation(id);
      this.rec.set(rec);
      if (rec.mapping) this.mapping.patchValue(blankMissing(rec.mapping));
    } catch (error) {
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    this.preview.set(null);
    if (!chosen) {
      this.file = null;
      return;
    }
    this.file = { name: chosen.name, content: await chosen.text() };
    const lower = chosen.name.toLowerCase();
    if (lower.endsWith('.ofx') || lower.endsWith('.qfx')) this.importForm.controls.format.setValue('ofx');
    else if (lower.endsWith('.xml')) this.importForm.controls.format.setValue('camt053');
    else if (lower.endsWith('.csv')) this.importForm.controls.format.setValue('csv');
  }

  protected async runImport(dryRun: boolean): Promise<void> {
    const id = this.account.value;
    this.error.set(null);
    if (!id) return;
    if (!this.file) {
      this.error.set('Choose the statement file to import.');
      return;
    }
    const v = this.importForm.getRawValue();
    const body: StatementImportBody = { format: v.format, content: this.file.content, fileName: this.file.name, dryRun };
    if (v.format === 'csv') {
      body.mapping = presentOnly(this.mapping.getRawValue());
      body.saveMapping = v.saveMapping;
      if (v.closingBalance.trim()) body.closingBalance = v.closingBalance.trim().replace(/[$,\s]/g, '');
    }
    this.busy.set(true);
    try {
      const result = await this.ar.importStatement(id, body);
      this.preview.set(result);
      if (!dryRun) {
        this.toast.success(`${result.statement?.name}: ${result.added} new ${result.added === 1 ? 'line' : 'lines'} imported.`);
        await this.refresh();
      }
    } catch (error) {
      this.error.set(toApiError(error).message);
      this.toast.error(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(line: StatementLine, s: BankSuggestion): Promise<void> {
    this.busy.set(true);
    try {
      const result = s.payment
        ? await this.ar.confirmLine(line.id, { payment: s.payment })
        : await this.ar.confirmLine(line.id, {
            debtor: s.debtor,
            allocations: s.allocations.map((a) => ({ invoice: a.invoice, amount: a.amount })),
          });
      this.toast.success(
        `${line.name} matched to ${s.debtorName}: ${result.line.paymentName ?? 'payment'} ${result.line.status.toLowerCase()}.`,
      );
      await this.refresh();
    } catch (error) {
      this.toast.error(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected openSplit(line: StatementLine): void {
    this.splitting.set(line);
    this.parts.set([newPart(line.amount)]);
  }

  protected addPart(line: StatementLine): void {
    const used = this.parts().reduce((total, p) => total + safeCents(p.amount.value), BigInt(0));
    const left = cents(line.amount) - used;
    this.parts.update((parts) => [...parts, newPart(left > BigInt(0) ? fromCentsText(left) : '')]);
  }

  protected async search(part: Part, text: string): Promise<void> {
    part.debtor = null;
    if (text.trim().length < 2) {
      part.matches = [];
      this.parts.update((p) => [...p]);
      return;
    }
    try {
      part.matches = await this.ar.searchDebtors(text);
    } catch {
      part.matches = [];
    }
    this.parts.update((p) => [...p]);
  }

  protected async choose(part: Part, debtor: Debtor): Promise<void> {
    part.debtor = debtor;
    part.invoice.setValue(null);
    try {
      part.invoices = await this.ar.openInvoices(debtor.id);
    } catch {
      part.invoices = [];
    }
    this.parts.update((p) => [...p]);
  }

  protected async saveSplit(line: StatementLine): Promise<void> {
    const parts = this.parts();
    const missing = parts.findIndex((p) => !p.debtor);
    if (missing >= 0) {
      this.toast.error(`Part ${missing + 1}: choose the debtor from the list.`);
      return;
    }
    const body = parts.map((p) => {
      const amount = p.amount.value.trim().replace(/[$,\s]/g, '');
      const invoice = p.invoices.find((i) => i.id === p.invoice.value);
      const allocate = invoice ? minCents(amount, invoice.balance) : null;
      return {
        debtor: p.debtor!.id,
        amount,
        allocations: invoice && allocate ? [{ invoice: invoice.id, amount: allocate }] : [],
      };
    });
    const onAccount = body.every((p) => !p.allocations.length);
    if (onAccount && body.length === 1) {
      const ok = await this.confirmations.ask({
        title: 'Leave on account?',
        message: `${money(line.amount)} is recorded as a payment of ${parts[0].debtor!.name} and kept as their unallocated credit.`,
        confirm: 'On account',
      });
      if (!ok) return;
    }
    this.busy.set(true);
    try {
      const result =
        body.length === 1 && body[0].amount === line.amount
          ? await this.ar.confirmLine(line.id, { debtor: body[0].debtor, allocations: body[0].allocations })
          : await this.ar.splitLine(line.id, body);
      this.toast.success(`${line.name}: ${result.line.status}.`);
      this.splitting.set(null);
      await this.refresh();
    } catch (error) {
      this.toast.error(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async removeRule(rule: BankRule): Promise<void> {
    const ok = await this.confirmations.ask({
      title: 'Remove the rule?',
      message: `Lines holding "${rule.pattern}" will no longer suggest ${rule.debtorName}.`,
      confirm: 'Remove',
    });
    if (!ok) return;
    try {
      await this.ar.removeBankRule(rule.id);
      this.toast.success(`The rule for "${rule.pattern}" is removed.`);
      this.rules.set(await this.ar.bankRules());
      await this.load();
    } catch (error) {
      this.toast.error(toApiError(error).message);
    }
  }

  private async refresh(): Promise<void> {
    await this.load();
    try {
      this.rules.set(await this.ar.bankRules());
      this.accounts.set(await this.ar.bankAccounts());
    } catch {
      // The lines are what matter; the counts and rules refresh next time.
    }
  }
}

const money = (value: string) => formatCurrency(value);

function newPart(amount: string): Part {
  return {
    debtor: null,
    search: new FormControl<string | Debtor | null>(''),
    amount: new FormControl(amount, { nonNullable: true }),
    invoice: new FormControl<string | null>(null),
    invoices: [],
    matches: [],
  };
}

function safeCents(text: string): bigint {
  const clean = text.trim().replace(/[$,\s]/g, '');
  return /^-?\d+(\.\d{1,2})?$/.test(clean) ? cents(clean) : BigInt(0);
}

function fromCentsText(value: bigint): string {
  const whole = value / BigInt(100);
  return `${whole}.${String(value % BigInt(100)).padStart(2, '0')}`;
}

/** The smaller of a typed amount and an invoice's balance, as the API's decimal string; null when the amount is not one. */
function minCents(amount: string, balance: string): string | null {
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) return null;
  const a = cents(amount);
  const b = cents(balance);
  return fromCentsText(a < b ? a : b);
}

/** The mapping as the form holds it: every field a string. */
function blankMissing(mapping: CsvMapping) {
  return {
    date: mapping.date ?? '',
    amount: mapping.amount ?? '',
    debit: mapping.debit ?? '',
    credit: mapping.credit ?? '',
    description: mapping.description ?? '',
    reference: mapping.reference ?? '',
    transactionId: mapping.transactionId ?? '',
    dateFormat: mapping.dateFormat ?? 'dd/mm/yyyy',
  };
}

/** The mapping without the columns left blank. */
function presentOnly(values: ReturnType<typeof blankMissing>): CsvMapping {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value && String(value).trim()) out[key] = String(value).trim();
  return out as unknown as CsvMapping;
}
