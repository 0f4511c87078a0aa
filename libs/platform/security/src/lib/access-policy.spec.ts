import { join } from 'node:path';
import { loadMetadata, type Registry } from '@platform/metadata';
import { AccessPolicy, notEnabledMessage, type AccessGrants } from './access-policy';

const repoRoot = join(__dirname, '../../../../..');
let registry: Registry;

beforeAll(async () => {
  ({ registry } = await loadMetadata(join(repoRoot, 'metadata')));
});

const licensed = new Map([
  ['Core', { licensed: true }],
  ['Lumary AR', { licensed: true }],
]);
const unlicensed = new Map([['Core', { licensed: true }]]);
const policy = (grants: Partial<AccessGrants>) =>
  new AccessPolicy(registry, { profile: 'Standard User', permissionSets: [], packages: licensed, ...grants });
const entity = () => registry.object('lumary__Accounting_Entity__c')!;
const field = (object: string, name: string) => registry.field(object, name)!;
const arSet = () => registry.permissionSet('lumary__AR_Management')!;

describe('the licence comes first', () => {
  it('closes a package’s objects to everyone in a tenant without its licence, admins too', () => {
    const admin = policy({ profile: 'System Administrator', packages: unlicensed });
    expect(admin.denial(entity())).toEqual({ reason: 'licence', message: notEnabledMessage('Lumary AR') });
    expect(admin.object(entity()).read).toBe(false);
    expect(admin.canOpenApp(registry.app('lumary__AR_Management')!)).toBe(false);
    expect(admin.field(registry.object('Contact')!, field('Contact', 'Email')).read).toBe(true);
  });

  it('says the features are not enabled and to contact the Account Manager', () => {
    expect(notEnabledMessage('Lumary AR')).toBe('Lumary AR Management features are not enabled for your organisation; contact your Account Manager.');
  });
});

describe('then the permission set', () => {
  it('gives a standard user without the AR permission set no AR object, with the same message', () => {
    const user = policy({});
    expect(user.denial(entity())).toEqual({ reason: 'permission', message: notEnabledMessage('Lumary AR') });
    expect(user.object(registry.object('Contact')!)).toMatchObject({ read: true, edit: true, delete: true });
    expect(user.canOpenApp(registry.app('lumary__AR_Management')!)).toBe(false);
  });

  it('opens the AR objects, app and listed fields to a user with "Lumary AR - AR Management"', () => {
    const finance = policy({ permissionSets: [arSet()] });
    expect(finance.denial(entity())).toBeUndefined();
    expect(finance.object(entity())).toMatchObject({ read: true, create: true, edit: true, delete: true, modifyAll: false });
    expect(finance.field(entity(), field('lumary__Accounting_Entity__c', 'lumary__Start_Date__c'))).toEqual({ read: true, edit: true });
    expect(finance.canOpenApp(registry.app('lumary__AR_Management')!)).toBe(true);
    expect(finance.hasCustomPermission('lumary__Reopen_Accounting_Period')).toBe(false);
  });

  it('grants re-opening a period only through the custom permission', () => {
    const controller = policy({ permissionSets: [arSet(), registry.permissionSet('lumary__AR_Period_Management')!] });
    expect(controller.hasCustomPermission('lumary__Reopen_Accounting_Period')).toBe(true);
  });
});

describe('then field-level security', () => {
  it('hides a field the permission sets do not grant, but never the name or system fields', () => {
    const narrow = { ...arSet(), fields: { ...arSet().fields } };
    delete narrow.fields['lumary__Accounting_Entity__c.lumary__Reporting_Code__c'];
    narrow.fields['lumary__Accounting_Entity__c.lumary__External_Id__c'] = { read: true, edit: false };
    const user = policy({ permissionSets: [narrow] });
    expect(user.field(entity(), field('lumary__Accounting_Entity__c', 'lumary__Reporting_Code__c'))).toEqual({ read: false, edit: false });
    expect(user.field(entity(), field('lumary__Accounting_Entity__c', 'lumary__External_Id__c'))).toEqual({ read: true, edit: false });
    expect(user.field(entity(), field('lumary__Accounting_Entity__c', 'Name'))).toEqual({ read: true, edit: true });
  });

  it('never lets anyone edit a computed field', () => {
    const admin = policy({ profile: 'System Administrator' });
    expect(admin.field(registry.object('Contact')!, field('Contact', 'Name'))).toEqual({ read: true, edit: false });
  });
});
