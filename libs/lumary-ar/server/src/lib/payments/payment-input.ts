import { EngineError } from '@platform/engine';
import { isId, parseDate } from '../journal/journal-entry';
import { parseMoney, type Money } from '../journal/money';

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

/** Idempotency_Key__c is Text(100). */
const KEY_LENGTH = 100;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const missing = (message: string, field: string) => EngineError.invalid('REQUIRED_FIELD_MISSING', message, [field]);
const badType = (message: string, field: string) => EngineError.invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', message, [field]);

/**
 * POST /api/lumary/payments, checked for shape. The key comes from the `Idempotency-Key` header
 * or the body's `idempotencyKey`; both may be sent only when they agree.
 */
export function parseNewPayment(body: unknown, headerKey: unknown): NewPayment {
  if (!isObject(body)) throw EngineError.invalid('JSON_PARSER_ERROR', 'Send the payment as a JSON object.');
  const debtor = body['debtor'];
  if (!isId(debtor)) {
    throw (debtor === undefined || debtor === null ? missing : badType)('debtor is the id of the Contact or Account paying.', 'debtor');
  }
  const amount = parseMoney(body['amount']);
  if (!amount || !amount.greaterThan(0)) {
    throw (body['amount'] === undefined ? missing : badType)('amount is an amount > 0 with at most 2 decimals, as a string ("110.00").', 'amount');
  }
  const method = body['method'];
  if (!PAYMENT_METHODS.includes(method as PaymentMethod)) {
    throw EngineError.invalid(method === undefined ? 'REQUIRED_FIELD_MISSING' : 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `method is one of: ${PAYMENT_METHODS.join(', ')}.`, ['method']);
  }
  return {
    idempotencyKey: parseKey(headerKey, body['idempotencyKey']),
    debtor,
    date: parseDate(body['date'], 'date'),
    amount,
    method: method as PaymentMethod,
    reference: optionalText(body['reference'], 'reference'),
    allocations: body['allocations'] === undefined || body['allocations'] === null ? [] : parseAllocations(body['allocations']),
  };
}

/** POST /api/lumary/payments/{id}/allocations. */
export function parseLaterAllocation(body: unknown): LaterAllocation {
  if (!isObject(body)) throw EngineError.invalid('JSON_PARSER_ERROR', 'Send the allocations as a JSON object.');
  const allocations = parseAllocations(body['allocations']);
  if (!allocations.length) throw missing('Give at least one allocation: [{ "invoice": "…", "amount": "…" }].', 'allocations');
  return { allocations, date: body['date'] === undefined || body['date'] === null ? undefined : parseDate(body['date'], 'date') };
}

/** POST /api/lumary/payments/{id}/reverse. */
export function parseReversal(body: unknown): Reversal {
  const b = isObject(body) ? body : {};
  const reason = typeof b['reason'] === 'string' ? b['reason'].trim() : '';
  if (!reason) throw missing('Say why the payment is reversed (reason), e.g. "Dishonoured".', 'reason');
  if (reason.length > 255) throw EngineError.invalid('STRING_TOO_LONG', 'reason: at most 255 characters.', ['reason']);
  return { reason, date: b['date'] === undefined || b['date'] === null ? undefined : parseDate(b['date'], 'date') };
}

function parseKey(header: unknown, body: unknown): string {
  const fromHeader = typeof header === 'string' && header.trim() ? header.trim() : undefined;
  const fromBody = typeof body === 'string' && body.trim() ? body.trim() : undefined;
  if (body !== undefined && body !== null && typeof body !== 'string') throw badType('idempotencyKey is text.', 'idempotencyKey');
  if (fromHeader && fromBody && fromHeader !== fromBody) throw badType('The Idempotency-Key header and the body\'s idempotencyKey differ: send one key.', 'idempotencyKey');
  const key = fromHeader ?? fromBody;
  if (!key) throw missing('Send an idempotency key (the Idempotency-Key header, or idempotencyKey): the same key never records a second payment.', 'idempotencyKey');
  if (key.length > KEY_LENGTH) throw EngineError.invalid('STRING_TOO_LONG', `idempotencyKey: at most ${KEY_LENGTH} characters.`, ['idempotencyKey']);
  return key;
}

function parseAllocations(value: unknown): AllocationInput[] {
  if (!Array.isArray(value)) throw badType('allocations is a list of { "invoice": "…", "amount": "…" }.', 'allocations');
  return value.map((item, i) => {
    const field = `allocations[${i + 1}]`;
    if (!isObject(item)) throw badType(`Allocation ${i + 1} must be an object with invoice and amount.`, field);
    if (!isId(item['invoice'])) throw (item['invoice'] === undefined ? missing : badType)(`Allocation ${i + 1}: invoice is the invoice's id.`, `${field}.invoice`);
    const amount = parseMoney(item['amount']);
    if (!amount || !amount.greaterThan(0)) throw badType(`Allocation ${i + 1}: amount is an amount > 0 with at most 2 decimals, as a string ("50.00").`, `${field}.amount`);
    return { invoice: item['invoice'], amount };
  });
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw badType(`${field} is text.`, field);
  if (value.length > 255) throw EngineError.invalid('STRING_TOO_LONG', `${field}: at most 255 characters.`, [field]);
  return value;
}
