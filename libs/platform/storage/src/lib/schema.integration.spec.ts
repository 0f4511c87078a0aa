import type { Registry } from '@platform/metadata';
import type { DataSource } from 'typeorm';
import type { Database } from './database';
import { arModel, object, registry } from './metadata.fixtures';
import { APP_ROLE } from './app-role';
import { SysTenantEntity } from './platform.entities';
import { planSchema } from './planner';
import { applyPlan } from './schema-apply';
import { introspect } from './schema-introspection';
import type { SchemaPlan } from './schema-plan';
import { StorageError } from './storage.errors';
import { createTestDatabase } from './testing';

/**
 * Runs against PGlite, or against the PostgreSQL server in DATABASE_URL when it is set. The
 * schema is the owner's: these tests work as the owner, outside row-level security
 * (rls.integration.spec.ts tests the app role's view).
 */

let db: Database;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.owner;
});
afterAll(() => db?.close());

const plan = async (model: Registry, allowDestructive = false): Promise<SchemaPlan> =>
  planSchema(model, await introspect(ds), { allowDestructive });

/** Plans and applies; fails the test if anything was refused. */
async function migrate(model: Registry, allowDestructive = false): Promise<SchemaPlan> {
  const result = await plan(model, allowDestructive);
  expect(result.refused).toEqual([]);
  await applyPlan(ds, result);
  return result;
}

/** Each test starts from platform tables only. */
async function dropObjectTables(): Promise<void> {
  const snapshot = await introspect(ds);
  const tables = snapshot.tables.filter((t) => !t.name.startsWith('sys_')).map((t) => `"${t.name}"`);
  if (tables.length) await ds.query(`DROP TABLE ${tables.join(', ')} CASCADE`);
}

async function newTenant(slug: string): Promise<string> {
  const tenant = await ds.getRepository(SysTenantEntity).save({ name: slug, slug });
  return tenant.id;
}

beforeEach(dropObjectTables);

describe('platform migrations', () => {
  it('create the sys_ tables and record that they ran', async () => {
    const tables = (await introspect(ds)).tables.map((t) => t.name).sort();
    expect(tables).toEqual([
      'sys_autonumber',
      'sys_cf_index',
      'sys_cf_index_build',
      'sys_cf_unique',
      'sys_credential',
      'sys_email_outbox',
      'sys_field_history',
      'sys_installed_package',
      'sys_login_history',
      'sys_metadata_overlay',
      'sys_migrations',
      'sys_password_token',
      'sys_permission_set_assignment',
      'sys_record_share',
      'sys_schema_plan',
      'sys_session',
      'sys_sharing_default',
      'sys_sharing_rule',
      'sys_tenant',
    ]);
    expect(await ds.showMigrations()).toBe(false);
  });

  it('give tenants a generated id and the default time zone', async () => {
    const repo = ds.getRepository(SysTenantEntity);
    const saved = await repo.save({ name: 'Acme', slug: `acme-${Date.now()}` });
    const reread = await repo.findOneByOrFail({ id: saved.id });
    expect(reread.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(reread.timeZone).toBe('Australia/Sydney');
  });
});

describe('planning and applying', () => {
  it('creates the tables of an empty database, then has nothing to do', async () => {
    const first = await plan(arModel());
    expect(first.statements.filter((s) => s.kind === 'create-table').map((s) => s.sql.split(' (')[0])).toEqual([
      'CREATE TABLE "lumary__accounting_entity__c"',
      'CREATE TABLE "lumary__invoice__c"',
    ]);
    const applied = await applyPlan(ds, first);
    expect(applied?.statements).toHaveLength(first.statements.length);

    const again = await plan(arModel());
    expect(again.statements).toEqual([]);
    expect(again.refused).toEqual([]);

    const [logged] = (await ds.query(
      `SELECT jsonb_array_length(statements) AS count, destructive, metadata_fingerprint AS fingerprint
       FROM sys_schema_plan WHERE id = $1`,
      [applied?.id],
    )) as { count: number; destructive: boolean; fingerprint: string }[];
    expect(logged).toEqual({
      count: first.statements.length,
      destructive: false,
      fingerprint: first.fingerprint,
    });
  });

  it('makes an append-only, balanced object so for the app role, then has nothing to do', async () => {
    const ledger = (appendOnly: boolean) => {
      const line = object('test__Line__c', [
        { apiName: 'Name', type: 'Text' },
        { apiName: 'test__Entry__c', type: 'Text' },
        {
          apiName: 'test__Debit__c',
          type: 'Currency',
          precision: 18,
          scale: 2,
        },
        {
          apiName: 'test__Credit__c',
          type: 'Currency',
          precision: 18,
          scale: 2,
        },
        { apiName: 'test__Batch__c', type: 'Text' },
      ]);
      if (appendOnly) {
        line.appendOnly = { updatable: ['test__Batch__c'] };
        line.balanced = {
          by: 'test__Entry__c',
          debit: 'test__Debit__c',
          credit: 'test__Credit__c',
        };
      }
      return registry(line);
    };
    const col = (apiName: string) => ledger(true).object('test__Line__c')?.fields.get(apiName.toLowerCase())?.column;
    await migrate(ledger(false));
    const first = await migrate(ledger(true));
    expect(first.statements.map((s) => s.kind)).toEqual(['revoke', 'grant', 'create-trigger']);
    expect((await plan(ledger(true))).statements).toEqual([]);
    const privileges = (await ds.query(
      `SELECT has_table_privilege($1, 'test__line__c', 'UPDATE') AS "update", has_table_privilege($1, 'test__line__c', 'DELETE') AS "delete",
              has_table_privilege($1, 'test__line__c', 'INSERT') AS "insert", has_column_privilege($1, 'test__line__c', $2, 'UPDATE') AS "stamp",
              has_column_privilege($1, 'test__line__c', $3, 'UPDATE') AS "debit"`,
      [APP_ROLE, col('test__Batch__c'), col('test__Debit__c')],
    )) as Record<string, boolean>[];
    expect(privileges).toEqual([{ update: false, delete: false, insert: true, stamp: true, debit: false }]);

    const tenant = await newTenant('balanced');
    const insert = (debit: string, credit: string) =>
      `INSERT INTO "test__line__c" ("tenant_id", "${col('test__Entry__c')}", "${col('test__Debit__c')}", "${col('test__Credit__c')}") VALUES ('${tenant}', 'E1', ${debit}, ${credit})`;
    await expect(
      ds.transaction(async (m) => {
        await m.query(insert('5', '0'));
        await m.query(insert('0', '5'));
      }),
    ).resolves.toBeUndefined();
    await expect(ds.transaction((m) => m.query(insert('5', '0')))).rejects.toThrow(/do not balance/);

    // Back to an ordinary object: the app role gets its privileges back and the trigger goes.
    const back = await migrate(ledger(false));
    expect(back.statements.map((s) => s.kind).sort()).toEqual(['drop-trigger', 'grant', 'revoke']);
    expect((await plan(ledger(false))).statements).toEqual([]);
  });

  it('adds a new field, on a table with rows, with exactly one ADD COLUMN', async () => {
    await migrate(arModel());
    const tenant = await newTenant(`add-${Date.now()}`);
    await ds.query(`INSERT INTO lumary__invoice__c (tenant_id, name) VALUES ($1, 'INV-1')`, [tenant]);

    const withField = arModel([{ apiName: 'lumary__Due_Date__c', type: 'Date', required: true }]);
    const next = await plan(withField);
    expect(next.statements.filter((s) => s.kind === 'add-column').map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__invoice__c" ADD COLUMN "lumary__due_date__c" date',
    ]);
    await applyPlan(ds, next);
    expect((await plan(withField)).statements).toEqual([]);
  });

  it('refuses to drop a removed field without the flag and drops it with the flag', async () => {
    await migrate(arModel([{ apiName: 'lumary__Foo__c', type: 'Text' }]));

    const refused = await plan(arModel());
    expect(refused.statements).toEqual([]);
    expect(refused.refused.map((r) => r.message)).toEqual([
      'refusing to drop column "lumary__invoice__c"."lumary__foo__c": field lumary__Foo__c is no longer in the metadata; pass --allow-destructive to drop it and its data',
    ]);

    const allowed = await plan(arModel(), true);
    expect(allowed.statements.map((s) => s.sql)).toEqual(['ALTER TABLE "lumary__invoice__c" DROP COLUMN "lumary__foo__c"']);
    const applied = await applyPlan(ds, allowed);
    const [row] = (await ds.query('SELECT destructive FROM sys_schema_plan WHERE id = $1', [applied?.id])) as { destructive: boolean }[];
    expect(row.destructive).toBe(true);
    expect(await columnsOf('lumary__invoice__c')).not.toContain('lumary__foo__c');
    expect((await plan(arModel())).statements).toEqual([]);
  });

  it('refuses a type change without the flag and converts the data with it', async () => {
    await migrate(arModel([{ apiName: 'lumary__Ref__c', type: 'Number', precision: 10, scale: 2 }]));
    const tenant = await newTenant(`retype-${Date.now()}`);
    await ds.query(`INSERT INTO lumary__invoice__c (tenant_id, lumary__ref__c) VALUES ($1, 12.5)`, [tenant]);

    const retyped = arModel([{ apiName: 'lumary__Ref__c', type: 'Text' }]);
    const refused = await plan(retyped);
    expect(refused.statements).toEqual([]);
    expect(refused.refused).toMatchObject([{ kind: 'alter-column-type', column: 'lumary__ref__c' }]);

    await migrate(retyped, true);
    const rows = (await ds.query('SELECT lumary__ref__c AS ref FROM lumary__invoice__c')) as { ref: string }[];
    expect(rows).toEqual([{ ref: '12.50' }]);
    expect((await plan(retyped)).statements).toEqual([]);
  });

  it('rolls the whole plan back when a statement fails', async () => {
    const bad = await plan(arModel());
    bad.statements.splice(1, 0, {
      ...bad.statements[0],
      sql: 'ALTER TABLE "no_such_table" ADD COLUMN x text',
    });
    const before = (await ds.query('SELECT count(*)::int AS n FROM sys_schema_plan')) as { n: number }[];

    await expect(applyPlan(ds, bad)).rejects.toMatchObject({
      code: 'PLAN_APPLY_FAILED',
    });
    await expect(applyPlan(ds, bad)).rejects.toBeInstanceOf(StorageError);
    expect((await introspect(ds)).tables.some((t) => t.name === 'lumary__accounting_entity__c')).toBe(false);
    expect(await ds.query('SELECT count(*)::int AS n FROM sys_schema_plan')).toEqual(before);
  });
});

async function columnsOf(table: string): Promise<string[]> {
  const snapshot = await introspect(ds);
  return snapshot.tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
}

interface KeyRow {
  table_name: string;
  name: string;
  kind: string;
  first_column: string;
}

describe('the schema in pg_catalog', () => {
  beforeEach(() => migrate(arModel()));

  it('puts tenant_id first in every primary key, unique constraint, foreign key and index', async () => {
    const keys = (await ds.query(`
      SELECT c.relname AS table_name, con.conname AS name, con.contype AS kind, a.attname AS first_column
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      WHERE c.relname LIKE 'lumary\\_\\_%' AND con.contype IN ('p', 'u', 'f')
      UNION ALL
      SELECT c.relname, ic.relname, 'i', a.attname
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      WHERE c.relname LIKE 'lumary\\_\\_%'
      ORDER BY 1, 2`)) as KeyRow[];
    const kinds = new Set(keys.map((k) => k.kind));
    expect(kinds).toEqual(new Set(['p', 'u', 'f', 'i']));
    expect(keys.filter((k) => k.first_column !== 'tenant_id')).toEqual([]);

    const primaryKeys = (await ds.query(`
      SELECT c.relname AS table_name, pg_get_constraintdef(con.oid) AS def
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE c.relname LIKE 'lumary\\_\\_%' AND con.contype = 'p' ORDER BY 1`)) as {
      def: string;
    }[];
    expect(primaryKeys.map((k) => k.def)).toEqual(['PRIMARY KEY (tenant_id, id)', 'PRIMARY KEY (tenant_id, id)']);
  });

  it('nulls only the lookup column when its target is deleted, and cascades master-detail', async () => {
    const tenant = await newTenant(`fk-${Date.now()}`);
    const [entity] = (await ds.query(`INSERT INTO lumary__accounting_entity__c (tenant_id) VALUES ($1) RETURNING id`, [tenant])) as {
      id: string;
    }[];
    const [parent] = (await ds.query(`INSERT INTO lumary__invoice__c (tenant_id, lumary__entity__c) VALUES ($1, $2) RETURNING id`, [
      tenant,
      entity.id,
    ])) as { id: string }[];
    const [child] = (await ds.query(`INSERT INTO lumary__invoice__c (tenant_id, lumary__parent__c) VALUES ($1, $2) RETURNING id`, [
      tenant,
      parent.id,
    ])) as { id: string }[];

    await ds.query('DELETE FROM lumary__accounting_entity__c WHERE id = $1', [entity.id]);
    const rows = (await ds.query('SELECT id, tenant_id, lumary__parent__c AS parent FROM lumary__invoice__c')) as {
      id: string;
      tenant_id: string;
      parent: string | null;
    }[];
    expect(rows).toEqual([{ id: child.id, tenant_id: tenant, parent: null }]);
  });

  it('rejects a reference to another tenant’s record', async () => {
    const mine = await newTenant(`mine-${Date.now()}`);
    const theirs = await newTenant(`theirs-${Date.now()}`);
    const [entity] = (await ds.query(`INSERT INTO lumary__accounting_entity__c (tenant_id) VALUES ($1) RETURNING id`, [theirs])) as {
      id: string;
    }[];
    await expect(
      ds.query(`INSERT INTO lumary__invoice__c (tenant_id, lumary__entity__c) VALUES ($1, $2)`, [mine, entity.id]),
    ).rejects.toThrow(/foreign key/);
  });

  it('keeps money as exact strings and dates as calendar dates', async () => {
    const tenant = await newTenant(`money-${Date.now()}`);
    await ds.query(
      `INSERT INTO lumary__invoice__c (tenant_id, lumary__amount__c, lumary__invoice_date__c, lumary__tags__c)
       VALUES ($1, '12345678901234.07', '2025-06-30', ARRAY['a', 'b'])`,
      [tenant],
    );
    const [row] = (await ds.query(
      'SELECT lumary__amount__c AS amount, lumary__invoice_date__c AS date, lumary__posted__c AS posted, lumary__tags__c AS tags FROM lumary__invoice__c',
    )) as unknown[];
    expect(row).toEqual({
      amount: '12345678901234.07',
      date: '2025-06-30',
      posted: false,
      tags: ['a', 'b'],
    });
  });
});
