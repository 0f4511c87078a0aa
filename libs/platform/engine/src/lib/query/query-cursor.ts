import { EngineError } from '../engine.errors';
import { isUuid, parseCalendarDate } from '../records/field-codec';
import type { ValueKind } from './query-value-kinds';

/** What a cursor remembers: the query it belongs to, the last row's sort keys and id, rows so far. */
export interface CursorState {
  /** The query's fingerprint. */
  q: string;
  /** Each ORDER BY key of the last row, as Postgres prints it; null for NULL. */
  k: (string | null)[];
  id: string;
  /** Rows returned so far, so a LIMIT holds across pages. */
  n: number;
}

const MAX_CURSOR_LENGTH = 8_000;

/** A key printed by Postgres, checked before it goes back as a parameter (a cursor is user input). */
const KEY_FORMAT: Partial<Record<ValueKind, RegExp>> = {
  number: /^-?\d+(\.\d+)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/,
  boolean: /^(true|false)$/,
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

const refused = (reason: string) => EngineError.invalid('INVALID_QUERY_LOCATOR', `invalid query locator: ${reason}`);

/** An opaque base64url string; it is not secret, only checked on the way back in. */
export const encodeCursor = (state: CursorState): string => Buffer.from(JSON.stringify(state)).toString('base64url');

/** Reads a cursor for the query with this fingerprint and these sort key kinds, or refuses it. */
export function decodeCursor(text: string, fingerprint: string, kinds: ValueKind[]): CursorState {
  const state = parse(text);
  if (state.q !== fingerprint) throw refused('it belongs to a different query');
  if (state.k.length !== kinds.length) throw refused('it does not match the query');
  state.k.forEach((key, i) => {
    const format = KEY_FORMAT[kinds[i]];
    if (key !== null && (key.includes('\u0000') || (format && !format.test(key)) || !inRange(kinds[i], key)))
      throw refused('it does not match the query');
  });
  return state;
}

/** A forged date or time of the right shape (2026-02-30, 25:00) would fail in PostgreSQL's cast. */
function inRange(kind: ValueKind, key: string): boolean {
  if (kind !== 'date' && kind !== 'datetime') return true;
  if (!parseCalendarDate(key.slice(0, 10)).ok) return false;
  if (kind === 'date') return true;
  const [hours, minutes, seconds] = key.slice(11, 19).split(':').map(Number);
  const offset = Number(key.slice(key.search(/[+-]\d{2}(:\d{2}){0,2}$/) + 1).slice(0, 2));
  return hours < 24 && minutes < 60 && seconds < 60 && offset <= 15;
}

function parse(text: string): CursorState {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw refused('not a cursor');
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw refused('not a cursor');
  }
  if (!isState(state)) throw refused('not a cursor');
  return state;
}

function isState(value: unknown): value is CursorState {
  const s = value as CursorState;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.q === 'string' &&
    Array.isArray(s.k) &&
    s.k.every((k) => k === null || typeof k === 'string') &&
    isUuid(s.id) &&
    Number.isSafeInteger(s.n) &&
    s.n >= 0
  );
}
