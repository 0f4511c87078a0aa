import type { DataSource, EntityManager } from 'typeorm';
import {
  SysInstalledPackageEntity,
  SysMetadataOverlayEntity,
  SysPermissionSetAssignmentEntity,
  SysTenantEntity,
} from '../platform.entities';
import { InstalledPackageRepository } from './installed-package.repository';
import { MetadataOverlayRepository } from './metadata-overlay.repository';
import { PermissionSetAssignmentRepository } from './permission-set-assignment.repository';
import { TenantRepository } from './tenant.repository';

/**
 * The repositories of the platform's own sys_* tables. In the API they are Nest providers (the
 * API's PlatformStorageModule, on TypeORM's repositories from `TypeOrmModule.forFeature`); each
 * service is given them and, inside a tenant's transaction, uses `repository.in(manager)` so the
 * transaction's tenant and user settings (row-level security) apply.
 */
export interface PlatformRepositories {
  tenants: TenantRepository;
  installedPackages: InstalledPackageRepository;
  overlays: MetadataOverlayRepository;
  assignments: PermissionSetAssignmentRepository;
}

/** The entity each repository is built on (what the API registers with `TypeOrmModule.forFeature`). */
export const PLATFORM_REPOSITORY_ENTITIES = {
  tenants: SysTenantEntity,
  installedPackages: SysInstalledPackageEntity,
  overlays: SysMetadataOverlayEntity,
  assignments: SysPermissionSetAssignmentEntity,
} as const;

/**
 * The one way code outside Nest (the ops CLI, the demo seed, benches, tests) gets the platform's
 * repositories: on a data source (its own pool, outside any transaction) or a transaction's manager.
 */
export function platformRepositories(source: DataSource | EntityManager): PlatformRepositories {
  const e = PLATFORM_REPOSITORY_ENTITIES;
  return {
    tenants: new TenantRepository(source.getRepository(e.tenants)),
    installedPackages: new InstalledPackageRepository(source.getRepository(e.installedPackages)),
    overlays: new MetadataOverlayRepository(source.getRepository(e.overlays)),
    assignments: new PermissionSetAssignmentRepository(source.getRepository(e.assignments)),
  };
}
