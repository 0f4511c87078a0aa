import './security.errors';
import { createHash, randomBytes } from 'node:crypto';
import { EngineError, inTenant, requestContext, setTenant, type RecordEngine } from '@platform/engine';
import { platformRepositories, type PermissionSetAssignmentRepository } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';
import type { Profile } from './access-policy';
import { EmailOutbox, setPasswordEmail } from './email-outbox';
import { LoginHistoryRepository, type LoginHistoryEntry, type LoginStatus } from './login-history';
import { checkNewPassword } from './password-rule';
import { hashPassword, verifyPassword } from './passwords';
import { CredentialRepository, SignInRepository, takePasswordToken, type LoginAttempt } from './sign-in.repository';

export interface NewUser {
  username: string;
  /** The password; left out, a one-time set-password link is emailed instead (`linkBase` needed). */
  password?: string;
  /** A temporary password: every session it starts may only change it. */
  mustChangePassword?: boolean;
  firstName?: string | null;
  lastName: string;
  email: string;
  profile?: Profile;
  /** Their role in the hierarchy (a UserRole id of the tenant). */
  roleId?: string | null;
  /** Permission sets to assign, by API name (checked by the caller against the tenant's). */
  permissionSets?: string[];
}

export interface SessionInfo {
  token: string;
  csrfToken: string;
  tenantId: string;
  userId: string;
  timeZone: string;
  /** The tenant's metadata version (bumped by each Setup change), read with the session. */
  metadataVersion: string;
  /** Started with a temporary password: nothing but a password change (and sign-out) is allowed. */
  mustChangePassword: boolean;
}

/** Where set-password links point: the web app's /set-password page, as the request reached it. */
export interface LinkOptions {
  linkBase?: string;
}

const SESSION_HOURS = 12;
/** How long a set-password link works. */
export const PASSWORD_LINK_HOURS = 24;
/** After this many failures in a row, each further attempt waits twice as long as the last. */
const FREE_ATTEMPTS = 3;
const MAX_LOCK_SECONDS = 15 * 60;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** A hash of a random password, made once: an unknown username is checked against it, so it costs the same scrypt work. */
let dummyHash: Promise<string> | undefined;
/** No tenant's id: the transaction an unknown username costs sees no rows. */
const NO_TENANT = '00000000-0000-0000-0000-000000000000';
const dummy = () => (dummyHash ??= hashPassword(randomBytes(18).toString('base64')));

const invalidLink = () =>
  EngineError.invalid(
    'INVALID_PASSWORD_LINK',
    'This link is not valid: it was used already or has expired. Ask your administrator for a new one.',
    ['token'],
  );

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
    /** sys_permission_set_assignment's repository (the API's provider; outside Nest, the storage library's factory). */
    private readonly assignments: PermissionSetAssignmentRepository = platformRepositories(dataSource).assignments,
  ) {
    this.signIn = new SignInRepository(dataSource);
    void dummy();
    // Deactivating (or deleting) a user ends their sessions in the same transaction as the write,
    // so reactivating them later brings none back. sys_session_resolve also refuses the sessions
    // of an inactive user, for IsActive set outside the engine.
    engine.triggers.register('User', {
      // A user made through the records API would have no credential, so could never sign in.
      beforeInsert: ({ trusted }) => {
        if (!trusted) throw EngineError.invalid('INVALID_OPERATION', USERS_IN_SETUP, []);
      },
      beforeUpdate: ({ trusted, record, old }) => {
        if (
          !trusted &&
          'Username' in record &&
          String(record['Username'] ?? '').toLowerCase() !== String(old?.['Username'] ?? '').toLowerCase()
        )
          throw EngineError.invalid('INVALID_OPERATION', USERS_IN_SETUP, ['Username']);
      },
      afterUpdate: async ({ manager, ctx, id, record, old }) => {
        if (record['IsActive'] === false && old?.['IsActive'] !== false) await endSessions(manager, ctx.tenantId, id!);
      },
      afterDelete: async ({ manager, ctx, id }) => endSessions(manager, ctx.tenantId, id!),
    });
  }

  /** A user and their credential, in a transaction of their own (a failure leaves neither). */
  async createUser(tenantId: string, user: NewUser, options: LinkOptions = {}): Promise<string> {
    const username = normaliseUsername(user.username);
    try {
      return await tenantQuery(this.dataSource, tenantId, (m) => this.createUserIn(m, tenantId, user, options));
    } catch (err) {
      throw duplicateUsername(err, username);
    }
  }

  /**
   * A user and their credential in the caller's tenant transaction (a new tenant's first admin is
   * made with the tenant). With a password, it is set (temporary when `mustChangePassword`);
   * without one, a one-time set-password link is queued in the platform's outbox. A username
   * taken in any tenant fails the transaction: map the error with `duplicateUsername`.
   */
  async createUserIn(manager: EntityManager, tenantId: string, user: NewUser, options: LinkOptions = {}): Promise<string> {
    const username = normaliseUsername(user.username);
    if (user.password !== undefined) checkNewPassword(user.password, [username, user.email, user.firstName, user.lastName]);
    else if (!options.linkBase)
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Give a password or send a set-password link.', ['password']);
    if (await this.signIn.usernameTaken(username, manager)) throw duplicateUsername(undefined, username);
    // Without a password the credential holds the hash of a random one nobody knows, until the link is used.
    const hash = await hashPassword(user.password ?? randomBytes(24).toString('base64'));
    const ctx = requestContext(tenantId, null);
    const { id } = await this.engine.within(manager, ctx).create('User', {
      Username: username,
      FirstName: user.firstName || null,
      LastName: user.lastName,
      Email: user.email,
      Profile: user.profile ?? 'Standard User',
      ...(user.roleId ? { UserRoleId: user.roleId } : {}),
    });
    const credentials = new CredentialRepository(manager);
    await credentials.add({
      username,
      tenantId,
      userId: id,
      passwordHash: hash,
      mustChangePassword: user.password !== undefined && !!user.mustChangePassword,
    });
    const assignments = this.assignments.in(manager);
    for (const permissionSet of user.permissionSets ?? []) await assignments.assign(tenantId, id, permissionSet);
    if (user.password === undefined) await this.queueLink(manager, tenantId, id, { username, email: user.email }, options.linkBase!, false);
    return id;
  }

  /**
   * An admin's "Reset Password", as Salesforce's: the old password stops working, the user's
   * sessions end, and a new one-time link is emailed (earlier links stop working).
   */
  async resetPassword(tenantId: string, userId: string, options: LinkOptions): Promise<void> {
    const hash = await hashPassword(randomBytes(24).toString('base64'));
    await tenantQuery(this.dataSource, tenantId, async (m) => {
      const user = await this.engine.within(m, requestContext(tenantId, null)).get('User', userId);
      if (!user) throw EngineError.notFound(`No user with the id ${userId}.`);
      const credentials = new CredentialRepository(m);
      await credentials.setPassword(tenantId, userId, hash, false);
      await credentials.endSessions(tenantId, userId);
      const to = { username: String(user['Username']), email: String(user['Email'] ?? '') };
      await this.queueLink(m, tenantId, userId, to, options.linkBase ?? '', true);
    });
  }

  /** Sets a password with a one-time link's token; answers the username, to sign in with. */
  async setPasswordWithLink(token: unknown, password: unknown): Promise<{ username: string }> {
    if (typeof token !== 'string' || !token) throw invalidLink();
    return this.dataSource.transaction(async (m) => {
      // Taken in this transaction: a refused password rolls it back, and the link still works.
      const taken = await takePasswordToken(m, sha256(token));
      if (!taken) throw invalidLink();
      await setTenant(m, taken.tenantId);
      const user = await this.engine.within(m, requestContext(taken.tenantId, null)).get('User', taken.userId);
      if (!user || user['IsActive'] === false) throw invalidLink();
      const username = String(user['Username']);
      checkNewPassword(
        password,
        [username, user['Email'] as string, user['FirstName'] as string, user['LastName'] as string],
        'newPassword',
      );
      const credentials = new CredentialRepository(m);
      await credentials.setPassword(taken.tenantId, taken.userId, await hashPassword(password as string), false);
      await credentials.endSessions(taken.tenantId, taken.userId);
      return { username };
    });
  }

  /**
   * A user changes their own password: the current one checked, the new one by the password
   * rule; their other sessions end, and this one may do everything again.
   */
  async changePassword(session: { token: string; tenantId: string; userId: string }, current: unknown, next: unknown): Promise<void> {
    const { tenantId, userId } = session;
    const found = await tenantQuery(this.dataSource, tenantId, async (m) => ({
      credential: await new CredentialRepository(m).ofUser(tenantId, userId),
      user: await this.engine.within(m, requestContext(tenantId, null)).get('User', userId),
    }));
    if (!found.credential || !found.user) throw EngineError.notFound('No such user.');
    if (typeof current !== 'string' || !(await verifyPassword(current, found.credential.passwordHash)))
      throw EngineError.invalid('INVALID_OLD_PASSWORD', 'The current password is wrong.', ['currentPassword']);
    const { user } = found;
    checkNewPassword(
      next,
      [found.credential.username, user['Email'] as string, user['FirstName'] as string, user['LastName'] as string],
      'newPassword',
    );
    if (next === current)
      throw EngineError.invalid('INVALID_NEW_PASSWORD', 'The new password must differ from the current one.', ['newPassword']);
    const hash = await hashPassword(next as string);
    await tenantQuery(this.dataSource, tenantId, async (m) => {
      const credentials = new CredentialRepository(m);
      await credentials.setPassword(tenantId, userId, hash, false);
      await credentials.endSessions(tenantId, userId, sha256(session.token));
      await credentials.passwordChanged(sha256(session.token));
    });
  }

  /** Renames a user's credential with their User record, in the caller's tenant transaction. */
  async renameIn(manager: EntityManager, tenantId: string, userId: string, username: string): Promise<void> {
    const name = normaliseUsername(username);
    if (await this.signIn.usernameTaken(name, manager)) {
      const own = await new CredentialRepository(manager).ofUser(tenantId, userId);
      if (own?.username !== name) throw duplicateUsername(undefined, name);
    }
    await new CredentialRepository(manager).rename(tenantId, userId, name);
  }

  /** A user's sign-ins, latest first. */
  loginHistory(tenantId: string, userId: string): Promise<LoginHistoryEntry[]> {
    return tenantQuery(this.dataSource, tenantId, (m) => new LoginHistoryRepository(m).ofUser(tenantId, userId));
  }

  private async queueLink(
    manager: EntityManager,
    tenantId: string,
    userId: string,
    user: { username: string; email: string },
    linkBase: string,
    reset: boolean,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await new CredentialRepository(manager).addPasswordToken({ tokenHash: sha256(token), tenantId, userId }, PASSWORD_LINK_HOURS);
    const link = `${linkBase}?token=${encodeURIComponent(token)}`;
    await new EmailOutbox(manager).queue(tenantId, setPasswordEmail(user.email, user.username, link, PASSWORD_LINK_HOURS, reset));
  }

  /**
   * Checks a password. The attempt is counted before the password is checked, atomically in SQL
   * (sys_login_attempt), and the lock it sets is what the next attempt sees: so parallel guesses
   * are counted one by one, and after FREE_ATTEMPTS failures each further attempt must wait twice
   * as long as the last (429 LOGIN_RATE_EXCEEDED). An unknown username costs the same scrypt work
   * as a known one; a deactivated user is refused like a wrong password.
   */
  async login(username: unknown, password: unknown, clientAddress: string | null = null): Promise<SessionInfo> {
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw EngineError.invalid('INVALID_LOGIN', 'Enter a username and a password.', ['username', 'password']);
    }
    const name = username.toLowerCase();
    const attempt = await this.signIn.loginAttempt(name, FREE_ATTEMPTS, MAX_LOCK_SECONDS);
    if (attempt && attempt.passwordHash === null) {
      // Not recorded one by one: the failure that set the lock was (a flood of guesses adds no rows).
      throw new EngineError('throttled', [
        { errorCode: 'LOGIN_RATE_EXCEEDED', message: `Too many failed logins; try again in ${attempt.wait} seconds.`, fields: [] },
      ]);
    }
    const matches = await verifyPassword(password, attempt?.passwordHash ?? (await dummy()));
    if (!attempt) {
      // A known user's failure is recorded in a tenant transaction: an unknown name costs one too
      // (writing nothing), so the answer's time does not tell whether the username exists.
      await tenantQuery(this.dataSource, NO_TENANT, (m) => m.query('SELECT 1'));
      throw invalidLogin();
    }
    if (!matches || !attempt.active) {
      // The history says why; the answer does not (an inactive user is refused like a wrong password).
      const status = matches ? 'User is Inactive' : attempt.failures > FREE_ATTEMPTS ? 'Password Lockout' : 'Invalid Password';
      await this.recordLogin(attempt, status, clientAddress);
      throw invalidLogin();
    }
    await this.signIn.loginSucceeded(name);
    await this.recordLogin(attempt, 'Success', clientAddress);
    return this.startSession(attempt.tenantId, attempt.userId);
  }

  private recordLogin(attempt: LoginAttempt, status: LoginStatus, clientAddress: string | null): Promise<void> {
    return tenantQuery(this.dataSource, attempt.tenantId, (m) =>
      new LoginHistoryRepository(m).record(attempt.tenantId, attempt.userId, status, clientAddress),
    );
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

const USERS_IN_SETUP = 'Users are created, renamed and given passwords in Setup → Users (POST /api/setup/users), so that they can sign in.';

const normaliseUsername = (username: unknown): string => {
  if (typeof username !== 'string' || !username.trim())
    throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'A user needs a username.', ['Username']);
  return username.trim().toLowerCase();
};

/**
 * The error for a username taken in any tenant: `err` when it is something else. Usernames are
 * unique across tenants (the credential's key), and within one (the User object's unique field).
 */
export function duplicateUsername(err: unknown, username: string): unknown {
  const code =
    (err as { code?: string; driverError?: { code?: string } } | undefined)?.code ??
    (err as { driverError?: { code?: string } })?.driverError?.code;
  const engineDuplicate =
    err instanceof EngineError && err.errors.some((e) => e.errorCode === 'DUPLICATE_VALUE' && e.fields.includes('Username'));
  if (err === undefined || code === '23505' || engineDuplicate)
    return EngineError.invalid('DUPLICATE_USERNAME', `The username ${username} is already taken.`, ['Username']);
  return err;
}

/** Deletes a user's sessions, in the caller's tenant transaction (sys_session is under the tenant policy). */
async function endSessions(manager: EntityManager, tenantId: string, userId: string): Promise<void> {
  await new CredentialRepository(manager).endSessions(tenantId, userId);
}
