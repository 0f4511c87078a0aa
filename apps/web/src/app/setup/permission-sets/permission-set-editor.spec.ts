import {
  apiNameFromLabel,
  draftOf,
  fieldControl,
  isChanged,
  NO_OBJECT_PERMISSION,
  readableFieldCount,
  saveErrors,
  setObjectPermission,
  toInput,
  withCustomPermission,
  withFieldPermission,
  withObjectPermission,
} from './permission-set-editor';
import type { Schemas } from '@platform/api-client';
import { DescribedField } from './permission-sets-api.service';

const MEMBER_NUMBER = 'Contact.fixture__Member_Number__c';
const saved: Schemas['PermissionSetDetail'] = {
  apiName: 'Client_Readers',
  label: 'Client readers',
  description: null,
  packageName: '',
  editable: true,
  objects: { Contact: { ...NO_OBJECT_PERMISSION, read: true } },
  fields: { [MEMBER_NUMBER]: { read: true, edit: false } },
  customPermissions: [],
  apps: ['fixture__Fixture_Desk'],
};

const field = (name: string, extra: Partial<DescribedField> = {}): DescribedField => ({
  name,
  label: name,
  platformType: 'Text',
  required: false,
  calculated: false,
  autoNumber: false,
  ...extra,
});

describe('object permissions', () => {
  it('brings read along with create, edit and view all; delete brings edit; modify all brings everything but create', () => {
    expect(setObjectPermission(undefined, 'create', true)).toEqual({ ...NO_OBJECT_PERMISSION, read: true, create: true });
    expect(setObjectPermission(undefined, 'viewAll', true)).toEqual({ ...NO_OBJECT_PERMISSION, read: true, viewAll: true });
    expect(setObjectPermission(undefined, 'delete', true)).toEqual({ ...NO_OBJECT_PERMISSION, read: true, edit: true, delete: true });
    expect(setObjectPermission(undefined, 'modifyAll', true)).toEqual({
      read: true,
      create: false,
      edit: true,
      delete: true,
      viewAll: true,
      modifyAll: true,
    });
  });

  it('takes away what depends on an unticked box', () => {
    const all = { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
    expect(setObjectPermission(all, 'read', false)).toEqual(NO_OBJECT_PERMISSION);
    expect(setObjectPermission(all, 'edit', false)).toEqual({
      read: true,
      create: true,
      edit: false,
      delete: false,
      viewAll: true,
      modifyAll: false,
    });
    expect(setObjectPermission(all, 'viewAll', false)).toEqual({ ...all, viewAll: false, modifyAll: false });
    expect(setObjectPermission(all, 'create', false)).toEqual({ ...all, create: false });
  });

  it('changes one object of the draft and leaves the saved set alone', () => {
    const draft = draftOf(saved);
    const next = withObjectPermission(draft, 'Account', 'edit', true);
    expect(next.objects['Account']).toEqual({ ...NO_OBJECT_PERMISSION, read: true, edit: true });
    expect(draft.objects['Account']).toBeUndefined();
    expect(saved.objects['Account']).toBeUndefined();
  });
});

describe('field permissions', () => {
  it('edit brings read, unticking read takes edit away', () => {
    let draft = withFieldPermission(draftOf(saved), 'Contact.Phone', 'edit', true);
    expect(draft.fields['Contact.Phone']).toEqual({ read: true, edit: true });
    draft = withFieldPermission(draft, 'Contact.Phone', 'edit', false);
    expect(draft.fields['Contact.Phone']).toEqual({ read: true, edit: false });
    draft = withFieldPermission(withFieldPermission(draft, 'Contact.Phone', 'edit', true), 'Contact.Phone', 'read', false);
    expect(draft.fields['Contact.Phone']).toEqual({ read: false, edit: false });
  });

  it('counts the readable fields of an object', () => {
    const draft = withFieldPermission(withFieldPermission(draftOf(saved), 'Contact.Phone', 'read', true), 'Account.Phone', 'read', true);
    expect(readableFieldCount(draft, 'Contact')).toBe(2);
    expect(readableFieldCount(withFieldPermission(draft, MEMBER_NUMBER, 'read', false), 'Contact')).toBe(1);
    expect(readableFieldCount(draft, 'Contac')).toBe(0);
  });

  it('keeps the fields that come with the object out of reach: system, name and required fields', () => {
    expect(fieldControl(field('CreatedDate'), 'Name')).toMatchObject({ configurable: false, note: 'System field: always visible' });
    expect(fieldControl(field('Name'), 'Name')).toMatchObject({ configurable: false });
    expect(fieldControl(field('LastName', { required: true }), 'Name')).toMatchObject({
      configurable: false,
      note: 'Required: always visible',
    });
    expect(fieldControl(field('Parent__c', { required: true, platformType: 'MasterDetail' }), 'Name')).toMatchObject({
      configurable: true,
    });
    expect(fieldControl(field('Balance__c', { calculated: true }), 'Name')).toEqual({
      configurable: true,
      editable: false,
      note: 'Calculated: read only',
    });
    expect(fieldControl(field('Phone'), 'Name')).toEqual({ configurable: true, editable: true, note: null });
  });
});

describe('what Save sends', () => {
  it('leaves out objects and fields granted nothing, trims the texts and keeps the apps', () => {
    let draft = withObjectPermission(draftOf(saved), 'Account', 'read', true);
    draft = withObjectPermission(draft, 'Account', 'read', false);
    draft = withFieldPermission(draft, MEMBER_NUMBER, 'read', false);
    draft = withCustomPermission(draft, 'fixture__Reopen_Period', true);
    draft = { ...draft, label: '  Client readers  ', description: '   ' };
    expect(toInput(draft, saved.apps)).toEqual({
      label: 'Client readers',
      description: null,
      objects: { Contact: { ...NO_OBJECT_PERMISSION, read: true } },
      fields: {},
      customPermissions: ['fixture__Reopen_Period'],
      apps: ['fixture__Fixture_Desk'],
    });
  });

  it('is unchanged after a round trip, changed by a tick, unchanged again when it is unticked', () => {
    const draft = draftOf(saved);
    expect(isChanged(draft, saved)).toBe(false);
    const ticked = withFieldPermission(draft, MEMBER_NUMBER, 'read', false);
    expect(isChanged(ticked, saved)).toBe(true);
    expect(isChanged(withFieldPermission(ticked, MEMBER_NUMBER, 'read', true), saved)).toBe(false);
    // Unticking a custom permission twice, or ticking an object box off that was never on, changes nothing.
    expect(isChanged(withCustomPermission(withCustomPermission(draft, 'X', true), 'X', false), saved)).toBe(false);
    expect(isChanged(withObjectPermission(draft, 'Account', 'delete', false), saved)).toBe(false);
    expect(isChanged({ ...draft, label: 'Renamed' }, saved)).toBe(true);
  });
});

describe('server errors', () => {
  it('lists the messages and the paths to mark', () => {
    const { messages, paths } = saveErrors([
      { errorCode: 'INVALID_FIELD', message: "objects: unknown object 'Nope__c'", fields: ['objects.Nope__c'] },
      { errorCode: 'INVALID_FIELD', message: "fields: unknown field 'Contact.Nope'", fields: ['fields.Contact.Nope'] },
      { errorCode: 'CANNOT_MODIFY_MANAGED_OBJECT', message: 'Read-only.', fields: [] },
    ]);
    expect(messages).toEqual(["objects: unknown object 'Nope__c'", "fields: unknown field 'Contact.Nope'", 'Read-only.']);
    expect([...paths]).toEqual(['objects.Nope__c', 'fields.Contact.Nope']);
  });
});

describe('a new permission set', () => {
  it('suggests an API name from the label', () => {
    expect(apiNameFromLabel('NDIS number readers')).toBe('NDIS_number_readers');
    expect(apiNameFromLabel('  2024 – Café access! ')).toBe('Cafe_access');
    expect(apiNameFromLabel('a'.repeat(60))).toHaveLength(40);
    expect(apiNameFromLabel('!!!')).toBe('');
  });
});
