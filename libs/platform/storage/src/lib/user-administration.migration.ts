import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantIsolationSql } from './app-role';
import { quoteIdent } from './sql';

/** The tenant tables of UserAdministration: under the tenant policy like every table with a tenant_id. */
export const USER_ADMINISTRATION_TABLES = ['sys_password_token', 'sys_login_history', 'sys_email_outbox'] as const;

/**
 * Users run by their tenant's admins (issue 15):
 * - a credential (and each session started from it) may require a password change before
 *   anything else (a temporary password an admin or operator gave);
 * - one-time set-password links, stored by the hash of their token; taken (deleted) by
 *   sys_password_token_take, which sign-in-less callers reach before any tenant is known;
 * - login history per user (time, result, client address);
 * - the platform's own outbound email (set-password links), delivered by a platform job.
 * sys_session_resolve is replaced to answer the session's must_change_password too.
 */
export class UserAdministration1768003200000 implements MigrationInterface {
  readonly name = 'UserAdministration1768003200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sys_credential" ADD COLUMN "must_change_password" boolean NOT NULL DEFAULT false`);
    await runner.query(`ALTER TABLE "sys_session" ADD COLUMN "must_change_password" boolean NOT NULL DEFAULT false`);
    await runner.query(`CREATE INDEX "sys_credential__user__ix" ON "sys_credential" ("tenant_id", "user_id")`);
    await runner.query(`CREATE INDEX "sys_session__user__ix" ON "sys_session" ("tenant_id", "user_id")`);
    await runner.query(`
      CREATE TABLE "sys_password_token" (
        "token_hash" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "expires_date" timestamp with time zone NOT NULL,
        CONSTRAINT "sys_password_token__pk" PRIMARY KEY ("token_hash"),
        CONSTRAINT "sys_password_token__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`CREATE INDEX "sys_password_token__user__ix" ON "sys_password_token" ("tenant_id", "user_id")`);
    await runner.query(`
      CREATE TABLE "sys_login_history" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "login_time" timestamp with time zone NOT NULL DEFAULT now(),
        "status" text NOT NULL,
        "client_address" text,
        CONSTRAINT "sys_login_history__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_login_history__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`CREATE INDEX "sys_login_history__user__ix" ON "sys_login_history" ("tenant_id", "user_id", "login_time")`);
    await runner.query(`
      CREATE TABLE "sys_email_outbox" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL,
        "to_address" text NOT NULL,
        "subject" text NOT NULL,
        "body" text NOT NULL,
        "status" text NOT NULL DEFAULT 'Queued',
        "error" text,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "sent_date" timestamp with time zone,
        CONSTRAINT "sys_email_outbox__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_email_outbox__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`CREATE INDEX "sys_email_outbox__queued__ix" ON "sys_email_outbox" ("status", "created_date")`);
    for (const table of USER_ADMINISTRATION_TABLES) {
      for (const sql of tenantIsolationSql(table)) await runner.query(sql);
    }
    await runner.query(`GRANT SELECT, INSERT, DELETE ON "sys_password_token" TO ${quoteIdent(APP_ROLE)}`);
    await runner.query(`GRANT SELECT, INSERT ON "sys_login_history" TO ${quoteIdent(APP_ROLE)}`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON "sys_email_outbox" TO ${quoteIdent(APP_ROLE)}`);

    const definer = `LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp`;
    // sys_login_attempt also answers how many failures in a row the username now has, so the
    // failure that locks it is recorded as the lockout (the attempts refused during the lock are not recorded one by one).
    await runner.query(`DROP FUNCTION sys_login_attempt(text, integer, integer)`);
    await runner.query(`
      CREATE FUNCTION sys_login_attempt(p_username text, p_free integer, p_max_seconds integer)
        RETURNS TABLE (tenant_id uuid, user_id uuid, password_hash text, active boolean, wait integer, failures integer) ${definer} AS $$
      DECLARE
        c sys_credential%ROWTYPE;
        n integer;
      BEGIN
        SELECT * INTO c FROM sys_credential WHERE username = p_username FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF;
        IF c.locked_until > now() THEN
          RETURN QUERY SELECT c.tenant_id, c.user_id, NULL::text, NULL::boolean,
            greatest(ceil(extract(epoch FROM c.locked_until - now())), 1)::integer, c.failed_attempts;
          RETURN;
        END IF;
        n := c.failed_attempts + 1;
        UPDATE sys_credential SET failed_attempts = n,
               locked_until = CASE WHEN n > p_free
                 THEN now() + make_interval(secs => least(power(2, least(n - p_free, 30)), p_max_seconds)) END
         WHERE username = p_username;
        RETURN QUERY SELECT c.tenant_id, c.user_id, c.password_hash, sys_user_active(c.tenant_id, c.user_id), 0, n;
      END $$`);
    await runner.query(`DROP FUNCTION sys_session_resolve(text)`);
    await runner.query(`
      CREATE FUNCTION sys_session_resolve(p_token_hash text)
        RETURNS TABLE (tenant_id uuid, user_id uuid, csrf_token text, time_zone text, metadata_version bigint, must_change_password boolean)
        ${definer} AS $$
      DECLARE
        s sys_session%ROWTYPE;
      BEGIN
        SELECT * INTO s FROM sys_session WHERE token_hash = p_token_hash AND expires_date > now();
        IF NOT FOUND THEN RETURN; END IF;
        IF NOT sys_user_active(s.tenant_id, s.user_id) THEN
          DELETE FROM sys_session WHERE sys_session.tenant_id = s.tenant_id AND sys_session.user_id = s.user_id;
          RETURN;
        END IF;
        RETURN QUERY SELECT s.tenant_id, s.user_id, s.csrf_token, t.time_zone, t.metadata_version, s.must_change_password
          FROM sys_tenant t WHERE t.id = s.tenant_id;
      END $$`);
    // A link is taken once: deleted as it is read, in the caller's transaction (a refused new
    // password rolls the deletion back, so the link still works). Expired links go too.
    await runner.query(`
      CREATE FUNCTION sys_password_token_take(p_token_hash text) RETURNS TABLE (tenant_id uuid, user_id uuid) ${definer} AS $$
      BEGIN
        DELETE FROM sys_password_token x WHERE x.expires_date <= now();
        RETURN QUERY WITH taken AS (
          DELETE FROM sys_password_token t WHERE t.token_hash = p_token_hash RETURNING t.tenant_id, t.user_id
        ) SELECT taken.tenant_id, taken.user_id FROM taken;
      END $$`);
    for (const name of ['sys_login_attempt', 'sys_session_resolve', 'sys_password_token_take']) {
      await runner.query(`REVOKE ALL ON FUNCTION ${name} FROM PUBLIC`);
      await runner.query(`GRANT EXECUTE ON FUNCTION ${name} TO ${quoteIdent(APP_ROLE)}`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const definer = `LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp`;
    await runner.query(`DROP FUNCTION sys_password_token_take(text)`);
    // SignInSecurity's versions, without the failure count and the session's must_change_password.
    await runner.query(`DROP FUNCTION sys_login_attempt(text, integer, integer)`);
    await runner.query(`
      CREATE FUNCTION sys_login_attempt(p_username text, p_free integer, p_max_seconds integer)
        RETURNS TABLE (tenant_id uuid, user_id uuid, password_hash text, active boolean, wait integer) ${definer} AS $$
      DECLARE
        c sys_credential%ROWTYPE;
        failures integer;
      BEGIN
        SELECT * INTO c FROM sys_credential WHERE username = p_username FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF;
        IF c.locked_until > now() THEN
          RETURN QUERY SELECT c.tenant_id, c.user_id, NULL::text, NULL::boolean, greatest(ceil(extract(epoch FROM c.locked_until - now())), 1)::integer;
          RETURN;
        END IF;
        failures := c.failed_attempts + 1;
        UPDATE sys_credential SET failed_attempts = failures,
               locked_until = CASE WHEN failures > p_free
                 THEN now() + make_interval(secs => least(power(2, least(failures - p_free, 30)), p_max_seconds)) END
         WHERE username = p_username;
        RETURN QUERY SELECT c.tenant_id, c.user_id, c.password_hash, sys_user_active(c.tenant_id, c.user_id), 0;
      END $$`);
    await runner.query(`DROP FUNCTION sys_session_resolve(text)`);
    await runner.query(`
      CREATE FUNCTION sys_session_resolve(p_token_hash text)
        RETURNS TABLE (tenant_id uuid, user_id uuid, csrf_token text, time_zone text, metadata_version bigint) ${definer} AS $$
      DECLARE
        s sys_session%ROWTYPE;
      BEGIN
        SELECT * INTO s FROM sys_session WHERE token_hash = p_token_hash AND expires_date > now();
        IF NOT FOUND THEN RETURN; END IF;
        IF NOT sys_user_active(s.tenant_id, s.user_id) THEN
          DELETE FROM sys_session WHERE sys_session.tenant_id = s.tenant_id AND sys_session.user_id = s.user_id;
          RETURN;
        END IF;
        RETURN QUERY SELECT s.tenant_id, s.user_id, s.csrf_token, t.time_zone, t.metadata_version FROM sys_tenant t WHERE t.id = s.tenant_id;
      END $$`);
    for (const name of ['sys_login_attempt', 'sys_session_resolve']) {
      await runner.query(`REVOKE ALL ON FUNCTION ${name} FROM PUBLIC`);
      await runner.query(`GRANT EXECUTE ON FUNCTION ${name} TO ${quoteIdent(APP_ROLE)}`);
    }
    for (const table of [...USER_ADMINISTRATION_TABLES].reverse()) await runner.query(`DROP TABLE ${quoteIdent(table)}`);
    await runner.query(`DROP INDEX "sys_session__user__ix"`);
    await runner.query(`DROP INDEX "sys_credential__user__ix"`);
    await runner.query(`ALTER TABLE "sys_session" DROP COLUMN "must_change_password"`);
    await runner.query(`ALTER TABLE "sys_credential" DROP COLUMN "must_change_password"`);
  }
}
