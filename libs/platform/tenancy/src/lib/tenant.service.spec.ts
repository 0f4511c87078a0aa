import { join } from 'node:path';
import { EngineError } from '@platform/engine';
import { loadPackages, type Registry } from '@platform/metadata';
import { applyPlan, createTestDatabase, introspect, planSchema, type Database } from '@platform/storage';
import { TenantService } from './tenant.service';

const repoRoot = join(__dirname, '../../../../..');
let db: Database;
let registry: Registry;
let tenants: TenantService;

beforeAll(async () => {
  ({ registry } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')]));
  db = await createTestDatabase();
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  tenants = new TenantService(db.dataSource, registry);
});
afterAll(() => db?.close());

const codes = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.errors.map((e) => [e.errorCode, e.message]);
};

describe('tenants and packages', () => {
  it('creates a tenant with the core package, then installs Platform Fixture unlicensed until granted', async () => {
    const created = await tenants.createTenant('Acme Care', 'acme', 'Australia/Perth');
    expect(created).toMatchObject({
      name: 'Acme Care',
      slug: 'acme',
      timeZone: 'Australia/Perth',
      packages: [{ name: 'Core', version: '1.0.0', licensed: true }],
    });
    expect((await tenants.install('acme', 'Platform Fixture')).packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.4.0',
      licensed: false,
    });
    expect((await tenants.setLicence('acme', 'Platform Fixture', true)).packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.4.0',
      licensed: true,
    });
    expect((await tenants.setLicence('acme', 'Platform Fixture', false)).packages).toContainEqual({
      name: 'Platform Fixture',
      version: '3.4.0',
      licensed: false,
    });
  });

  it('refuses what cannot be done, saying why', async () => {
    await tenants.createTenant('Bravo', 'bravo');
    expect(await codes(tenants.createTenant('Bravo again', 'bravo'))).toEqual([
      ['DUPLICATE_VALUE', "A tenant with the slug 'bravo' exists already."],
    ]);
    expect((await codes(tenants.createTenant('Bad', 'Not A Slug')))[0][0]).toBe('INVALID_OPERATION');
    expect(await codes(tenants.install('bravo', 'Platform Fixture', '99.0.0'))).toEqual([
      ['INVALID_OPERATION', 'Platform Fixture 99.0.0 is not available here; this platform has 3.4.0.'],
    ]);
    expect(await codes(tenants.setLicence('bravo', 'Platform Fixture', true))).toEqual([
      ['INVALID_OPERATION', 'Platform Fixture is not installed in bravo; install it first.'],
    ]);
    await tenants.install('bravo', 'Platform Fixture');
    expect(await codes(tenants.install('bravo', 'Platform Fixture'))).toEqual([
      ['INVALID_OPERATION', 'Platform Fixture is installed in bravo already; upgrade it instead.'],
    ]);
    expect(await codes(tenants.upgrade('bravo', 'Platform Fixture', '3.4.0'))).toEqual([
      ['INVALID_OPERATION', 'Platform Fixture 3.4.0 is installed in bravo; an upgrade must go to a later version, not 3.4.0.'],
    ]);
    expect((await codes(tenants.install('nobody', 'Platform Fixture')))[0][0]).toBe('NOT_FOUND');
  });
});

describe('permission sets made by a tenant admin', () => {
  it('are checked against the metadata, stored per tenant and assignable', async () => {
    const tenant = await tenants.createTenant('Charlie', 'charlie');
    const errors = await codes(
      tenants.createPermissionSet(tenant.id, {
        apiName: 'Bad',
        label: 'Bad',
        objects: { Nope__c: { read: true } },
        fields: { 'Contact.Nope': { read: true } },
      }),
    );
    expect(errors.map((e) => e[1])).toEqual(["objects: unknown object 'Nope__c'", "fields: unknown field 'Contact.Nope'"]);
    const created = await tenants.createPermissionSet(tenant.id, {
      apiName: 'Contacts_Only',
      label: 'Contacts only',
      objects: { contact: { read: true } },
    });
    expect(created.objects).toEqual({
      Contact: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false },
    });
    expect((await tenants.permissionSets(tenant.id)).map((p) => p.apiName)).toContain('Contacts_Only');
    const other = await tenants.createTenant('Delta', 'delta');
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).not.toContain('Contacts_Only');
    // A package's permission sets exist for a tenant once the package is installed.
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).not.toContain('fixture__Fixture_User');
    await tenants.install('delta', 'Platform Fixture');
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).toContain('fixture__Fixture_User');
    expect((await codes(tenants.assign(tenant.id, '00000000-0000-0000-0000-000000000000', 'Contacts_Only')))[0][0]).toBe('NOT_FOUND');
  });
});
