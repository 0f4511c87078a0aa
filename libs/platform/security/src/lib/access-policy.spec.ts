import { join } from 'node:path';
import { loadPackages, type Registry } from '@platform/metadata';
import { AccessPolicy, notEnabledMessage, type AccessGrants } from './access-policy';

const repoRoot = join(__dirname, '../../../../..');
let registry: Registry;

beforeAll(async () => {
  // Core and the platform's fixture package: a licensed package with objects, an app, permission sets and a custom permission.
  ({ registry } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')]));
});

const licensed = new Map([
  ['Core', { licensed: true }],
  ['Platform Fixture', { licensed: true }],
]);
const unlicensed = new Map([['Core', { licensed: true }]]);
const policy = (grants: Partial<AccessGrants>) =>
  new AccessPolicy(registry, { profile: 'Standard User', permissionSets: [], packages: licensed, ...grants });
const entity = () => registry.object('fixture__Register__c')!;
const field = (object: string, name: string) => registry.field(object, name)!;
const packageSet = () => registry.permissionSet('fixture__Fixture_User')!;

describe('the licence comes first', () => {
  it('closes a package’s objects to everyone in a tenant without its licence, admins too', () => {
    const admin = policy({ profile: 'System Administrator', packages: unlicensed });
    expect(admin.denial(entity())).toEqual({ reason: 'licence', message: notEnabledMessage('Platform Fixture') });
    expect(admin.object(entity()).read).toBe(false);
    expect(admin.canOpenApp(registry.app('fixture__Fixture_Desk')!)).toBe(false);
    expect(admin.field(registry.object('Contact')!, field('Contact', 'Email')).read).toBe(true);
  });

  it('says the features are not enabled and to contact the Account Manager', () => {
    expect(notEnabledMessage('Platform Fixture')).toBe(
      'Platform Fixture Management features are not enabled for your organisation; contact your Account Manager.',
    );
  });
});

describe('then the permission set', () => {
  it('gives a standard user without the package’s permission set none of its objects, with the same message', () => {
    const user = policy({});
    expect(user.denial(entity())).toEqual({ reason: 'permission', message: notEnabledMessage('Platform Fixture') });
    expect(user.object(registry.object('Contact')!)).toMatchObject({ read: true, edit: true, delete: true });
    expect(user.canOpenApp(registry.app('fixture__Fixture_Desk')!)).toBe(false);
  });

  it('opens the package’s objects, app and listed fields to a user with "Platform Fixture - Fixture User"', () => {
    const member = policy({ permissionSets: [packageSet()] });
    expect(member.denial(entity())).toBeUndefined();
    expect(member.object(entity())).toMatchObject({ read: true, create: true, edit: true, delete: true, modifyAll: false });
    expect(member.field(entity(), field('fixture__Register__c', 'fixture__Start_Date__c'))).toEqual({ read: true, edit: true });
    expect(member.canOpenApp(registry.app('fixture__Fixture_Desk')!)).toBe(true);
    expect(member.hasCustomPermission('fixture__Reopen_Period')).toBe(false);
  });

  it('grants re-opening a period only through the custom permission', () => {
    const controller = policy({ permissionSets: [packageSet(), registry.permissionSet('fixture__Period_Management')!] });
    expect(controller.hasCustomPermission('fixture__Reopen_Period')).toBe(true);
  });
});

describe('then field-level security', () => {
  it('hides a field the permission sets do not grant, but never the name or system fields', () => {
    const narrow = { ...packageSet(), fields: { ...packageSet().fields } };
    delete narrow.fields['fixture__Register__c.fixture__Code__c'];
    narrow.fields['fixture__Register__c.fixture__External_Id__c'] = { read: true, edit: false };
    const user = policy({ permissionSets: [narrow] });
    expect(user.field(entity(), field('fixture__Register__c', 'fixture__Code__c'))).toEqual({ read: false, edit: false });
    expect(user.field(entity(), field('fixture__Register__c', 'fixture__External_Id__c'))).toEqual({ read: true, edit: false });
    expect(user.field(entity(), field('fixture__Register__c', 'Name'))).toEqual({ read: true, edit: true });
  });

  it('never lets anyone edit a computed field', () => {
    const admin = policy({ profile: 'System Administrator' });
    expect(admin.field(registry.object('Contact')!, field('Contact', 'Name'))).toEqual({ read: true, edit: false });
  });
});
