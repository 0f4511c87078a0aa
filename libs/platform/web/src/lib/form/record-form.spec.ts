import type { Schemas } from '@platform/api-client';
import { applyServerErrors, clearServerErrors, formValues, toFormGroup } from './record-form';

const f = (name: string, type: string, extra: Partial<Schemas['UiFormField']> = {}): Schemas['UiFormField'] => ({
  name,
  label: name,
  type,
  displayType: type,
  relationshipName: null,
  referenceTo: [],
  scale: null,
  required: false,
  createable: true,
  updateable: true,
  length: null,
  precision: null,
  helpText: null,
  defaultValue: null,
  picklistValues: [],
  ...extra,
});

const form: Schemas['RecordForm'] = {
  object: { name: 'lumary__Accounting_Entity__c', label: 'Accounting Entity', pluralLabel: 'Accounting Entities' },
  recordType: { name: 'Accounting_Period', label: 'Accounting Period' },
  createable: true,
  updateable: true,
  sections: [
    {
      label: 'Accounting Period',
      columns: 2,
      fields: [
        f('Name', 'Text', { required: true }),
        f('lumary__Status__c', 'Picklist', {
          picklistValues: [
            { value: 'Open', label: 'Open', default: true },
            { value: 'Closed', label: 'Closed', default: false },
          ],
        }),
        f('lumary__Start_Date__c', 'Date'),
        f('lumary__End_Date__c', 'Date'),
        f('lumary__Active__c', 'Checkbox', { defaultValue: true }),
        f('lumary__Code__c', 'AutoNumber', { createable: false, updateable: false }),
      ],
    },
  ],
};

describe('the record form', () => {
  it("starts a new record with the fields' defaults and sends what was filled in, with the record type", () => {
    const group = toFormGroup(form, 'create');
    expect(group.value).toMatchObject({ Name: '', lumary__Status__c: 'Open', lumary__Active__c: true });
    group.controls['Name'].setValue(' March 2027 ');
    group.controls['lumary__Start_Date__c'].setValue('2027-03-01');
    expect(formValues(form, group, 'create')).toEqual({
      Name: 'March 2027',
      lumary__Status__c: 'Open',
      lumary__Start_Date__c: '2027-03-01',
      lumary__Active__c: true,
      RecordTypeId: 'Accounting_Period',
    });
  });

  it('needs the required fields before it goes to the server', () => {
    const group = toFormGroup(form, 'create');
    expect(group.controls['Name'].hasError('required')).toBe(true);
    group.controls['Name'].setValue('x');
    expect(group.valid).toBe(true);
  });

  it('sends only the changed fields of an edit, an emptied one as null', () => {
    const group = toFormGroup(form, 'edit', { Name: 'March', lumary__Status__c: 'Open', lumary__End_Date__c: '2027-03-31' });
    group.controls['lumary__End_Date__c'].setValue('');
    group.controls['lumary__End_Date__c'].markAsDirty();
    expect(formValues(form, group, 'edit')).toEqual({ lumary__End_Date__c: null });
  });

  it('puts each server error on the field it names (any case), and the rest at the top', () => {
    const group = toFormGroup(form, 'create');
    const top = applyServerErrors(group, [
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'End Date must be after the Start Date.',
        fields: ['LUMARY__END_DATE__C'],
      },
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'This period overlaps March 2027.',
        fields: ['lumary__Start_Date__c', 'lumary__End_Date__c'],
      },
      { errorCode: 'INSUFFICIENT_ACCESS', message: 'Closed periods take no changes.', fields: [] },
      { errorCode: 'INVALID_FIELD', message: 'Not on this form.', fields: ['lumary__Hidden__c'] },
    ]);
    expect(top).toEqual(['Closed periods take no changes.', 'Not on this form.']);
    expect(group.controls['lumary__End_Date__c'].errors).toEqual({ server: 'This period overlaps March 2027.' });
    expect(group.controls['lumary__Start_Date__c'].errors).toEqual({ server: 'This period overlaps March 2027.' });
    expect(group.controls['lumary__End_Date__c'].touched).toBe(true);
  });

  it("clears the server's errors before the next save, keeping the field's own checks", () => {
    const group = toFormGroup(form, 'create');
    group.controls['Name'].setValue('x');
    applyServerErrors(group, [{ errorCode: 'X', message: 'bad name', fields: ['Name'] }]);
    group.controls['lumary__End_Date__c'].setErrors({ server: 'bad' });
    clearServerErrors(group);
    expect(group.controls['Name'].errors).toBeNull();
    expect(group.controls['lumary__End_Date__c'].errors).toBeNull();
  });
});
