import type { SchemaObject } from '@nestjs/swagger';
import { metadataKey, Registry, type FieldDef, type ObjectDef, type PicklistValue } from '@platform/metadata';
import { inputSchema, readSchema, updateSchema } from './record-schemas';

/** Field types the shipped metadata does not use yet, on a hand-built object. */
const source = { file: 'test', line: 1 };
type Spec = Partial<FieldDef> & Pick<FieldDef, 'apiName' | 'type'>;

function objectOf(apiName: string, specs: Spec[]): ObjectDef {
  const fields = specs.map(
    (spec): FieldDef => ({
      column: spec.type === 'Formula' ? null : spec.apiName.toLowerCase(),
      objectApiName: apiName,
      label: spec.apiName,
      packageName: 'test',
      required: false,
      unique: false,
      externalId: false,
      tracked: false,
      source,
      ...spec,
    }),
  );
  return {
    apiName,
    table: apiName.toLowerCase(),
    label: apiName,
    pluralLabel: apiName,
    packageName: 'test',
    nameField: 'Name',
    fields: new Map(fields.map((f) => [metadataKey(f.apiName), f])),
    recordTypes: new Map(),
    validationRules: new Map(),
    layouts: new Map(),
    recordPages: new Map(),
    listViews: new Map(),
    source,
  };
}

const values = (...names: string[]): PicklistValue[] =>
  names.map((value) => ({ value, label: value, default: false, active: !value.startsWith('Old') }));

const registry = new Registry();
const parent = objectOf('Parent__c', [
  { apiName: 'Name', type: 'Text' },
  { apiName: 'Child_Count__c', type: 'Summary', summary: { childObject: 'Child__c', childField: 'Parent__c', operation: 'count' } },
  {
    apiName: 'Last_Date__c',
    type: 'Summary',
    summary: { childObject: 'Child__c', childField: 'Parent__c', operation: 'max', summarizedField: 'Day__c' },
  },
]);
const child = objectOf('Child__c', [
  { apiName: 'Name', type: 'AutoNumber', displayFormat: 'C-{0000}' },
  { apiName: 'Parent__c', type: 'MasterDetail', referenceTo: ['Parent__c'] },
  { apiName: 'Amount__c', type: 'Currency', precision: 16, scale: 2 },
  { apiName: 'Day__c', type: 'Date' },
  { apiName: 'Tags__c', type: 'MultiPicklist', picklist: { values: values('A', 'B.C', 'Old'), restricted: true } },
  { apiName: 'Colour__c', type: 'Picklist', picklist: { values: values('Red', 'Old Blue'), restricted: true } },
  { apiName: 'Mood__c', type: 'Picklist', picklist: { values: values('Happy'), restricted: false } },
  { apiName: 'Double__c', type: 'Formula', returnType: 'Currency', scale: 2, formula: 'Amount__c * 2' },
  { apiName: 'Is_Big__c', type: 'Formula', returnType: 'Checkbox', formula: 'Amount__c > 100' },
]);
registry.addObject(parent);
registry.addObject(child);

const props = (schema: SchemaObject) => schema.properties as Record<string, SchemaObject>;
const matches = (schema: SchemaObject, value: string) => new RegExp(schema.pattern ?? '').test(value);

describe('record schemas from metadata', () => {
  const read = props(readSchema(registry, child));
  const input = inputSchema(registry, child);
  const write = props(input);

  it('reads numbers as exact decimal strings at their scale, and takes strings or short numbers', () => {
    expect(read['Amount__c']).toMatchObject({ type: 'string', format: 'decimal', nullable: true });
    expect(['1234.50', '-0.05'].map((v) => matches(read['Amount__c'], v))).toEqual([true, true]);
    expect(['1234.5', '1234', '1e3'].map((v) => matches(read['Amount__c'], v))).toEqual([false, false, false]);
    const [text, number] = write['Amount__c'].oneOf as SchemaObject[];
    expect(number).toEqual({ type: 'number', nullable: true });
    expect(['12.5', '+3', '.25', '12.50'].map((v) => matches(text, v))).toEqual([true, true, true, true]);
    expect(['12.505', 'abc', ''].map((v) => matches(text, v))).toEqual([false, false, false]);
  });

  it("reads multi-select picklists as 'A;B' of their values, and takes a list too", () => {
    expect(read['Tags__c']).toMatchObject({ type: 'string', nullable: true });
    expect(['A', 'A;B.C', 'Old;A'].map((v) => matches(read['Tags__c'], v))).toEqual([true, true, true]);
    expect(['A;X', 'BxC', 'A;'].map((v) => matches(read['Tags__c'], v))).toEqual([false, false, false]);
    expect(write['Tags__c'].oneOf).toEqual([
      expect.objectContaining({ type: 'string', nullable: true }),
      { type: 'array', items: { type: 'string', enum: ['A', 'B.C'] }, nullable: true },
    ]);
  });

  it('offers only active values of restricted picklists; unrestricted ones take any text', () => {
    expect(read['Colour__c'].enum).toEqual(['Red', 'Old Blue']);
    expect(write['Colour__c'].enum).toEqual(['Red']);
    expect(write['Mood__c'].enum).toBeUndefined();
    expect(write['Mood__c']).toMatchObject({ type: 'string', 'x-picklist-values': ['Happy'] });
  });

  it('types formulas by what they return and makes computed fields read-only', () => {
    expect(read['Double__c']).toMatchObject({
      type: 'string',
      format: 'decimal',
      pattern: '^-?\\d{1,16}\\.\\d{2}$',
      readOnly: true,
      nullable: true,
    });
    expect(read['Is_Big__c']).toMatchObject({ type: 'boolean', readOnly: true, nullable: true });
    expect(read['Name']).toMatchObject({ type: 'string', readOnly: true, example: 'C-{0000}' });
    for (const name of ['Name', 'Double__c', 'Is_Big__c', 'Id', 'CreatedDate', 'RecordTypeId']) expect(write[name]).toBeUndefined();
  });

  it('types roll-ups: counts as whole-number strings, a max of dates as a date', () => {
    const parentRead = props(readSchema(registry, parent));
    expect(parentRead['Child_Count__c']).toMatchObject({ type: 'string', pattern: '^\\d+$', readOnly: true });
    expect(parentRead['Last_Date__c']).toMatchObject({ type: 'string', format: 'date', readOnly: true });
  });

  it('requires the master of a detail on create, not on update, and never accepts null for it', () => {
    expect(input.required).toEqual(['Parent__c']);
    expect(write['Parent__c']).toMatchObject({ type: 'string', format: 'uuid', 'x-reference-to': ['Parent__c'] });
    expect(write['Parent__c'].nullable).toBeUndefined();
    expect(updateSchema(registry, child).required).toBeUndefined();
  });
});
