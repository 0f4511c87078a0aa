import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiClient, formatCurrency, soqlString, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { budgetLevel, type BudgetLevel } from './agreement-budget';
import { toDayMonthYear } from './ar-dates';

const AGREEMENT = 'lumary__Service_Agreement__c';
const LINE = 'lumary__Service_Agreement_Line__c';

interface BudgetLine {
  id: string;
  name: string;
  item: string;
  description: string;
  budget: string;
  used: string;
  remaining: string;
  percent: number;
  level: BudgetLevel;
}
interface BudgetAgreement {
  id: string;
  name: string;
  status: string;
  dates: string;
  lines: BudgetLine[];
}

const text = (r: Record<string, unknown>, f: string, fallback = '') => (r[f] === null || r[f] === undefined ? fallback : String(r[f]));

/**
 * `lumary:agreementBudget`: on a Service Agreement page its lines, on a client's page the lines of
 * each of their Active agreements: budget, used and remaining per line, with a warning from 80 %
 * used and an alert at 100 % (libs/lumary-ar/RULES.md#service-agreements). Read through the
 * records API, so sharing and field-level security apply; a user without access sees nothing.
 */
@Component({
  selector: 'app-ar-agreement-budget',
  imports: [MatIconModule, MatProgressBarModule, RouterLink],
  template: `
    @if (agreements(); as list) {
      <section class="budget" data-testid="agreement-budget" aria-label="Agreement budget">
        <h2 class="heading">Agreement budget</h2>
        @for (a of list; track a.id) {
          <div class="agreement" data-testid="budget-agreement" [attr.data-agreement]="a.name">
            @if (list.length > 1 || showAgreementName()) {
              <h3 class="name">
                <a [routerLink]="['/o', 'lumary__Service_Agreement__c', a.id]">{{ a.name }}</a>
                <span class="muted">{{ a.status }} · {{ a.dates }}</span>
              </h3>
            }
            @for (l of a.lines; track l.id) {
              <div class="line" data-testid="budget-line" [attr.data-line]="l.item" [attr.data-level]="l.level">
                <div class="row">
                  <span class="item" [title]="l.description">{{ l.item }}</span>
                  <span class="figures">
                    <span data-testid="budget-used">{{ money(l.used) }}</span> used of {{ money(l.budget) }} ·
                    <span data-testid="budget-remaining">{{ money(l.remaining) }}</span> remaining
                  </span>
                </div>
                <mat-progress-bar
                  mode="determinate"
                  [value]="l.percent > 100 ? 100 : l.percent"
                  [class]="l.level"
                  [attr.aria-label]="l.item + ': ' + l.percent + '% of the budget used'"
                />
                @if (l.level === 'exceeded') {
                  <p class="alert exceeded" role="alert" data-testid="budget-alert">
                    <mat-icon svgIcon="error" aria-hidden="true" />{{ l.percent }} % used: the budget is used up.
                  </p>
                } @else if (l.level === 'warning') {
                  <p class="alert warning" data-testid="budget-warning">
                    <mat-icon svgIcon="warning" aria-hidden="true" />{{ l.percent }} % used: the budget is running low.
                  </p>
                }
              </div>
            } @empty {
              <p class="muted">No lines yet.</p>
            }
          </div>
        } @empty {
          <p class="muted" data-testid="budget-none">No active service agreement.</p>
        }
      </section>
    } @else if (error(); as e) {
      <p class="alert exceeded" role="alert">{{ e }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .budget {
      display: grid;
      gap: 12px;
    }
    .heading {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .name {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .line {
      display: grid;
      gap: 4px;
      margin-bottom: 8px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 12px;
    }
    .item {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .figures {
      font-variant-numeric: tabular-nums;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .alert {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 0;
      font: var(--mat-sys-body-small);
    }
    .alert mat-icon {
      width: 18px;
      height: 18px;
    }
    .warning {
      color: var(--mat-sys-tertiary);
    }
    .exceeded {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementBudgetComponent {
  private readonly api = inject(ApiClient);

  readonly recordId = input.required<string>();
  readonly page = input<Schemas['RecordPage']>();

  protected readonly agreements = signal<BudgetAgreement[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly showAgreementName = signal(false);
  protected readonly money = formatCurrency;

  constructor() {
    effect(() => {
      this.page();
      void this.load(this.recordId());
    });
  }

  private async load(id: string): Promise<void> {
    try {
      // The record is an agreement (its page) or a client (a Contact's page: their Active agreements).
      const onAgreement = (await this.api.query(`SELECT Id FROM ${AGREEMENT} WHERE Id = ${soqlString(id)}`)).records.length > 0;
      this.showAgreementName.set(!onAgreement);
      const where = onAgreement ? `Id = ${soqlString(id)}` : `lumary__Client__c = ${soqlString(id)} AND lumary__Status__c = 'Active'`;
      const heads = (
        await this.api.query(
          `SELECT Id, Name, lumary__Status__c, lumary__Start_Date__c, lumary__End_Date__c FROM ${AGREEMENT} WHERE ${where} ORDER BY lumary__Start_Date__c DESC LIMIT 20`,
        )
      ).records as Record<string, unknown>[];
      const ids = heads.map((h) => soqlString(text(h, 'Id')));
      const lines = ids.length
        ? ((
            await this.api.query(
              `SELECT Id, Name, lumary__Agreement__c, lumary__Support_Item_Number__c, lumary__Description__c, lumary__Budget__c, lumary__Used__c, lumary__Remaining__c FROM ${LINE} WHERE lumary__Agreement__c IN (${ids.join(', ')}) ORDER BY Name`,
            )
          ).records as Record<string, unknown>[])
        : [];
      if (id !== this.recordId()) return;
      this.agreements.set(
        heads.map((h) => ({
          id: text(h, 'Id'),
          name: text(h, 'Name'),
          status: text(h, 'lumary__Status__c'),
          dates: `${toDayMonthYear(text(h, 'lumary__Start_Date__c'))} to ${toDayMonthYear(text(h, 'lumary__End_Date__c'))}`,
          lines: lines
            .filter((l) => l['lumary__Agreement__c'] === h['Id'])
            .map((l) => {
              const budget = text(l, 'lumary__Budget__c', '0.00');
              const used = text(l, 'lumary__Used__c', '0.00');
              return {
                id: text(l, 'Id'),
                name: text(l, 'Name'),
                item: text(l, 'lumary__Support_Item_Number__c'),
                description: text(l, 'lumary__Description__c'),
                budget,
                used,
                remaining: text(l, 'lumary__Remaining__c', '0.00'),
                ...budgetLevel(budget, used),
              };
            }),
        })),
      );
      this.error.set(null);
    } catch (error) {
      const e = toApiError(error);
      this.agreements.set(null);
      // Without Lumary AR (or the agreement objects) the component shows nothing, as the debtor summary does.
      this.error.set(e.forbidden ? null : e.message);
    }
  }
}
