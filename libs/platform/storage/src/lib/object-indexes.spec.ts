import type { ObjectIndexDef, Registry } from '@platform/metadata';
import type { Database } from './database';
import { desiredSchema } from './desired-schema';
import { arModel } from './metadata.fixtures';
import { planSchema } from './planner';
import { applyPlan } from './schema-apply';
import { introspect } from './schema-introspection';
import type { SchemaSnapshot } from './schema-snapshot';
import { constraintName } from './sql';
import { createTestDatabase } from './testing';

/** The AR-shaped test model with composite indexes declared on its invoices. */
function withIndexes(...indexes: string[][]): Registry {
  const model = arModel([{ apiName: 'lumary__Status__c', type: 'Picklist' }]);
  const invoice = model.object('lumary__Invoice__c');
  if (!invoice) throw new Error('no invoice object');
  invoice.indexes = indexes.map((fields): ObjectIndexDef => ({ fields }));
  return model;
}

/** A database that already has exactly what the model asks for. */
const applied = (model: Registry): SchemaSnapshot => ({ schema: 'public', tables: structuredClone(desiredSchema(model).tables) });
const invoiceIndexes = (model: Registry) => desiredSchema(model).tables.find((t) => t.name === 'lumary__invoice__c')?.indexes ?? [];

describe('declared indexes in the planned schema', () => {
  it('become a non-unique index on tenant_id and the fields’ columns, named by the planner', () => {
    const indexes = invoiceIndexes(
      withIndexes(['lumary__Parent__c', 'lumary__Status__c'], ['lumary__Regarding__c', 'lumary__Invoice_Date__c']),
    );
    expect(indexes.slice(-2)).toEqual([
      {
        name: 'lumary__invoice__c__lumary__parent__c__lumary__status__c__ix',
        columns: ['tenant_id', 'lumary__parent__c', 'lumary__status__c'],
        unique: false,
      },
      // A polymorphic lookup is indexed by its id column; a name over 63 bytes is cut and hashed.
      {
        name: constraintName(['lumary__invoice__c', 'lumary__regarding__c', 'lumary__invoice_date__c'], '__ix'),
        columns: ['tenant_id', 'lumary__regarding__c', 'lumary__invoice_date__c'],
        unique: false,
      },
    ]);
    expect(indexes.every((ix) => Buffer.byteLength(ix.name) <= 63 && ix.name.endsWith('__ix'))).toBe(true);
  });

  it('replace the lookup’s own index when they start with its column', () => {
    const columns = (model: Registry) => invoiceIndexes(model).map((ix) => ix.columns.join(','));
    expect(columns(withIndexes())).toContain('tenant_id,lumary__parent__c');
    expect(columns(withIndexes(['lumary__Parent__c', 'lumary__Status__c']))).toEqual([
      'tenant_id,owner_id',
      'tenant_id,lumary__entity__c',
      'tenant_id,lumary__regarding__c',
      'tenant_id,lumary__external_id__c',
      'tenant_id,lumary__parent__c,lumary__status__c',
    ]);
  });

  it('adding one to an existing table plans one CREATE INDEX (and drops the index it replaces); removing it plans the reverse', () => {
    const before = withIndexes();
    const after = withIndexes(['lumary__Entity__c', 'lumary__Status__c', 'lumary__Invoice_Date__c']);
    const wide = constraintName(['lumary__invoice__c', 'lumary__entity__c', 'lumary__status__c', 'lumary__invoice_date__c'], '__ix');
    const plan = planSchema(after, applied(before));
    expect(plan.refused).toEqual([]);
    expect(plan.statements.map((s) => [s.kind, s.sql, s.reason, s.destructive])).toEqual([
      ['drop-index', 'DROP INDEX "lumary__invoice__c__lumary__entity__c__ix"', 'no longer needed by the metadata', false],
      [
        'create-index',
        `CREATE INDEX "${wide}" ON "lumary__invoice__c" ("tenant_id", "lumary__entity__c", "lumary__status__c", "lumary__invoice_date__c")`,
        'look-ups by field lumary__Invoice__c.lumary__Entity__c, then field lumary__Invoice__c.lumary__Status__c, then field lumary__Invoice__c.lumary__Invoice_Date__c',
        false,
      ],
    ]);
    expect(planSchema(before, applied(after)).statements.map((s) => s.sql)).toEqual([
      `DROP INDEX "${wide}"`,
      'CREATE INDEX "lumary__invoice__c__lumary__entity__c__ix" ON "lumary__invoice__c" ("tenant_id", "lumary__entity__c")',
    ]);
  });

  it('plan nothing once applied, and change the fingerprint', () => {
    const model = withIndexes(['lumary__Parent__c', 'lumary__Status__c']);
    expect(planSchema(model, applied(model)).statements).toEqual([]);
    expect(desiredSchema(model).fingerprint).not.toBe(desiredSchema(withIndexes()).fingerprint);
  });

  it('refuse an index naming a field the object does not store', () => {
    const plan = planSchema(withIndexes(['lumary__Balance__c']), { schema: 'public', tables: [] });
    expect(plan.refused).toEqual([
      {
        kind: 'unknown-index-field',
        table: 'lumary__invoice__c',
        message:
          'an index of lumary__Invoice__c names lumary__Balance__c, which is not a stored field of the object: the index is not created',
      },
    ]);
  });
});

describe('declared indexes in the database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  it('are created on a table with rows, read back by introspection, and serve the look-up', async () => {
    const ds = db.owner;
    await applyPlan(ds, planSchema(withIndexes(), await introspect(ds)));
    const [{ id: tenant }] = (await ds.query(`INSERT INTO sys_tenant (name, slug) VALUES ('ix', 'ix') RETURNING id`)) as { id: string }[];
    const [{ id: entity }] = (await ds.query(`INSERT INTO lumary__accounting_entity__c (tenant_id, name) VALUES ($1, 'E') RETURNING id`, [
      tenant,
    ])) as { id: string }[];
    await ds.query(
      `INSERT INTO lumary__invoice__c (tenant_id, lumary__entity__c, lumary__status__c)
       SELECT $1, $2, (ARRAY['Open', 'Paid', 'Void'])[1 + g % 3] FROM generate_series(1, 3000) g`,
      [tenant, entity],
    );

    const after = withIndexes(['lumary__Entity__c', 'lumary__Status__c']);
    const plan = planSchema(after, await introspect(ds));
    expect(plan.statements.map((s) => s.kind)).toEqual(['drop-index', 'create-index']);
    await applyPlan(ds, plan);
    const name = 'lumary__invoice__c__lumary__entity__c__lumary__status__c__ix';
    expect((await introspect(ds)).tables.find((t) => t.name === 'lumary__invoice__c')?.indexes.map((ix) => ix.name)).toContain(name);
    expect(planSchema(after, await introspect(ds)).statements).toEqual([]);

    // One entity holds every row here, so the planner may rightly prefer a scan: forbid it, to
    // show the index serves the look-up.
    const explain = await ds.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return (await m.query(
        `EXPLAIN SELECT count(*) FROM lumary__invoice__c WHERE tenant_id = $1 AND lumary__entity__c = $2 AND lumary__status__c = 'Open'`,
        [tenant, entity],
      )) as { 'QUERY PLAN': string }[];
    });
    expect(explain.map((r) => r['QUERY PLAN']).join('\n')).toContain(name);
  });
});
