import { createHash, randomBytes } from 'node:crypto';
import { EngineError, inTenant, requestContext, type RecordEngine } from '@platform/engine';
import type { DataSource } from 'typeorm';
import type { Profile } from './access-policy';
import { hashPassword, verifyPassword } from './passwords';

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
const MIN_PASSWORD = 10;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Users' credentials and sessions. Usernames are unique across tenants (a login finds its
 * tenant); sessions are stored by the hash of their token only, so a leaked table opens nothing.
 */
export class AuthStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: RecordEngine,
  ) {}

  async createUser(tenantId: string, user: NewUser): Promise<string> {
    if (typeof user.password !== 'string' || user.password.length < MIN_PASSWORD) {
      throw EngineError.invalid('INVALID_NEW_PASSWORD', `A password needs at least ${MIN_PASSWORD} characters.`, ['password']);
    }
    const username = user.username.toLowerCase();
    const [taken] = (await this.dataSource.query(`SELECT 1 FROM "sys_credential" WHERE "username" = $1`, [username])) as unknown[];
    if (taken) throw EngineError.invalid('DUPLICATE_USERNAME', `The username ${username} is already taken.`, ['Username']);
    const ctx = requestContext(tenantId, null);
    const { id } = await this.engine.create(ctx, 'User', {
      Username: username,
      FirstName: user.firstName ?? null,
      LastName: user.lastName,
      Email: user.email,
      Profile: user.profile ?? 'Standard User',
    });
    await this.dataSource.query(`INSERT INTO "sys_credential" ("username", "tenant_id", "user_id", "password_hash") VALUES ($1, $2, $3, $4)`, [
      username,
      tenantId,
      id,
      await hashPassword(user.password),
    ]);
    return id;
  }

  /** Checks a password; repeated failures for a username are slowed down, then refused for a while. */
  async login(username: unknown, password: unknown): Promise<SessionInfo> {
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw EngineError.invalid('INVALID_LOGIN', 'Enter a username and a password.', ['username', 'password']);
    }
    const name = username.toLowerCase();
    const [credential] = (await this.dataSource.query(
      `SELECT "tenant_id", "user_id", "password_hash", "failed_attempts", "locked_until" > now() AS "locked",
              ceil(extract(epoch FROM "locked_until" - now())) AS "wait"
         FROM "sys_credential" WHERE "username" = $1`,
      [name],
    )) as { tenant_id: string; user_id: string; password_hash: string; failed_attempts: number; locked: boolean; wait: string }[];
    if (credential?.locked) {
      throw new EngineError('throttled', [{ errorCode: 'LOGIN_RATE_EXCEEDED', message: `Too many failed logins; try again in ${credential.wait} seconds.`, fields: [] }]);
    }
    if (!credential || !(await verifyPassword(password, credential.password_hash))) {
      if (credential) await this.recordFailure(name, credential.failed_attempts + 1);
      throw new EngineError('unauthenticated', [{ errorCode: 'INVALID_LOGIN', message: 'Invalid username or password.', fields: [] }]);
    }
    await this.dataSource.query(`UPDATE "sys_credential" SET "failed_attempts" = 0, "locked_until" = NULL WHERE "username" = $1`, [name]);
    return this.startSession(credential.tenant_id, credential.user_id);
  }

  async logout(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM "sys_session" WHERE "token_hash" = $1`, [sha256(token)]);
  }

  /** The session a token belongs to, if it is still valid. */
  async resolve(token: string): Promise<SessionInfo | undefined> {
    if (!token) return undefined;
    const [row] = (await this.dataSource.query(
      `SELECT s."tenant_id", s."user_id", s."csrf_token", t."time_zone", t."metadata_version"
         FROM "sys_session" s JOIN "sys_tenant" t ON t."id" = s."tenant_id"
        WHERE s."token_hash" = $1 AND s."expires_date" > now()`,
      [sha256(token)],
    )) as { tenant_id: string; user_id: string; csrf_token: string; time_zone: string; metadata_version: string }[];
    if (!row) return undefined;
    return { token, csrfToken: row.csrf_token, tenantId: row.tenant_id, userId: row.user_id, timeZone: row.time_zone, metadataVersion: String(row.metadata_version) };
  }

  private async startSession(tenantId: string, userId: string): Promise<SessionInfo> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO "sys_session" ("token_hash", "tenant_id", "user_id", "csrf_token", "expires_date")
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [sha256(token), tenantId, userId, csrfToken, SESSION_HOURS],
    );
    return (await this.resolve(token))!;
  }

  private async recordFailure(username: string, failures: number): Promise<void> {
    const lockSeconds = failures > FREE_ATTEMPTS ? Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS) : 0;
    await this.dataSource.query(
      `UPDATE "sys_credential" SET "failed_attempts" = $2,
              "locked_until" = CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int) ELSE NULL END
        WHERE "username" = $1`,
      [username, failures, lockSeconds],
    );
  }
}

/** Runs in a tenant transaction so row-level security lets the tenant's rows through. */
export const tenantQuery = <T>(dataSource: DataSource, tenantId: string, work: Parameters<typeof inTenant<T>>[2]) =>
  inTenant(dataSource, requestContext(tenantId, null), work);
