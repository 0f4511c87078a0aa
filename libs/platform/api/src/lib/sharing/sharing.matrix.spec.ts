import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Record sharing over real HTTP, on PGlite or DATABASE_URL's server: for each organisation-wide
 * default of Contact, each user (by role position, with and without View All) sees exactly the
 * Contacts they should through every read path - the record, SOQL (rows and totalSize, also of a one-row page),
 * a list view (rows and totalSize), a lookup search and a related list - and edits exactly those
 * they should; another tenant's users see none. Master-detail children follow their master.
 *
 * Roles: Finance Manager > Finance Officer; Support Coordinator (beside them). Each user owns one
 * Contact (named after them); the admin owns one too.
 */
const ORDER = 'fixture__Order__c';
const LINE = 'fixture__Order_Line__c';

let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let manager: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let viewer: TestUser;
let otherAdmin: TestUser;
let accountId: string;
const contacts: Record<string, string> = {};

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const q = (soql: string) => `/query?q=${encodeURIComponent(soql)}`;

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  const user = (username: string, permissionSets: string[] = [FIXTURE.permissionSet]) =>
    signedInUser(api, tenants, { slug: 'sh-alpha', username: `${username}@sh-alpha.test`, permissionSets });
  admin = await signedInUser(api, tenants, { slug: 'sh-alpha', username: 'admin@sh-alpha.test', profile: 'System Administrator' });
  manager = await user('manager');
  officer = await user('officer');
  coordinator = await user('coordinator');
  await tenants.createPermissionSet(admin.tenantId, {
    apiName: 'Contact_View_All',
    label: 'Contact View All',
    objects: { Contact: { read: true, viewAll: true } },
  });
  viewer = await user('viewer', [FIXTURE.permissionSet, 'Contact_View_All']);
  otherAdmin = await signedInUser(api, tenants, { slug: 'sh-beta', username: 'admin@sh-beta.test', profile: 'System Administrator' });

  // The role hierarchy, through the records API as Salesforce has it (UserRole, User.UserRoleId).
  const role = async (Name: string, DeveloperName: string, ParentRoleId?: string) =>
    (await call(admin, 'POST', '/sobjects/UserRole', { Name, DeveloperName, ParentRoleId })).body.id as string;
  const financeManager = await role('Finance Manager', 'Finance_Manager');
  const financeOfficer = await role('Finance Officer', 'Finance_Officer', financeManager);
  const supportCoordinator = await role('Support Coordinator', 'Support_Coordinator');
  for (const [u, r] of [
    [manager, financeManager],
    [officer, financeOfficer],
    [coordinator, supportCoordinator],
    [viewer, supportCoordinator],
  ] as const) {
    expect((await call(admin, 'PATCH', `/sobjects/User/${u.userId}`, { UserRoleId: r })).status).toBe(204);
  }

  accountId = (await call(admin, 'POST', '/sobjects/Account', { Name: 'Shared Account' })).body.id;
  for (const [name, owner] of [
    ['Admin', admin],
    ['Manager', manager],
    ['Officer', officer],
    ['Coordinator', coordinator],
    ['Viewer', viewer],
  ] as const) {
    const created = await call(owner, 'POST', '/sobjects/Contact', { RecordTypeId: 'General', LastName: name, AccountId: accountId });
    expect(created.status).toBe(201);
    contacts[name] = created.body.id;
  }
});
afterAll(() => api?.close());

const setDefault = async (object: string, model: string) => {
  const res = await call(admin, 'PUT', '/setup/sharing', { objects: { [object]: model } });
  expect(res.status).toBe(200);
};

/** The names of the Contacts a user gets through each read path; each must agree with the others. */
async function seen(user: TestUser): Promise<string[]> {
  const soql = await call(user, 'GET', q('SELECT LastName FROM Contact ORDER BY LastName'));
  expect(soql.status).toBe(200);
  const names = (soql.body.records as { LastName: string }[]).map((r) => r.LastName);
  expect(soql.body.totalSize).toBe(names.length);

  // Paged in the SQL: a one-row page has a next page exactly when the user sees more.
  const paged = await call(user, 'GET', `${q('SELECT Id FROM Contact ORDER BY LastName')}&pageSize=1`);
  expect([paged.status, paged.body.records.length, !!paged.body.nextRecordsUrl]).toEqual([
    200,
    Math.min(1, names.length),
    names.length > 1,
  ]);

  const list = await call(user, 'GET', '/ui/list-views/Contact/All');
  expect([list.status, list.status === 200 || list.body]).toEqual([200, true]);
  expect((list.body.records as { Id: string }[]).map((r) => r.Id).sort()).toEqual(names.map((n) => contacts[n]).sort());
  expect(list.body.totalSize).toBe(names.length);

  const lookup = await call(user, 'GET', '/ui/lookup/Contact?q=');
  expect((lookup.body.records as { id: string }[]).map((r) => r.id).sort()).toEqual(names.map((n) => contacts[n]).sort());

  // The account (Public Read/Write) lists its Contacts: those the user may see.
  const page = await call(user, 'GET', `/ui/record/Account/${accountId}`);
  if (user.tenantId !== admin.tenantId) expect(page.status).toBe(404);
  else {
    expect(page.status).toBe(200);
    const related = (page.body.relatedLists as { label: string; records: { Id: string }[] }[]).find((r) => r.label === 'Contacts');
    expect(related?.records.map((r) => r.Id).sort()).toEqual(names.map((n) => contacts[n]).sort());
  }

  for (const [name, id] of Object.entries(contacts)) {
    const one = await call(user, 'GET', `/sobjects/Contact/${id}`);
    expect([name, one.status]).toEqual([name, names.includes(name) ? 200 : 404]);
  }
  return names;
}

const ALL = ['Admin', 'Coordinator', 'Manager', 'Officer', 'Viewer'];

describe('Contact Public Read/Write (the default)', () => {
  it('everyone of the tenant sees and edits every Contact; another tenant sees none', async () => {
    for (const u of [admin, manager, officer, coordinator, viewer]) expect(await seen(u)).toEqual(ALL);
    expect((await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Manager']}`, { Phone: '0400 000 001' })).status).toBe(204);
    expect(await seen(otherAdmin)).toEqual([]);
  });

  it('shows the owner through SOQL (OwnerId, Owner.Name) and describe', async () => {
    const res = await call(officer, 'GET', q(`SELECT LastName, OwnerId, Owner.Name FROM Contact WHERE OwnerId = '${officer.userId}'`));
    expect(res.body.records).toEqual([
      expect.objectContaining({ LastName: 'Officer', OwnerId: officer.userId, Owner: expect.objectContaining({ Name: 'officer' }) }),
    ]);
    const describe = await call(officer, 'GET', '/sobjects/Contact/describe');
    expect(describe.body.fields).toContainEqual(
      expect.objectContaining({ name: 'OwnerId', type: 'reference', referenceTo: ['User'], relationshipName: 'Owner' }),
    );
  });

  it('lets only the owner, a manager above them or Modify All change the owner (INSUFFICIENT_ACCESS_OR_READONLY naming OwnerId)', async () => {
    const refused = await call(coordinator, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: coordinator.userId });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([expect.objectContaining({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', fields: ['OwnerId'] })]);
    // The manager is above the officer: they may give the officer's record away, and take it back.
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: manager.userId })).status).toBe(204);
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: officer.userId })).status).toBe(204);
    const bad = await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: accountId });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([expect.objectContaining({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: ['OwnerId'] })]);
  });
});

describe('Contact Public Read Only', () => {
  beforeAll(() => setDefault('Contact', 'Read'));

  it('everyone sees every Contact, and edits only their own and those of the roles below them', async () => {
    for (const u of [admin, manager, officer, coordinator, viewer]) expect(await seen(u)).toEqual(ALL);
    const readOnly = await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Manager']}`, { Phone: '0400 000 002' });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body).toEqual([expect.objectContaining({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' })]);
    expect((await call(officer, 'DELETE', `/sobjects/Contact/${contacts['Coordinator']}`)).status).toBe(403);
    expect((await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { Phone: '0400 000 003' })).status).toBe(204);
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { Phone: '0400 000 004' })).status).toBe(204);
    expect((await call(admin, 'PATCH', `/sobjects/Contact/${contacts['Coordinator']}`, { Phone: '0400 000 005' })).status).toBe(204);
  });
});

describe('Contact Private', () => {
  beforeAll(() => setDefault('Contact', 'Private'));

  it('each user sees their own, a manager also what the roles below own, View All and admins everything', async () => {
    expect(await seen(officer)).toEqual(['Officer']);
    expect(await seen(manager)).toEqual(['Manager', 'Officer']);
    expect(await seen(coordinator)).toEqual(['Coordinator']);
    expect(await seen(viewer)).toEqual(ALL);
    expect(await seen(admin)).toEqual(ALL);
    expect(await seen(otherAdmin)).toEqual([]);
  });

  it('answers 404 for a record the user cannot see, 403 for one they see but may not edit', async () => {
    expect((await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Manager']}`, { Phone: '1' })).status).toBe(404);
    expect((await call(officer, 'DELETE', `/sobjects/Contact/${contacts['Manager']}`)).status).toBe(404);
    // View All reads everything but edits only what sharing allows.
    expect((await call(viewer, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { Phone: '1' })).status).toBe(403);
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { Phone: '0400 000 006' })).status).toBe(204);
  });

  it('a record given to another user leaves the giver’s sight', async () => {
    const id = (await call(coordinator, 'POST', '/sobjects/Contact', { RecordTypeId: 'General', LastName: 'Handover' })).body.id;
    expect((await call(coordinator, 'PATCH', `/sobjects/Contact/${id}`, { OwnerId: officer.userId })).status).toBe(204);
    expect((await call(coordinator, 'GET', `/sobjects/Contact/${id}`)).status).toBe(404);
    expect((await call(officer, 'GET', `/sobjects/Contact/${id}`)).body.OwnerId).toBe(officer.userId);
    expect((await call(manager, 'GET', `/sobjects/Contact/${id}`)).status).toBe(200);
    const history = await call(admin, 'GET', `/sobjects/Contact/${id}/history`);
    expect(history.body.records).toContainEqual(
      expect.objectContaining({
        field: 'OwnerId',
        oldValue: coordinator.userId,
        newValue: officer.userId,
        changedById: coordinator.userId,
      }),
    );
    expect((await call(officer, 'DELETE', `/sobjects/Contact/${id}`)).status).toBe(204);
  });
});

describe('master-detail children (Controlled by Parent)', () => {
  let orderId: string;
  let lineId: string;
  beforeAll(async () => {
    await setDefault('Contact', 'ReadWrite');
    await setDefault(ORDER, 'Private');
    const member = await call(coordinator, 'POST', '/sobjects/Contact', { RecordTypeId: 'Client', LastName: 'Member' });
    expect(member.status).toBe(201);
    const order = await call(coordinator, 'POST', `/sobjects/${ORDER}`, { fixture__Customer__c: member.body.id });
    expect(order.body).toEqual({ id: expect.any(String), success: true, errors: [] });
    orderId = order.body.id;
    const line = await call(coordinator, 'POST', `/sobjects/${LINE}`, {
      Name: 'L-1',
      fixture__Order__c: orderId,
      fixture__Amount__c: '10.00',
    });
    expect(line.status).toBe(201);
    lineId = line.body.id;
  });

  it('follow their master: whoever cannot see the order sees none of its lines, by id, SOQL or count', async () => {
    for (const [u, sees] of [
      [coordinator, true],
      [admin, true],
      [officer, false],
      [manager, false],
      [otherAdmin, false],
    ] as const) {
      expect((await call(u, 'GET', `/sobjects/${LINE}/${lineId}`)).status).toBe(sees ? 200 : 404);
      expect((await call(u, 'GET', q(`SELECT Id FROM ${LINE}`))).body.totalSize).toBe(sees ? 1 : 0);
      expect((await call(u, 'GET', q(`SELECT Id FROM ${ORDER}`))).body.totalSize).toBe(sees ? 1 : 0);
    }
    // The roll-up on the order counts every line, whoever writes one.
    const order = await call(coordinator, 'GET', `/sobjects/${ORDER}/${orderId}`);
    expect(order.body['fixture__Subtotal__c']).toBe('10.00');
  });

  it('cannot be set on their own: the setting names the object and nothing changes', async () => {
    const res = await call(admin, 'PUT', '/setup/sharing', { objects: { [LINE]: 'Private', Contact: 'Nonsense' } });
    expect(res.status).toBe(400);
    expect(res.body.map((e: { fields: string[] }) => e.fields[0]).sort()).toEqual([`objects.Contact`, `objects.${LINE}`]);
    const settings = await call(admin, 'GET', '/setup/sharing');
    expect(settings.body.objects).toContainEqual({ object: 'Contact', label: 'Contact', sharingModel: 'ReadWrite' });
    expect(settings.body.objects).toContainEqual(
      expect.objectContaining({ object: LINE, sharingModel: 'ControlledByParent', controlledBy: ORDER }),
    );
  });

  it('sharing settings are an admin’s: anyone else gets 403', async () => {
    expect((await call(officer, 'GET', '/setup/sharing')).status).toBe(403);
    expect((await call(officer, 'PUT', '/setup/sharing', { objects: { Contact: 'ReadWrite' } })).status).toBe(403);
  });
});
