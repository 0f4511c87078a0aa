import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NDIA_BUCKETS } from '@lumary-ar/server';
import { IsCalendarDate } from '@platform/contract';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { BLANK, EmptyAsAbsent, NOT_IN_LIST, Required, TOO_LONG, Trimmed, unlessMissing, WRONG_TYPE } from './ar-validation';

const BATCH_STATUSES = ['Queued', 'Running', 'Completed', 'Completed with Errors', 'Failed'];

/** POST /api/lumary/claim-batches. */
export class ClaimBatchDto {
  /**
   * Take the Open claims dated on or before this day (YYYY-MM-DD).
   * @example "2027-01-31"
   */
  @Required('Give the upTo (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the upTo (YYYY-MM-DD).') })
  upTo!: string;

  /**
   * The date the submissions are posted (YYYY-MM-DD): default upTo.
   * @example "2027-02-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  submitDate?: string;
}

/** POST /api/lumary/claim-batches?wait=true. */
export class ClaimBatchQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: answer 200 with the final progress once the batch is done, instead of 202 at once (tests, scripts).',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { ...NOT_IN_LIST, message: 'wait is true or false.' })
  wait?: 'true' | 'false';
}

export class StartedClaimBatchDto {
  id!: string;
  /** @example "CB-000001" */
  name!: string;
  @ApiProperty({ enum: BATCH_STATUSES, example: 'Queued' })
  status!: string;
}

export class ClaimBatchFailureDto {
  /** @example "CLM-000012" */
  claim!: string;
  claimId!: string;
  /** @example "NDISNumber: 123 is not 9 digits starting 43" */
  reason!: string;
}

/** A batch's progress; a value read from a field the caller may not read is left out. */
export class ClaimBatchProgressDto {
  id!: string;
  /** @example "CB-000001" */
  name!: string;
  @ApiPropertyOptional({ enum: BATCH_STATUSES, example: 'Completed' })
  status?: string;
  /** @example "2027-01-31" */
  upTo?: string;
  claimsTotal?: number;
  claimsDone?: number;
  claimsSubmitted?: number;
  claimsFailed?: number;
  /** How many CSV files (at most 5,000 rows each): GET .../files/{n} for n = 1 to files. */
  files?: number;
  /** @example "1234.50" */
  amount?: string;
  @ApiPropertyOptional({ type: [ClaimBatchFailureDto] })
  failures?: ClaimBatchFailureDto[];
  /** An ISO-8601 instant, or null while the batch is going. */
  finishedAt?: string | null;
}

/** POST /api/lumary/claim-batches/results: the portal's result file, as text. */
export class ClaimResultsDto {
  /**
   * The CSV: a header naming ClaimReference, PaymentRequestNumber, PaidAmount, Status (Paid or Error), ErrorReason and PaidDate; a row per claim.
   * @example "ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate\r\nCLM-000001,PR-1,100.00,Paid,,2027-02-10\r\n"
   */
  @Required('Give the file content (content).')
  @IsString({ ...WRONG_TYPE, message: 'content is the CSV file as text.' })
  @IsNotEmpty({ ...BLANK, message: 'content is empty: give the CSV file as text.' })
  content!: string;
}

export class RemittanceRowDto {
  /** The file's row number (the header is row 1). */
  row!: number;
  /** @example "CLM-000001" */
  claimReference!: string;
  claimId!: string | null;
  @ApiProperty({ enum: ['Paid', 'Short paid', 'Error', 'Unchanged', 'Unmatched', 'Skipped'] })
  outcome!: string;
  paidAmount?: string;
  shortfall?: string;
  message?: string;
}

export class RemittanceReportDto {
  rows!: number;
  paid!: number;
  shortPaid!: number;
  errors!: number;
  unchanged!: number;
  unmatched!: number;
  skipped!: number;
  @ApiProperty({ type: [RemittanceRowDto] })
  results!: RemittanceRowDto[];
}

/** POST /api/lumary/claims/{id}/write-off-shortfall. */
export class ShortfallWriteOffDto {
  /** @example "NDIA paid the price limit" */
  @Trimmed()
  @Required('Say why the shortfall is written off (reason).')
  @IsString({ ...WRONG_TYPE, message: 'Say why the shortfall is written off (reason).' })
  @IsNotEmpty({ ...BLANK, message: 'Say why the shortfall is written off (reason).' })
  @MaxLength(255, {
    ...TOO_LONG,
    message: unlessMissing('Say why the shortfall is written off (reason).', 'reason: at most 255 characters.'),
  })
  reason!: string;

  /**
   * The write-off's date (YYYY-MM-DD): default today.
   * @example "2027-02-28"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  date?: string;
}

/** GET /api/lumary/reports/ndia-claims-aged. */
export class NdiaAgedQueryDto {
  /**
   * Age the claims at this day (YYYY-MM-DD): default today.
   * @example "2027-03-31"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  asAt?: string;
}

export class AgedNdiaClaimDto {
  id!: string;
  /** @example "CLM-000001" */
  name!: string;
  client!: string;
  clientName!: string;
  @ApiProperty({ enum: ['Submitted', 'Paid'] })
  status!: string;
  submittedDate!: string;
  days!: number;
  @ApiProperty({ enum: NDIA_BUCKETS })
  bucket!: string;
  /** @example "120.00" */
  outstanding!: string;
}

export class NdiaBucketsDto {
  @ApiProperty({ name: '0-30', example: '100.00' })
  '0-30'!: string;
  @ApiProperty({ name: '31-60', example: '0.00' })
  '31-60'!: string;
  @ApiProperty({ name: '61-90', example: '0.00' })
  '61-90'!: string;
  @ApiProperty({ name: '90+', example: '0.00' })
  '90+'!: string;
}

export class AgedNdiaClaimsDto {
  asAt!: string;
  buckets!: NdiaBucketsDto;
  total!: string;
  @ApiProperty({ type: [AgedNdiaClaimDto] })
  claims!: AgedNdiaClaimDto[];
}
