import { ApiProperty } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import { PAYMENT_METHODS, parseMoney, type AllocationInput, type LaterAllocation, type NewPayment, type PaymentMethod, type Reversal } from '@lumary-ar/server';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { EmptyAsAbsent, IsCalendarDate, IsMoney, IsRecordId, Trimmed } from './ar-validation';

/** Idempotency_Key__c is Text(100). */
export const IDEMPOTENCY_KEY_LENGTH = 100;

/** Part of a payment applied to one of its debtor's Open or Part Paid invoices. */
export class AllocationDto {
  /**
   * The invoice's id.
   * @example "3f1c2a9e-8d4b-4c61-9a0e-5b7d2c8e1f40"
   */
  @IsDefined({ message: "invoice is the invoice's id." })
  @IsRecordId({ message: "invoice is the invoice's id." })
  invoice!: string;

  /**
   * How much of the payment goes to it: > 0, at most the invoice's balance.
   * @example "50.00"
   */
  @IsDefined({ message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  @IsMoney(true, { message: 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").' })
  amount!: string;
}

/** POST /api/lumary/payments. */
export class NewPaymentDto {
  /**
   * The key that records this payment once (instead of the Idempotency-Key header; if both are sent they must agree).
   * @example "pay-2027-01-12-0001"
   */
  @IsOptional()
  @IsString({ message: 'idempotencyKey is text.' })
  @MaxLength(IDEMPOTENCY_KEY_LENGTH, { message: `idempotencyKey: at most ${IDEMPOTENCY_KEY_LENGTH} characters.` })
  idempotencyKey?: string;

  /**
   * The id of the Contact or Account paying.
   * @example "0b9e5c1d-7a2f-4e38-b6d4-1c2e3f4a5b6c"
   */
  @IsDefined({ message: 'debtor is the id of the Contact or Account paying.' })
  @IsRecordId({ message: 'debtor is the id of the Contact or Account paying.' })
  debtor!: string;

  /**
   * The day the money arrived (YYYY-MM-DD): posted in the Open period holding it.
   * @example "2027-01-12"
   */
  @IsDefined({ message: 'Give the date (YYYY-MM-DD).' })
  @IsCalendarDate()
  date!: string;

  /**
   * The amount received: a decimal string > 0 with at most 2 decimals.
   * @example "110.00"
   */
  @IsDefined({ message: 'amount is an amount > 0 with at most 2 decimals, as a string ("110.00").' })
  @IsMoney(true, { message: 'amount is an amount > 0 with at most 2 decimals, as a string ("110.00").' })
  amount!: string;

  /** @example "EFT" */
  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsDefined({ message: `method is one of: ${PAYMENT_METHODS.join(', ')}.` })
  @IsIn(PAYMENT_METHODS, { message: `method is one of: ${PAYMENT_METHODS.join(', ')}.` })
  method!: PaymentMethod;

  /**
   * The bank's or the payer's reference.
   * @example "INV-000123 Smith"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ message: 'reference is text.' })
  @MaxLength(255, { message: 'reference: at most 255 characters.' })
  reference?: string;

  /** Applied now to the debtor's invoices; the rest stays unallocated credit. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsArray({ message: 'allocations is a list of { "invoice": "…", "amount": "…" }.' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];

  /** The service's input, with the key from the header or the body (see idempotencyKeyOf). */
  toNewPayment(idempotencyKey: string): NewPayment {
    return {
      idempotencyKey,
      debtor: this.debtor,
      date: this.date,
      amount: parseMoney(this.amount)!,
      method: this.method,
      reference: this.reference,
      allocations: toAllocations(this.allocations ?? []),
    };
  }
}

/** POST /api/lumary/payments/{id}/allocations. */
export class LaterAllocationDto {
  @IsDefined({ message: 'Give at least one allocation: [{ "invoice": "…", "amount": "…" }].' })
  @IsArray({ message: 'allocations is a list of { "invoice": "…", "amount": "…" }.' })
  @ArrayMinSize(1, { message: 'Give at least one allocation: [{ "invoice": "…", "amount": "…" }].' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations!: AllocationDto[];

  /**
   * The allocations' date (YYYY-MM-DD): default today; never before the payment's date.
   * @example "2027-01-20"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  toLaterAllocation(): LaterAllocation {
    return { allocations: toAllocations(this.allocations), date: this.date };
  }
}

/** POST /api/lumary/payments/{id}/reverse. */
export class PaymentReversalDto {
  /**
   * Why the payment is reversed.
   * @example "Dishonoured"
   */
  @Trimmed()
  @IsDefined({ message: 'Say why the payment is reversed (reason), e.g. "Dishonoured".' })
  @IsString({ message: 'Say why the payment is reversed (reason), e.g. "Dishonoured".' })
  @IsNotEmpty({ message: 'Say why the payment is reversed (reason), e.g. "Dishonoured".' })
  @MaxLength(255, { message: 'reason: at most 255 characters.' })
  reason!: string;

  /**
   * The reversal's date (YYYY-MM-DD): default today; never before the payment's date.
   * @example "2027-02-03"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  toReversal(): Reversal {
    return { reason: this.reason, date: this.date };
  }
}

function toAllocations(allocations: AllocationDto[]): AllocationInput[] {
  return allocations.map((a) => ({ invoice: a.invoice, amount: parseMoney(a.amount)! }));
}

/** An allocation as a payment's answer shows it. */
export class AllocationViewDto {
  /** @example "9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60" */
  id!: string;
  /** @example "ALLOC-000042" */
  name!: string;
  /** The invoice's id. */
  invoice!: string;
  /** @example "INV-000123" */
  invoiceName!: string;
  /** @example "50.00" */
  amount!: string;
  /** @example "2027-01-12" */
  date!: string;
  reversed!: boolean;
  reversedDate!: string | null;
}

export class PaymentReversalViewDto {
  date!: string | null;
  reason!: string | null;
  /** The reversing journal entry's id. */
  journalEntry!: string | null;
}

/** A payment as the API answers it; a value read from a field the caller may not read is left out. */
export class PaymentViewDto {
  id!: string;
  /** @example "PAY-000042" */
  name!: string;
  idempotencyKey?: string | null;
  /** The paying Contact's or Account's id. */
  debtor?: string;
  /** @example "2027-01-12" */
  date?: string;
  /** @example "110.00" */
  amount?: string;
  /** @example "EFT" */
  method?: string;
  reference?: string | null;
  /** @example "Received" */
  status?: string;
  /** @example "50.00" */
  allocated?: string;
  /** @example "60.00" */
  unallocated?: string;
  /** The payment's journal entry id. */
  journalEntry?: string | null;
  reversal?: PaymentReversalViewDto | null;
  allocations!: AllocationViewDto[];
}

/**
 * The payment's key: the `Idempotency-Key` header or the body's `idempotencyKey`; both may be
 * sent only when they agree.
 */
export function idempotencyKeyOf(header: unknown, body: string | undefined): string {
  const fromHeader = typeof header === 'string' && header.trim() ? header.trim() : undefined;
  const fromBody = body?.trim() || undefined;
  const invalid = (errorCode: string, message: string) => EngineError.invalid(errorCode, message, ['idempotencyKey']);
  if (fromHeader && fromBody && fromHeader !== fromBody) throw invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', "The Idempotency-Key header and the body's idempotencyKey differ: send one key.");
  const key = fromHeader ?? fromBody;
  if (!key) throw invalid('REQUIRED_FIELD_MISSING', 'Send an idempotency key (the Idempotency-Key header, or idempotencyKey): the same key never records a second payment.');
  if (key.length > IDEMPOTENCY_KEY_LENGTH) throw invalid('STRING_TOO_LONG', `idempotencyKey: at most ${IDEMPOTENCY_KEY_LENGTH} characters.`);
  return key;
}
