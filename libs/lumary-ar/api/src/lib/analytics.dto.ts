import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@platform/contract';
import { IsIn, IsOptional } from 'class-validator';
import { EmptyAsAbsent, WRONG_TYPE } from './ar-validation';
import { AgedFiguresDto, DebtorRefDto, FormatQueryDto } from './reports.dto';

const TABLES = ['kpis', 'trend', 'aging', 'top-overdue', 'payments'] as const;

/** GET /api/lumary/reports/analytics. */
export class AnalyticsQueryDto extends FormatQueryDto {
  /**
   * The as-at date (YYYY-MM-DD): default today in the tenant's time zone.
   * @example "2027-03-31"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asAt?: string;

  /**
   * The first day of the DSO/CEI period (YYYY-MM-DD), with `to`; default the first day of the as-at date's month.
   * @example "2027-02-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `from must be a date as YYYY-MM-DD, got '${String(a.value).slice(0, 40)}'.` })
  from?: string;

  /**
   * The last day of the DSO/CEI period (YYYY-MM-DD), with `from`; default the as-at date.
   * @example "2027-02-28"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `to must be a date as YYYY-MM-DD, got '${String(a.value).slice(0, 40)}'.` })
  to?: string;

  /** With `format=csv`: the table to download. */
  @ApiPropertyOptional({ enum: TABLES })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(TABLES, { ...WRONG_TYPE, message: `table is one of ${TABLES.join(', ')}.` })
  table?: (typeof TABLES)[number];
}

/** GET /api/lumary/reports/gst. */
export class GstQueryDto extends FormatQueryDto {
  /**
   * The period's first day (YYYY-MM-DD).
   * @example "2027-01-01"
   */
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `from must be a date as YYYY-MM-DD, got '${String(a.value ?? '').slice(0, 40)}'.` })
  from!: string;

  /**
   * The period's last day (YYYY-MM-DD), not before `from`.
   * @example "2027-03-31"
   */
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `to must be a date as YYYY-MM-DD, got '${String(a.value ?? '').slice(0, 40)}'.` })
  to!: string;
}

/** DSO and CEI over a period with every input of their formulas; money as decimal strings. */
export class CollectionKpisDto {
  /** @example "2027-02-01" */
  from!: string;
  /** @example "2027-02-28" */
  to!: string;
  /** @example 28 */
  days!: number;
  /**
   * Receivables at the close of the day before `from`.
   * @example "458.00"
   */
  receivablesStart!: string;
  /** @example "190.00" */
  receivablesEnd!: string;
  /**
   * The Current bucket at `to`.
   * @example "0.00"
   */
  currentEnd!: string;
  /** @example "320.00" */
  invoiced!: string;
  /** @example "0.00" */
  credited!: string;
  /** @example "50.00" */
  voided!: string;
  /**
   * Credit sales S = invoiced − credited − voided.
   * @example "270.00"
   */
  creditSales!: string;
  /**
   * Receivables at the end ÷ S × days, 1 decimal; null ("—") when S = 0.
   * @example "19.7"
   */
  dso!: string | null;
  /**
   * (start + S − end) ÷ (start + S − Current at end) × 100, 1 decimal; null when the divisor is 0.
   * @example "73.9"
   */
  cei!: string | null;
}

export class TrendPointDto {
  /** @example "2027-02" */
  month!: string;
  /**
   * The month's last day, or the as-at date in its own month.
   * @example "2027-02-28"
   */
  date!: string;
  /**
   * The aged receivables total at the date.
   * @example "190.00"
   */
  receivables!: string;
  /**
   * The Debtors Control balance; null when the caller may not read the journal.
   * @example "190.00"
   */
  debtorsControl!: string | null;
  /**
   * Debtors Control − receivables.
   * @example "0.00"
   */
  difference!: string | null;
}

export class AgingPointDto extends AgedFiguresDto {
  /** @example "2027-02" */
  month!: string;
  /** @example "2027-02-28" */
  date!: string;
}

export class TopOverdueRowDto extends DebtorRefDto {
  /** @example "240.00" */
  overdue!: string;
  /** @example "240.00" */
  balance!: string;
}

export class PaymentsMonthDto {
  /** @example "2027-02" */
  month!: string;
  /** @example 3 */
  count!: number;
  /** @example "530.00" */
  received!: string;
  /** @example "0.00" */
  reversed!: string;
  /** @example "530.00" */
  net!: string;
}

/** Receivables analytics as at a date: 12 month-ends, DSO and CEI, top overdue debtors, payments per month. */
export class AnalyticsDto {
  /** @example "2027-03-31" */
  asAt!: string;
  kpis!: CollectionKpisDto;
  trend!: TrendPointDto[];
  aging!: AgingPointDto[];
  topOverdue!: TopOverdueRowDto[];
  payments!: PaymentsMonthDto[];
}

export class GstDocumentsDto {
  /** @example 4 */
  count!: number;
  /**
   * Σ totals including GST.
   * @example "620.00"
   */
  total!: string;
  /**
   * Σ GST-free amounts.
   * @example "500.00"
   */
  gstFree!: string;
  /** @example "10.00" */
  gst!: string;
}

/** The BAS sales figures of a period (accrual basis) and their check against GST Control. */
export class GstSummaryDto {
  /** @example "2027-01-01" */
  from!: string;
  /** @example "2027-03-31" */
  to!: string;
  invoices!: GstDocumentsDto;
  creditNotes!: GstDocumentsDto;
  /** Issued invoices voided in the period. */
  voids!: GstDocumentsDto;
  /**
   * G1 total sales including GST.
   * @example "808.00"
   */
  g1!: string;
  /**
   * G3 GST-free sales.
   * @example "720.00"
   */
  g3!: string;
  /**
   * 1A GST on sales.
   * @example "17.09"
   */
  gst1A!: string;
  /** GST Control's movement from those documents in the period; null when the caller may not read the journal. */
  gstControl!: string | null;
  /** 1A − GST Control movement: "0.00" when they agree. */
  difference!: string | null;
}
