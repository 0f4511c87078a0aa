import { MAX_IDENTIFIER_LENGTH } from '@platform/metadata';
import { desiredSchema } from './desired-schema';
import { arModel, object, registry } from './metadata.fixtures';
import { planSchema } from './planner';
import type { SchemaPlan, StatementKind } from './schema-plan';
import type { SchemaSnapshot, TableShape } from './schema-snapshot';

const empty: SchemaSnapshot = { schema: 'public', tables: [] };

/** A database that already has exactly what the metadata asks for. */
const appliedSnapshot = (model = arModel()): SchemaSnapshot => ({
  schema: 'public',
  tables: structuredClone(desiredSchema(model).tables),
});

const kinds = (plan: SchemaPlan): StatementKind[] => plan.statements.map((s) => s.kind);
const ofKind = (plan: SchemaPlan, kind: StatementKind) => plan.statements.filter((s) => s.kind === kind);
const table = (snapshot: SchemaSnapshot, name: string): TableShape => {
  const found = snapshot.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};

describe('planSchema on an empty database', () => {
  const plan = planSchema(arModel(), empty);

  it('creates one table per object, quoted, before any foreign key', () => {
    const creates = ofKind(plan, 'create-table');
    expect(creates.map((s) => s.table)).toEqual(['lumary__accounting_entity__c', 'lumary__invoice__c']);
    expect(creates[0].sql).toMatch(/^CREATE TABLE "lumary__accounting_entity__c" \(/);
    const lastCreate = plan.statements.lastIndexOf(creates[1]);
    const firstForeignKey = kinds(plan).indexOf('add-foreign-key');
    expect(firstForeignKey).toBeGreaterThan(lastCreate);
    expect(plan.refused).toEqual([]);
  });

  it('maps field types to columns, system columns first', () => {
    const invoice = ofKind(plan, 'create-table')[1].sql;
    expect(invoice).toContain('"tenant_id" uuid NOT NULL,\n  "id" uuid NOT NULL DEFAULT gen_random_uuid(),');
    expect(invoice).toContain(`"custom" jsonb NOT NULL DEFAULT '{}'::jsonb`);
    expect(invoice).toContain('"name" text,');
    expect(invoice).toContain('"lumary__amount__c" numeric(16,2),');
    expect(invoice).toContain('"lumary__invoice_date__c" date,');
    expect(invoice).toContain('"lumary__posted__c" boolean NOT NULL DEFAULT false,');
    expect(invoice).toContain('"lumary__tags__c" text[],');
    expect(invoice).toContain('"lumary__regarding__c" uuid,\n  "lumary__regarding__c_type" text,');
    expect(invoice).not.toContain('lumary__balance__c'); // Formula: no column
    expect(invoice).toContain('CONSTRAINT "lumary__invoice__c__pk" PRIMARY KEY ("tenant_id", "id")');
  });

  it('derives roll-up columns from what they summarise', () => {
    const entity = ofKind(plan, 'create-table')[0].sql;
    expect(entity).toContain('"lumary__invoice_total__c" numeric(18,2),');
    expect(entity).toContain('"lumary__invoice_count__c" integer NOT NULL DEFAULT 0,');
    expect(entity).toContain('"lumary__last_invoice__c" date,');
  });

  it('adds composite foreign keys for single-target references only', () => {
    const sql = ofKind(plan, 'add-foreign-key').map((s) => s.sql);
    expect(sql).toContain(
      'ALTER TABLE "lumary__invoice__c" ADD CONSTRAINT "lumary__invoice__c__lumary__entity__c__fk" FOREIGN KEY ("tenant_id", "lumary__entity__c") REFERENCES "lumary__accounting_entity__c" ("tenant_id", "id") ON DELETE CASCADE',
    );
    expect(sql).toContain(
      'ALTER TABLE "lumary__invoice__c" ADD CONSTRAINT "lumary__invoice__c__lumary__parent__c__fk" FOREIGN KEY ("tenant_id", "lumary__parent__c") REFERENCES "lumary__invoice__c" ("tenant_id", "id") ON DELETE SET NULL ("lumary__parent__c")',
    );
    expect(sql.some((s) => s.includes('lumary__regarding__c'))).toBe(false);
    expect(sql.filter((s) => s.includes('REFERENCES "sys_tenant" ("id")'))).toHaveLength(2);
  });

  it('indexes references and external ids, and makes unique fields unique per tenant', () => {
    expect(ofKind(plan, 'create-index').map((s) => s.sql)).toEqual([
      'CREATE INDEX "lumary__accounting_entity__c__owner_id__ix" ON "lumary__accounting_entity__c" ("tenant_id", "owner_id")',
      'CREATE INDEX "lumary__invoice__c__owner_id__ix" ON "lumary__invoice__c" ("tenant_id", "owner_id")',
      'CREATE INDEX "lumary__invoice__c__lumary__entity__c__ix" ON "lumary__invoice__c" ("tenant_id", "lumary__entity__c")',
      'CREATE INDEX "lumary__invoice__c__lumary__parent__c__ix" ON "lumary__invoice__c" ("tenant_id", "lumary__parent__c")',
      'CREATE INDEX "lumary__invoice__c__lumary__regarding__c__ix" ON "lumary__invoice__c" ("tenant_id", "lumary__regarding__c")',
      'CREATE INDEX "lumary__invoice__c__lumary__external_id__c__ix" ON "lumary__invoice__c" ("tenant_id", "lumary__external_id__c")',
    ]);
    expect(ofKind(plan, 'add-unique').map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__accounting_entity__c" ADD CONSTRAINT "lumary__accounting_entity__c__lumary__code__c__uq" UNIQUE ("tenant_id", "lumary__code__c")',
    ]);
  });

  it('puts tenant_id first in every key it asks for', () => {
    for (const t of desiredSchema(arModel()).tables) {
      const keys = [t.primaryKey, ...t.uniques, ...t.foreignKeys, ...t.indexes];
      for (const key of keys) expect(key?.columns[0]).toBe('tenant_id');
    }
  });

  it('puts every table under tenant isolation: RLS, the tenant policy, the sharing policies and the app role’s grants', () => {
    const condition = `(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)`;
    for (const name of ['lumary__accounting_entity__c', 'lumary__invoice__c']) {
      expect(
        plan.statements
          .filter((s) => s.table === name && ['enable-row-security', 'create-policy', 'grant'].includes(s.kind))
          .map((s) => s.sql.replace(/ USING .*/, '')),
      ).toEqual([
        `ALTER TABLE "${name}" ENABLE ROW LEVEL SECURITY`,
        `CREATE POLICY "tenant_isolation" ON "${name}"`,
        `CREATE POLICY "sharing_read" ON "${name}" AS RESTRICTIVE FOR SELECT`,
        `CREATE POLICY "sharing_update" ON "${name}" AS RESTRICTIVE FOR UPDATE`,
        `CREATE POLICY "sharing_delete" ON "${name}" AS RESTRICTIVE FOR DELETE`,
        `GRANT DELETE, INSERT, SELECT, UPDATE ON "${name}" TO "lumary_app"`,
      ]);
    }
    expect(
      ofKind(plan, 'create-policy').find((s) => s.table === 'lumary__invoice__c' && s.sql.includes('tenant_isolation'))?.sql,
    ).toContain(`USING ${condition} WITH CHECK ${condition}`);
    // The entity is its own: owner or whole table. The invoice, its master-detail child, follows the entity.
    const sharing = (table: string, name: string) =>
      ofKind(plan, 'create-policy').find((s) => s.table === table && s.sql.includes(name))?.sql;
    expect(sharing('lumary__accounting_entity__c', 'sharing_read')).toContain(
      `USING ((tenant_id = ANY (sys_read_all('lumary__accounting_entity__c'::text))) OR (owner_id = ANY (sys_owners())) OR (id = ANY (( SELECT sys_shared('lumary__accounting_entity__c'::text, false) AS sys_shared)::uuid[])))`,
    );
    expect(sharing('lumary__invoice__c', 'sharing_read')).toContain('EXISTS ( SELECT 1 FROM lumary__accounting_entity__c m1');
    expect(sharing('lumary__invoice__c', 'sharing_update')).toContain(`(m1.owner_id = ANY (sys_owners()))`);
    expect(sharing('lumary__invoice__c', 'sharing_update')).toMatch(/WITH CHECK \(true\)$/);
    const lastCreate = plan.statements.map((s) => s.kind).lastIndexOf('create-table');
    expect(kinds(plan).indexOf('enable-row-security')).toBeGreaterThan(lastCreate);
  });

  it('is deterministic', () => {
    expect(planSchema(arModel(), empty)).toEqual(plan);
  });
});

describe('planSchema on a table without tenant isolation', () => {
  it('adds only what is missing, and nothing destructive', () => {
    const snapshot = appliedSnapshot();
    const invoice = table(snapshot, 'lumary__invoice__c');
    invoice.rowSecurity = false;
    invoice.policies = [];
    invoice.grants = [
      { grantee: 'lumary_app', privileges: ['SELECT'] },
      { grantee: 'reporting', privileges: ['SELECT'] },
    ];
    const plan = planSchema(arModel(), snapshot);
    expect(plan.statements.map((s) => [s.kind, s.table, s.destructive])).toEqual([
      ['enable-row-security', 'lumary__invoice__c', false],
      ['create-policy', 'lumary__invoice__c', false],
      ['create-policy', 'lumary__invoice__c', false],
      ['create-policy', 'lumary__invoice__c', false],
      ['create-policy', 'lumary__invoice__c', false],
      ['grant', 'lumary__invoice__c', false],
    ]);
    expect(ofKind(plan, 'grant')[0].sql).toBe('GRANT DELETE, INSERT, UPDATE ON "lumary__invoice__c" TO "lumary_app"');
  });

  it('replaces a policy that is not the platform’s, which could only widen what a tenant sees', () => {
    const snapshot = appliedSnapshot();
    const invoice = table(snapshot, 'lumary__invoice__c');
    invoice.policies = [
      { ...invoice.policies[0], using: 'true' },
      {
        ...invoice.policies[0],
        name: 'everyone',
        using: 'true',
        withCheck: null,
      },
      ...invoice.policies.slice(1),
    ];
    expect(planSchema(arModel(), snapshot).statements.map((s) => s.sql)).toEqual([
      'DROP POLICY "tenant_isolation" ON "lumary__invoice__c"',
      'DROP POLICY "everyone" ON "lumary__invoice__c"',
      expect.stringMatching(/^CREATE POLICY "tenant_isolation" ON "lumary__invoice__c" USING /),
    ]);
  });
});

describe('planSchema on a database that is up to date', () => {
  it('plans nothing', () => {
    const plan = planSchema(arModel(), appliedSnapshot());
    expect(plan.statements).toEqual([]);
    expect(plan.refused).toEqual([]);
  });

  it('leaves tables it did not create and platform tables alone', () => {
    const snapshot = appliedSnapshot();
    const stranger = {
      ...table(snapshot, 'lumary__invoice__c'),
      name: 'legacy_import',
      comment: null,
    };
    const platform = {
      ...table(snapshot, 'lumary__invoice__c'),
      name: 'sys_tenant',
      comment: 'platform object X',
    };
    snapshot.tables.push(stranger, platform);
    expect(planSchema(arModel(), snapshot, { allowDestructive: true }).statements).toEqual([]);
  });
});

describe('planSchema when metadata changes', () => {
  it('adds a new field as one column (and its comment)', () => {
    const plan = planSchema(arModel([{ apiName: 'lumary__Due_Date__c', type: 'Date', required: true }]), appliedSnapshot());
    expect(ofKind(plan, 'add-column').map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__invoice__c" ADD COLUMN "lumary__due_date__c" date',
    ]);
    expect(kinds(plan)).toEqual(['add-column', 'comment']);
    expect(plan.statements.every((s) => !s.destructive)).toBe(true);
  });

  it('adds a new object as a table with its keys', () => {
    const model = arModel();
    model.addObject(
      object('lumary__Receipt__c', [
        {
          apiName: 'lumary__Invoice__c',
          type: 'Lookup',
          referenceTo: ['lumary__Invoice__c'],
          deleteConstraint: 'Restrict',
        },
      ]),
    );
    const plan = planSchema(model, appliedSnapshot());
    expect(ofKind(plan, 'create-table').map((s) => s.table)).toEqual(['lumary__receipt__c']);
    expect(ofKind(plan, 'add-foreign-key').map((s) => s.sql)[1]).toMatch(
      /REFERENCES "lumary__invoice__c" \("tenant_id", "id"\) ON DELETE RESTRICT$/,
    );
  });

  it('refuses to drop the column of a removed field, and says why', () => {
    const snapshot = appliedSnapshot(arModel([{ apiName: 'lumary__Foo__c', type: 'Text' }]));
    const plan = planSchema(arModel(), snapshot);
    expect(plan.statements).toEqual([]);
    expect(plan.refused).toEqual([
      {
        kind: 'drop-column',
        table: 'lumary__invoice__c',
        column: 'lumary__foo__c',
        message:
          'refusing to drop column "lumary__invoice__c"."lumary__foo__c": field lumary__Foo__c is no longer in the metadata; pass --allow-destructive to drop it and its data',
      },
    ]);
  });

  it('drops the column of a removed field when allowed', () => {
    const snapshot = appliedSnapshot(arModel([{ apiName: 'lumary__Foo__c', type: 'Text' }]));
    const plan = planSchema(arModel(), snapshot, { allowDestructive: true });
    expect(plan.refused).toEqual([]);
    expect(plan.statements).toMatchObject([
      {
        kind: 'drop-column',
        destructive: true,
        sql: 'ALTER TABLE "lumary__invoice__c" DROP COLUMN "lumary__foo__c"',
      },
    ]);
  });

  it('drops a removed lookup: its foreign key and index freely, its column only when allowed', () => {
    const before = arModel([
      {
        apiName: 'lumary__Other__c',
        type: 'Lookup',
        referenceTo: ['lumary__Accounting_Entity__c'],
      },
    ]);
    const plan = planSchema(arModel(), appliedSnapshot(before));
    expect(kinds(plan)).toEqual(['drop-foreign-key', 'drop-index']);
    expect(plan.refused.map((r) => r.kind)).toEqual(['drop-column']);
  });

  it('refuses a type change unless allowed, then converts with USING', () => {
    const snapshot = appliedSnapshot(arModel([{ apiName: 'lumary__Ref__c', type: 'Number', precision: 10 }]));
    const retyped = arModel([{ apiName: 'lumary__Ref__c', type: 'Text' }]);
    const refused = planSchema(retyped, snapshot);
    expect(refused.statements).toEqual([]);
    expect(refused.refused).toHaveLength(1);
    expect(refused.refused[0].message).toBe(
      'refusing to change the type of column "lumary__invoice__c"."lumary__ref__c" from numeric(10,0) to text: field lumary__Invoice__c.lumary__Ref__c is now text (was numeric(10,0)); converting can fail or lose data, pass --allow-destructive to convert it (USING "lumary__ref__c"::text)',
    );
    const allowed = planSchema(retyped, snapshot, { allowDestructive: true });
    expect(allowed.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__invoice__c" ALTER COLUMN "lumary__ref__c" TYPE text USING "lumary__ref__c"::text',
    ]);
  });

  it('fills and tightens a column that becomes a Checkbox', () => {
    const snapshot = appliedSnapshot(arModel([{ apiName: 'lumary__Flag__c', type: 'Text' }]));
    const plan = planSchema(arModel([{ apiName: 'lumary__Flag__c', type: 'Checkbox' }]), snapshot, { allowDestructive: true });
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__invoice__c" ALTER COLUMN "lumary__flag__c" TYPE boolean USING "lumary__flag__c"::boolean',
      'UPDATE "lumary__invoice__c" SET "lumary__flag__c" = false WHERE "lumary__flag__c" IS NULL',
      'ALTER TABLE "lumary__invoice__c" ALTER COLUMN "lumary__flag__c" SET DEFAULT false, ALTER COLUMN "lumary__flag__c" SET NOT NULL',
    ]);
  });

  it('does not key a column whose type change was refused', () => {
    const snapshot = appliedSnapshot(arModel([{ apiName: 'lumary__Ref__c', type: 'Text' }]));
    const plan = planSchema(
      arModel([
        {
          apiName: 'lumary__Ref__c',
          type: 'Lookup',
          referenceTo: ['lumary__Invoice__c'],
        },
      ]),
      snapshot,
    );
    expect(plan.statements).toEqual([]);
    expect(plan.refused.map((r) => r.kind)).toEqual(['alter-column-type']);
  });

  it('refuses to drop the table of a removed object unless allowed', () => {
    const snapshot = appliedSnapshot();
    const withoutEntity = registry(...arModel().objects.filter((o) => o.apiName !== 'lumary__Accounting_Entity__c'));
    const plan = planSchema(withoutEntity, snapshot);
    expect(plan.refused.map((r) => r.message)).toContain(
      'refusing to drop table "lumary__accounting_entity__c": object lumary__Accounting_Entity__c is no longer in the metadata; pass --allow-destructive to drop it and its data',
    );
    const allowed = planSchema(withoutEntity, snapshot, {
      allowDestructive: true,
    });
    expect(ofKind(allowed, 'drop-table').map((s) => s.sql)).toEqual(['DROP TABLE "lumary__accounting_entity__c"']);
    // The master-detail foreign key into it goes first.
    expect(kinds(allowed)[0]).toBe('drop-foreign-key');
  });

  it('drops a unique constraint the metadata no longer asks for, without the flag', () => {
    const model = arModel();
    const code = model.field('lumary__Accounting_Entity__c', 'lumary__Code__c');
    if (code) code.unique = false;
    const plan = planSchema(model, appliedSnapshot());
    expect(plan.statements.map((s) => s.sql)).toEqual([
      'ALTER TABLE "lumary__accounting_entity__c" DROP CONSTRAINT "lumary__accounting_entity__c__lumary__code__c__uq"',
    ]);
  });

  it('replaces a foreign key whose delete rule changed', () => {
    const model = arModel();
    const parent = model.field('lumary__Invoice__c', 'lumary__Parent__c');
    if (parent) parent.deleteConstraint = 'Restrict';
    const plan = planSchema(model, appliedSnapshot());
    expect(kinds(plan)).toEqual(['drop-foreign-key', 'add-foreign-key']);
  });
});

describe('planSchema on metadata it cannot store', () => {
  it('creates a lookup to an unknown object without a foreign key, and refuses the key', () => {
    const model = registry(object('Thing__c', [{ apiName: 'Owner__c', type: 'Lookup', referenceTo: ['Nowhere__c'] }]));
    const plan = planSchema(model, empty);
    expect(ofKind(plan, 'create-table')[0].sql).toContain('"owner__c" uuid');
    expect(plan.refused).toMatchObject([{ kind: 'unknown-reference', column: 'owner__c' }]);
  });

  it('refuses a field whose column another field already uses', () => {
    const model = registry(
      object('Thing__c', [
        {
          apiName: 'Parent__c',
          type: 'Lookup',
          referenceTo: ['Thing__c', 'Other__c'],
        },
        { apiName: 'Parent__c_type', type: 'Text' },
      ]),
    );
    expect(planSchema(model, empty).refused).toMatchObject([{ kind: 'column-conflict', column: 'parent__c_type' }]);
  });

  it('keeps generated names within the Postgres identifier limit', () => {
    const long = `lumary__${'Very_Long_Name_'.repeat(3)}__c`;
    const model = registry(
      object(long, [
        {
          apiName: `lumary__${'Another_Long_Field_'.repeat(2)}__c`,
          type: 'Lookup',
          referenceTo: [long],
        },
      ]),
    );
    const names = desiredSchema(model).tables.flatMap((t) => [
      t.primaryKey?.name ?? '',
      ...t.foreignKeys.map((k) => k.name),
      ...t.indexes.map((k) => k.name),
    ]);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_IDENTIFIER_LENGTH);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.endsWith('__fk'))).toHaveLength(2);
  });

  it('qualifies tables outside the public schema', () => {
    const plan = planSchema(arModel(), { schema: 'tenant_a', tables: [] });
    expect(ofKind(plan, 'create-table')[0].sql).toMatch(/^CREATE TABLE "tenant_a"."lumary__accounting_entity__c"/);
  });
});
