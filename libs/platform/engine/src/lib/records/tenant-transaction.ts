import type { DataSource, EntityManager } from 'typeorm';
import { USER_SETTING } from '@platform/storage';
import type { RequestContext } from './request-context';
import { applySharing } from './sharing';

/**
 * Runs work in one transaction scoped to the caller's tenant: `app.tenant_id` is set with
 * set_config(..., true), i.e. SET LOCAL, so it ends with the transaction and never leaks to the
 * next user of a pooled connection. It is what PostgreSQL row-level security checks: the app's
 * connection (@platform/storage's `database.dataSource`, as lumary_app) sees and writes only this
 * tenant's rows inside the transaction, and none outside one.
 */
export function inTenant<T>(dataSource: DataSource, ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  // A signed-in user's transaction also names the user (new records' owner by default) and
  // carries their sharing, which row-level security applies to every statement in it.
  return inTenantId(dataSource, ctx.tenantId, async (manager) => {
    if (ctx.userId) await manager.query(`SELECT set_config('${USER_SETTING}', $1, true)`, [ctx.userId]);
    await applySharing(manager, ctx);
    return work(manager);
  });
}

/** inTenant for work that knows only the tenant's id. */
export async function inTenantId<T>(dataSource: DataSource, tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(async (manager) => {
        await setTenant(manager, tenantId);
        return work(manager);
      });
    } catch (error) {
      // A deadlock or serialization failure rolled the whole transaction back: run it again, a
      // few times, after a short random pause (the other transaction goes first).
      if (attempt >= RETRIES || !RETRIED.has(sqlState(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

function sqlState(error: unknown): string {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  return String(e?.code ?? e?.driverError?.code ?? '');
}

/** PostgreSQL's serialization_failure and deadlock_detected: the transaction may simply be run again. */
const RETRIED = new Set(['40001', '40P01']);
const RETRIES = 4;

/** Names the tenant for the rest of the manager's transaction (SET LOCAL semantics). */
export async function setTenant(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}
