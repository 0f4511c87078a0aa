import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { formatCurrency } from '@platform/web';
import { cents } from './ar-money';
import type { Schemas } from '@platform/api-client';
import { SummaryInvoicesDialog, SummaryInvoicesData } from './summary-invoices.dialog';

/** One line of the summary: a label, a figure, maybe a red overdue badge and a `>` to its invoices. */
interface SummaryRow {
  key: string;
  label: string;
  value: string;
  /** The overdue amount for the badge; absent when nothing is overdue. */
  overdue?: string;
  /** The invoices the `>` arrow lists; absent for a figure with no list. */
  invoices?: Schemas['OwedFigureDto']['invoices'];
  hint?: string;
  /** The risk badge (Usually Pays in only): its level ("No history" without one) and its reasons. */
  risk?: { label: string; level: string; reasons: string };
}

/** The risk badge's text, level and reasons (libs/lumary-ar/RULES.md#collections). */
export function riskBadge(risk: Schemas['RiskDto']): { label: string; level: string; reasons: string } {
  const reasons = risk.level
    ? risk.reasons.map((r) => r.text).join(' ')
    : `Fewer than 3 invoices paid in full in the last year (${risk.basedOn}).`;
  return { label: risk.level ? `${risk.level} risk` : 'No history', level: risk.level ?? 'none', reasons };
}

/** "$1,234.50" when above zero; null (no badge) for "0.00". */
function badge(amount: string): string | undefined {
  return cents(amount) > BigInt(0) ? formatCurrency(amount) : undefined;
}

/** A figure the API left out (a field the user may not read) is left out of the card: no row. */
function owedRow(key: string, label: string, figure: Schemas['OwedFigureDto'], listed: boolean): SummaryRow[] {
  if (figure.amount === undefined) return [];
  return [
    {
      key,
      label,
      value: formatCurrency(figure.amount),
      overdue: figure.overdue === undefined ? undefined : badge(figure.overdue),
      invoices: listed ? figure.invoices : undefined,
    },
  ];
}

/** "14 days", "1 day", or "—" when the debtor has paid nothing in full in the last year. */
export function usuallyPaysIn(days: number | null): string {
  if (days === null) return '—';
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * The debtor summary as the help article describes it. A client: Total Owed, Owed by the Client,
 * Owed by others for the Client (the last two with their invoices), Accrued Services, Open/Error
 * and Usually Pays in. A General Contact or Account: Total Owed (with its invoices) and Usually
 * Pays in. Drawn from the summary alone, so the component that loads it stays small.
 */
@Component({
  selector: 'app-ar-debtor-summary-card',
  imports: [MatButtonModule, MatCardModule, MatIconModule],
  template: `
    <mat-card appearance="outlined" data-testid="debtor-summary" [attr.data-kind]="summary().kind">
      <mat-card-header>
        <mat-card-title>Debtor Summary</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <dl>
          @for (row of rows(); track row.key) {
            <div class="row" [attr.data-testid]="'summary-' + row.key">
              <dt>{{ row.label }}</dt>
              <dd>
                <span class="amount" [attr.data-testid]="'summary-' + row.key + '-amount'" [attr.title]="row.hint ?? null">{{
                  row.value
                }}</span>
                @if (row.risk; as risk) {
                  <span
                    class="risk"
                    tabindex="0"
                    [attr.data-level]="risk.level"
                    data-testid="summary-risk"
                    [attr.title]="risk.reasons"
                    [attr.aria-label]="risk.label + ': ' + risk.reasons"
                    >{{ risk.label }}</span
                  >
                }
                @if (row.overdue) {
                  <span class="badge" [attr.data-testid]="'summary-' + row.key + '-overdue'" [attr.aria-label]="row.overdue + ' overdue'">{{
                    row.overdue
                  }}</span>
                }
                @if (row.invoices) {
                  <button
                    mat-icon-button
                    class="open"
                    (click)="open(row)"
                    [attr.aria-label]="'Invoices behind ' + row.label"
                    [attr.data-testid]="'summary-' + row.key + '-open'"
                  >
                    <mat-icon svgIcon="chevron_right" />
                  </button>
                } @else {
                  <span class="open" aria-hidden="true"></span>
                }
              </dd>
            </div>
          }
        </dl>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    dl {
      margin: 0;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 8px;
      align-items: center;
      min-height: 40px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .row:last-child {
      border-bottom: none;
    }
    dt {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      display: flex;
      align-items: center;
      gap: 8px;
      justify-content: flex-end;
    }
    .amount {
      font: var(--mat-sys-title-small);
    }
    .badge {
      background: #c23934;
      color: #fff;
      border-radius: 12px;
      padding: 2px 8px;
      font: var(--mat-sys-label-medium);
    }
    .open {
      width: 40px;
      flex: none;
    }
    .risk {
      border-radius: 12px;
      padding: 2px 8px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
    }
    .risk[data-level='High'] {
      background: #c23934;
      color: #fff;
    }
    .risk[data-level='Medium'] {
      background: #8c4b02;
      color: #fff;
    }
    .risk[data-level='Low'] {
      background: #2e844a;
      color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtorSummaryCardComponent {
  private readonly dialog = inject(MatDialog);

  readonly summary = input.required<Schemas['DebtorSummaryDto']>();

  protected readonly rows = computed<SummaryRow[]>(() => {
    const s = this.summary();
    const paid = s.usuallyPaysIn;
    const paysIn: SummaryRow[] = paid
      ? [
          {
            key: 'usuallyPaysIn',
            label: 'Usually Pays in',
            value: usuallyPaysIn(paid.days),
            hint: paid.basedOn ? `Over ${paid.basedOn} invoice(s) paid in full in the last year` : undefined,
            risk: s.risk ? riskBadge(s.risk) : undefined,
          },
        ]
      : [];
    if (s.kind === 'debtor') return [...owedRow('totalOwed', 'Total Owed', s.totalOwed, true), ...paysIn];
    const rows = [
      ...owedRow('totalOwed', 'Total Owed', s.totalOwed, false),
      ...owedRow('owedByClient', 'Owed by the Client', s.owedByClient ?? {}, true),
      ...owedRow('owedByOthers', 'Owed by others for the Client', s.owedByOthers ?? {}, true),
    ];
    // A figure over records the user may not read comes as null and is left out.
    if (s.accruedServices)
      rows.push({
        key: 'accruedServices',
        label: 'Accrued Services',
        value: formatCurrency(s.accruedServices.amount),
        hint: `${s.accruedServices.count} service(s) not yet billed or claimed`,
      });
    if (s.openOrErrorClaims) {
      const c = s.openOrErrorClaims;
      rows.push({
        key: 'openOrErrorClaims',
        label: 'Open/Error',
        value: formatCurrency(c.amount),
        hint: `${c.open.count} open, ${c.error.count} in error`,
      });
    }
    return [...rows, ...paysIn];
  });

  protected open(row: SummaryRow): void {
    const data: SummaryInvoicesData = { title: `${row.label} · ${row.value}`, invoices: row.invoices ?? [] };
    this.dialog.open(SummaryInvoicesDialog, { data, width: '880px', maxWidth: '95vw', autoFocus: 'dialog' });
  }
}
