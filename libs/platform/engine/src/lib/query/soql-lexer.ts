import { createToken, Lexer, type TokenType } from 'chevrotain';
import { DATE_LITERAL_PATTERN } from './soql-date-ranges';

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: 'a name',
});

const keyword = (word: string, label = word) => createToken({ name: word, pattern: new RegExp(word, 'i'), longer_alt: Identifier, label });

export const Select = keyword('SELECT');
export const From = keyword('FROM');
export const Where = keyword('WHERE');
export const With = keyword('WITH');
export const Group = keyword('GROUP', 'GROUP BY');
export const Having = keyword('HAVING');
export const And = keyword('AND');
export const Or = keyword('OR');
export const Not = keyword('NOT');
export const In = keyword('IN');
export const Like = keyword('LIKE');
export const Includes = keyword('INCLUDES');
export const Excludes = keyword('EXCLUDES');
export const Order = keyword('ORDER', 'ORDER BY');
export const By = keyword('BY');
export const Asc = keyword('ASC');
export const Desc = keyword('DESC');
export const Nulls = keyword('NULLS');
export const First = keyword('FIRST');
export const Last = keyword('LAST');
export const Limit = keyword('LIMIT');
export const Offset = keyword('OFFSET');
export const True = keyword('TRUE', 'true');
export const False = keyword('FALSE', 'false');
export const Null = keyword('NULL', 'null');
export const Today = keyword('TODAY');
export const Yesterday = keyword('YESTERDAY');
export const Tomorrow = keyword('TOMORROW');

/** THIS_MONTH, LAST_N_DAYS:30 ...: a name longer than one (THIS_MONTH_Total__c) stays a name. */
export const DateRangeLiteral = createToken({
  name: 'DateRangeLiteral',
  pattern: DATE_LITERAL_PATTERN,
  longer_alt: Identifier,
  label: 'a date literal',
});

/** Unquoted date-times and dates come before numbers, which would otherwise take `2025`. */
export const DateTimeLiteral = createToken({
  name: 'DateTimeLiteral',
  pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})/,
  label: 'a date-time',
});
export const DateLiteral = createToken({
  name: 'DateLiteral',
  pattern: /\d{4}-\d{2}-\d{2}/,
  label: 'a date',
});
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /-?\d+(?:\.\d+)?/,
  label: 'a number',
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /'(?:[^'\\]|\\[\s\S])*'/,
  line_breaks: true,
  label: 'a quoted string',
});

/** Comparison operators share a category so the grammar matches any of them in one place. */
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA, label: 'a comparison operator' });
const operator = (name: string, pattern: string) => createToken({ name, pattern, label: `'${pattern}'`, categories: [CompareOp] });
const operators = [
  operator('NotEquals', '!='),
  operator('LessGreater', '<>'),
  operator('LessOrEqual', '<='),
  operator('GreaterOrEqual', '>='),
  operator('Equals', '='),
  operator('Less', '<'),
  operator('Greater', '>'),
];

export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','" });
export const Dot = createToken({ name: 'Dot', pattern: '.', label: "'.'" });
export const LParen = createToken({ name: 'LParen', pattern: '(', label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: ')', label: "')'" });
const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });

const keywords = [
  Select,
  From,
  Where,
  With,
  Group,
  Having,
  And,
  Or,
  Not,
  In,
  Like,
  Includes,
  Excludes,
  Order,
  By,
  Asc,
  Desc,
  Nulls,
  First,
  Last,
  Limit,
  Offset,
  True,
  False,
  Null,
  Today,
  Yesterday,
  Tomorrow,
];

/** Longest keywords first, so `NULLS` is not read as `NULL` and `ORDER` not as `OR`. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  DateTimeLiteral,
  DateLiteral,
  NumberLiteral,
  StringLiteral,
  DateRangeLiteral,
  ...[...keywords].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length),
  Identifier,
  CompareOp,
  ...operators,
  Comma,
  Dot,
  LParen,
  RParen,
];

export const soqlLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/**
 * A quoted string's text and its LIKE pattern. `\%` and `\_` mean a literal % or _ in LIKE;
 * elsewhere they are just the character. Returns the offending escape when there is one.
 */
export function unquote(image: string): { value: string; likePattern: string } | { badEscape: string } {
  let value = '';
  let likePattern = '';
  const body = image.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== '\\') {
      value += char;
      likePattern += char;
      continue;
    }
    const next = body[++i];
    if (next === '%' || next === '_') {
      value += next;
      likePattern += `\\${next}`;
    } else if (next in ESCAPES) {
      value += ESCAPES[next];
      likePattern += next === '\\' ? '\\\\' : ESCAPES[next];
    } else {
      return { badEscape: `\\${next}` };
    }
  }
  return { value, likePattern };
}
