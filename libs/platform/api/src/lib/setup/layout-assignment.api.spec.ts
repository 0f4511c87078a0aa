import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Page layout assignment (issue 15): the layout each record type's records are shown with is
 * declared by the packages (package.yaml `layoutAssignments`: the fixture assigns Client Contacts
 * its Member Layout) and may be reassigned by a tenant's admin in Setup. Editing the core's
 * Contact Layout changes that layout only: Client Contacts keep the package's.
 */
let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let user: TestUser;
let otherAdmin: TestUser;

const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });
const sectionLabels = (page: { body: { sections: { label: string }[] } }) => page.body.sections.map((s) => s.label);
const relatedLabels = (page: { body: { relatedLists: { label: string }[] } }) => page.body.relatedLists.map((r) => r.label);
type Row = { recordType: string; layout: string | null; packageLayout: string | null; customised: boolean };
const rows = async (who: TestUser) =>
  Object.fromEntries(
    ((await call(who, 'GET', '/setup/objects/Contact')).body.layoutAssignments as Row[]).map((r) => [
      r.recordType,
      [r.layout, r.packageLayout, r.customised],
    ]),
  );

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'assign-alpha', username: 'admin@assign-alpha.test', profile: 'System Administrator' });
  user = await signedInUser(api, tenants, {
    slug: 'assign-alpha',
    username: 'user@assign-alpha.test',
    permissionSets: [FIXTURE.permissionSet],
  });
  otherAdmin = await signedInUser(api, tenants, {
    slug: 'assign-beta',
    username: 'admin@assign-beta.test',
    profile: 'System Administrator',
  });
});

afterAll(() => api?.close());

async function contact(who: TestUser, recordType: string, lastName: string): Promise<string> {
  const created = await call(who, 'POST', '/sobjects/Contact', { LastName: lastName, RecordTypeId: recordType });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('page layout assignment', () => {
  it("editing the core Contact Layout leaves Client Contacts on the package's layout, with its related list", async () => {
    expect(await rows(admin)).toEqual({
      Client: ['Member_Layout', 'Member_Layout', false],
      General: ['Contact_Layout', 'Contact_Layout', false],
    });
    const setup = await call(admin, 'GET', '/setup/objects/Contact');
    const core = setup.body.layouts.find((l: { apiName: string }) => l.apiName === 'Contact_Layout');
    const edited = await call(admin, 'PUT', '/setup/objects/Contact/layouts/Contact_Layout', {
      ...core,
      sections: [{ label: 'Edited by the admin', columns: 1, fields: ['LastName', 'Email'] }],
    });
    expect(edited.status).toBe(200);

    const client = await contact(admin, 'Client', 'Member');
    const general = await contact(admin, 'General', 'Nominee');
    const clientPage = await call(admin, 'GET', `/ui/record/Contact/${client}`);
    expect(sectionLabels(clientPage)).toEqual(['Contact Information', 'Membership']);
    expect(relatedLabels(clientPage)).toEqual(['Orders']);
    const generalPage = await call(admin, 'GET', `/ui/record/Contact/${general}`);
    expect(sectionLabels(generalPage)).toEqual(['Edited by the admin']);
    // The New/Edit form goes by the same assignment.
    const form = await call(admin, 'GET', '/ui/record-form/Contact?recordType=Client');
    expect(form.body.sections.map((s: { label: string }) => s.label)).toEqual(['Contact Information', 'Membership']);
    expect((await call(admin, 'DELETE', '/setup/objects/Contact/layouts/Contact_Layout')).status).toBe(204);
  });

  it("an admin reassigns a record type's layout, for that tenant alone; naming the package's layout goes back to it", async () => {
    const put = await call(admin, 'PUT', '/setup/objects/Contact/layout-assignments', {
      assignments: [{ recordType: 'client', layout: 'contact_layout' }],
    });
    expect(put.status).toBe(200);
    expect(put.body.find((r: Row) => r.recordType === 'Client')).toMatchObject({
      layout: 'Contact_Layout',
      packageLayout: 'Member_Layout',
      customised: true,
    });
    const mine = await contact(admin, 'Client', 'Reassigned');
    expect(sectionLabels(await call(admin, 'GET', `/ui/record/Contact/${mine}`))).toEqual(['Contact Information', 'Mailing Address']);
    // Another tenant keeps the package's assignment.
    const theirs = await contact(otherAdmin, 'Client', 'Elsewhere');
    expect(sectionLabels(await call(otherAdmin, 'GET', `/ui/record/Contact/${theirs}`))).toEqual(['Contact Information', 'Membership']);
    expect((await rows(otherAdmin))['Client']).toEqual(['Member_Layout', 'Member_Layout', false]);
    const back = await call(admin, 'PUT', '/setup/objects/Contact/layout-assignments', {
      assignments: [{ recordType: 'Client', layout: 'Member_Layout' }],
    });
    expect(back.status).toBe(200);
    expect((await rows(admin))['Client']).toEqual(['Member_Layout', 'Member_Layout', false]);
    expect(sectionLabels(await call(admin, 'GET', `/ui/record/Contact/${mine}`))).toEqual(['Contact Information', 'Membership']);
  });

  it('names every unknown record type and layout by its row, and writes nothing', async () => {
    const bad = await call(admin, 'PUT', '/setup/objects/Contact/layout-assignments', {
      assignments: [
        { recordType: 'Ghost', layout: 'Contact_Layout' },
        { recordType: 'General', layout: 'No_Such_Layout' },
        { recordType: 'Client', layout: 'Contact_Layout' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.map((e: { errorCode: string; fields: string[] }) => [e.errorCode, e.fields])).toEqual([
      ['INVALID_FIELD', ['assignments[0].recordType']],
      ['INVALID_FIELD', ['assignments[1].layout']],
    ]);
    expect((await rows(admin))['Client']).toEqual(['Member_Layout', 'Member_Layout', false]);
    const shapeless = await call(admin, 'PUT', '/setup/objects/Contact/layout-assignments', { assignments: [{ recordType: 'Client' }] });
    expect(shapeless.status).toBe(400);
    expect(shapeless.body[0].fields).toEqual(['assignments[0].layout']);
    const unknownObject = await call(admin, 'PUT', '/setup/objects/Nothing__c/layout-assignments', { assignments: [] });
    expect(unknownObject.status).toBe(404);
  });

  it('is for System Administrators only: a standard user gets 403 and changes nothing', async () => {
    const refused = await call(user, 'PUT', '/setup/objects/Contact/layout-assignments', {
      assignments: [{ recordType: 'Client', layout: 'Contact_Layout' }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    expect((await rows(admin))['Client']).toEqual(['Member_Layout', 'Member_Layout', false]);
  });
});
