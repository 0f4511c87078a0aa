import { createHash } from 'node:crypto';
import { MAX_IDENTIFIER_LENGTH } from '@platform/metadata';

/** Every identifier is quoted: table and column names come from metadata and may be reserved words. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export const columnList = (columns: readonly string[]): string => columns.map(quoteIdent).join(', ');

/**
 * A constraint or index name that fits Postgres' 63-byte limit and stays unique: when the natural
 * name is too long it is cut and a hash of the full name keeps it distinct. The suffix is kept
 * intact because the planner recognises the constraints it owns by it.
 */
export function constraintName(parts: readonly string[], suffix: string): string {
  const natural = `${parts.join('__')}${suffix}`;
  if (Buffer.byteLength(natural) <= MAX_IDENTIFIER_LENGTH) return natural;
  const hash = createHash('sha256').update(natural).digest('hex').slice(0, 8);
  const room = MAX_IDENTIFIER_LENGTH - suffix.length - hash.length - 1;
  return `${truncateBytes(parts.join('__'), room)}_${hash}${suffix}`;
}

function truncateBytes(text: string, maxBytes: number): string {
  let out = text;
  while (Buffer.byteLength(out) > maxBytes) out = out.slice(0, -1);
  return out;
}
