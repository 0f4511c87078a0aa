import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken, getRepositoryToken } from '@nestjs/typeorm';
import { inTenantId } from '@platform/engine';
import {
  createTestDatabase,
  InstalledPackageRepository,
  platformRepositories,
  SysInstalledPackageEntity,
  SysTenantEntity,
  TenantRepository,
  type Database,
  type PlatformRepositories,
} from '@platform/storage';
import { DataSource } from 'typeorm';
import { PLATFORM_REPOSITORIES } from '../platform.tokens';
import { PlatformStorageModule } from './platform-storage.module';

let db: Database;
let nest: TestingModule;
let acme: string;
let birch: string;

beforeAll(async () => {
  db = await createTestDatabase();
  // Two tenants, each with a package, written as the tables' owner (not under row-level security).
  const tenants = db.owner.getRepository(SysTenantEntity);
  acme = (await tenants.save({ name: 'Acme Care', slug: 'acme' })).id;
  birch = (await tenants.save({ name: 'Birch Health', slug: 'birch' })).id;
  await db.owner.getRepository(SysInstalledPackageEntity).insert([
    { tenantId: acme, packageName: 'Core', version: '1.0.0', licensed: true },
    { tenantId: birch, packageName: 'Core', version: '1.0.0', licensed: true },
    { tenantId: birch, packageName: 'Lumary AR', version: '2.0.0', licensed: false },
  ]);
  nest = await Test.createTestingModule({ imports: [PlatformStorageModule.register(db)] }).compile();
});
afterAll(async () => {
  await nest?.close();
  await db?.close();
});

describe('PlatformStorageModule (@nestjs/typeorm)', () => {
  it("provides the app's own data source and TypeORM's repositories of the sys_* entities on it", () => {
    expect(nest.get(getDataSourceToken())).toBe(db.dataSource);
    expect(nest.get(DataSource)).toBe(db.dataSource);
    expect(nest.get(getRepositoryToken(SysTenantEntity))).toBe(db.dataSource.getRepository(SysTenantEntity));
    const repositories = nest.get<PlatformRepositories>(PLATFORM_REPOSITORIES);
    expect(repositories.tenants).toBe(nest.get(TenantRepository));
    expect(repositories.installedPackages).toBe(nest.get(InstalledPackageRepository));
  });

  it('finds any tenant by slug outside a transaction (sys_tenant is not under row-level security)', async () => {
    const tenants = nest.get(TenantRepository);
    expect((await tenants.findBySlug('birch'))?.name).toBe('Birch Health');
    expect((await tenants.list()).map((t) => t.slug)).toEqual(['acme', 'birch']);
  });

  it("sees a tenant table's rows only in that tenant's transaction, through repository.in(manager)", async () => {
    const packages = nest.get(InstalledPackageRepository);
    const names = (rows: { packageName: string }[]) => rows.map((r) => r.packageName);
    // Another tenant's id in the query changes nothing: the transaction's tenant decides.
    expect(names(await inTenantId(db.dataSource, acme, (m) => packages.in(m).ofTenant(birch)))).toEqual([]);
    expect(names(await inTenantId(db.dataSource, acme, (m) => packages.in(m).ofTenant(acme)))).toEqual(['Core']);
    expect(names(await inTenantId(db.dataSource, birch, (m) => packages.in(m).ofTenant(birch)))).toEqual(['Core', 'Lumary AR']);
    // Outside any tenant's transaction the application's role sees no tenant's rows.
    expect(await packages.ofTenant(birch)).toEqual([]);
  });

  it('writes through repository.in(manager) in the transaction: rolled back with it, and never into another tenant', async () => {
    const packages = nest.get(InstalledPackageRepository);
    const failed = inTenantId(db.dataSource, acme, async (m) => {
      await packages.in(m).install(acme, 'Lumary AR', '2.0.0', false);
      throw new Error('refused later in the same transaction');
    });
    await expect(failed).rejects.toThrow('refused later');
    expect(await inTenantId(db.dataSource, acme, (m) => packages.in(m).find(acme, 'Lumary AR'))).toBeNull();
    // Row-level security refuses a row for another tenant than the transaction's.
    await expect(inTenantId(db.dataSource, acme, (m) => packages.in(m).install(birch, 'Extra', '1.0.0', true))).rejects.toThrow(
      /row-level security/,
    );
  });

  it('gives the same repositories as the factory code outside Nest uses', async () => {
    const outside = platformRepositories(db.dataSource);
    expect(await outside.tenants.findBySlug('acme')).toEqual(await nest.get(TenantRepository).findBySlug('acme'));
  });

  it('leaves the data source open when the Nest app closes (the database is closed once, by its opener)', async () => {
    const other = await Test.createTestingModule({ imports: [PlatformStorageModule.register(db)] }).compile();
    await other.init();
    await other.close();
    expect(db.dataSource.isInitialized).toBe(true);
    expect((await nest.get(TenantRepository).findBySlug('acme'))?.id).toBe(acme);
  });
});
