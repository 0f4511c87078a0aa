import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { errorCode, IsCalendarDate } from '@platform/contract';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EmptyAsAbsent, WRONG_TYPE } from './ar-validation';
import { DebtorRefDto } from './reports.dto';

const INVALID_EMAIL = { context: errorCode('INVALID_EMAIL_ADDRESS'), message: 'to: invalid email address.' };

/** GET /api/lumary/debtors/{id}/statement. */
export class StatementQueryDto {
  /**
   * The statement date (YYYY-MM-DD): default today in the tenant's time zone.
   * @example "2027-03-31"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asAt?: string;

  /**
   * The first day of the statement's period: default the first day of asAt's month.
   * @example "2027-03-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  from?: string;

  @ApiPropertyOptional({ enum: ['json', 'html', 'pdf'], description: 'json (default), a printable HTML page, or a PDF download.' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(['json', 'html', 'pdf'], { ...WRONG_TYPE, message: 'format is json, html or pdf.' })
  format?: 'json' | 'html' | 'pdf';
}

/** POST /api/lumary/debtors/{id}/statement/send and POST /api/lumary/statements/send-all. */
export class SendStatementDto {
  /** @example "2027-03-31" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asAt?: string;

  /** @example "2027-03-01" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  from?: string;
}

export class SendOneStatementDto extends SendStatementDto {
  /**
   * This address this once, instead of Debtor Settings' Invoice Email or the debtor's Email.
   * @example "accounts@example.com"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString(INVALID_EMAIL)
  @MaxLength(80, INVALID_EMAIL)
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, INVALID_EMAIL)
  to?: string;
}

/** POST /api/lumary/reminders/run. */
export class ReminderRunDto {
  /**
   * The run's day (YYYY-MM-DD): default today in the tenant's time zone.
   * @example "2027-03-12"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asOf?: string;
}

export class StatementLineDto {
  /** @example "2027-03-05" */
  date!: string;
  @ApiProperty({ enum: ['Invoice', 'Credit Note', 'Payment', 'Payment Reversal', 'Void'] })
  type!: string;
  /** @example "INV-000123" */
  reference!: string;
  /** + raises what is owed, − lowers it. @example "110.00" */
  amount!: string;
  /** @example "330.00" */
  balance!: string;
}

export class StatementTotalsDto {
  invoiced!: string;
  credited!: string;
  paid!: string;
  reversed!: string;
  voided!: string;
}

export class StatementAgingDto {
  current!: string;
  days1To30!: string;
  days31To60!: string;
  days61To90!: string;
  days90Plus!: string;
  /** A negative (credit). @example "-20.00" */
  unallocatedCredit!: string;
}

/** A debtor's statement as at a date. */
export class StatementDto {
  provider!: string;
  @ApiProperty({ type: () => DebtorRefDto })
  debtor!: DebtorRefDto;
  from!: string;
  asAt!: string;
  openingBalance!: string;
  lines!: StatementLineDto[];
  totals!: StatementTotalsDto;
  closingBalance!: string;
  aging!: StatementAgingDto;
}

export class QueuedStatementDto {
  id!: string;
  /** @example "EM-000012" */
  name!: string;
  to!: string;
  subject!: string;
}

export class StatementRunDto {
  /** Follow it at GET /api/lumary/statements/send-all/{runId}. */
  runId!: string;
  asAt!: string;
  from!: string;
}

export class JobStatusDto {
  /** The run id. */
  id!: string;
  @ApiProperty({ enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] })
  state!: string;
  /** `{total, done, queued, noEmail[]}` */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  progress!: Record<string, unknown> | null;
}

export class RiskReasonDto {
  @ApiProperty({ enum: ['LATENESS_OVER_30', 'REVERSED_PAYMENT', 'BROKEN_PROMISE', 'LATENESS_OVER_7', 'MOSTLY_LATE', 'ON_TIME'] })
  code!: string;
  /** @example "Usually pays 12 days late (over 7)." */
  text!: string;
}

export class RiskDto {
  @ApiProperty({ enum: ['High', 'Medium', 'Low'], nullable: true })
  level!: string | null;
  noHistory!: boolean;
  basedOn!: number;
  /** L, days. */
  expectedLateness!: number | null;
  /** Percentage, one decimal. @example "66.7" */
  shareLate!: string | null;
  paidLate!: number;
  reversedPayments!: number;
  brokenPromises!: number;
  reasons!: RiskReasonDto[];
}

export class PredictedInvoiceDto {
  id!: string;
  name!: string;
  dueDate!: string | null;
  balance!: string;
  daysOverdue!: number;
  /** max(today, Due Date + L); null without history. */
  predictedPayDate!: string | null;
}

export class DebtorRiskDto extends RiskDto {
  asOf!: string;
  @ApiProperty({ type: () => DebtorRefDto })
  debtor!: DebtorRefDto;
  invoices!: PredictedInvoiceDto[];
}

export class PromiseViewDto {
  id!: string;
  name!: string;
  promiseDate!: string;
  madeOn!: string;
  amount!: string;
  paidTowards!: string;
  note!: string | null;
  @ApiProperty({ enum: ['Open', 'Kept', 'Broken'] })
  status!: string;
}

export class LastContactDto {
  date!: string;
  type!: string;
  note!: string | null;
}

export class NextReminderDto {
  date!: string;
  step!: string | null;
  offset!: number;
  invoice!: string;
}

export class WorklistRiskDto {
  @ApiProperty({ enum: ['High', 'Medium', 'Low'], nullable: true })
  level!: string | null;
  noHistory!: boolean;
  expectedLateness!: number | null;
  shareLate!: string | null;
  reasons!: RiskReasonDto[];
}

export class WorklistRowDto {
  @ApiProperty({ type: () => DebtorRefDto })
  debtor!: DebtorRefDto;
  overdue!: string;
  overdueInvoices!: number;
  oldestDaysOverdue!: number;
  /** Σ (balance × days overdue) × the risk weight. */
  score!: string;
  riskWeight!: number;
  risk!: WorklistRiskDto;
  lastContact!: LastContactDto | null;
  remindersPaused!: boolean;
  nextReminder!: NextReminderDto | null;
  promises!: PromiseViewDto[];
  /** The overdue invoices, oldest due first, with their predicted pay dates. */
  invoices!: PredictedInvoiceDto[];
  followUp!: boolean;
}

export class WorklistDto {
  asOf!: string;
  /** The risk weights: High 3, Medium 2, no history 1.5, Low 1. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  weights!: Record<string, number>;
  debtors!: WorklistRowDto[];
}

export class ReminderRunInvoiceDto {
  id!: string;
  name!: string;
  step!: string | null;
  offset!: number;
  balance!: string;
}

export class ReminderRunDebtorDto {
  @ApiProperty({ type: () => DebtorRefDto })
  debtor!: DebtorRefDto;
  @ApiProperty({ enum: ['sent', 'paused', 'noEmail', 'alreadySent'] })
  outcome!: string;
  to!: string | null;
  email!: string | null;
  invoices!: ReminderRunInvoiceDto[];
}

export class ReminderRunResultDto {
  asOf!: string;
  emails!: number;
  reminders!: number;
  debtors!: ReminderRunDebtorDto[];
}
