import { join } from 'node:path';
import {
  columnName,
  isPolymorphic,
  loadPackages,
  metadataKey,
  polymorphicTypeColumn,
  SYSTEM_COLUMNS,
  type FieldDef,
  type FieldType,
  type Registry,
} from '@platform/metadata';
import { OWNER_COLUMN } from '@platform/storage';

/**
 * Test support (not exported from the library): the shipped metadata plus one probe object
 * with a field of every stored type and formulas of each return type, which the shipped
 * metadata does not have yet.
 */

export const PROBE = 'Query_Probe__c';
export const TENANT = '0b7a3c1e-8d4f-4b6a-9c2e-5f1d3a7b9c01';
export const OTHER_TENANT = '7e2d9f4a-1c3b-4e5d-8f6a-2b4c6d8e0f12';
export const TODAY = '2025-03-10';

const source = { file: 'query-test.fixtures.ts', line: 1 };
const picklist = (...values: string[]) => ({
  values: values.map((value) => ({ value, label: value, default: false, active: true })),
  restricted: false,
});

function probeField(apiName: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    apiName,
    column: columnName({ apiName, type }),
    objectApiName: PROBE,
    label: apiName,
    type,
    packageName: 'Core',
    required: false,
    unique: false,
    externalId: false,
    tracked: false,
    source,
    ...extra,
  };
}

const PROBE_FIELDS: FieldDef[] = [
  probeField('Name', 'Text', { length: 80 }),
  probeField('Notes__c', 'LongTextArea', { length: 4000 }),
  probeField('Amount__c', 'Currency', { precision: 16, scale: 2 }),
  probeField('Ratio__c', 'Percent', { precision: 5, scale: 2 }),
  probeField('Count__c', 'Number', { precision: 18, scale: 0 }),
  probeField('Due_Date__c', 'Date'),
  probeField('Seen_At__c', 'DateTime'),
  probeField('Flag__c', 'Checkbox'),
  probeField('Stage__c', 'Picklist', { picklist: picklist('New', 'Working', 'Done') }),
  probeField('Colours__c', 'MultiPicklist', { picklist: picklist('Red', 'Green', 'Blue') }),
  probeField('Contact__c', 'Lookup', { referenceTo: ['Contact'], relationshipName: 'Contact__r' }),
  probeField('Owner__c', 'Lookup', { referenceTo: ['Contact', 'Account'], relationshipName: 'Owner__r' }),
  probeField('Double_Amount__c', 'Formula', { formula: 'Amount__c * 2', returnType: 'Currency', scale: 2 }),
  probeField('Due_Next__c', 'Formula', { formula: 'Due_Date__c + 1', returnType: 'Date' }),
  probeField('Is_Big__c', 'Formula', { formula: 'Amount__c > 100', returnType: 'Checkbox' }),
  probeField('Contact_Name__c', 'Formula', { formula: 'Contact__r.Name', returnType: 'Text' }),
  probeField('Ratio_Half__c', 'Formula', { formula: 'Ratio__c / 2', returnType: 'Number', scale: 3 }),
];

/** The platform's test metadata (core + the fixture package) with the probe object added. */
export async function testRegistry(): Promise<Registry> {
  const repoRoot = join(__dirname, '../../../../../..');
  const { registry, errors } = await loadPackages([
    join(repoRoot, 'metadata/core'),
    join(repoRoot, 'libs/platform/testing/metadata/fixture'),
  ]);
  if (errors.length > 0) throw new Error(`metadata errors: ${errors.map((e) => e.message).join('; ')}`);
  registry.addObject({
    apiName: PROBE,
    table: PROBE.toLowerCase(),
    label: 'Query Probe',
    pluralLabel: 'Query Probes',
    packageName: 'Core',
    nameField: 'Name',
    fields: new Map(PROBE_FIELDS.map((f) => [metadataKey(f.apiName), f])),
    recordTypes: new Map(),
    validationRules: new Map(),
    layouts: new Map(),
    recordPages: new Map(),
    listViews: new Map(),
    source,
  });
  return registry;
}

/** Every identifier the compiler may write: metadata tables and columns, and its own aliases. */
export function metadataIdentifiers(registry: Registry): Set<string> {
  // Every table's system columns, and the owner's (OwnerId), which the engine adds to all but User and UserRole.
  const names = new Set<string>([...SYSTEM_COLUMNS, OWNER_COLUMN]);
  for (const object of registry.objects) {
    names.add(object.table);
    for (const field of object.fields.values()) {
      if (!field.column) continue;
      names.add(field.column);
      if (isPolymorphic(field)) names.add(polymorphicTypeColumn(field.column));
    }
  }
  return names;
}

const SQL_WORDS = new Set(
  [
    'SELECT',
    'AS',
    'FROM',
    'LEFT',
    'JOIN',
    'ON',
    'AND',
    'OR',
    'NOT',
    'WHERE',
    'ORDER',
    'BY',
    'ASC',
    'DESC',
    'NULLS',
    'FIRST',
    'LAST',
    'LIMIT',
    'OFFSET',
    'IS',
    'NULL',
    'COALESCE',
    'FALSE',
    'LOWER',
    'ILIKE',
    'CARDINALITY',
    'AT',
    'TIME',
    'ZONE',
    'TEXT',
    'COUNT',
  ].map((w) => w.toLowerCase()),
);

/**
 * Identifiers in SQL that the compiler should never write: quoted names that are not metadata
 * (or its own t0/c0 aliases), and bare words that are not the SQL keywords it uses.
 */
export function foreignIdentifiers(sql: string, allowed: Set<string>): string[] {
  const quoted = [...sql.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
  const bare =
    sql
      .replace(/"(?:[^"]|"")*"/g, ' ')
      .replace(/\$\d+::[a-z[\]]+/g, ' ')
      .match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [
    ...quoted.filter((q) => !allowed.has(q) && !/^[tc]\d+$/.test(q) && q !== 'n'),
    ...bare.filter((w) => !SQL_WORDS.has(w.toLowerCase())),
  ];
}
