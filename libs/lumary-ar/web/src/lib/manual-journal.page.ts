import { ToastService } from '@platform/web/ui';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import { map } from 'rxjs';
import { fromCents } from './allocation';
import { AccountingEntity, ArApiService } from './ar-api.service';
import { apiDate, todayControl } from './ar-dates';
import { cents } from './ar-money';
import { DateFieldComponent } from './date-field.component';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { MONEY_PATTERN } from './server-errors';

const amount = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  return !value || MONEY_PATTERN.test(value) ? null : { message: 'An amount such as 12.50.' };
};

type JournalLine = FormGroup<{
  account: FormControl<string | null>;
  costCentre: FormControl<string | null>;
  description: FormControl<string | null>;
  debit: FormControl<string | null>;
  credit: FormControl<string | null>;
}>;

const journalLine = (): JournalLine =>
  new FormGroup({
    account: new FormControl<string | null>(null, Validators.required),
    costCentre: new FormControl<string | null>(null),
    description: new FormControl<string | null>('', Validators.maxLength(255)),
    debit: new FormControl<string | null>('', amount),
    credit: new FormControl<string | null>('', amount),
  });

/** A line's debit and credit in cents (blank or not yet a number: 0). */
function lineCents(line: { debit: string | null; credit: string | null }): { debit: bigint; credit: bigint } {
  const value = (text: string | null) => (MONEY_PATTERN.test(String(text ?? '').trim()) ? cents(String(text).trim()) : BigInt(0));
  return { debit: value(line.debit), credit: value(line.credit) };
}

/**
 * A manual journal entry (`/lumary/manual-journal`): a date, a narration and lines between GL
 * codes (with cost centres), each a debit or a credit. The debits and credits are summed as the
 * user types (in whole cents, never floats); Post is offered only once they balance, every line
 * has an account and one side, and then asks to confirm. Control accounts are not offered: only
 * the receivables subledger moves them.
 */
@Component({
  selector: 'app-ar-manual-journal-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    DateFieldComponent,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Manual journal</h1>
    <form [formGroup]="form" (ngSubmit)="review()" [class.hidden]="confirming()" data-testid="journal-form">
      <div class="controls">
        <app-ar-date-field name="date" label="Date" [control]="form.controls.date" [error]="message(form.controls.date, 'Date')" />
        <mat-form-field class="narration" data-testid="field-description">
          <mat-label>Narration</mat-label>
          <input matInput formControlName="description" maxlength="255" />
        </mat-form-field>
      </div>
      <div formArrayName="lines" class="lines" role="list" aria-label="Journal lines">
        @for (line of lines.controls; track line; let i = $index) {
          <fieldset class="jline" [formGroupName]="i" role="listitem" data-testid="journal-line">
            <legend class="muted">Line {{ i + 1 }}</legend>
            <mat-form-field class="account" subscriptSizing="dynamic" [attr.data-testid]="'jline-' + i + '-account'">
              <mat-label>GL code</mat-label>
              <mat-select formControlName="account" required>
                @for (g of glCodes(); track g.id) {
                  <mat-option [value]="g.id">{{ label(g) }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ message(line.controls.account, 'GL code') }}</mat-error>
            </mat-form-field>
            <mat-form-field class="cc" subscriptSizing="dynamic" [attr.data-testid]="'jline-' + i + '-costCentre'">
              <mat-label>Cost centre</mat-label>
              <mat-select formControlName="costCentre">
                <mat-option [value]="null">—</mat-option>
                @for (c of costCentres(); track c.id) {
                  <mat-option [value]="c.id">{{ label(c) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field class="desc" subscriptSizing="dynamic" [attr.data-testid]="'jline-' + i + '-description'">
              <mat-label>Description</mat-label>
              <input matInput formControlName="description" maxlength="255" />
            </mat-form-field>
            <mat-form-field class="money" subscriptSizing="dynamic" [attr.data-testid]="'jline-' + i + '-debit'">
              <mat-label>Debit</mat-label>
              <input matInput formControlName="debit" inputmode="decimal" />
              <mat-error>{{ message(line.controls.debit, 'Debit') }}</mat-error>
            </mat-form-field>
            <mat-form-field class="money" subscriptSizing="dynamic" [attr.data-testid]="'jline-' + i + '-credit'">
              <mat-label>Credit</mat-label>
              <input matInput formControlName="credit" inputmode="decimal" />
              <mat-error>{{ message(line.controls.credit, 'Credit') }}</mat-error>
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              (click)="remove(i)"
              [disabled]="lines.length <= 2"
              [attr.aria-label]="'Remove line ' + (i + 1)"
            >
              <mat-icon svgIcon="delete" />
            </button>
          </fieldset>
        }
      </div>
      <button mat-stroked-button type="button" (click)="add()" data-testid="journal-add-line"><mat-icon svgIcon="add" />Add line</button>
      <dl class="sums" aria-live="polite" data-testid="journal-sums">
        <dt>Debits</dt>
        <dd data-testid="journal-debits">{{ money(sums().debit) }}</dd>
        <dt>Credits</dt>
        <dd data-testid="journal-credits">{{ money(sums().credit) }}</dd>
        <dt>Difference</dt>
        <dd data-testid="journal-difference" [class.error]="!sums().balanced">{{ money(sums().difference) }}</dd>
      </dl>
      <p [class.error]="!ready().ok" [class.ok]="ready().ok" data-testid="journal-status">{{ ready().why }}</p>
      @for (e of topErrors(); track $index) {
        <p class="error" role="alert" data-testid="journal-error">{{ e }}</p>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="!ready().ok || saving()" data-testid="journal-post">Post</button>
      </div>
    </form>
    @if (confirming()) {
      <section class="confirm" role="alertdialog" aria-labelledby="journal-confirm-title" data-testid="journal-confirm">
        <h2 id="journal-confirm-title" class="subtitle">Post this entry?</h2>
        <p>
          Posts {{ money(sums().debit) }} in debits and credits dated {{ form.controls.date.value }} to the Finance Journal. A posted entry
          is never edited or deleted: a mistake is corrected by reversing it.
        </p>
        @for (e of topErrors(); track $index) {
          <p class="error" role="alert" data-testid="journal-error">{{ e }}</p>
        }
        <div class="buttons">
          <button mat-button type="button" (click)="confirming.set(false)" data-testid="journal-back">Back</button>
          <button mat-flat-button type="button" #confirmButton (click)="post()" [disabled]="saving()" data-testid="journal-confirm-post">
            Confirm and post
          </button>
        </div>
      </section>
    }
  `,
  styles: [
    LEDGER_STYLES,
    `
      .narration {
        width: min(480px, 100%) !important;
      }
      .lines {
        display: flex;
        flex-direction: column;
        gap: 8px;
        margin: 8px 0;
      }
      .jline {
        display: grid;
        grid-template-columns: minmax(160px, 2fr) minmax(140px, 1.5fr) minmax(140px, 2fr) minmax(100px, 1fr) minmax(100px, 1fr) 40px;
        gap: 8px;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        padding: 8px;
        margin: 0;
        min-width: 0;
      }
      .jline mat-form-field {
        width: 100%;
        min-width: 0;
      }
      @media (max-width: 900px) {
        .jline {
          grid-template-columns: 1fr 1fr 40px;
        }
        .jline .account,
        .jline .cc,
        .jline .desc {
          grid-column: 1 / span 2;
        }
        .jline button {
          grid-row: 1;
          grid-column: 3;
        }
      }
      .sums {
        display: grid;
        grid-template-columns: auto auto;
        justify-content: end;
        gap: 4px 24px;
        font-variant-numeric: tabular-nums;
      }
      .sums dd {
        margin: 0;
        text-align: right;
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
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
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManualJournalPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');

  protected readonly money = formatCurrency;
  protected readonly label = (e: AccountingEntity) => (e.reportingCode ? `${e.reportingCode} · ${e.name}` : e.name);
  protected readonly form = new FormGroup({
    date: todayControl(),
    description: new FormControl<string | null>(''),
    lines: new FormArray<JournalLine>([journalLine(), journalLine()]),
  });
  protected readonly lines = this.form.controls.lines;
  protected readonly glCodes = signal<AccountingEntity[]>([]);
  protected readonly costCentres = signal<AccountingEntity[]>([]);
  protected readonly confirming = signal(false);
  protected readonly saving = signal(false);
  protected readonly topErrors = signal<string[]>([]);

  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly sums = computed(() => {
    const lines = this.values().lines.map(lineCents);
    const debit = lines.reduce((s, l) => s + l.debit, BigInt(0));
    const credit = lines.reduce((s, l) => s + l.credit, BigInt(0));
    return { debit: fromCents(debit), credit: fromCents(credit), difference: fromCents(debit - credit), balanced: debit === credit };
  });
  /** Whether Post is offered, and if not why (said under the sums). */
  protected readonly ready = computed<{ ok: boolean; why: string }>(() => {
    const v = this.values();
    const lines = v.lines.map((l) => ({ ...l, ...lineCents(l) }));
    if (lines.some((l) => !l.account)) return { ok: false, why: 'Choose a GL code on every line.' };
    if (this.form.controls.lines.invalid || this.form.controls.date.invalid) return { ok: false, why: 'Check the fields marked in red.' };
    if (lines.some((l) => l.debit > BigInt(0) === l.credit > BigInt(0)))
      return { ok: false, why: 'Give each line a debit or a credit (not both).' };
    const s = this.sums();
    if (!s.balanced)
      return { ok: false, why: `Debits and credits differ by ${formatCurrency(s.difference)}: they must balance before posting.` };
    return { ok: true, why: 'The entry balances.' };
  });

  constructor() {
    void this.ar.accountingEntities('GL_Code').then(
      (g) => this.glCodes.set(g),
      () => this.glCodes.set([]),
    );
    void this.ar.accountingEntities('Cost_Centre').then(
      (c) => this.costCentres.set(c),
      () => this.costCentres.set([]),
    );
    effect(() => {
      if (this.confirming()) setTimeout(() => this.confirmButton()?.nativeElement.focus());
    });
  }

  protected message(control: AbstractControl, label: string): string | null {
    const errors = control.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return `${label} is required.`;
    if (typeof errors['message'] === 'string') return errors['message'];
    return null;
  }

  protected add(): void {
    this.lines.push(journalLine());
  }

  protected remove(i: number): void {
    if (this.lines.length > 2) this.lines.removeAt(i);
  }

  protected review(): void {
    this.topErrors.set([]);
    this.form.markAllAsTouched();
    if (this.ready().ok) this.confirming.set(true);
  }

  protected async post(): Promise<void> {
    if (!this.ready().ok) return;
    const v = this.form.getRawValue();
    const description = String(v.description ?? '').trim();
    const body = {
      date: apiDate(v.date),
      ...(description ? { description } : {}),
      lines: v.lines.map((l) => {
        const text = (value: string | null) => String(value ?? '').trim();
        return {
          account: String(l.account),
          ...(l.costCentre ? { costCentre: l.costCentre } : {}),
          ...(text(l.description) ? { description: text(l.description) } : {}),
          ...(text(l.debit) ? { debit: text(l.debit) } : {}),
          ...(text(l.credit) ? { credit: text(l.credit) } : {}),
        };
      }),
    };
    this.saving.set(true);
    try {
      const entry = await this.ar.postJournalEntry(body);
      this.toast.success(`${entry.name} posted: ${formatCurrency(entry.total ?? this.sums().debit)}.`);
      void this.router.navigate(['/o', 'lumary__Journal_Entry__c', entry.id]);
    } catch (error) {
      this.confirming.set(false);
      const top: string[] = [];
      for (const e of toApiError(error).errors) {
        const field = e.fields[0] ?? '';
        const onLine = /^lines\[(\d+)\]\.(\w+)$/.exec(field);
        const control = onLine ? this.lines.at(Number(onLine[1]))?.get(onLine[2]) : field === 'date' ? this.form.controls.date : null;
        if (control) {
          control.setErrors({ server: e.message });
          control.markAsTouched();
        } else top.push(e.message);
      }
      this.topErrors.set(top);
    } finally {
      this.saving.set(false);
    }
  }
}
