import type { TenantService } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import { AuthService } from './auth.service';
import type { RunningApi } from '../bootstrap';
import { PASSWORD, request, signedInUser, startTestApi } from '../../testing/api-fixture';

/**
 * Sign-in as an attacker tries it (issue 13): parallel guesses, deactivated users, timing of
 * unknown usernames, weak passwords. The real API over HTTP, on PGlite or DATABASE_URL's server.
 */

let api: RunningApi;
let database: Database;
let tenants: TenantService;

beforeAll(async () => {
  ({ api, database, tenants } = await startTestApi({ metadata: 'platform' }));
}, 120_000);
afterAll(() => api?.close());

const login = (username: string, password: string) => request(api, 'POST', '/auth/login', { body: { username, password } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('failed sign-ins under concurrency', () => {
  it('counts 40 parallel wrong passwords one by one: the account locks and the right password waits', async () => {
    await signedInUser(api, tenants, { slug: 'guess', username: 'target@guess.test' });
    const answers = await Promise.all(Array.from({ length: 40 }, () => login('target@guess.test', 'not the password at all')));
    const statuses = answers.map((a) => a.status);
    // Three free failures, the fourth sets the first lock (2 s); everything after it is refused unchecked.
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(36);
    const [{ failed_attempts }] = (await database.owner.query(
      `SELECT failed_attempts FROM sys_credential WHERE username = 'target@guess.test'`,
    )) as {
      failed_attempts: number;
    }[];
    expect(failed_attempts).toBe(4);

    const locked = await login('target@guess.test', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual([
      {
        errorCode: 'LOGIN_RATE_EXCEEDED',
        message: expect.stringMatching(/^Too many failed logins; try again in [12] seconds\.$/),
        fields: [],
      },
    ]);
    const wait = Number(/in (\d+) seconds/.exec(locked.body[0].message)![1]);
    await sleep(wait * 1000 + 200);
    const after = await login('target@guess.test', PASSWORD);
    expect(after.status).toBe(200);
    // A right password clears the count: the next wrong one is a free failure again.
    expect((await login('target@guess.test', 'still not the password')).status).toBe(401);
  }, 60_000);
});

describe('deactivating a user', () => {
  it('ends their sessions at once and refuses their sign-in (IsActive = false through the records API)', async () => {
    const admin = await signedInUser(api, tenants, { slug: 'deact', username: 'admin@deact.test', profile: 'System Administrator' });
    const clerk = await signedInUser(api, tenants, { slug: 'deact', username: 'clerk@deact.test' });
    const second = await login('clerk@deact.test', PASSWORD);
    expect(second.status).toBe(200);
    expect((await request(api, 'GET', '/auth/me', { token: clerk.token })).status).toBe(200);

    const patched = await request(api, 'PATCH', `/sobjects/User/${clerk.userId}`, { token: admin.token, body: { IsActive: false } });
    expect(patched.status).toBe(204);
    for (const token of [clerk.token, second.body.accessToken as string]) {
      const me = await request(api, 'GET', '/auth/me', { token });
      expect(me.status).toBe(401);
      expect(me.body[0].errorCode).toBe('INVALID_SESSION_ID');
    }
    const refused = await login('clerk@deact.test', PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual([{ errorCode: 'INVALID_LOGIN', message: 'Invalid username or password.', fields: [] }]);

    // Reactivated, they sign in again; their old sessions stay ended.
    expect((await request(api, 'PATCH', `/sobjects/User/${clerk.userId}`, { token: admin.token, body: { IsActive: true } })).status).toBe(
      204,
    );
    expect((await login('clerk@deact.test', PASSWORD)).status).toBe(200);
    expect((await request(api, 'GET', '/auth/me', { token: clerk.token })).status).toBe(401);
  }, 60_000);

  it('keeps them ended when the user is reactivated before their sessions are used again', async () => {
    const admin = await signedInUser(api, tenants, { slug: 'deact', username: 'admin2@deact.test', profile: 'System Administrator' });
    const clerk = await signedInUser(api, tenants, { slug: 'deact', username: 'quick@deact.test' });
    for (const IsActive of [false, true]) {
      expect((await request(api, 'PATCH', `/sobjects/User/${clerk.userId}`, { token: admin.token, body: { IsActive } })).status).toBe(204);
    }
    expect((await request(api, 'GET', '/auth/me', { token: clerk.token })).status).toBe(401);
    expect((await login('quick@deact.test', PASSWORD)).status).toBe(200);
  }, 60_000);

  it('ends them however IsActive was set (straight in the database)', async () => {
    const user = await signedInUser(api, tenants, { slug: 'deact', username: 'direct@deact.test' });
    await database.owner.query(`UPDATE "user" SET isactive = false WHERE id = $1`, [user.userId]);
    expect((await request(api, 'GET', '/auth/me', { token: user.token })).status).toBe(401);
    expect((await login('direct@deact.test', PASSWORD)).status).toBe(401);
  }, 60_000);
});

describe('unknown usernames', () => {
  it('cost the same scrypt work as known ones: median answer times within 20 %', async () => {
    await signedInUser(api, tenants, { slug: 'timing', username: 'known@timing.test' });
    const time = async (username: string) => {
      const start = process.hrtime.bigint();
      const answer = await login(username, 'a wrong password here');
      expect(answer.status).toBe(401);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      // Not timed: the known user's failures are cleared so the lockout does not answer instead.
      await database.owner.query(`UPDATE sys_credential SET failed_attempts = 0, locked_until = NULL WHERE username = 'known@timing.test'`);
      known.push(await time('known@timing.test'));
      unknown.push(await time(`nobody-${i}@timing.test`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [k, u] = [median(known), median(unknown)];
    expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.2);
    // And both include the hash: far more than a lookup alone would take.
    expect(Math.min(k, u)).toBeGreaterThan(5);
  }, 120_000);
});

describe('the password rule', () => {
  it.each([
    ['aaaaaaaaaa', /too easy to guess/],
    ['password123', /too easy to guess/],
    ['rule@pw.test', /too easy to guess/],
    ['qwertyuiop1', /too easy to guess/],
    ['short1!', /at least 10 characters/],
  ])('refuses %s with a 400 naming the password field', async (password, why) => {
    const tenant = (await tenants.tenants()).find((t) => t.slug === 'pw') ?? (await tenants.createTenant('pw', 'pw'));
    const create = api.app
      .get(AuthService)
      .createUser(tenant.id, { username: 'rule@pw.test', password, lastName: 'Rule', email: 'rule@pw.test' });
    await expect(create).rejects.toMatchObject({
      kind: 'invalid',
      errors: [{ errorCode: 'INVALID_NEW_PASSWORD', message: expect.stringMatching(why), fields: ['password'] }],
    });
    expect(await database.owner.query(`SELECT 1 FROM sys_credential WHERE username = 'rule@pw.test'`)).toEqual([]);
  });

  it('accepts a long unusual passphrase (the tests’ and the demo’s passwords)', async () => {
    const tenant = (await tenants.tenants()).find((t) => t.slug === 'pw') ?? (await tenants.createTenant('pw', 'pw'));
    await api.app
      .get(AuthService)
      .createUser(tenant.id, { username: 'ok@pw.test', password: PASSWORD, lastName: 'Ok', email: 'ok@pw.test' });
    expect((await login('ok@pw.test', PASSWORD)).status).toBe(200);
  });
});

describe('usernames', () => {
  it('are taken once even when two tenants ask at the same moment, leaving no user without a credential', async () => {
    const one = (await tenants.tenants()).find((t) => t.slug === 'pw') ?? (await tenants.createTenant('pw', 'pw'));
    const other = await tenants.createTenant('pw2', 'pw2');
    for (const [username, pair] of [
      ['twice@pw.test', [one, one]],
      ['across@pw.test', [one, other]],
    ] as const) {
      const results = await Promise.allSettled(
        pair.map((tenant) =>
          api.app.get(AuthService).createUser(tenant.id, { username, password: PASSWORD, lastName: 'Twice', email: username }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      // The User object's own unique Username answers within a tenant; sys_credential's key across tenants.
      expect(refused?.reason).toMatchObject({
        kind: 'invalid',
        errors: [{ errorCode: expect.stringMatching(/^DUPLICATE_(USERNAME|VALUE)$/), fields: ['Username'] }],
      });
      const [{ users, credentials }] = (await database.owner.query(
        `SELECT (SELECT count(*)::int FROM "user" WHERE username = $1) AS users, (SELECT count(*)::int FROM sys_credential WHERE username = $1) AS credentials`,
        [username],
      )) as { users: number; credentials: number }[];
      expect({ username, users, credentials }).toEqual({ username, users: 1, credentials: 1 });
    }
  });
});

describe('security headers and the session cookie', () => {
  it('sends a CSP, frame-ancestors none, nosniff and a Referrer-Policy, and no X-Powered-By, on the API and Swagger UI', async () => {
    for (const path of ['/health', '/docs', '/auth/me']) {
      const answer = await request(api, 'GET', path);
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'") });
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
    // Swagger UI loads its scripts from files, which the policy allows: no inline script in the page.
    const docs = await request(api, 'GET', '/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/<script src=['"][^'"]*swagger-ui-bundle\.js/);
    expect(docs.text).not.toMatch(/<script>|<script\s+type=["']text\/javascript["']>\s*\S/);
    expect((await fetch(`${api.url}/api/docs/swagger-ui-init.js`)).status).toBe(200);
  });

  it('marks the session cookie Secure when the request came over HTTPS, and not on plain http://localhost', async () => {
    await signedInUser(api, tenants, { slug: 'cookie', username: 'cookie@cookie.test' });
    const signIn = (headers: Record<string, string> = {}) =>
      fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'cookie@cookie.test', password: PASSWORD }),
      });
    const plain = await signIn();
    expect(plain.headers.get('set-cookie')).toMatch(/^lumary_sid=[^;]+;.*HttpOnly/);
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    // Behind a TLS-terminating proxy that TRUST_PROXY names, X-Forwarded-Proto says HTTPS.
    api.app.set('trust proxy', 'loopback');
    try {
      const secure = await signIn({ 'X-Forwarded-Proto': 'https' });
      expect(secure.status).toBe(200);
      expect(secure.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      api.app.set('trust proxy', false);
    }
    // An untrusted client cannot claim HTTPS for itself (nor matter: the cookie would only be stricter).
    expect((await signIn({ 'X-Forwarded-Proto': 'https' })).headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});

describe('the operator token', () => {
  const TOKEN = 'operator-token-for-the-throttle-test';
  const ops = (token: string) => request(api, 'GET', '/ops/packages', { token });
  beforeAll(() => {
    api.config.operatorToken = TOKEN;
  });
  afterAll(() => {
    api.config.operatorToken = undefined;
  });

  it('refuses repeated wrong guesses from one address with 429 and a growing wait, the right token included', async () => {
    expect((await ops(TOKEN)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await ops(`guess-${i}`)).status);
    // Five free wrong guesses; the sixth locks the address for 2 s; the seventh is not even compared.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const locked = await ops(TOKEN);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual([
      {
        errorCode: 'LOGIN_RATE_EXCEEDED',
        message: expect.stringMatching(/^Too many wrong operator tokens; try again in [12] seconds\.$/),
        fields: [],
      },
    ]);
    await sleep(2100);
    // The next wrong guess doubles the wait (4 s).
    expect((await ops('guess-again')).status).toBe(401);
    expect((await ops(TOKEN)).body[0].message).toMatch(/in [34] seconds/);
    await sleep(4100);
    expect((await ops(TOKEN)).status).toBe(200);
    // The right token cleared the count: a wrong one is a free failure again.
    expect((await ops('one-more-guess')).status).toBe(401);
    expect((await ops(TOKEN)).status).toBe(200);
  }, 30_000);
});
