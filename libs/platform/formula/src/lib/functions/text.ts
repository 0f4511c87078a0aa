import type Decimal from 'decimal.js';
import { FormulaEvalError } from '../errors';
import { asText, Dec, formatValue, type FormulaValue } from '../values';
import { simple, type FunctionDef } from './function-def';
import { compileWhole, wholeMatch } from './regex';

/** A character count argument: whole characters, never negative; blank means none. */
const count = (v: FormulaValue): number => (v === null ? 0 : Math.max(0, (v as Decimal).trunc().toNumber()));

/** Characters, not UTF-16 code units, so an emoji counts once. */
const chars = (v: FormulaValue): string[] => Array.from(asText(v));

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

const TEXT = simple('TEXT', [['Number', 'Date', 'DateTime', 'Picklist']], 'Text', ([v]) => formatValue(v));

/** VALUE of text that is not a number is an error in Salesforce (#Error!), not a blank. */
const VALUE: FunctionDef = simple('VALUE', ['Text'], 'Number', ([v], { call }) => {
  const text = asText(v).trim();
  if (text === '') return null;
  if (!NUMBER_TEXT.test(text)) throw new FormulaEvalError('INVALID_NUMBER', `VALUE cannot read '${text}' as a number`, call.pos);
  return new Dec(text);
});

const ISNUMBER = simple('ISNUMBER', ['Text'], 'Boolean', ([v]) => NUMBER_TEXT.test(asText(v).trim()));

const LEN = simple('LEN', ['Text'], 'Number', ([v]) => new Dec(chars(v).length));

/** REGEX matches the whole text, as Java's `matches()` does in Salesforce. */
const regex = simple('REGEX', ['Text', 'Text'], 'Boolean', ([text, pattern], { call }) =>
  wholeMatch(asText(pattern), call.args[1].pos).test(asText(text)),
);
/** A literal pattern is compiled while checking, so a bad one never reaches a save. */
const REGEX: FunctionDef = {
  ...regex,
  check(args, scope, call) {
    const type = regex.check(args, scope, call);
    const pattern = args[1];
    const compiled = pattern?.kind === 'literal' && typeof pattern.value === 'string' ? compileWhole(pattern.value) : undefined;
    if (compiled instanceof SyntaxError) scope.error('WRONG_TYPE', `invalid regular expression: ${compiled.message}`, pattern.pos);
    return compiled instanceof SyntaxError ? undefined : type;
  },
};

const CONTAINS = simple('CONTAINS', ['Text', 'Text'], 'Boolean', ([text, part]) => asText(text).includes(asText(part)));
const BEGINS = simple('BEGINS', ['Text', 'Text'], 'Boolean', ([text, start]) => asText(text).startsWith(asText(start)));

const LEFT = simple('LEFT', ['Text', 'Number'], 'Text', ([text, n]) => chars(text).slice(0, count(n)).join(''));
const RIGHT = simple('RIGHT', ['Text', 'Number'], 'Text', ([text, n]) => {
  const all = chars(text);
  return all.slice(Math.max(0, all.length - count(n))).join('');
});
/** MID(text, start, length): `start` counts from 1; a start before 1 is taken as 1. */
const MID = simple('MID', ['Text', 'Number', 'Number'], 'Text', ([text, start, n]) => {
  const from = Math.max(1, start === null ? 1 : (start as Decimal).trunc().toNumber()) - 1;
  return chars(text)
    .slice(from, from + count(n))
    .join('');
});

const TRIM = simple('TRIM', ['Text'], 'Text', ([v]) => asText(v).trim());
const UPPER = simple('UPPER', ['Text'], 'Text', ([v]) => asText(v).toUpperCase());
const LOWER = simple('LOWER', ['Text'], 'Text', ([v]) => asText(v).toLowerCase());

const SUBSTITUTE = simple('SUBSTITUTE', ['Text', 'Text', 'Text'], 'Text', ([text, old, replacement]) =>
  asText(old) === '' ? asText(text) : asText(text).split(asText(old)).join(asText(replacement)),
);

export const TEXT_FUNCTIONS = [TEXT, VALUE, ISNUMBER, LEN, REGEX, CONTAINS, BEGINS, LEFT, RIGHT, MID, TRIM, UPPER, LOWER, SUBSTITUTE];
