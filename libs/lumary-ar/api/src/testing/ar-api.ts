import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '@platform/api';
import { signedInUser, startTestApi, type TestUser } from '@platform/api/testing';
import { LUMARY_AR } from '../lib/lumary-ar.package';

export const ENTITY = 'lumary__Accounting_Entity__c';

export interface Response {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** The API on a fresh database with one licensed tenant: a finance user, a controller and a support user. */
export async function arApi() {
  const { api, tenants } = await startTestApi({ packages: [LUMARY_AR] });
  const slug = `ar-${Math.random().toString(36).slice(2, 8)}`;
  const finance = await signedInUser(api, tenants, { slug, username: `finance@${slug}.test`, permissionSets: ['lumary__AR_Management'] });
  const controller = await signedInUser(api, tenants, {
    slug,
    username: `controller@${slug}.test`,
    permissionSets: ['lumary__AR_Management', 'lumary__AR_Period_Management'],
  });
  const support = await signedInUser(api, tenants, { slug, username: `support@${slug}.test` });
  const admin = await signedInUser(api, tenants, { slug, username: `admin@${slug}.test`, profile: 'System Administrator' });
  return { api, tenants, finance, controller, support, admin, call: caller(api) };
}

export function caller(api: RunningApi) {
  return async (user: TestUser | undefined, method: string, path: string, body?: unknown): Promise<Response> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (user) headers['Authorization'] = `Bearer ${user.token}`;
    const response = await fetch(`${api.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, text, body: parsed };
  };
}

export const period = (name: string, start: string, end: string, status: 'Open' | 'Closed' = 'Open') => ({
  Name: name,
  RecordTypeId: 'Accounting_Period',
  lumary__Status__c: status,
  lumary__Account_Type__c: 'Revenue',
  lumary__Start_Date__c: start,
  lumary__End_Date__c: end,
});

export const controlAccount = (name: string, type: 'Bank Account' | 'Debtors Control Account' | 'GST Control Account', code: string) => ({
  Name: name,
  RecordTypeId: 'Control_Account',
  lumary__Control_Account_Type__c: type,
  lumary__Reporting_Code__c: code,
});

export const treeNode = (recordType: 'GL_Code' | 'Cost_Centre', name: string, code: string, parent?: string) => ({
  Name: name,
  RecordTypeId: recordType,
  lumary__Account_Type__c: 'Revenue',
  lumary__Reporting_Code__c: code,
  ...(parent ? { lumary__Parent__c: parent } : {}),
});

export type { TenantService, TestUser };

type Call = ReturnType<typeof caller>;

/** A small ledger set-up: 2027's first three months, the three control accounts, GL codes and cost centres. */
export async function seedLedger(call: Call, user: TestUser) {
  const make = async (body: unknown): Promise<string> => {
    const response = await call(user, 'POST', `/sobjects/${ENTITY}`, body);
    if (response.status !== 201) throw new Error(`seed failed: ${response.text}`);
    return response.body.id;
  };
  const ids = {
    jan: await make(period('January 2027', '2027-01-01', '2027-01-31')),
    feb: await make(period('February 2027', '2027-02-01', '2027-02-28')),
    mar: await make(period('March 2027', '2027-03-01', '2027-03-31')),
    debtors: await make(controlAccount('Debtors Control', 'Debtors Control Account', '1200')),
    gst: await make(controlAccount('GST Control', 'GST Control Account', '2200')),
    bank: await make(controlAccount('Operating Bank', 'Bank Account', '1000')),
    revenue: '',
    therapy: '',
    sydney: '',
    parramatta: '',
  };
  ids.revenue = await make(treeNode('GL_Code', 'Service Revenue', '4000'));
  ids.therapy = await make(treeNode('GL_Code', 'Therapy Revenue', '4100', ids.revenue));
  ids.sydney = await make(treeNode('Cost_Centre', 'Sydney', 'CC-SYD'));
  ids.parramatta = await make(treeNode('Cost_Centre', 'Parramatta', 'CC-PAR', ids.sydney));
  return ids;
}

/**
 * A manual entry between two GL Codes (manual entries never touch a control account: only
 * invoices, credit notes and payments move Debtors Control, Bank and GST Control).
 */
export const manualEntry = (
  date: string,
  debitAccount: string,
  creditAccount: string,
  amount: string,
  options: { costCentre?: string; description?: string } = {},
) => ({
  date,
  description: options.description ?? `Reclass on ${date}`,
  lines: [
    { account: debitAccount, costCentre: options.costCentre, debit: amount },
    { account: creditAccount, credit: amount },
  ],
});

/**
 * For the security matrix: the control accounts, an Open period for the month (YYYY-MM), two GL
 * Codes and one manual entry between them exported as EXP-000001.
 */
export async function seedJournalEntry(call: Call, user: TestUser, month: string) {
  const ids: string[] = [];
  for (const body of [
    period(`Journal ${month}`, `${month}-01`, `${month}-28`),
    controlAccount('Matrix Debtors', 'Debtors Control Account', '1200'),
    controlAccount('Matrix GST', 'GST Control Account', '2200'),
    controlAccount('Matrix Bank', 'Bank Account', '1000'),
    treeNode('GL_Code', `Matrix Journal Debit ${month}`, '4800'),
    treeNode('GL_Code', `Matrix Journal Credit ${month}`, '4810'),
  ]) {
    const response = await call(user, 'POST', `/sobjects/${ENTITY}`, body);
    if (response.status !== 201) throw new Error(`seed failed: ${response.text}`);
    ids.push(response.body.id);
  }
  const glCodes = { debit: ids[4], credit: ids[5] };
  const posted = await call(user, 'POST', '/lumary/journal/entries', manualEntry(`${month}-10`, glCodes.debit, glCodes.credit, '25.00'));
  if (posted.status !== 201) throw new Error(`posting failed: ${posted.text}`);
  const exported = await call(user, 'POST', '/lumary/journal/exports', { period: ids[0] });
  if (exported.status !== 200) throw new Error(`export failed: ${exported.text}`);
  return { entryId: posted.body.id as string, periodId: ids[0], glCodes };
}

/** A Client Contact (optionally with a Default Debtor), a General Contact or an Account, through the records API. */
export async function makeDebtors(call: Call, user: TestUser) {
  const make = async (object: string, body: unknown): Promise<string> => {
    const response = await call(user, 'POST', `/sobjects/${object}`, body);
    if (response.status !== 201) throw new Error(`seed failed: ${response.text}`);
    return response.body.id;
  };
  return {
    client: (lastName: string, extra: Record<string, unknown> = {}) =>
      make('Contact', {
        FirstName: 'Client',
        LastName: lastName,
        RecordTypeId: 'Client',
        Email: `${lastName.toLowerCase()}@client.test`,
        ...extra,
      }),
    nominee: (lastName: string, extra: Record<string, unknown> = {}) =>
      make('Contact', {
        FirstName: 'Nominee',
        LastName: lastName,
        RecordTypeId: 'General',
        Email: `${lastName.toLowerCase()}@nominee.test`,
        ...extra,
      }),
    account: (name: string, extra: Record<string, unknown> = {}) =>
      make('Account', { Name: name, Email: `accounts@${name.toLowerCase().replace(/\W/g, '')}.test`, ...extra }),
  };
}

/**
 * Where most AR API specs start (call it in `beforeAll`, close `ctx.api` in `afterAll`): the API
 * with its users, the small ledger seeded and a debtor maker, plus reads as the finance user.
 */
export async function arWorld() {
  const ctx = await arApi();
  const finance = ctx.finance;
  /** A record as GET /sobjects/{object}/{id} returns it. */
  const get = async (object: string, id: string) => (await ctx.call(finance, 'GET', `/sobjects/${object}/${id}`)).body;
  /** A SOQL query's answer (`totalSize`, `records`) as `user`. */
  const query = async (soql: string, user: TestUser = finance) =>
    (await ctx.call(user, 'GET', `/query?q=${encodeURIComponent(soql)}`)).body;
  try {
    return { ctx, finance, ledger: await seedLedger(ctx.call, finance), debtors: await makeDebtors(ctx.call, finance), get, query };
  } catch (error) {
    await ctx.api.close(); // the spec's afterAll never gets `ctx` to close
    throw error;
  }
}

export type ArWorld = Awaited<ReturnType<typeof arWorld>>;

/** An invoice body for POST /lumary/invoices: one line per [quantity, unitPrice, taxCode]. */
export const invoiceBody = (
  client: string,
  invoiceDate: string,
  glCode: string,
  lines: [string, string, 'GST' | 'GST_FREE'][],
  extra: Record<string, unknown> = {},
) => ({
  client,
  invoiceDate,
  lines: lines.map(([quantity, unitPrice, taxCode], i) => ({ description: `Support ${i + 1}`, quantity, unitPrice, taxCode, glCode })),
  ...extra,
});

/**
 * For the security matrix: a client, a GL code and invoices dated `date` (its period and the
 * control accounts must exist): drafts to issue, to void and to edit, an open invoice to credit or pay.
 */
export async function seedInvoices(call: Call, user: TestUser, date: string) {
  const made = async (path: string, body: unknown): Promise<string> => {
    const response = await call(user, 'POST', path, body);
    if (response.status !== 201) throw new Error(`seed failed: ${response.text}`);
    return response.body.id;
  };
  const glCode = await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', `Matrix Revenue ${date}`, '4900'));
  const client = await made('/sobjects/Contact', { LastName: `Matrix ${date}`, RecordTypeId: 'Client' });
  const newInvoice = (issue = false) => invoiceBody(client, date, glCode, [['1', '100.00', 'GST']], { issue });
  return {
    glCode,
    client,
    newInvoice,
    draftToIssue: await made('/lumary/invoices', newInvoice()),
    draftToVoid: await made('/lumary/invoices', newInvoice()),
    draftToEdit: await made('/lumary/invoices', newInvoice()),
    openInvoice: await made('/lumary/invoices', newInvoice(true)),
  };
}

/**
 * For the security matrix: a Delivered service dated `date` to bill now (its period and the
 * control accounts must exist), claims to pay, to put in Error and one in Error to resubmit, a
 * finished billing run (up to `runUpTo`, before the service: it claims only an NDIA-managed
 * service dated runUpTo), and a claim batch that submitted that claim (dated `date`), with a file.
 */
export async function seedServices(call: Call, user: TestUser, date: string, runUpTo: string) {
  const made = async (path: string, body: unknown, status = 201): Promise<string> => {
    const response = await call(user, 'POST', path, body);
    if (response.status !== status) throw new Error(`seed failed: ${response.text}`);
    return response.body.id;
  };
  const glCode = await made(`/sobjects/${ENTITY}`, treeNode('GL_Code', `Matrix Services ${date}`, '4950'));
  const client = await made('/sobjects/Contact', { LastName: `Matrix Services ${date}`, RecordTypeId: 'Client' });
  const claim = () =>
    made('/sobjects/lumary__Claim__c', { lumary__Client__c: client, lumary__Claim_Date__c: date, lumary__Amount__c: '10.00' });
  const seeded = {
    service: await made('/sobjects/lumary__Service_Delivered__c', {
      lumary__Client__c: client,
      lumary__Service_Date__c: date,
      lumary__Description__c: 'Matrix support',
      lumary__Quantity__c: '1',
      lumary__Rate__c: '50.00',
      lumary__Funding__c: 'Self-managed',
      lumary__GL_Code__c: glCode,
    }),
    claimToPay: await claim(),
    claimToError: await claim(),
    claimInError: await claim(),
    // An NDIA-managed service dated runUpTo: the run claims it, and a claim batch submits it (a file to download).
    ndiaService: await ndiaClaimable(made, glCode, date, runUpTo),
    billingRun: await made('/lumary/billing-runs?wait=true', { upTo: runUpTo }, 200),
    claimBatch: '',
  };
  seeded.claimBatch = await made('/lumary/claim-batches?wait=true', { upTo: runUpTo, submitDate: date }, 200);
  await made(`/lumary/claims/${seeded.claimInError}/error`, { reason: 'Matrix' }, 200);
  return seeded;
}

/**
 * A support catalogue imported through the API: rows of [number, name, unit (H, E, D, WK), start
 * date (YYYYMMDD), the same price limit in every state, GST code (P1, P2, P5)].
 */
export async function importCatalogue(
  made: (path: string, body: unknown, status?: number) => Promise<unknown>,
  items: [string, string, string, string, string, string][],
): Promise<void> {
  const csv = [
    'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA,GST Code',
    ...items.map(([number, name, unit, from, limit, gst]) => [number, name, unit, from, ...Array(8).fill(limit), gst].join(',')),
  ].join('\n');
  await made('/lumary/support-catalogue/imports', { fileName: 'catalogue.csv', content: Buffer.from(csv).toString('base64') }, 200);
}

/** What a claim batch needs: NDIA Claims Receivable, the provider in AR Settings, a client with an NDIS number and their service. */
async function ndiaClaimable(
  made: (path: string, body: unknown, status?: number) => Promise<string>,
  glCode: string,
  date: string,
  serviceDate: string,
): Promise<string> {
  await made(`/sobjects/${ENTITY}`, {
    Name: `Matrix NDIA ${date}`,
    RecordTypeId: 'Control_Account',
    lumary__Control_Account_Type__c: 'NDIA Claims Receivable',
    lumary__Reporting_Code__c: '1250',
  });
  await made('/sobjects/lumary__AR_Settings__c', {
    Name: `Matrix ${date}`,
    lumary__State__c: 'NSW',
    lumary__Registration_Number__c: '4050000001',
    lumary__ABN__c: '51824753556',
  });
  // A service with a Support Item Number is priced by the catalogue in force on its date (RULES.md#service-agreements).
  await importCatalogue(made, [['01_011_0107_1_1', 'Self-care weekday', 'H', '20260101', '70.23', 'P2']]);
  const client = await made('/sobjects/Contact', {
    LastName: `Matrix NDIA ${date}`,
    RecordTypeId: 'Client',
    lumary__NDIS_Number__c: '430000009',
  });
  return made('/sobjects/lumary__Service_Delivered__c', {
    lumary__Client__c: client,
    lumary__Service_Date__c: serviceDate,
    lumary__Description__c: 'Matrix NDIA support',
    lumary__Quantity__c: '1',
    lumary__Unit__c: 'Hour',
    lumary__Rate__c: '65.47',
    lumary__Support_Item_Number__c: '01_011_0107_1_1',
    lumary__Funding__c: 'NDIA-managed',
    lumary__GL_Code__c: glCode,
  });
}

/** For the security matrix: two payments of 20.00 by `debtor` dated `date`, unallocated: one to allocate, one to reverse. */
export async function seedPayments(call: Call, user: TestUser, debtor: string, date: string) {
  const made = async (): Promise<string> => {
    const body = { debtor, date, amount: '20.00', method: 'EFT', idempotencyKey: `matrix-${date}-${Math.random()}` };
    const response = await call(user, 'POST', '/lumary/payments', body);
    if (response.status !== 201) throw new Error(`seed failed: ${response.text}`);
    return response.body.id;
  };
  return { toAllocate: await made(), toReverse: await made() };
}

/**
 * For the security matrices: the tenant's active Bank Account with a CSV statement of three
 * credit lines dated `date` (its period must be Open): one to confirm, one to split, and one
 * confirmed to `debtor` here, so a learnt rule exists. `reference` goes on the first two lines.
 */
export async function seedBankLines(call: Call, user: TestUser, debtor: string, date: string, reference = '') {
  const [y, m, d] = date.split('-');
  const day = `${d}/${m}/${y}`;
  const accounts = await call(user, 'GET', '/lumary/bank-accounts');
  const bank = (accounts.body as { id: string; active: boolean }[] | undefined)?.find((a) => a.active)?.id;
  if (!bank) throw new Error(`seed failed: no active Bank Account (${accounts.text})`);
  const content = [
    'Date,Amount,Description,Reference,Id',
    `${day},100.00,MATRIX PAYER ONE,${reference},MX-1-${date}`,
    `${day},100.00,MATRIX PAYER TWO,${reference},MX-2-${date}`,
    `${day},7.00,MATRIX RULE PAYER,,MX-3-${date}`,
  ].join('\n');
  const mapping = { date: 'Date', amount: 'Amount', description: 'Description', reference: 'Reference', transactionId: 'Id' };
  const imported = await call(user, 'POST', `/lumary/bank-accounts/${bank}/statements`, { format: 'csv', content, mapping });
  if (imported.status !== 201) throw new Error(`seed failed: ${imported.text}`);
  const lines = (await call(user, 'GET', `/lumary/bank-accounts/${bank}/reconciliation?status=Unreconciled`)).body.lines as {
    id: string;
    description: string;
  }[];
  const line = (description: string) => lines.find((l) => l.description === description)!.id;
  const confirmed = await call(user, 'POST', `/lumary/bank-statement-lines/${line('MATRIX RULE PAYER')}/confirm`, { debtor });
  if (confirmed.status !== 200) throw new Error(`seed failed: ${confirmed.text}`);
  const rules = (await call(user, 'GET', '/lumary/bank-rules')).body as { id: string; pattern: string }[];
  return {
    bank,
    toConfirm: line('MATRIX PAYER ONE'),
    toSplit: line('MATRIX PAYER TWO'),
    rule: rules.find((r) => r.pattern === 'MATRIX RULE PAYER')!.id,
  };
}
