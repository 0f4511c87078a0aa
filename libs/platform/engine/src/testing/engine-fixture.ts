import { join } from 'node:path';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadPackages } from '@platform/metadata';
import { applyPlan, createTestDatabase, introspect, planSchema, type Database } from '@platform/storage';
import { RecordEngine } from '../lib/record-engine';
import { requestContext, type RequestContext } from '../lib/records/request-context';

export const repoRoot = join(__dirname, '../../../../..');

/** Core, the platform's fixture package and the every-type fixture, on a fresh database with two tenants. */
export async function engineFixture(): Promise<{
  db: Database;
  engine: RecordEngine;
  tenantA: RequestContext;
  tenantB: RequestContext;
  close(): Promise<void>;
}> {
  const dirs = [
    join(repoRoot, 'metadata/core'),
    join(repoRoot, 'libs/platform/testing/metadata/fixture'),
    join(__dirname, '../fixtures/every-type'),
  ];
  const { registry, errors } = await loadPackages(dirs, { checks: [checkMetadataFormulas] });
  if (errors.length) throw new Error(formatErrors(errors));
  const db = await createTestDatabase();
  // The schema and the tenants are the owner's work; the engine runs as the app role, under RLS.
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  const tenant = async (slug: string) => {
    const [row] = (await db.owner.query(`INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`, [slug])) as { id: string }[];
    return requestContext(row.id, null);
  };
  return {
    db,
    engine: new RecordEngine(registry, db.dataSource),
    tenantA: await tenant('tenant-a'),
    tenantB: await tenant('tenant-b'),
    close: () => db.close(),
  };
}
