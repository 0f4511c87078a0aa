import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Setup and the licence: the admin of a tenant without a package's licence (the fixture package) sees no object,
 * field, rule or layout in Setup and can change none of them (403 "not enabled" for the package's
 * objects, as the records API answers; 404 for its fields and layouts on Contact), while the
 * licensed tenant's admin sees and customises them. Checked on the running API, over HTTP.
 */
let api: RunningApi;
let tenants: TenantService;
let licensed: TestUser;
let unlicensed: TestUser;

const ORDER = 'fixture__Order__c';
const MEMBER_NUMBER = 'fixture__Member_Number__c';
const NOT_ENABLED = FIXTURE.notEnabled;
const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  licensed = await signedInUser(api, tenants, { slug: 'lic-alpha', username: 'admin@lic-alpha.test', profile: 'System Administrator' });
  unlicensed = await signedInUser(api, tenants, {
    slug: 'lic-gamma',
    username: 'admin@lic-gamma.test',
    profile: 'System Administrator',
    licensed: false,
  });
});

afterAll(() => api?.close());

/** Every Setup route on a package object, with a body that would succeed for a licensed admin. */
const ON_ORDER: [method: string, path: string, body: unknown][] = [
  ['GET', `/setup/objects/${ORDER}`, undefined],
  ['POST', `/setup/objects/${ORDER}/fields`, { label: 'Licence Note', type: 'Text', length: 20 }],
  ['PATCH', `/setup/objects/${ORDER}/fields/fixture__Status__c`, { helpText: 'Changed' }],
  ['DELETE', `/setup/objects/${ORDER}/fields/Licence_Note__c`, undefined],
  ['POST', `/setup/objects/${ORDER}/validation-rules`, { apiName: 'Licence_Rule', errorConditionFormula: 'false', errorMessage: 'Never.' }],
  ['PATCH', `/setup/objects/${ORDER}/validation-rules/Licence_Rule`, { active: false }],
  ['DELETE', `/setup/objects/${ORDER}/validation-rules/Licence_Rule`, undefined],
  [
    'PUT',
    `/setup/objects/${ORDER}/layouts/Licence_Layout`,
    { recordTypes: [], highlights: ['Name'], sections: [{ label: 'Only', columns: 1, fields: ['Name'] }], relatedLists: [] },
  ],
  ['DELETE', `/setup/objects/${ORDER}/layouts/Licence_Layout`, undefined],
  [
    'PUT',
    `/setup/objects/${ORDER}/record-pages/Licence_Page`,
    { recordTypes: [], regions: [{ name: 'main', components: [{ type: 'details' }] }] },
  ],
  ['DELETE', `/setup/objects/${ORDER}/record-pages/Licence_Page`, undefined],
];

describe('Setup without the licence', () => {
  it('lists no object of the package; the licensed tenant’s admin sees them', async () => {
    const names = (await call(unlicensed, 'GET', '/setup/objects')).body.map((o: { apiName: string }) => o.apiName);
    expect(names).toContain('Contact');
    expect(names.filter((n: string) => n.startsWith('fixture__'))).toEqual([]);
    expect((await call(licensed, 'GET', '/setup/objects')).body.map((o: { apiName: string }) => o.apiName)).toContain(ORDER);
  });

  it.each(ON_ORDER)('%s %s on a package object is refused (403, not enabled) and changes nothing', async (method, path, body) => {
    const response = await call(unlicensed, method, path, body);
    expect(response.status).toBe(403);
    expect(response.body).toEqual([{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ENABLED, fields: [] }]);
  });

  it('refuses before reading the body: a malformed body still gets 403, not 400', async () => {
    const response = await call(unlicensed, 'POST', `/setup/objects/${ORDER}/fields`, ['not', 'a', 'field']);
    expect(response.status).toBe(403);
  });

  it('nothing was added: licensed later, the tenant’s Order has no field, rule or layout the refused calls named', async () => {
    await tenants.setLicence('lic-gamma', FIXTURE.package, true);
    try {
      const order = await call(unlicensed, 'GET', `/setup/objects/${ORDER}`);
      expect(order.status).toBe(200);
      expect(order.body.fields.map((f: { apiName: string }) => f.apiName)).not.toContain('Licence_Note__c');
      expect(order.body.validationRules.map((r: { apiName: string }) => r.apiName)).not.toContain('Licence_Rule');
      expect(order.body.layouts.map((l: { apiName: string }) => l.apiName)).not.toContain('Licence_Layout');
    } finally {
      await tenants.setLicence('lic-gamma', FIXTURE.package, false);
    }
  });

  it('leaves the package’s fields, layouts and record pages off a standard object (Contact), and they answer 404', async () => {
    const contact = await call(unlicensed, 'GET', '/setup/objects/Contact');
    expect(contact.status).toBe(200);
    const packages = (items: { packageName?: string }[]) => items.map((i) => i.packageName);
    expect(packages(contact.body.fields)).not.toContain(FIXTURE.package);
    expect(packages(contact.body.layouts)).not.toContain(FIXTURE.package);
    expect(packages(contact.body.recordPages)).not.toContain(FIXTURE.package);
    expect(
      contact.body.relatedListOptions.map((o: { object: string }) => o.object).filter((o: string) => o.startsWith('fixture__')),
    ).toEqual([]);
    expect(JSON.stringify(contact.body)).not.toContain('fixture__');

    const changed = await call(unlicensed, 'PATCH', `/setup/objects/Contact/fields/${MEMBER_NUMBER}`, { label: 'Changed' });
    expect(changed.status).toBe(404);

    // The licensed tenant sees the same field, and may relabel it.
    const licensedContact = await call(licensed, 'GET', '/setup/objects/Contact');
    expect(licensedContact.body.fields.map((f: { apiName: string }) => f.apiName)).toContain(MEMBER_NUMBER);
  });

  it('refuses a lookup or roll-up on a standard object that points at a package object', async () => {
    const lookup = await call(unlicensed, 'POST', '/setup/objects/Account/fields', {
      label: 'Last Order',
      type: 'Lookup',
      referenceTo: ORDER,
    });
    expect(lookup.status).toBe(403);
    expect(lookup.body[0].message).toBe(NOT_ENABLED);
  });

  it('the licensed tenant’s admin adds a field to the package object as before', async () => {
    const added = await call(licensed, 'POST', `/setup/objects/${ORDER}/fields`, { label: 'Licence Note', type: 'Text', length: 20 });
    expect(added.status).toBe(201);
    expect(added.body.apiName).toBe('Licence_Note__c');
  });
});
