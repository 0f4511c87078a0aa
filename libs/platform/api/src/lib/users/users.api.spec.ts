import type { Database } from '@platform/storage';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { FIXTURE, PASSWORD, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * Setup → Users, own passwords, set-password links, login history and the operator's first
 * admin (issue 15), over HTTP on PGlite or DATABASE_URL's server.
 */

const OPERATOR = 'operator-token-for-users';
const TEMPORARY = 'temporary mauve giraffe 42';
const CHOSEN = 'my own quiet harbour 7';

let api: RunningApi;
let database: Database;
let tenants: TenantService;
let admin: TestUser;

beforeAll(async () => {
  ({ api, database, tenants } = await startTestApi({ metadata: 'platform', operatorToken: OPERATOR }));
  admin = await signedInUser(api, tenants, { slug: 'uadm', username: 'admin@uadm.test', profile: 'System Administrator' });
}, 120_000);
afterAll(() => api?.close());

const login = (username: string, password: string) => request(api, 'POST', '/auth/login', { body: { username, password } });
const as = (token: string, method: string, path: string, body?: unknown) => request(api, method, path, { token, body });
const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Fran',
  lastName: 'Finance',
  email: username,
  username,
  profile: 'Standard User',
  ...extra,
});
/** The set-password link's token from the last email queued to `to` (what the user would click). */
async function emailedToken(to: string): Promise<string> {
  const [email] = (await database.owner.query(
    `SELECT body FROM sys_email_outbox WHERE to_address = $1 ORDER BY created_date DESC LIMIT 1`,
    [to],
  )) as { body: string }[];
  const token = /set-password\?token=([^\s]+)/.exec(email?.body ?? '')?.[1];
  if (!token) throw new Error(`no set-password link emailed to ${to}`);
  return decodeURIComponent(token);
}

describe('creating a user with a temporary password', () => {
  it('assigns the permission set; the first sign-in may only change the password, then everything works', async () => {
    const created = await as(
      admin.token,
      'POST',
      '/setup/users',
      newUser('fran@uadm.test', { temporaryPassword: TEMPORARY, permissionSets: [FIXTURE.permissionSet] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'fran@uadm.test',
      name: 'Fran Finance',
      profile: 'Standard User',
      active: true,
      permissionSets: [FIXTURE.permissionSet],
    });

    const first = await login('fran@uadm.test', TEMPORARY);
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const token = first.body.accessToken as string;
    expect((await as(token, 'GET', '/auth/me')).body.mustChangePassword).toBe(true);
    const blocked = await as(token, 'GET', '/permission-sets');
    expect(blocked.status).toBe(403);
    expect(blocked.body[0].errorCode).toBe('PASSWORD_CHANGE_REQUIRED');

    const wrong = await as(token, 'POST', '/auth/password', { currentPassword: 'not it at all', newPassword: CHOSEN });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual([
      { errorCode: 'INVALID_OLD_PASSWORD', message: 'The current password is wrong.', fields: ['currentPassword'] },
    ]);
    const weak = await as(token, 'POST', '/auth/password', { currentPassword: TEMPORARY, newPassword: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body[0]).toMatchObject({ errorCode: 'INVALID_NEW_PASSWORD', fields: ['newPassword'] });

    expect((await as(token, 'POST', '/auth/password', { currentPassword: TEMPORARY, newPassword: CHOSEN })).status).toBe(204);
    expect((await as(token, 'GET', '/permission-sets')).status).toBe(200);
    expect((await as(token, 'GET', '/auth/me')).body.mustChangePassword).toBe(false);
    expect((await login('fran@uadm.test', TEMPORARY)).status).toBe(401);
    const again = await login('fran@uadm.test', CHOSEN);
    expect(again.status).toBe(200);
    expect(again.body.mustChangePassword).toBe(false);
  });

  it('refuses a username taken in any tenant, naming the field, and leaves nothing half-written', async () => {
    await signedInUser(api, tenants, { slug: 'uother', username: 'taken@uother.test' });
    for (const username of ['taken@uother.test', 'admin@uadm.test', 'TAKEN@uother.test']) {
      const answer = await as(admin.token, 'POST', '/setup/users', newUser(username, { temporaryPassword: TEMPORARY }));
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual([
        { errorCode: 'DUPLICATE_USERNAME', message: expect.stringContaining('already taken'), fields: ['username'] },
      ]);
    }
    const [{ users }] = (await database.owner.query(
      `SELECT count(*)::int AS users FROM "user" WHERE tenant_id = $1 AND username = 'taken@uother.test'`,
      [admin.tenantId],
    )) as { users: number }[];
    expect(users).toBe(0);
  });

  it('refuses bad input with every field named, and a weak temporary password', async () => {
    const bad = await as(admin.token, 'POST', '/setup/users', { lastName: ' ', email: 'nope', username: 'a b', profile: 'Boss' });
    expect(bad.status).toBe(400);
    expect(bad.body.flatMap((e: { fields: string[] }) => e.fields).sort()).toEqual(['email', 'lastName', 'profile', 'username']);
    const weak = await as(admin.token, 'POST', '/setup/users', newUser('weak@uadm.test', { temporaryPassword: 'aaaaaaaaaa' }));
    expect(weak.status).toBe(400);
    expect(weak.body[0]).toMatchObject({ errorCode: 'INVALID_NEW_PASSWORD', fields: ['temporaryPassword'] });
    const unknownSet = await as(
      admin.token,
      'POST',
      '/setup/users',
      newUser('ps@uadm.test', { temporaryPassword: TEMPORARY, permissionSets: ['Nope'] }),
    );
    expect(unknownSet.status).toBe(400);
    expect(unknownSet.body[0].fields).toEqual(['permissionSets']);
    expect(await database.owner.query(`SELECT 1 FROM "user" WHERE username IN ('weak@uadm.test', 'ps@uadm.test')`)).toEqual([]);
  });

  it('no longer creates users through POST /api/sobjects/User, and points to Setup', async () => {
    const answer = await as(admin.token, 'POST', '/sobjects/User', {
      Username: 'ghost@uadm.test',
      LastName: 'Ghost',
      Email: 'ghost@uadm.test',
    });
    expect(answer.status).toBe(400);
    expect(answer.body[0]).toMatchObject({ errorCode: 'INVALID_OPERATION', message: expect.stringContaining('Setup') });
    expect(await database.owner.query(`SELECT 1 FROM "user" WHERE username = 'ghost@uadm.test'`)).toEqual([]);
  });
});

describe('set-password links', () => {
  it('are emailed through the outbox; a link works once, and a refused password does not use it up', async () => {
    const created = await as(admin.token, 'POST', '/setup/users', newUser('link@uadm.test'));
    expect(created.status).toBe(201);
    const token = await emailedToken('link@uadm.test');
    const [email] = (await database.owner.query(`SELECT subject, status FROM sys_email_outbox WHERE to_address = 'link@uadm.test'`)) as {
      subject: string;
      status: string;
    }[];
    expect(email).toEqual({ subject: 'Set your password', status: 'Queued' });

    const weak = await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: 'link@uadm.test' } });
    expect(weak.status).toBe(400);
    expect(weak.body[0]).toMatchObject({ errorCode: 'INVALID_NEW_PASSWORD', fields: ['newPassword'] });
    const used = await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: CHOSEN } });
    expect(used.status).toBe(200);
    expect(used.body).toEqual({ username: 'link@uadm.test' });
    const twice = await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: 'another long passphrase 9' } });
    expect(twice.status).toBe(400);
    expect(twice.body[0]).toMatchObject({ errorCode: 'INVALID_PASSWORD_LINK', fields: ['token'] });
    const signedIn = await login('link@uadm.test', CHOSEN);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.mustChangePassword).toBe(false);
  });

  it('expire', async () => {
    await as(admin.token, 'POST', '/setup/users', newUser('late@uadm.test'));
    const token = await emailedToken('late@uadm.test');
    await database.owner.query(
      `UPDATE sys_password_token SET expires_date = now() - interval '1 second' WHERE user_id = (SELECT id FROM "user" WHERE username = 'late@uadm.test')`,
    );
    const late = await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: CHOSEN } });
    expect(late.status).toBe(400);
    expect(late.body[0].errorCode).toBe('INVALID_PASSWORD_LINK');
  });

  it('reset: the old password and the open sessions stop working, the new link works once', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'reset@uadm.test' });
    const reset = await as(admin.token, 'POST', `/setup/users/${user.userId}/reset-password`);
    expect(reset.status).toBe(204);
    expect((await as(user.token, 'GET', '/auth/me')).status).toBe(401);
    expect((await login('reset@uadm.test', PASSWORD)).status).toBe(401);
    const token = await emailedToken('reset@uadm.test');
    expect((await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: CHOSEN } })).status).toBe(200);
    expect((await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: CHOSEN } })).status).toBe(400);
    expect((await login('reset@uadm.test', CHOSEN)).status).toBe(200);
  });
});

describe('changing one’s own password', () => {
  it('ends the user’s other sessions and keeps this one', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'own@uadm.test' });
    const other = (await login('own@uadm.test', PASSWORD)).body.accessToken as string;
    expect((await as(user.token, 'POST', '/auth/password', { currentPassword: PASSWORD, newPassword: CHOSEN })).status).toBe(204);
    expect((await as(user.token, 'GET', '/auth/me')).status).toBe(200);
    expect((await as(other, 'GET', '/auth/me')).status).toBe(401);
  });
});

describe('editing, deactivating and reactivating', () => {
  it('edits names, email, profile and username (the new username signs in)', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'edit@uadm.test' });
    const edited = await as(admin.token, 'PATCH', `/setup/users/${user.userId}`, {
      firstName: 'Eddie',
      lastName: 'Edited',
      email: 'eddie@uadm.test',
      username: 'eddie@uadm.test',
      profile: 'System Administrator',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Eddie Edited',
      email: 'eddie@uadm.test',
      username: 'eddie@uadm.test',
      profile: 'System Administrator',
    });
    expect((await login('edit@uadm.test', PASSWORD)).status).toBe(401);
    expect((await login('eddie@uadm.test', PASSWORD)).status).toBe(200);
    const taken = await as(admin.token, 'PATCH', `/setup/users/${user.userId}`, { username: 'taken@uother.test' });
    expect(taken.status).toBe(400);
    expect(taken.body[0]).toMatchObject({ errorCode: 'DUPLICATE_USERNAME', fields: ['username'] });
  });

  it('deactivating ends an open session on its next request and refuses sign-in; reactivating lets them in again', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'leaver@uadm.test' });
    expect((await as(user.token, 'GET', '/permission-sets')).status).toBe(200);
    const off = await as(admin.token, 'PATCH', `/setup/users/${user.userId}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const next = await as(user.token, 'GET', '/permission-sets');
    expect(next.status).toBe(401);
    expect(next.body[0].errorCode).toBe('INVALID_SESSION_ID');
    expect((await login('leaver@uadm.test', PASSWORD)).status).toBe(401);
    expect((await as(admin.token, 'PATCH', `/setup/users/${user.userId}`, { active: true })).body.active).toBe(true);
    expect((await login('leaver@uadm.test', PASSWORD)).status).toBe(200);
  });

  it('refuses an admin deactivating themself', async () => {
    const self = await as(admin.token, 'PATCH', `/setup/users/${admin.userId}`, { active: false });
    expect(self.status).toBe(400);
    expect(self.body[0].fields).toEqual(['active']);
  });
});

describe('login history', () => {
  it('records each sign-in with its result and client address, newest first', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'hist@uadm.test' });
    await login('hist@uadm.test', 'a wrong password here');
    await as(admin.token, 'PATCH', `/setup/users/${user.userId}`, { active: false });
    await login('hist@uadm.test', PASSWORD);
    const history = await as(admin.token, 'GET', `/setup/users/${user.userId}/login-history`);
    expect(history.status).toBe(200);
    expect(history.body.entries.map((e: { status: string }) => e.status)).toEqual(['User is Inactive', 'Invalid Password', 'Success']);
    expect(history.body.entries[0]).toEqual({
      loginTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      status: 'User is Inactive',
      clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
  });
});

describe('login history of a lockout', () => {
  it('records the failure that locks the username as the lockout, and not each refused attempt during the lock', async () => {
    const user = await signedInUser(api, tenants, { slug: 'uadm', username: 'locked@uadm.test' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login('locked@uadm.test', `wrong guess number ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const history = await as(admin.token, 'GET', `/setup/users/${user.userId}/login-history`);
    expect(history.body.entries.map((e: { status: string }) => e.status)).toEqual([
      'Password Lockout',
      'Invalid Password',
      'Invalid Password',
      'Invalid Password',
      'Success',
    ]);
  });
});

describe('who may manage users', () => {
  it('answers 403 on every users route to a user who is not an admin', async () => {
    const clerk = await signedInUser(api, tenants, { slug: 'uadm', username: 'clerk@uadm.test' });
    const routes: [string, string, unknown?][] = [
      ['GET', '/setup/users'],
      ['POST', '/setup/users', newUser('sneaky@uadm.test', { temporaryPassword: TEMPORARY })],
      ['GET', `/setup/users/${admin.userId}`],
      ['PATCH', `/setup/users/${admin.userId}`, { active: false }],
      ['POST', `/setup/users/${admin.userId}/reset-password`],
      ['GET', `/setup/users/${admin.userId}/login-history`],
    ];
    for (const [method, path, body] of routes) {
      const answer = await as(clerk.token, method, path, body);
      expect({ method, path, status: answer.status, code: answer.body?.[0]?.errorCode }).toEqual({
        method,
        path,
        status: 403,
        code: 'INSUFFICIENT_ACCESS',
      });
    }
    expect(await database.owner.query(`SELECT 1 FROM "user" WHERE username = 'sneaky@uadm.test'`)).toEqual([]);
    expect((await login('admin@uadm.test', PASSWORD)).status).toBe(200);
  });

  it('shows another tenant’s admin none of these users (404), and changes nothing', async () => {
    const stranger = await signedInUser(api, tenants, {
      slug: 'ustranger',
      username: 'admin@ustranger.test',
      profile: 'System Administrator',
    });
    const target = await signedInUser(api, tenants, { slug: 'uadm', username: 'target@uadm.test' });
    for (const [method, path, body] of [
      ['GET', `/setup/users/${target.userId}`],
      ['PATCH', `/setup/users/${target.userId}`, { active: false }],
      ['POST', `/setup/users/${target.userId}/reset-password`],
      ['GET', `/setup/users/${target.userId}/login-history`],
    ] as [string, string, unknown?][]) {
      expect({ method, path, status: (await as(stranger.token, method, path, body)).status }).toEqual({ method, path, status: 404 });
    }
    const list = await as(stranger.token, 'GET', '/setup/users');
    expect(list.body.users.map((u: { username: string }) => u.username)).toEqual(['admin@ustranger.test']);
    expect((await as(target.token, 'GET', '/auth/me')).status).toBe(200);
  });
});

describe('the operator’s first admin', () => {
  const ops = (body: unknown) => request(api, 'POST', '/ops/tenants', { token: OPERATOR, body });

  it('is created with the tenant, signs in with the temporary password and must change it', async () => {
    const created = await ops({
      name: 'Kilo Care',
      slug: 'kilo',
      admin: { firstName: 'Kim', lastName: 'Admin', email: 'kim@kilo.test', username: 'kim@kilo.test', temporaryPassword: TEMPORARY },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'kilo', admin: { username: 'kim@kilo.test', temporaryPassword: true } });
    const first = await login('kim@kilo.test', TEMPORARY);
    expect(first.body.mustChangePassword).toBe(true);
    expect(first.body.user).toMatchObject({ profile: 'System Administrator', tenantId: created.body.id });
    const token = first.body.accessToken as string;
    expect((await as(token, 'POST', '/auth/password', { currentPassword: TEMPORARY, newPassword: CHOSEN })).status).toBe(204);
    expect((await as(token, 'GET', '/setup/users')).body.users.map((u: { username: string }) => u.username)).toEqual(['kim@kilo.test']);
  });

  it('or gets a set-password link', async () => {
    const created = await ops({
      name: 'Lima Care',
      slug: 'lima',
      admin: { lastName: 'Admin', email: 'lee@lima.test', username: 'lee@lima.test' },
    });
    expect(created.status).toBe(201);
    expect(created.body.admin.temporaryPassword).toBe(false);
    const token = await emailedToken('lee@lima.test');
    expect((await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: CHOSEN } })).status).toBe(200);
    expect((await login('lee@lima.test', CHOSEN)).status).toBe(200);
  });

  it('leaves no tenant when the admin cannot be created', async () => {
    const taken = await ops({
      name: 'Mike Care',
      slug: 'mike',
      admin: { lastName: 'A', email: 'm@mike.test', username: 'kim@kilo.test', temporaryPassword: TEMPORARY },
    });
    expect(taken.status).toBe(400);
    expect(taken.body).toEqual([{ errorCode: 'DUPLICATE_USERNAME', message: expect.any(String), fields: ['admin.username'] }]);
    const weak = await ops({
      name: 'Mike Care',
      slug: 'mike',
      admin: { lastName: 'A', email: 'm@mike.test', username: 'm@mike.test', temporaryPassword: 'password123' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body[0]).toMatchObject({ errorCode: 'INVALID_NEW_PASSWORD', fields: ['admin.temporaryPassword'] });
    const bad = await ops({ name: 'Mike Care', slug: 'mike', admin: { lastName: 'A', email: 'nope', username: 'm@mike.test' } });
    expect(bad.status).toBe(400);
    expect(bad.body[0].fields[0]).toMatch(/email/);
    expect(await database.owner.query(`SELECT 1 FROM sys_tenant WHERE slug = 'mike'`)).toEqual([]);
    expect(await database.owner.query(`SELECT 1 FROM "user" WHERE username = 'm@mike.test'`)).toEqual([]);
  });
});
