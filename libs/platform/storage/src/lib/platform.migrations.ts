import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, TENANT_POLICY, tenantIsolationSql } from './app-role';
import { CustomFieldIndexConversion1768300000001, CustomFieldIndexes1768300000000 } from './custom-field-index.migration';
import { SharingRules1768100000000 } from './sharing-rules.migration';
import { UserAdministration1768003200000 } from './user-administration.migration';
import { quoteIdent } from './sql';

/**
 * Hand-written migrations for the platform's own tables. Object tables are not here: the schema
 * planner derives those from metadata. Each migration sets `name` (with the timestamp TypeORM
 * orders by) so a minified build does not rename it.
 */

/** Where TypeORM records which migrations ran; `sys_` so the planner leaves it alone. */
export const MIGRATIONS_TABLE = 'sys_migrations';

export class PlatformTables1767225600000 implements MigrationInterface {
  readonly name = 'PlatformTables1767225600000';

  async up(runner: QueryRunner): Promise<void> {
    // Tenants are a small reference table (replicated, not sharded, on Citus).
    await runner.query(`
      CREATE TABLE "sys_tenant" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "slug" text NOT NULL,
        "time_zone" text NOT NULL DEFAULT 'Australia/Sydney',
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_tenant__pk" PRIMARY KEY ("id"),
        CONSTRAINT "sys_tenant__slug__uq" UNIQUE ("slug")
      )`);
    await runner.query(`
      CREATE TABLE "sys_installed_package" (
        "tenant_id" uuid NOT NULL,
        "package_name" text NOT NULL,
        "version" text NOT NULL,
        "licensed" boolean NOT NULL DEFAULT false,
        "installed_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_installed_package__pk" PRIMARY KEY ("tenant_id", "package_name"),
        CONSTRAINT "sys_installed_package__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE TABLE "sys_metadata_overlay" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "object_api_name" text,
        "api_name" text NOT NULL,
        "body" jsonb NOT NULL DEFAULT '{}',
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "modified_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_metadata_overlay__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_metadata_overlay__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    // The log of applied schema plans; global, like the schema itself.
    await runner.query(`
      CREATE TABLE "sys_schema_plan" (
        "id" serial NOT NULL,
        "applied_date" timestamp with time zone NOT NULL DEFAULT now(),
        "statements" jsonb NOT NULL,
        "destructive" boolean NOT NULL,
        "metadata_fingerprint" text NOT NULL,
        CONSTRAINT "sys_schema_plan__pk" PRIMARY KEY ("id")
      )`);
    // AutoNumber counters, advanced by the record engine with UPDATE ... RETURNING.
    await runner.query(`
      CREATE TABLE "sys_autonumber" (
        "tenant_id" uuid NOT NULL,
        "object_api_name" text NOT NULL,
        "field_api_name" text NOT NULL,
        "next_value" bigint NOT NULL DEFAULT 1,
        CONSTRAINT "sys_autonumber__pk" PRIMARY KEY ("tenant_id", "object_api_name", "field_api_name"),
        CONSTRAINT "sys_autonumber__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['sys_autonumber', 'sys_schema_plan', 'sys_metadata_overlay', 'sys_installed_package', 'sys_tenant']) {
      await runner.query(`DROP TABLE "${table}"`);
    }
  }
}

/** Field history: who changed a tracked field, when, from what to what. Rows are only ever added. */
export class FieldHistory1767312000000 implements MigrationInterface {
  readonly name = 'FieldHistory1767312000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_field_history" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "object_api_name" text NOT NULL,
        "record_id" uuid NOT NULL,
        "field_api_name" text NOT NULL,
        "old_value" jsonb,
        "new_value" jsonb,
        "changed_by_id" uuid,
        "changed_date" timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "sys_field_history__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_field_history__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE INDEX "sys_field_history__record__ix"
        ON "sys_field_history" ("tenant_id", "object_api_name", "record_id", "changed_date")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sys_field_history"`);
  }
}

/**
 * Sign-in: a credential per username (usernames are unique across tenants, as in Salesforce, so
 * a login finds its tenant) and server-side sessions, stored by the hash of their token.
 */
export class Authentication1767398400000 implements MigrationInterface {
  readonly name = 'Authentication1767398400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_credential" (
        "username" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "password_hash" text NOT NULL,
        "failed_attempts" integer NOT NULL DEFAULT 0,
        "locked_until" timestamp with time zone,
        CONSTRAINT "sys_credential__pk" PRIMARY KEY ("username"),
        CONSTRAINT "sys_credential__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE TABLE "sys_session" (
        "token_hash" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "csrf_token" text NOT NULL,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "expires_date" timestamp with time zone NOT NULL,
        CONSTRAINT "sys_session__pk" PRIMARY KEY ("token_hash"),
        CONSTRAINT "sys_session__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sys_session"`);
    await runner.query(`DROP TABLE "sys_credential"`);
  }
}

/** Which permission sets (a package's, or the tenant's own) each user holds. */
export class PermissionSetAssignments1767484800000 implements MigrationInterface {
  readonly name = 'PermissionSetAssignments1767484800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_permission_set_assignment" (
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "permission_set" text NOT NULL,
        "assigned_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_permission_set_assignment__pk" PRIMARY KEY ("tenant_id", "user_id", "permission_set"),
        CONSTRAINT "sys_permission_set_assignment__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX "sys_metadata_overlay__kind_name__uq"
        ON "sys_metadata_overlay" ("tenant_id", "kind", "api_name")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "sys_metadata_overlay__kind_name__uq"`);
    await runner.query(`DROP TABLE "sys_permission_set_assignment"`);
  }
}

/**
 * Platform tables that hold one tenant's rows: under the tenant policy, like object tables. A
 * migration that adds such a table puts it under the policy too (tenantIsolationSql) and grants
 * the app role what it needs; rls.integration.spec.ts fails for a tenant table left out.
 */
export const TENANT_PLATFORM_TABLES = [
  'sys_installed_package',
  'sys_metadata_overlay',
  'sys_autonumber',
  'sys_field_history',
  'sys_permission_set_assignment',
] as const;

/**
 * Platform tables with a tenant_id that sign-in reads before any tenant is known. Since
 * SignInSecurity they are tenant tables too (the app role sees only its transaction's tenant's
 * rows); sign-in reaches them through the SIGN_IN_FUNCTIONS, which run as the owner.
 */
export const SIGN_IN_TABLES = ['sys_credential', 'sys_session'] as const;

/**
 * What the application's role (lumary_app, which openDatabase creates before migrations run) may
 * do on platform tables. Sign-in finds a credential and a session before it knows the tenant, so
 * those tables have no row-level security. Tenant-scoped tables are narrowed to the transaction's
 * tenant by their policy: the app installs and licenses packages and assigns permission sets in
 * a tenant transaction, and only ever adds to field history. The app may create tenants (the
 * operator API) but not change or remove them; sys_schema_plan and sys_migrations (and the
 * sys_schema_plan id sequence) are the owner's alone.
 */
export const APP_PLATFORM_GRANTS: Record<string, string> = {
  sys_tenant: 'SELECT, INSERT',
  sys_credential: 'SELECT, INSERT, UPDATE, DELETE',
  sys_session: 'SELECT, INSERT, UPDATE, DELETE',
  sys_installed_package: 'SELECT, INSERT, UPDATE',
  sys_metadata_overlay: 'SELECT, INSERT, UPDATE, DELETE',
  sys_autonumber: 'SELECT, INSERT, UPDATE',
  sys_field_history: 'SELECT, INSERT',
  sys_permission_set_assignment: 'SELECT, INSERT, UPDATE, DELETE',
};

/** Tenant isolation in depth: row-level security on tenant tables, and the app role's grants. */
export class RowLevelSecurity1767571200000 implements MigrationInterface {
  readonly name = 'RowLevelSecurity1767571200000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TENANT_PLATFORM_TABLES) for (const sql of tenantIsolationSql(table)) await runner.query(sql);
    for (const [table, privileges] of Object.entries(APP_PLATFORM_GRANTS))
      await runner.query(`GRANT ${privileges} ON ${quoteIdent(table)} TO ${quoteIdent(APP_ROLE)}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of Object.keys(APP_PLATFORM_GRANTS))
      await runner.query(`REVOKE ALL ON ${quoteIdent(table)} FROM ${quoteIdent(APP_ROLE)}`);
    for (const table of TENANT_PLATFORM_TABLES) {
      await runner.query(`DROP POLICY ${quoteIdent(TENANT_POLICY)} ON ${quoteIdent(table)}`);
      await runner.query(`ALTER TABLE ${quoteIdent(table)} DISABLE ROW LEVEL SECURITY`);
    }
  }
}

/**
 * Tenant customisation (Setup): a version per tenant that every overlay change bumps, so each API
 * process knows when its cached copy of a tenant's metadata is stale; and the functions that read
 * a tenant's custom field out of an object table's `custom` jsonb column, typed. They are declared
 * IMMUTABLE (the values are stored in ISO forms that do not depend on settings), so a filter on a
 * custom field can use an expression index on the same call.
 */
export class TenantCustomisation1767657600000 implements MigrationInterface {
  readonly name = 'TenantCustomisation1767657600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sys_tenant" ADD COLUMN "metadata_version" bigint NOT NULL DEFAULT 0`);
    await runner.query(`GRANT UPDATE ("metadata_version") ON "sys_tenant" TO ${quoteIdent(APP_ROLE)}`);
    for (const [name, type, read] of CUSTOM_FIELD_FUNCTIONS) {
      await runner.query(
        `CREATE FUNCTION ${name}(custom jsonb, key text) RETURNS ${type} LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ BEGIN RETURN ${read('custom', 'key')}; END $$`,
      );
    }
    // Under row-level security a filter can use an index only through leakproof functions. These
    // read values the record engine wrote (ISO dates, decimal strings) and check their form before
    // casting, so they raise nothing; marking them so needs a superuser, and without one filters on
    // custom fields still work, by scanning the tenant's rows.
    await runner.query('SAVEPOINT custom_field_leakproof');
    try {
      for (const [name] of CUSTOM_FIELD_FUNCTIONS) await runner.query(`ALTER FUNCTION ${name}(jsonb, text) LEAKPROOF`);
      await runner.query('RELEASE SAVEPOINT custom_field_leakproof');
    } catch {
      await runner.query('ROLLBACK TO SAVEPOINT custom_field_leakproof');
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [name] of CUSTOM_FIELD_FUNCTIONS) await runner.query(`DROP FUNCTION ${name}(jsonb, text)`);
    await runner.query(`ALTER TABLE "sys_tenant" DROP COLUMN "metadata_version"`);
  }
}

/**
 * [function, SQL type, what it returns given SQL for the jsonb and the key]: see
 * TenantCustomisation. Setup's indexes, and the engine's filters on an indexed field, call them:
 * PL/pgSQL, so the planner never inlines them (an index on a call matches the same call in a
 * filter, and a leakproof mark is not lost to what is inside). For a field no index is built on
 * the engine writes the same expression in place instead (`customFieldSql`), which costs a scan
 * far less than a PL/pgSQL call per row. `sys_cf_text_ci` is the case-folded text SOQL's `=`
 * compares.
 */
export const CUSTOM_FIELD_FUNCTIONS: [string, string, (custom: string, key: string) => string][] = [
  ['sys_cf_text', 'text', (c, k) => `${c} ->> ${k}`],
  ['sys_cf_text_ci', 'text', (c, k) => `lower(${c} ->> ${k})`],
  ['sys_cf_numeric', 'numeric', (c, k) => `CASE WHEN (${c} ->> ${k}) ~ '^[+-]?[0-9]+([.][0-9]+)?$' THEN (${c} ->> ${k})::numeric END`],
  ['sys_cf_date', 'date', (c, k) => `CASE WHEN (${c} ->> ${k}) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (${c} ->> ${k})::date END`],
  [
    'sys_cf_timestamptz',
    'timestamptz',
    (c, k) => `CASE WHEN (${c} ->> ${k}) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' THEN (${c} ->> ${k})::timestamptz END`,
  ],
  ['sys_cf_boolean', 'boolean', (c, k) => `CASE WHEN jsonb_typeof(${c} -> ${k}) = 'boolean' THEN (${c} -> ${k})::boolean END`],
  [
    'sys_cf_uuid',
    'uuid',
    (c, k) =>
      `CASE WHEN (${c} ->> ${k}) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${c} ->> ${k})::uuid END`,
  ],
  [
    'sys_cf_text_array',
    'text[]',
    (c, k) => `CASE WHEN jsonb_typeof(${c} -> ${k}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(${c} -> ${k})) END`,
  ],
];

/** sys_tenant's policy: inside a tenant transaction only that tenant; outside one (sign-in, operators) every tenant. */
export const TENANT_ROW_POLICY = 'tenant_row';

/** The narrow functions, run as the owner (SECURITY DEFINER), through which sign-in reaches sys_credential and sys_session. */
export const SIGN_IN_FUNCTIONS = [
  'sys_login_attempt',
  'sys_login_succeeded',
  'sys_username_taken',
  'sys_session_resolve',
  'sys_session_end',
] as const;

/**
 * Sign-in under row-level security (issue 13). sys_credential and sys_session get the tenant
 * policy, so the app role cannot read another tenant's password hashes or sessions, not even
 * with raw SQL: it sees them only in a transaction of their tenant. What sign-in must do before
 * it knows the tenant goes through five narrow SECURITY DEFINER functions owned by the owner,
 * each taking one username or one token hash and returning only what sign-in needs:
 *
 * - sys_login_attempt(username, free, max_seconds): counts the attempt first, atomically (the
 *   row is locked, failed_attempts + 1, and the lock for that count set in the same UPDATE), and
 *   only then hands out the hash to check; an attempt while the account is locked is not counted
 *   and gets only the seconds to wait. So parallel guesses cannot all pass the lock check.
 * - sys_login_succeeded(username): a right password clears the count and the lock.
 * - sys_username_taken(username): usernames are unique across tenants.
 * - sys_session_resolve(token_hash): a live session of an active user (a deactivated user's
 *   sessions are deleted on sight, so IsActive = false ends them at once however it was set).
 * - sys_session_end(token_hash): sign-out.
 *
 * sys_tenant gets a policy too: in a tenant transaction (all of a request's record work) the
 * app role sees only that tenant's row; outside one (sign-in, the operator API) it reads them all.
 */
export class SignInSecurity1767744000000 implements MigrationInterface {
  readonly name = 'SignInSecurity1767744000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of SIGN_IN_TABLES) for (const sql of tenantIsolationSql(table)) await runner.query(sql);
    const tenant = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
    await runner.query(`ALTER TABLE "sys_tenant" ENABLE ROW LEVEL SECURITY`);
    await runner.query(
      `CREATE POLICY ${quoteIdent(TENANT_ROW_POLICY)} ON "sys_tenant" USING (${tenant} IS NULL OR "id" = ${tenant}) WITH CHECK (${tenant} IS NULL OR "id" = ${tenant})`,
    );
    const definer = `LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp`;
    // The User object's table is the planner's, made after migrations run: looked up when called.
    await runner.query(`
      CREATE FUNCTION sys_user_active(p_tenant_id uuid, p_user_id uuid) RETURNS boolean ${definer} AS $$
      DECLARE
        active boolean;
      BEGIN
        IF to_regclass('public."user"') IS NULL THEN RETURN false; END IF;
        EXECUTE 'SELECT isactive FROM public."user" WHERE tenant_id = $1 AND id = $2' INTO active USING p_tenant_id, p_user_id;
        RETURN coalesce(active, false);
      END $$`);
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
        RETURN QUERY SELECT c.tenant_id, c.user_id, c.password_hash,
          sys_user_active(c.tenant_id, c.user_id), 0;
      END $$`);
    await runner.query(`
      CREATE FUNCTION sys_login_succeeded(p_username text) RETURNS void ${definer} AS $$
      BEGIN
        UPDATE sys_credential SET failed_attempts = 0, locked_until = NULL WHERE username = p_username;
      END $$`);
    await runner.query(`
      CREATE FUNCTION sys_username_taken(p_username text) RETURNS boolean ${definer} AS $$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM sys_credential WHERE username = p_username);
      END $$`);
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
    await runner.query(`
      CREATE FUNCTION sys_session_end(p_token_hash text) RETURNS void ${definer} AS $$
      BEGIN
        DELETE FROM sys_session WHERE token_hash = p_token_hash;
      END $$`);
    // Functions are executable by PUBLIC by default: only the app role may call these, and the
    // helper sys_user_active only they do.
    await runner.query(`REVOKE ALL ON FUNCTION sys_user_active FROM PUBLIC`);
    for (const name of SIGN_IN_FUNCTIONS) {
      await runner.query(`REVOKE ALL ON FUNCTION ${name} FROM PUBLIC`);
      await runner.query(`GRANT EXECUTE ON FUNCTION ${name} TO ${quoteIdent(APP_ROLE)}`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of [...SIGN_IN_FUNCTIONS, 'sys_user_active']) await runner.query(`DROP FUNCTION ${name}`);
    await runner.query(`DROP POLICY ${quoteIdent(TENANT_ROW_POLICY)} ON "sys_tenant"`);
    await runner.query(`ALTER TABLE "sys_tenant" DISABLE ROW LEVEL SECURITY`);
    for (const table of SIGN_IN_TABLES) {
      await runner.query(`DROP POLICY ${quoteIdent(TENANT_POLICY)} ON ${quoteIdent(table)}`);
      await runner.query(`ALTER TABLE ${quoteIdent(table)} DISABLE ROW LEVEL SECURITY`);
    }
  }
}

/** The function behind metadata `balanced` (see BalancedRows); its arguments name the columns. */
export const BALANCED_FUNCTION = 'sys_check_balanced';

/**
 * Double entry in the database: a deferred constraint trigger on a `balanced` object's table
 * calls this for each row written; at commit the rows sharing its `by` column (TG_ARGV[0]) must
 * have Σ debit (TG_ARGV[1]) = Σ credit (TG_ARGV[2]), or the transaction fails (check_violation).
 * Runs as the writer, under its tenant's row-level security: it sums what that tenant wrote.
 */
export class BalancedRows1767744000001 implements MigrationInterface {
  readonly name = 'BalancedRows1767744000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION ${BALANCED_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent text;
        difference numeric;
      BEGIN
        EXECUTE format('SELECT coalesce(sum(%1$I), 0) - coalesce(sum(%2$I), 0), ($2).%3$I::text FROM %4$I.%5$I WHERE tenant_id = $1 AND %3$I = ($2).%3$I',
                       TG_ARGV[1], TG_ARGV[2], TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME)
          INTO difference, parent USING NEW.tenant_id, NEW;
        IF difference <> 0 THEN
          RAISE EXCEPTION 'rows of % with % = % do not balance: debits exceed credits by %', TG_TABLE_NAME, TG_ARGV[0], parent, difference
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION ${BALANCED_FUNCTION}()`);
  }
}

/** The organisation-wide default of each object, per tenant (an object without a row is Public Read/Write). */
export const SHARING_DEFAULT_TABLE = 'sys_sharing_default';

/**
 * The settings a user's transaction carries for sharing (see the engine's tenant transaction):
 * `app.sharing` is 'on' for a user whose access sharing narrows (unset, the transaction is the
 * platform's own and sees every row of its tenant); `app.no_read` / `app.no_edit` list, as a
 * text[] literal, the object tables the user may not read / edit in full; `app.owners` the users
 * whose records the user sees and edits as their own (themselves and those in roles below theirs).
 */
export const SHARING_SETTINGS = {
  on: 'app.sharing',
  noRead: 'app.no_read',
  noEdit: 'app.no_edit',
  owners: 'app.owners',
} as const;

/** The functions the sharing policies call (see SharingPolicies); planner policies name them. */
export const SHARING_FUNCTIONS = { readAll: 'sys_read_all', editAll: 'sys_edit_all', owners: 'sys_owners' } as const;

/**
 * Record sharing in the database. Each object table (but User's and UserRole's) gets restrictive
 * policies from the planner: a row is read when its table is open to the user in full
 * (`tenant_id = ANY(sys_read_all('table'))`, which is the tenant or nothing) or its owner is one
 * of `sys_owners()`; a master-detail child follows its master. The functions are plain SQL, so
 * PostgreSQL inlines them and uses them as index conditions (the primary key for the first arm,
 * (tenant_id, owner_id) for the second). Work that must see every row (roll-ups, the balance
 * check, jobs) runs with `app.sharing` unset; the balance check sets it so itself.
 */
export class Sharing1767830400000 implements MigrationInterface {
  readonly name = 'Sharing1767830400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${SHARING_DEFAULT_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "object_api_name" text NOT NULL,
        "access" text NOT NULL CHECK ("access" IN ('Private', 'Read', 'ReadWrite')),
        CONSTRAINT "${SHARING_DEFAULT_TABLE}__pk" PRIMARY KEY ("tenant_id", "object_api_name"),
        CONSTRAINT "${SHARING_DEFAULT_TABLE}__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    for (const sql of tenantIsolationSql(SHARING_DEFAULT_TABLE)) await runner.query(sql);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${SHARING_DEFAULT_TABLE}" TO ${quoteIdent(APP_ROLE)}`);
    const whole = (setting: string) => `
      SELECT CASE WHEN current_setting('${SHARING_SETTINGS.on}', true) IS DISTINCT FROM 'on'
                    OR NOT (tbl = ANY (coalesce(nullif(current_setting('${setting}', true), ''), '{}')::text[]))
                  THEN ARRAY[nullif(current_setting('app.tenant_id', true), '')::uuid]
                  ELSE '{}'::uuid[] END`;
    await runner.query(
      `CREATE FUNCTION ${SHARING_FUNCTIONS.readAll}(tbl text) RETURNS uuid[] LANGUAGE sql STABLE AS $$${whole(SHARING_SETTINGS.noRead)}$$`,
    );
    await runner.query(
      `CREATE FUNCTION ${SHARING_FUNCTIONS.editAll}(tbl text) RETURNS uuid[] LANGUAGE sql STABLE AS $$${whole(SHARING_SETTINGS.noEdit)}$$`,
    );
    await runner.query(`CREATE FUNCTION ${SHARING_FUNCTIONS.owners}() RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT coalesce(nullif(current_setting('${SHARING_SETTINGS.owners}', true), ''), '{}')::uuid[]$$`);
    // The balance check sums every row of the tenant, whoever may see them.
    await runner.query(`ALTER FUNCTION ${BALANCED_FUNCTION}() SET "${SHARING_SETTINGS.on}" = 'off'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER FUNCTION ${BALANCED_FUNCTION}() RESET "${SHARING_SETTINGS.on}"`);
    for (const fn of [`${SHARING_FUNCTIONS.readAll}(text)`, `${SHARING_FUNCTIONS.editAll}(text)`, `${SHARING_FUNCTIONS.owners}()`])
      await runner.query(`DROP FUNCTION ${fn}`);
    await runner.query(`DROP TABLE "${SHARING_DEFAULT_TABLE}"`);
  }
}

export const PLATFORM_MIGRATIONS = [
  PlatformTables1767225600000,
  FieldHistory1767312000000,
  Authentication1767398400000,
  PermissionSetAssignments1767484800000,
  RowLevelSecurity1767571200000,
  TenantCustomisation1767657600000,
  SignInSecurity1767744000000,
  BalancedRows1767744000001,
  Sharing1767830400000,
  UserAdministration1768003200000,
  SharingRules1768100000000,
  CustomFieldIndexes1768300000000,
  CustomFieldIndexConversion1768300000001,
];
