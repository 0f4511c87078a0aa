import { columnName, metadataKey, Registry, tableName, type FieldDef, type ObjectDef } from '@platform/metadata';

/** Hand-built metadata for tests: only what the schema planner reads, the rest defaulted. */

const source = { file: 'test', line: 1 };

export type FieldSpec = Partial<FieldDef> & Pick<FieldDef, 'apiName' | 'type'>;

export function field(objectApiName: string, spec: FieldSpec): FieldDef {
  return {
    column: columnName(spec),
    objectApiName,
    label: spec.apiName,
    packageName: 'test',
    required: false,
    unique: false,
    externalId: false,
    tracked: false,
    source,
    ...spec,
  };
}

export function object(apiName: string, fields: FieldSpec[]): ObjectDef {
  return {
    apiName,
    table: tableName(apiName),
    label: apiName,
    pluralLabel: apiName,
    packageName: 'test',
    nameField: 'Name',
    fields: new Map(fields.map((spec) => [metadataKey(spec.apiName), field(apiName, spec)])),
    recordTypes: new Map(),
    validationRules: new Map(),
    layouts: new Map(),
    recordPages: new Map(),
    listViews: new Map(),
    source,
  };
}

export function registry(...objects: ObjectDef[]): Registry {
  const result = new Registry();
  for (const def of objects) result.addObject(def);
  return result;
}

/** A small AR-shaped model: an entity, its invoices (master-detail) and a polymorphic lookup. */
export function arModel(extraInvoiceFields: FieldSpec[] = []): Registry {
  return registry(
    object('lumary__Accounting_Entity__c', [
      { apiName: 'Name', type: 'Text' },
      { apiName: 'lumary__Code__c', type: 'Text', unique: true },
      {
        apiName: 'lumary__Invoice_Total__c',
        type: 'Summary',
        summary: {
          childObject: 'lumary__Invoice__c',
          childField: 'lumary__Entity__c',
          operation: 'sum',
          summarizedField: 'lumary__Amount__c',
        },
      },
      {
        apiName: 'lumary__Invoice_Count__c',
        type: 'Summary',
        summary: {
          childObject: 'lumary__Invoice__c',
          childField: 'lumary__Entity__c',
          operation: 'count',
        },
      },
      {
        apiName: 'lumary__Last_Invoice__c',
        type: 'Summary',
        summary: {
          childObject: 'lumary__Invoice__c',
          childField: 'lumary__Entity__c',
          operation: 'max',
          summarizedField: 'lumary__Invoice_Date__c',
        },
      },
    ]),
    object('lumary__Invoice__c', [
      { apiName: 'Name', type: 'AutoNumber', displayFormat: 'INV-{000000}' },
      {
        apiName: 'lumary__Entity__c',
        type: 'MasterDetail',
        referenceTo: ['lumary__Accounting_Entity__c'],
      },
      {
        apiName: 'lumary__Parent__c',
        type: 'Lookup',
        referenceTo: ['lumary__Invoice__c'],
      },
      {
        apiName: 'lumary__Regarding__c',
        type: 'Lookup',
        referenceTo: ['lumary__Accounting_Entity__c', 'lumary__Invoice__c'],
      },
      {
        apiName: 'lumary__Amount__c',
        type: 'Currency',
        precision: 16,
        scale: 2,
      },
      { apiName: 'lumary__Invoice_Date__c', type: 'Date' },
      { apiName: 'lumary__Posted__c', type: 'Checkbox' },
      { apiName: 'lumary__Tags__c', type: 'MultiPicklist' },
      { apiName: 'lumary__External_Id__c', type: 'Text', externalId: true },
      {
        apiName: 'lumary__Balance__c',
        type: 'Formula',
        returnType: 'Currency',
        formula: 'lumary__Amount__c',
      },
      ...extraInvoiceFields,
    ]),
  );
}
