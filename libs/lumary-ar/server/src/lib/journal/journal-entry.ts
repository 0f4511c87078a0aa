import { EngineError, parseCalendarDate } from '@platform/engine';
import { parseMoney, sum, type Money } from './money';

export const CONTROL_TYPES = ['Debtors Control Account', 'GST Control Account', 'Bank Account'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

/** A line's account: an Accounting Entity id, or "the tenant's control account of this type". */
export type AccountRef = { id: string } | { control: ControlType };

export interface JournalLineInput {
  account: AccountRef;
  costCentre?: string;
  debit: Money;
  credit: Money;
  description?: string;
}

export interface JournalEntryInput {
  date: string;
  description?: string;
  source?: { id: string; object: string };
  lines: JournalLineInput[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bad = (message: string, field: string) => EngineError.invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', message, [field]);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The API's body for a posting, checked for shape; the ledger rules come after, in the service. */
export function parseJournalEntry(body: unknown): JournalEntryInput {
  if (!isObject(body)) throw EngineError.invalid('JSON_PARSER_ERROR', 'Send the journal entry as a JSON object.');
  const date = parseDate(body['date'], 'date');
  if (!Array.isArray(body['lines'])) throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Give the entry its lines.', ['lines']);
  const source = body['source'];
  if (source !== undefined && !(isObject(source) && typeof source['id'] === 'string' && typeof source['object'] === 'string')) {
    throw bad('source is { "id": "…", "object": "…" }.', 'source');
  }
  return {
    date,
    description: optionalText(body['description'], 'description'),
    source: source as JournalEntryInput['source'],
    lines: body['lines'].map((line, i) => parseLine(line, i + 1)),
  };
}

export function parseDate(value: unknown, field: string): string {
  if (value === undefined || value === null || value === '') throw EngineError.invalid('REQUIRED_FIELD_MISSING', `Give the ${field} (YYYY-MM-DD).`, [field]);
  // Strict (no 2026-02-30) and within the years PostgreSQL and Salesforce agree on.
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw bad(`${field} must be ${parsed.reason}, got '${String(value).slice(0, 40)}'.`, field);
  return parsed.date.toString();
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 255) throw bad(`${field} is text of at most 255 characters.`, field);
  return value;
}

function parseLine(line: unknown, n: number): JournalLineInput {
  const field = `lines[${n}]`;
  if (!isObject(line)) throw bad(`Line ${n} must be an object.`, field);
  const debit = line['debit'] === undefined ? parseMoney('0') : parseMoney(line['debit']);
  const credit = line['credit'] === undefined ? parseMoney('0') : parseMoney(line['credit']);
  if (!debit || !credit) throw bad(`Line ${n}: debit and credit are amounts ≥ 0 with at most 2 decimals, as strings ("12.50").`, field);
  if (debit.isZero() === credit.isZero()) throw EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', `Line ${n} needs either a debit or a credit, not both or neither.`, [field]);
  const costCentre = line['costCentre'];
  if (costCentre !== undefined && costCentre !== null && !isId(costCentre)) throw bad(`Line ${n}: costCentre is an Accounting Entity id.`, field);
  return { account: parseAccount(line['account'], n), costCentre: (costCentre as string | null) ?? undefined, debit, credit, description: optionalText(line['description'], `${field}.description`) };
}

function parseAccount(value: unknown, n: number): AccountRef {
  if (isId(value)) return { id: value };
  if (isObject(value) && CONTROL_TYPES.includes(value['control'] as ControlType)) return { control: value['control'] as ControlType };
  throw bad(`Line ${n}: account is an Accounting Entity id or { "control": "${CONTROL_TYPES.join('" | "')}" }.`, `lines[${n}]`);
}

/** Σ debit = Σ credit, and an entry moves something. Decimal arithmetic: a cent is never lost to floats. */
export function checkBalanced(lines: JournalLineInput[]): Money {
  if (lines.length < 2) throw EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'A journal entry needs at least two lines.', ['lines']);
  const debits = sum(lines.map((l) => l.debit));
  const credits = sum(lines.map((l) => l.credit));
  if (!debits.equals(credits)) {
    throw EngineError.invalid(
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      `The entry does not balance: debits total ${debits.toFixed(2)} and credits total ${credits.toFixed(2)}.`,
      ['lines'],
    );
  }
  return debits;
}
