import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_ROLE, TENANT_POLICY } from './app-role';
import type { Database } from './database';
import { arModel } from './metadata.fixtures';
import { SIGN_IN_TABLES, TENANT_PLATFORM_TABLES } from './platform.migrations';
import { planSchema } from './planner';
import { applyPlan } from './schema-apply';
import { introspect } from './schema-introspection';
import { createTestDatabase } from './testing';

/**
 * Tenant isolation in depth, on PGlite or on the PostgreSQL server in DATABASE_URL: the app's
 * connection (database.dataSource) runs as lumary_app, under row-level security, and sees only
 * the rows of the tenant its transaction set with set_config('app.tenant_id', id, true) — even
 * for raw SQL with no tenant filter at all.
 */

const INVOICE = 'lumary__invoice__c';

let db: Database;
let app: DataSource;
let owner: DataSource;
let tenantA: string;
let tenantB: string;

const newTenant = async (slug: string): Promise<string> => {
  const [row] = (await owner.query(`INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`, [slug])) as { id: string }[];
  return row.id;
};

/** A transaction of the app's that names a tenant, as the record engine's do. */
const asTenant = <T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> =>
  app.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    return work(manager);
  });

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

beforeAll(async () => {
  db = await createTestDatabase();
  app = db.dataSource;
  owner = db.owner;
  await applyPlan(owner, planSchema(arModel(), await introspect(owner)));
  tenantA = await newTenant('rls-a');
  tenantB = await newTenant('rls-b');
  // The owner is not subject to RLS: it can seed both tenants in one statement.
  await owner.query(`INSERT INTO ${INVOICE} (tenant_id, name) VALUES ($1, 'A-1'), ($1, 'A-2'), ($2, 'B-1')`, [tenantA, tenantB]);
});
afterAll(() => db?.close());

describe('the application role', () => {
  it('is lumary_app, neither superuser nor BYPASSRLS, and owns no table', async () => {
    const [me] = (await app.query(
      `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls
         FROM pg_roles r WHERE r.rolname = current_user`,
    )) as { name: string; superuser: boolean; bypassrls: boolean }[];
    expect(me).toEqual({ name: APP_ROLE, superuser: false, bypassrls: false });
    const owned = (await owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_get_userbyid(c.relowner) = $1`,
      [APP_ROLE],
    )) as unknown[];
    expect(owned).toEqual([]);
  });

  it('cannot alter, drop or create tables, nor read or write what only the owner may', async () => {
    const refused = [
      `ALTER TABLE ${INVOICE} DISABLE ROW LEVEL SECURITY`,
      `ALTER TABLE ${INVOICE} ADD COLUMN sneaky text`,
      `DROP POLICY ${TENANT_POLICY} ON ${INVOICE}`,
      `DROP TABLE ${INVOICE}`,
      `DROP TABLE sys_field_history`,
      `TRUNCATE ${INVOICE}`,
      `CREATE TABLE mine (n int)`,
      `SELECT * FROM sys_schema_plan`,
      `SELECT * FROM sys_migrations`,
      `UPDATE sys_tenant SET name = 'x'`,
      `DELETE FROM sys_tenant`,
      `DELETE FROM sys_installed_package`,
      `DELETE FROM sys_field_history`,
      `UPDATE sys_field_history SET new_value = 'null'`,
      // PGlite has one user, a superuser, as every connection's session user: SET ROLE can go
      // back to it there. On a server, lumary_app logs in as itself and cannot.
      ...(db.kind === 'postgres' ? [`SET ROLE postgres`] : []),
    ];
    for (const sql of refused) {
      await expect(asTenant(tenantA, (m) => m.query(sql))).rejects.toThrow(/permission denied|must be owner|must be member/);
    }
  });

  it('reads tenants outside a tenant transaction, and only its own tenant inside one', async () => {
    expect(((await app.query(`SELECT slug FROM sys_tenant WHERE id = $1`, [tenantA])) as { slug: string }[])[0].slug).toBe('rls-a');
    const inside = (await asTenant(tenantA, (m) => m.query(`SELECT slug FROM sys_tenant ORDER BY slug`))) as { slug: string }[];
    expect(inside.map((t) => t.slug)).toEqual(['rls-a']);
    await expect(asTenant(tenantA, (m) => m.query(`INSERT INTO sys_tenant (name, slug) VALUES ('x', 'x-from-a')`))).rejects.toThrow(
      /row-level security/,
    );
  });
});

describe('sign-in tables under row-level security (issue 13)', () => {
  const hashA = 'scrypt$16384$8$1$c2FsdA==$aGFzaC1h';
  const hashB = 'scrypt$16384$8$1$c2FsdA==$aGFzaC1i';
  beforeAll(async () => {
    await owner.query(
      `INSERT INTO sys_credential (username, tenant_id, user_id, password_hash) VALUES ('u@a', $1, gen_random_uuid(), $3), ('u@b', $2, gen_random_uuid(), $4)`,
      [tenantA, tenantB, hashA, hashB],
    );
    await owner.query(
      `INSERT INTO sys_session (token_hash, tenant_id, user_id, csrf_token, expires_date)
       VALUES ('ta', $1, gen_random_uuid(), 'ca', now() + interval '1 hour'), ('tb', $2, gen_random_uuid(), 'cb', now() + interval '1 hour')`,
      [tenantA, tenantB],
    );
  });

  it('shows the app role no password hash and no session outside a tenant transaction', async () => {
    expect(await app.query(`SELECT * FROM sys_credential`)).toEqual([]);
    expect(await app.query(`SELECT * FROM sys_session`)).toEqual([]);
    const [, updated] = (await app.query(`UPDATE sys_credential SET password_hash = 'mine'`)) as [unknown, number];
    expect(updated).toBe(0);
    const [{ n }] = (await owner.query(`SELECT count(*)::int AS n FROM sys_credential WHERE password_hash = 'mine'`)) as { n: number }[];
    expect(n).toBe(0);
  });

  it('shows only the current tenant’s credentials and sessions inside a tenant transaction', async () => {
    const credentials = (await asTenant(tenantA, (m) => m.query(`SELECT username, password_hash FROM sys_credential`))) as unknown[];
    expect(credentials).toEqual([{ username: 'u@a', password_hash: hashA }]);
    const sessions = (await asTenant(tenantB, (m) => m.query(`SELECT token_hash FROM sys_session`))) as unknown[];
    expect(sessions).toEqual([{ token_hash: 'tb' }]);
    await expect(
      asTenant(tenantA, (m) =>
        m.query(
          `INSERT INTO sys_session (token_hash, tenant_id, user_id, csrf_token, expires_date) VALUES ('x', $1, gen_random_uuid(), 'c', now())`,
          [tenantB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets sign-in reach one username or one token hash only through the narrow functions', async () => {
    // A known username: the attempt is counted (atomically, as the owner) and its hash handed out.
    const [attempt] = (await app.query(`SELECT * FROM sys_login_attempt('u@b', 3, 900)`)) as {
      tenant_id: string;
      password_hash: string;
      active: boolean;
    }[];
    expect(attempt).toMatchObject({ tenant_id: tenantB, password_hash: hashB, active: false });
    const [{ failed_attempts }] = (await owner.query(`SELECT failed_attempts FROM sys_credential WHERE username = 'u@b'`)) as {
      failed_attempts: number;
    }[];
    expect(failed_attempts).toBe(1);
    await app.query(`SELECT sys_login_succeeded('u@b')`);
    expect(await app.query(`SELECT * FROM sys_login_attempt('nobody', 3, 900)`)).toEqual([]);
    expect(await app.query(`SELECT sys_username_taken('u@a') AS a, sys_username_taken('nobody') AS b`)).toEqual([{ a: true, b: false }]);
    // The sessions' users have no active User record here: a session of an inactive user is ended.
    expect(await app.query(`SELECT * FROM sys_session_resolve('ta')`)).toEqual([]);
    expect(await owner.query(`SELECT token_hash FROM sys_session WHERE token_hash = 'ta'`)).toEqual([]);
    await app.query(`SELECT sys_session_end('tb')`);
    expect(await owner.query(`SELECT token_hash FROM sys_session`)).toEqual([]);
    // The helper they share is not the app's to call.
    await expect(app.query(`SELECT sys_user_active($1, gen_random_uuid())`, [tenantA])).rejects.toThrow(/permission denied/);
  });
});

describe('row-level security on the app’s connection', () => {
  it('shows a raw query with no tenant filter only the rows of the transaction’s tenant', async () => {
    expect(names(await asTenant(tenantA, (m) => m.query(`SELECT * FROM ${INVOICE}`)))).toEqual(['A-1', 'A-2']);
    expect(names(await asTenant(tenantB, (m) => m.query(`SELECT * FROM ${INVOICE}`)))).toEqual(['B-1']);
    const [{ n }] = await asTenant(tenantA, (m) => m.query(`SELECT count(*)::int AS n FROM ${INVOICE} WHERE name LIKE 'B-%'`));
    expect(n).toBe(0);
  });

  it('shows nothing outside a tenant transaction', async () => {
    expect(await app.query(`SELECT * FROM ${INVOICE}`)).toEqual([]);
    expect(await app.transaction((m) => m.query(`SELECT * FROM ${INVOICE}`))).toEqual([]);
  });

  it('refuses to write a row of another tenant', async () => {
    await expect(
      asTenant(tenantA, (m) => m.query(`INSERT INTO ${INVOICE} (tenant_id, name) VALUES ($1, 'smuggled')`, [tenantB])),
    ).rejects.toThrow(/row-level security/);
    await expect(asTenant(tenantA, (m) => m.query(`UPDATE ${INVOICE} SET tenant_id = $1 WHERE name = 'A-1'`, [tenantB]))).rejects.toThrow(
      /row-level security/,
    );
    await expect(app.query(`INSERT INTO ${INVOICE} (tenant_id, name) VALUES ($1, 'no tenant')`, [tenantA])).rejects.toThrow(
      /row-level security/,
    );
    const [, updated] = (await asTenant(tenantA, (m) => m.query(`UPDATE ${INVOICE} SET name = 'hijacked' WHERE name = 'B-1'`))) as [
      unknown,
      number,
    ];
    expect(updated).toBe(0);
    const [, deleted] = (await asTenant(tenantA, (m) => m.query(`DELETE FROM ${INVOICE}`))) as [unknown, number];
    expect(deleted).toBe(2); // tenant A's own two rows only
    // Put tenant A's rows back; tenant B's were never touched.
    await asTenant(tenantA, (m) => m.query(`INSERT INTO ${INVOICE} (tenant_id, name) VALUES ($1, 'A-1'), ($1, 'A-2')`, [tenantA]));
    expect(names((await owner.query(`SELECT name FROM ${INVOICE} WHERE tenant_id = $1`, [tenantB])) as { name: string }[])).toEqual([
      'B-1',
    ]);
  });

  it('does not keep the tenant on a pooled connection after its transaction', async () => {
    const runner = app.createQueryRunner();
    try {
      await runner.connect();
      const pid = async () => ((await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[])[0].pid;
      const before = await pid();
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantA]);
      expect(names(await runner.query(`SELECT name FROM ${INVOICE}`))).toEqual(['A-1', 'A-2']);
      await runner.commitTransaction();
      expect(await pid()).toBe(before); // the very same connection
      const [{ tenant }] = (await runner.query(`SELECT current_setting('app.tenant_id', true) AS tenant`)) as { tenant: string | null }[];
      expect(tenant ?? '').toBe('');
      expect(await runner.query(`SELECT * FROM ${INVOICE}`)).toEqual([]);
    } finally {
      await runner.release();
    }
    // And through the pool, whichever connection it hands out.
    for (let i = 0; i < 8; i++) {
      await asTenant(i % 2 ? tenantA : tenantB, (m) => m.query(`SELECT 1`));
      expect(await app.query(`SELECT * FROM ${INVOICE}`)).toEqual([]);
    }
  });

  it('covers the tenant platform tables too', async () => {
    const rows = (await owner.query(
      `SELECT c.relname AS table, c.relrowsecurity AS rls, array_agg(p.polname::text) AS policies
         FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid
        WHERE c.relname = ANY($1) GROUP BY c.relname, c.relrowsecurity ORDER BY 1`,
      [[...TENANT_PLATFORM_TABLES, INVOICE, 'lumary__accounting_entity__c']],
    )) as { table: string; rls: boolean; policies: string[] }[];
    expect(rows).toHaveLength(TENANT_PLATFORM_TABLES.length + 2);
    // Object tables also carry the (restrictive) sharing policies; platform tables only the tenant's.
    for (const row of rows) {
      const sharing = row.table.startsWith('sys_') ? [] : ['sharing_delete', 'sharing_read', 'sharing_update'];
      expect({ ...row, policies: [...row.policies].sort() }).toEqual({
        table: row.table,
        rls: true,
        policies: [...sharing, TENANT_POLICY].sort(),
      });
    }

    // Any table with a tenant_id is a tenant table: sign-in's too (it reaches them through SIGN_IN_FUNCTIONS).
    const unprotected = (await owner.query(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND NOT (c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = $1))
        ORDER BY 1`,
      [TENANT_POLICY],
    )) as { table: string }[];
    expect(unprotected.map((t) => t.table)).toEqual([]);
    const signIn = (await owner.query(`SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity ORDER BY 1`, [
      [...SIGN_IN_TABLES],
    ])) as unknown[];
    expect(signIn).toHaveLength(SIGN_IN_TABLES.length);

    await owner.query(
      `INSERT INTO sys_installed_package (tenant_id, package_name, version, licensed) VALUES ($1, 'P', '1', true), ($2, 'P', '1', false)`,
      [tenantA, tenantB],
    );
    const licences = await asTenant(tenantB, (m) => m.query(`SELECT tenant_id, licensed FROM sys_installed_package`));
    expect(licences).toEqual([{ tenant_id: tenantB, licensed: false }]);
    expect(await app.query(`SELECT * FROM sys_installed_package`)).toEqual([]);

    await asTenant(tenantA, (m) =>
      m.query(
        `INSERT INTO sys_field_history (tenant_id, object_api_name, record_id, field_api_name) VALUES ($1, 'X', gen_random_uuid(), 'created')`,
        [tenantA],
      ),
    );
    await expect(
      asTenant(tenantA, (m) =>
        m.query(`INSERT INTO sys_autonumber (tenant_id, object_api_name, field_api_name) VALUES ($1, 'X', 'Name')`, [tenantB]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await asTenant(tenantB, (m) => m.query(`SELECT * FROM sys_field_history`))).toEqual([]);
  });
});

describe('the owner', () => {
  it('keeps its own rights while the app’s connections run as lumary_app (one session on PGlite)', async () => {
    const who = async (ds: DataSource) => ((await ds.query('SELECT current_user AS u')) as { u: string }[])[0].u;
    const ownerName = await who(owner);
    expect(ownerName).not.toBe(APP_ROLE);
    expect(await owner.transaction(async (m) => ((await m.query('SELECT current_user AS u')) as { u: string }[])[0].u)).toBe(ownerName);
    expect(await who(app)).toBe(APP_ROLE);
    const [{ n }] = (await owner.query(`SELECT count(*)::int AS n FROM ${INVOICE}`)) as { n: number }[];
    expect(n).toBe(3);
    expect(await who(app)).toBe(APP_ROLE);
  });

  it('keeps them through its raw pg pool too (callback-style queries)', async () => {
    const pool = (owner.driver as unknown as { master: Pool }).master;
    expect((await pool.query('SELECT current_user AS u')).rows).toEqual([{ u: expect.not.stringMatching(APP_ROLE) }]);
    const [first, second] = await Promise.all([
      pool.query(`SELECT count(*)::int AS n FROM ${INVOICE}`),
      pool.query(`SELECT count(*)::int AS n FROM ${INVOICE} WHERE tenant_id = $1`, [tenantB]),
    ]);
    expect([first.rows[0].n, second.rows[0].n]).toEqual([3, 1]);
    expect(((await app.query('SELECT current_user AS u')) as { u: string }[])[0].u).toBe(APP_ROLE);
  });
});

describe('the planner', () => {
  it('puts an object table that lacks it under tenant isolation, once', async () => {
    await owner.query(`ALTER TABLE ${INVOICE} DISABLE ROW LEVEL SECURITY`);
    await owner.query(`DROP POLICY ${TENANT_POLICY} ON ${INVOICE}`);
    await owner.query(`CREATE POLICY everyone ON ${INVOICE} USING (true)`);
    await owner.query(`REVOKE DELETE, UPDATE ON ${INVOICE} FROM ${APP_ROLE}`);
    await owner.query(`GRANT TRUNCATE ON ${INVOICE} TO ${APP_ROLE}`);

    const plan = planSchema(arModel(), await introspect(owner));
    expect(plan.refused).toEqual([]);
    expect(plan.statements.map((s) => s.sql)).toEqual([
      `ALTER TABLE "${INVOICE}" ENABLE ROW LEVEL SECURITY`,
      `DROP POLICY "everyone" ON "${INVOICE}"`,
      `CREATE POLICY "tenant_isolation" ON "${INVOICE}" USING (tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) WITH CHECK (tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)`,
      `REVOKE TRUNCATE ON "${INVOICE}" FROM "${APP_ROLE}"`,
      `GRANT DELETE, UPDATE ON "${INVOICE}" TO "${APP_ROLE}"`,
    ]);
    expect(plan.statements.every((s) => !s.destructive)).toBe(true);
    await applyPlan(owner, plan);
    expect(planSchema(arModel(), await introspect(owner)).statements).toEqual([]);
    expect(names(await asTenant(tenantB, (m) => m.query(`SELECT * FROM ${INVOICE}`)))).toEqual(['B-1']);
  });
});
