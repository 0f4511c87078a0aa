import { bool, date, num, run, text } from '../../testing/harness';

/** A record with a value in the fields the tests read; `{}` is the same record all blank. */
const record = {
  lumary__Code__c: '  Ab-12  ',
  lumary__Amount__c: '-2.5',
  lumary__Count__c: '7',
  lumary__Start_Date__c: '2024-01-31',
  lumary__Status__c: 'Open',
  lumary__Tags__c: 'A;C',
  lumary__Posted_At__c: '2025-06-14T23:30:00Z',
  lumary__Active__c: true,
};
const full = { record };
const blank = { record: {} };

describe('logical functions', () => {
  it.each([
    ['AND(TRUE, Active__c)', full, true],
    ['AND(TRUE, Active__c)', blank, false],
    ['AND(TRUE)', blank, true],
    ['OR(FALSE, Active__c)', full, true],
    ['OR(FALSE, Active__c)', blank, false],
    ['NOT(Active__c)', full, false],
    ['NOT(NULL)', blank, true],
    ['IF(Active__c, TRUE, FALSE)', blank, false],
    ['ISBLANK(Code__c)', full, false],
    ['ISBLANK(Code__c)', blank, true],
    ['ISBLANK("")', blank, true],
    ['ISBLANK(Amount__c)', blank, true],
    ['ISBLANK(Amount__c)', full, false],
    ['ISBLANK(Start_Date__c)', blank, true],
    ['ISBLANK(Status__c)', blank, true],
    ['ISBLANK(Tags__c)', full, false],
    ['ISNULL(Amount__c)', blank, true],
    ['ISNULL(Amount__c)', full, false],
    ['ISNULL("")', blank, false],
  ])('%s with %o is %s', (source, opts, expected) => {
    expect(bool(source, opts)).toBe(expected);
  });

  it('IF picks a branch, a blank condition counting as false', () => {
    expect(text('IF(Active__c, "yes", "no")', full)).toBe('yes');
    expect(text('IF(Active__c, "yes", "no")', blank)).toBe('no');
    expect(num('IF(Amount__c < 0, -Amount__c, Amount__c)', full)).toBe('2.5');
    expect(num('IF(Amount__c < 0, -Amount__c, Amount__c)', blank)).toBeNull();
  });

  it('CASE matches numbers, text and picklists, else the last argument', () => {
    expect(text('CASE(Count__c, 1, "one", 7, "seven", "many")', full)).toBe('seven');
    expect(text('CASE(Count__c, 1, "one", 7, "seven", "many")', blank)).toBe('many');
    expect(num('CASE(Status__c, "Open", 1, "Closed", 2, 0)', full)).toBe('1');
    expect(num('CASE(Status__c, "Open", 1, "Closed", 2, 0)', blank)).toBe('0');
    expect(text('CASE(TRIM(Code__c), "Ab-12", "found", "")', full)).toBe('found');
  });

  it('BLANKVALUE and NULLVALUE substitute blanks', () => {
    expect(num('BLANKVALUE(Amount__c, 0)', blank)).toBe('0');
    expect(num('BLANKVALUE(Amount__c, 0)', full)).toBe('-2.5');
    expect(text('BLANKVALUE(Code__c, "none")', blank)).toBe('none');
    expect(text('BLANKVALUE("", "none")', blank)).toBe('none');
    expect(text('NULLVALUE("", "none")', blank)).toBe('');
    expect(date('BLANKVALUE(Start_Date__c, TODAY())', blank)).toBe('2025-06-15');
  });
});

describe('picklist functions', () => {
  it('ISPICKVAL compares the value exactly', () => {
    expect(bool('ISPICKVAL(Status__c, "Open")', full)).toBe(true);
    expect(bool('ISPICKVAL(Status__c, "open")', full)).toBe(false);
    expect(bool('ISPICKVAL(Status__c, "Open")', blank)).toBe(false);
    expect(bool('ISPICKVAL(Status__c, "")', blank)).toBe(false);
  });

  it('INCLUDES looks inside a multi-select picklist', () => {
    expect(bool('INCLUDES(Tags__c, "C")', full)).toBe(true);
    expect(bool('INCLUDES(Tags__c, "B")', full)).toBe(false);
    expect(bool('INCLUDES(Tags__c, "A")', blank)).toBe(false);
  });
});

describe('text functions', () => {
  it.each([
    ['TEXT(Amount__c)', full, '-2.5'],
    ['TEXT(Amount__c)', blank, ''],
    ['TEXT(1.50 * 2)', blank, '3'],
    ['TEXT(Status__c)', full, 'Open'],
    ['TEXT(Status__c)', blank, ''],
    ['TEXT(Start_Date__c)', full, '2024-01-31'],
    ['TEXT(Posted_At__c)', full, '2025-06-14 23:30:00Z'],
    ['LEFT(Code__c, 4)', full, '  Ab'],
    ['LEFT(Code__c, 4)', blank, ''],
    ['LEFT("abc", -1)', blank, ''],
    ['RIGHT(TRIM(Code__c), 2)', full, '12'],
    ['RIGHT("abc", 10)', blank, 'abc'],
    ['MID("abcdef", 2, 3)', blank, 'bcd'],
    ['MID("abcdef", 0, 2)', blank, 'ab'],
    ['MID(Code__c, 2, 3)', blank, ''],
    ['TRIM(Code__c)', full, 'Ab-12'],
    ['TRIM(Code__c)', blank, ''],
    ['UPPER(TRIM(Code__c))', full, 'AB-12'],
    ['LOWER(TRIM(Code__c))', full, 'ab-12'],
    ['UPPER(Code__c)', blank, ''],
    ['SUBSTITUTE(TRIM(Code__c), "-", "/")', full, 'Ab/12'],
    ['SUBSTITUTE("a.b.c", ".", "")', blank, 'abc'],
    ['SUBSTITUTE(Code__c, "-", "/")', blank, ''],
    ['SUBSTITUTE("abc", "", "x")', blank, 'abc'],
    ['"😀" & LEFT("😀😀", 1)', blank, '😀😀'],
  ])('%s with %o is %j', (source, opts, expected) => {
    expect(text(source, opts)).toBe(expected);
  });

  it.each([
    ['LEN(Code__c)', full, '9'],
    ['LEN(Code__c)', blank, '0'],
    ['LEN("😀")', blank, '1'],
    ['VALUE("12.50")', blank, '12.5'],
    ['VALUE(" -3 ")', blank, '-3'],
    ['VALUE("")', blank, null],
    ['VALUE(Code__c)', blank, null],
  ])('%s with %o is %j', (source, opts, expected) => {
    expect(num(source, opts)).toBe(expected);
  });

  it('VALUE of text that is not a number is an evaluation error', () => {
    expect(() => num('VALUE(Code__c)', full)).toThrow("VALUE cannot read 'Ab-12' as a number at 1:1");
    expect(bool('ISNUMBER(Code__c)', full)).toBe(false);
    expect(bool('ISNUMBER("1.5")', blank)).toBe(true);
  });

  it.each([
    ['REGEX("12345678901", "[0-9]{11}")', true],
    ['REGEX("12345678901x", "[0-9]{11}")', false],
    ['REGEX("x12345678901", "[0-9]{11}")', false],
    ['REGEX("ab", "a|ab")', true],
    ['REGEX(Code__c, "")', true],
    ['REGEX(Code__c, "[0-9]+")', false],
    ['CONTAINS("invoice", "voice")', true],
    ['CONTAINS("invoice", "Voice")', false],
    ['CONTAINS(Code__c, "")', true],
    ['CONTAINS(Code__c, "a")', false],
    ['BEGINS("invoice", "in")', true],
    ['BEGINS("invoice", "voice")', false],
    ['BEGINS(Code__c, "a")', false],
  ])('%s is %s (REGEX matches the whole text)', (source, expected) => {
    expect(bool(source, blank)).toBe(expected);
  });
});

describe('math functions', () => {
  it.each([
    ['ROUND(2.5, 0)', '3'],
    ['ROUND(-2.5, 0)', '-3'],
    ['ROUND(1.005, 2)', '1.01'],
    ['ROUND(1234.5678, -2)', '1200'],
    ['ROUND(Amount__c, 0)', null],
    ['ABS(-1.25)', '1.25'],
    ['ABS(Amount__c)', null],
    ['FLOOR(2.5)', '2'],
    ['FLOOR(-2.5)', '-2'],
    ['CEILING(2.1)', '3'],
    ['CEILING(-2.5)', '-3'],
    ['FLOOR(Amount__c)', null],
    ['MOD(10, 3)', '1'],
    ['MOD(-5, 3)', '-2'],
    ['MOD(5.5, 2)', '1.5'],
    ['MOD(Amount__c, 2)', null],
    ['MIN(3, 1.5, 2)', '1.5'],
    ['MAX(3, 1.5, 2)', '3'],
    ['MAX(3, Amount__c)', null],
  ])('%s is %s', (source, expected) => {
    expect(num(source, blank)).toBe(expected);
  });

  it('uses field values', () => {
    expect(num('ROUND(Amount__c * 3, 0)', full)).toBe('-8');
    expect(num('MAX(Amount__c, Count__c)', full)).toBe('7');
  });

  it('MOD by zero is an evaluation error', () => {
    expect(() => num('MOD(1, 0)', blank)).toThrow('MOD by zero at 1:1');
  });

  it('MIN and MAX also take dates', () => {
    expect(date('MIN(DATE(2025, 1, 1), Start_Date__c)', full)).toBe('2024-01-31');
  });
});

describe('date functions', () => {
  it.each([
    ['TODAY()', full, '2025-06-15'],
    ['NOW()', full, '2025-06-15T02:30:00Z'],
    ['DATE(2024, 2, 29)', full, '2024-02-29'],
    ['DATE(2024, 2, Count__c)', blank, null],
    ['ADDMONTHS(Start_Date__c, 1)', full, '2024-02-29'],
    ['ADDMONTHS(DATE(2024, 2, 29), 1)', full, '2024-03-31'],
    ['ADDMONTHS(DATE(2024, 3, 15), -1)', full, '2024-02-15'],
    ['ADDMONTHS(DATE(2024, 3, 15), 12)', full, '2025-03-15'],
    ['ADDMONTHS(Start_Date__c, 1)', blank, null],
    ['DATEVALUE("2025-03-31")', full, '2025-03-31'],
    ['DATEVALUE(Posted_At__c)', full, '2025-06-14'],
    ['DATEVALUE(Code__c)', blank, null],
    ['DATEVALUE(Posted_At__c)', blank, null],
  ])('%s with %o is %s', (source, opts, expected) => {
    expect(date(source, opts)).toBe(expected);
  });

  it.each([
    ['YEAR(Start_Date__c)', full, '2024'],
    ['MONTH(Start_Date__c)', full, '1'],
    ['DAY(Start_Date__c)', full, '31'],
    ['YEAR(Start_Date__c)', blank, null],
    ['DAY(TODAY())', blank, '15'],
  ])('%s with %o is %s', (source, opts, expected) => {
    expect(num(source, opts)).toBe(expected);
  });

  it('an impossible date is an evaluation error', () => {
    expect(() => run('DATE(2025, 2, 29)')).toThrow('2025-2-29 is not a date at 1:1');
    expect(() => run('DATEVALUE("31/03/2025")')).toThrow("DATEVALUE cannot read '31/03/2025' as a date (YYYY-MM-DD) at 1:1");
  });
});
