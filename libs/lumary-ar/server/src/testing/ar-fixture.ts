import { join } from 'node:path';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadPackages } from '@platform/metadata';
import { applyPlan, createTestDatabase, introspect, planSchema, type Database } from '@platform/storage';
import { registerLumaryAr } from '../lib/register-lumary-ar';

const repoRoot = join(__dirname, '../../../../..');

/** The real packages on a fresh database, the AR package's triggers registered, and a way to make tenants. */
export async function arFixture(): Promise<{
  db: Database;
  engine: RecordEngine;
  newTenant(): Promise<RequestContext>;
  close(): Promise<void>;
}> {
  const { registry, errors } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'metadata/lumary-ar')], {
    checks: [checkMetadataFormulas],
  });
  if (errors.length) throw new Error(formatErrors(errors));
  const db = await createTestDatabase();
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  const engine = new RecordEngine(registry, db.dataSource);
  registerLumaryAr(engine);
  let n = 0;
  const newTenant = async () => {
    const slug = `t-${process.pid}-${++n}`;
    const [row] = (await db.owner.query(`INSERT INTO sys_tenant (name, slug) VALUES ($1, $1) RETURNING id`, [slug])) as { id: string }[];
    return requestContext(row.id, null);
  };
  return { db, engine, newTenant, close: () => db.close() };
}
