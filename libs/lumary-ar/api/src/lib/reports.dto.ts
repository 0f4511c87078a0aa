import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { errorCode, IsCalendarDate, IsRecordId } from '@platform/contract';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { EmptyAsAbsent, WRONG_TYPE } from './ar-validation';

/** The largest audit trail page (MAX_AUDIT_PAGE of the AR server). */
const MAX_PAGE = 2000;

/** `?format=`: JSON (default) or CSV; without it, an `Accept: text/csv` header asks for CSV. */
export class FormatQueryDto {
  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv: the report as a CSV download; json wins over an `Accept: text/csv` header.',
  })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(['json', 'csv'], { ...WRONG_TYPE, message: 'format is json or csv.' })
  format?: 'json' | 'csv';
}

/** GET /api/lumary/reports/aged-receivables and debtor-balances. */
export class ReportQueryDto extends FormatQueryDto {
  /**
   * The report date (YYYY-MM-DD): default today in the tenant's time zone.
   * @example "2027-03-12"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asAt?: string;
}

/** GET /api/lumary/reports/trial-balance: give either `period` or `asOf`. */
export class TrialBalanceQueryDto {
  /** An accounting period's id (an Accounting Entity of type Accounting Period). */
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'period is an accounting period id.' })
  period?: string;

  /**
   * Every posting dated on or before this day (YYYY-MM-DD).
   * @example "2027-03-31"
   */
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asOf?: string;
}

/** GET /api/lumary/audit. */
export class AuditQueryDto extends FormatQueryDto {
  /**
   * One Lumary AR object with a history, e.g. lumary__Invoice__c.
   * @example "lumary__Invoice__c"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'object is one of the Lumary AR objects with a history.' })
  object?: string;

  /** One record's changes (its id). */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'recordId is a record id.' })
  recordId?: string;

  /**
   * Changes on or after this day in the tenant's time zone (YYYY-MM-DD).
   * @example "2027-01-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `from must be a date as YYYY-MM-DD, got '${String(a.value).slice(0, 40)}'.` })
  from?: string;

  /**
   * Changes on or before this day in the tenant's time zone (YYYY-MM-DD); not before `from`.
   * @example "2027-03-31"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate({ ...WRONG_TYPE, message: (a) => `to must be a date as YYYY-MM-DD, got '${String(a.value).slice(0, 40)}'.` })
  to?: string;

  /** Changes per page (JSON only): 1 to 2000, default 200. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 200 })
  @EmptyAsAbsent()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value))
  @IsOptional()
  @IsInt({ ...WRONG_TYPE, message: `pageSize is a whole number from 1 to ${MAX_PAGE}.` })
  @Min(1, { ...WRONG_TYPE, message: `pageSize is a whole number from 1 to ${MAX_PAGE}.` })
  @Max(MAX_PAGE, { ...WRONG_TYPE, message: `pageSize is a whole number from 1 to ${MAX_PAGE}.` })
  pageSize?: number;

  /** The `nextCursor` of the previous page, with the same filters. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({
    context: errorCode('INVALID_QUERY_LOCATOR'),
    message: 'invalid query locator: pass back the nextCursor of the previous page.',
  })
  cursor?: string;
}

/** A Contact or Account a report names. */
export class DebtorRefDto {
  id!: string;
  /** @example "Client Alpha" */
  name!: string | null;
  @ApiProperty({ enum: ['Contact', 'Account'] })
  type!: string;
}

export class TrialBalancePeriodDto {
  id!: string;
  /** @example "January 2027" */
  name!: string;
  /** @example "2027-01-01" */
  start!: string;
  /** @example "2027-01-31" */
  end!: string;
}

export class TrialBalanceRowDto {
  accountId!: string;
  /** @example "Service Revenue" */
  account!: string;
  /** Left out when the caller may not read the account's Reporting Code. */
  reportingCode?: string | null;
  /** Left out when the caller may not read the account's Control Account Type. */
  kind?: string;
  /** @example "0.00" */
  debit!: string;
  /** @example "450.00" */
  credit!: string;
  /**
   * Debit minus credit: positive is a debit balance.
   * @example "-450.00"
   */
  balance!: string;
}

export class MoneyTotalsDto {
  /** @example "900.00" */
  debit!: string;
  /** @example "900.00" */
  credit!: string;
  /** @example "0.00" */
  balance!: string;
}

/** Per account, the journal's debits and credits; the totals always agree. */
export class TrialBalanceDto {
  /** When asked for a period. */
  period?: TrialBalancePeriodDto;
  /** When asked as of a date. */
  asOf?: string;
  rows!: TrialBalanceRowDto[];
  totals!: MoneyTotalsDto;
}

/** Balances by age (days past due) and the unallocated credit, as decimal strings. */
export class AgedFiguresDto {
  /** @example "88.00" */
  current!: string;
  /**
   * 1 to 30 days past due.
   * @example "200.00"
   */
  days1To30!: string;
  /** @example "40.00" */
  days31To60!: string;
  /** @example "0.00" */
  days61To90!: string;
  /**
   * More than 90 days past due.
   * @example "0.00"
   */
  days90Plus!: string;
  /** @example "-25.00" */
  unallocatedCredit!: string;
  /** @example "215.00" */
  total!: string;
}

export class AgedReceivablesRowDto extends AgedFiguresDto {
  id!: string;
  name!: string | null;
  @ApiProperty({ enum: ['Contact', 'Account'] })
  type!: string;
}

/** What each debtor owes at a date, by age. */
export class AgedReceivablesDto {
  /** @example "2027-03-12" */
  asAt!: string;
  debtors!: AgedReceivablesRowDto[];
  totals!: AgedFiguresDto;
  /** The Debtors Control balance at the date; null when the caller may not read the journal. */
  debtorsControl!: string | null;
  /** Debtors Control minus the grand total: "0.00" when they agree. */
  difference!: string | null;
}

/** A debtor's figures at a date; a figure computed from a field the caller may not read is left out. */
export class DebtorBalanceFiguresDto {
  /** @example "450.00" */
  invoiced?: string;
  /** @example "200.00" */
  paid?: string;
  /** @example "0.00" */
  credited?: string;
  /** @example "-25.00" */
  unallocatedCredit?: string;
  /** @example "225.00" */
  balance?: string;
  /** @example "40.00" */
  overdue?: string;
}

export class DebtorBalanceRowDto extends DebtorBalanceFiguresDto {
  id!: string;
  name!: string | null;
  @ApiProperty({ enum: ['Contact', 'Account'] })
  type!: string;
}

export class DebtorBalancesDto {
  /** @example "2027-03-12" */
  asAt!: string;
  debtors!: DebtorBalanceRowDto[];
  totals!: DebtorBalanceFiguresDto;
}

export class InvoiceRefDto {
  id!: string;
  /** @example "INV-000123" */
  name!: string;
}

export class PaymentHistoryAllocationDto {
  id?: string;
  invoice?: InvoiceRefDto;
  /** @example "50.00" */
  amount?: string;
  /** @example "2027-01-12" */
  date?: string;
  reversed?: boolean;
  reversedDate?: string | null;
}

/** A payment of the history; a value read from a field the caller may not read is left out. */
export class PaymentHistoryEntryDto {
  id?: string;
  /** @example "PAY-000042" */
  number?: string;
  /** @example "2027-01-12" */
  date?: string;
  /** @example "EFT" */
  method?: string;
  reference?: string | null;
  /** @example "110.00" */
  amount?: string;
  /** @example "Received" */
  status?: string;
  reversalDate?: string | null;
  reversalReason?: string | null;
  /** @example "50.00" */
  allocated?: string;
  /** @example "60.00" */
  unallocated?: string;
  allocations?: PaymentHistoryAllocationDto[];
}

export class PaymentHistoryTotalsDto {
  /** @example "110.00" */
  received?: string;
  /** @example "50.00" */
  allocated?: string;
  /** @example "60.00" */
  unallocated?: string;
}

export class PaymentHistoryDto {
  debtor!: DebtorRefDto;
  payments!: PaymentHistoryEntryDto[];
  totals!: PaymentHistoryTotalsDto;
}

export class NamedRefDto {
  /** @example "lumary__Invoice__c" */
  name!: string;
  /** @example "Invoice" */
  label!: string;
}

export class AuditRecordDto {
  id!: string;
  /** @example "INV-000123" */
  name!: string | null;
}

export class AuditUserDto {
  id!: string | null;
  /** @example "Fiona Finance" */
  name!: string | null;
}

/** One change to a tracked field (or a record's creation). */
export class AuditEntryDto {
  id!: string;
  object!: NamedRefDto;
  record!: AuditRecordDto;
  /** `created` (label "Created") for a record's creation, else the tracked field that changed. */
  field!: NamedRefDto;
  @ApiProperty({ nullable: true, description: 'The value before (a string, number or boolean as the field holds it).', example: 'Open' })
  oldValue!: unknown;
  @ApiProperty({ nullable: true, description: 'The value after.', example: 'Part Paid' })
  newValue!: unknown;
  changedBy!: AuditUserDto;
  /**
   * An ISO-8601 instant.
   * @example "2027-01-12T03:04:05.123Z"
   */
  changedDate!: string;
}

export class AuditTrailDto {
  records!: AuditEntryDto[];
  done!: boolean;
  /** Pass back as `cursor`, with the same filters, for the next page; absent when done. */
  nextCursor?: string;
}
