import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * Setup → Roles and the Role of Setup's users (issue 15), over HTTP on PGlite or DATABASE_URL's
 * server: the hierarchy made, renamed, moved and deleted by an admin; a user's role set on
 * create and edit; another tenant and a non-admin see and change nothing.
 */

let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let standard: TestUser;
let otherAdmin: TestUser;

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'roles', username: 'admin@roles.test', profile: 'System Administrator' });
  standard = await signedInUser(api, tenants, { slug: 'roles', username: 'std@roles.test' });
  otherAdmin = await signedInUser(api, tenants, { slug: 'roles2', username: 'admin@roles2.test', profile: 'System Administrator' });
}, 120_000);
afterAll(() => api?.close());

const as = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });

interface Role {
  id: string;
  name: string;
  developerName: string;
  parentRoleId: string | null;
  userCount: number;
}
const names = async (user: TestUser) => ((await as(user, 'GET', '/setup/roles')).body.roles as Role[]).map((r) => r.name);

describe('the role hierarchy', () => {
  let manager: Role;
  let officer: Role;
  let coordinator: Role;

  it('is built by an admin: a role under another, its role name made from the label, listed parents first', async () => {
    const made = await as(admin, 'POST', '/setup/roles', { name: 'Finance Manager' });
    expect(made.status).toBe(201);
    manager = made.body;
    expect(manager).toMatchObject({ name: 'Finance Manager', developerName: 'Finance_Manager', parentRoleId: null, userCount: 0 });

    officer = (await as(admin, 'POST', '/setup/roles', { name: 'Finance Officer', parentRoleId: manager.id })).body;
    expect(officer).toMatchObject({ developerName: 'Finance_Officer', parentRoleId: manager.id });
    coordinator = (await as(admin, 'POST', '/setup/roles', { name: 'Support Coordinator', developerName: 'Coordinator' })).body;
    expect(coordinator.developerName).toBe('Coordinator');

    expect(await names(admin)).toEqual(['Finance Manager', 'Finance Officer', 'Support Coordinator']);
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const blank = await as(admin, 'POST', '/setup/roles', { name: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['name'] });

    const twice = await as(admin, 'POST', '/setup/roles', { name: 'Another', developerName: 'Coordinator' });
    expect(twice.status).toBe(400);
    expect(twice.body[0]).toMatchObject({ errorCode: 'DUPLICATE_VALUE', fields: ['developerName'] });

    const badName = await as(admin, 'POST', '/setup/roles', { name: 'X', developerName: '1 bad name' });
    expect(badName.status).toBe(400);
    expect(badName.body[0].fields).toEqual(['developerName']);

    const notARole = await as(admin, 'POST', '/setup/roles', { name: 'Orphan', parentRoleId: admin.userId });
    expect(notARole.status).toBe(400);
    expect(notARole.body[0].fields).toEqual(['parentRoleId']);

    expect(await names(admin)).toEqual(['Finance Manager', 'Finance Officer', 'Support Coordinator']);
  });

  it('renames and moves a role, but never under itself or a role below it', async () => {
    const renamed = await as(admin, 'PATCH', `/setup/roles/${coordinator.id}`, { name: 'Care Coordinator' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Care Coordinator', developerName: 'Coordinator' });

    const loop = await as(admin, 'PATCH', `/setup/roles/${manager.id}`, { parentRoleId: officer.id });
    expect(loop.status).toBe(400);
    expect(loop.body[0]).toMatchObject({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', fields: ['parentRoleId'] });
    const self = await as(admin, 'PATCH', `/setup/roles/${manager.id}`, { parentRoleId: manager.id });
    expect(self.status).toBe(400);
    expect((await as(admin, 'GET', `/setup/roles/${manager.id}`)).body.parentRoleId).toBeNull();

    const moved = await as(admin, 'PATCH', `/setup/roles/${coordinator.id}`, { parentRoleId: manager.id });
    expect(moved.body.parentRoleId).toBe(manager.id);
    expect(await names(admin)).toEqual(['Finance Manager', 'Care Coordinator', 'Finance Officer']);
    const top = await as(admin, 'PATCH', `/setup/roles/${coordinator.id}`, { parentRoleId: null });
    expect(top.body.parentRoleId).toBeNull();
  });

  it("gives Setup's users a role on create and edit, shown in the user's page and the list", async () => {
    const created = await as(admin, 'POST', '/setup/users', {
      lastName: 'Officer',
      email: 'officer@roles.test',
      username: 'officer@roles.test',
      profile: 'Standard User',
      roleId: officer.id,
      temporaryPassword: 'temporary mauve giraffe 42',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ roleId: officer.id, roleName: 'Finance Officer' });

    const listed = (await as(admin, 'GET', '/setup/users')).body.users.find(
      (u: { username: string }) => u.username === 'officer@roles.test',
    );
    expect(listed).toMatchObject({ roleId: officer.id, roleName: 'Finance Officer' });
    expect((await as(admin, 'GET', `/setup/roles/${officer.id}`)).body.userCount).toBe(1);

    const edited = await as(admin, 'PATCH', `/setup/users/${standard.userId}`, { roleId: coordinator.id });
    expect(edited.body).toMatchObject({ roleId: coordinator.id, roleName: 'Care Coordinator' });
    const cleared = await as(admin, 'PATCH', `/setup/users/${standard.userId}`, { roleId: null });
    expect(cleared.body).toMatchObject({ roleId: null, roleName: null });

    const bad = await as(admin, 'PATCH', `/setup/users/${standard.userId}`, { roleId: 'not-an-id' });
    expect(bad.status).toBe(400);
    expect(bad.body[0].fields).toEqual(['roleId']);
    const unknown = await as(admin, 'PATCH', `/setup/users/${standard.userId}`, { roleId: admin.userId });
    expect(unknown.status).toBe(400);
    expect(unknown.body[0].fields).toEqual(['roleId']);
  });

  it('refuses to delete a role users hold or roles report to, saying why; then deletes it', async () => {
    const held = await as(admin, 'DELETE', `/setup/roles/${officer.id}`);
    expect(held.status).toBe(400);
    expect(held.body[0]).toMatchObject({ errorCode: 'DELETE_FAILED' });
    expect(held.body[0].message).toContain('1 user holds it');

    const parent = await as(admin, 'DELETE', `/setup/roles/${manager.id}`);
    expect(parent.status).toBe(400);
    expect(parent.body[0].message).toContain('1 role reports to it');

    const officerUser = (await as(admin, 'GET', '/setup/users')).body.users.find(
      (u: { username: string }) => u.username === 'officer@roles.test',
    );
    await as(admin, 'PATCH', `/setup/users/${officerUser.id}`, { roleId: coordinator.id });
    expect((await as(admin, 'DELETE', `/setup/roles/${officer.id}`)).status).toBe(204);
    expect((await as(admin, 'GET', `/setup/roles/${officer.id}`)).status).toBe(404);
    expect((await as(admin, 'DELETE', `/setup/roles/${manager.id}`)).status).toBe(204);
    expect(await names(admin)).toEqual(['Care Coordinator']);
  });

  it('is closed to a non-admin (403) and invisible to another tenant (none listed, 404 by id)', async () => {
    for (const [method, path, body] of [
      ['GET', '/setup/roles'],
      ['POST', '/setup/roles', { name: 'Sneaky' }],
      ['PATCH', `/setup/roles/${coordinator.id}`, { name: 'Sneaky' }],
      ['DELETE', `/setup/roles/${coordinator.id}`],
    ] as const) {
      const answer = await as(standard, method, path, body);
      expect(answer.status).toBe(403);
      expect(answer.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    }
    expect(await names(otherAdmin)).toEqual([]);
    expect((await as(otherAdmin, 'GET', `/setup/roles/${coordinator.id}`)).status).toBe(404);
    expect((await as(otherAdmin, 'PATCH', `/setup/roles/${coordinator.id}`, { name: 'Mine' })).status).toBe(404);
    expect((await as(otherAdmin, 'DELETE', `/setup/roles/${coordinator.id}`)).status).toBe(404);
    // Nor may their users be given it, nor their roles report to it.
    const foreign = await as(otherAdmin, 'POST', '/setup/roles', { name: 'Under theirs', parentRoleId: coordinator.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body[0].fields).toEqual(['parentRoleId']);
    expect(await names(admin)).toEqual(['Care Coordinator']);
    expect((await as(admin, 'GET', `/setup/roles/${coordinator.id}`)).body.name).toBe('Care Coordinator');
  });
});
