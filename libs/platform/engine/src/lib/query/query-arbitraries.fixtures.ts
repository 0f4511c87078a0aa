import fc from 'fast-check';
import type { Registry } from '@platform/metadata';
import { allFields } from '../records/system-fields';
import { PROBE } from './query-test.fixtures';

/** Test support: random SOQL text for property tests, from noise to well-formed queries. */

const OBJECTS = [PROBE, 'Contact', 'Account', 'fixture__Member_Settings__c', 'fixture__Register__c', 'Nope__c'];
const PATHS = [
  'Contact__r.LastName',
  'Contact__r.Name',
  'Contact__r.Account.Name',
  'Owner__r.Email',
  'Owner__r.Name',
  'Owner__r.Id',
  'Owner__r.Birthdate',
  'Account.Name',
  'Account.Email',
  'fixture__Member__r.Name',
  'fixture__Member__r.Email',
  'fixture__Parent__r.Name',
  'fixture__Parent__r.fixture__Parent__r.fixture__Status__c',
  'Nope__r.Name',
  'Nope',
];
const LITERALS = [
  "'Red'",
  "'Red;Blue'",
  "'a%'",
  "'%\\_%'",
  "'New'",
  "'Smith'",
  "'3f2504e0-4f89-41d3-9a0c-0305e82c3301'",
  "''",
  '5',
  '-1.5',
  '0',
  '99999999999999999999.99',
  'true',
  'false',
  'null',
  '2025-03-01',
  '2025-03-01T10:00:00Z',
  '2025-03-01T10:00:00.123+05:30',
  'TODAY',
  'YESTERDAY',
  'TOMORROW',
];
const OPERATORS = ['=', '!=', '<>', '<', '<=', '>', '>=', 'LIKE'];

const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fieldNames(registry: Registry): string[] {
  return registry.objects.flatMap((o) => allFields(o).map((f) => f.apiName));
}

/** A value, mostly of the shapes SOQL knows, sometimes arbitrary text. */
const literal = fc.oneof(fc.constantFrom(...LITERALS), fc.string({ maxLength: 12 }).map(quoted));

/** Well-formed queries over real and unknown names: they reach the compiler, often the database. */
export function wellFormedQuery(registry: Registry): fc.Arbitrary<string> {
  const objects = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...OBJECTS.slice(0, -1)) }, fc.constant('Nope__c'));
  return objects.chain((from) => {
    const own = registry.object(from);
    const field = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...(own ? allFields(own).map((f) => f.apiName) : ['Id'])) },
      { weight: 1, arbitrary: fc.constantFrom(...PATHS) },
      { weight: 1, arbitrary: fc.constantFrom(...fieldNames(registry)) },
    );
    const typed = own
      ? fc
          .constantFrom(...allFields(own))
          .chain((f) => fc.tuple(fc.constant(f.apiName), fc.constantFrom(...OPERATORS), fc.constantFrom(...(TYPED[f.type] ?? LITERALS))))
      : fc.tuple(field, fc.constant('='), literal);
    return queryOn(
      from,
      field,
      typed.map(([f, op, v]) => `${f} ${op} ${v}`),
    );
  });
}

/** Values that fit each field type, so that many generated filters pass the type check. */
const TYPED: Partial<Record<string, string[]>> = {
  Text: ["'Smith'", "'a%'", 'null', "'%\\_%'"],
  Number: ['5', '-1.5', 'null'],
  Currency: ['5', '-1.5', '20.50', 'null'],
  Percent: ['5', '0', 'null'],
  Date: ['2025-03-01', 'TODAY', 'YESTERDAY', 'null'],
  DateTime: ['2025-03-01T10:00:00Z', 'TODAY', 'null'],
  Checkbox: ['true', 'false'],
  Picklist: ["'New'", "'Open'", 'null'],
  MultiPicklist: ["'Red'", "'Red;Blue'", 'null'],
  Lookup: ["'3f2504e0-4f89-41d3-9a0c-0305e82c3301'", 'null'],
};

function queryOn(from: string, field: fc.Arbitrary<string>, typedAtom: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const atom = fc.oneof(
    { weight: 6, arbitrary: typedAtom },
    fc.tuple(field, fc.constantFrom(...OPERATORS), literal).map(([f, op, v]) => `${f} ${op} ${v}`),
    fc
      .tuple(field, fc.boolean(), fc.array(literal, { minLength: 1, maxLength: 3 }))
      .map(([f, not, vs]) => `${f} ${not ? 'NOT IN' : 'IN'} (${vs.join(', ')})`),
    fc
      .tuple(field, fc.constantFrom('INCLUDES', 'EXCLUDES'), fc.array(literal, { minLength: 1, maxLength: 2 }))
      .map(([f, op, vs]) => `${f} ${op} (${vs.join(', ')})`),
  );
  const { condition } = fc.letrec<{ condition: string }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('condition'), fc.constantFrom('AND', 'OR'), tie('condition')).map(([a, j, b]) => `(${a} ${j} ${b})`),
      tie('condition').map((c) => `NOT ${c}`),
    ),
  }));
  const order = fc.tuple(field, fc.constantFrom('', ' ASC', ' DESC'), fc.constantFrom('', ' NULLS FIRST', ' NULLS LAST'));
  return fc
    .record({
      select: fc.array(field, { minLength: 1, maxLength: 4 }),
      where: fc.option(condition, { nil: undefined }),
      orderBy: fc.array(order, { maxLength: 2 }),
      limit: fc.option(fc.integer({ min: 0, max: 2010 }), { nil: undefined }),
    })
    .map(
      (q) =>
        `SELECT ${q.select.join(', ')} FROM ${from}` +
        (q.where ? ` WHERE ${q.where}` : '') +
        (q.orderBy.length ? ` ORDER BY ${q.orderBy.map(([f, d, n]) => `${f}${d}${n}`).join(', ')}` : '') +
        (q.limit === undefined ? '' : ` LIMIT ${q.limit}`),
    );
}

/** Tokens in random order: keywords, real and made-up names, punctuation and literals. */
export function identifierSoup(registry: Registry): fc.Arbitrary<string> {
  const token = fc.oneof(
    fc.constantFrom(
      'SELECT',
      'FROM',
      'WHERE',
      'AND',
      'OR',
      'NOT',
      'IN',
      'LIKE',
      'INCLUDES',
      'ORDER',
      'BY',
      'DESC',
      'NULLS',
      'LAST',
      'LIMIT',
      'OFFSET',
      ',',
      '.',
      '(',
      ')',
      '=',
      '<',
      '!=',
      ...OPERATORS,
    ),
    fc.constantFrom(...OBJECTS, ...PATHS, ...fieldNames(registry)),
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/),
    literal,
  );
  return fc.array(token, { maxLength: 25 }).map((tokens) => `SELECT ${tokens.join(' ')}`);
}
