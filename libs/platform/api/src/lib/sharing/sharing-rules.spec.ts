import type { TenantService } from '@platform/tenancy';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Criteria-based sharing rules and manual sharing over real HTTP, on PGlite or DATABASE_URL's
 * server, with Contact Private. Roles: Finance Manager > Finance Officer; Support Coordinator
 * (beside them). Each user owns one Contact named after them. What a user sees is checked through
 * the record, SOQL (rows and totalSize), a list view, a lookup search and a related list, which
 * must all agree; another tenant sees nothing.
 */
let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let manager: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let helper: TestUser;
let viewer: TestUser;
let otherAdmin: TestUser;
let accountId: string;
let supportRole: string;
const contacts: Record<string, string> = {};

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const q = (soql: string) => `/query?q=${encodeURIComponent(soql)}`;

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ metadata: 'platform', jobs: { pollSeconds: 0.5 } }));
  const user = (username: string, permissionSets: string[] = [FIXTURE.permissionSet]) =>
    signedInUser(api, tenants, { slug: 'shr-alpha', username: `${username}@shr-alpha.test`, permissionSets });
  admin = await signedInUser(api, tenants, { slug: 'shr-alpha', username: 'admin@shr-alpha.test', profile: 'System Administrator' });
  manager = await user('manager');
  officer = await user('officer');
  coordinator = await user('coordinator');
  helper = await user('helper');
  await tenants.createPermissionSet(admin.tenantId, {
    apiName: 'Contact_View_All',
    label: 'Contact View All',
    objects: { Contact: { read: true, viewAll: true } },
  });
  await tenants.createPermissionSet(admin.tenantId, { apiName: 'Debt_Desk', label: 'Debt Desk', objects: {} });
  viewer = await user('viewer', [FIXTURE.permissionSet, 'Contact_View_All']);
  otherAdmin = await signedInUser(api, tenants, { slug: 'shr-beta', username: 'admin@shr-beta.test', profile: 'System Administrator' });

  const role = async (Name: string, DeveloperName: string, ParentRoleId?: string) =>
    (await call(admin, 'POST', '/sobjects/UserRole', { Name, DeveloperName, ParentRoleId })).body.id as string;
  const financeManager = await role('Finance Manager', 'Finance_Manager');
  const financeOfficer = await role('Finance Officer', 'Finance_Officer', financeManager);
  supportRole = await role('Support Coordinator', 'Support_Coordinator');
  const supportHelper = await role('Support Helper', 'Support_Helper', supportRole);
  for (const [u, r] of [
    [manager, financeManager],
    [officer, financeOfficer],
    [coordinator, supportRole],
    [helper, supportHelper],
    [viewer, supportRole],
  ] as const) {
    expect((await call(admin, 'PATCH', `/sobjects/User/${u.userId}`, { UserRoleId: r })).status).toBe(204);
  }

  accountId = (await call(admin, 'POST', '/sobjects/Account', { Name: 'Shared Account' })).body.id;
  for (const [name, owner, state] of [
    ['Admin', admin, 'NSW'],
    ['Manager', manager, 'VIC'],
    ['Officer', officer, 'QLD'],
    ['Coordinator', coordinator, 'NSW'],
    ['Helper', helper, 'NSW'],
  ] as const) {
    const created = await call(owner, 'POST', '/sobjects/Contact', {
      RecordTypeId: 'General',
      LastName: name,
      AccountId: accountId,
      MailingState: state,
    });
    expect(created.status).toBe(201);
    contacts[name] = created.body.id;
  }
  expect((await call(admin, 'PUT', '/setup/sharing', { objects: { Contact: 'Private' } })).status).toBe(200);
}, 300_000);
afterAll(() => api?.close());

/** The names of the Contacts a user gets through each read path; each must agree with the others. */
async function seen(user: TestUser): Promise<string[]> {
  const soql = await call(user, 'GET', q('SELECT LastName FROM Contact ORDER BY LastName'));
  expect(soql.status).toBe(200);
  const names = (soql.body.records as { LastName: string }[]).map((r) => r.LastName);
  expect(soql.body.totalSize).toBe(names.length);
  const ids = names.map((n) => contacts[n]).sort();

  const list = await call(user, 'GET', '/ui/list-views/Contact/All');
  expect(list.status).toBe(200);
  expect((list.body.records as { Id: string }[]).map((r) => r.Id).sort()).toEqual(ids);
  expect(list.body.totalSize).toBe(names.length);

  const lookup = await call(user, 'GET', '/ui/lookup/Contact?q=');
  expect((lookup.body.records as { id: string }[]).map((r) => r.id).sort()).toEqual(ids);

  const page = await call(user, 'GET', `/ui/record/Account/${accountId}`);
  if (user.tenantId !== admin.tenantId) expect(page.status).toBe(404);
  else {
    const related = (page.body.relatedLists as { label: string; records: { Id: string }[] }[]).find((r) => r.label === 'Contacts');
    expect(related?.records.map((r) => r.Id).sort()).toEqual(ids);
  }
  for (const [name, id] of Object.entries(contacts)) {
    expect([name, (await call(user, 'GET', `/sobjects/Contact/${id}`)).status]).toEqual([name, names.includes(name) ? 200 : 404]);
  }
  return names;
}

/** Waits for a rule's recalculation job to finish, and answers its progress. */
async function recalculated(jobId: string): Promise<{ state: string; records: number; shares: number }> {
  for (let i = 0; i < 120; i++) {
    const res = await call(admin, 'GET', `/setup/sharing-rules/recalculations/${jobId}`);
    if (res.status === 200 && ['completed', 'failed'].includes(res.body.state)) return res.body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`recalculation ${jobId} did not finish`);
}

const phone = (user: TestUser, name: string) => call(user, 'PATCH', `/sobjects/Contact/${contacts[name]}`, { Phone: '0400 000 001' });

describe('criteria-based sharing rules', () => {
  let ruleId: string;

  it('shares the matching records with a role and its subordinates once the recalculation has run', async () => {
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper']);
    const created = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'Contact',
      name: 'Victorian contacts',
      criteria: [{ field: 'MailingState', operator: 'equals', value: 'VIC' }],
      access: 'Read',
      sharedWithType: 'RoleAndSubordinates',
      sharedWith: supportRole,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({ object: 'Contact', name: 'Victorian contacts', access: 'Read', sharedWithLabel: 'Support Coordinator' }),
    );
    ruleId = created.body.id;
    expect(await recalculated(created.body.recalculation.jobId)).toEqual(
      expect.objectContaining({ state: 'completed', records: 5, shares: 1 }),
    );

    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper', 'Manager']);
    expect(await seen(helper)).toEqual(['Helper', 'Manager']);
    // Outside the role: the officer sees only their own; the manager their own and the officer's.
    expect(await seen(officer)).toEqual(['Officer']);
    expect(await seen(manager)).toEqual(['Manager', 'Officer']);
    expect(await seen(viewer)).toEqual(['Admin', 'Coordinator', 'Helper', 'Manager', 'Officer']);
    expect(await seen(otherAdmin)).toEqual([]);
    // Read only: the coordinator may not edit the shared record.
    expect((await phone(coordinator, 'Manager')).status).toBe(403);

    const listed = await call(admin, 'GET', '/setup/sharing-rules?object=Contact');
    expect(listed.body.rules).toEqual([expect.objectContaining({ id: ruleId, recordCount: 1 })]);
    const why = await call(coordinator, 'GET', `/sobjects/Contact/${contacts['Manager']}/shares`);
    expect(why.status).toBe(200);
    expect(why.body).toEqual({
      mayShare: false,
      shares: [
        expect.objectContaining({ rowCause: 'Owner', grantee: manager.userId, access: 'All' }),
        expect.objectContaining({
          rowCause: 'Rule',
          ruleName: 'Victorian contacts',
          granteeType: 'RoleAndSubordinates',
          granteeName: 'Support Coordinator and subordinates',
          access: 'Read',
        }),
      ],
    });
  });

  it('recomputes a record’s rule shares when it is written, in the same transaction', async () => {
    expect((await call(officer, 'PATCH', `/sobjects/Contact/${contacts['Officer']}`, { MailingState: 'VIC' })).status).toBe(204);
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper', 'Manager', 'Officer']);
    // The manager's record stops matching: the rule's share goes with it.
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Manager']}`, { MailingState: 'TAS' })).status).toBe(204);
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper', 'Officer']);
    expect((await call(manager, 'PATCH', `/sobjects/Contact/${contacts['Manager']}`, { MailingState: 'VIC' })).status).toBe(204);
  });

  it('recomputes every record after the rule is edited (Read/Write, then other criteria)', async () => {
    const edited = await call(admin, 'PUT', `/setup/sharing-rules/${ruleId}`, { access: 'ReadWrite' });
    expect(edited.status).toBe(200);
    await recalculated(edited.body.recalculation.jobId);
    expect((await phone(coordinator, 'Manager')).status).toBe(204);

    const narrowed = await call(admin, 'PUT', `/setup/sharing-rules/${ruleId}`, {
      criteria: [
        { field: 'MailingState', operator: 'in', value: ['VIC', 'QLD'] },
        { field: 'LastName', operator: 'startsWith', value: 'Off' },
      ],
    });
    expect(narrowed.status).toBe(200);
    expect(await recalculated(narrowed.body.recalculation.jobId)).toEqual(expect.objectContaining({ state: 'completed', shares: 1 }));
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper', 'Officer']);
    expect((await phone(coordinator, 'Officer')).status).toBe(204);
  });

  it('shares with a permission set’s users, evaluated at each request (unassigning takes it away)', async () => {
    const created = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'Contact',
      name: 'Debt desk sees NSW',
      criteria: [{ field: 'MailingState', operator: 'equals', value: 'NSW' }],
      access: 'Read',
      sharedWithType: 'PermissionSet',
      sharedWith: 'debt_desk',
    });
    expect(created.status).toBe(201);
    expect(created.body.sharedWith).toBe('Debt_Desk');
    await recalculated(created.body.recalculation.jobId);
    expect(await seen(officer)).toEqual(['Officer']);
    await tenants.assign(admin.tenantId, officer.userId, 'Debt_Desk');
    expect(await seen(officer)).toEqual(['Admin', 'Coordinator', 'Helper', 'Officer']);
    // A permission set's share is its holders' alone (the manager above the officer does not hold it).
    expect(await seen(manager)).toEqual(['Manager', 'Officer']);
    await tenants.unassign(admin.tenantId, officer.userId, 'Debt_Desk');
    expect(await seen(officer)).toEqual(['Officer']);

    expect((await call(admin, 'DELETE', `/setup/sharing-rules/${created.body.id}`)).status).toBe(204);
    expect((await call(admin, 'GET', `/setup/sharing-rules/${created.body.id}`)).status).toBe(404);
  });

  it('names every bad field of a rule (400) and writes nothing', async () => {
    const bad = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'Contact',
      name: 'Broken',
      criteria: [
        { field: 'NoSuchField__c', operator: 'equals', value: 'x' },
        { field: 'Birthdate', operator: 'greaterThan', value: 'yesterday' },
      ],
      access: 'Read',
      sharedWithType: 'Role',
      sharedWith: '00000000-0000-0000-0000-000000000000',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.map((e: { fields: string[] }) => e.fields[0]).sort()).toEqual(['criteria[0].field', 'criteria[1].value', 'sharedWith']);
    const child = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'fixture__Order_Line__c',
      name: 'Lines',
      criteria: [],
      access: 'Read',
      sharedWithType: 'Role',
      sharedWith: supportRole,
    });
    expect([child.status, child.body[0].fields]).toEqual([400, ['object']]);
    const badAccess = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'Contact',
      name: 'x',
      criteria: [],
      access: 'All',
      sharedWithType: 'Role',
      sharedWith: supportRole,
    });
    expect([badAccess.status, badAccess.body[0].fields]).toEqual([400, ['access']]);
    const duplicate = await call(admin, 'POST', '/setup/sharing-rules', {
      object: 'Contact',
      name: 'victorian CONTACTS',
      criteria: [],
      access: 'Read',
      sharedWithType: 'Role',
      sharedWith: supportRole,
    });
    expect([duplicate.status, duplicate.body[0].errorCode, duplicate.body[0].fields]).toEqual([400, 'DUPLICATE_VALUE', ['name']]);
    expect((await call(admin, 'GET', '/setup/sharing-rules')).body.rules).toHaveLength(1);
  });

  it('are an admin’s: anyone else gets 403, another tenant’s admin 404 and none of them', async () => {
    expect((await call(officer, 'GET', '/setup/sharing-rules')).status).toBe(403);
    expect((await call(officer, 'DELETE', `/setup/sharing-rules/${ruleId}`)).status).toBe(403);
    expect((await call(otherAdmin, 'GET', `/setup/sharing-rules/${ruleId}`)).status).toBe(404);
    expect((await call(otherAdmin, 'PUT', `/setup/sharing-rules/${ruleId}`, { access: 'Read' })).status).toBe(404);
    expect((await call(otherAdmin, 'GET', '/setup/sharing-rules')).body.rules).toEqual([]);
  });

  it('takes its shares away at once when deleted', async () => {
    expect((await call(admin, 'DELETE', `/setup/sharing-rules/${ruleId}`)).status).toBe(204);
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper']);
  });
});

describe('manual sharing', () => {
  it('lets the owner share a record Read with a user, and take it back', async () => {
    const shared = await call(officer, 'POST', `/sobjects/Contact/${contacts['Officer']}/shares`, {
      granteeType: 'User',
      grantee: coordinator.userId,
      access: 'Read',
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toEqual(
      expect.objectContaining({ rowCause: 'Manual', granteeType: 'User', grantee: coordinator.userId, access: 'Read' }),
    );
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper', 'Officer']);
    // Not the helper below: a share with a user is not one with their subordinates.
    expect(await seen(helper)).toEqual(['Helper']);
    expect((await phone(coordinator, 'Officer')).status).toBe(403);
    // Only the owner, those above them and Modify All may share it.
    const refused = await call(coordinator, 'POST', `/sobjects/Contact/${contacts['Officer']}/shares`, {
      granteeType: 'User',
      grantee: helper.userId,
      access: 'Read',
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([expect.objectContaining({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' })]);
    expect((await call(coordinator, 'DELETE', `/sobjects/Contact/${contacts['Officer']}/shares/${shared.body.id}`)).status).toBe(403);

    // Sharing again changes the access.
    const upgraded = await call(manager, 'POST', `/sobjects/Contact/${contacts['Officer']}/shares`, {
      granteeType: 'User',
      grantee: coordinator.userId,
      access: 'ReadWrite',
    });
    expect([upgraded.status, upgraded.body.id]).toEqual([201, shared.body.id]);
    expect((await phone(coordinator, 'Officer')).status).toBe(204);

    const list = await call(officer, 'GET', `/sobjects/Contact/${contacts['Officer']}/shares`);
    expect(list.body).toEqual({
      mayShare: true,
      shares: [
        expect.objectContaining({ rowCause: 'Owner', grantee: officer.userId }),
        expect.objectContaining({ id: shared.body.id, rowCause: 'Manual', granteeName: 'coordinator', access: 'ReadWrite' }),
      ],
    });
    expect((await call(officer, 'DELETE', `/sobjects/Contact/${contacts['Officer']}/shares/${shared.body.id}`)).status).toBe(204);
    expect(await seen(coordinator)).toEqual(['Coordinator', 'Helper']);
    expect((await call(officer, 'DELETE', `/sobjects/Contact/${contacts['Officer']}/shares/${shared.body.id}`)).status).toBe(404);
  });

  it('shares with a role and its subordinates; nobody outside sees it, nor another tenant', async () => {
    const shared = await call(admin, 'POST', `/sobjects/Contact/${contacts['Admin']}/shares`, {
      granteeType: 'RoleAndSubordinates',
      grantee: supportRole,
      access: 'Read',
    });
    expect(shared.status).toBe(201);
    expect(await seen(coordinator)).toEqual(['Admin', 'Coordinator', 'Helper']);
    expect(await seen(helper)).toEqual(['Admin', 'Helper']);
    expect(await seen(officer)).toEqual(['Officer']);
    expect((await call(otherAdmin, 'GET', `/sobjects/Contact/${contacts['Admin']}/shares`)).status).toBe(404);
    expect((await call(officer, 'GET', `/sobjects/Contact/${contacts['Admin']}/shares`)).status).toBe(404);
    expect((await call(admin, 'DELETE', `/sobjects/Contact/${contacts['Admin']}/shares/${shared.body.id}`)).status).toBe(204);
  });

  it('names a bad grantee or access (400)', async () => {
    const bad = await call(officer, 'POST', `/sobjects/Contact/${contacts['Officer']}/shares`, {
      granteeType: 'User',
      grantee: otherAdmin.userId,
      access: 'Read',
    });
    expect([bad.status, bad.body[0].errorCode, bad.body[0].fields]).toEqual([400, 'INVALID_CROSS_REFERENCE_KEY', ['grantee']]);
    const access = await call(officer, 'POST', `/sobjects/Contact/${contacts['Officer']}/shares`, {
      granteeType: 'User',
      grantee: coordinator.userId,
      access: 'Owner',
    });
    expect([access.status, access.body[0].fields]).toEqual([400, ['access']]);
  });
});
