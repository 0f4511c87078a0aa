import type { EntityManager, Repository } from 'typeorm';
import type { SysInstalledPackage } from '../platform.entities';

/** sys_installed_package, a tenant table: use it `in(manager)` of a transaction that names the tenant. */
export class InstalledPackageRepository {
  constructor(private readonly rows: Repository<SysInstalledPackage>) {}

  /** The same repository on a transaction's manager, so its tenant and user settings (row-level security) apply. */
  in(manager: EntityManager): InstalledPackageRepository {
    return new InstalledPackageRepository(manager.withRepository(this.rows));
  }

  /** The tenant's packages, by name. */
  ofTenant(tenantId: string): Promise<SysInstalledPackage[]> {
    return this.rows.find({ where: { tenantId }, order: { packageName: 'ASC' } });
  }

  /** One installed package, locked for the caller's transaction when asked. */
  find(tenantId: string, packageName: string, options: { lock?: boolean } = {}): Promise<SysInstalledPackage | null> {
    return this.rows.findOne({
      where: { tenantId, packageName },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async install(tenantId: string, packageName: string, version: string, licensed: boolean): Promise<void> {
    await this.rows.insert({ tenantId, packageName, version, licensed });
  }

  async setVersion(tenantId: string, packageName: string, version: string): Promise<void> {
    await this.rows.update({ tenantId, packageName }, { version });
  }

  /** Grants or revokes the licence; false when the package is not installed. */
  async setLicensed(tenantId: string, packageName: string, licensed: boolean): Promise<boolean> {
    const result = await this.rows.update({ tenantId, packageName }, { licensed });
    return (result.affected ?? 0) > 0;
  }
}
