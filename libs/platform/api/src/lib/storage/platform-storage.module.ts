import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { getDataSourceToken, getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import {
  InstalledPackageRepository,
  MetadataOverlayRepository,
  PermissionSetAssignmentRepository,
  PLATFORM_ENTITIES,
  PLATFORM_REPOSITORY_ENTITIES,
  TenantRepository,
  type Database,
  type PlatformRepositories,
  type SysInstalledPackage,
  type SysMetadataOverlay,
  type SysPermissionSetAssignment,
  type SysTenant,
} from '@platform/storage';
import type { Repository } from 'typeorm';
import { PLATFORM_REPOSITORIES } from '../platform.tokens';

/**
 * The application's data source (its pool as lumary_app, under row-level security), opened by
 * `openDatabase` before Nest starts, under @nestjs/typeorm's DataSource token. A value, not
 * `TypeOrmModule.forRoot`: Nest neither makes a second data source nor destroys this one on
 * shutdown (the database is closed once, by whoever opened it).
 */
@Global()
@Module({})
class PlatformDataSourceModule {
  static register(database: Database): DynamicModule {
    const provider: Provider = { provide: getDataSourceToken(), useValue: database.dataSource };
    return { module: PlatformDataSourceModule, providers: [provider], exports: [provider] };
  }
}

const E = PLATFORM_REPOSITORY_ENTITIES;

/** The platform's repositories, each on TypeORM's repository of its entity (from forFeature). */
const REPOSITORY_PROVIDERS: Provider[] = [
  {
    provide: TenantRepository,
    useFactory: (rows: Repository<SysTenant>) => new TenantRepository(rows),
    inject: [getRepositoryToken(E.tenants)],
  },
  {
    provide: InstalledPackageRepository,
    useFactory: (rows: Repository<SysInstalledPackage>) => new InstalledPackageRepository(rows),
    inject: [getRepositoryToken(E.installedPackages)],
  },
  {
    provide: MetadataOverlayRepository,
    useFactory: (rows: Repository<SysMetadataOverlay>) => new MetadataOverlayRepository(rows),
    inject: [getRepositoryToken(E.overlays)],
  },
  {
    provide: PermissionSetAssignmentRepository,
    useFactory: (rows: Repository<SysPermissionSetAssignment>) => new PermissionSetAssignmentRepository(rows),
    inject: [getRepositoryToken(E.assignments)],
  },
  {
    provide: PLATFORM_REPOSITORIES,
    useFactory: (
      tenants: TenantRepository,
      installedPackages: InstalledPackageRepository,
      overlays: MetadataOverlayRepository,
      assignments: PermissionSetAssignmentRepository,
    ): PlatformRepositories => ({ tenants, installedPackages, overlays, assignments }),
    inject: [TenantRepository, InstalledPackageRepository, MetadataOverlayRepository, PermissionSetAssignmentRepository],
  },
];

/**
 * The platform's storage for Nest: the app's data source, TypeORM's repositories of the sys_*
 * entities (`@InjectRepository(SysTenantEntity)`), and the platform's repositories on them
 * (TenantRepository, ... by class, all four as PLATFORM_REPOSITORIES). A service uses them
 * outside a transaction as they are (sys_tenant) and inside a tenant's transaction as
 * `repository.in(manager)`, so that transaction's tenant and user settings (row-level security) apply.
 */
@Global()
@Module({})
export class PlatformStorageModule {
  static register(database: Database): DynamicModule {
    const entities = TypeOrmModule.forFeature(PLATFORM_ENTITIES);
    return {
      module: PlatformStorageModule,
      imports: [PlatformDataSourceModule.register(database), entities],
      providers: REPOSITORY_PROVIDERS,
      exports: [entities, ...REPOSITORY_PROVIDERS],
    };
  }
}
