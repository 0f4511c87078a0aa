import { EngineError, type RecordEngine } from '@platform/engine';
import { JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import type { ArErrorCode } from '../ar.errors';

const POSTED_ONLY = 'Journal entries are written only by posting (POST /api/lumary/journal/entries), never through the records API.';
const NEVER_EDITED = 'Journal entries are never edited: correct one with a reversing entry.';
const NEVER_DELETED = 'Journal entries are never deleted: correct one with a reversing entry.';

/**
 * The journal is append-only. The posting service writes entries and lines itself, in its own
 * transaction, so every write that reaches the engine's triggers came through a records API and
 * is refused, whoever the caller (admins and the platform's own jobs too).
 */
export function registerJournalGuard(engine: RecordEngine): void {
  for (const object of [JOURNAL_ENTRY, JOURNAL_LINE]) {
    engine.triggers.register(object, {
      beforeInsert: () => refuse('forbidden', 'INSUFFICIENT_ACCESS', POSTED_ONLY),
      beforeUpdate: () => refuse('forbidden', 'INSUFFICIENT_ACCESS', NEVER_EDITED),
      beforeDelete: () => refuse('conflict', 'DELETE_FAILED', NEVER_DELETED),
    });
  }
}

function refuse(kind: 'forbidden' | 'conflict', errorCode: ArErrorCode, message: string): never {
  throw new EngineError(kind, [{ errorCode, message, fields: [] }]);
}
