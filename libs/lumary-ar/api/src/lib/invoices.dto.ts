import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CREDIT_REASONS, TAX_CODES, type NewCreditNote, type NewInvoice } from '@lumary-ar/server';
import { errorCode, IsCalendarDate, IsDecimalString, IsMoney, IsRecordId } from '@platform/contract';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import Decimal from 'decimal.js';
import { BLANK, EmptyAsAbsent, MoreThanZero, NOT_IN_LIST, Required, TOO_LONG, Trimmed, unlessMissing, WRONG_TYPE } from './ar-validation';
import { PostedEntryDto } from './journal.dto';

/** One line of a new invoice: what it bills, how many, at what price. */
export class NewInvoiceLineDto {
  /** @example "Occupational therapy, 1 hour" */
  @Required('description is what the line bills: give it.')
  @IsString({ ...WRONG_TYPE, message: 'description is what the line bills: give it.' })
  @Matches(/\S/, { ...BLANK, message: 'description is what the line bills: give it.' })
  description!: string;

  /**
   * A decimal string > 0 with at most 2 decimals.
   * @example "1.5"
   */
  @Required('quantity is a number ≥ 0 with at most 2 decimals, as a string ("1.5").')
  @IsDecimalString(
    { integerDigits: 10 },
    { ...WRONG_TYPE, message: 'quantity is a number ≥ 0 with at most 2 decimals, as a string ("1.5").' },
  )
  quantity!: string;

  /**
   * A decimal string ≥ 0 with at most 2 decimals, before GST.
   * @example "193.99"
   */
  @Required('unitPrice is an amount ≥ 0 with at most 2 decimals, as a string ("193.99").')
  @IsMoney({ ...WRONG_TYPE, message: 'unitPrice is an amount ≥ 0 with at most 2 decimals, as a string ("193.99").' })
  unitPrice!: string;

  @ApiPropertyOptional({ enum: TAX_CODES, default: 'GST' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(TAX_CODES, { ...NOT_IN_LIST, message: `taxCode is ${TAX_CODES.join(' or ')}.` })
  taxCode?: (typeof TAX_CODES)[number];

  /**
   * The revenue account (a GL Code's Accounting Entity id): needed to issue the invoice.
   * @example "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'glCode is a record id.' })
  glCode?: string;

  /** A Cost Centre's Accounting Entity id. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'costCentre is a record id.' })
  costCentre?: string;

  /** The Service Delivered this line bills. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'service is a record id.' })
  service?: string;
}

/** POST /api/lumary/invoices. */
export class NewInvoiceDto {
  /**
   * The Client Contact's id.
   * @example "0b9e5c1d-7a2f-4e38-b6d4-1c2e3f4a5b6c"
   */
  @Required("client is the Client Contact's id.")
  @IsRecordId({ ...WRONG_TYPE, message: "client is the Client Contact's id." })
  client!: string;

  /** Who pays (a Contact or Account id): default the client's Default Debtor, else the client. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ ...WRONG_TYPE, message: 'debtor is a Contact or Account id.' })
  debtor?: string;

  /**
   * Default today (YYYY-MM-DD).
   * @example "2027-01-05"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  invoiceDate?: string;

  /** Issue it at once: Draft to Open, posted to the Finance Journal. */
  @IsOptional()
  @IsBoolean({ ...WRONG_TYPE, message: 'issue is true or false.' })
  issue?: boolean;

  @ApiProperty({
    type: () => [NewInvoiceLineDto],
    example: [
      {
        description: 'Occupational therapy, 1 hour',
        quantity: '1',
        unitPrice: '193.99',
        taxCode: 'GST_FREE',
        glCode: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      },
    ],
  })
  @Required('An invoice needs at least one line.')
  @IsArray({ ...WRONG_TYPE, message: 'An invoice needs at least one line.' })
  @ArrayMinSize(1, { ...BLANK, message: 'An invoice needs at least one line.' })
  @ValidateNested({ each: true })
  @Type(() => NewInvoiceLineDto)
  lines!: NewInvoiceLineDto[];

  toNewInvoice(): NewInvoice {
    return {
      client: this.client,
      debtor: this.debtor,
      invoiceDate: this.invoiceDate,
      issue: this.issue === true,
      lines: this.lines.map((l) => ({ ...l, taxCode: l.taxCode ?? 'GST' })),
    };
  }
}

/** PUT /api/lumary/invoices/{id}: a Draft's header and lines, as a new invoice's (they replace what it had). */
export class DraftInvoiceDto extends NewInvoiceDto {}

/** POST /api/lumary/invoices/{id}/void. */
export class VoidInvoiceDto {
  /** @example "Raised against the wrong client" */
  @Trimmed()
  @Required('Say why the invoice is voided (reason).')
  @IsString({ ...WRONG_TYPE, message: 'Say why the invoice is voided (reason).' })
  @IsNotEmpty({ ...BLANK, message: 'Say why the invoice is voided (reason).' })
  @MaxLength(255, { ...TOO_LONG, message: unlessMissing('Say why the invoice is voided (reason).', 'reason: at most 255 characters.') })
  reason!: string;

  /**
   * For an Open invoice, the day its posting is reversed (YYYY-MM-DD): default today.
   * @example "2027-01-20"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  date?: string;
}

/** POST /api/lumary/invoices/{id}/credit-notes. */
export class CreditNoteDto {
  /**
   * Posted in the Open period holding it; not before the Invoice Date (YYYY-MM-DD).
   * @example "2027-01-20"
   */
  @Required('Give the date (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the date (YYYY-MM-DD).') })
  date!: string;

  /**
   * GST included; at most the invoice's balance.
   * @example "50.00"
   */
  @Required('amount is an amount > 0 with at most 2 decimals, as a string ("50.00").')
  @IsMoney({ ...WRONG_TYPE, message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  @MoreThanZero({ message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  amount!: string;

  @ApiProperty({ enum: CREDIT_REASONS, example: 'Pricing error' })
  @Required(`reason is one of: ${CREDIT_REASONS.join(', ')}.`)
  @IsIn(CREDIT_REASONS, { ...NOT_IN_LIST, message: `reason is one of: ${CREDIT_REASONS.join(', ')}.` })
  reason!: (typeof CREDIT_REASONS)[number];

  /** @example "Charged the weekend rate by mistake" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...TOO_LONG, message: 'notes: text of at most 255 characters.' })
  @MaxLength(255, { ...TOO_LONG, message: 'notes: text of at most 255 characters.' })
  notes?: string;

  toCreditNote(): NewCreditNote {
    return { date: this.date, amount: new Decimal(this.amount), reason: this.reason, notes: this.notes };
  }
}

/** An invoice after a change; a value read from a field the caller may not read is left out. */
export class InvoiceResultDto {
  id!: string;
  /** @example "INV-000123" */
  name!: string;
  @ApiPropertyOptional({ enum: ['Draft', 'Open', 'Part Paid', 'Paid', 'Void'], example: 'Open' })
  status?: string;
  /** The posting this change made (issuing, or voiding an Open invoice). */
  journalEntry?: PostedEntryDto;
}

/** A credit note: its posting and the invoice it reduced. */
export class CreditNoteResultDto {
  id!: string;
  /** @example "CN-000007" */
  name!: string;
  invoice!: InvoiceResultDto;
  journalEntry!: PostedEntryDto;
}

/** The records API's answer to a bad Email field, said the same way here. */
const INVALID_EMAIL = {
  context: errorCode('INVALID_EMAIL_ADDRESS'),
  message: (a: { value: unknown }) => `to: invalid email address: ${String(a.value).slice(0, 80)}`,
};

/** POST /api/lumary/invoices/{id}/send: optional. */
export class SendInvoiceDto {
  /**
   * Send it to this address this once, instead of Debtor Settings' Invoice Email or the debtor's Email.
   * @example "accounts@example.com"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString(INVALID_EMAIL)
  @MaxLength(80, INVALID_EMAIL)
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, INVALID_EMAIL)
  to?: string;
}

/** The queued outbox record of a send, and where it goes. */
export class QueuedEmailDto {
  id!: string;
  /** @example "EMAIL-000012" */
  name!: string;
  @ApiProperty({ enum: ['Queued'] })
  status!: 'Queued';
  /** @example "accounts@example.com" */
  to!: string;
  from!: string | null;
  /** @example "Invoice INV-000123 from Lumary Care" */
  subject!: string;
  /** The PDF's file name. */
  attachment!: string;
}
