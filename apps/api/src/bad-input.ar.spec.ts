import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '@platform/api';
import { contractProblems, request, signedInUser, startTestApi, type ContractDoc, type TestUser } from '@platform/api/testing';
import { caller, seedInvoices, seedJournalEntry } from '@lumary-ar/api/testing';
import { readRoutes } from './testing/fuzz';
import { INSTALLED_PACKAGES } from './packages';

/**
 * Bad input to Lumary AR's own routes (moved from app/errors/bad-input.spec.ts, which runs on the
 * platform's fixture package): the access checks come before the body, and concurrent writes of
 * invoice lines keep the totals.
 */
describe('bad input to Lumary AR routes never gets a 500', () => {
  let api: RunningApi;
  let tenants: TenantService;
  let admin: TestUser;
  let finance: TestUser;
  let support: TestUser;

  beforeAll(async () => {
    ({ api, tenants } = await startTestApi({ operatorToken: 'bad-input-operator-token', packages: INSTALLED_PACKAGES }));
    admin = await signedInUser(api, tenants, { slug: 'bad-input', username: 'admin@bad-input.test', profile: 'System Administrator' });
    finance = await signedInUser(api, tenants, {
      slug: 'bad-input',
      username: 'finance@bad-input.test',
      permissionSets: ['lumary__AR_Management'],
    });
    support = await signedInUser(api, tenants, { slug: 'bad-input', username: 'support@bad-input.test' });
  }, 120_000);
  afterAll(() => api?.close());

  it('is documented: every Lumary AR operation has its body, 2xx answers and query parameters in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${api.url}/api/docs-json`)).json()) as ContractDoc;
    const arPaths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/lumary/'));
    expect(arPaths.length).toBeGreaterThan(20);
    expect(contractProblems(api.app, doc, (path) => path.startsWith('/api/lumary/'))).toEqual([]);
  });

  const raw = (method: string, path: string, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}) =>
    fetch(`${api.url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${admin.token}`, ...init.headers },
      body: init.body as BodyInit | undefined,
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { errorCode: string; message: string; fields: string[] }[],
    }));

  it('checks session, licence and permission before the body: 401 and 403 whatever the body', async () => {
    const bodies = ['{"client": ', '{"client":"a\\u0000"}', `{"x":${'['.repeat(100)}${']'.repeat(100)}}`];
    for (const body of bodies) {
      const anonymous = await fetch(`${api.url}/api/lumary/invoices`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect([body, anonymous.status]).toEqual([body, 401]);
      for (const path of [
        '/lumary/invoices',
        '/lumary/journal/entries',
        '/lumary/payments',
        '/lumary/billing-runs',
        '/lumary/journal/exports',
      ]) {
        const refused = await raw('POST', path, {
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${support.token}` },
          body,
        });
        expect([path, body, refused.status, refused.body[0].errorCode]).toEqual([path, body, 403, 'INSUFFICIENT_ACCESS']);
      }
      const noOperator = await fetch(`${api.url}/api/ops/tenants`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(noOperator.status).toBe(401);
    }
    // With access, the same bodies are bad input.
    const allowed = await raw('POST', '/lumary/invoices', {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${finance.token}` },
      body: bodies[0],
    });
    expect([allowed.status, allowed.body[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
  });

  it('adds 16 lines to one draft invoice at once: all 201, and the totals are the sum of the lines', async () => {
    const call = caller(api);
    await seedJournalEntry(call, finance, '2026-06');
    const { draftToIssue: invoice, glCode } = await seedInvoices(call, finance, '2026-06-15');
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        request(api, 'POST', '/sobjects/lumary__Invoice_Line__c', {
          token: finance.token,
          body: {
            lumary__Invoice__c: invoice,
            lumary__Description__c: `Line ${i + 1}`,
            lumary__Quantity__c: '1',
            lumary__Unit_Price__c: `${i + 1}.00`,
            lumary__Tax_Code__c: 'GST',
            lumary__GL_Code__c: glCode,
          },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(201));
    const read = await request(api, 'GET', `/sobjects/lumary__Invoice__c/${invoice}`, { token: finance.token });
    // The seeded line (1 × 100.00) and lines of 1.00 to 16.00 (136.00), GST 10 % on each.
    expect([read.body.lumary__Subtotal__c, read.body.lumary__GST__c, read.body.lumary__Total__c]).toEqual(['236.00', '23.60', '259.60']);
  });

  it('documents the AR routes the fuzz run covers', async () => {
    const routes = await readRoutes(api.url);
    expect(routes.some((r) => r.path === '/api/lumary/invoices' && r.method === 'POST')).toBe(true);
  });
});
