import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Permission sets as Setup manages them, over real HTTP: read one, edit a tenant's own (never a
 * package's), delete it with its assignments, list users with their sets, and the custom
 * permissions on offer; each change applies to the user's next request.
 */
const MEMBER_NUMBER = 'fixture__Member_Number__c';
const REOPEN = FIXTURE.customPermission;
const PS = FIXTURE.permissionSet;

let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let standard: TestUser;
let otherAdmin: TestUser;
let otherUser: TestUser;
let coreAdmin: TestUser;
let clientId: string;

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const NONE = { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };

/** A set that lets a standard user read Contacts and their member number. */
const ndisReader = (apiName: string) => ({
  apiName,
  label: 'Member number readers',
  objects: { Contact: { read: true } },
  fields: { [`Contact.${MEMBER_NUMBER}`]: { read: true } },
});

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'ps-alpha', username: 'admin@ps-alpha.test', profile: 'System Administrator' });
  standard = await signedInUser(api, tenants, { slug: 'ps-alpha', username: 'support@ps-alpha.test' });
  otherAdmin = await signedInUser(api, tenants, { slug: 'ps-beta', username: 'admin@ps-beta.test', profile: 'System Administrator' });
  otherUser = await signedInUser(api, tenants, { slug: 'ps-beta', username: 'support@ps-beta.test' });
  coreAdmin = await signedInUser(api, tenants, {
    slug: 'ps-core',
    username: 'admin@ps-core.test',
    profile: 'System Administrator',
    installed: false,
  });
  const created = await call(admin, 'POST', '/sobjects/Contact', {
    RecordTypeId: 'Client',
    FirstName: 'Nina',
    LastName: 'Client',
    [MEMBER_NUMBER]: '430111222',
  });
  expect(created.status).toBe(201);
  clientId = created.body.id;
});

afterAll(() => api?.close());

describe('reading one permission set', () => {
  it("gives a tenant's own set as editable, and a package's as read-only with its package named", async () => {
    expect((await call(admin, 'POST', '/permission-sets', ndisReader('Readers_One'))).status).toBe(201);
    const own = await call(admin, 'GET', '/permission-sets/readers_one');
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      apiName: 'Readers_One',
      label: 'Member number readers',
      description: null,
      packageName: '',
      editable: true,
      objects: { Contact: { ...NONE, read: true } },
      fields: { [`Contact.${MEMBER_NUMBER}`]: { read: true, edit: false } },
      customPermissions: [],
      apps: [],
    });
    const managed = await call(admin, 'GET', `/permission-sets/${PS}`);
    expect(managed.body).toMatchObject({ apiName: PS, packageName: FIXTURE.package, editable: false, apps: [FIXTURE.app] });
    expect(managed.body.objects['fixture__Order__c']).toMatchObject({ read: true, create: true });

    const list = await call(admin, 'GET', '/permission-sets');
    expect(list.body.map((p: { apiName: string; editable: boolean }) => [p.apiName, p.editable])).toEqual(
      expect.arrayContaining([
        ['Readers_One', true],
        [PS, false],
      ]),
    );
    expect((await call(admin, 'GET', '/permission-sets/No_Such_Set')).status).toBe(404);
  });

  it('gives no package set to a tenant that has not installed the package', async () => {
    const response = await call(coreAdmin, 'GET', `/permission-sets/${PS}`);
    expect(response.status).toBe(404);
    expect(response.body[0].errorCode).toBe('NOT_FOUND');
  });
});

describe('editing a permission set', () => {
  it('replaces what it grants, storing what the rights imply, and the user has it on their next request', async () => {
    await call(admin, 'POST', '/permission-sets', {
      apiName: 'Client_Readers',
      label: 'Client readers',
      objects: { Contact: { read: true } },
    });
    expect((await call(admin, 'POST', `/users/${standard.userId}/permission-sets`, { permissionSet: 'Client_Readers' })).status).toBe(204);
    // A standard user reads Contacts anyway; the package's member number needs a field grant.
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body).not.toHaveProperty(MEMBER_NUMBER);

    const edited = await call(admin, 'PUT', '/permission-sets/Client_Readers', {
      label: '  Client readers (member numbers)  ',
      description: 'Sees members’ numbers',
      objects: { contact: { read: true }, Account: { modifyAll: true }, fixture__Order__c: NONE },
      fields: {
        [`contact.${MEMBER_NUMBER.toLowerCase()}`]: { read: true },
        'Contact.fixture__Tier__c': { edit: true },
        'Contact.Phone': { read: false, edit: false },
      },
      customPermissions: [REOPEN, REOPEN],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual({
      apiName: 'Client_Readers',
      label: 'Client readers (member numbers)',
      description: 'Sees members’ numbers',
      packageName: '',
      editable: true,
      // Modify all brings view all, edit and delete; an object or field granted nothing is left out.
      objects: {
        Contact: { ...NONE, read: true },
        Account: { read: true, create: false, edit: true, delete: true, viewAll: true, modifyAll: true },
      },
      fields: { [`Contact.${MEMBER_NUMBER}`]: { read: true, edit: false }, 'Contact.fixture__Tier__c': { read: true, edit: true } },
      customPermissions: [REOPEN],
      apps: [],
    });
    expect((await call(admin, 'GET', '/permission-sets/Client_Readers')).body).toEqual(edited.body);

    // Same session, next request: the field is there; untick it and it is gone again.
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body[MEMBER_NUMBER]).toBe('430111222');
    const page = await call(standard, 'GET', `/ui/record/Contact/${clientId}`);
    expect(page.body.sections.flatMap((s: { fields: { name: string }[] }) => s.fields.map((f) => f.name))).toContain(MEMBER_NUMBER);
    await call(admin, 'PUT', '/permission-sets/Client_Readers', {
      label: 'Client readers',
      objects: { Contact: { read: true } },
      fields: { [`Contact.${MEMBER_NUMBER}`]: { read: false } },
    });
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body).not.toHaveProperty(MEMBER_NUMBER);
    const after = await call(standard, 'GET', `/ui/record/Contact/${clientId}`);
    expect(after.text).not.toContain('430111222');
  });

  it("refuses a package's permission set with CANNOT_MODIFY_MANAGED_OBJECT, changing nothing", async () => {
    const before = (await call(admin, 'GET', `/permission-sets/${PS}`)).body;
    const edit = await call(admin, 'PUT', `/permission-sets/${PS}`, { label: 'Mine now', objects: {} });
    expect(edit.status).toBe(400);
    expect(edit.body).toEqual([
      {
        errorCode: 'CANNOT_MODIFY_MANAGED_OBJECT',
        message:
          'Platform Fixture - Fixture User comes with the Platform Fixture package and cannot be changed or deleted; make a permission set of your own instead.',
        fields: [],
      },
    ]);
    const remove = await call(admin, 'DELETE', `/permission-sets/${PS}`);
    expect(remove.status).toBe(400);
    expect(remove.body[0].errorCode).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
    expect((await call(admin, 'GET', `/permission-sets/${PS}`)).body).toEqual(before);
  });

  it('names every unknown object, field and custom permission by its path, writing none of the good ones', async () => {
    await call(admin, 'POST', '/permission-sets', ndisReader('Half_Written'));
    const before = (await call(admin, 'GET', '/permission-sets/Half_Written')).body;
    const response = await call(admin, 'PUT', '/permission-sets/Half_Written', {
      label: 'Changed',
      objects: { Account: { read: true }, Nope__c: { read: true } },
      fields: { 'Contact.Phone': { read: true }, 'Contact.Nope__c': { read: true }, NoDot: { read: true } },
      customPermissions: [REOPEN, 'Not_A_Permission'],
      apps: ['No_App'],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      { errorCode: 'INVALID_FIELD', message: "objects: unknown object 'Nope__c'", fields: ['objects.Nope__c'] },
      { errorCode: 'INVALID_FIELD', message: "fields: unknown field 'Contact.Nope__c'", fields: ['fields.Contact.Nope__c'] },
      { errorCode: 'INVALID_FIELD', message: "fields: unknown field 'NoDot'", fields: ['fields.NoDot'] },
      {
        errorCode: 'INVALID_FIELD',
        message: "customPermissions: unknown custom permission 'Not_A_Permission'",
        fields: ['customPermissions.Not_A_Permission'],
      },
      { errorCode: 'INVALID_FIELD', message: "apps: unknown app 'No_App'", fields: ['apps.No_App'] },
    ]);
    expect((await call(admin, 'GET', '/permission-sets/Half_Written')).body).toEqual(before);
  });

  it('answers malformed bodies with a 400 saying what is wrong, never a 500', async () => {
    const cases: [unknown, string[]][] = [
      [{ label: '' }, ['label']],
      [{ label: 42 }, ['label']],
      [{ label: 'x', objects: ['Contact'] }, ['objects']],
      [{ label: 'x', objects: { Contact: null } }, ['objects.Contact']],
      [{ label: 'x', objects: { Contact: { read: 'yes' } } }, ['objects.Contact']],
      [{ label: 'x', objects: { Contact: { Read: true } } }, ['objects.Contact']],
      [{ label: 'x', fields: { [`Contact.${MEMBER_NUMBER}`]: true } }, [`fields.Contact.${MEMBER_NUMBER}`]],
      [{ label: 'x', customPermissions: REOPEN }, ['customPermissions']],
      [{ label: 'x', apps: [1] }, ['apps']],
      [{ label: 'x', description: ['no'] }, ['description']],
      [{ label: 'x', apiName: 'Renamed' }, ['apiName']],
    ];
    for (const [body, fields] of cases) {
      const response = await call(admin, 'PUT', '/permission-sets/Half_Written', body);
      expect([JSON.stringify(body), response.status, response.body.flatMap((e: { fields: string[] }) => e.fields)]).toEqual([
        JSON.stringify(body),
        400,
        fields,
      ]);
    }
    const raw = await request(api, 'PUT', '/permission-sets/Half_Written', { token: admin.token, raw: '[1, 2]' });
    expect(raw.status).toBe(400);
    expect((await call(admin, 'PUT', '/permission-sets/Nobody_Home', { label: 'x' })).status).toBe(404);
  });

  it("refuses what the tenant's packages do not offer: another package's objects, fields and custom permissions", async () => {
    const created = await call(coreAdmin, 'POST', '/permission-sets', {
      apiName: 'Core_Only',
      label: 'Core only',
      objects: { Contact: { read: true } },
    });
    expect(created.status).toBe(201);
    const response = await call(coreAdmin, 'PUT', '/permission-sets/Core_Only', {
      label: 'Core only',
      objects: { fixture__Order__c: { read: true } },
      fields: { [`Contact.${MEMBER_NUMBER}`]: { read: true } },
      customPermissions: [REOPEN],
    });
    expect(response.status).toBe(400);
    expect(response.body.map((e: { fields: string[] }) => e.fields[0])).toEqual([
      'objects.fixture__Order__c',
      `fields.Contact.${MEMBER_NUMBER}`,
      `customPermissions.${REOPEN}`,
    ]);
    expect(response.body[0].message).toBe("objects: 'fixture__Order__c' belongs to Platform Fixture, which is not installed");
  });
});

describe('deleting a permission set', () => {
  it('removes the set and its assignments together; the user loses what it gave on their next request', async () => {
    await call(admin, 'POST', '/permission-sets', ndisReader('Doomed'));
    await call(admin, 'POST', `/users/${standard.userId}/permission-sets`, { permissionSet: 'Doomed' });
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body[MEMBER_NUMBER]).toBe('430111222');

    expect((await call(admin, 'DELETE', '/permission-sets/doomed')).status).toBe(204);
    expect((await call(admin, 'GET', '/permission-sets/Doomed')).status).toBe(404);
    expect((await call(admin, 'GET', `/users/${standard.userId}/permission-sets`)).body.permissionSets).not.toContain('Doomed');
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body).not.toHaveProperty(MEMBER_NUMBER);
    expect((await call(admin, 'DELETE', '/permission-sets/Doomed')).status).toBe(404);

    // The name is free again, and a new set of that name is not assigned to anyone.
    expect((await call(admin, 'POST', '/permission-sets', ndisReader('Doomed'))).status).toBe(201);
    expect((await call(standard, 'GET', `/sobjects/Contact/${clientId}`)).body).not.toHaveProperty(MEMBER_NUMBER);
  });
});

describe('Setup: users and custom permissions', () => {
  it("lists the tenant's users with their permission sets, to an admin only", async () => {
    await call(admin, 'POST', '/permission-sets', { apiName: 'Listed', label: 'Listed' });
    await call(admin, 'POST', `/users/${standard.userId}/permission-sets`, { permissionSet: 'Listed' });
    await call(admin, 'POST', `/users/${standard.userId}/permission-sets`, { permissionSet: PS });
    const response = await call(admin, 'GET', '/setup/users');
    expect(response.status).toBe(200);
    const byUsername = Object.fromEntries(response.body.users.map((u: { username: string }) => [u.username, u]));
    expect(Object.keys(byUsername).sort()).toEqual(['admin@ps-alpha.test', 'support@ps-alpha.test']);
    expect(byUsername['support@ps-alpha.test']).toMatchObject({
      id: standard.userId,
      name: 'support',
      profile: 'Standard User',
      active: true,
    });
    expect(byUsername['support@ps-alpha.test'].permissionSets).toEqual(expect.arrayContaining(['Listed', PS]));
    expect(byUsername['admin@ps-alpha.test']).toMatchObject({ id: admin.userId, profile: 'System Administrator', permissionSets: [] });

    const refused = await call(standard, 'GET', '/setup/users');
    expect(refused.status).toBe(403);
    expect(refused.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    await call(admin, 'DELETE', `/users/${standard.userId}/permission-sets/${PS}`);
  });

  it("offers the installed packages' custom permissions, to an admin only", async () => {
    const offered = await call(admin, 'GET', '/setup/custom-permissions');
    expect(offered.status).toBe(200);
    expect(offered.body.customPermissions).toEqual([
      {
        apiName: REOPEN,
        label: 'Re-open Period',
        description: 'Allows changing a Closed period back to Open.',
        packageName: FIXTURE.package,
      },
    ]);
    expect((await call(coreAdmin, 'GET', '/setup/custom-permissions')).body.customPermissions).toEqual([]);
    expect((await call(standard, 'GET', '/setup/custom-permissions')).status).toBe(403);
  });
});

describe("another tenant's admin and a standard user", () => {
  it("cannot see, edit, delete or assign this tenant's permission set, nor touch its users (404)", async () => {
    await call(admin, 'POST', '/permission-sets', ndisReader('Alpha_Private'));
    const before = (await call(admin, 'GET', '/permission-sets/Alpha_Private')).body;
    await call(otherAdmin, 'POST', '/permission-sets', { apiName: 'Beta_Own', label: 'Beta own' });

    expect((await call(otherAdmin, 'GET', '/permission-sets')).body.map((p: { apiName: string }) => p.apiName)).not.toContain(
      'Alpha_Private',
    );
    const attempts: [string, string, unknown?][] = [
      ['GET', '/permission-sets/Alpha_Private'],
      ['PUT', '/permission-sets/Alpha_Private', { label: 'Taken over' }],
      ['DELETE', '/permission-sets/Alpha_Private'],
      ['POST', `/users/${otherUser.userId}/permission-sets`, { permissionSet: 'Alpha_Private' }],
      ['POST', `/users/${standard.userId}/permission-sets`, { permissionSet: 'Beta_Own' }],
      ['DELETE', `/users/${standard.userId}/permission-sets/Listed`],
      ['GET', `/users/${standard.userId}/permission-sets`],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(otherAdmin, method, path, body);
      expect([method, path, response.status, response.body[0].errorCode]).toEqual([method, path, 404, 'NOT_FOUND']);
      expect(response.text).not.toContain('Member number readers');
    }
    expect((await call(admin, 'GET', '/permission-sets/Alpha_Private')).body).toEqual(before);
    expect((await call(admin, 'GET', `/users/${standard.userId}/permission-sets`)).body.permissionSets).toContain('Listed');
    expect((await call(otherAdmin, 'POST', '/users/not-a-uuid/permission-sets', { permissionSet: 'Beta_Own' })).status).toBe(404);
  });

  it('a standard user may read permission sets but not create, edit, delete or assign them (403)', async () => {
    expect((await call(standard, 'GET', '/permission-sets/Alpha_Private')).status).toBe(200);
    const attempts: [string, string, unknown?][] = [
      ['POST', '/permission-sets', { apiName: 'Mine', label: 'Mine' }],
      ['PUT', '/permission-sets/Alpha_Private', { label: 'Mine', objects: { Account: { modifyAll: true } } }],
      ['DELETE', '/permission-sets/Alpha_Private'],
      ['POST', `/users/${standard.userId}/permission-sets`, { permissionSet: 'Alpha_Private' }],
      ['DELETE', `/users/${standard.userId}/permission-sets/Listed`],
      ['GET', '/setup/users'],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(standard, method, path, body);
      expect([method, path, response.status, response.body[0].errorCode]).toEqual([method, path, 403, 'INSUFFICIENT_ACCESS']);
    }
    expect((await call(admin, 'GET', '/permission-sets/Alpha_Private')).body.label).toBe('Member number readers');
  });
});
