import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from './request-context';

/**
 * Runs work in one transaction scoped to the caller's tenant: `app.tenant_id` is set with
 * set_config(..., true), i.e. SET LOCAL, so it ends with the transaction and never leaks to the
 * next user of a pooled connection. It is what PostgreSQL row-level security checks: the app's
 * connection (@platform/storage's `database.dataSource`, as lumary_app) sees and writes only this
 * tenant's rows inside the transaction, and none outside one.
 */
export function inTenant<T>(dataSource: DataSource, ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return inTenantId(dataSource, ctx.tenantId, work);
}

/** inTenant for work that knows only the tenant's id. */
export function inTenantId<T>(dataSource: DataSource, tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await setTenant(manager, tenantId);
    return work(manager);
  });
}

/** Names the tenant for the rest of the manager's transaction (SET LOCAL semantics). */
export async function setTenant(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}
