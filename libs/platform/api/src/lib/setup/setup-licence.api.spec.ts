import type { TenantService } from '@platform/tenancy';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Setup and the licence: the admin of a tenant without the Lumary AR licence sees no AR object,
 * field, rule or layout in Setup and can change none of them (403 "not enabled" for the package's
 * objects, as the records API answers; 404 for its fields and layouts on Contact), while the
 * licensed tenant's admin sees and customises them. Checked on the running API, over HTTP.
 */
let api: RunningApi;
let tenants: TenantService;
let licensed: TestUser;
let unlicensed: TestUser;

const INVOICE = 'lumary__Invoice__c';
const NDIS = 'lumary__NDIS_Number__c';
const NOT_ENABLED = 'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.';
const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });

beforeAll(async () => {
  ({ api, tenants } = await startTestApi());
  licensed = await signedInUser(api, tenants, { slug: 'lic-alpha', username: 'admin@lic-alpha.test', profile: 'System Administrator' });
  unlicensed = await signedInUser(api, tenants, { slug: 'lic-gamma', username: 'admin@lic-gamma.test', profile: 'System Administrator', arLicensed: false });
});

afterAll(() => api?.close());

/** Every Setup route on a package object, with a body that would succeed for a licensed admin. */
const ON_INVOICE: [method: string, path: string, body: unknown][] = [
  ['GET', `/setup/objects/${INVOICE}`, undefined],
  ['POST', `/setup/objects/${INVOICE}/fields`, { label: 'Licence Note', type: 'Text', length: 20 }],
  ['PATCH', `/setup/objects/${INVOICE}/fields/lumary__Status__c`, { helpText: 'Changed' }],
  ['DELETE', `/setup/objects/${INVOICE}/fields/Licence_Note__c`, undefined],
  ['POST', `/setup/objects/${INVOICE}/validation-rules`, { apiName: 'Licence_Rule', errorConditionFormula: 'false', errorMessage: 'Never.' }],
  ['PATCH', `/setup/objects/${INVOICE}/validation-rules/Licence_Rule`, { active: false }],
  ['DELETE', `/setup/objects/${INVOICE}/validation-rules/Licence_Rule`, undefined],
  ['PUT', `/setup/objects/${INVOICE}/layouts/Licence_Layout`, { recordTypes: [], highlights: ['Name'], sections: [{ label: 'Only', columns: 1, fields: ['Name'] }], relatedLists: [] }],
  ['DELETE', `/setup/objects/${INVOICE}/layouts/Licence_Layout`, undefined],
  ['PUT', `/setup/objects/${INVOICE}/record-pages/Licence_Page`, { recordTypes: [], regions: [{ name: 'main', components: [{ type: 'details' }] }] }],
  ['DELETE', `/setup/objects/${INVOICE}/record-pages/Licence_Page`, undefined],
];

describe('Setup without the licence', () => {
  it('lists no object of the package; the licensed tenant’s admin sees them', async () => {
    const names = (await call(unlicensed, 'GET', '/setup/objects')).body.map((o: { apiName: string }) => o.apiName);
    expect(names).toContain('Contact');
    expect(names.filter((n: string) => n.startsWith('lumary__'))).toEqual([]);
    expect((await call(licensed, 'GET', '/setup/objects')).body.map((o: { apiName: string }) => o.apiName)).toContain(INVOICE);
  });

  it.each(ON_INVOICE)('%s %s on a package object is refused (403, not enabled) and changes nothing', async (method, path, body) => {
    const response = await call(unlicensed, method, path, body);
    expect(response.status).toBe(403);
    expect(response.body).toEqual([{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ENABLED, fields: [] }]);
  });

  it('refuses before reading the body: a malformed body still gets 403, not 400', async () => {
    const response = await call(unlicensed, 'POST', `/setup/objects/${INVOICE}/fields`, ['not', 'a', 'field']);
    expect(response.status).toBe(403);
  });

  it('nothing was added: licensed later, the tenant’s Invoice has no field, rule or layout the refused calls named', async () => {
    await tenants.setLicence('lic-gamma', 'Lumary AR', true);
    try {
      const invoice = await call(unlicensed, 'GET', `/setup/objects/${INVOICE}`);
      expect(invoice.status).toBe(200);
      expect(invoice.body.fields.map((f: { apiName: string }) => f.apiName)).not.toContain('Licence_Note__c');
      expect(invoice.body.validationRules.map((r: { apiName: string }) => r.apiName)).not.toContain('Licence_Rule');
      expect(invoice.body.layouts.map((l: { apiName: string }) => l.apiName)).not.toContain('Licence_Layout');
    } finally {
      await tenants.setLicence('lic-gamma', 'Lumary AR', false);
    }
  });

  it('leaves the package’s fields, layouts and record pages off a standard object (Contact), and they answer 404', async () => {
    const contact = await call(unlicensed, 'GET', '/setup/objects/Contact');
    expect(contact.status).toBe(200);
    const packages = (items: { packageName?: string }[]) => items.map((i) => i.packageName);
    expect(packages(contact.body.fields)).not.toContain('Lumary AR');
    expect(packages(contact.body.layouts)).not.toContain('Lumary AR');
    expect(packages(contact.body.recordPages)).not.toContain('Lumary AR');
    expect(contact.body.relatedListOptions.map((o: { object: string }) => o.object).filter((o: string) => o.startsWith('lumary__'))).toEqual([]);
    expect(JSON.stringify(contact.body)).not.toContain('lumary__');

    const changed = await call(unlicensed, 'PATCH', `/setup/objects/Contact/fields/${NDIS}`, { label: 'Changed' });
    expect(changed.status).toBe(404);

    // The licensed tenant sees the same field, and may relabel it.
    const licensedContact = await call(licensed, 'GET', '/setup/objects/Contact');
    expect(licensedContact.body.fields.map((f: { apiName: string }) => f.apiName)).toContain(NDIS);
  });

  it('refuses a lookup or roll-up on a standard object that points at a package object', async () => {
    const lookup = await call(unlicensed, 'POST', '/setup/objects/Account/fields', { label: 'Last Invoice', type: 'Lookup', referenceTo: INVOICE });
    expect(lookup.status).toBe(403);
    expect(lookup.body[0].message).toBe(NOT_ENABLED);
  });

  it('the licensed tenant’s admin adds a field to the package object as before', async () => {
    const added = await call(licensed, 'POST', `/setup/objects/${INVOICE}/fields`, { label: 'Licence Note', type: 'Text', length: 20 });
    expect(added.status).toBe(201);
    expect(added.body.apiName).toBe('Licence_Note__c');
  });
});
