import { Inject, Injectable } from '@nestjs/common';
import { EngineError, RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import type { Database } from '@platform/storage';
import { createHash, randomBytes } from 'node:crypto';
import { DATABASE, ENGINE } from '../platform.tokens';
import { hashPassword, verifyPassword } from './passwords';

export interface NewUser {
  username: string;
  password: string;
  firstName?: string;
  lastName: string;
  email: string;
  profile?: 'System Administrator' | 'Standard User';
}

export interface Session {
  token: string;
  csrfToken: string;
  ctx: RequestContext;
}

const SESSION_HOURS = 12;
/** After this many failures in a row, each further attempt waits twice as long as the last. */
const FREE_ATTEMPTS = 3;
const MAX_LOCK_SECONDS = 15 * 60;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Users' passwords and sessions. Sessions are stored by the hash of their token only. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(ENGINE) private readonly engine: RecordEngine,
  ) {}

  async createUser(tenantId: string, user: NewUser): Promise<string> {
    const ctx = requestContext(tenantId, null);
    const { id } = await this.engine.create(ctx, 'User', {
      Username: user.username,
      FirstName: user.firstName ?? null,
      LastName: user.lastName,
      Email: user.email,
      Profile: user.profile ?? 'Standard User',
    });
    await this.database.dataSource.query(
      `INSERT INTO "sys_credential" ("username", "tenant_id", "user_id", "password_hash") VALUES ($1, $2, $3, $4)`,
      [user.username.toLowerCase(), tenantId, id, await hashPassword(user.password)],
    );
    return id;
  }

  /** Checks a password; repeated failures for a username are slowed down, then refused for a while. */
  async login(username: unknown, password: unknown): Promise<Session> {
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw EngineError.invalid('INVALID_LOGIN', 'Enter a username and a password.', ['username', 'password']);
    }
    const [credential] = (await this.database.dataSource.query(
      `SELECT "tenant_id", "user_id", "password_hash", "failed_attempts", "locked_until" > now() AS "locked",
              ceil(extract(epoch FROM "locked_until" - now())) AS "wait"
         FROM "sys_credential" WHERE "username" = $1`,
      [username.toLowerCase()],
    )) as { tenant_id: string; user_id: string; password_hash: string; failed_attempts: number; locked: boolean; wait: string }[];
    if (credential?.locked) {
      throw new EngineError('throttled', [
        { errorCode: 'LOGIN_RATE_EXCEEDED', message: `Too many failed logins; try again in ${credential.wait} seconds.`, fields: [] },
      ]);
    }
    if (!credential || !(await verifyPassword(password, credential.password_hash))) {
      if (credential) await this.recordFailure(username.toLowerCase(), credential.failed_attempts + 1);
      throw new EngineError('unauthenticated', [{ errorCode: 'INVALID_LOGIN', message: 'Invalid username or password.', fields: [] }]);
    }
    await this.database.dataSource.query(`UPDATE "sys_credential" SET "failed_attempts" = 0, "locked_until" = NULL WHERE "username" = $1`, [
      username.toLowerCase(),
    ]);
    return this.startSession(credential.tenant_id, credential.user_id);
  }

  async logout(token: string): Promise<void> {
    await this.database.dataSource.query(`DELETE FROM "sys_session" WHERE "token_hash" = $1`, [sha256(token)]);
  }

  /** The session a token belongs to, if it is still valid. */
  async resolve(token: string): Promise<(Session & { csrfToken: string }) | undefined> {
    const [row] = (await this.database.dataSource.query(
      `SELECT s."tenant_id", s."user_id", s."csrf_token", t."time_zone"
         FROM "sys_session" s JOIN "sys_tenant" t ON t."id" = s."tenant_id"
        WHERE s."token_hash" = $1 AND s."expires_date" > now()`,
      [sha256(token)],
    )) as { tenant_id: string; user_id: string; csrf_token: string; time_zone: string }[];
    if (!row) return undefined;
    return { token, csrfToken: row.csrf_token, ctx: requestContext(row.tenant_id, row.user_id, row.time_zone) };
  }

  private async startSession(tenantId: string, userId: string): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.database.dataSource.query(
      `INSERT INTO "sys_session" ("token_hash", "tenant_id", "user_id", "csrf_token", "expires_date")
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [sha256(token), tenantId, userId, csrfToken, SESSION_HOURS],
    );
    const [tenant] = (await this.database.dataSource.query(`SELECT "time_zone" FROM "sys_tenant" WHERE "id" = $1`, [tenantId])) as { time_zone: string }[];
    return { token, csrfToken, ctx: requestContext(tenantId, userId, tenant.time_zone) };
  }

  private async recordFailure(username: string, failures: number): Promise<void> {
    const lockSeconds = failures > FREE_ATTEMPTS ? Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS) : 0;
    await this.database.dataSource.query(
      `UPDATE "sys_credential" SET "failed_attempts" = $2,
              "locked_until" = CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int) ELSE NULL END
        WHERE "username" = $1`,
      [username, failures, lockSeconds],
    );
  }
}
