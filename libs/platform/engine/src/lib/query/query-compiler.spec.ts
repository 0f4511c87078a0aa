import type { Registry } from '@platform/metadata';
import { EngineError, type RecordError } from '../engine.errors';
import { compileQuery } from './query-compiler';
import type { QueryContext, QueryPaging } from './query-context';
import { encodeCursor } from './query-cursor';
import { foreignIdentifiers, metadataIdentifiers, PROBE, TENANT, testRegistry, TODAY } from './query-test.fixtures';
import { parseQuery } from './soql-parser';

let registry: Registry;
beforeAll(async () => {
  registry = await testRegistry();
});

const context = (extra: Partial<QueryContext> = {}): QueryContext => ({ registry, tenantId: TENANT, today: TODAY, ...extra });
const compile = (soql: string, extra: Partial<QueryContext> = {}, paging?: QueryPaging) =>
  compileQuery(parseQuery(soql), context(extra), paging);

function refusal(soql: string, extra: Partial<QueryContext> = {}, paging?: QueryPaging): RecordError {
  try {
    compile(soql, extra, paging);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    expect(error.kind).toBe('invalid');
    return error.errors[0];
  }
  throw new Error(`expected ${soql} to be refused`);
}

describe('compileQuery: SQL shape', () => {
  it('selects quoted metadata columns, joins parents per tenant and binds every value', () => {
    const { sql, params } = compile(
      "SELECT Id, LastName, Account.Name FROM Contact WHERE LastName = 'Smith' AND Birthdate < TODAY ORDER BY Account.Name DESC LIMIT 10",
    );
    expect(sql).toBe(
      'SELECT "t0"."id" AS "c0", "t0"."lastname" AS "c1", "t1"."id" AS "c2", "t1"."name" AS "c3", ("t1"."name")::text AS "c4" ' +
        'FROM "contact" AS "t0" LEFT JOIN "account" AS "t1" ON "t1"."tenant_id" = $1::uuid AND "t1"."id" = "t0"."accountid" ' +
        'WHERE ("t0"."tenant_id" = $1::uuid AND (LOWER("t0"."lastname") = LOWER($2::text) AND "t0"."birthdate" < $3::date)) ' +
        'ORDER BY "t1"."name" DESC NULLS LAST, "t0"."id" ASC LIMIT $4::integer',
    );
    expect(params).toEqual([TENANT, 'Smith', TODAY, 10]);
  });

  it('writes names in the metadata spelling whatever the query spelling', () => {
    const canonical = compile('SELECT Id, LastName FROM Contact WHERE AccountId = null');
    const shouted = compile('select ID, LASTNAME from CONTACT where accountid = NULL');
    expect(shouted.sql).toBe(canonical.sql);
    expect(shouted.shape.record.entries.map((e) => (e.kind === 'field' ? e.apiName : ''))).toEqual(['Id', 'LastName']);
  });

  it('never puts user text into SQL', () => {
    const { sql, params } = compile(`SELECT Id FROM Contact WHERE LastName = 'x''); DROP TABLE contact; --'`.replace("''", "\\'"));
    expect(sql).not.toMatch(/DROP/);
    expect(params).toContain("x'); DROP TABLE contact; --");
  });

  it('joins each target of a polymorphic lookup on its type and coalesces shared fields', () => {
    const { sql, params } = compile(
      "SELECT Name, fixture__Member__r.Name FROM fixture__Member_Settings__c WHERE fixture__Member__r.Email LIKE '%@example.com'",
    );
    expect(sql).toContain(
      'LEFT JOIN "contact" AS "t1" ON "t1"."tenant_id" = $1::uuid AND "t1"."id" = "t0"."fixture__member__c" AND "t0"."fixture__member__c_type" = $2::text',
    );
    expect(sql).toContain(
      'LEFT JOIN "account" AS "t2" ON "t2"."tenant_id" = $1::uuid AND "t2"."id" = "t0"."fixture__member__c" AND "t0"."fixture__member__c_type" = $3::text',
    );
    expect(sql).toContain('COALESCE("t1"."email", "t2"."email") ILIKE $4::text');
    expect(params.slice(1, 4)).toEqual(['Contact', 'Account', '%@example.com']);
    // Contact.Name is a formula: its inputs are fetched instead of a column.
    expect(sql).toContain('"t1"."firstname"');
    expect(sql).toContain('"t1"."lastname"');
  });

  it('joins a parent once however many paths use it, and follows lookups to depth', () => {
    const { sql } = compile(
      'SELECT fixture__Parent__r.Name, fixture__Parent__r.fixture__Status__c, fixture__Parent__r.fixture__Parent__r.Name FROM fixture__Register__c ORDER BY fixture__Parent__r.Name',
    );
    expect(sql.match(/LEFT JOIN/g)).toHaveLength(2);
    expect(sql).toContain('"t2"."id" = "t1"."fixture__parent__c"');
  });

  it.each([
    "SELECT Id, Name, Account.Name, Email FROM Contact WHERE Account.Name LIKE 'A%' OR NOT (Birthdate > 2000-01-01 AND AccountId != null) ORDER BY Birthdate DESC NULLS FIRST",
    'SELECT Name, fixture__Member__r.Name, fixture__Register__r.fixture__Notes__c FROM fixture__Member_Settings__c WHERE fixture__Member__r.Id != null ORDER BY fixture__Member__r.Email',
    `SELECT Name, Double_Amount__c, Contact_Name__c, Owner__r.Name FROM ${PROBE} WHERE Colours__c INCLUDES ('Red;Blue') AND Seen_At__c = TODAY AND Count__c IN (1, 2, null) ORDER BY Amount__c, Seen_At__c DESC`,
  ])('writes only metadata identifiers and its own aliases: %s', (soql) => {
    const { sql } = compile(soql);
    expect(foreignIdentifiers(sql, metadataIdentifiers(registry))).toEqual([]);
  });

  it('scopes every table to the tenant', () => {
    const { sql, params } = compile(
      `SELECT Contact__r.Account.Name, Owner__r.Name, Contact_Name__c FROM ${PROBE} WHERE Contact__r.Account.Name != null`,
    );
    const aliases = [...sql.matchAll(/AS "(t\d+)"/g)].map((m) => m[1]);
    expect(aliases.length).toBeGreaterThanOrEqual(4);
    for (const alias of aliases) expect(sql).toContain(`"${alias}"."tenant_id" = $1::uuid`);
    expect(params[0]).toBe(TENANT);
  });

  it('counts TODAY from the tenant date, and on date-times as the tenant day in its time zone', () => {
    expect(compile('SELECT Id FROM Contact WHERE Birthdate IN (YESTERDAY, TODAY, TOMORROW)').params).toEqual([
      TENANT,
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      2001,
    ]);
    const { sql, params } = compile(`SELECT Id FROM ${PROBE} WHERE Seen_At__c = TODAY`, { timeZone: 'Australia/Sydney' });
    expect(sql).toContain(
      '("t0"."seen_at__c" >= ($2::timestamp AT TIME ZONE $3::text) AND "t0"."seen_at__c" < ($4::timestamp AT TIME ZONE $5::text))',
    );
    expect(params).toEqual([TENANT, '2025-03-10', 'Australia/Sydney', '2025-03-11', 'Australia/Sydney', 2001]);
  });

  it('binds only the day bound a date-time comparison with TODAY uses', () => {
    const { sql, params } = compile(`SELECT Id FROM ${PROBE} WHERE Seen_At__c <= TODAY`);
    expect(sql).toContain('"t0"."seen_at__c" < ($2::timestamp AT TIME ZONE $3::text)');
    expect(params).toEqual([TENANT, '2025-03-11', 'UTC', 2001]);
  });

  it('follows the system relationships to User', () => {
    expect(compile('SELECT CreatedBy.Name FROM Contact').sql).toContain(
      'LEFT JOIN "user" AS "t1" ON "t1"."tenant_id" = $1::uuid AND "t1"."id" = "t0"."created_by_id"',
    );
  });

  it('makes != and NOT match blank values too, as SOQL does', () => {
    expect(compile("SELECT Id FROM Contact WHERE Email != 'a@b.co'").sql).toContain(
      'NOT COALESCE(LOWER("t0"."email") = LOWER($2::text), FALSE)',
    );
    expect(compile("SELECT Id FROM Contact WHERE Email NOT IN ('a@b.co', 'c@d.co')").sql).toContain(
      'NOT COALESCE((LOWER("t0"."email") = LOWER($2::text) OR LOWER("t0"."email") = LOWER($3::text)), FALSE)',
    );
  });
});

describe('compileQuery: refusals', () => {
  it.each([
    ['SELECT Id FROM Foo', 'INVALID_TYPE', "sObject type 'Foo' is not supported"],
    ['SELECT Foo FROM Contact', 'INVALID_FIELD', "No such column 'Foo' on entity 'Contact'"],
    ['SELECT Id FROM Contact WHERE Foo = 1', 'INVALID_FIELD', "No such column 'Foo' on entity 'Contact'"],
    ['SELECT Id FROM Contact ORDER BY Foo', 'INVALID_FIELD', "No such column 'Foo' on entity 'Contact'"],
    [
      'SELECT Nope.Name FROM Contact',
      'INVALID_FIELD',
      "Didn't understand relationship 'Nope' in field path 'Nope.Name' on entity 'Contact'",
    ],
    ['SELECT Account FROM Contact', 'INVALID_FIELD', "No such column 'Account' on entity 'Contact'"],
  ])('%s → %s', (soql, errorCode, message) => {
    expect(refusal(soql)).toMatchObject({ errorCode, message });
  });

  it('treats an unreadable object exactly like an unknown one', () => {
    const noAccounts = { canReadObject: (o: string) => o !== 'Account' };
    expect(refusal('SELECT Id FROM Account', noAccounts)).toEqual({
      errorCode: 'INVALID_TYPE',
      message: "sObject type 'Account' is not supported",
      fields: [],
    });
    const unknownRelationship = {
      errorCode: 'INVALID_FIELD',
      message: "Didn't understand relationship 'Account' in field path 'Account.Name' on entity 'Contact'",
      fields: ['Account.Name'],
    };
    expect(refusal('SELECT Account.Name FROM Contact', noAccounts)).toEqual(unknownRelationship);
    expect(refusal('SELECT Account.Name FROM Contact', { canReadField: (o, f) => f !== 'AccountId' })).toEqual(unknownRelationship);
    // Through the polymorphic debtor only Contact is left, where Name is still readable.
    expect(() => compile('SELECT fixture__Member__r.Name FROM fixture__Member_Settings__c', noAccounts)).not.toThrow();
  });

  it('treats an unreadable field exactly like an unknown one, in SELECT, WHERE, ORDER BY and paths', () => {
    const hidden = { canReadField: (o: string, f: string) => !(o === 'Contact' && (f === 'Birthdate' || f === 'AccountId')) };
    const unknown = { errorCode: 'INVALID_FIELD', message: "No such column 'Birthdate' on entity 'Contact'", fields: ['Birthdate'] };
    expect(refusal('SELECT Birthdate FROM Contact', hidden)).toEqual(unknown);
    expect(refusal('SELECT Id FROM Contact WHERE Birthdate = null', hidden)).toEqual(unknown);
    expect(refusal('SELECT Id FROM Contact ORDER BY Birthdate', hidden)).toEqual(unknown);
    expect(refusal('SELECT Account.Name FROM Contact', hidden).errorCode).toBe('INVALID_FIELD');
    expect(refusal('SELECT Id FROM Contact WHERE Account.Name = null', hidden).errorCode).toBe('INVALID_FIELD');
  });

  it('still computes a readable formula whose inputs the user cannot read', () => {
    const noFirstName = { canReadField: (o: string, f: string) => !(o === 'Contact' && f === 'FirstName') };
    expect(refusal('SELECT FirstName FROM Contact', noFirstName).errorCode).toBe('INVALID_FIELD');
    expect(compile('SELECT Name FROM Contact', noFirstName).sql).toContain('"t0"."firstname"');
  });

  it('refuses to filter or sort on formula fields', () => {
    for (const soql of [
      "SELECT Id FROM Contact WHERE Name = 'Jane Smith'",
      'SELECT Id FROM Contact ORDER BY Name',
      "SELECT Id FROM fixture__Member_Settings__c WHERE fixture__Member__r.Name LIKE 'A%'",
    ]) {
      expect(refusal(soql)).toMatchObject({
        errorCode: 'INVALID_FIELD',
        message: expect.stringMatching(/formula fields cannot be filtered or sorted yet/),
      });
    }
  });

  it.each([
    ["SELECT Id FROM Contact WHERE Birthdate = '2025-01-01'", 'Birthdate', /must be of type Date/],
    ['SELECT Id FROM Contact WHERE LastName = 5', 'LastName', /must be of type Text/],
    [`SELECT Id FROM ${PROBE} WHERE Amount__c = '5'`, 'Amount__c', /must be of type Currency: a number/],
    [`SELECT Id FROM ${PROBE} WHERE Flag__c = 'true'`, 'Flag__c', /must be of type Checkbox: true or false/],
    [`SELECT Id FROM ${PROBE} WHERE Stage__c = 1`, 'Stage__c', /must be of type Picklist/],
    [`SELECT Id FROM ${PROBE} WHERE Seen_At__c > 2025-01-01`, 'Seen_At__c', /must be of type DateTime/],
    [`SELECT Id FROM ${PROBE} WHERE Due_Date__c > 2025-01-01T00:00:00Z`, 'Due_Date__c', /must be of type Date/],
    ["SELECT Id FROM Contact WHERE AccountId = 'abc'", 'AccountId', /invalid ID field: 'abc'/],
    ['SELECT Id FROM Contact WHERE Birthdate LIKE 2025-01-01', 'Birthdate', /LIKE can only be used on text fields/],
    [`SELECT Id FROM ${PROBE} WHERE Amount__c LIKE '5%'`, 'Amount__c', /LIKE can only be used on text fields/],
    [`SELECT Id FROM ${PROBE} WHERE Flag__c < true`, 'Flag__c', /operator < cannot be used/],
    ['SELECT Id FROM Contact WHERE Birthdate > null', 'Birthdate', /null can only be compared with = or !=/],
    [
      "SELECT Id FROM Contact WHERE LastName INCLUDES ('a')",
      'LastName',
      /INCLUDES can only be used on multi-select picklists; 'LastName' is a Text field/,
    ],
    [`SELECT Id FROM ${PROBE} WHERE Colours__c IN ('Red')`, 'Colours__c', /use INCLUDES or EXCLUDES/],
  ])('%s is refused naming %s', (soql, field, message) => {
    expect(refusal(soql)).toMatchObject({
      errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      message: expect.stringMatching(message),
      fields: [field],
    });
  });

  it('refuses ORDER BY on long text and multi-select picklists', () => {
    expect(refusal('SELECT Id FROM fixture__Register__c ORDER BY fixture__Notes__c')).toMatchObject({
      errorCode: 'INVALID_FIELD',
      fields: ['fixture__Notes__c'],
    });
    expect(refusal(`SELECT Id FROM ${PROBE} ORDER BY Colours__c`)).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['Colours__c'] });
  });

  it('allows only fields common to every target of a polymorphic lookup, and no further relationships', () => {
    expect(refusal('SELECT fixture__Member__r.Birthdate FROM fixture__Member_Settings__c')).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringMatching(/No such column 'Birthdate' on entity 'Contact or Account'/),
    });
    expect(refusal('SELECT fixture__Member__r.Account.Name FROM fixture__Member_Settings__c')).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringMatching(/only fields they all have can be used, not further relationships/),
    });
  });

  it('refuses paths through more than five relationships', () => {
    const path = `${'fixture__Parent__r.'.repeat(6)}Name`;
    expect(() => compile(`SELECT ${'fixture__Parent__r.'.repeat(5)}Name FROM fixture__Register__c`)).not.toThrow();
    expect(refusal(`SELECT ${path} FROM fixture__Register__c`).message).toMatch(/more than 5 relationships/);
  });

  it('refuses LIMIT and OFFSET beyond 2000 and bad page sizes', () => {
    expect(refusal('SELECT Id FROM Contact LIMIT 2001')).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: 'LIMIT must be at most 2000',
    });
    expect(refusal('SELECT Id FROM Contact OFFSET 2001')).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    expect(refusal('SELECT Id FROM Contact', {}, { pageSize: 0 })).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});

describe('compileQuery: paging', () => {
  const soql = `SELECT Id FROM ${PROBE} ORDER BY Amount__c DESC, Name LIMIT 10`;
  const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('asks for one row more than the page to learn whether another follows', () => {
    const { params, shape } = compile(soql, {}, { pageSize: 4 });
    expect(params[params.length - 1]).toBe(5);
    expect(shape.page).toMatchObject({ rows: 4, last: false, returned: 0 });
  });

  it('continues after the cursor row and stops at the LIMIT', () => {
    const { shape } = compile(soql, {}, { pageSize: 4 });
    const cursor = encodeCursor({ q: shape.page.fingerprint, k: [null, 'Probe 7'], id, n: 8 });
    const next = compile(soql, {}, { pageSize: 4, cursor });
    expect(next.shape.page).toMatchObject({ rows: 2, last: true, returned: 8 });
    expect(next.sql).toContain(
      '(("t0"."amount__c" IS NULL AND "t0"."name" > $2::text) OR ("t0"."amount__c" IS NULL AND "t0"."name" = $2::text AND "t0"."id" > $3::uuid))',
    );
    expect(next.params).toEqual([TENANT, 'Probe 7', id, 2]);
  });

  it('pages past a non-null key, letting NULLS LAST rows follow', () => {
    const { shape } = compile(soql, {}, { pageSize: 4 });
    const cursor = encodeCursor({ q: shape.page.fingerprint, k: ['12.50', 'Probe 2'], id, n: 4 });
    expect(compile(soql, {}, { pageSize: 4, cursor }).sql).toContain(
      '(("t0"."amount__c" < $2::numeric OR "t0"."amount__c" IS NULL) OR ("t0"."amount__c" = $2::numeric AND "t0"."name" > $3::text) OR',
    );
  });

  it.each([
    ['garbage', 'not a cursor'],
    [encodeCursor({ q: 'another query', k: [null, null], id, n: 1 }), 'it belongs to a different query'],
  ])('refuses the cursor %s', (cursor, reason) => {
    expect(refusal(soql, {}, { cursor })).toEqual({
      errorCode: 'INVALID_QUERY_LOCATOR',
      message: `invalid query locator: ${reason}`,
      fields: [],
    });
  });

  it('refuses a cursor of another query, of another tenant, or with tampered keys', () => {
    const { shape } = compile(soql);
    const cursor = encodeCursor({ q: shape.page.fingerprint, k: [null, null], id, n: 1 });
    expect(() => compile(soql, {}, { cursor })).not.toThrow();
    expect(refusal(`SELECT Id FROM ${PROBE} ORDER BY Amount__c, Name LIMIT 10`, {}, { cursor }).errorCode).toBe('INVALID_QUERY_LOCATOR');
    expect(refusal(soql, { tenantId: '7e2d9f4a-1c3b-4e5d-8f6a-2b4c6d8e0f12' }, { cursor }).errorCode).toBe('INVALID_QUERY_LOCATOR');
    const tampered = encodeCursor({ q: shape.page.fingerprint, k: ['1; DROP TABLE x', null], id, n: 1 });
    expect(refusal(soql, {}, { cursor: tampered }).errorCode).toBe('INVALID_QUERY_LOCATOR');
  });
});
