import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exportCustomisations,
  importCustomisations,
  readOverlayFiles,
  SetupService,
  TenantMetadata,
  type TenantService,
  writeOverlayFiles,
} from '@platform/tenancy';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Export → import: a tenant's Setup work, written as metadata YAML (what
 * `npm run ops -- export-customisations` writes) and imported into another tenant, reproduces it:
 * the same Object Manager view, the same record behaviour, and the same files exported again.
 */
let api: RunningApi;
let tenants: TenantService;
let source: TestUser;
let target: TestUser;
let dir: string;
const ORDER = 'fixture__Order__c';

const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  source = await signedInUser(api, tenants, { slug: 'export-from', username: 'admin@export-from.test', profile: 'System Administrator' });
  target = await signedInUser(api, tenants, { slug: 'import-to', username: 'admin@import-to.test', profile: 'System Administrator' });
  dir = await mkdtemp(join(tmpdir(), 'customisations-'));
});

afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

it('exports a tenant’s customisations as YAML and importing them into another tenant reproduces them', async () => {
  const ok = async (p: Promise<{ status: number; body: unknown }>, status: number) => {
    const res = await p;
    if (res.status !== status) throw new Error(JSON.stringify(res.body));
  };
  await ok(
    call(source, 'POST', '/setup/objects/Contact/fields', {
      label: 'Preferred Name',
      type: 'Text',
      length: 60,
      helpText: 'What the client likes to be called',
    }),
    201,
  );
  await ok(
    call(source, 'POST', `/setup/objects/${ORDER}/fields`, {
      label: 'Region',
      type: 'Picklist',
      values: ['Metro', 'Regional'],
      indexed: true,
    }),
    201,
  );
  await ok(
    call(source, 'PATCH', `/setup/objects/${ORDER}/fields/fixture__Status__c`, { label: 'Order Status', addValues: ['Disputed'] }),
    200,
  );
  await ok(
    call(source, 'POST', '/setup/objects/Account/validation-rules', {
      apiName: 'Needs_Phone',
      errorConditionFormula: 'ISBLANK(Phone)',
      errorMessage: 'An account needs a phone number.',
      errorDisplayField: 'Phone',
    }),
    201,
  );
  const contact = (await call(source, 'GET', '/setup/objects/Contact')).body;
  const layout = contact.layouts.find((l: { apiName: string }) => l.apiName === 'Member_Layout');
  await ok(
    call(source, 'PUT', '/setup/objects/Contact/layouts/Member_Layout', {
      ...layout,
      sections: [{ label: 'About', columns: 1, fields: ['Preferred_Name__c'] }, ...layout.sections],
    }),
    200,
  );
  await ok(
    call(source, 'POST', '/permission-sets', {
      apiName: 'Region_Readers',
      label: 'Region readers',
      objects: { [ORDER]: { read: true } },
      fields: { [`${ORDER}.Region__c`]: { read: true } },
    }),
    201,
  );

  const setup = new SetupService(api.database.dataSource, api.database.owner, new TenantMetadata(api.database.dataSource, api.registry));
  const exported = await exportCustomisations(setup, tenants, 'export-from');
  await writeOverlayFiles(dir, exported);
  expect([...exported.keys()].sort()).toEqual([
    'customisations.yaml',
    'objects/Account/validationRules/Needs_Phone.yaml',
    'objects/Contact/fields/Preferred_Name__c.yaml',
    'objects/Contact/layouts/Member_Layout.yaml',
    `objects/${ORDER}/fieldChanges/fixture__Status__c.yaml`,
    `objects/${ORDER}/fields/Region__c.yaml`,
    'permissionSets/Region_Readers.yaml',
  ]);
  expect(exported.get('objects/Contact/fields/Preferred_Name__c.yaml')).toBe(
    'type: Text\nlabel: Preferred Name\nlength: 60\nhelpText: What the client likes to be called\n',
  );

  const done = await importCustomisations(setup, tenants, 'import-to', await readOverlayFiles(dir));
  expect(done).toEqual({ entries: 5, permissionSets: 1 });

  // The same Object Manager views, the same permission set, the same files out again.
  for (const object of ['Contact', 'Account', ORDER]) {
    const [a, b] = await Promise.all([call(source, 'GET', `/setup/objects/${object}`), call(target, 'GET', `/setup/objects/${object}`)]);
    expect(b.body).toEqual(a.body);
  }
  const again = await exportCustomisations(setup, tenants, 'import-to');
  expect(new Map([...again].filter(([f]) => f !== 'customisations.yaml'))).toEqual(
    new Map([...exported].filter(([f]) => f !== 'customisations.yaml')),
  );
  // And records behave alike: the imported rule blocks a save with its message.
  const blocked = await call(target, 'POST', '/sobjects/Account', { Name: 'No phone' });
  expect(blocked.body[0]).toMatchObject({ message: 'An account needs a phone number.', fields: ['Phone'] });
});

it('an import that gives a custom field another type empties it, as deleting and making it again would', async () => {
  const setup = new SetupService(api.database.dataSource, api.database.owner, new TenantMetadata(api.database.dataSource, api.registry));
  const contact = await call(target, 'POST', '/sobjects/Contact', {
    LastName: 'Robert',
    RecordTypeId: 'General',
    Preferred_Name__c: 'Bobby',
  });
  expect(contact.status).toBe(201);
  await importCustomisations(
    setup,
    tenants,
    'import-to',
    new Map([['objects/Contact/fields/Preferred_Name__c.yaml', 'type: Number\nlabel: Preferred Name\nprecision: 4\nscale: 0\n']]),
  );
  const read = await call(target, 'GET', `/sobjects/Contact/${contact.body.id}`);
  expect(read.body.Preferred_Name__c).toBeNull();
  const [row] = (await api.database.owner.query(`SELECT "custom" ? 'Preferred_Name__c' AS "kept" FROM "contact" WHERE "id" = $1`, [
    contact.body.id,
  ])) as { kept: boolean }[];
  expect(row.kept).toBe(false);
  // Its records take the new type.
  expect((await call(target, 'PATCH', `/sobjects/Contact/${contact.body.id}`, { Preferred_Name__c: '7' })).status).toBe(204);
  expect((await call(target, 'GET', `/sobjects/Contact/${contact.body.id}`)).body.Preferred_Name__c).toBe('7');
});

it('refuses an import whose customisations or permission sets do not fit, writing none of them', async () => {
  const files = new Map([
    ['objects/Account/fields/Good__c.yaml', 'label: Good\ntype: Text\nlength: 10\n'],
    ['objects/Account/validationRules/Bad.yaml', 'errorConditionFormula: Missing__c > 1\nerrorMessage: x\n'],
  ]);
  const setup = new SetupService(api.database.dataSource, api.database.owner, new TenantMetadata(api.database.dataSource, api.registry));
  await expect(importCustomisations(setup, tenants, 'import-to', files)).rejects.toMatchObject({
    errors: [expect.objectContaining({ errorCode: 'INVALID_FORMULA' })],
  });
  const account = (await call(target, 'GET', '/setup/objects/Account')).body;
  expect(account.fields.some((f: { apiName: string }) => f.apiName === 'Good__c')).toBe(false);
  // A permission set that does not fit takes the overlay down with it: one transaction.
  const withBadSet = new Map([
    ['objects/Account/fields/Also_Good__c.yaml', 'label: Also Good\ntype: Text\nlength: 10\n'],
    [
      'permissionSets/Good_Readers.yaml',
      'label: Good readers\nobjects:\n  Account:\n    read: true\nfields:\n  Account.Also_Good__c:\n    read: true\n',
    ],
    ['permissionSets/Bad_Readers.yaml', 'label: Bad readers\nfields:\n  Account.Nope__c:\n    read: true\n'],
  ]);
  await expect(importCustomisations(setup, tenants, 'import-to', withBadSet)).rejects.toMatchObject({
    errors: [expect.objectContaining({ errorCode: 'INVALID_FIELD', fields: ['fields.Account.Nope__c'] })],
  });
  const after = (await call(target, 'GET', '/setup/objects/Account')).body;
  expect(after.fields.some((f: { apiName: string }) => f.apiName === 'Also_Good__c')).toBe(false);
  const sets = (await call(target, 'GET', '/permission-sets')).body as { apiName: string }[];
  expect(sets.map((ps) => ps.apiName)).not.toContain('Good_Readers');
  await expect(
    importCustomisations(setup, tenants, 'import-to', new Map([['objects/Account/stray/X.yaml', 'a: 1\n']])),
  ).rejects.toMatchObject({
    errors: [expect.objectContaining({ message: expect.stringContaining('objects/Account/stray/X.yaml') })],
  });
});
