import type { TenantService } from '@platform/tenancy';
import { INSTALLED_PACKAGES } from './packages';
import { PASSWORD, request, signedInUser, startTestApi, type TestUser } from '@platform/api/testing';
import type { RunningApi } from '@platform/api';
import { manualEntry, seedBankLines, seedInvoices, seedJournalEntry, seedServices, seedPayments } from '@lumary-ar/api/testing';

/**
 * Every route of the API, walked with: no session, a user of another tenant using this tenant's
 * ids, a user without the AR permission set, a tenant without the licence, and the right user.
 * The route list is read from the running app, so a new route without a case here fails.
 */
const ENTITY = 'lumary__Accounting_Entity__c';
const NOT_ENABLED = 'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.';

let api: RunningApi;
let tenants: TenantService;
let finance: TestUser;
let financeB: TestUser;
let support: TestUser;
let admin: TestUser;
let unlicensed: TestUser;
let narrow: TestUser;
let leaver: TestUser;
/** Changes their own password (their other sessions end). */
let changer: TestUser;
let recordId: string;
let recordName: string;

const call = (user: TestUser | undefined, method: string, path: string, body?: unknown) =>
  request(api, method, path, { token: user?.token, body });

const period = (name: string, month: string) => ({
  Name: name,
  RecordTypeId: 'Accounting_Period',
  lumary__Status__c: 'Open',
  lumary__Start_Date__c: `2026-${month}-01`,
  lumary__End_Date__c: `2026-${month}-28`,
  lumary__Reporting_Code__c: `P-${month}`,
  lumary__External_Id__c: `EXT-${month}`,
});

beforeAll(async () => {
  const started = await startTestApi({ packages: INSTALLED_PACKAGES });
  ({ api, tenants } = started);
  const AR = ['lumary__AR_Management'];
  finance = await signedInUser(api, tenants, { slug: 'alpha', username: 'finance@alpha.test', permissionSets: AR });
  support = await signedInUser(api, tenants, { slug: 'alpha', username: 'support@alpha.test' });
  admin = await signedInUser(api, tenants, { slug: 'alpha', username: 'admin@alpha.test', profile: 'System Administrator' });
  financeB = await signedInUser(api, tenants, { slug: 'beta', username: 'finance@beta.test', permissionSets: AR });
  unlicensed = await signedInUser(api, tenants, {
    slug: 'gamma',
    username: 'admin@gamma.test',
    profile: 'System Administrator',
    arLicensed: false,
  });
  await tenants.createPermissionSet(finance.tenantId, {
    apiName: 'Period_Viewer',
    label: 'Period viewer',
    objects: { [ENTITY]: { read: true, edit: true } },
    fields: { [`${ENTITY}.lumary__Status__c`]: { read: true, edit: true }, [`${ENTITY}.lumary__Reporting_Code__c`]: { read: true } },
  });
  narrow = await signedInUser(api, tenants, { slug: 'alpha', username: 'viewer@alpha.test', permissionSets: ['Period_Viewer'] });
  leaver = await signedInUser(api, tenants, { slug: 'alpha', username: 'leaver@alpha.test' });
  changer = await signedInUser(api, tenants, { slug: 'alpha', username: 'changer@alpha.test' });
  recordName = 'Secret March';
  recordId = (await call(finance, 'POST', `/sobjects/${ENTITY}`, period(recordName, '03'))).body.id;
});

let journalEntryId: string;
let journalPeriodId: string;
let journalGl: { debit: string; credit: string };
beforeAll(async () => {
  ({ entryId: journalEntryId, periodId: journalPeriodId, glCodes: journalGl } = await seedJournalEntry(call, finance, '2026-06'));
});

/** A sharing rule for the Setup routes to read, change and delete; a manual share of the record for its DELETE. */
const matrixRule = (name: string) => ({
  object: 'Contact',
  name,
  criteria: [{ field: 'LastName', operator: 'equals', value: 'Nobody' }],
  access: 'Read',
  sharedWithType: 'PermissionSet',
  sharedWith: 'lumary__AR_Management',
});
let sharingRule: { id: string; jobId: string };
let matrixShareId: string;
beforeAll(async () => {
  const rule = await call(admin, 'POST', '/setup/sharing-rules', matrixRule('Matrix rule'));
  expect(rule.status).toBe(201);
  sharingRule = { id: rule.body.id, jobId: rule.body.recalculation.jobId };
  const share = await call(finance, 'POST', `/sobjects/${ENTITY}/${recordId}/shares`, {
    granteeType: 'User',
    grantee: narrow.userId,
    access: 'Read',
  });
  expect(share.status).toBe(201);
  matrixShareId = share.body.id;
});

/** Permission sets for the Setup routes to edit and delete. */
beforeAll(async () => {
  await tenants.createPermissionSet(finance.tenantId, { apiName: 'Matrix_Edited', label: 'Edited' });
  await tenants.createPermissionSet(finance.tenantId, { apiName: 'Matrix_Deleted', label: 'Deleted' });
});

/** Roles for the Setup → Roles routes to read, change and delete. */
let matrixRole: string;
let doomedRole: string;
beforeAll(async () => {
  matrixRole = (await call(admin, 'POST', '/setup/roles', { name: 'Matrix Role' })).body.id;
  doomedRole = (await call(admin, 'POST', '/setup/roles', { name: 'Matrix Doomed' })).body.id;
});

/** AR records for the invoice routes, in the June 2026 period seedJournalEntry opened. */
let ar: Awaited<ReturnType<typeof seedInvoices>>;
beforeAll(async () => {
  ar = await seedInvoices(call, finance, '2026-06-15');
});

/** Services, claims and a billing run for the billing routes, in the same period. */
let billing: Awaited<ReturnType<typeof seedServices>>;
beforeAll(async () => {
  billing = await seedServices(call, finance, '2026-06-16', '2026-05-31');
});

/** Payments for the payment routes, by the invoices' client, in the same period. */
let payments: Awaited<ReturnType<typeof seedPayments>>;
beforeAll(async () => {
  payments = await seedPayments(call, finance, ar.client, '2026-06-16');
});

/** A statements run for its progress route. */
let statementRun: string;
beforeAll(async () => {
  statementRun = (await call(finance, 'POST', '/lumary/statements/send-all', { asAt: '2026-06-30' })).body.runId;
});

/** A bank statement for the bank routes: lines to confirm and to split, and a learnt rule to remove. */
let bank: Awaited<ReturnType<typeof seedBankLines>>;
beforeAll(async () => {
  bank = await seedBankLines(call, finance, ar.client, '2026-06-18');
});

afterAll(() => api?.close());

interface RouteCase {
  /** The concrete path (under /api) and body for this route. */
  path: () => string;
  body?: () => unknown;
  /** The status the right user gets. */
  ok: number;
  /** True when the route is about an AR object: users without the licence or permission set get 403. */
  ar?: boolean;
  /** True when the path carries this tenant's record id: another tenant must get 404. */
  recordId?: boolean;
  /** Who "the right user" is (default: the finance user). */
  as?: () => TestUser;
}

/** A one-item support catalogue file (the NDIS Support Catalogue's columns). */
const MATRIX_CATALOGUE =
  'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA\n01_011_0107_1_1,Self-Care,H,20260701,70.23,70.23,98.32,70.23,70.23,70.23,70.23,70.23';

const fresh = () => period(`New ${Math.random()}`, '04');

/** Setup routes answer admins; everyone else is refused with 403 first (see 'Setup is for admins'). */
const SETUP_ROUTES: string[] = [];
function setupCases(routes: Record<string, Omit<RouteCase, 'as'>>): Record<string, RouteCase> {
  SETUP_ROUTES.push(...Object.keys(routes));
  return Object.fromEntries(Object.entries(routes).map(([route, c]) => [route, { ...c, as: () => admin }]));
}
const cases: Record<string, RouteCase> = {
  'GET /api/auth/me': { path: () => '/auth/me', ok: 200 },
  'POST /api/auth/logout': { path: () => '/auth/logout', ok: 204, as: () => leaver },
  'POST /api/auth/password': {
    path: () => '/auth/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: `matrix changed ${Date.now()} quietly` }),
    ok: 204,
    as: () => changer,
  },
  'GET /api/sobjects': { path: () => '/sobjects', ok: 200 },
  'GET /api/sobjects/:object': { path: () => `/sobjects/${ENTITY}`, ok: 200, ar: true },
  'GET /api/sobjects/:object/describe': { path: () => `/sobjects/${ENTITY}/describe`, ok: 200, ar: true },
  'POST /api/sobjects/:object': { path: () => `/sobjects/${ENTITY}`, body: fresh, ok: 201, ar: true },
  'GET /api/sobjects/:object/:id': { path: () => `/sobjects/${ENTITY}/${recordId}`, ok: 200, ar: true, recordId: true },
  'PATCH /api/sobjects/:object/:id': {
    path: () => `/sobjects/${ENTITY}/${recordId}`,
    body: () => ({ lumary__Status__c: 'Open' }),
    ok: 204,
    ar: true,
    recordId: true,
  },
  'PATCH /api/sobjects/:object/:field/:value': {
    path: () => `/sobjects/${ENTITY}/lumary__External_Id__c/UPSERT-${Math.random()}`,
    // Its own month: periods never overlap, and the POST case has April.
    body: () => ({ ...period(`Upserted ${Math.random()}`, '09'), lumary__External_Id__c: undefined }),
    ok: 201,
    ar: true,
  },
  'GET /api/sobjects/:object/:id/history': { path: () => `/sobjects/${ENTITY}/${recordId}/history`, ok: 200, ar: true, recordId: true },
  // Manual sharing (before the record's DELETE, which makes a new record): the owner (finance) shares it.
  'GET /api/sobjects/:object/:id/shares': { path: () => `/sobjects/${ENTITY}/${recordId}/shares`, ok: 200, ar: true, recordId: true },
  'POST /api/sobjects/:object/:id/shares': {
    path: () => `/sobjects/${ENTITY}/${recordId}/shares`,
    body: () => ({ granteeType: 'User', grantee: support.userId, access: 'Read' }),
    ok: 201,
    ar: true,
    recordId: true,
  },
  'DELETE /api/sobjects/:object/:id/shares/:shareId': {
    path: () => `/sobjects/${ENTITY}/${recordId}/shares/${matrixShareId}`,
    ok: 204,
    ar: true,
    recordId: true,
  },
  'DELETE /api/sobjects/:object/:id': { path: () => `/sobjects/${ENTITY}/${recordId}`, ok: 204, ar: true, recordId: true },
  // sObject collections answer 200 with a result per record (a refused record says why in it); retrieving names one object.
  'POST /api/composite/sobjects': {
    path: () => '/composite/sobjects',
    body: () => ({ records: [{ attributes: { type: ENTITY }, ...fresh() }] }),
    ok: 200,
  },
  'PATCH /api/composite/sobjects': {
    path: () => '/composite/sobjects',
    body: () => ({ records: [{ attributes: { type: ENTITY }, id: recordId }] }),
    ok: 200,
  },
  'DELETE /api/composite/sobjects': { path: () => '/composite/sobjects?ids=00000000-0000-4000-8000-00000000dead', ok: 200 },
  'GET /api/composite/sobjects/:object': { path: () => `/composite/sobjects/${ENTITY}?ids=${recordId}&fields=Name`, ok: 200, ar: true },
  'POST /api/composite/sobjects/:object': {
    path: () => `/composite/sobjects/${ENTITY}`,
    body: () => ({ ids: [recordId], fields: ['Name'] }),
    ok: 200,
    ar: true,
  },
  'GET /api/query': { path: () => `/query?q=${encodeURIComponent(`SELECT Name FROM ${ENTITY}`)}`, ok: 200, ar: true },
  'GET /api/ui/apps': { path: () => '/ui/apps', ok: 200 },
  'GET /api/ui/apps/:app': { path: () => '/ui/apps/lumary__AR_Management', ok: 200, ar: true },
  'GET /api/ui/record/:object/:id': { path: () => `/ui/record/${ENTITY}/${recordId}`, ok: 200, ar: true, recordId: true },
  'GET /api/ui/list-views/:object': { path: () => `/ui/list-views/${ENTITY}`, ok: 200, ar: true },
  'GET /api/ui/list-views/:object/:view': { path: () => `/ui/list-views/${ENTITY}/Accounting_Periods`, ok: 200, ar: true },
  'GET /api/ui/record-types/:object': { path: () => `/ui/record-types/${ENTITY}`, ok: 200, ar: true },
  'GET /api/ui/record-form/:object': { path: () => `/ui/record-form/${ENTITY}?recordType=Accounting_Period`, ok: 200, ar: true },
  'GET /api/ui/lookup/:object': { path: () => `/ui/lookup/${ENTITY}?q=Mat`, ok: 200, ar: true },
  // Setup: an admin's; in this order, each route's right-user call makes what the next one changes.
  ...setupCases({
    'GET /api/setup/objects': { path: () => '/setup/objects', ok: 200 },
    'GET /api/setup/field-types': { path: () => '/setup/field-types', ok: 200 },
    'GET /api/setup/objects/:object': { path: () => '/setup/objects/Account', ok: 200 },
    'POST /api/setup/objects/:object/fields': {
      path: () => '/setup/objects/Account/fields',
      body: () => ({ label: 'Matrix Note', type: 'Text', length: 20 }),
      ok: 201,
    },
    'PATCH /api/setup/objects/:object/fields/:field': {
      path: () => '/setup/objects/Account/fields/Matrix_Note__c',
      body: () => ({ helpText: 'Checked by the matrix' }),
      ok: 200,
    },
    'DELETE /api/setup/objects/:object/fields/:field': { path: () => '/setup/objects/Account/fields/Matrix_Note__c', ok: 204 },
    'POST /api/setup/objects/:object/validation-rules': {
      path: () => '/setup/objects/Account/validation-rules',
      body: () => ({ apiName: 'Matrix_Rule', errorConditionFormula: "Name = 'never'", errorMessage: 'Never.' }),
      ok: 201,
    },
    'PATCH /api/setup/objects/:object/validation-rules/:rule': {
      path: () => '/setup/objects/Account/validation-rules/Matrix_Rule',
      body: () => ({ active: false }),
      ok: 200,
    },
    'DELETE /api/setup/objects/:object/validation-rules/:rule': {
      path: () => '/setup/objects/Account/validation-rules/Matrix_Rule',
      ok: 204,
    },
    'PUT /api/setup/objects/:object/layouts/:layout': {
      path: () => '/setup/objects/Account/layouts/Account_Layout',
      body: () => ({
        recordTypes: [],
        highlights: ['Name'],
        sections: [{ label: 'Only', columns: 1, fields: ['Name'] }],
        relatedLists: [],
      }),
      ok: 200,
    },
    'DELETE /api/setup/objects/:object/layouts/:layout': { path: () => '/setup/objects/Account/layouts/Account_Layout', ok: 204 },
    'PUT /api/setup/objects/:object/record-pages/:page': {
      path: () => '/setup/objects/Account/record-pages/Account_Record_Page',
      body: () => ({ recordTypes: [], regions: [{ name: 'main', components: [{ type: 'details' }] }] }),
      ok: 200,
    },
    'DELETE /api/setup/objects/:object/record-pages/:page': {
      path: () => '/setup/objects/Account/record-pages/Account_Record_Page',
      ok: 204,
    },
    'PUT /api/setup/objects/:object/layout-assignments': {
      path: () => '/setup/objects/Contact/layout-assignments',
      body: () => ({ assignments: [] }),
      ok: 200,
    },
    // Setup → Users (another tenant's admin gets 404 for these ids: users.api.spec.ts).
    'POST /api/setup/users': {
      path: () => '/setup/users',
      body: () => ({
        lastName: 'Matrix',
        email: 'matrix@alpha.test',
        username: `matrix-${Date.now()}@alpha.test`,
        profile: 'Standard User',
        temporaryPassword: 'matrix temporary heron 31',
      }),
      ok: 201,
    },
    'GET /api/setup/users/:id': { path: () => `/setup/users/${support.userId}`, ok: 200 },
    'PATCH /api/setup/users/:id': { path: () => `/setup/users/${support.userId}`, body: () => ({ firstName: 'Sue' }), ok: 200 },
    'GET /api/setup/users/:id/login-history': { path: () => `/setup/users/${support.userId}/login-history`, ok: 200 },
    // The leaver has signed out by now: their reset ends no session another case needs.
    'POST /api/setup/users/:id/reset-password': { path: () => `/setup/users/${leaver.userId}/reset-password`, ok: 204 },
    // Setup → Roles (another tenant's admin gets 404 for these ids: roles.api.spec.ts).
    'GET /api/setup/roles': { path: () => '/setup/roles', ok: 200 },
    'POST /api/setup/roles': { path: () => '/setup/roles', body: () => ({ name: `Matrix ${Date.now()}` }), ok: 201 },
    'GET /api/setup/roles/:id': { path: () => `/setup/roles/${matrixRole}`, ok: 200 },
    'PATCH /api/setup/roles/:id': { path: () => `/setup/roles/${matrixRole}`, body: () => ({ name: 'Matrix Renamed' }), ok: 200 },
    'DELETE /api/setup/roles/:id': { path: () => `/setup/roles/${doomedRole}`, ok: 204 },
    // Sharing settings (org-wide defaults): Account stays Public Read/Write, as the other cases need.
    'GET /api/setup/sharing': { path: () => '/setup/sharing', ok: 200 },
    'PUT /api/setup/sharing': { path: () => '/setup/sharing', body: () => ({ objects: { Account: 'ReadWrite' } }), ok: 200 },
    // Sharing rules: the one made before the cases is read, changed, its recalculation looked at, and deleted.
    'GET /api/setup/sharing-rules': { path: () => '/setup/sharing-rules', ok: 200 },
    'POST /api/setup/sharing-rules': { path: () => '/setup/sharing-rules', body: () => matrixRule(`Matrix ${Math.random()}`), ok: 201 },
    'GET /api/setup/sharing-rules/recalculations/:jobId': {
      path: () => `/setup/sharing-rules/recalculations/${sharingRule.jobId}`,
      ok: 200,
    },
    'GET /api/setup/sharing-rules/:id': { path: () => `/setup/sharing-rules/${sharingRule.id}`, ok: 200 },
    'PUT /api/setup/sharing-rules/:id': {
      path: () => `/setup/sharing-rules/${sharingRule.id}`,
      body: () => ({ access: 'ReadWrite' }),
      ok: 200,
    },
    'DELETE /api/setup/sharing-rules/:id': { path: () => `/setup/sharing-rules/${sharingRule.id}`, ok: 204 },
  }),
  'GET /api/permission-sets': { path: () => '/permission-sets', ok: 200 },
  'POST /api/permission-sets': {
    path: () => '/permission-sets',
    body: () => ({ apiName: `Set_${Date.now()}`, label: 'A set' }),
    ok: 201,
    as: () => admin,
  },
  'GET /api/users/:id/permission-sets': { path: () => `/users/${finance.userId}/permission-sets`, ok: 200 },
  'POST /api/users/:id/permission-sets': {
    path: () => `/users/${support.userId}/permission-sets`,
    body: () => ({ permissionSet: 'Period_Viewer' }),
    ok: 204,
    as: () => admin,
  },
  'DELETE /api/users/:id/permission-sets/:name': {
    path: () => `/users/${support.userId}/permission-sets/Period_Viewer`,
    ok: 204,
    as: () => admin,
  },
  'GET /api/permission-sets/:name': { path: () => '/permission-sets/Period_Viewer', ok: 200 },
  'PUT /api/permission-sets/:name': {
    path: () => '/permission-sets/Matrix_Edited',
    body: () => ({ label: 'Edited', objects: { Contact: { read: true } } }),
    ok: 200,
    as: () => admin,
  },
  'DELETE /api/permission-sets/:name': { path: () => '/permission-sets/Matrix_Deleted', ok: 204, as: () => admin },
  'GET /api/setup/users': { path: () => '/setup/users', ok: 200, as: () => admin },
  'GET /api/setup/custom-permissions': { path: () => '/setup/custom-permissions', ok: 200, as: () => admin },
  'POST /api/lumary/journal/entries': {
    path: () => '/lumary/journal/entries',
    body: () => manualEntry('2026-06-12', journalGl.debit, journalGl.credit, '5.00'),
    ok: 201,
    ar: true,
  },
  'POST /api/lumary/journal/entries/:id/reverse': {
    path: () => `/lumary/journal/entries/${journalEntryId}/reverse`,
    body: () => ({ date: '2026-06-13' }),
    ok: 201,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/journal/exports': {
    path: () => '/lumary/journal/exports',
    body: () => ({ period: journalPeriodId, layout: 'generic' }),
    ok: 200,
    ar: true,
  },
  'GET /api/lumary/journal/exports/:batch': { path: () => '/lumary/journal/exports/EXP-000001', ok: 200, ar: true },
  'POST /api/lumary/invoices': { path: () => '/lumary/invoices', body: () => ar.newInvoice(), ok: 201, ar: true },
  'PUT /api/lumary/invoices/:id': {
    path: () => `/lumary/invoices/${ar.draftToEdit}`,
    body: () => ar.newInvoice(),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/invoices/:id/issue': { path: () => `/lumary/invoices/${ar.draftToIssue}/issue`, ok: 200, ar: true, recordId: true },
  'POST /api/lumary/invoices/:id/void': {
    path: () => `/lumary/invoices/${ar.draftToVoid}/void`,
    body: () => ({ reason: 'Matrix' }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/invoices/:id/credit-notes': {
    path: () => `/lumary/invoices/${ar.openInvoice}/credit-notes`,
    body: () => ({ date: '2026-06-20', amount: '1.00', reason: 'Goodwill' }),
    ok: 201,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/payments': {
    path: () => '/lumary/payments',
    body: () => ({ debtor: ar.client, date: '2026-06-17', amount: '5.00', method: 'EFT', idempotencyKey: `matrix-${Math.random()}` }),
    ok: 201,
    ar: true,
  },
  'POST /api/lumary/payments/:id/allocations': {
    path: () => `/lumary/payments/${payments.toAllocate}/allocations`,
    body: () => ({ allocations: [{ invoice: ar.openInvoice, amount: '1.00' }], date: '2026-06-20' }),
    ok: 201,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/payments/:id/reverse': {
    path: () => `/lumary/payments/${payments.toReverse}/reverse`,
    body: () => ({ date: '2026-06-21', reason: 'Dishonoured' }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/invoices/:id/html': { path: () => `/lumary/invoices/${ar.openInvoice}/html`, ok: 200, ar: true, recordId: true },
  'GET /api/lumary/invoices/:id/pdf': { path: () => `/lumary/invoices/${ar.openInvoice}/pdf`, ok: 200, ar: true, recordId: true },
  'POST /api/lumary/invoices/:id/send': {
    path: () => `/lumary/invoices/${ar.openInvoice}/send`,
    body: () => ({ to: 'matrix@example.test' }),
    ok: 202,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/reports/trial-balance': { path: () => '/lumary/reports/trial-balance?asOf=2026-06-30', ok: 200, ar: true },
  'GET /api/lumary/reports/aged-receivables': { path: () => '/lumary/reports/aged-receivables?asAt=2026-06-30', ok: 200, ar: true },
  'GET /api/lumary/reports/debtor-balances': {
    path: () => '/lumary/reports/debtor-balances?asAt=2026-06-30&format=csv',
    ok: 200,
    ar: true,
  },
  'GET /api/lumary/reports/analytics': { path: () => '/lumary/reports/analytics?asAt=2026-06-30', ok: 200, ar: true },
  'GET /api/lumary/reports/gst': { path: () => '/lumary/reports/gst?from=2026-06-01&to=2026-06-30&format=csv', ok: 200, ar: true },
  'GET /api/lumary/debtors/:id/payments': { path: () => `/lumary/debtors/${ar.client}/payments`, ok: 200, ar: true, recordId: true },
  'GET /api/lumary/audit': { path: () => '/lumary/audit?pageSize=10', ok: 200, ar: true },
  'POST /api/lumary/services/:id/bill-now': {
    path: () => `/lumary/services/${billing.service}/bill-now`,
    body: () => ({}),
    ok: 201,
    ar: true,
    recordId: true,
  },
  // Up to a day before any service: the run finishes at once, billing nothing.
  'POST /api/lumary/billing-runs': { path: () => '/lumary/billing-runs', body: () => ({ upTo: '2026-05-31' }), ok: 202, ar: true },
  'GET /api/lumary/billing-runs/:id': { path: () => `/lumary/billing-runs/${billing.billingRun}`, ok: 200, ar: true, recordId: true },
  // A preview of a one-item catalogue: nothing written.
  'POST /api/lumary/support-catalogue/imports': {
    path: () => '/lumary/support-catalogue/imports',
    body: () => ({ fileName: 'catalogue.csv', content: Buffer.from(MATRIX_CATALOGUE).toString('base64'), dryRun: true }),
    ok: 200,
    ar: true,
  },
  'POST /api/lumary/claims/:id/paid': {
    path: () => `/lumary/claims/${billing.claimToPay}/paid`,
    body: () => ({ paidDate: '2026-06-20' }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/claims/:id/error': {
    path: () => `/lumary/claims/${billing.claimToError}/error`,
    body: () => ({ reason: 'Matrix' }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/claims/:id/resubmit': {
    path: () => `/lumary/claims/${billing.claimInError}/resubmit`,
    ok: 200,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/debtors/:id/summary': { path: () => `/lumary/debtors/${ar.client}/summary`, ok: 200, ar: true, recordId: true },
  // Up to a day with no Open claim left: the batch finishes at once, submitting nothing.
  'POST /api/lumary/claim-batches': { path: () => '/lumary/claim-batches', body: () => ({ upTo: '2026-05-31' }), ok: 202, ar: true },
  'POST /api/lumary/claim-batches/results': {
    path: () => '/lumary/claim-batches/results',
    body: () => ({
      content: 'ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate\r\nCLM-999999,PR-1,1.00,Paid,,2026-06-20\r\n',
    }),
    ok: 200,
    ar: true,
  },
  'GET /api/lumary/claim-batches/:id': { path: () => `/lumary/claim-batches/${billing.claimBatch}`, ok: 200, ar: true, recordId: true },
  'GET /api/lumary/claim-batches/:id/files/:n': {
    path: () => `/lumary/claim-batches/${billing.claimBatch}/files/1`,
    ok: 200,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/debtors/:id/statement': {
    path: () => `/lumary/debtors/${ar.client}/statement?asAt=2026-06-30`,
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/claims/:id/write-off-shortfall': {
    path: () => `/lumary/claims/${billing.claimToPay}/write-off-shortfall`,
    body: () => ({ reason: 'Matrix' }),
    // Paid in full by the case above: nothing to write off, after every access check.
    ok: 409,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/reports/ndia-claims-aged': { path: () => '/lumary/reports/ndia-claims-aged?asAt=2026-06-30', ok: 200, ar: true },
  'POST /api/lumary/debtors/:id/statement/send': {
    path: () => `/lumary/debtors/${ar.client}/statement/send`,
    body: () => ({ asAt: '2026-06-30', to: 'matrix@example.test' }),
    ok: 202,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/statements/send-all': {
    path: () => '/lumary/statements/send-all',
    body: () => ({ asAt: '2026-06-30' }),
    ok: 202,
    ar: true,
  },
  'GET /api/lumary/statements/send-all/:runId': {
    path: () => `/lumary/statements/send-all/${statementRun}`,
    ok: 200,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/debtors/:id/risk': { path: () => `/lumary/debtors/${ar.client}/risk`, ok: 200, ar: true, recordId: true },
  'GET /api/lumary/collections/worklist': { path: () => '/lumary/collections/worklist', ok: 200, ar: true },
  'POST /api/lumary/reminders/run': { path: () => '/lumary/reminders/run', body: () => ({ asOf: '2026-06-30' }), ok: 200, ar: true },
  'GET /api/lumary/bank-accounts': { path: () => '/lumary/bank-accounts', ok: 200, ar: true },
  'GET /api/lumary/bank-accounts/:id/reconciliation': {
    path: () => `/lumary/bank-accounts/${bank.bank}/reconciliation`,
    ok: 200,
    ar: true,
    recordId: true,
  },
  'PUT /api/lumary/bank-accounts/:id/csv-mapping': {
    path: () => `/lumary/bank-accounts/${bank.bank}/csv-mapping`,
    body: () => ({ date: 'Date', amount: 'Amount', description: 'Description' }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/bank-accounts/:id/statements': {
    path: () => `/lumary/bank-accounts/${bank.bank}/statements`,
    body: () => ({ format: 'csv', content: 'Date,Amount\n19/06/2026,1.00\n', mapping: { date: 'Date', amount: 'Amount' }, dryRun: true }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/bank-statement-lines/:id/confirm': {
    path: () => `/lumary/bank-statement-lines/${bank.toConfirm}/confirm`,
    body: () => ({ debtor: ar.client }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'POST /api/lumary/bank-statement-lines/:id/split': {
    path: () => `/lumary/bank-statement-lines/${bank.toSplit}/split`,
    body: () => ({ parts: [{ debtor: ar.client, amount: '100.00' }] }),
    ok: 200,
    ar: true,
    recordId: true,
  },
  'GET /api/lumary/bank-rules': { path: () => '/lumary/bank-rules', ok: 200, ar: true },
  'DELETE /api/lumary/bank-rules/:id': { path: () => `/lumary/bank-rules/${bank.rule}`, ok: 204, ar: true, recordId: true },
};
/** Routes that need no session: sign-in, health, the API docs, and the operator API (its own token: see opsCases). */
const PUBLIC = ['POST /api/auth/login', 'POST /api/auth/oauth2/token', 'POST /api/auth/set-password', 'GET /api/health'];
const OPEN = /^(GET \/api\/docs|[A-Z]+ \/api\/ops\/)/;

/** Every route the running Nest app serves, as `METHOD /path`. */
function registeredRoutes(): string[] {
  const express = api.app.getHttpAdapter().getInstance() as unknown as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (express.router ?? express._router)!.stack;
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`));
}
interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('the security matrix', () => {
  it('has a case for every route the API serves', () => {
    const uncovered = registeredRoutes().filter((r) => !cases[r] && !PUBLIC.includes(r) && !OPEN.test(r));
    expect(uncovered).toEqual([]);
    expect(registeredRoutes()).toEqual(expect.arrayContaining(Object.keys(cases)));
  });

  describe.each(Object.entries(cases))('%s', (_route, c) => {
    const [method] = _route.split(' ');

    it('refuses a request without a session (401)', async () => {
      const response = await call(undefined, method, c.path(), c.body?.());
      expect(response.status).toBe(401);
      expect(response.body[0].errorCode).toBe('INVALID_SESSION_ID');
    });

    if (c.recordId) {
      it('gives another tenant 404 for this tenant’s id, leaking nothing', async () => {
        const response = await call(financeB, method, c.path(), c.body?.());
        expect(response.status).toBe(404);
        expect(response.text).not.toContain(recordName);
      });
    }

    if (c.ar) {
      it('refuses a user without the AR permission set (403, not enabled)', async () => {
        const response = await call(support, method, c.path(), c.body?.());
        expect(response.status).toBe(403);
        expect(response.body).toEqual([{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ENABLED, fields: [] }]);
      });

      it('refuses everyone in a tenant without the licence, admins too (403, not enabled)', async () => {
        const response = await call(unlicensed, method, c.path(), c.body?.());
        expect(response.status).toBe(403);
        expect(response.body[0].message).toBe(NOT_ENABLED);
      });
    }

    it(`answers the right user (${c.ok})`, async () => {
      const response = await call((c.as ?? (() => finance))(), method, c.path(), c.body?.());
      // The body with the status, so a refusal says why.
      expect({ status: response.status, body: response.status === c.ok ? undefined : response.body }).toEqual({
        status: c.ok,
        body: undefined,
      });
      // The record the generic DELETE removed comes back (a package DELETE removes its own record, not this one).
      if (c.recordId && method === 'DELETE' && c.path().includes(recordId)) {
        recordId = (await call(finance, 'POST', `/sobjects/${ENTITY}`, period(recordName, '05'))).body.id;
      }
    });
  });
});

describe('Setup is for admins', () => {
  it.each(SETUP_ROUTES)('%s refuses a user who is not a System Administrator (403)', async (route) => {
    const [method] = route.split(' ');
    const c = cases[route];
    const response = await call(finance, method, c.path(), c.body?.());
    expect(response.status).toBe(403);
    expect(response.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
  });
});

/**
 * The operator API answers only its own bearer token (LUMARY_OPERATOR_TOKEN): never no token, a
 * tenant user's session, even an admin's, and no one at all when the token is not set.
 */
const OPERATOR_TOKEN = 'matrix-operator-token';
const opsCases: Record<string, Omit<RouteCase, 'ar' | 'recordId' | 'as'>> = {
  'GET /api/ops/packages': { path: () => '/ops/packages', ok: 200 },
  'GET /api/ops/tenants': { path: () => '/ops/tenants', ok: 200 },
  'POST /api/ops/tenants': { path: () => '/ops/tenants', body: () => ({ name: 'Matrix Ops', slug: `matrix-${Date.now()}` }), ok: 201 },
  'GET /api/ops/tenants/:slug': { path: () => '/ops/tenants/alpha', ok: 200 },
  'POST /api/ops/tenants/:slug/packages': {
    path: () => '/ops/tenants/ops-matrix/packages',
    body: () => ({ package: 'Lumary AR' }),
    ok: 201,
  },
  // Revoking gamma's licence again leaves it as the other cases need it: unlicensed.
  'PATCH /api/ops/tenants/:slug/packages/:package': {
    path: () => '/ops/tenants/gamma/packages/Lumary%20AR',
    body: () => ({ licensed: false }),
    ok: 200,
  },
};

describe('the operator API', () => {
  beforeAll(async () => {
    await tenants.createTenant('Ops Matrix', 'ops-matrix');
  });
  // Set for every case; the "closed" case takes it away.
  beforeEach(() => {
    api.config.operatorToken = OPERATOR_TOKEN;
  });
  afterAll(() => {
    api.config.operatorToken = undefined;
  });

  it('has a case for every operator route', () => {
    const routes = registeredRoutes().filter((r) => / \/api\/ops\//.test(r));
    expect(routes.filter((r) => !opsCases[r])).toEqual([]);
    expect(routes).toEqual(expect.arrayContaining(Object.keys(opsCases)));
  });

  describe.each(Object.entries(opsCases))('%s', (route, c) => {
    const [method] = route.split(' ');
    const withToken = (token: string | undefined) => request(api, method, c.path(), { token, body: c.body?.() });

    it('refuses a request without the operator token (401)', async () => {
      const response = await withToken(undefined);
      expect(response.status).toBe(401);
      expect(response.body[0].errorCode).toBe('INVALID_SESSION_ID');
    });

    it('refuses a tenant user’s session, an admin’s too (401)', async () => {
      for (const user of [finance, admin]) {
        const response = await withToken(user.token);
        expect(response.status).toBe(401);
        expect(response.body[0].errorCode).toBe('INVALID_SESSION_ID');
      }
    });

    it('is closed to everyone when LUMARY_OPERATOR_TOKEN is not set (403)', async () => {
      api.config.operatorToken = undefined;
      const response = await withToken(OPERATOR_TOKEN);
      expect(response.status).toBe(403);
      expect(response.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    });

    it(`answers the operator token (${c.ok})`, async () => {
      expect((await withToken(OPERATOR_TOKEN)).status).toBe(c.ok);
    });
  });
});

describe('field-level security', () => {
  it('leaves a field the user may not read out of records, lists, queries, describe and history', async () => {
    const record = await call(narrow, 'GET', `/sobjects/${ENTITY}/${recordId}`);
    expect(record.status).toBe(200);
    expect(record.body).toHaveProperty('lumary__Reporting_Code__c');
    expect(record.body).not.toHaveProperty('lumary__External_Id__c');
    expect(record.text).not.toContain('EXT-');

    const list = await call(narrow, 'GET', `/sobjects/${ENTITY}`);
    expect(list.text).not.toContain('EXT-');
    const describe = await call(narrow, 'GET', `/sobjects/${ENTITY}/describe`);
    expect(describe.body.fields.map((f: { name: string }) => f.name)).not.toContain('lumary__External_Id__c');
  });

  it('cannot select, filter or sort by an unreadable field', async () => {
    for (const q of [
      `SELECT lumary__External_Id__c FROM ${ENTITY}`,
      `SELECT Name FROM ${ENTITY} WHERE lumary__External_Id__c = 'EXT-03'`,
      `SELECT Name FROM ${ENTITY} ORDER BY lumary__External_Id__c`,
    ]) {
      const response = await call(narrow, 'GET', `/query?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(400);
      expect(response.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['lumary__External_Id__c'] });
    }
  });

  it('refuses a write to a field the user may read but not edit, naming the field', async () => {
    const response = await call(narrow, 'PATCH', `/sobjects/${ENTITY}/${recordId}`, {
      lumary__Reporting_Code__c: 'changed',
      lumary__Status__c: 'Open',
    });
    expect(response.status).toBe(403);
    expect(response.body).toEqual([
      {
        errorCode: 'INSUFFICIENT_ACCESS',
        message: 'You do not have permission to edit Reporting Code (lumary__Reporting_Code__c).',
        fields: ['lumary__Reporting_Code__c'],
      },
    ]);
    expect((await call(narrow, 'PATCH', `/sobjects/${ENTITY}/${recordId}`, { lumary__Status__c: 'Open' })).status).toBe(204);
  });

  it('refuses an object permission the set does not give (no delete)', async () => {
    const response = await call(narrow, 'DELETE', `/sobjects/${ENTITY}/${recordId}`);
    expect(response.status).toBe(403);
    expect(response.body[0].message).toBe('You do not have permission to delete Accounting Entities.');
  });
});

describe('the App Launcher', () => {
  it('shows AR Management with its cards to the finance user, and to no one without the set or the licence', async () => {
    const launcher = await call(finance, 'GET', '/ui/apps');
    expect(launcher.body.apps.map((a: { label: string }) => a.label)).toEqual(['AR Management']);
    const app = await call(finance, 'GET', '/ui/apps/lumary__AR_Management');
    expect(app.body.dashboard[0]).toMatchObject({ label: 'View Accounting Entities', object: ENTITY, listView: 'All' });
    for (const user of [support, unlicensed]) expect((await call(user, 'GET', '/ui/apps')).body.apps).toEqual([]);
    expect((await call(finance, 'GET', '/ui/apps/No_Such_App')).status).toBe(404);
  });
});

describe('the UI API', () => {
  it('gives a record page its layout for the record type, readable fields only, and related lists', async () => {
    const page = await call(finance, 'GET', `/ui/record/${ENTITY}/${recordId}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      title: recordName,
      recordType: { name: 'Accounting_Period', label: 'Accounting Period' },
      actions: { edit: true, delete: true },
    });
    expect(page.body.sections.map((s: { label: string }) => s.label)).toEqual(['Accounting Period', 'Financial Package']);
    expect(page.body.sections[0].fields[0]).toMatchObject({ name: 'Name', label: 'Entity Name', value: recordName, editable: true });

    const narrowPage = await call(narrow, 'GET', `/ui/record/${ENTITY}/${recordId}`);
    const names = narrowPage.body.sections.flatMap((s: { fields: { name: string }[] }) => s.fields.map((f) => f.name));
    expect(names).toContain('lumary__Reporting_Code__c');
    expect(names).not.toContain('lumary__External_Id__c');
    expect(narrowPage.body.actions.delete).toBe(false);
  });

  it('pages a list view with its filters and the record types a user may create', async () => {
    const views = await call(finance, 'GET', `/ui/list-views/${ENTITY}`);
    expect(views.body.recordTypes.map((r: { label: string }) => r.label)).toEqual([
      'Accounting Period',
      'Control Account',
      'Cost Centre',
      'GL Code',
    ]);
    expect(views.body.listViews.map((v: { name: string }) => v.name)).toContain('Open_Periods');
    const open = await call(finance, 'GET', `/ui/list-views/${ENTITY}/Open_Periods`);
    expect(open.body.columns.map((c: { name: string }) => c.name)).toEqual(['Name', 'lumary__Start_Date__c', 'lumary__End_Date__c']);
    expect(open.body.records.every((r: { Name: string }) => typeof r.Name === 'string')).toBe(true);
    expect(open.body.records.length).toBeGreaterThan(0);
  });
});

describe('the App Launcher view of objects', () => {
  it('lists no AR object for a user without the permission set, or a tenant without the licence', async () => {
    for (const user of [support, unlicensed]) {
      const names = (await call(user, 'GET', '/sobjects')).body.sobjects.map((o: { name: string }) => o.name);
      expect(names).toContain('Contact');
      expect(names).not.toContain(ENTITY);
    }
    expect((await call(finance, 'GET', '/sobjects')).body.sobjects.map((o: { name: string }) => o.name)).toContain(ENTITY);
  });
});
