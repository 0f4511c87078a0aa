import type { DataSource, EntityManager } from 'typeorm';
import type { PlannedStatement, SchemaPlan } from './schema-plan';
import { StorageError } from './storage.errors';

export interface AppliedPlan {
  /** The sys_schema_plan row that records it. */
  id: number;
  statements: PlannedStatement[];
}

/**
 * Runs a plan's statements in one transaction (Postgres DDL is transactional, so a failure leaves
 * the schema as it was) and records them in sys_schema_plan. Refusals are not applied: they are
 * what the plan left out. Returns null when there was nothing to run.
 */
export async function applyPlan(dataSource: DataSource, plan: SchemaPlan): Promise<AppliedPlan | null> {
  if (plan.statements.length === 0) return null;
  return dataSource.transaction(async (manager) => {
    for (const statement of plan.statements) await run(manager, statement);
    const rows = (await manager.query(
      `INSERT INTO "sys_schema_plan" ("statements", "destructive", "metadata_fingerprint")
       VALUES ($1::jsonb, $2, $3) RETURNING "id"`,
      [JSON.stringify(plan.statements), plan.statements.some((s) => s.destructive), plan.fingerprint],
    )) as { id: number }[];
    return { id: rows[0].id, statements: plan.statements };
  });
}

async function run(manager: EntityManager, statement: PlannedStatement): Promise<void> {
  try {
    await manager.query(statement.sql);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StorageError('PLAN_APPLY_FAILED', `schema plan failed and was rolled back: ${reason}\n  while running: ${statement.sql}`, {
      cause: err,
    });
  }
}
