import type { Expr } from './ast';
import { parseFormula } from './parser';
import { printFormula } from './printer';

/** The tree with positions removed and operators as an S-expression, for readable assertions. */
function shape(source: string): string {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const show = (e: Expr): string => {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'text':
        return JSON.stringify(e.value);
      case 'boolean':
        return String(e.value).toUpperCase();
      case 'null':
        return 'NULL';
      case 'field':
        return e.segments.map((s) => s.name).join('.');
      case 'unary':
        return `(${e.op} ${show(e.operand)})`;
      case 'binary':
        return `(${e.op} ${show(e.left)} ${show(e.right)})`;
      case 'call':
        return `${e.name}[${e.args.map(show).join(' ')}]`;
    }
  };
  return show(parsed.ast);
}

function parseError(source: string): string {
  const parsed = parseFormula(source);
  if (parsed.ok) throw new Error(`expected a parse error for ${source}`);
  return parsed.errors.map((e) => e.message).join('\n');
}

describe('parseFormula', () => {
  it('reads literals: numbers, both kinds of string, TRUE/FALSE/NULL in any case', () => {
    expect(shape('12.50')).toBe('12.50');
    expect(shape(`"say \\"hi\\""`)).toBe('"say \\"hi\\""');
    expect(shape(`'it\\'s'`)).toBe('"it\'s"');
    expect(shape('"a\\nb"')).toBe('"a\\nb"');
    expect(shape('true')).toBe('TRUE');
    expect(shape('False')).toBe('FALSE');
    expect(shape('null')).toBe('NULL');
  });

  it('reads field references and cross-object paths', () => {
    expect(shape('Start_Date__c')).toBe('Start_Date__c');
    expect(shape('Parent__r.RecordType.DeveloperName')).toBe('Parent__r.RecordType.DeveloperName');
    expect(shape('TRUEish__c')).toBe('TRUEish__c');
  });

  it('reads function calls with any number of arguments', () => {
    expect(shape('TODAY()')).toBe('TODAY[]');
    expect(shape('and(a, b, c)')).toBe('and[a b c]');
    expect(shape('IF(x, LEFT(y, 2), "z")')).toBe('IF[x LEFT[y 2] "z"]');
  });

  it('binds operators with Salesforce precedence', () => {
    expect(shape('1 + 2 * 3')).toBe('(+ 1 (* 2 3))');
    expect(shape('(1 + 2) * 3')).toBe('(* (+ 1 2) 3)');
    expect(shape('10 - 4 - 3')).toBe('(- (- 10 4) 3)');
    expect(shape('2 ^ 3 ^ 2')).toBe('(^ 2 (^ 3 2))');
    expect(shape('-2 ^ 2')).toBe('(- (^ 2 2))');
    expect(shape('2 * -3')).toBe('(* 2 (- 3))');
    expect(shape('a & b + c')).toBe('(& a (+ b c))');
    expect(shape('a & b = c')).toBe('(= (& a b) c)');
    expect(shape('a < b = c >= d')).toBe('(= (< a b) (>= c d))');
    expect(shape('a = b && c <> d || e')).toBe('(|| (&& (= a b) (<> c d)) e)');
    expect(shape('a || b && c')).toBe('(|| a (&& b c))');
    expect(shape('!a && b')).toBe('(&& (! a) b)');
  });

  it('treats == as = and != as <>', () => {
    expect(shape('a == b')).toBe('(= a b)');
    expect(shape('a != b')).toBe('(<> a b)');
  });

  it('skips whitespace, line breaks and /* comments */', () => {
    expect(shape('AND(\n  a, /* the flag */\n  b\n)')).toBe('AND[a b]');
  });

  describe('errors carry line and column', () => {
    it('a missing ) after arguments names the function', () => {
      expect(parseError('AND(a, b c')).toBe("expected ')' after the arguments of AND but found 'c' at 1:10");
      expect(parseError('AND(NOT(a), b')).toBe("expected ')' after the arguments of AND but found the end of the formula at 1:14");
    });

    it('a missing ) of a parenthesis names where it opened', () => {
      expect(parseError('1 +\n  (2 * 3')).toBe("expected ')' to close the '(' from 2:3 but found the end of the formula at 2:9");
    });

    it('a missing operand', () => {
      expect(parseError('1 + * 2')).toBe("expected a value, a field or a function but found '*' at 1:5");
      expect(parseError('AND(a,')).toBe('expected a value, a field or a function but found the end of the formula at 1:7');
    });

    it('two values without an operator', () => {
      expect(parseError('a b')).toBe("unexpected 'b': expected an operator or the end of the formula at 1:3");
    });

    it('bad characters and unterminated strings', () => {
      expect(parseError('a # b')).toBe("unexpected character '#' at 1:3");
      expect(parseError('LEN("abc)')).toBe('unterminated string at 1:5');
    });

    it('reports the line of a multi-line formula', () => {
      expect(parseError('AND(\n  a,\n  b c)')).toMatch(/at 3:5$/);
    });
  });
});

describe('printFormula', () => {
  it.each([
    'AND(a, NOT(ISBLANK(b)))',
    '(1 + 2) * 3',
    '1 - (2 - 3)',
    '(2 ^ 3) ^ 2',
    '(-2) ^ 2',
    '-(1 + 2)',
    'a & "x\\"y"',
    'Parent__r.RecordType.DeveloperName <> RecordType.DeveloperName',
  ])('prints %s so that it parses back to the same tree', (source) => {
    const parsed = parseFormula(source);
    if (!parsed.ok) throw new Error('did not parse');
    expect(shape(printFormula(parsed.ast))).toBe(shape(source));
  });

  it('drops parentheses that precedence makes unnecessary', () => {
    const parsed = parseFormula('((a)) + (b * c)');
    if (!parsed.ok) throw new Error('did not parse');
    expect(printFormula(parsed.ast)).toBe('a + b * c');
  });
});
