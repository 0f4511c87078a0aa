import { pdfText } from '@lumary-ar/server';
import type { TenantService } from '@platform/tenancy';
import { INSTALLED_PACKAGES } from './packages';
import { request, signedInUser, startTestApi, type TestUser } from '@platform/api/testing';
import type { RunningApi } from '@platform/api';
import { ENTITY, invoiceBody, seedBankLines, seedJournalEntry, seedServices, treeNode } from '@lumary-ar/api/testing';

/**
 * The field-level security matrix: every route of the API (read from the running app, so a new
 * route without a case here fails), called by a user who may read every AR object but not the
 * fields the issue names (Invoice Balance, Total, Status, Due Date; Journal Line Debit and Credit;
 * Payment Reference; Contact NDIS Number). Those fields hold marker values that appear nowhere
 * else, and no answer (JSON, CSV, HTML, or the text of a PDF) may carry one. A finance user who
 * may read the fields sees the same markers in the same answers: the markers are really there.
 */
const INVOICE = 'lumary__Invoice__c';
const PAYMENT = 'lumary__Payment__c';
const JOURNAL_ENTRY = 'lumary__Journal_Entry__c';
const JOURNAL_LINE = 'lumary__Journal_Line__c';

/** The fields the reader may not read: the issue's, and the two figures computed from them alone. */
const HIDDEN = [
  `${INVOICE}.lumary__Balance__c`,
  `${INVOICE}.lumary__Total__c`,
  `${INVOICE}.lumary__Status__c`,
  `${INVOICE}.lumary__Due_Date__c`,
  `${INVOICE}.lumary__Days_Overdue__c`,
  `${JOURNAL_LINE}.lumary__Debit__c`,
  `${JOURNAL_LINE}.lumary__Credit__c`,
  `${JOURNAL_ENTRY}.lumary__Total__c`,
  `${PAYMENT}.lumary__Reference__c`,
  'Contact.lumary__NDIS_Number__c',
];

/**
 * The marker values, each in a hidden field only, as the API and the documents print them:
 * the invoice's Total 7,731.19 (two lines, 7,000.00 + GST 700.00 and 31.19 GST-free, so no line
 * or subtotal shows it) and its Balance 6,731.19 after 1,000.00 paid; its Status Part Paid; a
 * manual journal entry of 8,841.27 between two GL codes (Debit and Credit); the payment's
 * Reference; the client's NDIS number; the Due Date (set from the invoice date below).
 */
const MARKERS = ['7731.19', '7,731.19', '6731.19', '6,731.19', 'Part Paid', '8841.27', '8,841.27', 'REF-MARKER-4412', 'NDIS-MARKER-7731'];
const INVOICE_DATE = '2026-06-03';

let api: RunningApi;
let tenants: TenantService;
let finance: TestUser;
let reader: TestUser;
let leaver: TestUser;
let financeB: TestUser;
const seeded = {} as {
  periodId: string;
  client: string;
  glCode: string;
  invoice: string;
  payment: string;
  entry: string;
  line: string;
  batch: string;
  billingRun: string;
  service: string;
  bank: Awaited<ReturnType<typeof seedBankLines>>;
  claim: string;
  claimBatch: string;
  statementRun: string;
  markers: string[];
};

const call = (user: TestUser | undefined, method: string, path: string, body?: unknown) =>
  request(api, method, path, { token: user?.token, body });
async function made(path: string, body: unknown, status = 201) {
  const response = await call(finance, 'POST', path, body);
  if (response.status !== status) throw new Error(`seed ${path}: ${response.status} ${response.text}`);
  return response.body;
}

beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ packages: INSTALLED_PACKAGES }));
  finance = await signedInUser(api, tenants, {
    slug: 'fls-alpha',
    username: 'finance@fls-alpha.test',
    permissionSets: ['lumary__AR_Management'],
  });
  financeB = await signedInUser(api, tenants, {
    slug: 'fls-beta',
    username: 'finance@fls-beta.test',
    permissionSets: ['lumary__AR_Management'],
  });

  // The reader: read (only) on every object AR Management gives, and every field it gives but the hidden ones.
  const ar = await tenants.permissionSet(finance.tenantId, 'lumary__AR_Management');
  const objects = Object.fromEntries(Object.keys(ar.objects).map((o) => [o, { read: true }]));
  const fields = Object.fromEntries(
    Object.keys(ar.fields)
      .filter((f) => !HIDDEN.includes(f))
      .map((f) => [f, { read: true }]),
  );
  expect(Object.keys(ar.fields)).toEqual(expect.arrayContaining(HIDDEN));
  await tenants.createPermissionSet(finance.tenantId, { apiName: 'FLS_Reader', label: 'FLS reader', apps: ar.apps, objects, fields });
  reader = await signedInUser(api, tenants, { slug: 'fls-alpha', username: 'reader@fls-alpha.test', permissionSets: ['FLS_Reader'] });
  leaver = await signedInUser(api, tenants, { slug: 'fls-alpha', username: 'leaver@fls-alpha.test', permissionSets: ['FLS_Reader'] });

  // The marker records, in June 2026.
  const journal = await seedJournalEntry(call, finance, '2026-06');
  seeded.periodId = journal.periodId;
  const revenue = (await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'FLS Revenue', '4910'))).id;
  seeded.glCode = revenue;
  const other = (await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'FLS Other', '4920'))).id;
  seeded.client = (
    await made('/sobjects/Contact', {
      FirstName: 'Marker',
      LastName: 'Client',
      RecordTypeId: 'Client',
      lumary__NDIS_Number__c: 'NDIS-MARKER-7731',
    })
  ).id;
  const invoice = await made(
    '/lumary/invoices',
    invoiceBody(
      seeded.client,
      INVOICE_DATE,
      revenue,
      [
        ['1', '7000.00', 'GST'],
        ['1', '31.19', 'GST_FREE'],
      ],
      { issue: true },
    ),
  );
  seeded.invoice = invoice.id;
  const payment = await made('/lumary/payments', {
    debtor: seeded.client,
    date: '2026-06-05',
    amount: '1000.00',
    method: 'EFT',
    reference: 'REF-MARKER-4412',
    idempotencyKey: 'fls-marker-payment',
    allocations: [{ invoice: seeded.invoice, amount: '1000.00' }],
  });
  seeded.payment = payment.id;
  seeded.entry = (
    await made('/lumary/journal/entries', {
      date: '2026-06-12',
      description: 'FLS manual entry',
      lines: [
        { account: revenue, debit: '8841.27' },
        { account: other, credit: '8841.27' },
      ],
    })
  ).id;
  const lines = await call(
    finance,
    'GET',
    `/query?q=${encodeURIComponent(`SELECT Id FROM ${JOURNAL_LINE} WHERE lumary__Journal_Entry__c = '${seeded.entry}'`)}`,
  );
  seeded.line = lines.body.records[0].Id;
  const exported = await call(finance, 'POST', '/lumary/journal/exports', { period: seeded.periodId, layout: 'generic' });
  seeded.batch = exported.headers.get('x-export-batch') ?? '';
  const services = await seedServices(call, finance, '2026-06-16', '2026-05-31');
  seeded.billingRun = services.billingRun;
  seeded.service = services.service;
  seeded.claim = services.claimToPay;
  // Bank lines naming the marker invoice: a suggestion would print its hidden Balance.
  const invoiceName = (await call(finance, 'GET', `/sobjects/${INVOICE}/${seeded.invoice}`)).body.Name;
  const rulePayer = (await made('/sobjects/Contact', { LastName: 'Bank Rule Payer', RecordTypeId: 'Client' })).id;
  seeded.bank = await seedBankLines(call, finance, rulePayer, '2026-06-18', invoiceName);
  seeded.claimBatch = services.claimBatch;
  seeded.statementRun = (await made('/lumary/statements/send-all', { asAt: '2026-06-30' }, 202)).runId;

  // The Due Date the invoice got from the debtor's terms, as the API and the documents print it.
  const record = await call(finance, 'GET', `/sobjects/${INVOICE}/${seeded.invoice}`);
  expect(record.body).toMatchObject({
    lumary__Total__c: '7731.19',
    lumary__Balance__c: '6731.19',
    lumary__Status__c: 'Part Paid',
    lumary__Subtotal__c: '7031.19',
  });
  const due = String(record.body.lumary__Due_Date__c);
  const [y, m, d] = due.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  seeded.markers = [...MARKERS, due, `${d} ${month} ${y}`];
});

afterAll(() => api?.close());

/** An answer's text as a reader sees it: the JSON, CSV or HTML as sent; a PDF's drawn text. */
async function answer(
  user: TestUser | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string; json: unknown }> {
  if (/\/pdf$/.test(path)) {
    const response = await fetch(`${api.url}/api${path}`, { method, headers: user ? { Authorization: `Bearer ${user.token}` } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    const pdf = response.headers.get('content-type')?.includes('pdf');
    return { status: response.status, text: pdf ? pdfText(bytes).join('\n') : bytes.toString('utf8'), json: undefined };
  }
  const response = await call(user, method, path, body);
  return { status: response.status, text: response.text, json: response.body };
}

const leaks = (text: string) => seeded.markers.filter((marker) => text.includes(marker));

interface FlsCase {
  /** The paths (under /api) the reader calls for this route: every record a marker is on, where the route takes one. */
  paths: () => string[];
  body?: () => unknown;
  /** The status the reader gets. */
  status: number;
  /** Who calls (default: the reader). */
  as?: () => TestUser | undefined;
}

const ids = (object: string, id: () => string) => () => `/sobjects/${object}/${id()}`;
const RECORDS: [string, () => string][] = [
  [INVOICE, () => seeded.invoice],
  [PAYMENT, () => seeded.payment],
  ['Contact', () => seeded.client],
  [JOURNAL_LINE, () => seeded.line],
  [JOURNAL_ENTRY, () => seeded.entry],
];
const each =
  (suffix = '') =>
  () =>
    RECORDS.map(([object, id]) => `${ids(object, id)()}${suffix}`);
const uiRecords = () => RECORDS.map(([object, id]) => `/ui/record/${object}/${id()}`);
const OBJECTS = [INVOICE, PAYMENT, 'Contact', JOURNAL_LINE, JOURNAL_ENTRY];
const refused = (paths: () => string[], body?: () => unknown): FlsCase => ({ paths, body, status: 403 });

const cases: Record<string, FlsCase> = {
  'POST /api/auth/login': {
    paths: () => ['/auth/login'],
    body: () => ({ username: 'reader@fls-alpha.test', password: 'wrong password' }),
    status: 401,
    as: () => undefined,
  },
  'POST /api/auth/oauth2/token': {
    paths: () => ['/auth/oauth2/token'],
    body: () => ({ grant_type: 'password', username: 'reader@fls-alpha.test', password: 'wrong password' }),
    status: 400,
    as: () => undefined,
  },
  'GET /api/health': { paths: () => ['/health'], status: 200 },
  'GET /api/auth/me': { paths: () => ['/auth/me'], status: 200 },
  'POST /api/auth/logout': { paths: () => ['/auth/logout'], status: 204, as: () => leaver },
  'POST /api/auth/password': {
    paths: () => ['/auth/password'],
    body: () => ({ currentPassword: 'not the password', newPassword: 'a long new passphrase 42' }),
    status: 400,
  },
  'POST /api/auth/set-password': {
    paths: () => ['/auth/set-password'],
    body: () => ({ token: 'no-such-link', newPassword: 'a long new passphrase 42' }),
    status: 400,
    as: () => undefined,
  },
  'GET /api/sobjects': { paths: () => ['/sobjects'], status: 200 },
  'GET /api/sobjects/:object': { paths: () => OBJECTS.map((o) => `/sobjects/${o}`), status: 200 },
  'GET /api/sobjects/:object/describe': { paths: () => OBJECTS.map((o) => `/sobjects/${o}/describe`), status: 200 },
  'POST /api/sobjects/:object': refused(
    () => [`/sobjects/${INVOICE}`],
    () => ({ lumary__Client__c: seeded.client }),
  ),
  'GET /api/sobjects/:object/:id': { paths: each(), status: 200 },
  'PATCH /api/sobjects/:object/:id': refused(
    () => [`/sobjects/${INVOICE}/${seeded.invoice}`],
    () => ({ lumary__Void_Reason__c: 'x' }),
  ),
  // Upsert by an external id: a reader without create is refused before anything is written.
  'PATCH /api/sobjects/:object/:field/:value': refused(
    () => [`/sobjects/${PAYMENT}/lumary__Idempotency_Key__c/FLS-UPSERT-1`],
    () => ({}),
  ),
  'GET /api/sobjects/:object/:id/history': { paths: each('/history'), status: 200 },
  // sObject collections: the reader's writes are refused record by record (200 with the reasons); reading
  // by id gives the fields asked for, and a hidden field is not there to ask for.
  'POST /api/composite/sobjects': {
    paths: () => ['/composite/sobjects'],
    body: () => ({ records: [{ attributes: { type: INVOICE }, lumary__Client__c: seeded.client }] }),
    status: 200,
  },
  'PATCH /api/composite/sobjects': {
    paths: () => ['/composite/sobjects'],
    body: () => ({ records: [{ attributes: { type: INVOICE }, id: seeded.invoice, lumary__Void_Reason__c: 'x' }] }),
    status: 200,
  },
  'DELETE /api/composite/sobjects': { paths: () => [`/composite/sobjects?ids=00000000-0000-4000-8000-00000000dead`], status: 200 },
  'GET /api/composite/sobjects/:object': {
    paths: () => RECORDS.map(([object, id]) => `/composite/sobjects/${object}?ids=${id()}&fields=Id`),
    status: 200,
  },
  'POST /api/composite/sobjects/:object': {
    paths: () => [`/composite/sobjects/${INVOICE}`],
    body: () => ({ ids: [seeded.invoice], fields: ['Name'] }),
    status: 200,
  },
  // Who a record is shared with names users and roles, no field of the record; only its owner (and above) may share it.
  'GET /api/sobjects/:object/:id/shares': { paths: () => [`/sobjects/Contact/${seeded.client}/shares`], status: 200 },
  'POST /api/sobjects/:object/:id/shares': refused(
    () => [`/sobjects/Contact/${seeded.client}/shares`],
    () => ({ granteeType: 'User', grantee: reader.userId, access: 'Read' }),
  ),
  'DELETE /api/sobjects/:object/:id/shares/:shareId': refused(() => [
    `/sobjects/Contact/${seeded.client}/shares/00000000-0000-4000-8000-000000000000`,
  ]),
  'DELETE /api/sobjects/:object/:id': refused(() => [`/sobjects/${PAYMENT}/${seeded.payment}`]),
  'GET /api/query': { paths: () => OBJECTS.map((o) => `/query?q=${encodeURIComponent(`SELECT Id, Name FROM ${o}`)}`), status: 200 },
  'GET /api/ui/apps': { paths: () => ['/ui/apps'], status: 200 },
  'GET /api/ui/apps/:app': { paths: () => ['/ui/apps/lumary__AR_Management'], status: 200 },
  'GET /api/ui/record/:object/:id': { paths: uiRecords, status: 200 },
  'GET /api/ui/list-views/:object': { paths: () => OBJECTS.map((o) => `/ui/list-views/${o}`), status: 200 },
  'GET /api/ui/list-views/:object/:view': {
    paths: () => [`/ui/list-views/${INVOICE}/All`, `/ui/list-views/${PAYMENT}/All`, '/ui/list-views/Contact/All'],
    status: 200,
  },
  'GET /api/ui/record-types/:object': { paths: () => [`/ui/record-types/${INVOICE}`, '/ui/record-types/Contact'], status: 200 },
  'GET /api/ui/record-form/:object': { paths: () => [`/ui/record-form/${INVOICE}`], status: 200 },
  'GET /api/ui/lookup/:object': { paths: () => [`/ui/lookup/${INVOICE}?q=INV`, '/ui/lookup/Contact?q=Marker'], status: 200 },
  // Setup and permission-set changes are an admin's: the reader is refused before anything is read.
  'GET /api/setup/objects': refused(() => ['/setup/objects']),
  'GET /api/setup/field-types': refused(() => ['/setup/field-types']),
  'GET /api/setup/objects/:object': refused(() => [`/setup/objects/${INVOICE}`]),
  'POST /api/setup/objects/:object/fields': refused(
    () => [`/setup/objects/${INVOICE}/fields`],
    () => ({ label: 'X', type: 'Text', length: 5 }),
  ),
  'PATCH /api/setup/objects/:object/fields/:field': refused(
    () => [`/setup/objects/${INVOICE}/fields/lumary__Total__c`],
    () => ({ helpText: 'x' }),
  ),
  'DELETE /api/setup/objects/:object/fields/:field': refused(() => [`/setup/objects/${INVOICE}/fields/X__c`]),
  'POST /api/setup/objects/:object/validation-rules': refused(
    () => [`/setup/objects/${INVOICE}/validation-rules`],
    () => ({ apiName: 'X', errorConditionFormula: 'false', errorMessage: 'x' }),
  ),
  'PATCH /api/setup/objects/:object/validation-rules/:rule': refused(
    () => [`/setup/objects/${INVOICE}/validation-rules/X`],
    () => ({ active: false }),
  ),
  'DELETE /api/setup/objects/:object/validation-rules/:rule': refused(() => [`/setup/objects/${INVOICE}/validation-rules/X`]),
  'PUT /api/setup/objects/:object/layouts/:layout': refused(
    () => [`/setup/objects/${INVOICE}/layouts/X`],
    () => ({}),
  ),
  'DELETE /api/setup/objects/:object/layouts/:layout': refused(() => [`/setup/objects/${INVOICE}/layouts/X`]),
  'PUT /api/setup/objects/:object/record-pages/:page': refused(
    () => [`/setup/objects/${INVOICE}/record-pages/X`],
    () => ({}),
  ),
  'DELETE /api/setup/objects/:object/record-pages/:page': refused(() => [`/setup/objects/${INVOICE}/record-pages/X`]),
  'GET /api/setup/users': refused(() => ['/setup/users']),
  'GET /api/setup/sharing': refused(() => ['/setup/sharing']),
  'GET /api/setup/sharing-rules': refused(() => ['/setup/sharing-rules']),
  'POST /api/setup/sharing-rules': refused(
    () => ['/setup/sharing-rules'],
    () => ({ object: 'Contact', name: 'X', criteria: [], access: 'Read', sharedWithType: 'PermissionSet', sharedWith: 'X' }),
  ),
  'GET /api/setup/sharing-rules/recalculations/:jobId': refused(() => [
    '/setup/sharing-rules/recalculations/00000000-0000-4000-8000-000000000000',
  ]),
  'GET /api/setup/sharing-rules/:id': refused(() => ['/setup/sharing-rules/00000000-0000-4000-8000-000000000000']),
  'PUT /api/setup/sharing-rules/:id': refused(
    () => ['/setup/sharing-rules/00000000-0000-4000-8000-000000000000'],
    () => ({ access: 'Read' }),
  ),
  'DELETE /api/setup/sharing-rules/:id': refused(() => ['/setup/sharing-rules/00000000-0000-4000-8000-000000000000']),
  'PUT /api/setup/sharing': refused(
    () => ['/setup/sharing'],
    () => ({ objects: { Account: 'ReadWrite' } }),
  ),
  'POST /api/setup/users': refused(
    () => ['/setup/users'],
    () => ({
      lastName: 'X',
      email: 'x@fls.test',
      username: 'x@fls.test',
      profile: 'Standard User',
      temporaryPassword: 'fls temporary heron 31',
    }),
  ),
  'GET /api/setup/users/:id': refused(() => [`/setup/users/${reader.userId}`]),
  'PATCH /api/setup/users/:id': refused(
    () => [`/setup/users/${reader.userId}`],
    () => ({ firstName: 'X' }),
  ),
  'POST /api/setup/users/:id/reset-password': refused(() => [`/setup/users/${reader.userId}/reset-password`]),
  'GET /api/setup/users/:id/login-history': refused(() => [`/setup/users/${reader.userId}/login-history`]),
  'PUT /api/setup/objects/:object/layout-assignments': refused(
    () => [`/setup/objects/${INVOICE}/layout-assignments`],
    () => ({ assignments: [] }),
  ),
  'GET /api/setup/roles': refused(() => ['/setup/roles']),
  'POST /api/setup/roles': refused(
    () => ['/setup/roles'],
    () => ({ name: 'X' }),
  ),
  'GET /api/setup/roles/:id': refused(() => [`/setup/roles/${reader.userId}`]),
  'PATCH /api/setup/roles/:id': refused(
    () => [`/setup/roles/${reader.userId}`],
    () => ({ name: 'X' }),
  ),
  'DELETE /api/setup/roles/:id': refused(() => [`/setup/roles/${reader.userId}`]),
  'GET /api/setup/custom-permissions': refused(() => ['/setup/custom-permissions']),
  'GET /api/permission-sets': { paths: () => ['/permission-sets'], status: 200 },
  'POST /api/permission-sets': refused(
    () => ['/permission-sets'],
    () => ({ apiName: 'X', label: 'X' }),
  ),
  'GET /api/permission-sets/:name': { paths: () => ['/permission-sets/FLS_Reader'], status: 200 },
  'PUT /api/permission-sets/:name': refused(
    () => ['/permission-sets/FLS_Reader'],
    () => ({ label: 'X' }),
  ),
  'DELETE /api/permission-sets/:name': refused(() => ['/permission-sets/FLS_Reader']),
  'GET /api/users/:id/permission-sets': { paths: () => [`/users/${reader.userId}/permission-sets`], status: 200 },
  'POST /api/users/:id/permission-sets': refused(
    () => [`/users/${reader.userId}/permission-sets`],
    () => ({ permissionSet: 'lumary__AR_Management' }),
  ),
  'DELETE /api/users/:id/permission-sets/:name': refused(() => [`/users/${reader.userId}/permission-sets/FLS_Reader`]),
  // The AR package: writes need more than read; reads leave out, or refuse naming, what is hidden.
  'POST /api/lumary/journal/entries': refused(
    () => ['/lumary/journal/entries'],
    () => ({}),
  ),
  'POST /api/lumary/journal/entries/:id/reverse': refused(
    () => [`/lumary/journal/entries/${seeded.entry}/reverse`],
    () => ({ date: '2026-06-20' }),
  ),
  'POST /api/lumary/journal/exports': refused(
    () => ['/lumary/journal/exports'],
    () => ({ period: seeded.periodId }),
  ),
  'GET /api/lumary/journal/exports/:batch': refused(() => [
    `/lumary/journal/exports/${seeded.batch}`,
    `/lumary/journal/exports/${seeded.batch}?layout=generic`,
  ]),
  'POST /api/lumary/invoices': refused(
    () => ['/lumary/invoices'],
    () => invoiceBody(seeded.client, INVOICE_DATE, seeded.glCode, [['1', '10.00', 'GST']]),
  ),
  'PUT /api/lumary/invoices/:id': refused(
    () => [`/lumary/invoices/${seeded.invoice}`],
    () => invoiceBody(seeded.client, INVOICE_DATE, seeded.glCode, [['1', '10.00', 'GST']]),
  ),
  'POST /api/lumary/invoices/:id/issue': refused(() => [`/lumary/invoices/${seeded.invoice}/issue`]),
  'POST /api/lumary/invoices/:id/void': refused(
    () => [`/lumary/invoices/${seeded.invoice}/void`],
    () => ({ reason: 'x' }),
  ),
  'POST /api/lumary/invoices/:id/credit-notes': refused(
    () => [`/lumary/invoices/${seeded.invoice}/credit-notes`],
    () => ({ date: '2026-06-20', amount: '1.00', reason: 'Goodwill' }),
  ),
  'GET /api/lumary/invoices/:id/html': { paths: () => [`/lumary/invoices/${seeded.invoice}/html`], status: 200 },
  'GET /api/lumary/invoices/:id/pdf': { paths: () => [`/lumary/invoices/${seeded.invoice}/pdf`], status: 200 },
  'POST /api/lumary/invoices/:id/send': refused(
    () => [`/lumary/invoices/${seeded.invoice}/send`],
    () => ({ to: 'x@example.test' }),
  ),
  'POST /api/lumary/payments': refused(
    () => ['/lumary/payments'],
    () => ({}),
  ),
  'POST /api/lumary/payments/:id/allocations': refused(
    () => [`/lumary/payments/${seeded.payment}/allocations`],
    () => ({}),
  ),
  'POST /api/lumary/payments/:id/reverse': refused(
    () => [`/lumary/payments/${seeded.payment}/reverse`],
    () => ({}),
  ),
  'GET /api/lumary/reports/trial-balance': refused(() => [
    '/lumary/reports/trial-balance?asOf=2026-06-30',
    `/lumary/reports/trial-balance?period=${seeded.periodId}`,
  ]),
  'GET /api/lumary/reports/aged-receivables': refused(() => [
    '/lumary/reports/aged-receivables?asAt=2026-06-30',
    '/lumary/reports/aged-receivables?asAt=2026-06-30&format=csv',
  ]),
  'GET /api/lumary/reports/analytics': refused(() => [
    '/lumary/reports/analytics?asAt=2026-06-30',
    '/lumary/reports/analytics?asAt=2026-06-30&format=csv&table=top-overdue',
  ]),
  'GET /api/lumary/reports/gst': refused(() => [
    '/lumary/reports/gst?from=2026-06-01&to=2026-06-30',
    '/lumary/reports/gst?from=2026-06-01&to=2026-06-30&format=csv',
  ]),
  'GET /api/lumary/reports/debtor-balances': {
    paths: () => ['/lumary/reports/debtor-balances?asAt=2026-06-30', '/lumary/reports/debtor-balances?asAt=2026-06-30&format=csv'],
    status: 200,
  },
  'GET /api/lumary/debtors/:id/payments': {
    paths: () => [`/lumary/debtors/${seeded.client}/payments`, `/lumary/debtors/${seeded.client}/payments?format=csv`],
    status: 200,
  },
  'GET /api/lumary/debtors/:id/summary': { paths: () => [`/lumary/debtors/${seeded.client}/summary`], status: 200 },
  'GET /api/lumary/audit': {
    paths: () => ['/lumary/audit', '/lumary/audit?format=csv', `/lumary/audit?object=${INVOICE}&recordId=${seeded.invoice}`],
    status: 200,
  },
  'POST /api/lumary/services/:id/bill-now': refused(
    () => [`/lumary/services/${seeded.service}/bill-now`],
    () => ({}),
  ),
  'POST /api/lumary/billing-runs': refused(
    () => ['/lumary/billing-runs'],
    () => ({ upTo: '2026-05-31' }),
  ),
  'GET /api/lumary/billing-runs/:id': { paths: () => [`/lumary/billing-runs/${seeded.billingRun}`], status: 200 },
  'POST /api/lumary/support-catalogue/imports': refused(
    () => ['/lumary/support-catalogue/imports'],
    () => ({
      fileName: 'catalogue.csv',
      content: Buffer.from(
        'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA\n01_011_0107_1_1,x,H,20260701,1,1,1,1,1,1,1,1',
      ).toString('base64'),
    }),
  ),
  'POST /api/lumary/claims/:id/paid': refused(
    () => [`/lumary/claims/${seeded.claim}/paid`],
    () => ({ paidDate: '2026-06-20' }),
  ),
  'POST /api/lumary/claims/:id/error': refused(
    () => [`/lumary/claims/${seeded.claim}/error`],
    () => ({ reason: 'x' }),
  ),
  'POST /api/lumary/claims/:id/resubmit': refused(() => [`/lumary/claims/${seeded.claim}/resubmit`]),
  'GET /api/lumary/bank-accounts': { paths: () => ['/lumary/bank-accounts'], status: 200 },
  // Suggestions are computed from invoice balances: without Balance they are left out.
  'GET /api/lumary/bank-accounts/:id/reconciliation': {
    paths: () => [`/lumary/bank-accounts/${seeded.bank.bank}/reconciliation`],
    status: 200,
  },
  'PUT /api/lumary/bank-accounts/:id/csv-mapping': refused(
    () => [`/lumary/bank-accounts/${seeded.bank.bank}/csv-mapping`],
    () => ({ date: 'Date', amount: 'Amount' }),
  ),
  'POST /api/lumary/bank-accounts/:id/statements': refused(
    () => [`/lumary/bank-accounts/${seeded.bank.bank}/statements`],
    () => ({ format: 'csv', content: 'x', dryRun: true }),
  ),
  'POST /api/lumary/bank-statement-lines/:id/confirm': refused(
    () => [`/lumary/bank-statement-lines/${seeded.bank.toConfirm}/confirm`],
    () => ({ debtor: seeded.client }),
  ),
  'POST /api/lumary/bank-statement-lines/:id/split': refused(
    () => [`/lumary/bank-statement-lines/${seeded.bank.toSplit}/split`],
    () => ({ parts: [] }),
  ),
  'GET /api/lumary/bank-rules': { paths: () => ['/lumary/bank-rules'], status: 200 },
  'DELETE /api/lumary/bank-rules/:id': refused(() => [`/lumary/bank-rules/${seeded.bank.rule}`]),
  'POST /api/lumary/claim-batches': refused(
    () => ['/lumary/claim-batches'],
    () => ({ upTo: '2026-05-31' }),
  ),
  'POST /api/lumary/claim-batches/results': refused(
    () => ['/lumary/claim-batches/results'],
    () => ({ content: 'ClaimReference,Status\r\n' }),
  ),
  'GET /api/lumary/claim-batches/:id': { paths: () => [`/lumary/claim-batches/${seeded.claimBatch}`], status: 200 },
  // The file's rows carry the clients' NDIS numbers, which the reader may not read.
  'GET /api/lumary/claim-batches/:id/files/:n': refused(() => [`/lumary/claim-batches/${seeded.claimBatch}/files/1`]),
  'POST /api/lumary/claims/:id/write-off-shortfall': refused(
    () => [`/lumary/claims/${seeded.claim}/write-off-shortfall`],
    () => ({ reason: 'x' }),
  ),
  'GET /api/lumary/reports/ndia-claims-aged': {
    paths: () => ['/lumary/reports/ndia-claims-aged?asAt=2026-06-30'],
    status: 200,
  },
  // A statement is figures over Balance, Total, Status and Due Date: refused, in every format.
  'GET /api/lumary/debtors/:id/statement': refused(() => [
    `/lumary/debtors/${seeded.client}/statement?asAt=2026-06-30`,
    `/lumary/debtors/${seeded.client}/statement?asAt=2026-06-30&format=html`,
    `/lumary/debtors/${seeded.client}/statement?asAt=2026-06-30&format=pdf`,
  ]),
  'POST /api/lumary/debtors/:id/statement/send': refused(
    () => [`/lumary/debtors/${seeded.client}/statement/send`],
    () => ({ asAt: '2026-06-30', to: 'reader@example.test' }),
  ),
  'POST /api/lumary/statements/send-all': refused(
    () => ['/lumary/statements/send-all'],
    () => ({ asAt: '2026-06-30' }),
  ),
  // Progress counts only (debtors, emails queued), no figure.
  'GET /api/lumary/statements/send-all/:runId': { paths: () => [`/lumary/statements/send-all/${seeded.statementRun}`], status: 200 },
  'GET /api/lumary/debtors/:id/risk': refused(() => [`/lumary/debtors/${seeded.client}/risk`]),
  'GET /api/lumary/collections/worklist': refused(() => ['/lumary/collections/worklist']),
  'POST /api/lumary/reminders/run': refused(
    () => ['/lumary/reminders/run'],
    () => ({ asOf: '2026-06-30' }),
  ),
};

/** The API's documents (the same for everyone) and the operator API (its own token): checked below. */
const NO_TENANT_DATA = /^(GET \/api\/docs|[A-Z]+ \/api\/ops\/)/;

/** Every route the running Nest app serves, as `METHOD /path`. */
function registeredRoutes(): string[] {
  const express = api.app.getHttpAdapter().getInstance() as unknown as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route?.methods ?? {}).map((m) => `${m.toUpperCase()} ${layer.route?.path}`));
}
interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('the field-level security matrix', () => {
  it('has a case for every route the API serves', () => {
    const routes = registeredRoutes();
    expect(routes.filter((r) => !cases[r] && !NO_TENANT_DATA.test(r))).toEqual([]);
    expect(routes).toEqual(expect.arrayContaining(Object.keys(cases)));
  });

  describe.each(Object.entries(cases))('%s', (route, c) => {
    const [method] = route.split(' ');
    it(`answers the reader ${c.status} and no hidden value`, async () => {
      for (const path of c.paths()) {
        const { status, text } = await answer((c.as ?? (() => reader))(), method, path, c.body?.());
        expect({ path, status }).toEqual({ path, status: c.status });
        expect({ path, leaks: leaks(text) }).toEqual({ path, leaks: [] });
      }
    });
  });

  it('the operator API refuses the reader; the API documents are the same without a session (no tenant data)', async () => {
    const routes = registeredRoutes().filter((r) => NO_TENANT_DATA.test(r) && r.startsWith('GET ') && !r.includes(':'));
    expect(routes.filter((r) => r.includes('/ops/')).length).toBeGreaterThan(0);
    for (const route of routes) {
      const path = route.slice('GET /api'.length);
      const asReader = await answer(reader, 'GET', path);
      if (route.includes('/ops/')) {
        // 401 when LUMARY_OPERATOR_TOKEN is set (a session is not the token), 403 when the operator API is closed.
        expect({ route, refused: [401, 403].includes(asReader.status) }).toEqual({ route, refused: true });
        expect(leaks(asReader.text)).toEqual([]);
      } else {
        expect({ route, same: asReader.text === (await answer(undefined, 'GET', path)).text }).toEqual({ route, same: true });
      }
    }
  });
});

/** The same answers for a user who may read the fields: each marker is there to be hidden. */
describe('the markers are really in the answers', () => {
  const seen = async (user: TestUser, path: string) => leaks((await answer(user, 'GET', path)).text);

  it('the finance user sees them where the reader does not', async () => {
    expect(await seen(finance, `/sobjects/${INVOICE}/${seeded.invoice}`)).toEqual(
      expect.arrayContaining(['7731.19', '6731.19', 'Part Paid']),
    );
    expect(await seen(finance, `/lumary/invoices/${seeded.invoice}/html`)).toEqual(
      expect.arrayContaining(['7,731.19', '6,731.19', 'NDIS-MARKER-7731', seeded.markers[MARKERS.length + 1]]),
    );
    expect(await seen(finance, `/lumary/invoices/${seeded.invoice}/pdf`)).toEqual(
      expect.arrayContaining(['7,731.19', '6,731.19', 'NDIS-MARKER-7731']),
    );
    expect(await seen(finance, `/lumary/debtors/${seeded.client}/summary`)).toEqual(
      expect.arrayContaining(['7731.19', '6731.19', 'Part Paid', seeded.markers[MARKERS.length]]),
    );
    expect(await seen(finance, `/lumary/debtors/${seeded.client}/payments?format=csv`)).toContain('REF-MARKER-4412');
    expect(await seen(finance, '/lumary/reports/debtor-balances?asAt=2026-06-30')).toEqual(expect.arrayContaining(['7731.19', '6731.19']));
    expect(await seen(finance, '/lumary/reports/aged-receivables?asAt=2026-06-30&format=csv')).toContain('6731.19');
    expect(await seen(finance, '/lumary/reports/trial-balance?asOf=2026-06-30')).toEqual(expect.arrayContaining(['7731.19', '8841.27']));
    expect(await seen(finance, `/lumary/journal/exports/${seeded.batch}`)).toEqual(expect.arrayContaining(['7731.19', '8841.27']));
    expect(await seen(finance, `/lumary/audit?object=${INVOICE}&recordId=${seeded.invoice}`)).toEqual(
      expect.arrayContaining(['Part Paid']),
    );
    // The bank line naming the invoice: its suggestion gives the Balance it differs from.
    expect(await seen(finance, `/lumary/bank-accounts/${seeded.bank.bank}/reconciliation`)).toContain('6731.19');
  });
});

describe('what each package endpoint shows a user without a field', () => {
  const get = (path: string) => call(reader, 'GET', path);

  it('aged receivables and the trial balance are refused, naming the hidden fields they are computed from', async () => {
    const aged = await get('/lumary/reports/aged-receivables?asAt=2026-06-30');
    expect(aged.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    expect(aged.body[0].fields).toEqual(
      expect.arrayContaining([
        `${INVOICE}.lumary__Total__c`,
        `${INVOICE}.lumary__Balance__c`,
        `${INVOICE}.lumary__Status__c`,
        `${INVOICE}.lumary__Due_Date__c`,
      ]),
    );
    const trial = await get('/lumary/reports/trial-balance?asOf=2026-06-30');
    expect(trial.body[0]).toMatchObject({
      errorCode: 'INSUFFICIENT_ACCESS',
      fields: [`${JOURNAL_LINE}.lumary__Debit__c`, `${JOURNAL_LINE}.lumary__Credit__c`],
    });
  });

  it('debtor balances leave out the columns computed from a hidden field and keep the rest', async () => {
    const report = await get('/lumary/reports/debtor-balances?asAt=2026-06-30');
    const row = report.body.debtors.find((d: { id: string }) => d.id === seeded.client);
    // Credited counts the credit notes of the invoices that count, which takes their Status.
    expect(row).toEqual({ id: seeded.client, name: 'Marker Client', type: 'Contact', paid: '1000.00', unallocatedCredit: '0.00' });
    const csv = (await get('/lumary/reports/debtor-balances?asAt=2026-06-30&format=csv')).text;
    expect(csv.split('\r\n')[0]).toBe('Debtor,Debtor Type,Debtor Id,Paid,Unallocated Credit');
  });

  it("the debtor summary leaves out the owed figures and the invoices' hidden fields", async () => {
    const summary = (await get(`/lumary/debtors/${seeded.client}/summary`)).body;
    // Without Status and Balance no owed figure can be chosen, nor "Usually Pays in" (paid invoices, by Status).
    expect(summary.totalOwed).toEqual({});
    expect(summary.owedByClient).toEqual({});
    expect(summary.owedByOthers).toEqual({});
    expect(summary).not.toHaveProperty('usuallyPaysIn');
    expect(summary).toMatchObject({
      kind: 'client',
      debtor: { id: seeded.client, name: 'Marker Client' },
      accruedServices: { amount: '0.00', count: 0 },
    });
  });

  it("a debtor's payments leave out the Reference, keeping the amounts", async () => {
    const history = (await get(`/lumary/debtors/${seeded.client}/payments`)).body;
    expect(history.payments[0]).not.toHaveProperty('reference');
    expect(history.payments[0]).toMatchObject({ amount: '1000.00', allocated: '1000.00', unallocated: '0.00', method: 'EFT' });
    expect(history.totals).toEqual({ received: '1000.00', allocated: '1000.00', unallocated: '0.00' });
  });

  it('the invoice page and PDF leave off the hidden figures, status, due date and NDIS number, and keep the lines', async () => {
    const html = (await get(`/lumary/invoices/${seeded.invoice}/html`)).text;
    expect(html).toContain('7,000.00');
    expect(html).toContain('7,031.19'); // the subtotal, readable
    expect(html).not.toContain('Balance Due');
    expect(html).not.toContain('NDIS number');
  });

  it('billing-run progress answers the fields the reader may read', async () => {
    const progress = (await get(`/lumary/billing-runs/${seeded.billingRun}`)).body;
    // It claimed the one NDIA-managed service seedServices dates on its day.
    expect(progress).toMatchObject({ id: seeded.billingRun, status: 'Completed', debtorsTotal: 1, claimsCreated: 1 });
  });
});

describe('journal exports', () => {
  it('a user with only read on journal entries cannot stamp a batch (403), and nothing is stamped', async () => {
    const before = await call(
      finance,
      'GET',
      `/query?q=${encodeURIComponent(`SELECT Id FROM ${JOURNAL_ENTRY} WHERE lumary__Export_Batch__c = null`)}`,
    );
    const refusedExport = await call(reader, 'POST', '/lumary/journal/exports', { period: seeded.periodId });
    expect(refusedExport.status).toBe(403);
    expect(refusedExport.body[0]).toEqual({
      errorCode: 'INSUFFICIENT_ACCESS',
      message: 'You do not have permission to edit Journal Entries.',
      fields: [],
    });
    const after = await call(
      finance,
      'GET',
      `/query?q=${encodeURIComponent(`SELECT Id FROM ${JOURNAL_ENTRY} WHERE lumary__Export_Batch__c = null`)}`,
    );
    expect(after.body.totalSize).toBe(before.body.totalSize);
  });

  it('a user who may read every exported field downloads a batch again with read only', async () => {
    await tenants.createPermissionSet(finance.tenantId, {
      apiName: 'Journal_Reader',
      label: 'Journal reader',
      objects: { [JOURNAL_ENTRY]: { read: true }, [JOURNAL_LINE]: { read: true }, [ENTITY]: { read: true } },
      fields: Object.fromEntries(
        Object.keys((await tenants.permissionSet(finance.tenantId, 'lumary__AR_Management')).fields)
          .filter((f) => f.startsWith(`${JOURNAL_ENTRY}.`) || f.startsWith(`${JOURNAL_LINE}.`) || f.startsWith(`${ENTITY}.`))
          .map((f) => [f, { read: true }]),
      ),
    });
    const journalReader = await signedInUser(api, tenants, {
      slug: 'fls-alpha',
      username: 'journal@fls-alpha.test',
      permissionSets: ['Journal_Reader'],
    });
    const again = await call(journalReader, 'GET', `/lumary/journal/exports/${seeded.batch}`);
    expect(again.status).toBe(200);
    expect(again.text).toContain('8841.27');
    expect((await call(journalReader, 'POST', '/lumary/journal/exports', { period: seeded.periodId })).status).toBe(403);
  });
});

describe('another tenant', () => {
  it.each([
    ['invoice page', () => `/lumary/invoices/${seeded.invoice}/html`],
    ['invoice PDF', () => `/lumary/invoices/${seeded.invoice}/pdf`],
    ['debtor summary', () => `/lumary/debtors/${seeded.client}/summary`],
    ["debtor's payments", () => `/lumary/debtors/${seeded.client}/payments`],
    ['billing-run progress', () => `/lumary/billing-runs/${seeded.billingRun}`],
    ['claim batch', () => `/lumary/claim-batches/${seeded.claimBatch}`],
    ['claim batch file', () => `/lumary/claim-batches/${seeded.claimBatch}/files/1`],
    ['export batch', () => `/lumary/journal/exports/${seeded.batch}`],
  ])('gets 404 for this tenant’s %s, and no marker', async (_what, path) => {
    const { status, text } = await answer(financeB, 'GET', path());
    expect(status).toBe(404);
    expect(leaks(text)).toEqual([]);
  });

  it('sees none of this tenant’s figures in its own reports', async () => {
    for (const path of [
      '/lumary/reports/debtor-balances?asAt=2026-06-30',
      '/lumary/reports/aged-receivables?asAt=2026-06-30',
      '/lumary/reports/trial-balance?asOf=2026-06-30',
      '/lumary/reports/analytics?asAt=2026-06-30',
      '/lumary/reports/gst?from=2026-06-01&to=2026-06-30',
      '/lumary/audit',
    ]) {
      const { status, text } = await answer(financeB, 'GET', path);
      expect(status).toBe(200);
      expect(leaks(text)).toEqual([]);
    }
  });
});

describe('the answers of writes', () => {
  it('leave out what the writer may not read: an invoice’s Status and its posting’s Total, a payment’s Reference', async () => {
    const ar = await tenants.permissionSet(finance.tenantId, 'lumary__AR_Management');
    const fields = Object.fromEntries(Object.entries(ar.fields).filter(([f]) => !HIDDEN.includes(f)));
    await tenants.createPermissionSet(finance.tenantId, {
      apiName: 'FLS_Clerk',
      label: 'FLS clerk',
      apps: ar.apps,
      objects: ar.objects,
      fields,
    });
    const clerk = await signedInUser(api, tenants, { slug: 'fls-alpha', username: 'clerk@fls-alpha.test', permissionSets: ['FLS_Clerk'] });
    const client = (await made('/sobjects/Contact', { FirstName: 'Clerk', LastName: 'Client', RecordTypeId: 'Client' })).id;

    const created = await call(
      clerk,
      'POST',
      '/lumary/invoices',
      invoiceBody(client, '2026-06-20', seeded.glCode, [['1', '10.00', 'GST']], { issue: true }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      journalEntry: { id: expect.any(String), name: expect.any(String) },
    });
    expect(created.body).not.toHaveProperty('status');
    expect(created.body.journalEntry).not.toHaveProperty('total');
    // The finance user, who may read them, gets both for the same kind of write.
    const asFinance = await call(
      finance,
      'POST',
      '/lumary/invoices',
      invoiceBody(client, '2026-06-20', seeded.glCode, [['1', '10.00', 'GST']], { issue: true }),
    );
    expect(asFinance.body).toMatchObject({ status: 'Open', journalEntry: { total: '11.00' } });

    const paid = await call(clerk, 'POST', '/lumary/payments', {
      debtor: client,
      date: '2026-06-21',
      amount: '5.00',
      method: 'EFT',
      reference: 'Clerk reference',
      idempotencyKey: 'fls-clerk-payment',
      allocations: [{ invoice: created.body.id, amount: '5.00' }],
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ amount: '5.00', allocated: '5.00', unallocated: '0.00' });
    expect(paid.body).not.toHaveProperty('reference');

    // A manual entry and its reversal: the answer leaves out the entry's Total (5,517.33).
    const other = (await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', 'FLS Clerk Other', '4930'))).id;
    const entry = {
      date: '2026-06-22',
      description: 'Clerk entry',
      lines: [
        { account: seeded.glCode, debit: '5517.33' },
        { account: other, credit: '5517.33' },
      ],
    };
    const posted = await call(clerk, 'POST', '/lumary/journal/entries', entry);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ id: expect.any(String), name: expect.any(String), date: '2026-06-22' });
    expect(posted.text).not.toContain('5517.33');
    const reversed = await call(clerk, 'POST', `/lumary/journal/entries/${posted.body.id}/reverse`, { date: '2026-06-23' });
    expect(reversed.status).toBe(201);
    expect(reversed.body).toMatchObject({ reverses: posted.body.id });
    expect(reversed.text).not.toContain('5517.33');
    expect((await call(finance, 'POST', '/lumary/journal/entries', entry)).body).toMatchObject({ total: '5517.33' });
  });
});
