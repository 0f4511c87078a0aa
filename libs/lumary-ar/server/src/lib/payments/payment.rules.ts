import { EngineError, type RecordEngine, type RecordValues } from '@platform/engine';
import { AR } from '../ar-names';

/** What a user may change on a recorded payment through the records API. */
const PAYMENT_EDITABLE = ['lumary__Reference__c'];
/** Kept by the engine on every write; never the user's change. */
const BOOKKEEPING = ['Version', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp'];

const forbid = (message: string, fields: string[] = []) =>
  new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message, fields }]);
const neverDeleted = (message: string) => new EngineError('conflict', [{ errorCode: 'DELETE_FAILED', message, fields: [] }]);
const changed = (record: RecordValues, old: RecordValues | undefined) =>
  Object.keys(record).filter(
    (f) => !f.includes('.') && !BOOKKEEPING.includes(f) && JSON.stringify(record[f] ?? null) !== JSON.stringify(old?.[f] ?? null),
  );

/**
 * Payments and allocations are written by the PaymentService only (`trusted`): recording posts
 * the journal, allocating moves invoices' balances, reversing posts the mirror. Through the
 * records API a payment's Reference may be corrected and nothing else; nothing is ever deleted.
 */
export function registerPaymentRules(engine: RecordEngine): void {
  engine.triggers.register(AR.payment, {
    beforeInsert: ({ trusted }) => {
      if (!trusted)
        throw forbid('Record a payment with POST /api/lumary/payments: it posts the payment to the Finance Journal and allocates it.');
    },
    beforeUpdate: ({ trusted, record, old }) => {
      if (trusted) return;
      const set = changed(record, old).filter((f) => !PAYMENT_EDITABLE.includes(f));
      if (set.length) {
        throw forbid(
          `A recorded payment changes only through POST /api/lumary/payments/{id}/allocations or /reverse; only its Reference can be edited (not ${set.join(', ')}).`,
          set,
        );
      }
    },
    beforeDelete: () => {
      throw neverDeleted(
        'Payments are posted to the Finance Journal and are never deleted: reverse one instead (POST /api/lumary/payments/{id}/reverse).',
      );
    },
  });

  engine.triggers.register(AR.allocation, {
    beforeInsert: ({ trusted }) => {
      if (!trusted)
        throw forbid(
          'Allocate a payment with POST /api/lumary/payments (with the payment) or POST /api/lumary/payments/{id}/allocations (its unallocated credit).',
        );
    },
    beforeUpdate: ({ trusted }) => {
      if (!trusted)
        throw forbid(
          'Payment allocations are never edited: reverse the payment (POST /api/lumary/payments/{id}/reverse) and record it again.',
        );
    },
    beforeDelete: () => {
      throw neverDeleted('Payment allocations are never deleted: reverse the payment (POST /api/lumary/payments/{id}/reverse) instead.');
    },
  });
}
