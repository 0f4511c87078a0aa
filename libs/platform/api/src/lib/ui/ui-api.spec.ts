import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * What the web shell needs beyond the record page itself: lookups named, list views sorted and
 * searched, the record types for New, and the form of one record type.
 */
const ENTITY = 'fixture__Register__c';
const NOT_ENABLED = FIXTURE.notEnabled;

let api: RunningApi;
let tenants: TenantService;
let finance: TestUser;
let support: TestUser;
let otherTenant: TestUser;
let revenueId: string;
let therapyId: string;

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const category = (name: string, code: string, parent?: string) => ({
  Name: name,
  RecordTypeId: 'Category',
  fixture__Kind__c: 'Standard',
  fixture__Code__c: code,
  ...(parent ? { fixture__Parent__c: parent } : {}),
});
const names = (body: { records: { Name: string }[] }) => body.records.map((r) => r.Name);

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  finance = await signedInUser(api, tenants, {
    slug: 'ui-alpha',
    username: 'finance@ui-alpha.test',
    permissionSets: [FIXTURE.permissionSet],
  });
  support = await signedInUser(api, tenants, { slug: 'ui-alpha', username: 'support@ui-alpha.test' });
  otherTenant = await signedInUser(api, tenants, {
    slug: 'ui-beta',
    username: 'finance@ui-beta.test',
    permissionSets: [FIXTURE.permissionSet],
  });
  revenueId = (await call(finance, 'POST', `/sobjects/${ENTITY}`, category('Revenue', '4000'))).body.id;
  therapyId = (await call(finance, 'POST', `/sobjects/${ENTITY}`, category('Therapy', '4100', revenueId))).body.id;
  await call(finance, 'POST', `/sobjects/${ENTITY}`, category('Aids and Equipment', '4200', revenueId));
});

afterAll(() => api?.close());

describe('the record page', () => {
  it("names a lookup's target so the shell can link to it", async () => {
    const page = await call(finance, 'GET', `/ui/record/${ENTITY}/${therapyId}`);
    expect(page.status).toBe(200);
    const parent = page.body.sections[0].fields.find((f: { name: string }) => f.name === 'fixture__Parent__c');
    expect(parent).toMatchObject({
      type: 'Lookup',
      displayType: 'Lookup',
      value: revenueId,
      reference: { object: ENTITY, id: revenueId, name: 'Revenue' },
    });
    const related = page.body.relatedLists;
    expect(related.map((r: { label: string }) => r.label)).toEqual(['Child Categories', 'Posting Lines']);
  });

  it('shows a related list of children with their names, and another tenant gets 404 for the id', async () => {
    const page = await call(finance, 'GET', `/ui/record/${ENTITY}/${revenueId}`);
    expect(names(page.body.relatedLists[0]).sort()).toEqual(['Aids and Equipment', 'Therapy']);
    expect((await call(otherTenant, 'GET', `/ui/record/${ENTITY}/${revenueId}`)).status).toBe(404);
  });
});

describe('the lookup search', () => {
  it('finds records by name, and Contacts (a formula name) by first or last name', async () => {
    const found = await call(finance, 'GET', `/ui/lookup/${ENTITY}?q=ther`);
    expect(found.body.records).toEqual([{ id: therapyId, name: 'Therapy' }]);
    await call(support, 'POST', '/sobjects/Contact', { FirstName: 'Ann', LastName: "O'Brien", RecordTypeId: 'General' });
    await call(support, 'POST', '/sobjects/Contact', { FirstName: 'Bob', LastName: 'Annandale', RecordTypeId: 'General' });
    await call(support, 'POST', '/sobjects/Contact', { FirstName: 'Cy', LastName: 'Young', RecordTypeId: 'General' });
    const contacts = await call(support, 'GET', '/ui/lookup/Contact?q=ann');
    expect(contacts.status).toBe(200);
    expect(contacts.body.records.map((r: { name: string }) => r.name).sort()).toEqual(["Ann O'Brien", 'Bob Annandale']);
    const quoted = await call(support, 'GET', `/ui/lookup/Contact?q=${encodeURIComponent("o'b")}`);
    expect(quoted.body.records.map((r: { name: string }) => r.name)).toEqual(["Ann O'Brien"]);
    expect((await call(otherTenant, 'GET', '/ui/lookup/Contact?q=ann')).body.records).toEqual([]);
  });
});

describe('a list view', () => {
  const view = (query: string) => call(finance, 'GET', `/ui/list-views/${ENTITY}/Categories?${query}`);

  it('sorts by a column both ways', async () => {
    expect(names((await view('sort=Name&direction=asc')).body)).toEqual(['Aids and Equipment', 'Revenue', 'Therapy']);
    const desc = await view('sort=Name&direction=desc');
    expect(names(desc.body)).toEqual(['Therapy', 'Revenue', 'Aids and Equipment']);
    expect(desc.body.sort).toEqual({ field: 'Name', direction: 'desc' });
  });

  it('filters by the text in any searchable column, a quote in it included', async () => {
    expect(names((await view('search=rap')).body)).toEqual(['Therapy']);
    expect(names((await view('search=4200')).body)).toEqual(['Aids and Equipment']);
    const quoted = await view(`search=${encodeURIComponent("O'Brien' OR Name != '")}`);
    expect(quoted.status).toBe(200);
    expect(quoted.body.records).toEqual([]);
  });

  it('refuses to sort by a column not in the view, or in an unknown direction, with a 400 naming the parameter', async () => {
    const byHidden = await view('sort=fixture__External_Id__c');
    expect(byHidden.status).toBe(400);
    expect(byHidden.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['sort'] });
    const sideways = await view('sort=Name&direction=sideways');
    expect(sideways.status).toBe(400);
    expect(sideways.body[0]).toMatchObject({ errorCode: 'MALFORMED_QUERY', fields: ['direction'] });
  });

  it("shows one tenant's records only", async () => {
    const other = await call(otherTenant, 'GET', `/ui/list-views/${ENTITY}/Categories`);
    expect(other.status).toBe(200);
    expect(other.body.records).toEqual([]);
  });
});

describe('New: record types and the form', () => {
  it('lists the record types a user may create', async () => {
    const choice = await call(finance, 'GET', `/ui/record-types/${ENTITY}`);
    expect(choice.status).toBe(200);
    expect(choice.body.recordTypes.map((r: { name: string }) => r.name)).toEqual(['Category', 'Period', 'Site']);
  });

  it("gives the form of a record type: its layout's sections and only its picklist values", async () => {
    const form = await call(finance, 'GET', `/ui/record-form/${ENTITY}?recordType=Period`);
    expect(form.status).toBe(200);
    expect(form.body.recordType).toEqual({ name: 'Period', label: 'Period' });
    expect(form.body.sections.map((s: { label: string }) => s.label)).toEqual(['Period', 'External System']);
    const fields = form.body.sections[0].fields;
    expect(fields.map((f: { name: string }) => f.name)).toEqual([
      'Name',
      'fixture__Status__c',
      'fixture__Kind__c',
      'fixture__Start_Date__c',
      'fixture__End_Date__c',
    ]);
    const status = fields.find((f: { name: string }) => f.name === 'fixture__Status__c');
    expect(status).toMatchObject({
      type: 'Picklist',
      createable: true,
      picklistValues: [
        { value: 'Open', label: 'Open', default: true },
        { value: 'Closed', label: 'Closed', default: false },
      ],
    });
    expect(fields.find((f: { name: string }) => f.name === 'fixture__Start_Date__c')).toMatchObject({ type: 'Date', createable: true });
  });

  it('needs a record type for an object with several, and refuses an unknown one, naming RecordTypeId', async () => {
    const none = await call(finance, 'GET', `/ui/record-form/${ENTITY}`);
    expect(none.status).toBe(400);
    expect(none.body[0]).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['RecordTypeId'] });
    const unknown = await call(finance, 'GET', `/ui/record-form/${ENTITY}?recordType=Nope`);
    expect(unknown.status).toBe(400);
    expect(unknown.body[0]).toMatchObject({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: ['RecordTypeId'] });
  });

  it('refuses a user without the package’s permission set with the "not enabled" message', async () => {
    for (const path of [`/ui/record-types/${ENTITY}`, `/ui/record-form/${ENTITY}?recordType=Category`]) {
      const response = await call(support, 'GET', path);
      expect(response.status).toBe(403);
      expect(response.body[0].message).toBe(NOT_ENABLED);
    }
  });
});
