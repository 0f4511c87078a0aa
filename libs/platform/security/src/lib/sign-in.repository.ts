import type { DataSource, EntityManager } from 'typeorm';

/** What sys_login_attempt answers for a known username: no hash while the username is locked out. */
export interface LoginAttempt {
  tenantId: string;
  userId: string;
  passwordHash: string | null;
  active: boolean | null;
  /** Seconds the username must still wait. */
  wait: number;
  /** Failures in a row, this attempt counted (if it was). */
  failures: number;
}

/** A live session of an active user, as sys_session_resolve finds it. */
export interface ResolvedSession {
  tenantId: string;
  userId: string;
  csrfToken: string;
  timeZone: string;
  /** bigint, as a string. */
  metadataVersion: string;
  /** Started with a temporary password: only a password change is allowed. */
  mustChangePassword: boolean;
}

/**
 * Sign-in before any tenant is known: the SECURITY DEFINER functions of the SignInSecurity
 * migration, the only way the application's role reaches credentials and sessions across tenants.
 */
export class SignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether any tenant has the username; in the caller's transaction when given (PGlite serves one transaction at a time). */
  async usernameTaken(username: string, manager?: EntityManager): Promise<boolean> {
    const [row] = (await (manager ?? this.dataSource).query(`SELECT sys_username_taken($1) AS "taken"`, [username])) as {
      taken: boolean;
    }[];
    return row.taken;
  }

  /** Counts an attempt (and locks the username after too many) before the password is checked. */
  async loginAttempt(username: string, freeAttempts: number, maxLockSeconds: number): Promise<LoginAttempt | undefined> {
    const [row] = (await this.dataSource.query(`SELECT * FROM sys_login_attempt($1, $2, $3)`, [
      username,
      freeAttempts,
      maxLockSeconds,
    ])) as {
      tenant_id: string;
      user_id: string;
      password_hash: string | null;
      active: boolean | null;
      wait: number;
      failures: number;
    }[];
    return (
      row && {
        tenantId: row.tenant_id,
        userId: row.user_id,
        passwordHash: row.password_hash,
        active: row.active,
        wait: row.wait,
        failures: row.failures,
      }
    );
  }

  async loginSucceeded(username: string): Promise<void> {
    await this.dataSource.query(`SELECT sys_login_succeeded($1)`, [username]);
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.dataSource.query(`SELECT sys_session_end($1)`, [tokenHash]);
  }

  async resolveSession(tokenHash: string): Promise<ResolvedSession | undefined> {
    const [row] = (await this.dataSource.query(`SELECT * FROM sys_session_resolve($1)`, [tokenHash])) as {
      tenant_id: string;
      user_id: string;
      csrf_token: string;
      time_zone: string;
      metadata_version: string;
      must_change_password: boolean;
    }[];
    return (
      row && {
        tenantId: row.tenant_id,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        timeZone: row.time_zone,
        metadataVersion: String(row.metadata_version),
        mustChangePassword: row.must_change_password === true,
      }
    );
  }
}

/** Credentials and sessions inside a tenant's transaction (both tables are under the tenant policy). */
export class CredentialRepository {
  constructor(private readonly manager: EntityManager) {}

  async add(credential: {
    username: string;
    tenantId: string;
    userId: string;
    passwordHash: string;
    mustChangePassword?: boolean;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO sys_credential (username, tenant_id, user_id, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5)`,
      [credential.username, credential.tenantId, credential.userId, credential.passwordHash, credential.mustChangePassword === true],
    );
  }

  /** The user's credential (its username and hash), or undefined. */
  async ofUser(tenantId: string, userId: string): Promise<{ username: string; passwordHash: string } | undefined> {
    const [row] = (await this.manager.query(
      `SELECT username, password_hash AS "passwordHash" FROM sys_credential WHERE tenant_id = $1 AND user_id = $2`,
      [tenantId, userId],
    )) as { username: string; passwordHash: string }[];
    return row;
  }

  /** A new password (clearing failed attempts and any lock); `mustChange` for a temporary one. */
  async setPassword(tenantId: string, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.manager.query(
      `UPDATE sys_credential SET password_hash = $3, must_change_password = $4, failed_attempts = 0, locked_until = NULL
        WHERE tenant_id = $1 AND user_id = $2`,
      [tenantId, userId, passwordHash, mustChange],
    );
  }

  /** Renames the credential; a username another tenant holds fails on the key (23505). */
  async rename(tenantId: string, userId: string, username: string): Promise<void> {
    await this.manager.query(`UPDATE sys_credential SET username = $3 WHERE tenant_id = $1 AND user_id = $2`, [tenantId, userId, username]);
  }

  /** A new session, valid for `hours` from the database's now; it needs a password change when the credential does. */
  async startSession(session: { tokenHash: string; tenantId: string; userId: string; csrfToken: string }, hours: number): Promise<void> {
    await this.manager.query(
      `INSERT INTO sys_session (token_hash, tenant_id, user_id, csrf_token, expires_date, must_change_password)
       SELECT $1, $2, $3, $4, now() + make_interval(hours => $5),
              coalesce((SELECT must_change_password FROM sys_credential WHERE tenant_id = $2 AND user_id = $3), false)`,
      [session.tokenHash, session.tenantId, session.userId, session.csrfToken, Math.trunc(hours)],
    );
  }

  /** Ends every session of a user, but the one with `exceptTokenHash` when given. */
  async endSessions(tenantId: string, userId: string, exceptTokenHash?: string): Promise<void> {
    await this.manager.query(`DELETE FROM sys_session WHERE tenant_id = $1 AND user_id = $2 AND token_hash IS DISTINCT FROM $3`, [
      tenantId,
      userId,
      exceptTokenHash ?? null,
    ]);
  }

  /** The session may do everything again (its user changed their password). */
  async passwordChanged(tokenHash: string): Promise<void> {
    await this.manager.query(`UPDATE sys_session SET must_change_password = false WHERE token_hash = $1`, [tokenHash]);
  }

  /** A one-time set-password link's token (by its hash), replacing the user's earlier ones. */
  async addPasswordToken(token: { tokenHash: string; tenantId: string; userId: string }, hours: number): Promise<void> {
    await this.manager.query(`DELETE FROM sys_password_token WHERE tenant_id = $1 AND user_id = $2`, [token.tenantId, token.userId]);
    await this.manager.query(
      `INSERT INTO sys_password_token (token_hash, tenant_id, user_id, expires_date) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [token.tokenHash, token.tenantId, token.userId, Math.trunc(hours)],
    );
  }
}

/**
 * Takes a set-password link's token (deleting it) in the caller's transaction, before any tenant
 * is known: through the SECURITY DEFINER sys_password_token_take.
 */
export async function takePasswordToken(
  manager: EntityManager,
  tokenHash: string,
): Promise<{ tenantId: string; userId: string } | undefined> {
  const [row] = (await manager.query(`SELECT tenant_id AS "tenantId", user_id AS "userId" FROM sys_password_token_take($1)`, [
    tokenHash,
  ])) as { tenantId: string; userId: string }[];
  return row;
}
