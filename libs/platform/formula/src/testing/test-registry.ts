import { metadataKey, Registry, type FieldDef, type FieldType, type ObjectDef } from '@platform/metadata';

const source = { file: 'test', line: 1 };

/** A field as the loader would produce it, with only what a formula needs filled in. */
export function field(apiName: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    apiName,
    column: type === 'Formula' ? null : apiName.toLowerCase(),
    objectApiName: '',
    label: apiName,
    type,
    packageName: apiName.startsWith('lumary__') ? 'Lumary AR' : 'Core',
    required: false,
    unique: false,
    externalId: false,
    tracked: false,
    source,
    ...extra,
  };
}

export function object(apiName: string, fields: FieldDef[], recordTypes: string[] = []): ObjectDef {
  return {
    apiName,
    table: apiName.toLowerCase(),
    label: apiName,
    pluralLabel: apiName,
    packageName: apiName.startsWith('lumary__') ? 'Lumary AR' : 'Core',
    nameField: 'Name',
    fields: new Map(fields.map((f) => [metadataKey(f.apiName), { ...f, objectApiName: apiName }])),
    recordTypes: new Map(
      recordTypes.map((rt) => [
        metadataKey(rt),
        {
          apiName: rt,
          objectApiName: apiName,
          label: rt,
          active: true,
          picklistValues: {},
          source,
        },
      ]),
    ),
    validationRules: new Map(),
    layouts: new Map(),
    recordPages: new Map(),
    listViews: new Map(),
    source,
  };
}

const picklist = (...values: string[]) => ({
  values: values.map((value) => ({
    value,
    label: value,
    default: false,
    active: true,
  })),
  restricted: true,
});

export const ENTITY = 'lumary__Accounting_Entity__c';

/**
 * A small registry: Lumary AR's accounting entity (a tree through Parent__c, two record types,
 * a polymorphic debtor) over core Contact and Account, plus a tenant field and another package's.
 */
export function testRegistry(): Registry {
  const registry = new Registry();
  registry.addObject(object('Account', [field('Name', 'Text'), field('ABN', 'Text'), field('Credit_Limit__c', 'Currency')]));
  registry.addObject(
    object('Contact', [
      field('FirstName', 'Text'),
      field('LastName', 'Text'),
      field('Name', 'Formula', {
        formula: 'TRIM(FirstName & " " & LastName)',
        returnType: 'Text',
      }),
      field('Birthdate', 'Date'),
      field('AccountId', 'Lookup', {
        referenceTo: ['Account'],
        relationshipName: 'Account',
      }),
    ]),
  );
  registry.addObject(
    object(
      ENTITY,
      [
        field('Name', 'Text'),
        field('lumary__Start_Date__c', 'Date'),
        field('lumary__End_Date__c', 'Date'),
        field('lumary__Posted_At__c', 'DateTime'),
        field('lumary__Status__c', 'Picklist', {
          picklist: picklist('Open', 'Closed'),
        }),
        field('lumary__Tags__c', 'MultiPicklist', {
          picklist: picklist('A', 'B', 'C'),
        }),
        field('lumary__Amount__c', 'Currency', { precision: 18, scale: 2 }),
        field('lumary__Rate__c', 'Percent'),
        field('lumary__Count__c', 'Number'),
        field('lumary__Active__c', 'Checkbox'),
        field('lumary__Code__c', 'Text'),
        field('lumary__Parent__c', 'Lookup', {
          referenceTo: [ENTITY],
          relationshipName: 'lumary__Parent__r',
        }),
        field('lumary__Contact__c', 'Lookup', {
          referenceTo: ['Contact'],
          relationshipName: 'lumary__Contact__r',
        }),
        field('lumary__Debtor__c', 'Lookup', {
          referenceTo: ['Contact', 'Account'],
          relationshipName: 'lumary__Debtor__r',
        }),
        field('lumary__Total__c', 'Formula', {
          formula: 'Amount__c * 2',
          returnType: 'Currency',
        }),
        field('lumary__Period_Count__c', 'Summary', {
          summary: {
            childObject: ENTITY,
            childField: 'lumary__Parent__c',
            operation: 'count',
          },
        }),
        field('Region__c', 'Text'),
        field('other__Score__c', 'Number'),
      ],
      ['Accounting_Period', 'GL_Code'],
    ),
  );
  return registry;
}
