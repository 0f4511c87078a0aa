import { join } from 'node:path';
import { EngineError } from '@platform/engine';
import { loadMetadata, type Registry } from '@platform/metadata';
import { applyPlan, createTestDatabase, introspect, planSchema, type Database } from '@platform/storage';
import { TenantService } from './tenant.service';

const repoRoot = join(__dirname, '../../../../..');
let db: Database;
let registry: Registry;
let tenants: TenantService;

beforeAll(async () => {
  ({ registry } = await loadMetadata(join(repoRoot, 'metadata')));
  db = await createTestDatabase();
  await applyPlan(db.owner, planSchema(registry, await introspect(db.owner)));
  tenants = new TenantService(db.dataSource, registry);
});
afterAll(() => db?.close());

const codes = async (call: Promise<unknown>) => {
  const error = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof EngineError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.errors.map((e) => [e.errorCode, e.message]);
};

describe('tenants and packages', () => {
  it('creates a tenant with the core package, then installs Lumary AR unlicensed until granted', async () => {
    const created = await tenants.createTenant('Acme Care', 'acme', 'Australia/Perth');
    expect(created).toMatchObject({ name: 'Acme Care', slug: 'acme', timeZone: 'Australia/Perth', packages: [{ name: 'Core', version: '1.0.0', licensed: true }] });
    expect((await tenants.install('acme', 'Lumary AR')).packages).toContainEqual({ name: 'Lumary AR', version: '22.82.0', licensed: false });
    expect((await tenants.setLicence('acme', 'Lumary AR', true)).packages).toContainEqual({ name: 'Lumary AR', version: '22.82.0', licensed: true });
    expect((await tenants.setLicence('acme', 'Lumary AR', false)).packages).toContainEqual({ name: 'Lumary AR', version: '22.82.0', licensed: false });
  });

  it('refuses what cannot be done, saying why', async () => {
    await tenants.createTenant('Bravo', 'bravo');
    expect(await codes(tenants.createTenant('Bravo again', 'bravo'))).toEqual([['DUPLICATE_VALUE', "A tenant with the slug 'bravo' exists already."]]);
    expect((await codes(tenants.createTenant('Bad', 'Not A Slug')))[0][0]).toBe('INVALID_OPERATION');
    expect(await codes(tenants.install('bravo', 'Lumary AR', '99.0.0'))).toEqual([['INVALID_OPERATION', 'Lumary AR 99.0.0 is not available here; this platform has 22.82.0.']]);
    expect(await codes(tenants.setLicence('bravo', 'Lumary AR', true))).toEqual([['INVALID_OPERATION', 'Lumary AR is not installed in bravo; install it first.']]);
    await tenants.install('bravo', 'Lumary AR');
    expect(await codes(tenants.install('bravo', 'Lumary AR'))).toEqual([['INVALID_OPERATION', 'Lumary AR is installed in bravo already; upgrade it instead.']]);
    expect(await codes(tenants.upgrade('bravo', 'Lumary AR', '22.82.0'))).toEqual([
      ['INVALID_OPERATION', 'Lumary AR 22.82.0 is installed in bravo; an upgrade must go to a later version, not 22.82.0.'],
    ]);
    expect((await codes(tenants.install('nobody', 'Lumary AR')))[0][0]).toBe('NOT_FOUND');
  });
});

describe('permission sets made by a tenant admin', () => {
  it('are checked against the metadata, stored per tenant and assignable', async () => {
    const tenant = await tenants.createTenant('Charlie', 'charlie');
    const errors = await codes(
      tenants.createPermissionSet(tenant.id, { apiName: 'Bad', label: 'Bad', objects: { Nope__c: { read: true } }, fields: { 'Contact.Nope': { read: true } } }),
    );
    expect(errors.map((e) => e[1])).toEqual(["objects: unknown object 'Nope__c'", "fields: unknown field 'Contact.Nope'"]);
    const created = await tenants.createPermissionSet(tenant.id, { apiName: 'Contacts_Only', label: 'Contacts only', objects: { contact: { read: true } } });
    expect(created.objects).toEqual({ Contact: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false } });
    expect((await tenants.permissionSets(tenant.id)).map((p) => p.apiName)).toContain('Contacts_Only');
    const other = await tenants.createTenant('Delta', 'delta');
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).not.toContain('Contacts_Only');
    // A package's permission sets exist for a tenant once the package is installed.
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).not.toContain('lumary__AR_Management');
    await tenants.install('delta', 'Lumary AR');
    expect((await tenants.permissionSets(other.id)).map((p) => p.apiName)).toContain('lumary__AR_Management');
    expect((await codes(tenants.assign(tenant.id, '00000000-0000-0000-0000-000000000000', 'Contacts_Only')))[0][0]).toBe('NOT_FOUND');
  });
});
