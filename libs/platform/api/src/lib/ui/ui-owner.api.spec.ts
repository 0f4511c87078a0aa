import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * The owner in the UI API (issue 15): a record page names its owner and offers Change Owner
 * exactly when the server's transfer rule would allow it; a list view carries an Owner column and
 * "My records" / "All records". Over HTTP on PGlite or DATABASE_URL's server.
 *
 * Roles: Finance Manager > Finance Officer; Contact is Private. The officer owns "Officer", the
 * peer "Peer"; the manager sees and may transfer the officer's, the officer not the peer's.
 */
let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let manager: TestUser;
let officer: TestUser;
let peer: TestUser;
let otherAdmin: TestUser;
const contacts: Record<string, string> = {};

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const page = (user: TestUser, name: string) => call(user, 'GET', `/ui/record/Contact/${contacts[name]}`);

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  const user = (name: string) =>
    signedInUser(api, tenants, { slug: 'uiown', username: `${name}@uiown.test`, permissionSets: [FIXTURE.permissionSet] });
  admin = await signedInUser(api, tenants, { slug: 'uiown', username: 'admin@uiown.test', profile: 'System Administrator' });
  manager = await user('manager');
  officer = await user('officer');
  peer = await user('peer');
  otherAdmin = await signedInUser(api, tenants, { slug: 'uiown2', username: 'admin@uiown2.test', profile: 'System Administrator' });
  await tenants.createPermissionSet(admin.tenantId, {
    apiName: 'Contact_Editor',
    label: 'Contact Editor',
    objects: { Contact: { read: true, create: true, edit: true } },
  });
  for (const u of [manager, officer, peer]) await tenants.assign(admin.tenantId, u.userId, 'Contact_Editor');

  const top = (await call(admin, 'POST', '/setup/roles', { name: 'Finance Manager' })).body.id;
  const below = (await call(admin, 'POST', '/setup/roles', { name: 'Finance Officer', parentRoleId: top })).body.id;
  await call(admin, 'PATCH', `/setup/users/${manager.userId}`, { roleId: top });
  await call(admin, 'PATCH', `/setup/users/${officer.userId}`, { roleId: below });
  await call(admin, 'PATCH', `/setup/users/${peer.userId}`, { roleId: below });
  expect((await call(admin, 'PUT', '/setup/sharing', { objects: { Contact: 'Private' } })).status).toBe(200);

  for (const [owner, name] of [
    [officer, 'Officer'],
    [peer, 'Peer'],
    [manager, 'Manager'],
  ] as const) {
    const made = await call(owner, 'POST', '/sobjects/Contact', { RecordTypeId: 'General', LastName: name });
    expect(made.status).toBe(201);
    contacts[name] = made.body.id;
  }
}, 180_000);
afterAll(() => api?.close());

describe('a record page', () => {
  it('names the owner and offers Change Owner to the owner, the manager above them and an admin - not to others', async () => {
    const own = await page(officer, 'Officer');
    expect(own.status).toBe(200);
    expect(own.body.owner).toEqual({ object: 'User', id: officer.userId, name: 'officer' });
    expect(own.body.actions.changeOwner).toBe(true);
    expect((await page(manager, 'Officer')).body.actions.changeOwner).toBe(true);
    expect((await page(admin, 'Officer')).body.actions.changeOwner).toBe(true);
    expect((await page(officer, 'Peer')).status).toBe(404);

    // Read-only Contacts: the peer sees the officer's record but may neither edit nor transfer it.
    expect((await call(admin, 'PUT', '/setup/sharing', { objects: { Contact: 'Read' } })).status).toBe(200);
    const readOnly = await page(peer, 'Officer');
    expect(readOnly.status).toBe(200);
    expect(readOnly.body.owner.name).toBe('officer');
    expect(readOnly.body.actions.changeOwner).toBe(false);
    const refused = await call(peer, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: peer.userId });
    expect(refused.status).toBe(403);
    expect((await call(admin, 'PUT', '/setup/sharing', { objects: { Contact: 'Private' } })).status).toBe(200);
  });

  it('shows the new owner after a Change Owner, and the transfer in the history', async () => {
    const moved = await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: peer.userId });
    expect(moved.status).toBe(204);
    const after = await page(manager, 'Officer');
    expect(after.body.owner).toEqual({ object: 'User', id: peer.userId, name: 'peer' });
    expect((await page(officer, 'Officer')).status).toBe(404);
    const history = await call(manager, 'GET', `/sobjects/Contact/${contacts['Officer']}/history`);
    expect(JSON.stringify(history.body)).toContain('OwnerId');
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { OwnerId: officer.userId })).status).toBe(204);
  });

  it("is another tenant's 404", async () => {
    expect((await page(otherAdmin, 'Officer')).status).toBe(404);
  });
});

describe('a list view', () => {
  const names = (body: { records: { LastName?: string; Name?: string }[] }) => body.records.map((r) => r.Name).sort();

  it('carries an Owner column with each owner named, and the records of every owner the user sees', async () => {
    const all = await call(manager, 'GET', '/ui/list-views/Contact/All');
    expect(all.status).toBe(200);
    expect(all.body.scope).toBe('all');
    expect(all.body.ownerColumn).toMatchObject({ name: 'OwnerId', relationshipName: 'Owner', label: 'Owner' });
    expect(all.body.columns.map((c: { name: string }) => c.name)).not.toContain('OwnerId');
    expect(names(all.body)).toEqual(['Manager', 'Officer', 'Peer']);
    const officerRow = all.body.records.find((r: { Name: string }) => r.Name === 'Officer');
    expect(officerRow.Owner).toEqual({ object: 'User', id: officer.userId, name: 'officer' });
  });

  it('narrows to "My records" with scope=mine, the total too', async () => {
    const mine = await call(manager, 'GET', '/ui/list-views/Contact/All?scope=mine');
    expect(mine.body.scope).toBe('mine');
    expect(names(mine.body)).toEqual(['Manager']);
    expect(mine.body.totalSize).toBe(1);
    expect(names((await call(officer, 'GET', '/ui/list-views/Contact/All?scope=all')).body)).toEqual(['Officer']);
    expect(names((await call(otherAdmin, 'GET', '/ui/list-views/Contact/All')).body)).toEqual([]);

    const bad = await call(manager, 'GET', '/ui/list-views/Contact/All?scope=everyone');
    expect(bad.status).toBe(400);
    expect(bad.body[0].fields).toEqual(['scope']);
  });

  it('has no owner on an object without owners', async () => {
    const roles = await call(admin, 'GET', '/ui/list-views/UserRole/All');
    expect(roles.status).toBe(200);
    expect(roles.body).toMatchObject({ ownerColumn: null, scope: null });
  });
});
