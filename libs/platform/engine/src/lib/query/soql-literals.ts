import { Instant, LocalDate, OffsetDateTime } from '@js-joda/core';
import type { IToken } from 'chevrotain';
import type { Literal } from './soql-ast';
import { unquote } from './soql-lexer';
import { badToken } from './soql-parse-errors';
import { checkDateLiteral } from './soql-date-ranges';

/** Turns literal tokens into checked values; a token that lexed but means nothing is a syntax error. */

/** Longer numbers are certainly a mistake (and Postgres numerics have limits). */
const MAX_NUMBER_LENGTH = 60;

export function stringLiteral(token: IToken): Literal {
  // Postgres text cannot hold NUL, so a string with one could never match anything.
  if (token.image.includes('\u0000')) throw badToken(token, 'a string cannot contain the NUL character');
  const text = unquote(token.image);
  if ('badEscape' in text) throw badToken(token, `invalid escape sequence '${text.badEscape}' in the string`);
  return { kind: 'string', ...text };
}

export function numberLiteral(token: IToken): Literal {
  if (token.image.length > MAX_NUMBER_LENGTH) throw badToken(token, `number too long`);
  return { kind: 'number', value: token.image };
}

export function dateLiteral(token: IToken): Literal {
  const date = attempt(() => LocalDate.parse(token.image));
  if (!date || date.year() < 1) throw badToken(token, `invalid date '${token.image}'`);
  return { kind: 'date', value: date.toString() };
}

export function dateTimeLiteral(token: IToken): Literal {
  // js-joda wants the offset as +hh:mm; SOQL also allows +hhmm.
  const text = token.image.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = attempt(() => (text.endsWith('Z') ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant()));
  const value = instant?.toString() ?? '';
  // Postgres has no year 0 (nor years past 9999 in this notation).
  if (!/^\d{4}-/.test(value) || value < '0001') throw badToken(token, `invalid date-time '${token.image}'`);
  return { kind: 'datetime', value };
}

/** LAST_N_DAYS:30, THIS_QUARTER ...: its canonical spelling; an n out of bounds is a syntax error. */
export function dateRangeLiteral(token: IToken): Literal {
  const checked = checkDateLiteral(token.image);
  if ('error' in checked) throw badToken(token, checked.error);
  return { kind: 'relativeDate', value: checked.value };
}

/** LIMIT and OFFSET take a whole number. */
export function wholeNumber(token: IToken, clause: string): number {
  if (!/^\d{1,9}$/.test(token.image)) throw badToken(token, `${clause} must be a whole number, not '${token.image}'`);
  return Number(token.image);
}

function attempt<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}
