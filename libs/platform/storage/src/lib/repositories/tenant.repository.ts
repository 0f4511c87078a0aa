import type { EntityManager, Repository } from 'typeorm';
import type { SysTenant } from '../platform.entities';

/**
 * sys_tenant: not under row-level security (sign-in and operators find tenants by slug); the
 * application's role may read and create tenants and bump their metadata version, nothing else.
 */
export class TenantRepository {
  constructor(private readonly rows: Repository<SysTenant>) {}

  /** The same repository on a transaction's manager, so its tenant and user settings (row-level security) apply. */
  in(manager: EntityManager): TenantRepository {
    return new TenantRepository(manager.withRepository(this.rows));
  }

  /** A new tenant's id; undefined when the slug is taken (its unique key decides a race). */
  async insertUnlessSlugTaken(tenant: Pick<SysTenant, 'name' | 'slug' | 'timeZone'>): Promise<string | undefined> {
    const result = await this.rows.createQueryBuilder().insert().values(tenant).orIgnore().returning(['id']).execute();
    return (result.raw as { id: string }[])[0]?.id;
  }

  findBySlug(slug: string): Promise<SysTenant | null> {
    return this.rows.findOne({ where: { slug } });
  }

  /** Whether the database has any tenant (the demo seed runs only on an empty one). */
  any(): Promise<boolean> {
    return this.rows.exists();
  }

  /** Oldest first. */
  list(): Promise<SysTenant[]> {
    return this.rows.find({ order: { createdDate: 'ASC', slug: 'ASC' } });
  }

  /** The tenant's metadata version (a bigint as a string); undefined for no such tenant. */
  async metadataVersion(tenantId: string): Promise<string | undefined> {
    const row = await this.rows.findOne({ select: { id: true, metadataVersion: true }, where: { id: tenantId } });
    return row ? String(row.metadataVersion) : undefined;
  }

  /** Locks the tenant's row for the caller's transaction: one Setup change at a time per tenant. */
  async lockForSetup(tenantId: string): Promise<void> {
    await this.rows.findOne({ select: { id: true, metadataVersion: true }, where: { id: tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Tells every API process that the tenant's metadata changed. */
  async bumpMetadataVersion(tenantId: string): Promise<void> {
    await this.rows.increment({ id: tenantId }, 'metadataVersion', 1);
  }
}
