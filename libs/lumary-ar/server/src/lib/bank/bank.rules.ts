import { EngineError, type RecordEngine } from '@platform/engine';
import { BANK } from './bank-reconciliation.service';

const forbid = (message: string) => new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message, fields: [] }]);
const neverDeleted = (message: string) => new EngineError('conflict', [{ errorCode: 'DELETE_FAILED', message, fields: [] }]);

/**
 * Bank statements and their lines are written by the BankReconciliationService only (`trusted`):
 * importing adds them once each, matching records the payment and reconciles the line in one
 * transaction. Through the records API they are read only, and never deleted.
 */
export function registerBankRules(engine: RecordEngine): void {
  engine.triggers.register(BANK.statement, {
    beforeInsert: ({ trusted }) => {
      if (!trusted) throw forbid('Import a bank statement with POST /api/lumary/bank-accounts/{id}/statements.');
    },
    beforeUpdate: ({ trusted }) => {
      if (!trusted) throw forbid('An imported bank statement is not edited.');
    },
    beforeDelete: () => {
      throw neverDeleted('An imported bank statement is never deleted: its lines may be reconciled to payments.');
    },
  });
  engine.triggers.register(BANK.line, {
    beforeInsert: ({ trusted }) => {
      if (!trusted) throw forbid('Bank statement lines come from an imported statement (POST /api/lumary/bank-accounts/{id}/statements).');
    },
    beforeUpdate: ({ trusted }) => {
      if (!trusted)
        throw forbid(
          'Match a bank statement line with POST /api/lumary/bank-statement-lines/{id}/confirm or /split: it records the payment.',
        );
    },
    beforeDelete: () => {
      throw neverDeleted('Bank statement lines are never deleted.');
    },
  });
}
