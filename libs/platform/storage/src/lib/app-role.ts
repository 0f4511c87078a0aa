import type { DataSource } from 'typeorm';
import { quoteIdent } from './sql';
import { StorageError } from './storage.errors';

/**
 * Tenant isolation in depth. The application connects as APP_ROLE, which does not own the tables
 * and has neither SUPERUSER nor BYPASSRLS, so PostgreSQL row-level security applies to it: every
 * tenant table has the TENANT_POLICY, which lets a statement see and write only the rows of the
 * tenant its transaction named with `set_config('app.tenant_id', id, true)` (SET LOCAL). Outside
 * such a transaction the setting is unset (NULL) or, on a connection that had one, '' — NULLIF
 * turns both into NULL, so the policy is false and no tenant row is visible.
 *
 * The owner (DATABASE_URL's user, or PGlite's superuser) runs migrations and schema plans and is
 * not subject to the policies (they are not FORCEd).
 */
export const APP_ROLE = 'lumary_app';

/** The setting a tenant transaction sets, as `set_config(TENANT_SETTING, tenantId, true)`. */
export const TENANT_SETTING = 'app.tenant_id';

export const TENANT_POLICY = 'tenant_isolation';

/** The policy's condition, written as pg_get_expr prints it back so the planner can compare. */
export const TENANT_POLICY_CONDITION = `(tenant_id = (NULLIF(current_setting('${TENANT_SETTING}'::text, true), ''::text))::uuid)`;

/** What the app may do on an object table; row-level security narrows it to one tenant's rows. */
export const APP_TABLE_PRIVILEGES = ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] as const;

/** The SQL that puts a table under the tenant policy (for migrations; the planner plans its own). */
export function tenantIsolationSql(table: string): string[] {
  const target = quoteIdent(table);
  return [
    `ALTER TABLE ${target} ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY ${quoteIdent(TENANT_POLICY)} ON ${target} USING ${TENANT_POLICY_CONDITION} WITH CHECK ${TENANT_POLICY_CONDITION}`,
  ];
}

/**
 * Creates APP_ROLE if it is missing. Roles belong to the whole cluster, so parallel test workers
 * (each with its own database) can race to create it: losing the race is fine.
 */
export async function ensureAppRole(owner: DataSource): Promise<void> {
  const [existing] = (await owner.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_ROLE])) as unknown[];
  if (existing) return;
  try {
    await owner.query(`
    DO $$
    BEGIN
      CREATE ROLE ${quoteIdent(APP_ROLE)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another connection created it first
    END
    $$`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StorageError(
      'APP_ROLE_MISSING',
      `cannot create the application's role ${APP_ROLE} (${reason}): create it once as a superuser with CREATE ROLE ${APP_ROLE} LOGIN, or connect DATABASE_URL as a user with CREATEROLE`,
      { cause: err },
    );
  }
}

/**
 * Refuses to hand out an app connection that would not be subject to row-level security: one
 * that runs as a superuser, a role with BYPASSRLS, or the tables' owner.
 */
export async function checkAppRole(app: DataSource): Promise<void> {
  const [role] = (await app.query(
    `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                       AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns_tables
       FROM pg_roles r WHERE r.rolname = current_user`,
  )) as {
    name: string;
    superuser: boolean;
    bypassrls: boolean;
    owns_tables: boolean;
  }[];
  if (!role || role.superuser || role.bypassrls || role.owns_tables) {
    const why = !role
      ? 'an unknown role'
      : role.superuser
        ? 'a superuser'
        : role.bypassrls
          ? 'a role with BYPASSRLS'
          : 'a role that owns the tables';
    throw new StorageError(
      'APP_ROLE_BYPASSES_RLS',
      `the application's connection runs as ${role?.name ?? '?'}, ${why}: row-level security would not apply (it must connect as ${APP_ROLE}, see APP_DATABASE_URL)`,
    );
  }
}

/** The owner's url with APP_ROLE as the user (and no password: trust or peer authentication). */
export function appUrlFor(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
}
