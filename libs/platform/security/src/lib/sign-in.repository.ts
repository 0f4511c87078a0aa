import { SysCredentialEntity, SysSessionEntity } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';

/** What sys_login_attempt answers for a known username: no hash while the username is locked out. */
export interface LoginAttempt {
  tenantId: string;
  userId: string;
  passwordHash: string | null;
  active: boolean | null;
  /** Seconds the username must still wait. */
  wait: number;
}

/** A live session of an active user, as sys_session_resolve finds it. */
export interface ResolvedSession {
  tenantId: string;
  userId: string;
  csrfToken: string;
  timeZone: string;
  /** bigint, as a string. */
  metadataVersion: string;
}

/**
 * Sign-in before any tenant is known: the SECURITY DEFINER functions of the SignInSecurity
 * migration, the only way the application's role reaches credentials and sessions across tenants.
 */
export class SignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  async usernameTaken(username: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(`SELECT sys_username_taken($1) AS "taken"`, [username])) as { taken: boolean }[];
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
    }[];
    return row && { tenantId: row.tenant_id, userId: row.user_id, passwordHash: row.password_hash, active: row.active, wait: row.wait };
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
    }[];
    return (
      row && {
        tenantId: row.tenant_id,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        timeZone: row.time_zone,
        metadataVersion: String(row.metadata_version),
      }
    );
  }
}

/** Credentials and sessions inside a tenant's transaction (both tables are under the tenant policy). */
export class CredentialRepository {
  constructor(private readonly manager: EntityManager) {}

  async add(credential: { username: string; tenantId: string; userId: string; passwordHash: string }): Promise<void> {
    await this.manager.getRepository(SysCredentialEntity).insert(credential);
  }

  /** A new session, valid for `hours` from the database's now. */
  async startSession(session: { tokenHash: string; tenantId: string; userId: string; csrfToken: string }, hours: number): Promise<void> {
    await this.manager
      .getRepository(SysSessionEntity)
      .insert({ ...session, expiresDate: () => `now() + make_interval(hours => ${Math.trunc(hours)})` });
  }

  /** Ends every session of a user. */
  async endSessions(tenantId: string, userId: string): Promise<void> {
    await this.manager.getRepository(SysSessionEntity).delete({ tenantId, userId });
  }
}
