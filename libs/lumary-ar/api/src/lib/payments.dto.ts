import { ApiProperty } from '@nestjs/swagger';
import { EngineError, type ErrorCode } from '@platform/engine';
import {
  PAYMENT_METHODS,
  type AllocationInput,
  type LaterAllocation,
  type NewPayment,
  type PaymentMethod,
  type Reversal,
} from '@lumary-ar/server';
import { IsCalendarDate, IsMoney, IsRecordId } from '@platform/contract';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import Decimal from 'decimal.js';
import { BLANK, EmptyAsAbsent, MoreThanZero, NOT_IN_LIST, Required, TOO_LONG, Trimmed, unlessMissing, WRONG_TYPE } from './ar-validation';

const ALLOCATION_AMOUNT = 'amount is an amount > 0 with at most 2 decimals, as a string ("50.00").';
const PAYMENT_AMOUNT = 'amount is an amount > 0 with at most 2 decimals, as a string ("110.00").';
const AT_LEAST_ONE = 'Give at least one allocation: [{ "invoice": "…", "amount": "…" }].';
const WHY_REVERSED = 'Say why the payment is reversed (reason), e.g. "Dishonoured".';

/** Idempotency_Key__c is Text(100). */
export const IDEMPOTENCY_KEY_LENGTH = 100;

/** Part of a payment applied to one of its debtor's Open or Part Paid invoices. */
export class AllocationDto {
  /** The invoice's id. */
  @Required("invoice is the invoice's id.")
  @IsRecordId({ ...WRONG_TYPE, message: "invoice is the invoice's id." })
  invoice!: string;

  /**
   * How much of the payment goes to it: > 0, at most the invoice's balance.
   * @example "50.00"
   */
  @Required(ALLOCATION_AMOUNT)
  @IsMoney({ ...WRONG_TYPE, message: ALLOCATION_AMOUNT })
  @MoreThanZero({ message: ALLOCATION_AMOUNT })
  amount!: string;
}

/** POST /api/lumary/payments. */
export class NewPaymentDto {
  /**
   * The key that records this payment once, instead of the Idempotency-Key header (if both are sent they must agree).
   * @example "pay-2027-01-12-0001"
   */
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'idempotencyKey is text.' })
  @MaxLength(IDEMPOTENCY_KEY_LENGTH, { ...TOO_LONG, message: `idempotencyKey: at most ${IDEMPOTENCY_KEY_LENGTH} characters.` })
  idempotencyKey?: string;

  /** The id of the Contact or Account paying. */
  @Required('debtor is the id of the Contact or Account paying.')
  @IsRecordId({ ...WRONG_TYPE, message: 'debtor is the id of the Contact or Account paying.' })
  debtor!: string;

  /**
   * The day the money arrived (YYYY-MM-DD): posted in the Open period holding it.
   * @example "2027-01-12"
   */
  @Required('Give the date (YYYY-MM-DD).')
  @IsCalendarDate({ ...WRONG_TYPE, message: unlessMissing('Give the date (YYYY-MM-DD).') })
  date!: string;

  /**
   * The amount received: a decimal string > 0 with at most 2 decimals.
   * @example "110.00"
   */
  @Required(PAYMENT_AMOUNT)
  @IsMoney({ ...WRONG_TYPE, message: PAYMENT_AMOUNT })
  @MoreThanZero({ message: PAYMENT_AMOUNT })
  amount!: string;

  @ApiProperty({ enum: PAYMENT_METHODS, example: 'EFT' })
  @Required(`method is one of: ${PAYMENT_METHODS.join(', ')}.`)
  @IsIn(PAYMENT_METHODS, { ...NOT_IN_LIST, message: `method is one of: ${PAYMENT_METHODS.join(', ')}.` })
  method!: PaymentMethod;

  /**
   * The bank's or the payer's reference.
   * @example "INV-000123 Smith"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsString({ ...WRONG_TYPE, message: 'reference is text.' })
  @MaxLength(255, { ...TOO_LONG, message: 'reference: at most 255 characters.' })
  reference?: string;

  /** Applied now to the debtor's invoices; the rest stays unallocated credit. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsArray({ ...WRONG_TYPE, message: 'allocations is a list of { "invoice": "…", "amount": "…" }.' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];

  /** The service's input, with the key from the header or the body (see idempotencyKeyOf). */
  toNewPayment(idempotencyKey: string): NewPayment {
    return {
      idempotencyKey,
      debtor: this.debtor,
      date: this.date,
      amount: new Decimal(this.amount),
      method: this.method,
      reference: this.reference,
      allocations: toAllocations(this.allocations ?? []),
    };
  }
}

/** The Idempotency-Key header of POST /api/lumary/payments. */
export class PaymentHeadersDto {
  /**
   * Records the payment once: the same key again answers 200 with the payment it recorded. Required unless the body has `idempotencyKey`.
   * @example "pay-2027-01-12-0001"
   */
  @IsOptional()
  @IsString()
  @MaxLength(IDEMPOTENCY_KEY_LENGTH, { ...TOO_LONG, message: `The Idempotency-Key header: at most ${IDEMPOTENCY_KEY_LENGTH} characters.` })
  'idempotency-key'?: string;
}

/** POST /api/lumary/payments/{id}/allocations. */
export class LaterAllocationDto {
  @ApiProperty({
    type: () => [AllocationDto],
    minItems: 1,
    example: [{ invoice: '3f1c2a9e-8d4b-4c61-9a0e-5b7d2c8e1f40', amount: '50.00' }],
  })
  @Required(AT_LEAST_ONE)
  @IsArray({ ...WRONG_TYPE, message: unlessMissing(AT_LEAST_ONE, 'allocations is a list of { "invoice": "…", "amount": "…" }.') })
  @ArrayMinSize(1, { ...BLANK, message: AT_LEAST_ONE })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations!: AllocationDto[];

  /**
   * The allocations' date (YYYY-MM-DD): default today; never before the payment's date.
   * @example "2027-01-20"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
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
  @Required(WHY_REVERSED)
  @IsString({ ...WRONG_TYPE, message: WHY_REVERSED })
  @IsNotEmpty({ ...BLANK, message: WHY_REVERSED })
  @MaxLength(255, { ...TOO_LONG, message: unlessMissing(WHY_REVERSED, 'reason: at most 255 characters.') })
  reason!: string;

  /**
   * The reversal's date (YYYY-MM-DD): default today; never before the payment's date.
   * @example "2027-02-03"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsCalendarDate(WRONG_TYPE)
  date?: string;

  toReversal(): Reversal {
    return { reason: this.reason, date: this.date };
  }
}

export function toAllocations(allocations: AllocationDto[]): AllocationInput[] {
  return allocations.map((a) => ({ invoice: a.invoice, amount: new Decimal(a.amount) }));
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
export function idempotencyKeyOf(header: string | undefined, body: string | undefined): string {
  const fromHeader = header?.trim() || undefined;
  const fromBody = body?.trim() || undefined;
  const invalid = (errorCode: ErrorCode, message: string) => EngineError.invalid(errorCode, message, ['idempotencyKey']);
  if (fromHeader && fromBody && fromHeader !== fromBody)
    throw invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', "The Idempotency-Key header and the body's idempotencyKey differ: send one key.");
  const key = fromHeader ?? fromBody;
  if (!key)
    throw invalid(
      'REQUIRED_FIELD_MISSING',
      'Send an idempotency key (the Idempotency-Key header, or idempotencyKey): the same key never records a second payment.',
    );
  if (key.length > IDEMPOTENCY_KEY_LENGTH)
    throw invalid('STRING_TOO_LONG', `idempotencyKey: at most ${IDEMPOTENCY_KEY_LENGTH} characters.`);
  return key;
}
