import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  CONTROL_TYPES,
  EXPORT_LAYOUTS,
  ZERO,
  type AccountRef,
  type ControlType,
  type ExportLayout,
  type JournalEntryInput,
} from '@lumary-ar/server';
import { IsCalendarDate, IsMoney, IsRecordId } from '@platform/contract';
import { EngineError } from '@platform/engine';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import Decimal from 'decimal.js';
import { EmptyAsAbsent, NOT_IN_LIST, Required, TOO_LONG, unlessMissing, WRONG_TYPE } from './ar-validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT_MESSAGE = `account is an Accounting Entity id or { "control": "${CONTROL_TYPES.join('" | "')}" }.`;

/** "The tenant's control account of this type", instead of an account id. */
export class ControlAccountDto {
  @ApiProperty({ enum: CONTROL_TYPES, example: 'Bank Account' })
  control!: ControlType;
}

/** An Accounting Entity id, or `{ "control": "…" }`. */
function IsAccountRef(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAccountRef',
      validator: {
        validate: (v: unknown) =>
          (typeof v === 'string' && UUID.test(v)) ||
          (!!v &&
            typeof v === 'object' &&
            !Array.isArray(v) &&
            CONTROL_TYPES.includes((v as { control?: ControlType }).control as ControlType)),
        defaultMessage: () => ACCOUNT_MESSAGE,
      },
    },
    options,
  );
}

/** One line of a manual entry: a debit or a credit (not both) to one account. */
export class JournalLineDto {
  @ApiProperty({
    description: 'An Accounting Entity id (a GL Code), or `{ "control": "…" }` for the control account of that type.',
    oneOf: [{ type: 'string', format: 'uuid' }, { $ref: getSchemaPath(ControlAccountDto) }],
    example: { control: 'Bank Account' },
  })
  @Required(ACCOUNT_MESSAGE)
  @IsAccountRef(WRONG_TYPE)
  account!: string | ControlAccountDto;

  /** A Cost Centre (an Accounting Entity id). */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'costCentre is an Accounting Entity id.' })
  costCentre?: string;

  /**
   * A decimal string ≥ 0 with at most 2 decimals; give a debit or a credit.
   * @example "110.00"
   */
  @IsOptional()
  @IsMoney({ ...WRONG_TYPE, message: 'debit is an amount ≥ 0 with at most 2 decimals, as a string ("12.50").' })
  debit?: string;

  /**
   * A decimal string ≥ 0 with at most 2 decimals; give a debit or a credit.
   * @example "0.00"
   */
  @IsOptional()
  @IsMoney({ ...WRONG_TYPE, message: 'credit is an amount ≥ 0 with at most 2 decimals, as a string ("12.50").' })
  credit?: string;

  /** @example "Bank fee" */
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'description is text of at most 255 characters.' })
  @MaxLength(255, { ...TOO_LONG, message: 'description is text of at most 255 characters.' })
  description?: string;
}

/** The record a posting comes from. */
export class JournalSourceDto {
  @Required('source is { "id": "…", "object": "…" }.')
  @IsString({ ...WRONG_TYPE, message: 'source is { "id": "…", "object": "…" }.' })
  id!: string;

  /** @example "lumary__Invoice__c" */
  @Required('source is { "id": "…", "object": "…" }.')
  @IsString({ ...WRONG_TYPE, message: 'source is { "id": "…", "object": "…" }.' })
  object!: string;
}

/** POST /api/lumary/journal/entries: a manual entry; its lines must balance. */
export class JournalEntryDto {
  /**
   * Posted in the Open period holding it (YYYY-MM-DD).
   * @example "2027-01-31"
   */
  @Required('Give the date (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the date (YYYY-MM-DD).') })
  date!: string;

  /** @example "Bank fees for January" */
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'description is text of at most 255 characters.' })
  @MaxLength(255, { ...TOO_LONG, message: 'description is text of at most 255 characters.' })
  description?: string;

  @IsOptional()
  @IsObject({ ...WRONG_TYPE, message: 'source is { "id": "…", "object": "…" }.' })
  @ValidateNested()
  @Type(() => JournalSourceDto)
  source?: JournalSourceDto;

  /** At least two lines; Σ debit = Σ credit. */
  @ApiProperty({
    type: () => [JournalLineDto],
    example: [
      { account: { control: 'Bank Account' }, debit: '12.50' },
      { account: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', credit: '12.50', description: 'Bank fee' },
    ],
  })
  @Required('Give the entry its lines.')
  @IsArray({ ...WRONG_TYPE, message: 'Give the entry its lines.' })
  @ValidateNested({ each: true })
  @Type(() => JournalLineDto)
  lines!: JournalLineDto[];

  /** The posting service's input: each line a debit or a credit, as decimals. */
  toEntry(): JournalEntryInput {
    return {
      date: this.date,
      description: this.description,
      source: this.source ? { id: this.source.id, object: this.source.object } : undefined,
      lines: this.lines.map((line, i) => {
        const debit = line.debit === undefined ? ZERO : new Decimal(line.debit);
        const credit = line.credit === undefined ? ZERO : new Decimal(line.credit);
        if (debit.isZero() === credit.isZero()) {
          throw EngineError.invalid(
            'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            `Line ${i + 1} needs either a debit or a credit, not both or neither.`,
            [`lines[${i}]`],
          );
        }
        const account: AccountRef = typeof line.account === 'string' ? { id: line.account } : { control: line.account.control };
        return { account, costCentre: line.costCentre, debit, credit, description: line.description };
      }),
    };
  }
}

/** POST /api/lumary/journal/entries/{id}/reverse. */
export class JournalReversalDto {
  /**
   * The reversal's date (YYYY-MM-DD): default today.
   * @example "2027-02-01"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  date?: string;

  /** @example "Posted to the wrong account" */
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'description is text of at most 255 characters.' })
  @MaxLength(255, { ...TOO_LONG, message: 'description is text of at most 255 characters.' })
  description?: string;
}

export class PeriodRefDto {
  id!: string;
  /** @example "January 2027" */
  name!: string;
}

/** A posted journal entry; a value read from a field the caller may not read is left out. */
export class PostedEntryDto {
  id!: string;
  /** @example "JE-000042" */
  name!: string;
  /** @example "2027-01-31" */
  date?: string;
  period?: PeriodRefDto;
  /**
   * Σ debit (= Σ credit).
   * @example "12.50"
   */
  total?: string;
  /** The entry this one reverses (its id). */
  reverses?: string;
}

/** POST /api/lumary/journal/exports. */
export class JournalExportDto {
  /**
   * The accounting period (an Accounting Entity id) whose new entries are exported.
   * @example "7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7"
   */
  @Required('Give the accounting period to export (its id).')
  @IsString({ ...WRONG_TYPE, message: 'Give the accounting period to export (its id).' })
  period!: string;

  @ApiPropertyOptional({
    enum: EXPORT_LAYOUTS,
    default: 'xero',
    description: "The CSV's columns: Xero's manual journal import, or every column.",
  })
  @IsOptional()
  @IsIn(EXPORT_LAYOUTS, {
    ...NOT_IN_LIST,
    message: (a) => `layout is one of ${EXPORT_LAYOUTS.join(', ')}, got '${String(a.value).slice(0, 40)}'.`,
  })
  layout?: ExportLayout;
}

/** GET /api/lumary/journal/exports/{batch}. */
export class JournalExportQueryDto {
  @ApiPropertyOptional({
    enum: EXPORT_LAYOUTS,
    default: 'xero',
    description: "The CSV's columns: Xero's manual journal import, or every column.",
  })
  @IsOptional()
  @IsIn(EXPORT_LAYOUTS, {
    ...NOT_IN_LIST,
    message: (a) => `layout is one of ${EXPORT_LAYOUTS.join(', ')}, got '${String(a.value).slice(0, 40)}'.`,
  })
  layout?: ExportLayout;
}
