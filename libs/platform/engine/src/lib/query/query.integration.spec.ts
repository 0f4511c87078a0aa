import fc from 'fast-check';
import type { Registry } from '@platform/metadata';
import { applyPlan, createTestDatabase, introspect, planSchema, type Database } from '@platform/storage';
import type { DataSource } from 'typeorm';
import { EngineError } from '../engine.errors';
import { wellFormedQuery } from './query-arbitraries.fixtures';
import { compileQuery } from './query-compiler';
import type { QueryContext, QueryPaging } from './query-context';
import type { SObjectRecord } from './query-records';
import { runQuery, type QueryResult } from './query-runner';
import { OTHER_TENANT, PROBE, TENANT, testRegistry, TODAY } from './query-test.fixtures';
import { parseQuery } from './soql-parser';
import { compileAggregate, runAggregate } from './query-aggregate';

/** Runs against PGlite, or against the PostgreSQL server in DATABASE_URL when it is set. */

const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const A1 = uid(1); // Acme Pty Ltd
const A2 = uid(2); // Beta Holdings
const B1 = uid(3); // the other tenant's account
const C1 = uid(11); // Jane Smith
const C2 = uid(12); // John Smithers
const C3 = uid(13); // Solo (no first name)
const C4 = uid(14); // Ann O'Brien
const C9 = uid(19); // the other tenant's Eve Smith
const E1 = uid(21);
const E2 = uid(22);
const E3 = uid(23);
const E9 = uid(29);
const D1 = uid(31);
const D2 = uid(32);
const D3 = uid(33);
const D4 = uid(34);
const D9 = uid(39);

/** The probe rows: every stored type, with NULLs and ties in each sort key. */
const PROBES = Array.from({ length: 23 }, (_, i) => ({
  id: uid(100 + i),
  name: `Probe ${String(i).padStart(2, '0')}`,
  notes__c: i % 2 ? `note ${i}: 100% sure` : null,
  amount__c: i % 4 === 0 ? null : ((i % 5) * 10.25).toFixed(2),
  ratio__c: (i % 3).toFixed(2),
  count__c: String(i),
  due_date__c: i % 3 === 0 ? null : `2025-03-${String(1 + (i % 20)).padStart(2, '0')}`,
  seen_at__c: i % 6 === 0 ? null : `2025-03-10T${String(i).padStart(2, '0')}:15:00Z`,
  flag__c: i % 2 === 0,
  stage__c: i % 7 === 0 ? null : ['New', 'Working', 'Done'][i % 3],
  colours__c: i % 5 === 0 ? null : [['Red'], ['Red', 'Blue'], ['Green'], ['Blue', 'Green', 'Red']][i % 4],
  contact__c: [C1, C2, C3, null][i % 4],
  owner__c: [C1, A1, null][i % 3],
  owner__c_type: ['Contact', 'Account', null][i % 3],
}));
type Probe = (typeof PROBES)[number];

let db: Database;
let ds: DataSource;
let registry: Registry;

async function insert(table: string, tenantId: string, rows: Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    const columns = ['tenant_id', ...Object.keys(row)];
    const values = [tenantId, ...Object.values(row)];
    await ds.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    );
  }
}

async function seed(): Promise<void> {
  await ds.query(`INSERT INTO "sys_tenant" ("id", "name", "slug") VALUES ($1, 'Tenant A', 'a'), ($2, 'Tenant B', 'b')`, [
    TENANT,
    OTHER_TENANT,
  ]);
  await insert('account', TENANT, [
    { id: A1, name: 'Acme Pty Ltd', email: 'ar@acme.example' },
    { id: A2, name: 'Beta Holdings', email: null },
  ]);
  await insert('account', OTHER_TENANT, [{ id: B1, name: 'Acme Other Tenant', email: 'ar@other.example' }]);
  await insert('contact', TENANT, [
    { id: C1, firstname: 'Jane', lastname: 'Smith', email: 'jane@example.com', birthdate: '1980-05-01', accountid: A1 },
    { id: C2, firstname: 'John', lastname: 'Smithers', email: 'JOHN@Example.com', birthdate: null, accountid: null },
    { id: C3, firstname: null, lastname: 'Solo', email: null, birthdate: TODAY, accountid: A2 },
    { id: C4, firstname: 'Ann', lastname: "O'Brien", email: 'ann@obrien.example', birthdate: '2025-03-09', accountid: null },
  ]);
  await insert('contact', OTHER_TENANT, [{ id: C9, firstname: 'Eve', lastname: 'Smith', email: 'eve@other.example', accountid: B1 }]);
  await insert('fixture__register__c', TENANT, [
    { id: E1, name: 'Group', fixture__status__c: 'Open', fixture__active__c: true, fixture__parent__c: null },
    { id: E2, name: 'Division', fixture__status__c: 'Closed', fixture__active__c: false, fixture__parent__c: E1 },
    { id: E3, name: 'Team', fixture__status__c: 'Open', fixture__active__c: true, fixture__parent__c: E2 },
  ]);
  await insert('fixture__register__c', OTHER_TENANT, [{ id: E9, name: 'Intruder', fixture__parent__c: null }]);
  await insert('fixture__member_settings__c', TENANT, [
    { id: D1, name: 'DS-000001', fixture__member__c: C1, fixture__member__c_type: 'Contact', fixture__terms__c: '14' },
    { id: D2, name: 'DS-000002', fixture__member__c: A1, fixture__member__c_type: 'Account', fixture__terms__c: '30' },
    { id: D3, name: 'DS-000003', fixture__member__c: C3, fixture__member__c_type: 'Contact', fixture__terms__c: null },
    // Points at the other tenant's contact: polymorphic lookups have no foreign key to stop it.
    { id: D4, name: 'DS-000004', fixture__member__c: C9, fixture__member__c_type: 'Contact', fixture__terms__c: '7' },
  ]);
  await insert('fixture__member_settings__c', OTHER_TENANT, [
    { id: D9, name: 'DS-000009', fixture__member__c: C9, fixture__member__c_type: 'Contact', fixture__terms__c: '60' },
  ]);
  await insert(PROBE.toLowerCase(), TENANT, PROBES);
  await insert(PROBE.toLowerCase(), OTHER_TENANT, [{ id: uid(999), name: 'Probe of B', amount__c: '1.00', flag__c: true }]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  // As the tables' owner, row-level security does not apply: these tests prove the compiler's own
  // tenant predicates keep tenants apart.
  ds = db.owner;
  registry = await testRegistry();
  const plan = planSchema(registry, await introspect(ds));
  expect(plan.refused).toEqual([]);
  await applyPlan(ds, plan);
  await seed();
});
afterAll(() => db?.close());

const context = (extra: Partial<QueryContext> = {}): QueryContext => ({ registry, tenantId: TENANT, today: TODAY, ...extra });
const query = async (soql: string, extra: Partial<QueryContext> = {}, paging?: QueryPaging): Promise<QueryResult> =>
  runQuery(ds, compileQuery(parseQuery(soql), context(extra), paging));
const names = async (soql: string, extra: Partial<QueryContext> = {}): Promise<string[]> =>
  (await query(soql, extra)).records.map((r) => r['Name'] as string);
const probeNames = (keep: (p: Probe) => boolean): string[] => PROBES.filter(keep).map((p) => p.name);
const amount = (p: Probe) => (p.amount__c === null ? null : Number(p.amount__c));

describe('aggregate queries', () => {
  const aggregate = async (soql: string, extra: Partial<QueryContext> = {}) => {
    const parsed = parseQuery(soql);
    return (await runAggregate(ds, compileAggregate(parsed, context(extra)), parsed.limit !== undefined)).records.map((r) => ({ ...r }));
  };
  const refusal = async (soql: string, extra: Partial<QueryContext> = {}) => {
    try {
      await aggregate(soql, extra);
    } catch (error) {
      return (error as EngineError).errors[0];
    }
    throw new Error(`${soql} was accepted`);
  };
  const cents = (amount: string) => Math.round(Number(amount) * 100);
  const result = (values: Record<string, unknown>): Record<string, unknown> => ({ attributes: { type: 'AggregateResult' }, ...values });
  const stageOrder = (stage: unknown) => (stage === null ? '' : String(stage));

  it('group, count and sum per group, ordered by an aggregate, never counting another tenant', async () => {
    const stages = [...new Set(PROBES.map((p) => p.stage__c))];
    const expected = stages.map((stage) => {
      const rows = PROBES.filter((p) => p.stage__c === stage);
      const amounts = rows.flatMap((p) => (p.amount__c === null ? [] : [cents(p.amount__c)]));
      const dues = rows.flatMap((p) => (p.due_date__c === null ? [] : [p.due_date__c])).sort();
      return result({
        Stage__c: stage,
        expr0: rows.length,
        total: amounts.length ? (amounts.reduce((a, b) => a + b, 0) / 100).toFixed(2) : null,
        expr1: dues.at(-1) ?? null,
      });
    });
    // COUNT(Id) DESC, then Stage__c ASC with the blank first: Working 7, Done 6, New 6, blank 4.
    expected.sort((a, b) => Number(b['expr0']) - Number(a['expr0']) || stageOrder(a['Stage__c']).localeCompare(stageOrder(b['Stage__c'])));
    expect(expected.map((r) => [r['Stage__c'], r['expr0']])).toEqual([
      ['Working', 7],
      ['Done', 6],
      ['New', 6],
      [null, 4],
    ]);
    expect(
      await aggregate(
        `SELECT Stage__c, COUNT(Id), SUM(Amount__c) total, MAX(Due_Date__c) FROM ${PROBE} GROUP BY Stage__c ORDER BY COUNT(Id) DESC, Stage__c`,
      ),
    ).toEqual(expected);
  });

  it('aggregate the whole set without GROUP BY: one result', async () => {
    const flagged = PROBES.filter((p) => p.flag__c);
    expect(
      await aggregate(
        `SELECT COUNT(Id), COUNT(Amount__c), COUNT_DISTINCT(Stage__c), AVG(Count__c) mean, MIN(Name) FROM ${PROBE} WHERE Flag__c = true`,
      ),
    ).toEqual([
      result({
        expr0: flagged.length,
        expr1: flagged.filter((p) => p.amount__c !== null).length,
        expr2: new Set(flagged.flatMap((p) => (p.stage__c ? [p.stage__c] : []))).size,
        // (0 + 2 + ... + 22) / 12 = 11: an average as its plain digits.
        mean: '11',
        expr3: 'Probe 00',
      }),
    ]);
  });

  it('filter groups with HAVING and group by a parent field, keyed by its name', async () => {
    expect(await aggregate(`SELECT Stage__c, COUNT(Id) n FROM ${PROBE} GROUP BY Stage__c HAVING COUNT(Id) > 6`)).toEqual([
      result({ Stage__c: 'Working', n: 7 }),
    ]);
    expect(
      await aggregate(`SELECT Stage__c s FROM ${PROBE} GROUP BY Stage__c HAVING Stage__c != null AND COUNT(Id) = 6 ORDER BY Stage__c DESC`),
    ).toEqual([result({ s: 'New' }), result({ s: 'Done' })]);
    expect(
      await aggregate(
        `SELECT p.Contact__r.LastName, COUNT(p.Id) FROM ${PROBE} p GROUP BY p.Contact__r.LastName ORDER BY Contact__r.LastName NULLS LAST LIMIT 3`,
      ),
    ).toEqual([
      result({ LastName: 'Smith', expr0: 6 }),
      result({ LastName: 'Smithers', expr0: 6 }),
      result({ LastName: 'Solo', expr0: 6 }),
    ]);
  });

  it('refuse what Salesforce refuses, naming it, and fields the user cannot read', async () => {
    expect(await refusal(`SELECT Name, COUNT(Id) FROM ${PROBE} GROUP BY Stage__c`)).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: 'field must be grouped or aggregated: Name (in SELECT)',
    });
    expect(await refusal(`SELECT Amount__c FROM ${PROBE} GROUP BY Amount__c`)).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: "field 'Amount__c' (Currency) can not be grouped in a query call",
    });
    expect(await refusal(`SELECT SUM(Name) FROM ${PROBE}`)).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: "field 'Name' (Text) does not support aggregate operator SUM",
    });
    expect(await refusal(`SELECT COUNT(Id) FROM ${PROBE} WHERE COUNT(Id) > 1`)).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: 'aggregate COUNT(Id) can only be used in HAVING or ORDER BY of an aggregate query',
    });
    expect(await refusal(`SELECT COUNT(Id), COUNT(Name) expr0 FROM ${PROBE}`)).toMatchObject({ message: 'duplicate alias: expr0' });
    const hidden = { canReadField: (_object: string, field: string) => field !== 'Amount__c' };
    expect(await refusal(`SELECT SUM(Amount__c) FROM ${PROBE}`, hidden)).toMatchObject({ errorCode: 'INVALID_FIELD' });
  });
});

describe('subqueries', () => {
  const rows = async (soql: string, extra: Partial<QueryContext> = {}) => (await query(soql, extra)).records;
  const refusal = async (soql: string, extra: Partial<QueryContext> = {}) => {
    try {
      await query(soql, extra);
    } catch (error) {
      return (error as EngineError).errors[0];
    }
    throw new Error(`${soql} was accepted`);
  };
  const CONTACT_NAMES: Record<string, string> = { [C1]: 'Jane Smith', [C2]: 'John Smithers', [C3]: 'Solo', [C4]: "Ann O'Brien" };

  it("nest each parent's children under the child relationship's name, the subquery's LIMIT per parent", async () => {
    const accounts = await rows('SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account ORDER BY Name');
    expect(accounts.map((a) => [a['Name'], (a['Contacts'] as QueryResult).records.map((c) => c['LastName'])])).toEqual([
      ['Acme Pty Ltd', ['Smith']],
      ['Beta Holdings', ['Solo']],
    ]);
    expect(accounts[0]['Contacts']).toMatchObject({ totalSize: 1, done: true });
    const contacts = await rows(
      "SELECT LastName, (SELECT Name FROM Query_Probes_Contact__r ORDER BY Name DESC LIMIT 2) FROM Contact WHERE LastName IN ('Smith', 'Smithers', 'O\\'Brien') ORDER BY LastName",
    );
    const newest = (contact: string) =>
      PROBES.filter((p) => p.contact__c === contact)
        .map((p) => p.name)
        .sort()
        .reverse()
        .slice(0, 2);
    expect(
      contacts.map((c) => [c['LastName'], (c['Query_Probes_Contact__r'] as QueryResult | null)?.records.map((p) => p['Name']) ?? null]),
    ).toEqual([
      ["O'Brien", null],
      ['Smith', newest(C1)],
      ['Smithers', newest(C2)],
    ]);
  });

  it('filter by a semi-join or an anti-join, within the tenant', async () => {
    expect(await names("SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE LastName = 'Solo')")).toEqual([
      'Beta Holdings',
    ]);
    expect(await names('SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact)')).toEqual([]);
    const done = new Set(PROBES.filter((p) => p.stage__c === 'Done').map((p) => p.contact__c));
    expect(
      await names(`SELECT Name FROM Contact WHERE Id IN (SELECT Contact__c FROM ${PROBE} WHERE Stage__c = 'Done') ORDER BY LastName`),
    ).toEqual([C4, C1, C2, C3].filter((c) => done.has(c)).map((c) => CONTACT_NAMES[c]));
  });

  it('refuse an unknown relationship, a semi-join on a non-id field, and a hidden lookup', async () => {
    expect(await refusal('SELECT Name, (SELECT Id FROM Nothings__r) FROM Account')).toMatchObject({ errorCode: 'INVALID_TYPE' });
    expect(await refusal('SELECT Name FROM Account WHERE Id IN (SELECT LastName FROM Contact)')).toMatchObject({
      errorCode: 'MALFORMED_QUERY',
      message: "a semi-join subquery selects an Id or lookup field, not 'LastName' (Text)",
    });
    const hidden = { canReadField: (object: string, field: string) => !(object === 'Contact' && field === 'AccountId') };
    expect(await refusal('SELECT Name, (SELECT LastName FROM Contacts) FROM Account', hidden)).toMatchObject({ errorCode: 'INVALID_TYPE' });
    expect(await refusal('SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact)', hidden)).toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
  });
});

describe('filters', () => {
  const probes = (where: string) => names(`SELECT Name FROM ${PROBE} WHERE ${where} ORDER BY Name`);

  it('compare numbers exactly', async () => {
    expect(await probes('Amount__c = 20.50')).toEqual(probeNames((p) => p.amount__c === '20.50'));
    expect(await probes('Amount__c > 20')).toEqual(probeNames((p) => (amount(p) ?? -1) > 20));
    expect(await probes('Amount__c >= 20.5')).toEqual(probeNames((p) => (amount(p) ?? -1) >= 20.5));
    expect(await probes('Amount__c < 10.25')).toEqual(probeNames((p) => (amount(p) ?? Infinity) < 10.25));
    expect(await probes('Amount__c <= 10.25')).toEqual(probeNames((p) => (amount(p) ?? Infinity) <= 10.25));
    expect(await probes('Count__c IN (1, 2, 3)')).toEqual(['Probe 01', 'Probe 02', 'Probe 03']);
  });

  it('count the matching rows with SELECT COUNT(), as totalSize with no records', async () => {
    const counted = await query(`SELECT COUNT() FROM ${PROBE} WHERE Amount__c > 20`);
    expect(counted).toEqual({ done: true, records: [], totalSize: probeNames((p) => (amount(p) ?? -1) > 20).length });
    expect((await query(`SELECT COUNT() FROM ${PROBE} LIMIT 2`)).totalSize).toBe(2);
  });

  it('match blanks with = null and != value, and exclude them with != null', async () => {
    expect(await probes('Amount__c = null')).toEqual(probeNames((p) => p.amount__c === null));
    expect(await probes('Amount__c != null')).toEqual(probeNames((p) => p.amount__c !== null));
    expect(await probes('Amount__c != 20.50')).toEqual(probeNames((p) => p.amount__c !== '20.50'));
    expect(await probes('Amount__c NOT IN (20.50, 30.75)')).toEqual(probeNames((p) => p.amount__c !== '20.50' && p.amount__c !== '30.75'));
    expect(await probes('NOT Amount__c > 20')).toEqual(probeNames((p) => !((amount(p) ?? -1) > 20)));
  });

  it('compare text case-insensitively, with LIKE and IN', async () => {
    const contacts = (where: string) => names(`SELECT Name FROM Contact WHERE ${where} ORDER BY LastName`);
    expect(await contacts("LastName = 'SMITH'")).toEqual(['Jane Smith']);
    expect(await contacts("LastName LIKE 'smi%'")).toEqual(['Jane Smith', 'John Smithers']);
    expect(await contacts("LastName LIKE 'o\\'b%'")).toEqual(["Ann O'Brien"]);
    expect(await contacts("Email IN ('john@example.com', 'nobody@example.com')")).toEqual(['John Smithers']);
    expect(await contacts("Email != 'jane@example.com'")).toEqual(["Ann O'Brien", 'John Smithers', 'Solo']);
    expect(await probes("Notes__c LIKE '%100\\% sure'")).toEqual(probeNames((p) => p.notes__c !== null));
    expect(await probes("Stage__c IN ('Done', null)")).toEqual(probeNames((p) => p.stage__c === 'Done' || p.stage__c === null));
  });

  it('compare dates with literals and TODAY, YESTERDAY, TOMORROW', async () => {
    const contacts = (where: string) => names(`SELECT Name FROM Contact WHERE ${where} ORDER BY LastName`);
    expect(await contacts('Birthdate = TODAY')).toEqual(['Solo']);
    expect(await contacts('Birthdate = YESTERDAY')).toEqual(["Ann O'Brien"]);
    expect(await contacts('Birthdate < 2000-01-01')).toEqual(['Jane Smith']);
    expect(await contacts('Birthdate >= YESTERDAY AND Birthdate < TOMORROW')).toEqual(["Ann O'Brien", 'Solo']);
    expect(await probes('Due_Date__c > 2025-03-15')).toEqual(probeNames((p) => (p.due_date__c ?? '') > '2025-03-15'));
  });

  it('compare dates with date literals as ranges of days (today is Monday 10 March 2025)', async () => {
    const contacts = (where: string) => names(`SELECT Name FROM Contact WHERE ${where} ORDER BY LastName`);
    expect(await contacts('Birthdate = THIS_MONTH')).toEqual(["Ann O'Brien", 'Solo']);
    expect(await contacts('Birthdate = LAST_WEEK')).toEqual(["Ann O'Brien"]);
    expect(await contacts('Birthdate = THIS_WEEK')).toEqual(['Solo']);
    expect(await contacts('Birthdate < THIS_YEAR')).toEqual(['Jane Smith']);
    expect(await contacts('Birthdate > LAST_YEAR')).toEqual(["Ann O'Brien", 'Solo']);
    expect(await contacts('Birthdate <= LAST_N_DAYS:1')).toEqual(["Ann O'Brien", 'Jane Smith', 'Solo']);
    expect(await contacts('Birthdate = LAST_N_DAYS:0')).toEqual(['Solo']);
    expect(await contacts('Birthdate IN (N_YEARS_AGO:45, NEXT_N_DAYS:5)')).toEqual(['Jane Smith']);
    expect(await contacts('Birthdate != THIS_QUARTER')).toEqual(['Jane Smith', 'John Smithers']);
    const c = await names('SELECT c.Name FROM Contact c WHERE c.Birthdate = LAST_90_DAYS WITH SECURITY_ENFORCED ORDER BY c.LastName');
    expect(c).toEqual(["Ann O'Brien", 'Solo']);
  });

  it('compare date-times with instants, and TODAY as the tenant day in its time zone', async () => {
    const seen = (p: Probe) => p.seen_at__c ?? '';
    expect(await probes('Seen_At__c > 2025-03-10T12:00:00Z')).toEqual(probeNames((p) => seen(p) > '2025-03-10T12:00:00Z'));
    expect(await probes('Seen_At__c > 2025-03-10T23:00:00+11:00')).toEqual(probeNames((p) => seen(p) > '2025-03-10T12:00:00Z'));
    expect(await probes('Seen_At__c = TODAY')).toEqual(probeNames((p) => p.seen_at__c !== null));
    // In Sydney (UTC+11 in March) 10 March ends at 13:00 UTC.
    expect(await names(`SELECT Name FROM ${PROBE} WHERE Seen_At__c = TODAY ORDER BY Name`, { timeZone: 'Australia/Sydney' })).toEqual(
      probeNames((p) => p.seen_at__c !== null && p.seen_at__c < '2025-03-10T13:00:00Z'),
    );
  });

  it('compare checkboxes and picklists', async () => {
    expect(await probes('Flag__c = true')).toEqual(probeNames((p) => p.flag__c));
    expect(await probes('Flag__c != true')).toEqual(probeNames((p) => !p.flag__c));
    expect(await probes("Stage__c = 'working'")).toEqual(probeNames((p) => p.stage__c === 'Working'));
  });

  it('match multi-select picklists with =, INCLUDES and EXCLUDES', async () => {
    const has = (p: Probe, ...values: string[]) => values.every((v) => p.colours__c?.includes(v) ?? false);
    expect(await probes("Colours__c = 'Blue;Red'")).toEqual(probeNames((p) => p.colours__c?.length === 2 && has(p, 'Red', 'Blue')));
    expect(await probes("Colours__c INCLUDES ('Red;Blue', 'Green')")).toEqual(probeNames((p) => has(p, 'Red', 'Blue') || has(p, 'Green')));
    expect(await probes("Colours__c EXCLUDES ('Red')")).toEqual(probeNames((p) => !has(p, 'Red')));
    expect(await probes('Colours__c = null')).toEqual(probeNames((p) => p.colours__c === null));
  });

  it('filter on lookups by id and through parents', async () => {
    expect(await probes(`Contact__c = '${C2.toUpperCase()}'`)).toEqual(probeNames((p) => p.contact__c === C2));
    expect(await probes("Contact__r.LastName LIKE 'Smith%'")).toEqual(probeNames((p) => p.contact__c === C1 || p.contact__c === C2));
    expect(await probes("Owner__r.Email = 'ar@acme.example'")).toEqual(probeNames((p) => p.owner__c === A1));
    expect(await probes("Contact__r.Account.Name = 'Beta Holdings'")).toEqual(probeNames((p) => p.contact__c === C3));
  });

  it('combine conditions with AND, OR, NOT and parentheses', async () => {
    expect(await probes("(Flag__c = true OR Stage__c = 'Done') AND NOT Amount__c = null")).toEqual(
      probeNames((p) => (p.flag__c || p.stage__c === 'Done') && p.amount__c !== null),
    );
  });
});

describe('records', () => {
  it('are shaped like Salesforce REST, with parents nested under the relationship name', async () => {
    const result = await query("SELECT Id, Name, Email, Account.Name, Birthdate FROM Contact WHERE LastName = 'Smith'");
    expect(result).toEqual({
      done: true,
      totalSize: 1,
      records: [
        {
          attributes: { type: 'Contact', url: `/api/sobjects/Contact/${C1}` },
          Id: C1,
          Name: 'Jane Smith',
          Email: 'jane@example.com',
          Account: { attributes: { type: 'Account', url: `/api/sobjects/Account/${A1}` }, Name: 'Acme Pty Ltd' },
          Birthdate: '1980-05-01',
        },
      ],
    });
    expect(Object.keys(result.records[0])).toEqual(['attributes', 'Id', 'Name', 'Email', 'Account', 'Birthdate']);
  });

  it('show a blank lookup as null, through any depth', async () => {
    const { records } = await query(
      'SELECT Name, fixture__Parent__r.Name, fixture__Parent__r.fixture__Parent__r.Name FROM fixture__Register__c ORDER BY Name',
    );
    const parent = (name: string, id: string, grandparent: unknown) => ({
      attributes: { type: 'fixture__Register__c', url: `/api/sobjects/fixture__Register__c/${id}` },
      Name: name,
      fixture__Parent__r: grandparent,
    });
    expect(records.map(({ Name, fixture__Parent__r }) => ({ Name, fixture__Parent__r }))).toEqual([
      { Name: 'Division', fixture__Parent__r: parent('Group', E1, null) },
      { Name: 'Group', fixture__Parent__r: null },
      {
        Name: 'Team',
        fixture__Parent__r: parent('Division', E2, {
          attributes: { type: 'fixture__Register__c', url: `/api/sobjects/fixture__Register__c/${E1}` },
          Name: 'Group',
        }),
      },
    ]);
  });

  it('follow the polymorphic debtor to a Contact (formula name) or an Account', async () => {
    const { records } = await query(
      'SELECT Name, fixture__Terms__c, fixture__Member__r.Name, fixture__Member__r.Email FROM fixture__Member_Settings__c ORDER BY Name',
    );
    expect(records.map((r) => [r['Name'], r['fixture__Terms__c'], r['fixture__Member__r']])).toEqual([
      [
        'DS-000001',
        '14',
        { attributes: { type: 'Contact', url: `/api/sobjects/Contact/${C1}` }, Name: 'Jane Smith', Email: 'jane@example.com' },
      ],
      [
        'DS-000002',
        '30',
        { attributes: { type: 'Account', url: `/api/sobjects/Account/${A1}` }, Name: 'Acme Pty Ltd', Email: 'ar@acme.example' },
      ],
      ['DS-000003', null, { attributes: { type: 'Contact', url: `/api/sobjects/Contact/${C3}` }, Name: 'Solo', Email: null }],
      // The other tenant's contact is never joined.
      ['DS-000004', '7', null],
    ]);
  });

  it('compute formula fields of each return type, including a formula over a parent formula', async () => {
    const { records } = await query(
      `SELECT Name, Double_Amount__c, Due_Next__c, Is_Big__c, Contact_Name__c, Ratio_Half__c, Colours__c, Flag__c, Seen_At__c FROM ${PROBE} WHERE Count__c IN (1, 4, 5) ORDER BY Count__c`,
    );
    expect(records.map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'attributes')))).toEqual([
      {
        Name: 'Probe 01',
        Double_Amount__c: '20.50',
        Due_Next__c: '2025-03-03',
        Is_Big__c: false,
        Contact_Name__c: 'John Smithers',
        Ratio_Half__c: '0.500',
        Colours__c: 'Red;Blue',
        Flag__c: false,
        Seen_At__c: '2025-03-10T01:15:00.000Z',
      },
      {
        Name: 'Probe 04',
        Double_Amount__c: null,
        Due_Next__c: '2025-03-06',
        Is_Big__c: false,
        Contact_Name__c: 'Jane Smith',
        Ratio_Half__c: '0.500',
        Colours__c: 'Red',
        Flag__c: true,
        Seen_At__c: '2025-03-10T04:15:00.000Z',
      },
      {
        Name: 'Probe 05',
        Double_Amount__c: '0.00',
        Due_Next__c: '2025-03-07',
        Is_Big__c: false,
        Contact_Name__c: 'John Smithers',
        Ratio_Half__c: '1.000',
        Colours__c: null,
        Flag__c: false,
        Seen_At__c: '2025-03-10T05:15:00.000Z',
      },
    ]);
  });

  it('run inside a transaction through its EntityManager', async () => {
    const compiled = compileQuery(parseQuery('SELECT Name FROM Account ORDER BY Name'), context());
    const result = await ds.transaction((manager) => runQuery(manager, compiled));
    expect(result.records.map((r) => r['Name'])).toEqual(['Acme Pty Ltd', 'Beta Holdings']);
  });
});

describe('tenant isolation', () => {
  it('never shows another tenant’s rows, in the table or through a join', async () => {
    const b = { tenantId: OTHER_TENANT };
    expect(await names('SELECT Name FROM Contact ORDER BY LastName', b)).toEqual(['Eve Smith']);
    expect(await names(`SELECT Name FROM ${PROBE}`, b)).toEqual(['Probe of B']);
    expect((await query('SELECT Name, Account.Name FROM Contact', b)).records[0]['Account']).toMatchObject({ Name: 'Acme Other Tenant' });
    expect(await names('SELECT Name FROM Account ORDER BY Name')).toEqual(['Acme Pty Ltd', 'Beta Holdings']);
    expect(await names("SELECT Name FROM Contact WHERE LastName = 'Smith'")).toEqual(['Jane Smith']);
  });
});

describe('sorting and cursor paging', () => {
  /** Every page of a query, following nextCursor until done. */
  async function allPages(soql: string, pageSize: number): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await query(soql, {}, { pageSize, ...(cursor ? { cursor } : {}) });
      pages++;
      ids.push(...page.records.map((r) => r['Id'] as string));
      expect(page.records.length).toBeLessThanOrEqual(pageSize);
      if (page.done) {
        expect(page.nextCursor).toBeUndefined();
        return { ids, pages };
      }
      expect(page.records).toHaveLength(pageSize);
      cursor = page.nextCursor;
      if (pages > 50) throw new Error('paging does not end');
    }
  }

  it.each([
    'Amount__c',
    'Amount__c DESC',
    'Amount__c ASC NULLS LAST, Name DESC',
    'Amount__c DESC NULLS FIRST, Flag__c',
    'Due_Date__c DESC NULLS FIRST, Amount__c',
    'Flag__c, Stage__c NULLS LAST',
    'Seen_At__c DESC',
    'Contact__r.LastName NULLS LAST',
    'Owner__r.Email DESC, Contact__r.Account.Name',
    'Colours__c = null',
  ])('visits every row exactly once, in the query order, ordered by %s', async (order) => {
    const soql = order.includes('=') ? `SELECT Id FROM ${PROBE} WHERE ${order}` : `SELECT Id FROM ${PROBE} ORDER BY ${order}`;
    const whole = await query(soql);
    expect(whole.records).toHaveLength(soql.includes('WHERE') ? 5 : PROBES.length);
    for (const pageSize of [1, 4, 7]) {
      const { ids, pages } = await allPages(soql, pageSize);
      expect(ids).toEqual(whole.records.map((r) => r['Id']));
      expect(pages).toBe(Math.max(1, Math.ceil(whole.records.length / pageSize)));
    }
  });

  it('sorts NULLs first ascending and last descending unless told otherwise', async () => {
    const amounts = async (order: string) =>
      (await query(`SELECT Amount__c FROM ${PROBE} ORDER BY ${order}`)).records.map((r) => r['Amount__c'] as string | null);
    const ascending = await amounts('Amount__c');
    const nulls = PROBES.filter((p) => p.amount__c === null).length;
    expect(ascending.slice(0, nulls)).toEqual(Array(nulls).fill(null));
    expect(ascending.slice(nulls).map(Number)).toEqual([...ascending.slice(nulls).map(Number)].sort((a, b) => a - b));
    const descending = await amounts('Amount__c DESC');
    expect(descending.slice(-nulls)).toEqual(Array(nulls).fill(null));
    expect(await amounts('Amount__c NULLS LAST')).toEqual([...ascending.slice(nulls), ...ascending.slice(0, nulls)]);
  });

  it('keeps LIMIT across pages, applies OFFSET, and counts on request', async () => {
    const soql = `SELECT Id FROM ${PROBE} ORDER BY Name LIMIT 10`;
    const { ids, pages } = await allPages(soql, 4);
    expect(ids).toEqual(PROBES.slice(0, 10).map((p) => p.id));
    expect(pages).toBe(3);
    const offset = await query(`SELECT Name FROM ${PROBE} ORDER BY Name LIMIT 3 OFFSET 5`, {}, { countTotal: true });
    expect(offset).toMatchObject({ totalSize: 3, done: true, records: [{ Name: 'Probe 05' }, { Name: 'Probe 06' }, { Name: 'Probe 07' }] });
    const counted = await query(`SELECT Name FROM ${PROBE} WHERE Flag__c = true`, {}, { pageSize: 2, countTotal: true });
    expect(counted).toMatchObject({ totalSize: PROBES.filter((p) => p.flag__c).length, done: false });
    expect((await query(`SELECT Name FROM ${PROBE}`, {}, { pageSize: 2 })).totalSize).toBeUndefined();
  });

  it('refuses a cursor with another query', async () => {
    const first = await query(`SELECT Id FROM ${PROBE} ORDER BY Name`, {}, { pageSize: 5 });
    await expect(query(`SELECT Id FROM ${PROBE} ORDER BY Name DESC`, {}, { pageSize: 5, cursor: first.nextCursor })).rejects.toMatchObject({
      errors: [{ errorCode: 'INVALID_QUERY_LOCATOR' }],
    });
  });
});

describe('generated queries', () => {
  it('are refused as invalid, or run on the database, never failing otherwise', async () => {
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(wellFormedQuery(registry), fc.integer({ min: 1, max: 50 }), async (soql, pageSize) => {
        let compiled;
        try {
          compiled = compileQuery(parseQuery(soql), context(), { pageSize });
        } catch (error) {
          if (error instanceof EngineError && error.kind === 'invalid') return;
          throw error;
        }
        const result = await runQuery(ds, compiled);
        ran++;
        expect(result.records.every((r: SObjectRecord) => r.attributes.type === compiled.shape.objectApiName)).toBe(true);
        if (result.nextCursor) await runQuery(ds, compileQuery(parseQuery(soql), context(), { pageSize, cursor: result.nextCursor }));
      }),
      { numRuns: 300 },
    );
    expect(ran).toBeGreaterThan(30);
  });
});
