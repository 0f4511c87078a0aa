import type { SetupLayout } from '../setup-types';
import {
  addField,
  addRelatedList,
  addSection,
  availableFields,
  availableRelatedLists,
  draftOf,
  layoutBody,
  moveField,
  moveRelatedList,
  moveSection,
  removeField,
  removeRelatedList,
  removeSection,
  renameSection,
  setColumns,
  setRecordTypes,
  setRelatedColumns,
  stepField,
} from './layout-draft';

const LAYOUT: SetupLayout = {
  apiName: 'Account_Layout',
  label: 'Account Layout',
  recordTypes: [],
  highlights: ['Name', 'Phone'],
  sections: [
    { label: 'Account Information', columns: 2, fields: ['Name', 'ABN', 'Email'] },
    { label: 'Contact', columns: 1, fields: ['Phone'] },
  ],
  relatedLists: [
    { object: 'Contact', field: 'AccountId', label: 'Contacts', columns: ['Name'] },
    { object: 'fixture__Order__c', field: 'fixture__Payer__c', label: 'Orders', columns: ['Name'] },
  ],
  packageName: 'Core',
  customised: false,
};

const fieldsOf = (draft: ReturnType<typeof draftOf>) => draft.sections.map((s) => s.fields);

describe('layout draft', () => {
  it('copies the layout, so edits never change what was read', () => {
    const draft = addField(draftOf(LAYOUT), 0, 'Region__c');
    expect(LAYOUT.sections[0].fields).toEqual(['Name', 'ABN', 'Email']);
    expect(draft.sections[0].fields).toEqual(['Name', 'ABN', 'Email', 'Region__c']);
  });

  it('reorders sections', () => {
    expect(moveSection(draftOf(LAYOUT), 1, 0).sections.map((s) => s.label)).toEqual(['Contact', 'Account Information']);
    expect(moveSection(draftOf(LAYOUT), 5, 0).sections.map((s) => s.label)).toEqual(['Account Information', 'Contact']);
  });

  it('moves a field within a section and into another at a position (drag and drop)', () => {
    expect(fieldsOf(moveField(draftOf(LAYOUT), 0, 2, 0, 0))).toEqual([['Email', 'Name', 'ABN'], ['Phone']]);
    expect(fieldsOf(moveField(draftOf(LAYOUT), 0, 1, 1, 0))).toEqual([
      ['Name', 'Email'],
      ['ABN', 'Phone'],
    ]);
    expect(fieldsOf(moveField(draftOf(LAYOUT), 1, 0, 0, 99))).toEqual([['Name', 'ABN', 'Email', 'Phone'], []]);
  });

  it('steps a field up and down, across a section edge, and not past the first or last place', () => {
    const draft = draftOf(LAYOUT);
    expect(fieldsOf(stepField(draft, 0, 1, -1))).toEqual([['ABN', 'Name', 'Email'], ['Phone']]);
    expect(fieldsOf(stepField(draft, 0, 2, 1))).toEqual([
      ['Name', 'ABN'],
      ['Email', 'Phone'],
    ]);
    expect(fieldsOf(stepField(draft, 1, 0, -1))).toEqual([['Name', 'ABN', 'Email', 'Phone'], []]);
    expect(stepField(draft, 0, 0, -1)).toBe(draft);
    expect(stepField(draft, 1, 0, 1)).toBe(draft);
  });

  it('adds a field not yet on the layout (any case) and removes one', () => {
    const draft = draftOf(LAYOUT);
    expect(addField(draft, 1, 'email')).toBe(draft);
    expect(fieldsOf(addField(draft, 1, 'Region__c'))).toEqual([
      ['Name', 'ABN', 'Email'],
      ['Phone', 'Region__c'],
    ]);
    expect(fieldsOf(removeField(draft, 0, 1))).toEqual([['Name', 'Email'], ['Phone']]);
  });

  it('lists the fields not in any section; a removed section gives its fields back', () => {
    const fields = ['Name', 'ABN', 'Email', 'Phone', 'Region__c'].map((apiName) => ({ apiName }));
    expect(availableFields(draftOf(LAYOUT), fields).map((f) => f.apiName)).toEqual(['Region__c']);
    expect(availableFields(removeSection(draftOf(LAYOUT), 1), fields).map((f) => f.apiName)).toEqual(['Phone', 'Region__c']);
  });

  it('adds, renames and sets the columns of a section', () => {
    let draft = addSection(draftOf(LAYOUT), '  Custom  ');
    draft = renameSection(draft, 2, 'Custom Fields');
    draft = setColumns(draft, 2, 1);
    expect(draft.sections[2]).toEqual({ label: 'Custom Fields', columns: 1, fields: [] });
    expect(addSection(draftOf(LAYOUT), '').sections[2].label).toBe('New Section');
  });

  it('adds a related list once, removes and reorders them', () => {
    const option = { object: 'fixture__Member_Settings__c', field: 'fixture__Member__c', label: 'Member Settings' };
    let draft = addRelatedList(draftOf(LAYOUT), option);
    expect(addRelatedList(draft, option)).toBe(draft);
    expect(availableRelatedLists(draft, [option, { object: 'Contact', field: 'AccountId', label: 'Contacts' }])).toEqual([]);
    draft = moveRelatedList(draft, 2, 0);
    expect(draft.relatedLists.map((r) => r.label)).toEqual(['Member Settings', 'Contacts', 'Orders']);
    expect(removeRelatedList(draft, 1).relatedLists.map((r) => r.label)).toEqual(['Member Settings', 'Orders']);
  });

  it('starts a new related list with the Name column, and sets its columns from text', () => {
    let draft = addRelatedList(draftOf(LAYOUT), {
      object: 'fixture__Member_Settings__c',
      field: 'fixture__Member__c',
      label: 'Member Settings',
    });
    expect(draft.relatedLists[2]).toEqual({
      object: 'fixture__Member_Settings__c',
      field: 'fixture__Member__c',
      label: 'Member Settings',
      columns: ['Name'],
    });
    draft = setRelatedColumns(draft, 2, ' Name, fixture__Terms__c ,, fixture__Register__c');
    expect(draft.relatedLists[2].columns).toEqual(['Name', 'fixture__Terms__c', 'fixture__Register__c']);
  });

  it('puts the draft as the PUT body, record types included', () => {
    const body = layoutBody(setRecordTypes(renameSection(draftOf(LAYOUT), 1, ' Phone '), ['Debtor']));
    expect(body).toEqual({
      label: 'Account Layout',
      recordTypes: ['Debtor'],
      highlights: ['Name', 'Phone'],
      sections: [
        { label: 'Account Information', columns: 2, fields: ['Name', 'ABN', 'Email'] },
        { label: 'Phone', columns: 1, fields: ['Phone'] },
      ],
      relatedLists: LAYOUT.relatedLists,
    });
  });
});
