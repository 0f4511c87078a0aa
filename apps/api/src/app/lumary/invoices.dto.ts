import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CREDIT_REASONS, parseMoney, TAX_CODES, type NewCreditNote, type NewInvoice } from '@lumary-ar/server';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EmptyAsAbsent, IsCalendarDate, IsMoney, IsRecordId, Trimmed } from './ar-validation';
import { PostedEntryDto } from './journal.dto';

/** One line of a new invoice: what it bills, how many, at what price. */
export class NewInvoiceLineDto {
  /** @example "Occupational therapy, 1 hour" */
  @IsDefined({ message: 'give its description.' })
  @IsString({ message: 'give its description.' })
  @Matches(/\S/, { message: 'give its description.' })
  description!: string;

  /**
   * A decimal string > 0 with at most 2 decimals.
   * @example "1.5"
   */
  @IsDefined({ message: 'quantity is a number > 0 with at most 2 decimals, e.g. "1.5".' })
  @IsString({ message: 'quantity is a number > 0 with at most 2 decimals, e.g. "1.5".' })
  @Matches(/^\d{1,10}(\.\d{1,2})?$/, { message: 'quantity is a number > 0 with at most 2 decimals, e.g. "1.5".' })
  quantity!: string;

  /**
   * A decimal string ≥ 0 with at most 2 decimals, before GST.
   * @example "193.99"
   */
  @IsDefined({ message: 'unitPrice is an amount ≥ 0 with at most 2 decimals, as a string ("193.99").' })
  @IsMoney(false, { message: 'unitPrice is an amount ≥ 0 with at most 2 decimals, as a string ("193.99").' })
  unitPrice!: string;

  @ApiPropertyOptional({ enum: TAX_CODES, default: 'GST' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(TAX_CODES, { message: `taxCode is ${TAX_CODES.join(' or ')}.` })
  taxCode?: (typeof TAX_CODES)[number];

  /**
   * The revenue account (a GL Code's Accounting Entity id): needed to issue the invoice.
   * @example "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ message: 'glCode is a record id.' })
  glCode?: string;

  /** A Cost Centre's Accounting Entity id. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ message: 'costCentre is a record id.' })
  costCentre?: string;

  /** The Service Delivered this line bills. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ message: 'service is a record id.' })
  service?: string;
}

/** POST /api/lumary/invoices. */
export class NewInvoiceDto {
  /**
   * The Client Contact's id.
   * @example "0b9e5c1d-7a2f-4e38-b6d4-1c2e3f4a5b6c"
   */
  @IsDefined({ message: "client is the Client Contact's id." })
  @IsRecordId({ message: "client is the Client Contact's id." })
  client!: string;

  /** Who pays (a Contact or Account id): default the client's Default Debtor, else the client. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsRecordId({ message: 'debtor is a Contact or Account id.' })
  debtor?: string;

  /**
   * Default today (YYYY-MM-DD).
   * @example "2027-01-05"
   */
  @IsOptional()
  @IsCalendarDate()
  invoiceDate?: string;

  /** Issue it at once: Draft to Open, posted to the Finance Journal. */
  @IsOptional()
  @IsBoolean({ message: 'issue is true or false.' })
  issue?: boolean;

  @ApiProperty({ type: () => [NewInvoiceLineDto], example: [{ description: 'Occupational therapy, 1 hour', quantity: '1', unitPrice: '193.99', taxCode: 'GST_FREE', glCode: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }] })
  @IsDefined({ message: 'An invoice needs at least one line.' })
  @IsArray({ message: 'An invoice needs at least one line.' })
  @ArrayMinSize(1, { message: 'An invoice needs at least one line.' })
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

/** POST /api/lumary/invoices/{id}/void. */
export class VoidInvoiceDto {
  /** @example "Raised against the wrong client" */
  @Trimmed()
  @IsDefined({ message: 'Say why the invoice is voided (reason).' })
  @IsString({ message: 'Say why the invoice is voided (reason).' })
  @IsNotEmpty({ message: 'Say why the invoice is voided (reason).' })
  @MaxLength(255, { message: 'reason: at most 255 characters.' })
  reason!: string;

  /**
   * For an Open invoice, the day its posting is reversed (YYYY-MM-DD): default today.
   * @example "2027-01-20"
   */
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** POST /api/lumary/invoices/{id}/credit-notes. */
export class CreditNoteDto {
  /**
   * Posted in the Open period holding it; not before the Invoice Date (YYYY-MM-DD).
   * @example "2027-01-20"
   */
  @IsDefined({ message: 'Give the date (YYYY-MM-DD).' })
  @IsCalendarDate()
  date!: string;

  /**
   * GST included; at most the invoice's balance.
   * @example "50.00"
   */
  @IsDefined({ message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  @IsMoney(true, { message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  amount!: string;

  @ApiProperty({ enum: CREDIT_REASONS, example: 'Pricing error' })
  @IsDefined({ message: `reason is one of: ${CREDIT_REASONS.join(', ')}.` })
  @IsIn(CREDIT_REASONS, { message: `reason is one of: ${CREDIT_REASONS.join(', ')}.` })
  reason!: (typeof CREDIT_REASONS)[number];

  /** @example "Charged the weekend rate by mistake" */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ message: 'notes: text of at most 255 characters.' })
  @MaxLength(255, { message: 'notes: text of at most 255 characters.' })
  notes?: string;

  toCreditNote(): NewCreditNote {
    return { date: this.date, amount: parseMoney(this.amount)!, reason: this.reason, notes: this.notes };
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

/** POST /api/lumary/invoices/{id}/send: optional. */
export class SendInvoiceDto {
  /**
   * Send it to this address this once, instead of Debtor Settings' Invoice Email or the debtor's Email.
   * @example "accounts@example.com"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ message: (a) => `to: invalid email address: ${String(a.value).slice(0, 80)}` })
  @MaxLength(80, { message: (a) => `to: invalid email address: ${String(a.value).slice(0, 80)}` })
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, { message: (a) => `to: invalid email address: ${String(a.value).slice(0, 80)}` })
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
