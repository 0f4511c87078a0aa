import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BillingRunInput } from '@lumary-ar/server';
import { IsCalendarDate, IsMoney } from '@platform/contract';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { BLANK, EmptyAsAbsent, NOT_IN_LIST, Required, TOO_LONG, Trimmed, unlessMissing, WRONG_TYPE } from './ar-validation';
import { InvoiceResultDto } from './invoices.dto';

/** POST /api/lumary/services/{id}/bill-now: optional. */
export class BillNowDto {
  /**
   * The invoice's date (YYYY-MM-DD): default the service's date.
   * @example "2027-01-15"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  invoiceDate?: string;
}

export class BilledServiceDto {
  id!: string;
  /** @example "SD-000042" */
  name!: string;
  @ApiProperty({ enum: ['Billed'] })
  status!: 'Billed';
}

/** The issued invoice and the service it billed. */
export class BillNowResultDto extends InvoiceResultDto {
  service!: BilledServiceDto;
}

/** POST /api/lumary/billing-runs. */
export class BillingRunDto {
  /**
   * Bill the Delivered services dated on or before this day (YYYY-MM-DD); claims are dated this day.
   * @example "2027-01-31"
   */
  @Required('Give the upTo (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the upTo (YYYY-MM-DD).') })
  upTo!: string;

  /**
   * The invoices' date (YYYY-MM-DD): default upTo.
   * @example "2027-02-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  invoiceDate?: string;

  toInput(): BillingRunInput {
    return { upTo: this.upTo, invoiceDate: this.invoiceDate ?? this.upTo };
  }
}

/** POST /api/lumary/billing-runs?wait=true. */
export class BillingRunQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: answer 200 with the final progress once the run is done, instead of 202 at once (tests, scripts).',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { ...NOT_IN_LIST, message: 'wait is true or false.' })
  wait?: 'true' | 'false';
}

const RUN_STATUSES = ['Queued', 'Running', 'Completed', 'Completed with Errors', 'Failed'];

/** A run as it starts (202). */
export class StartedRunDto {
  id!: string;
  /** @example "BR-000003" */
  name!: string;
  @ApiProperty({ enum: RUN_STATUSES, example: 'Queued' })
  status!: string;
}

/** A run's progress, updated after each debtor; a value read from a field the caller may not read is left out. */
export class BillingRunProgressDto {
  id!: string;
  /** @example "BR-000003" */
  name!: string;
  @ApiPropertyOptional({ enum: RUN_STATUSES, example: 'Completed' })
  status?: string;
  /** @example "2027-01-31" */
  upTo?: string;
  /** Units of work: each debtor invoiced, and each NDIA-managed client claimed. */
  debtorsTotal?: number;
  /** Units finished, failed ones included. */
  debtorsDone?: number;
  debtorsFailed?: number;
  invoicesCreated?: number;
  claimsCreated?: number;
  /** Services invoiced or claimed by this run. */
  servicesBilled?: number;
  /** One line per failed unit: the debtor's name and why. */
  errors?: string[];
  /** An ISO-8601 instant, or null while the run is going. */
  finishedAt?: string | null;
}

/** POST /api/lumary/claims/{id}/paid. */
export class ClaimPaidDto {
  /**
   * The day the NDIA paid it (YYYY-MM-DD); not before the Claim Date.
   * @example "2027-02-10"
   */
  @Required('Give the paidDate (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the paidDate (YYYY-MM-DD).') })
  paidDate!: string;

  /**
   * What the NDIA paid (default the claim's amount); less leaves the shortfall receivable.
   * @example "190.00"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsMoney({ ...WRONG_TYPE, message: 'paidAmount is an amount of at most 2 decimals, 0 or more.' })
  paidAmount?: string;

  /**
   * The portal's payment request number.
   * @example "PR-1000234"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString(WRONG_TYPE)
  @MaxLength(40, { ...TOO_LONG, message: 'paymentRequestNumber: at most 40 characters.' })
  paymentRequestNumber?: string;
}

/** POST /api/lumary/claims/{id}/error. */
export class ClaimErrorDto {
  /** @example "Participant plan expired" */
  @Trimmed()
  @Required('Say why the claim is in error (reason).')
  @IsString({ ...WRONG_TYPE, message: 'Say why the claim is in error (reason).' })
  @IsNotEmpty({ ...BLANK, message: 'Say why the claim is in error (reason).' })
  @MaxLength(255, { ...TOO_LONG, message: unlessMissing('Say why the claim is in error (reason).', 'reason: at most 255 characters.') })
  reason!: string;

  /**
   * The date of the reversal of a Submitted claim's submission (YYYY-MM-DD): default today.
   * @example "2027-02-10"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  date?: string;
}

export class ClaimResultDto {
  id!: string;
  /** @example "CLM-000004" */
  name!: string;
  @ApiProperty({ enum: ['Open', 'Submitted', 'Paid', 'Error'], example: 'Paid' })
  status!: string;
}
