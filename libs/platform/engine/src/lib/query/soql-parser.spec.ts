import { EngineError } from '../engine.errors';
import type { Condition, Literal } from './soql-ast';
import { parseOrderBy, parseQuery, parseWhere } from './soql-parser';

/** The error a parse throws, for assertions on its code and message. */
function syntaxError(parse: () => unknown): { errorCode: string; message: string } {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).kind).toBe('invalid');
    return (error as EngineError).errors[0];
  }
  throw new Error('expected a syntax error');
}

const valueOf = (text: string): Literal => {
  const condition = parseWhere(`X = ${text}`);
  if (condition.kind !== 'compare') throw new Error('not a comparison');
  return condition.value;
};

describe('parseQuery', () => {
  it('reads an object alias and drops it from the paths that use it', () => {
    expect(parseQuery("SELECT c.Name, c.Account.Name FROM Contact c WHERE c.LastName = 'A' ORDER BY c.Name")).toEqual({
      select: [{ path: ['Name'] }, { path: ['Account', 'Name'] }],
      from: 'Contact',
      where: { kind: 'compare', field: { path: ['LastName'] }, op: '=', value: { kind: 'string', value: 'A', likePattern: 'A' } },
      orderBy: [{ field: { path: ['Name'] }, direction: 'ASC', nulls: 'FIRST' }],
    });
  });

  it('reads aggregates with aliases, GROUP BY and HAVING', () => {
    expect(
      parseQuery(
        'SELECT c.Status__c, COUNT(Id), SUM(c.Amount__c) total, MAX(Due__c) FROM Invoice__c c GROUP BY c.Status__c HAVING COUNT(Id) > 1 ORDER BY SUM(Amount__c) DESC',
      ),
    ).toEqual({
      select: [
        { path: ['Status__c'] },
        { path: ['Id'], fn: 'COUNT' },
        { path: ['Amount__c'], fn: 'SUM', alias: 'total' },
        { path: ['Due__c'], fn: 'MAX' },
      ],
      from: 'Invoice__c',
      groupBy: [{ path: ['Status__c'] }],
      having: { kind: 'compare', field: { path: ['Id'], fn: 'COUNT' }, op: '>', value: { kind: 'number', value: '1' } },
      orderBy: [{ field: { path: ['Amount__c'], fn: 'SUM' }, direction: 'DESC', nulls: 'LAST' }],
    });
    expect(() => parseQuery('SELECT Name n FROM Contact')).toThrow(
      "unexpected token 'n' after Name: only an aggregate query's SELECT items take an alias",
    );
  });

  it('reads child subqueries in SELECT and semi-joins in WHERE', () => {
    const parsed = parseQuery(
      "SELECT Name, (SELECT LastName FROM Contacts WHERE Email != null ORDER BY LastName LIMIT 5) FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact WHERE LastName = 'X')",
    );
    expect(parsed.select).toEqual([{ path: ['Name'] }]);
    expect(parsed.children).toEqual([
      {
        select: [{ path: ['LastName'] }],
        from: 'Contacts',
        where: { kind: 'compare', field: { path: ['Email'] }, op: '!=', value: { kind: 'null' } },
        orderBy: [{ field: { path: ['LastName'] }, direction: 'ASC', nulls: 'FIRST' }],
        limit: 5,
      },
    ]);
    expect(parsed.where).toMatchObject({
      kind: 'inQuery',
      field: { path: ['Id'] },
      negated: true,
      query: { from: 'Contact', select: [{ path: ['AccountId'] }] },
    });
  });

  it('reads WITH SECURITY_ENFORCED and WITH USER_MODE, and refuses SYSTEM_MODE', () => {
    expect(parseQuery("SELECT Id FROM Contact WHERE Name = 'A' WITH SECURITY_ENFORCED ORDER BY Name").security).toBe('SECURITY_ENFORCED');
    expect(parseQuery('SELECT Id FROM Contact WITH user_mode LIMIT 1').security).toBe('USER_MODE');
    expect(syntaxError(() => parseQuery('SELECT Id FROM Contact WITH SYSTEM_MODE')).message).toBe(
      'WITH SYSTEM_MODE is not allowed in the API at column 29: queries run as the user',
    );
  });

  it('reads the select list, object, filter, order, limit and offset', () => {
    expect(
      parseQuery(
        "SELECT Id, Name, lumary__Parent__r.lumary__Parent__r.Name FROM lumary__Accounting_Entity__c WHERE Name = 'A' ORDER BY Name DESC NULLS FIRST, Id LIMIT 10 OFFSET 20",
      ),
    ).toEqual({
      select: [{ path: ['Id'] }, { path: ['Name'] }, { path: ['lumary__Parent__r', 'lumary__Parent__r', 'Name'] }],
      from: 'lumary__Accounting_Entity__c',
      where: { kind: 'compare', field: { path: ['Name'] }, op: '=', value: { kind: 'string', value: 'A', likePattern: 'A' } },
      orderBy: [
        { field: { path: ['Name'] }, direction: 'DESC', nulls: 'FIRST' },
        { field: { path: ['Id'] }, direction: 'ASC', nulls: 'FIRST' },
      ],
      limit: 10,
      offset: 20,
    });
  });

  it('takes keywords in any case and keeps names as written', () => {
    expect(parseQuery('select Id from contact where name != null order by NAME desc limit 5')).toEqual({
      select: [{ path: ['Id'] }],
      from: 'contact',
      where: { kind: 'compare', field: { path: ['name'] }, op: '!=', value: { kind: 'null' } },
      orderBy: [{ field: { path: ['NAME'] }, direction: 'DESC', nulls: 'LAST' }],
      limit: 5,
    });
  });

  it('reads names that begin with a keyword as names', () => {
    expect(parseQuery('SELECT Order_Date__c, Nullable__c, Inbox FROM Selection').select).toEqual([
      { path: ['Order_Date__c'] },
      { path: ['Nullable__c'] },
      { path: ['Inbox'] },
    ]);
  });

  it('reads SELECT COUNT() in any case, and refuses another function with its place', () => {
    expect(parseQuery('SELECT count() FROM Contact WHERE LastName = null')).toEqual({
      select: [],
      countOnly: true,
      from: 'Contact',
      where: { kind: 'compare', field: { path: ['LastName'] }, op: '=', value: { kind: 'null' } },
      orderBy: [],
    });
    expect(() => parseQuery('SELECT MAX() FROM Contact')).toThrow('MAX() needs a field at column 8');
    expect(() => parseQuery('SELECT FORMAT(Name) FROM Contact')).toThrow(
      "unknown function 'FORMAT' at column 8; expected COUNT, COUNT_DISTINCT, SUM, AVG, MIN or MAX",
    );
    expect(() => parseQuery('SELECT COUNT(), Name FROM Contact')).toThrow('COUNT() must be the only item in the SELECT list');
  });

  it('leaves out the clauses that are not there', () => {
    expect(parseQuery('SELECT Id FROM Contact')).toEqual({ select: [{ path: ['Id'] }], from: 'Contact', orderBy: [] });
  });
});

describe('conditions', () => {
  const compare = (op: string) => parseWhere(`Amount ${op} 5`);

  it.each(['=', '!=', '<', '<=', '>', '>='])('reads %s', (op) => {
    expect(compare(op)).toMatchObject({ kind: 'compare', op });
  });

  it('reads <> as !=', () => {
    expect(compare('<>')).toMatchObject({ op: '!=' });
  });

  it('reads LIKE, IN, NOT IN, INCLUDES and EXCLUDES', () => {
    expect(parseWhere("Name LIKE 'Sm%'")).toMatchObject({ kind: 'compare', op: 'LIKE' });
    expect(parseWhere("Stage IN ('New', 'Done')")).toMatchObject({
      kind: 'in',
      negated: false,
      values: [{ value: 'New' }, { value: 'Done' }],
    });
    expect(parseWhere('Stage NOT IN (null)')).toMatchObject({ kind: 'in', negated: true, values: [{ kind: 'null' }] });
    expect(parseWhere("Colours INCLUDES ('Red;Blue', 'Green')")).toMatchObject({ kind: 'includes', negated: false });
    expect(parseWhere("Colours excludes ('Red')")).toMatchObject({ kind: 'includes', negated: true });
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    const leaf = (name: string): Condition => ({
      kind: 'compare',
      field: { path: [name] },
      op: '=',
      value: { kind: 'boolean', value: true },
    });
    expect(parseWhere('A = true OR NOT B = true AND C = true')).toEqual({
      kind: 'or',
      operands: [leaf('A'), { kind: 'and', operands: [{ kind: 'not', operand: leaf('B') }, leaf('C')] }],
    });
    expect(parseWhere('(A = true OR B = true) AND C = true')).toEqual({
      kind: 'and',
      operands: [{ kind: 'or', operands: [leaf('A'), leaf('B')] }, leaf('C')],
    });
  });

  it('flattens chains of AND into one node', () => {
    expect(parseWhere('A = 1 AND B = 2 AND C = 3')).toMatchObject({ kind: 'and', operands: [{}, {}, {}] });
  });
});

describe('literals', () => {
  it('reads strings with backslash escapes', () => {
    expect(valueOf("'O\\'Brien \\\\ \\n'")).toEqual({ kind: 'string', value: "O'Brien \\ \n", likePattern: "O'Brien \\\\ \n" });
  });

  it('keeps \\% and \\_ literal in LIKE patterns', () => {
    expect(valueOf("'50\\% off\\_now%'")).toEqual({ kind: 'string', value: '50% off_now%', likePattern: '50\\% off\\_now%' });
  });

  it('reads numbers as exact text', () => {
    expect(valueOf('-12.50')).toEqual({ kind: 'number', value: '-12.50' });
    expect(valueOf('12345678901234567890.123')).toEqual({ kind: 'number', value: '12345678901234567890.123' });
  });

  it('reads true, false and null in any case', () => {
    expect(valueOf('TRUE')).toEqual({ kind: 'boolean', value: true });
    expect(valueOf('false')).toEqual({ kind: 'boolean', value: false });
    expect(valueOf('Null')).toEqual({ kind: 'null' });
  });

  it('reads unquoted dates and date-times, normalising date-times to UTC', () => {
    expect(valueOf('2025-03-01')).toEqual({ kind: 'date', value: '2025-03-01' });
    expect(valueOf('2025-03-01T09:30:00Z')).toEqual({ kind: 'datetime', value: '2025-03-01T09:30:00Z' });
    expect(valueOf('2025-03-01T09:30:00+10:00')).toEqual({ kind: 'datetime', value: '2025-02-28T23:30:00Z' });
    expect(valueOf('2025-03-01T09:30:00.250-0130')).toEqual({ kind: 'datetime', value: '2025-03-01T11:00:00.250Z' });
  });

  it('reads TODAY, YESTERDAY and TOMORROW', () => {
    expect(valueOf('today')).toEqual({ kind: 'relativeDate', value: 'TODAY' });
    expect(valueOf('YESTERDAY')).toEqual({ kind: 'relativeDate', value: 'YESTERDAY' });
    expect(valueOf('Tomorrow')).toEqual({ kind: 'relativeDate', value: 'TOMORROW' });
    expect(valueOf('last_n_days:30')).toEqual({ kind: 'relativeDate', value: 'LAST_N_DAYS:30' });
    expect(valueOf('THIS_FISCAL_QUARTER')).toEqual({ kind: 'relativeDate', value: 'THIS_FISCAL_QUARTER' });
    expect(valueOf('N_MONTHS_AGO:2')).toEqual({ kind: 'relativeDate', value: 'N_MONTHS_AGO:2' });
    // A field whose name starts like a literal is still a field.
    expect(parseWhere('THIS_MONTH_Total__c = 1')).toMatchObject({ field: { path: ['THIS_MONTH_Total__c'] } });
    expect(syntaxError(() => parseWhere('X = LAST_N_DAYS:20000')).message).toContain('n must be a whole number up to 10000');
  });
});

describe('parseWhere and parseOrderBy', () => {
  it('parse the list endpoint parameters with the same grammar', () => {
    expect(parseWhere("Account.Name LIKE 'A%' AND Birthdate = null")).toMatchObject({ kind: 'and' });
    expect(parseOrderBy('LastName, Birthdate DESC, Account.Name ASC NULLS LAST')).toEqual([
      { field: { path: ['LastName'] }, direction: 'ASC', nulls: 'FIRST' },
      { field: { path: ['Birthdate'] }, direction: 'DESC', nulls: 'LAST' },
      { field: { path: ['Account', 'Name'] }, direction: 'ASC', nulls: 'LAST' },
    ]);
  });

  it('refuse what follows a complete condition or order', () => {
    expect(syntaxError(() => parseWhere('A = 1 ORDER BY A')).message).toBe(
      "unexpected token 'ORDER' at column 7; expected the end of the query",
    );
    expect(syntaxError(() => parseOrderBy('Name DESC LIMIT 5')).message).toBe(
      "unexpected token 'LIMIT' at column 11; expected the end of the query",
    );
  });
});

describe('syntax errors', () => {
  it.each([
    ['SELECT Id, Name FORM Contact', "unexpected token 'FORM' at column 17; expected FROM"],
    ['SELECT FROM Contact', "unexpected token 'FROM' at column 8; expected '(' or a name"],
    ['SELECT Id, FROM Contact', "unexpected token 'FROM' at column 12; expected a name"],
    ['SELECT Id FROM Contact WHERE', "unexpected end of query at column 29; expected NOT, '(' or a name"],
    [
      'SELECT Id FROM Contact WHERE Name 5',
      "unexpected token '5' at column 35; expected an operator (=, !=, <, <=, >, >=, LIKE, IN, NOT IN, INCLUDES or EXCLUDES)",
    ],
    [
      'SELECT Id FROM Contact WHERE Name =',
      "unexpected end of query at column 36; expected a value ('text', a number, a date, true, false, null, or a date literal such as TODAY or LAST_N_DAYS:30)",
    ],
    ["SELECT Id FROM Contact WHERE Name IN 'a'", "unexpected token ''a'' at column 38; expected '('"],
    ['SELECT Id FROM Contact ORDER Name', "unexpected token 'Name' at column 30; expected BY"],
    ['SELECT Id FROM Contact LIMIT 1.5', "LIMIT must be a whole number, not '1.5' at column 30"],
    ['SELECT Id FROM Contact WHERE Birthdate = 2025-02-30', "invalid date '2025-02-30' at column 42"],
    ["SELECT Id FROM Contact WHERE Name = 'abc", 'unterminated string starting at column 37'],
    ["SELECT Id FROM Contact WHERE Name = 'a\\qb'", "invalid escape sequence '\\q' in the string at column 37"],
    ['SELECT Id FROM Contact #', 'unexpected character "#" at column 24'],
    [
      'SELECT Id\nFROM Contact\nWHERE Name = = 1',
      "unexpected token '=' at line 3, column 14; expected a value ('text', a number, a date, true, false, null, or a date literal such as TODAY or LAST_N_DAYS:30)",
    ],
    ['', 'unexpected end of query at column 1; expected SELECT'],
  ])('%j → %s', (query, message) => {
    expect(syntaxError(() => parseQuery(query))).toEqual({ errorCode: 'MALFORMED_QUERY', message, fields: [] });
  });

  it('refuses NUL characters, which Postgres text cannot hold', () => {
    expect(syntaxError(() => parseWhere("Name = 'a\u0000'")).message).toBe('a string cannot contain the NUL character at column 8');
    expect(syntaxError(() => parseWhere('Name = \u0000')).message).toBe('unexpected character "\\u0000" at column 8');
  });

  it('refuses nesting deep enough to exhaust the stack, and queries too long for a URL', () => {
    expect(syntaxError(() => parseWhere(`${'('.repeat(5000)}A = 1${')'.repeat(5000)}`)).message).toMatch(/nests parentheses or NOT/);
    expect(syntaxError(() => parseWhere(`${'NOT '.repeat(1000)}A = 1`)).message).toMatch(/nests parentheses or NOT/);
    expect(syntaxError(() => parseWhere(`A = '${'x'.repeat(30_000)}'`)).message).toMatch(/too long/);
  });
});
