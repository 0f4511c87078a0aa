import type { Money } from '../journal/money';

export const PAYMENT_METHODS = ['EFT', 'BPAY', 'Card', 'Cash', 'Cheque'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** One allocation asked for: part of the payment applied to one invoice. */
export interface AllocationInput {
  invoice: string;
  amount: Money;
}

export interface NewPayment {
  /** The key the client sent: the same key never records a second payment. */
  idempotencyKey: string;
  debtor: string;
  date: string;
  amount: Money;
  method: PaymentMethod;
  reference?: string;
  allocations: AllocationInput[];
}

export interface LaterAllocation {
  allocations: AllocationInput[];
  /** Default today; never before the payment's date. */
  date?: string;
}

export interface Reversal {
  /** Default today. */
  date?: string;
  reason: string;
}
