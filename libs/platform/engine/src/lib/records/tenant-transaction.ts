import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from './request-context';

/**
 * Runs work in one transaction scoped to the caller's tenant: `app.tenant_id` is set with
 * set_config(..., true), i.e. SET LOCAL, so it ends with the transaction and never leaks to the
 * next user of a pooled connection.
 */
export function inTenant<T>(dataSource: DataSource, ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [ctx.tenantId]);
    return work(manager);
  });
}
