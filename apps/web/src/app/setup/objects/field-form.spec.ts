import type { Schemas } from '@platform/api-client';
import type { SetupField, SetupSummaryOption } from '../setup-types';
import {
  EMPTY_FIELD_FORM,
  FieldFormValues,
  apiNameFromLabel,
  defaultsFor,
  fieldChanges,
  grantsMessage,
  newFieldBody,
  picklistLines,
  relationshipKey,
  summarizableFields,
  typeSummary,
  withEdit,
  withRead,
} from './field-form';
import { formulaPointer } from './formula-position';

const type = (name: string, needs: Schemas['FieldTypeOption']['needs'] = []): Schemas['FieldTypeOption'] => ({
  type: name,
  label: name,
  needs,
});
const form = (values: Partial<FieldFormValues>): FieldFormValues => ({ ...EMPTY_FIELD_FORM, ...values });

const SUMMARY = type('Summary', ['summarizedObject', 'operation', 'summarizedField']);

const ORDER_LINES: SetupSummaryOption = {
  object: 'fixture__Order_Line__c',
  objectLabel: 'Order Line',
  relationshipField: 'fixture__Order__c',
  relationshipLabel: 'Order',
  fields: [
    { apiName: 'fixture__Amount__c', label: 'Amount', type: 'Currency', operations: ['sum', 'min', 'max'] },
    { apiName: 'fixture__Line_Date__c', label: 'Line Date', type: 'Date', operations: ['min', 'max'] },
  ],
};

function field(values: Partial<SetupField>): SetupField {
  const type = values.type ?? 'Text';
  return {
    apiName: 'Region__c',
    label: 'Region',
    packageName: 'Tenant',
    custom: true,
    locked: false,
    helpText: null,
    description: null,
    required: false,
    length: null,
    precision: null,
    scale: null,
    referenceTo: [],
    formula: null,
    returnType: null,
    indexed: false,
    unique: false,
    externalId: false,
    indexing: null,
    displayFormat: null,
    picklist: null,
    summary: null,
    ...values,
    type,
    typeLabel: values.typeLabel ?? type,
  };
}

describe('newFieldBody', () => {
  it('sends a Text field its length as a number, with help text, required and indexed', () => {
    expect(
      newFieldBody(
        type('Text', ['length']),
        form({ label: ' Region ', length: '40', helpText: 'Where they live', required: true, indexed: true }),
      ),
    ).toEqual({
      label: 'Region',
      type: 'Text',
      length: 40,
      helpText: 'Where they live',
      required: true,
      indexed: true,
    });
  });

  it('sends a Currency field its precision and scale, and nothing the type does not need', () => {
    expect(
      newFieldBody(
        type('Currency', ['precision', 'scale']),
        form({ label: 'Budget', precision: '16', scale: '2', length: '99', formula: 'x' }),
      ),
    ).toEqual({
      label: 'Budget',
      type: 'Currency',
      precision: 16,
      scale: 2,
    });
  });

  it('sends picklist values one a line, blanks and repeats dropped, and whether they are restricted', () => {
    const body = newFieldBody(
      type('Picklist', ['values']),
      form({ label: 'Tier', values: 'Gold\n\n Silver \ngold\nBronze', restricted: false }),
    );
    expect(body.values).toEqual(['Gold', 'Silver', 'Bronze']);
    expect(body.restricted).toBe(false);
  });

  it('sends a Lookup its target object and an explicit API name', () => {
    expect(
      newFieldBody(type('Lookup', ['referenceTo']), form({ label: 'Partner', apiName: 'Partner_Account__c', referenceTo: 'Account' })),
    ).toEqual({
      label: 'Partner',
      apiName: 'Partner_Account__c',
      type: 'Lookup',
      referenceTo: 'Account',
    });
  });

  it('sends a Formula its expression and return type, never required or indexed', () => {
    expect(
      newFieldBody(
        type('Formula', ['formula', 'returnType']),
        form({ label: 'Shout', formula: 'UPPER(Name)', returnType: 'Text', required: true, indexed: true }),
      ),
    ).toEqual({
      label: 'Shout',
      type: 'Formula',
      formula: 'UPPER(Name)',
      returnType: 'Text',
    });
  });

  it('sends an AutoNumber its display format and starting number', () => {
    expect(
      newFieldBody(type('AutoNumber', ['displayFormat']), form({ label: 'Ref', displayFormat: 'R-{0000}', startingNumber: '100' })),
    ).toEqual({
      label: 'Ref',
      type: 'AutoNumber',
      displayFormat: 'R-{0000}',
      startingNumber: 100,
    });
  });

  it('sends a Master-Detail its master object, never required or indexed (it is always required)', () => {
    expect(
      newFieldBody(
        type('MasterDetail', ['referenceTo']),
        form({ label: 'Payer', referenceTo: 'Account', helpText: 'Who pays', required: true, indexed: true }),
      ),
    ).toEqual({
      label: 'Payer',
      type: 'MasterDetail',
      referenceTo: 'Account',
      helpText: 'Who pays',
    });
  });

  it('sends a COUNT roll-up its detail object and master-detail field, without a field to aggregate', () => {
    const values = form({
      label: 'Line Count',
      summarizedObject: relationshipKey(ORDER_LINES),
      operation: 'count',
      summarizedField: 'fixture__Amount__c',
      required: true,
    });
    expect(newFieldBody(SUMMARY, values)).toEqual({
      label: 'Line Count',
      type: 'Summary',
      summarizedObject: 'fixture__Order_Line__c',
      relationshipField: 'fixture__Order__c',
      operation: 'count',
    });
  });

  it('sends a SUM roll-up the field it adds up', () => {
    const values = form({
      label: 'Lines Total',
      summarizedObject: 'fixture__Order_Line__c.fixture__Order__c',
      operation: 'sum',
      summarizedField: 'fixture__Amount__c',
    });
    expect(newFieldBody(SUMMARY, values)).toEqual({
      label: 'Lines Total',
      type: 'Summary',
      summarizedObject: 'fixture__Order_Line__c',
      relationshipField: 'fixture__Order__c',
      operation: 'sum',
      summarizedField: 'fixture__Amount__c',
    });
  });

  it('grants the new field to the permission sets with Read or Edit ticked, and to no other', () => {
    const grants = {
      Field_Readers: { read: true, edit: false },
      Field_Editors: { read: true, edit: true },
      Untouched: { read: false, edit: false },
    };
    expect(newFieldBody(type('Text', ['length']), form({ label: 'Region', length: '40', grants }))).toEqual({
      label: 'Region',
      type: 'Text',
      length: 40,
      grants: [{ permissionSet: 'Field_Readers' }, { permissionSet: 'Field_Editors', edit: true }],
    });
    // Nothing ticked (or everything unticked again): no grants at all, the field is the admins' alone.
    expect(
      newFieldBody(type('Text', ['length']), form({ label: 'Region', length: '40', grants: { Untouched: { read: false, edit: false } } })),
    ).not.toHaveProperty('grants');
  });

  it('asks for no Edit on a computed field: a Formula, Roll-Up Summary or Auto Number can only be read', () => {
    const grants = { Field_Editors: { read: true, edit: true } };
    expect(
      newFieldBody(type('Formula', ['formula', 'returnType']), form({ label: 'Shout', formula: 'UPPER(Name)', returnType: 'Text', grants }))
        .grants,
    ).toEqual([{ permissionSet: 'Field_Editors' }]);
    expect(newFieldBody(type('AutoNumber', ['displayFormat']), form({ label: 'Ref', displayFormat: 'R-{0000}', grants })).grants).toEqual([
      { permissionSet: 'Field_Editors' },
    ]);
    const count = form({ label: 'Line Count', summarizedObject: relationshipKey(ORDER_LINES), operation: 'count', grants });
    expect(newFieldBody(SUMMARY, count).grants).toEqual([{ permissionSet: 'Field_Editors' }]);
  });

  it('ticks Read with Edit, and unticks Edit with Read', () => {
    const editing = withEdit({}, 'Field_Editors', true);
    expect(editing).toEqual({ Field_Editors: { read: true, edit: true } });
    expect(withEdit(editing, 'Field_Editors', false)).toEqual({ Field_Editors: { read: true, edit: false } });
    expect(withRead(editing, 'Field_Editors', false)).toEqual({ Field_Editors: { read: false, edit: false } });
    expect(withRead(withRead(editing, 'Field_Editors', false), 'Field_Editors', true)).toEqual({
      Field_Editors: { read: true, edit: false },
    });
    // Another set's boxes are left as they were.
    expect(withRead(editing, 'Field_Readers', true)).toEqual({
      Field_Editors: { read: true, edit: true },
      Field_Readers: { read: true, edit: false },
    });
  });

  it('shows a refused grant without the path the server gives it', () => {
    const managed =
      'grants[0].permissionSet: fixture__Fixture_User belongs to Platform Fixture and cannot be changed; grant the field in a permission set of your own.';
    expect(grantsMessage(managed)).toBe(
      'fixture__Fixture_User belongs to Platform Fixture and cannot be changed; grant the field in a permission set of your own.',
    );
    expect(grantsMessage("grants[1].permissionSet: no permission set called 'Gone'.")).toBe("no permission set called 'Gone'.");
    expect(grantsMessage('length must be at most 255')).toBe('length must be at most 255');
  });

  it('starts each type with sensible properties', () => {
    expect(defaultsFor(type('Text', ['length']))).toEqual({ length: '255' });
    expect(defaultsFor(type('Number', ['precision', 'scale']))).toEqual({ precision: '18', scale: '0' });
    expect(defaultsFor(type('Formula', ['formula', 'returnType']))).toEqual({ returnType: 'Text' });
    expect(defaultsFor(SUMMARY)).toEqual({ operation: 'count' });
  });
});

describe('field helpers', () => {
  it('makes the API name the server would from a label', () => {
    expect(apiNameFromLabel('Service Region')).toBe('Service_Region__c');
    expect(apiNameFromLabel("  Client's  #1 ")).toBe('Client_s_1__c');
    expect(apiNameFromLabel('2nd Contact')).toBe('X2nd_Contact__c');
    expect(apiNameFromLabel('  ')).toBe('');
  });

  it('reads picklist lines whatever the line endings', () => {
    expect(picklistLines('A\r\nB\n\nA\n')).toEqual(['A', 'B']);
  });

  it('sends only what changed when a field is edited, and only picklist values not there already', () => {
    const tier = field({
      label: 'Tier',
      helpText: 'Level',
      picklist: { restricted: true, values: [{ value: 'Gold', label: 'Gold', active: true, default: false, custom: true }] },
    });
    expect(fieldChanges(tier, { label: 'Tier', helpText: 'Level', description: '', addValues: '' })).toEqual({});
    expect(fieldChanges(tier, { label: 'Service tier', helpText: 'Level', description: '', addValues: 'gold\nPlatinum' })).toEqual({
      label: 'Service tier',
      addValues: ['Platinum'],
    });
  });

  it('offers a roll-up only the detail fields its operation can take', () => {
    const names = (operation: string) => summarizableFields(ORDER_LINES, operation).map((f) => f.apiName);
    expect(names('sum')).toEqual(['fixture__Amount__c']);
    expect(names('min')).toEqual(['fixture__Amount__c', 'fixture__Line_Date__c']);
    expect(names('max')).toEqual(['fixture__Amount__c', 'fixture__Line_Date__c']);
    expect(names('count')).toEqual([]);
    expect(summarizableFields(undefined, 'sum')).toEqual([]);
  });

  it('summarises a master-detail and a roll-up as the table shows them', () => {
    expect(typeSummary(field({ type: 'MasterDetail', typeLabel: 'Master-Detail', referenceTo: ['Account'] }))).toBe(
      'Master-Detail(Account)',
    );
    const summary = (operation: 'count' | 'sum', summarizedField: string | null) =>
      field({
        type: 'Summary',
        typeLabel: 'Roll-Up Summary',
        summary: { summarizedObject: 'fixture__Order_Line__c', relationshipField: 'fixture__Order__c', operation, summarizedField },
      });
    expect(typeSummary(summary('sum', 'fixture__Amount__c'), [ORDER_LINES])).toBe('Roll-Up Summary (SUM Order Line)');
    expect(typeSummary(summary('count', null), [ORDER_LINES])).toBe('Roll-Up Summary (COUNT Order Line)');
    // The detail object's label comes from the object's summary options; without them, its API name.
    expect(typeSummary(summary('count', null))).toBe('Roll-Up Summary (COUNT fixture__Order_Line__c)');
    expect(typeSummary(field({ type: 'Summary', typeLabel: 'Roll-Up Summary', summary: null }))).toBe('Roll-Up Summary');
  });

  it('summarises a type as the table shows it', () => {
    expect(typeSummary(field({ type: 'Text', length: 80 }))).toBe('Text(80)');
    expect(typeSummary(field({ type: 'Currency', precision: 16, scale: 2 }))).toBe('Currency(16, 2)');
    expect(typeSummary(field({ type: 'Lookup', referenceTo: ['Account'] }))).toBe('Lookup(Account)');
    expect(typeSummary(field({ type: 'Formula', typeLabel: 'Formula', returnType: 'Currency' }))).toBe('Formula (Currency)');
    expect(typeSummary(field({ type: 'TextArea', typeLabel: 'Text Area', length: 255 }))).toBe('Text Area(255)');
    expect(typeSummary(field({ type: 'MultiPicklist', typeLabel: 'Picklist (Multi-Select)' }))).toBe('Picklist (Multi-Select)');
  });
});

describe('formulaPointer', () => {
  it('points at the line and column the message names', () => {
    expect(formulaPointer('AND(\n  ISBLANK(Phone),,\n)', "expected a value, a field or a function but found ',' at 2:17")).toEqual({
      line: 2,
      column: 17,
      text: '  ISBLANK(Phone),,',
      caret: '                ^',
    });
  });

  it('also reads "line L, column C", and gives nothing when the message has no position', () => {
    expect(formulaPointer('ISBLANK(Nope__c)', 'Unknown field Nope__c (line 1, column 9)')?.caret).toBe('        ^');
    expect(formulaPointer('ISBLANK(Phone)', 'The formula must return a Checkbox')).toBeNull();
  });
});
