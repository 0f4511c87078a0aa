import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type Database } from '@platform/storage';
import { TenantService } from '@platform/tenancy';
import { repoRoot, request, signedInUser, type TestUser } from '../../testing/api-fixture';
import { startApi, type RunningApi } from '../bootstrap';
import { readConfig } from '../config/app-config';

/**
 * A package upgrade keeps a tenant's customisations. The tenant customises Lumary AR 22.82 (a
 * custom field with data, an extra picklist value, a rule, a rearranged invoice layout); the
 * server then loads 22.83 (a fixture built from metadata/ that adds Purchase Order and a layout
 * section for it) on the same database, and the tenant is upgraded: every customisation is still
 * there and the new field is too, on the tenant's own layout.
 */
const INVOICE = 'lumary__Invoice__c';
let database: Database;
let root: string;
let api: RunningApi | undefined;

/** The database outlives each API: closing the API leaves it open. */
const start = (metadataDir: string) =>
  startApi({ ...readConfig({ PORT: '0', METADATA_DIR: metadataDir }, repoRoot), quiet: true }, { openDatabase: async () => ({ ...database, close: async () => undefined }), metadataFolders: 'all' });

async function fixture2283(dir: string): Promise<void> {
  await cp(join(repoRoot, 'metadata'), dir, { recursive: true });
  const ar = (...parts: string[]) => join(dir, 'lumary-ar', ...parts);
  const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));
  await edit(ar('package.yaml'), (t) => t.replace(/^version: .*$/m, 'version: 22.83.0'));
  await writeFile(ar('objects/Invoice__c/fields/Purchase_Order__c.yaml'), 'type: Text\nlabel: Purchase Order\nlength: 40\n');
  await edit(ar('objects/Invoice__c/layouts/Invoice_Layout.yaml'), (t) => t.replace(/^relatedLists:/m, '- label: Purchase Order\n  fields:\n  - Purchase_Order__c\nrelatedLists:'));
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

it('upgrading Lumary AR 22.82 → 22.83 keeps custom fields, picklist values, rules and layouts, and adds the new field', async () => {
  // 22.82: the tenant customises.
  api = await start(join(repoRoot, 'metadata'));
  let tenants = new TenantService(api.database.dataSource, api.registry);
  let admin: TestUser = await signedInUser(api, tenants, { slug: 'upgrader', username: 'admin@upgrader.test', profile: 'System Administrator' });
  const call = (method: string, path: string, body?: unknown) => request(api!, method, path, { token: admin.token, body });

  expect((await call('POST', `/setup/objects/${INVOICE}/fields`, { label: 'Region', type: 'Picklist', values: ['Metro', 'Regional'] })).status).toBe(201);
  expect((await call('PATCH', `/setup/objects/${INVOICE}/fields/lumary__Status__c`, { addValues: ['Disputed'] })).status).toBe(200);
  const rule = { apiName: 'Regional_Needs_Reference', errorConditionFormula: "ISPICKVAL(Region__c, 'Regional') && ISBLANK(lumary__Template__c)", errorMessage: 'Regional invoices need an invoice template.' };
  const ruleSaved = await call('POST', `/setup/objects/${INVOICE}/validation-rules`, rule);
  expect([ruleSaved.status, ruleSaved.body]).toEqual([201, expect.objectContaining({ apiName: rule.apiName })]);
  const before = (await call('GET', `/setup/objects/${INVOICE}`)).body;
  const layout = before.layouts.find((l: { apiName: string }) => l.apiName === 'Invoice_Layout');
  const rearranged = [{ label: 'Region', columns: 1, fields: ['Region__c'] }, ...[...layout.sections].reverse()];
  expect((await call('PUT', `/setup/objects/${INVOICE}/layouts/Invoice_Layout`, { ...layout, sections: rearranged })).status).toBe(200);
  const contact = await call('POST', '/sobjects/Contact', { LastName: 'Client', RecordTypeId: 'Client' });
  const invoice = await call('POST', `/sobjects/${INVOICE}`, { lumary__Client__c: contact.body.id, lumary__Debtor__c: contact.body.id, Region__c: 'Metro', lumary__Invoice_Date__c: '2026-11-02' });
  expect([invoice.status, invoice.body]).toEqual([201, expect.objectContaining({ id: expect.any(String) })]);
  await api.close();

  // 22.83 on the same database; the tenant is upgraded.
  const dir = join(root, 'metadata');
  await fixture2283(dir);
  api = await start(dir);
  expect(api.registry.packages.get('Lumary AR')?.version).toBe('22.83.0');
  tenants = new TenantService(api.database.dataSource, api.registry);
  await tenants.upgrade('upgrader', 'Lumary AR', '22.83.0');
  expect((await tenants.tenant('upgrader')).packages.find((p) => p.name === 'Lumary AR')?.version).toBe('22.83.0');
  const login = await request(api, 'POST', '/auth/login', { body: { username: 'admin@upgrader.test', password: 'correct horse battery' } });
  admin = { ...admin, token: login.body.accessToken };

  const after = (await call('GET', `/setup/objects/${INVOICE}`)).body;
  const field = (name: string) => after.fields.find((f: { apiName: string }) => f.apiName === name);
  expect(field('Region__c')).toMatchObject({ type: 'Picklist', custom: true });
  expect(field('lumary__Purchase_Order__c')).toMatchObject({ type: 'Text', label: 'Purchase Order', locked: true });
  expect(field('lumary__Status__c').picklist.values.map((v: { value: string }) => v.value)).toContain('Disputed');
  expect(after.validationRules.find((r: { apiName: string }) => r.apiName === rule.apiName)).toMatchObject({ active: true, locked: false });

  // The record keeps its custom value; the new field takes a value too.
  const saved = await call('GET', `/sobjects/${INVOICE}/${invoice.body.id}`);
  expect(saved.body.Region__c).toBe('Metro');
  expect((await call('PATCH', `/sobjects/${INVOICE}/${invoice.body.id}`, { lumary__Purchase_Order__c: 'PO-77' })).status).toBe(204);
  // The rule still blocks.
  const blocked = await call('PATCH', `/sobjects/${INVOICE}/${invoice.body.id}`, { Region__c: 'Regional' });
  expect(blocked.status).toBe(400);
  expect(blocked.body[0].message).toBe('Regional invoices need an invoice template.');

  // The tenant's layout order is kept, and the package's new section comes after it.
  const page = await call('GET', `/ui/record/${INVOICE}/${invoice.body.id}`);
  expect(page.body.sections.map((s: { label: string }) => s.label)).toEqual([...rearranged.map((s) => s.label), 'Purchase Order']);
  const po = page.body.sections.at(-1).fields.map((f: { name: string; value: unknown }) => [f.name, f.value]);
  expect(po).toEqual([['lumary__Purchase_Order__c', 'PO-77']]);
});
