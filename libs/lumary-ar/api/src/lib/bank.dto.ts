import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DATE_FORMATS,
  STATEMENT_FORMATS,
  type CsvMapping,
  type DateFormat,
  type LineMatch,
  type LineStatus,
  type StatementFormat,
  type StatementImport,
} from '@lumary-ar/server';
import { IsDecimalString, IsMoney, IsRecordId } from '@platform/contract';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import Decimal from 'decimal.js';
import { BLANK, EmptyAsAbsent, MoreThanZero, NOT_IN_LIST, Required, TOO_LONG, unlessMissing, WRONG_TYPE } from './ar-validation';
import { AllocationDto, toAllocations } from './payments.dto';

const COLUMN = (what: string) => `mapping.${what} is the header of the CSV column holding the ${what}.`;
const LINE_STATUSES: LineStatus[] = ['Unreconciled', 'Reconciled', 'On account'];

/** Which columns of a bank's CSV hold what, by header name. */
export class CsvMappingDto {
  /** @example "Date" */
  @Required(COLUMN('date'))
  @IsString({ ...WRONG_TYPE, message: COLUMN('date') })
  @IsNotEmpty({ ...BLANK, message: COLUMN('date') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.date: at most 100 characters.' })
  date!: string;

  /** One signed column (money in positive); or give debit and credit instead. @example "Amount" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('amount') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.amount: at most 100 characters.' })
  amount?: string;

  /** The money-out column, when the bank splits the amount. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('debit') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.debit: at most 100 characters.' })
  debit?: string;

  /** The money-in column, when the bank splits the amount. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('credit') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.credit: at most 100 characters.' })
  credit?: string;

  /** @example "Description" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('description') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.description: at most 100 characters.' })
  description?: string;

  /** @example "Reference" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('reference') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.reference: at most 100 characters.' })
  reference?: string;

  /** The bank's own id of each transaction: the surest way a re-import skips what it has. @example "Transaction Id" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: COLUMN('transaction id') })
  @MaxLength(100, { ...TOO_LONG, message: 'mapping.transactionId: at most 100 characters.' })
  transactionId?: string;

  @ApiPropertyOptional({ enum: DATE_FORMATS, default: 'dd/mm/yyyy' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(DATE_FORMATS, { ...NOT_IN_LIST, message: `mapping.dateFormat is one of: ${DATE_FORMATS.join(', ')}.` })
  dateFormat?: DateFormat;

  toMapping(): CsvMapping {
    return {
      date: this.date,
      amount: this.amount,
      debit: this.debit,
      credit: this.credit,
      description: this.description,
      reference: this.reference,
      transactionId: this.transactionId,
      dateFormat: this.dateFormat,
    };
  }
}

const CLOSING = 'closingBalance is an amount with at most 2 decimals, as a string ("1520.40" or "-20.00").';

/** POST /api/lumary/bank-accounts/{id}/statements. */
export class StatementImportDto {
  @ApiProperty({ enum: STATEMENT_FORMATS, example: 'csv' })
  @Required(`format is one of: ${STATEMENT_FORMATS.join(', ')}.`)
  @IsIn(STATEMENT_FORMATS, { ...NOT_IN_LIST, message: `format is one of: ${STATEMENT_FORMATS.join(', ')}.` })
  format!: StatementFormat;

  /** The file's text (at most about 900 kB). */
  @Required('content is the statement file as text.')
  @IsString({ ...WRONG_TYPE, message: 'content is the statement file as text.' })
  @IsNotEmpty({ ...BLANK, message: 'content is the statement file as text: it is empty.' })
  content!: string;

  /** @example "westpac-2027-01.csv" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'fileName is text.' })
  @MaxLength(255, { ...TOO_LONG, message: 'fileName: at most 255 characters.' })
  fileName?: string;

  /** CSV only: the columns; default the mapping saved for the bank account. */
  @IsOptional()
  @ValidateNested()
  @Type(() => CsvMappingDto)
  mapping?: CsvMappingDto;

  /** CSV only: save `mapping` as the bank account's mapping. */
  @IsOptional()
  @IsBoolean({ ...WRONG_TYPE, message: 'saveMapping is true or false.' })
  saveMapping?: boolean;

  /** CSV only (OFX and camt.053 state their own): the statement's closing balance. @example "1520.40" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsDecimalString({ signed: true }, { ...WRONG_TYPE, message: CLOSING })
  closingBalance?: string;

  /** Answer what would be imported, writing nothing. */
  @IsOptional()
  @IsBoolean({ ...WRONG_TYPE, message: 'dryRun is true or false.' })
  dryRun?: boolean;

  toImport(): StatementImport {
    return {
      format: this.format,
      content: this.content,
      fileName: this.fileName,
      mapping: this.mapping?.toMapping(),
      saveMapping: this.saveMapping,
      closingBalance: this.closingBalance ? new Decimal(this.closingBalance) : undefined,
      dryRun: this.dryRun,
    };
  }
}

/** GET /api/lumary/bank-accounts/{id}/reconciliation. */
export class ReconciliationQueryDto {
  @ApiPropertyOptional({ enum: LINE_STATUSES, description: 'Only lines of this status; default all, unreconciled first.' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(LINE_STATUSES, { ...NOT_IN_LIST, message: `status is one of: ${LINE_STATUSES.join(', ')}.` })
  status?: LineStatus;

  /** At most this many lines (default 200, at most 1000). */
  @EmptyAsAbsent()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ ...WRONG_TYPE, message: 'limit is a whole number from 1 to 1000.' })
  @Min(1, { ...WRONG_TYPE, message: 'limit is a whole number from 1 to 1000.' })
  @Max(1000, { ...WRONG_TYPE, message: 'limit is a whole number from 1 to 1000.' })
  limit?: number;
}

const PART_AMOUNT = 'amount is an amount > 0 with at most 2 decimals, as a string ("110.00").';

/** One debtor's share of a line. */
export class MatchPartDto {
  /** The paying Contact's or Account's id. */
  @Required('debtor is the id of the Contact or Account who paid.')
  @IsRecordId({ ...WRONG_TYPE, message: 'debtor is the id of the Contact or Account who paid.' })
  debtor!: string;

  /** Split parts: this part's share (the parts add up to the line). @example "110.00" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsMoney({ ...WRONG_TYPE, message: PART_AMOUNT })
  @MoreThanZero({ message: PART_AMOUNT })
  amount?: string;

  /** Applied to the debtor's open invoices; the rest is their unallocated credit (On account when none). */
  @IsOptional()
  @IsArray({ ...WRONG_TYPE, message: 'allocations is a list of { "invoice": "…", "amount": "…" }.' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];
}

/** POST /api/lumary/bank-statement-lines/{id}/confirm: the whole line to one debtor (or an unallocated payment). */
export class ConfirmMatchDto {
  /** The debtor who paid; not needed with `payment`. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'debtor is the id of the Contact or Account who paid.' })
  debtor?: string;

  /** An unallocated payment already recorded with the line's amount: the line is that payment. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: "payment is an unallocated payment's id." })
  payment?: string;

  /** Applied to the debtor's open invoices; none leaves the line On account (unallocated credit). */
  @IsOptional()
  @IsArray({ ...WRONG_TYPE, message: 'allocations is a list of { "invoice": "…", "amount": "…" }.' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];

  toMatch(): LineMatch {
    const allocations = toAllocations(this.allocations ?? []);
    return { payment: this.payment, parts: this.debtor || allocations.length ? [{ debtor: this.debtor ?? '', allocations }] : [] };
  }
}

/** POST /api/lumary/bank-statement-lines/{id}/split: the line across debtors. */
export class SplitMatchDto {
  @ApiProperty({ type: () => [MatchPartDto], minItems: 1 })
  @Required('parts is a list of { "debtor", "amount", "allocations" } adding up to the line.')
  @IsArray({ ...WRONG_TYPE, message: unlessMissing('parts is a list of { "debtor", "amount", "allocations" } adding up to the line.') })
  @ArrayMinSize(1, { ...BLANK, message: 'Give at least one part.' })
  @ArrayMaxSize(20, { ...WRONG_TYPE, message: 'At most 20 parts.' })
  @ValidateNested({ each: true })
  @Type(() => MatchPartDto)
  parts!: MatchPartDto[];

  toMatch(): LineMatch {
    return {
      parts: this.parts.map((p) => ({
        debtor: p.debtor,
        amount: p.amount ? new Decimal(p.amount) : undefined,
        allocations: toAllocations(p.allocations ?? []),
      })),
    };
  }
}

/** A suggested allocation. */
export class SuggestedAllocationDto {
  invoice!: string;
  /** @example "INV-000123" */
  invoiceName!: string;
  /** @example "110.00" */
  amount!: string;
}

/** One way to reconcile a credit line, with why and how sure. */
export class BankSuggestionDto {
  @ApiProperty({ enum: ['invoice-number', 'exact-balance', 'invoice-set', 'learnt-rule', 'unallocated-payment'] })
  kind!: string;
  /** @example "INV-000123 is in the reference, and its balance is 110.00." */
  reason!: string;
  /** 0-100. @example 95 */
  confidence!: number;
  debtor!: string;
  debtorName!: string;
  @ApiProperty({ type: () => [SuggestedAllocationDto] })
  allocations!: SuggestedAllocationDto[];
  payment!: string | null;
  paymentName!: string | null;
}

/** A statement line as the reconciliation shows it. */
export class BankStatementLineDto {
  id!: string;
  /** @example "BSL-0000001" */
  name!: string;
  statement!: string;
  /** @example "2027-01-10" */
  date!: string;
  /** Money in positive. @example "110.00" */
  amount!: string;
  description!: string;
  reference!: string;
  transactionId!: string | null;
  @ApiProperty({ enum: LINE_STATUSES })
  status!: string;
  payment!: string | null;
  paymentName!: string | null;
  @ApiProperty({ type: () => [BankSuggestionDto] })
  suggestions!: BankSuggestionDto[];
}

export class MatchResultDto {
  line!: BankStatementLineDto;
  /** False when the line was matched already: nothing was written now. */
  created!: boolean;
}

export class ImportedLineDto {
  sourceLine!: number;
  date!: string;
  amount!: string;
  description!: string;
  reference!: string;
  transactionId!: string | null;
  /** An earlier import had it: skipped. */
  duplicate!: boolean;
}

export class StatementRefDto {
  id!: string;
  /** @example "STM-000001" */
  name!: string;
}

export class ImportResultDto {
  dryRun!: boolean;
  statement!: StatementRefDto | null;
  /** @example "CSV" */
  format!: string;
  statementDate!: string | null;
  closingBalance!: string | null;
  added!: number;
  skipped!: number;
  @ApiProperty({ type: () => [ImportedLineDto] })
  lines!: ImportedLineDto[];
}

export class BankAccountRefDto {
  id!: string;
  name!: string;
  active!: boolean;
}

export class BankAccountDto extends BankAccountRefDto {
  unreconciled!: number;
}

export class LatestStatementDto {
  id!: string;
  name!: string;
  date!: string | null;
  closingBalance!: string | null;
}

export class ReconciliationDto {
  bankAccount!: BankAccountRefDto;
  mapping!: CsvMappingDto | null;
  statement!: LatestStatementDto | null;
  /** The bank account's balance in the Finance Journal on the statement's date. @example "1520.40" */
  bookBalance!: string;
  asAt!: string;
  /** Closing balance − book balance. @example "0.00" */
  difference!: string | null;
  unreconciled!: number;
  @ApiProperty({ type: () => [BankStatementLineDto] })
  lines!: BankStatementLineDto[];
}

export class BankRuleDto {
  id!: string;
  /** @example "BR-00001" */
  name!: string;
  /** @example "HARBOUR PLAN PARTNERS" */
  pattern!: string;
  debtor!: string;
  debtorName!: string;
  timesConfirmed!: number;
  lastConfirmed!: string | null;
}
