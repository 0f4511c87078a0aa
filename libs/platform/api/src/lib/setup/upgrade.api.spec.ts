import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type Database } from '@platform/storage';
import { TenantService } from '@platform/tenancy';
import { FIXTURE, platformMetadataDir, repoRoot, request, signedInUser, type TestUser } from '../../testing/api-fixture';
import { startApi, type RunningApi } from '../bootstrap';
import { readConfig } from '../config/app-config';

/**
 * A package upgrade keeps a tenant's customisations. The tenant customises the fixture package
 * 3.4 (a custom field with data, an extra picklist value, a rule, a rearranged order layout); the
 * server then loads 3.5 (built from the platform metadata, adding Purchase Order and a layout
 * section for it) on the same database, and the tenant is upgraded: every customisation is still
 * there and the new field is too, on the tenant's own layout.
 */
const ORDER = 'fixture__Order__c';
const NEXT = '3.5.0';
let database: Database;
let root: string;
let api: RunningApi | undefined;

/** The database outlives each API: closing the API leaves it open. */
const start = (metadataDir: string) =>
  startApi(
    { ...readConfig({ PORT: '0', METADATA_DIR: metadataDir }, repoRoot), quiet: true },
    { openDatabase: async () => ({ ...database, close: async () => undefined }), metadataFolders: 'all' },
  );

async function nextVersion(dir: string): Promise<void> {
  await cp(platformMetadataDir(), dir, { recursive: true });
  const pkg = (...parts: string[]) => join(dir, 'fixture', ...parts);
  const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));
  await edit(pkg('package.yaml'), (t) => t.replace(/^version: .*$/m, `version: ${NEXT}`));
  await writeFile(pkg('objects/Order__c/fields/Purchase_Order__c.yaml'), 'type: Text\nlabel: Purchase Order\nlength: 40\n');
  await edit(pkg('objects/Order__c/layouts/Order_Layout.yaml'), (t) =>
    t.replace(/^relatedLists:/m, '  - label: Purchase Order\n    fields:\n      - Purchase_Order__c\nrelatedLists:'),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  root = await mkdtemp(join(tmpdir(), 'upgrade-'));
});

afterAll(async () => {
  await api?.close();
  await database?.close();
  await rm(root, { recursive: true, force: true });
});

it('upgrading the fixture package 3.4 → 3.5 keeps custom fields, picklist values, rules and layouts, and adds the new field', async () => {
  // 3.4: the tenant customises.
  api = await start(platformMetadataDir());
  let tenants = new TenantService(api.database.dataSource, api.registry);
  let admin: TestUser = await signedInUser(api, tenants, {
    slug: 'upgrader',
    username: 'admin@upgrader.test',
    profile: 'System Administrator',
  });
  const call = (method: string, path: string, body?: unknown) => request(api!, method, path, { token: admin.token, body });

  expect(
    (await call('POST', `/setup/objects/${ORDER}/fields`, { label: 'Region', type: 'Picklist', values: ['Metro', 'Regional'] })).status,
  ).toBe(201);
  expect((await call('PATCH', `/setup/objects/${ORDER}/fields/fixture__Status__c`, { addValues: ['Disputed'] })).status).toBe(200);
  const rule = {
    apiName: 'Regional_Needs_Reference',
    errorConditionFormula: "ISPICKVAL(Region__c, 'Regional') && ISBLANK(fixture__Register__c)",
    errorMessage: 'Regional orders need a period.',
  };
  const ruleSaved = await call('POST', `/setup/objects/${ORDER}/validation-rules`, rule);
  expect([ruleSaved.status, ruleSaved.body]).toEqual([201, expect.objectContaining({ apiName: rule.apiName })]);
  const before = (await call('GET', `/setup/objects/${ORDER}`)).body;
  const layout = before.layouts.find((l: { apiName: string }) => l.apiName === 'Order_Layout');
  const rearranged = [{ label: 'Region', columns: 1, fields: ['Region__c'] }, ...[...layout.sections].reverse()];
  expect((await call('PUT', `/setup/objects/${ORDER}/layouts/Order_Layout`, { ...layout, sections: rearranged })).status).toBe(200);
  const contact = await call('POST', '/sobjects/Contact', { LastName: 'Client', RecordTypeId: 'Client' });
  const order = await call('POST', `/sobjects/${ORDER}`, {
    fixture__Customer__c: contact.body.id,
    fixture__Payer__c: contact.body.id,
    Region__c: 'Metro',
    fixture__Order_Date__c: '2026-11-02',
  });
  expect([order.status, order.body]).toEqual([201, expect.objectContaining({ id: expect.any(String) })]);
  await api.close();

  // 3.5 on the same database; the tenant is upgraded.
  const dir = join(root, 'metadata');
  await nextVersion(dir);
  api = await start(dir);
  expect(api.registry.packages.get(FIXTURE.package)?.version).toBe(NEXT);
  tenants = new TenantService(api.database.dataSource, api.registry);
  await tenants.upgrade('upgrader', FIXTURE.package, NEXT);
  expect((await tenants.tenant('upgrader')).packages.find((p) => p.name === FIXTURE.package)?.version).toBe(NEXT);
  const login = await request(api, 'POST', '/auth/login', { body: { username: 'admin@upgrader.test', password: 'correct horse battery' } });
  admin = { ...admin, token: login.body.accessToken };

  const after = (await call('GET', `/setup/objects/${ORDER}`)).body;
  const field = (name: string) => after.fields.find((f: { apiName: string }) => f.apiName === name);
  expect(field('Region__c')).toMatchObject({ type: 'Picklist', custom: true });
  expect(field('fixture__Purchase_Order__c')).toMatchObject({ type: 'Text', label: 'Purchase Order', locked: true });
  expect(field('fixture__Status__c').picklist.values.map((v: { value: string }) => v.value)).toContain('Disputed');
  expect(after.validationRules.find((r: { apiName: string }) => r.apiName === rule.apiName)).toMatchObject({ active: true, locked: false });

  // The record keeps its custom value; the new field takes a value too.
  const saved = await call('GET', `/sobjects/${ORDER}/${order.body.id}`);
  expect(saved.body.Region__c).toBe('Metro');
  expect((await call('PATCH', `/sobjects/${ORDER}/${order.body.id}`, { fixture__Purchase_Order__c: 'PO-77' })).status).toBe(204);
  // The rule still blocks.
  const blocked = await call('PATCH', `/sobjects/${ORDER}/${order.body.id}`, { Region__c: 'Regional' });
  expect(blocked.status).toBe(400);
  expect(blocked.body[0].message).toBe('Regional orders need a period.');

  // The tenant's layout order is kept, and the package's new section comes after it.
  const page = await call('GET', `/ui/record/${ORDER}/${order.body.id}`);
  expect(page.body.sections.map((s: { label: string }) => s.label)).toEqual([...rearranged.map((s) => s.label), 'Purchase Order']);
  const po = page.body.sections.at(-1).fields.map((f: { name: string; value: unknown }) => [f.name, f.value]);
  expect(po).toEqual([['fixture__Purchase_Order__c', 'PO-77']]);
});
