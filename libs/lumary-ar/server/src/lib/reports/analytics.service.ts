import Decimal from 'decimal.js';
import { ChronoUnit, LocalDate } from '@js-joda/core';
import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';
import { readable } from './aged-receivables.service';
import { AnalyticsRepository, type AgingAt } from './analytics.repository';
import { AGE_BUCKETS, reportDate, type AgeBucket } from './receivables';
import { RECEIVABLES_FIELDS, ReceivablesRepository, type DebtorRef } from './receivables.repository';

/** Months the trend, the aging history and the payments cover, ending with the as-at date's month. */
export const ANALYTICS_MONTHS = 12;
/** Debtors in the top overdue list. */
export const TOP_OVERDUE = 10;

export type AgingFigures = Record<AgeBucket | 'unallocatedCredit' | 'total', string>;

export interface TrendPoint {
  /** YYYY-MM. */
  month: string;
  /** The month's last day, or the as-at date for its own month. */
  date: string;
  /** The aged receivables total at the date. */
  receivables: string;
  /** The Debtors Control balance at the date; null when the caller may not read the journal. */
  debtorsControl: string | null;
  /** Debtors Control − receivables: "0.00" when they agree. */
  difference: string | null;
}

export type AgingPoint = { month: string; date: string } & AgingFigures;

export type TopOverdueRow = DebtorRef & { overdue: string; balance: string };

export interface PaymentsMonth {
  month: string;
  count: number;
  received: string;
  reversed: string;
  /** Received − reversed. */
  net: string;
}

/** DSO and CEI over a period, with every input of their formulas (libs/lumary-ar/RULES.md#analytics). */
export interface CollectionKpis {
  from: string;
  to: string;
  days: number;
  /** Receivables at the close of the day before `from`. */
  receivablesStart: string;
  /** Receivables at the close of `to`. */
  receivablesEnd: string;
  /** The Current bucket at the close of `to`. */
  currentEnd: string;
  invoiced: string;
  credited: string;
  voided: string;
  /** Credit sales S = invoiced − credited − voided. */
  creditSales: string;
  /** receivablesEnd ÷ S × days, 1 decimal; null when S = 0. */
  dso: string | null;
  /** (start + S − end) ÷ (start + S − currentEnd) × 100, 1 decimal; null when the divisor is 0. */
  cei: string | null;
}

export interface Analytics {
  asAt: string;
  kpis: CollectionKpis;
  trend: TrendPoint[];
  aging: AgingPoint[];
  topOverdue: TopOverdueRow[];
  payments: PaymentsMonth[];
}

/** What the debtors control figures are read from: the journal's lines. */
const JOURNAL_FIELDS = fields(JOURNAL_LINE, 'lumary__Debit__c', 'lumary__Credit__c', 'lumary__Line_Date__c', 'lumary__Account__c');

/**
 * Receivables analytics as at a date (libs/lumary-ar/RULES.md#analytics): the month-end trend
 * reconciled to Debtors Control, DSO and CEI for a period, the aging at each month-end, the top
 * overdue debtors and payments per month. Every figure is a decimal string.
 */
export class AnalyticsService {
  readonly receivables: ReceivablesRepository;
  private readonly repository: AnalyticsRepository;

  constructor(private readonly engine: RecordEngine) {
    this.receivables = new ReceivablesRepository(engine);
    this.repository = new AnalyticsRepository(this.receivables);
  }

  async report(ctx: RequestContext, query: { asAt?: string; from?: string; to?: string } = {}): Promise<Analytics> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const can = fieldAccess(ctx, this.engine);
    can.require(RECEIVABLES_FIELDS.aged, 'Receivables analytics');
    const asAt = LocalDate.parse(reportDate(query.asAt, ctx.today));
    const period = kpiPeriod(asAt, query.from, query.to);
    const months = monthPoints(asAt);
    const journal = readable(ctx, this.engine, JOURNAL_ENTRY) && can.all(JOURNAL_FIELDS);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const start = period.from.minusDays(1).toString();
      const end = period.to.toString();
      const aging = await this.repository.agingAt(manager, ctx.tenantId, [...months.map((m) => m.date), start, end]);
      const at = new Map(aging.map((a) => [a.date, a]));
      const control = journal
        ? await this.repository.debtorsControlAt(
            manager,
            ctx.tenantId,
            months.map((m) => m.date),
          )
        : undefined;
      const sales = await this.repository.sales(manager, ctx.tenantId, period.from.toString(), end);
      const overdue = await this.repository.topOverdue(manager, ctx.tenantId, asAt.toString(), TOP_OVERDUE);
      const names = new Map<string, DebtorRef>();
      for (const row of overdue) {
        const ref = await this.receivables.debtor(manager, ctx, row.id);
        if (ref) names.set(row.id, ref);
      }
      const paid = await this.repository.paymentsByMonth(manager, ctx.tenantId, months[0].month + '-01', asAt.toString());
      const byMonth = new Map(paid.map((p) => [p.month, p]));

      const trend = months.map(({ month, date }): TrendPoint => {
        const receivables = total(at.get(date)!);
        const balance = control?.get(date) ?? ZERO;
        return {
          month,
          date,
          receivables: formatMoney(receivables),
          debtorsControl: control ? formatMoney(balance) : null,
          difference: control ? formatMoney(balance.minus(receivables)) : null,
        };
      });
      // Most overdue first; equal figures by name.
      const topOverdue = overdue
        .map((row) => ({ ...row, ref: names.get(row.id) ?? { id: row.id, name: null, type: row.type } }))
        .sort((x, y) => y.overdue.comparedTo(x.overdue) || (x.ref.name ?? '').localeCompare(y.ref.name ?? ''))
        .map((row) => ({ ...row.ref, overdue: formatMoney(row.overdue), balance: formatMoney(row.balance) }));
      const payments = months.map(({ month }): PaymentsMonth => {
        const m = byMonth.get(month);
        const received = m?.received ?? ZERO;
        const reversed = m?.reversed ?? ZERO;
        return {
          month,
          count: m?.count ?? 0,
          received: formatMoney(received),
          reversed: formatMoney(reversed),
          net: formatMoney(received.minus(reversed)),
        };
      });
      return {
        asAt: asAt.toString(),
        kpis: kpis(period, at.get(start)!, at.get(end)!, sales),
        trend,
        aging: months.map(({ month, date }) => ({ month, date, ...agingFigures(at.get(date)!) })),
        topOverdue,
        payments,
      };
    });
  }
}

/** The 12 months ending with the as-at date's month: each at its last day, the last at the as-at date itself. */
export function monthPoints(asAt: LocalDate): { month: string; date: string }[] {
  const first = asAt.withDayOfMonth(1);
  return Array.from({ length: ANALYTICS_MONTHS }, (_, k) => {
    const start = first.minusMonths(ANALYTICS_MONTHS - 1 - k);
    const last = start.plusMonths(1).minusDays(1);
    return { month: start.toString().slice(0, 7), date: (last.isAfter(asAt) ? asAt : last).toString() };
  });
}

/** The DSO/CEI period: `from`–`to` when given (both, `from` ≤ `to`), else the as-at date's month up to the as-at date. */
export function kpiPeriod(asAt: LocalDate, from?: string, to?: string): { from: LocalDate; to: LocalDate } {
  if ((from === undefined) !== (to === undefined)) {
    throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Give both from and to (YYYY-MM-DD) for the DSO and CEI period, or neither.', [
      from === undefined ? 'from' : 'to',
    ]);
  }
  if (from === undefined || to === undefined) return { from: asAt.withDayOfMonth(1), to: asAt };
  const period = { from: LocalDate.parse(from), to: LocalDate.parse(to) };
  if (period.to.isBefore(period.from))
    throw EngineError.invalid('FIELD_INTEGRITY_EXCEPTION', `to (${to}) is before from (${from}).`, ['to']);
  return period;
}

function total(aging: AgingAt): Money {
  return sum(AGE_BUCKETS.map((b) => aging.buckets[b.key])).minus(aging.unallocated);
}

function agingFigures(aging: AgingAt): AgingFigures {
  return {
    ...(Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, formatMoney(aging.buckets[b.key])])) as Record<AgeBucket, string>),
    unallocatedCredit: formatMoney(aging.unallocated.negated()),
    total: formatMoney(total(aging)),
  };
}

const oneDecimal = (value: Decimal) => value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

/** DSO and CEI from their inputs (libs/lumary-ar/RULES.md#analytics). */
export function kpis(
  period: { from: LocalDate; to: LocalDate },
  start: AgingAt,
  end: AgingAt,
  sales: { invoiced: Money; credited: Money; voided: Money },
): CollectionKpis {
  const days = period.from.until(period.to, ChronoUnit.DAYS) + 1;
  const s = sales.invoiced.minus(sales.credited).minus(sales.voided);
  const opening = total(start);
  const closing = total(end);
  const current = end.buckets.current;
  const divisor = opening.plus(s).minus(current);
  return {
    from: period.from.toString(),
    to: period.to.toString(),
    days,
    receivablesStart: formatMoney(opening),
    receivablesEnd: formatMoney(closing),
    currentEnd: formatMoney(current),
    invoiced: formatMoney(sales.invoiced),
    credited: formatMoney(sales.credited),
    voided: formatMoney(sales.voided),
    creditSales: formatMoney(s),
    dso: s.isZero() ? null : oneDecimal(closing.dividedBy(s).times(days)),
    cei: divisor.isZero() ? null : oneDecimal(opening.plus(s).minus(closing).dividedBy(divisor).times(100)),
  };
}
