import './security.errors';
import { createHash, randomBytes } from 'node:crypto';
import { EngineError, inTenant, requestContext, type RecordEngine } from '@platform/engine';
import type { DataSource, EntityManager } from 'typeorm';
import type { Profile } from './access-policy';
import { checkNewPassword } from './password-rule';
import { hashPassword, verifyPassword } from './passwords';
import { CredentialRepository, SignInRepository } from './sign-in.repository';

export interface NewUser {
  username: string;
  password: string;
  firstName?: string;
  lastName: string;
  email: string;
  profile?: Profile;
}

export interface SessionInfo {
  token: string;
  csrfToken: string;
  tenantId: string;
  userId: string;
  timeZone: string;
  /** The tenant's metadata version (bumped by each Setup change), read with the session. */
  metadataVersion: string;
}

const SESSION_HOURS = 12;
/** After this many failures in a row, each further attempt waits twice as long as the last. */
const FREE_ATTEMPTS = 3;
const MAX_LOCK_SECONDS = 15 * 60;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** A hash of a random password, made once: an unknown username is checked against it, so it costs the same scrypt work. */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(18).toString('base64')));

const invalidLogin = () =>
  new EngineError('unauthenticated', [{ errorCode: 'INVALID_LOGIN', message: 'Invalid username or password.', fields: [] }]);

/**
 * Users' credentials and sessions. Usernames are unique across tenants (a login finds its
 * tenant); sessions are stored by the hash of their token only, so a leaked table opens nothing.
 * Both tables are under row-level security: before the tenant is known, sign-in reaches them
 * only through the narrow SECURITY DEFINER functions of the SignInSecurity migration.
 */
export class AuthStore {
  private readonly signIn: SignInRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: RecordEngine,
  ) {
    this.signIn = new SignInRepository(dataSource);
    void dummy();
    // Deactivating (or deleting) a user ends their sessions in the same transaction as the write,
    // so reactivating them later brings none back. sys_session_resolve also refuses the sessions
    // of an inactive user, for IsActive set outside the engine.
    engine.triggers.register('User', {
      afterUpdate: async ({ manager, ctx, id, record, old }) => {
        if (record['IsActive'] === false && old?.['IsActive'] !== false) await endSessions(manager, ctx.tenantId, id!);
      },
      afterDelete: async ({ manager, ctx, id }) => endSessions(manager, ctx.tenantId, id!),
    });
  }

  async createUser(tenantId: string, user: NewUser): Promise<string> {
    if (typeof user.username !== 'string' || !user.username.trim())
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'A user needs a username.', ['Username']);
    const username = user.username.toLowerCase();
    checkNewPassword(user.password, [username, user.email, user.firstName, user.lastName]);
    if (await this.signIn.usernameTaken(username))
      throw EngineError.invalid('DUPLICATE_USERNAME', `The username ${username} is already taken.`, ['Username']);
    const ctx = requestContext(tenantId, null);
    const { id } = await this.engine.create(ctx, 'User', {
      Username: username,
      FirstName: user.firstName ?? null,
      LastName: user.lastName,
      Email: user.email,
      Profile: user.profile ?? 'Standard User',
    });
    const hash = await hashPassword(user.password);
    try {
      await tenantQuery(this.dataSource, tenantId, (m) =>
        new CredentialRepository(m).add({ username, tenantId, userId: id, passwordHash: hash }),
      );
    } catch (err) {
      // Another request took the username since the check: no user without a credential is left.
      await this.engine.delete(ctx, 'User', id).catch(() => undefined);
      if ((err as { code?: string }).code === '23505')
        throw EngineError.invalid('DUPLICATE_USERNAME', `The username ${username} is already taken.`, ['Username']);
      throw err;
    }
    return id;
  }

  /**
   * Checks a password. The attempt is counted before the password is checked, atomically in SQL
   * (sys_login_attempt), and the lock it sets is what the next attempt sees: so parallel guesses
   * are counted one by one, and after FREE_ATTEMPTS failures each further attempt must wait twice
   * as long as the last (429 LOGIN_RATE_EXCEEDED). An unknown username costs the same scrypt work
   * as a known one; a deactivated user is refused like a wrong password.
   */
  async login(username: unknown, password: unknown): Promise<SessionInfo> {
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw EngineError.invalid('INVALID_LOGIN', 'Enter a username and a password.', ['username', 'password']);
    }
    const name = username.toLowerCase();
    const attempt = await this.signIn.loginAttempt(name, FREE_ATTEMPTS, MAX_LOCK_SECONDS);
    if (attempt && attempt.passwordHash === null) {
      throw new EngineError('throttled', [
        { errorCode: 'LOGIN_RATE_EXCEEDED', message: `Too many failed logins; try again in ${attempt.wait} seconds.`, fields: [] },
      ]);
    }
    const matches = await verifyPassword(password, attempt?.passwordHash ?? (await dummy()));
    if (!attempt || !matches || !attempt.active) throw invalidLogin();
    await this.signIn.loginSucceeded(name);
    return this.startSession(attempt.tenantId, attempt.userId);
  }

  async logout(token: string): Promise<void> {
    await this.signIn.endSession(sha256(token));
  }

  /** The session a token belongs to, if it is still valid and its user still active. */
  async resolve(token: string): Promise<SessionInfo | undefined> {
    if (!token) return undefined;
    const session = await this.signIn.resolveSession(sha256(token));
    return session && { token, ...session };
  }

  private async startSession(tenantId: string, userId: string): Promise<SessionInfo> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await tenantQuery(this.dataSource, tenantId, (m) =>
      new CredentialRepository(m).startSession({ tokenHash: sha256(token), tenantId, userId, csrfToken }, SESSION_HOURS),
    );
    return (await this.resolve(token))!;
  }
}

/** Runs in a tenant transaction so row-level security lets the tenant's rows through. */
export const tenantQuery = <T>(dataSource: DataSource, tenantId: string, work: Parameters<typeof inTenant<T>>[2]) =>
  inTenant(dataSource, requestContext(tenantId, null), work);

/** Deletes a user's sessions, in the caller's tenant transaction (sys_session is under the tenant policy). */
async function endSessions(manager: EntityManager, tenantId: string, userId: string): Promise<void> {
  await new CredentialRepository(manager).endSessions(tenantId, userId);
}
