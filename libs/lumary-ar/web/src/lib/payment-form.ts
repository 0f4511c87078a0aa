import type { ArApiService } from './ar-api.service';

/** The payment methods the API accepts. */
export const PAYMENT_METHODS = ['EFT', 'BPAY', 'Card', 'Cash', 'Cheque'] as const;

/** The API's name for a payment's reference → the dialog's control; `rest` maps the other names. */
export function paymentAlias(rest: (field: string) => string): (field: string) => string {
  return (field) => (field === 'lumary__Reference__c' ? 'reference' : rest(field));
}

/**
 * A payment dialog's form (amount, method, reference) as the API records it, from this debtor
 * on this date (YYYY-MM-DD) with these allocations. A blank reference is left out.
 */
export function paymentBody(
  debtor: string,
  date: string,
  value: Record<string, unknown>,
  allocations: { invoice: string; amount: string }[],
): Parameters<ArApiService['recordPayment']>[0] {
  const reference = String(value['reference'] ?? '').trim();
  return {
    debtor,
    date,
    amount: String(value['amount']).trim(),
    method: value['method'] as Parameters<ArApiService['recordPayment']>[0]['method'],
    ...(reference ? { reference } : {}),
    allocations,
  };
}
