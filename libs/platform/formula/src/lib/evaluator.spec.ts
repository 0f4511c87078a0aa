import Decimal from 'decimal.js';
import { LocalDate, ZonedDateTime } from '@js-joda/core';
import { checkFormula } from './checker';
import { formulaDependencies } from './dependencies';
import { FormulaEvalError } from './errors';
import { bool, date, num, registry, rule, run, text } from '../testing/harness';
import { ENTITY } from '../testing/test-registry';

describe('evaluate: numbers', () => {
  it('is exact in decimal: 0.1 + 0.2 = 0.3', () => {
    expect(num('0.1 + 0.2')).toBe('0.3');
    expect(bool('0.1 + 0.2 = 0.3')).toBe(true);
    expect(num('Amount__c * 3', { record: { lumary__Amount__c: '0.10' } })).toBe('0.3');
    expect(num('1.15 * 100')).toBe('115');
  });

  it('follows operator precedence', () => {
    expect(num('1 + 2 * 3')).toBe('7');
    expect(num('(1 + 2) * 3')).toBe('9');
    expect(num('10 - 4 - 3')).toBe('3');
    expect(num('2 ^ 3 ^ 2')).toBe('512');
    expect(num('-2 ^ 2')).toBe('-4');
    expect(num('2 ^ -1')).toBe('0.5');
    expect(num('7 / 2')).toBe('3.5');
    expect(text('"a" & TEXT(1 + 2) & "b"')).toBe('a3b');
    expect(bool('1 + 1 = 2 && 3 > 2 || FALSE')).toBe(true);
  });

  it('divides to 34 significant digits', () => {
    expect(num('1 / 3')).toBe('0.3333333333333333333333333333333333');
  });

  it('makes arithmetic with a blank blank', () => {
    expect(num('Amount__c + 1')).toBeNull();
    expect(num('-Amount__c')).toBeNull();
    expect(date('Start_Date__c + 1')).toBeNull();
  });

  it('reports division by zero as an evaluation error with its position', () => {
    expect(() => num('1 / (2 - 2)')).toThrow(
      new FormulaEvalError('DIVIDE_BY_ZERO', 'division by zero', {
        line: 1,
        column: 3,
        offset: 2,
      }),
    );
    expect(() => num('1 / (2 - 2)')).toThrow('division by zero at 1:3');
  });

  it('reads numbers the engine hands over as decimals, strings or JS numbers', () => {
    expect(num('Amount__c', { record: { lumary__Amount__c: new Decimal('12.34') } })).toBe('12.34');
    expect(num('Amount__c', { record: { lumary__Amount__c: '12.34' } })).toBe('12.34');
    expect(num('Amount__c + 0.2', { record: { lumary__Amount__c: 0.1 } })).toBe('0.3');
    expect(() => num('Amount__c', { record: { lumary__Amount__c: true } })).toThrow(
      'lumary__Amount__c holds a boolean where a Number was expected at 1:1',
    );
  });
});

describe('evaluate: comparisons and blanks', () => {
  it('compares numbers, dates and text', () => {
    expect(bool('2 > 10')).toBe(false);
    expect(bool('"2" > "10"')).toBe(true);
    expect(bool('DATE(2025, 1, 2) > DATE(2024, 12, 31)')).toBe(true);
    expect(bool('"abc" = "ABC"')).toBe(false);
    expect(bool('1 <> 2 && 1 != 2 && 1 == 1')).toBe(true);
  });

  it('makes comparisons with a blank number or date false', () => {
    const blank = { record: {} };
    expect(bool('Amount__c = 0', blank)).toBe(false);
    expect(bool('Amount__c <> 0', blank)).toBe(false);
    expect(bool('Amount__c < 1', blank)).toBe(false);
    expect(bool('Start_Date__c >= TODAY()', blank)).toBe(false);
    expect(bool('Amount__c = NULL', blank)).toBe(false);
  });

  it('treats blank text as empty text', () => {
    expect(bool('Code__c = ""')).toBe(true);
    expect(bool('Code__c = NULL')).toBe(true);
    expect(bool('Code__c <> "x"')).toBe(true);
    expect(text('"[" & Code__c & "]"')).toBe('[]');
    expect(text('Code__c + "x"')).toBe('x');
  });

  it('reads a blank checkbox as false', () => {
    expect(bool('Active__c')).toBe(false);
    expect(bool('NOT(Active__c)')).toBe(true);
    expect(bool('!Active__c', { record: { lumary__Active__c: true } })).toBe(false);
  });

  it('stops AND, OR, && and || at the deciding argument', () => {
    expect(bool('OR(TRUE, 1 / 0 > 1)')).toBe(true);
    expect(bool('AND(FALSE, 1 / 0 > 1)')).toBe(false);
    expect(bool('FALSE && 1 / 0 > 1')).toBe(false);
    expect(bool('TRUE || 1 / 0 > 1')).toBe(true);
    expect(num('IF(TRUE, 1, 1 / 0)')).toBe('1');
  });
});

describe('evaluate: dates', () => {
  it('adds and subtracts days, and counts days between dates', () => {
    const record = {
      lumary__Start_Date__c: LocalDate.parse('2025-03-31'),
      lumary__End_Date__c: '2025-05-01',
    };
    expect(date('Start_Date__c + 1', { record })).toBe('2025-04-01');
    expect(date('1 + Start_Date__c', { record })).toBe('2025-04-01');
    expect(date('Start_Date__c - 31', { record })).toBe('2025-02-28');
    expect(date('Start_Date__c + 1.9', { record })).toBe('2025-04-01');
    expect(num('End_Date__c - Start_Date__c', { record })).toBe('31');
    expect(num('Start_Date__c - End_Date__c', { record })).toBe('-31');
  });

  it('does date-time arithmetic in days', () => {
    const record = { lumary__Posted_At__c: '2025-06-14T02:30:00Z' };
    expect(num('NOW() - Posted_At__c', { record })).toBe('1');
    expect(date('Posted_At__c + 0.5', { record })).toBe('2025-06-14T14:30:00Z');
    expect(bool('Posted_At__c < NOW()', { record })).toBe(true);
  });

  it("uses the tenant's today and accepts zoned date-times", () => {
    expect(date('TODAY()', { today: '2025-12-31' })).toBe('2025-12-31');
    const zoned = ZonedDateTime.parse('2025-06-15T12:00+10:00');
    expect(date('Posted_At__c', { record: { lumary__Posted_At__c: zoned } })).toBe('2025-06-15T02:00:00Z');
  });
});

describe('evaluate: cross-object paths', () => {
  it("reads parents' fields through the paths the engine loaded", () => {
    const record = {
      lumary__Parent__c: 'a01',
      'lumary__Parent__r.RecordType.DeveloperName': 'GL_Code',
      'RecordType.DeveloperName': 'Accounting_Period',
      'lumary__Parent__r.lumary__Parent__r.Name': 'Root',
    };
    const sameType = 'AND(NOT(ISBLANK(Parent__c)), Parent__r.RecordType.DeveloperName <> RecordType.DeveloperName)';
    expect(rule(sameType, { record })).toBe(true);
    expect(
      rule(sameType, {
        record: { ...record, 'RecordType.DeveloperName': 'GL_Code' },
      }),
    ).toBe(false);
    expect(text('Parent__r.Parent__r.Name', { record })).toBe('Root');
    expect(text('Parent__r.Parent__r.Name')).toBeNull();
  });
});

describe('evaluate: ISNEW, ISCHANGED, PRIORVALUE', () => {
  const record = { lumary__Status__c: 'Closed', lumary__Amount__c: '10.00' };

  it('ISNEW is true while inserting', () => {
    expect(rule('ISNEW()', { isNew: true })).toBe(true);
    expect(rule('ISNEW()', { isNew: false })).toBe(false);
  });

  it('ISCHANGED compares with the value before the save, and is false on insert', () => {
    expect(
      rule('ISCHANGED(Status__c)', {
        record,
        prior: { lumary__Status__c: 'Open' },
      }),
    ).toBe(true);
    expect(
      rule('ISCHANGED(Status__c)', {
        record,
        prior: { lumary__Status__c: 'Closed' },
      }),
    ).toBe(false);
    expect(
      rule('ISCHANGED(Amount__c)', {
        record,
        prior: { lumary__Amount__c: 10 },
      }),
    ).toBe(false);
    expect(rule('ISCHANGED(Amount__c)', { record, prior: {} })).toBe(true);
    expect(
      rule('ISCHANGED(Code__c)', {
        record: { lumary__Code__c: '' },
        prior: {},
      }),
    ).toBe(false);
    expect(rule('ISCHANGED(Start_Date__c)', { record: {}, prior: {} })).toBe(false);
    expect(
      rule('ISCHANGED(Status__c)', {
        record,
        prior: { lumary__Status__c: 'Open' },
        isNew: true,
      }),
    ).toBe(false);
  });

  it('PRIORVALUE gives the value before the save, or the new value on insert', () => {
    const prior = { lumary__Status__c: 'Open', lumary__Amount__c: '4' };
    expect(rule('ISPICKVAL(PRIORVALUE(Status__c), "Open") && ISPICKVAL(Status__c, "Closed")', { record, prior })).toBe(true);
    expect(rule('Amount__c - PRIORVALUE(Amount__c) > 5', { record, prior })).toBe(true);
    expect(rule('PRIORVALUE(Amount__c) = 10', { record, prior, isNew: true })).toBe(true);
  });

  it('lists what the engine must load, prior values included', () => {
    const checked = checkFormula('AND(ISCHANGED(Status__c), Parent__r.Code__c = "X", PRIORVALUE(Amount__c) > Amount__c)', {
      registry,
      objectApiName: ENTITY,
      namespace: 'lumary',
    });
    if (!checked.ok) throw new Error(checked.errors[0].message);
    expect(formulaDependencies(checked.ast)).toEqual({
      fields: [['lumary__Status__c'], ['lumary__Parent__r', 'lumary__Code__c'], ['lumary__Amount__c']],
      priorValues: ['lumary__Status__c', 'lumary__Amount__c'],
    });
  });
});

it('run() rejects formulas that do not check', () => {
  expect(() => run('Nope__c')).toThrow(`unknown field 'Nope__c' on ${ENTITY} at 1:1`);
});
