import fc from 'fast-check';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '@platform/api';
import { caller, seedInvoices, seedJournalEntry, seedPayments } from '@lumary-ar/api/testing';
import { INSTALLED_PACKAGES } from '../packages';
import { FIXTURE, PASSWORD, request, signedInUser, startTestApi, type TestUser } from '@platform/api/testing';

/**
 * Malformed requests across every route of the OpenAPI document, shared by `npm run fuzz` (≥ 10,000
 * requests, tools/fuzz/fuzz.ts) and the short seeded run in `npm test` (apps/api/src/bad-input.spec.ts).
 * Each request is made from fast-check arbitraries: wrong types, NUL characters, lone surrogates,
 * huge strings, impossible and out-of-range dates, huge numbers, deep JSON, malformed JSON, bad
 * cookies, content types and encodings, forged ids and cursors, as users with and without access.
 * A finding is a 5xx answer, or a partial write: a refused (4xx) request that changed the tenant's
 * data (row counts and row versions of every table, compared before and after).
 */

export interface Route {
  method: string;
  /** The path template under the server root, e.g. `/api/sobjects/{object}/{id}`. */
  path: string;
  /** Query parameters the document names. */
  query: string[];
  /** Body keys the document names (its request schema's properties), if any. */
  keys: string[];
}

export type Who = 'admin' | 'finance' | 'support' | 'unlicensed' | 'operator' | 'nobody';

export interface FuzzRequest {
  route: Route;
  who: Who;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Finding {
  kind: '5xx' | 'partial write';
  request: string;
  status: number;
  detail: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Routes that end the fuzzer's own sessions, whatever the body. */
const SKIPPED = [/\/auth\/logout$/];
/**
 * Tables a refused request may write by design: sign-in bookkeeping, and the auto-number counters,
 * which like a PostgreSQL sequence hand out numbers outside the write's transaction (a refused
 * insert skips a number, as in Salesforce).
 */
const UNTRACKED = /session|credential|login|attempt|throttle|^sys_autonumber$/;

/** The routes of the app's OpenAPI document (GET /api/docs-json). */
export async function readRoutes(baseUrl: string): Promise<Route[]> {
  // Once more on a network error: a kept-alive socket the server has just closed (Node's 5 s
  // keepAliveTimeout, passed while a slow machine generated requests) fails the first try.
  const get = () => fetch(`${baseUrl}/api/docs-json`);
  const document = (await (await get().catch(get)).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string }[];
          requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: object } }> };
        }
      >
    >;
    components?: { schemas?: Record<string, { properties?: object }> };
  };
  const routes: Route[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op || SKIPPED.some((s) => s.test(path))) continue;
      const schema = op.requestBody?.content?.['application/json']?.schema;
      const resolved = schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] : schema;
      routes.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        keys: Object.keys(resolved?.properties ?? {}),
      });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** Body keys the package's and Setup's own routes read, for routes whose document names none. */
const COMMON_KEYS = [
  'date',
  'lines',
  'amount',
  'reason',
  'client',
  'debtor',
  'invoiceDate',
  'issue',
  'upTo',
  'paidDate',
  'description',
  'account',
  'debit',
  'credit',
  'name',
  'slug',
  'timeZone',
  'package',
  'version',
  'licensed',
  'label',
  'apiName',
  'condition',
  'errorMessage',
  'type',
  'length',
  'objects',
  'fields',
  'period',
  'method',
  'idempotencyKey',
  'allocations',
  'invoice',
  'payment',
  'notes',
  'username',
  'password',
  'profile',
  'permissionSets',
  'sections',
  'quantity',
  'unitPrice',
  'taxCode',
  'glCode',
  'source',
  'costCentre',
  'LastName',
  'Name',
  'Email',
  'Birthdate',
  'RecordTypeId',
];

const DEEP = `${'['.repeat(3000)}${']'.repeat(3000)}`;
const FORGED_CURSOR = (k: unknown[]) =>
  Buffer.from(JSON.stringify({ q: 'x', k, id: '00000000-0000-4000-8000-000000000000', n: 1 })).toString('base64url');

/** Strings PostgreSQL or the code may choke on. */
export const evilString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfffy',
      '\udc00\ud800',
      '2026-02-30',
      '0000-01-01',
      '9999-12-31',
      '1699-12-31',
      '2026-13-01',
      '-0001-01-01',
      '2025-03-01T25:00:00Z',
      '0000-01-01T00:00:00Z',
      '-1',
      '1e309',
      'NaN',
      'Infinity',
      '12345678901234567890.123',
      '0.001',
      "' OR 1=1 --",
      '%E0%A4%A',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      '',
      ' ',
      'null',
      '{}',
      'Australia/Nowhere',
      'SELECT Id FROM Contact',
      FORGED_CURSOR(['2026-02-30']),
    ),
    fc.string({ maxLength: 24 }),
    fc.string({ maxLength: 12, unit: 'binary' }),
    fc.constantFrom('x'.repeat(300), 'y'.repeat(40_000), '9'.repeat(400)),
  );

/** Any JSON value of a wrong type, or an evil string. */
export const evilValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: evilString() },
    fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, 123456789012345680000, true, false, null, [], {}, [null], { id: '\u0000' }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.array(evilString(), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('id', 'control', 'account', 'debit', 'credit', 'date', '\u0000'), evilString(), { maxKeys: 3 }),
  );

/** Values a route would accept, so that one evil value among them reaches past the first check. */
const plausibleValue = (world: FuzzWorld): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...world.ids),
    fc.constantFrom(
      '2026-06-15',
      '2026-06-30',
      '10.00',
      '1',
      'Fuzz',
      'GST',
      'Australia/Sydney',
      'Lumary AR',
      'fuzz-new',
      'General',
      'EFT',
      true,
      false,
    ),
    fc.constantFrom({ control: 'Bank Account' }, { control: 'Debtors Control Account' }),
  );

/** A body: an object of known keys with evil values, a wrong top-level type, or text that is not JSON. */
function evilBody(keys: string[], world: FuzzWorld): fc.Arbitrary<{ body: string | Uint8Array; contentType?: string; encoding?: string }> {
  const known = keys.length ? keys : COMMON_KEYS;
  const json = (value: unknown) => ({ body: JSON.stringify(value) });
  const mostlyPlausible = fc.oneof({ weight: 2, arbitrary: plausibleValue(world) }, { weight: 1, arbitrary: evilValue() });
  return fc.oneof(
    { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...known), evilValue(), { minKeys: 1, maxKeys: 5 }).map(json) },
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...known), mostlyPlausible, { minKeys: 1, maxKeys: 8 }).map(json) },
    {
      weight: 2,
      arbitrary: fc
        .record({ lines: fc.array(fc.dictionary(fc.constantFrom(...COMMON_KEYS), evilValue(), { maxKeys: 4 }), { maxLength: 3 }) })
        .map(json),
    },
    { weight: 2, arbitrary: evilValue().map(json) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '{',
          '{"a":',
          '[1,]',
          'nul',
          '"\\ud800"',
          '{"a":"\\u0000"}',
          DEEP,
          `{"a":${DEEP}}`,
          '\ufeff{}',
          '{}{}',
          '{"__proto__":{"x":1}}',
        )
        .map((body) => ({ body })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { body: '{}', contentType: 'text/plain' },
        { body: '<a/>', contentType: 'application/xml' },
        { body: '{}', contentType: 'application/json; charset=klingon' },
        { body: '{}', contentType: 'application/json; charset=utf-16' },
        { body: '{}', encoding: 'gzip' },
        { body: '{}', encoding: 'x-squash' },
        { body: 'a=%00&b=%E0%A4%A', contentType: 'application/x-www-form-urlencoded' },
        { body: `{"a":"${'x'.repeat(1_100_000)}"}` },
        { body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]) },
      ),
    },
  );
}

/** Path parameter values: real ones (so deeper code runs), forged and malformed ones. */
function pathValue(name: string, world: FuzzWorld): fc.Arbitrary<string> {
  const real = world.pathValues[name] ?? (name.toLowerCase().includes('id') ? world.ids : []);
  const evil = fc.oneof(
    fc.constantFrom(
      '00000000-0000-4000-8000-000000000000',
      'not-an-id',
      '%00',
      '%E0%A4%A',
      '%ED%A0%80',
      'x'.repeat(3000),
      '..',
      '%2e%2e',
      'null',
      '-1',
      '%20',
      'Contact',
    ),
    evilString().map(encodeEvil),
  );
  return real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: evil }) : evil;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encoded for a URL; a lone surrogate (which encodeURIComponent refuses) as its CESU-8 bytes. */
function encodeEvil(text: string): string {
  return text.split(LONE_SURROGATE).map(encodeURIComponent).join('%ED%A0%80');
}

const QUERY_NAMES = [
  'q',
  'cursor',
  'pageSize',
  'fields',
  'where',
  'orderBy',
  'asOf',
  'date',
  'from',
  'to',
  'format',
  'wait',
  'period',
  'status',
];

function query(route: Route): fc.Arbitrary<string> {
  const names = [...new Set([...route.query, ...QUERY_NAMES])];
  const value = fc.oneof(
    evilString(),
    fc.constantFrom(
      '1',
      '0',
      '2001',
      'SELECT Id FROM Contact',
      'SELECT Id FROM Contact WHERE Birthdate = 0000-01-01',
      'true',
      'csv',
      '2026-02-30',
    ),
  );
  return fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 3 }).map((pairs) => {
    const text = pairs.map(([k, v]) => `${k}=${encodeEvil(v)}`).join('&');
    return text ? `?${text}` : '';
  });
}

const WHO: fc.Arbitrary<Who> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Who>('admin') },
  { weight: 5, arbitrary: fc.constant<Who>('finance') },
  { weight: 2, arbitrary: fc.constant<Who>('support') },
  { weight: 1, arbitrary: fc.constant<Who>('unlicensed') },
  { weight: 1, arbitrary: fc.constant<Who>('nobody') },
);

/** One route's malformed requests. */
export function requestsFor(route: Route, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const who = route.path.startsWith('/api/ops/')
    ? fc.oneof({ weight: 4, arbitrary: fc.constant<Who>('operator') }, { weight: 1, arbitrary: WHO })
    : WHO;
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  const cookie = fc.constantFrom(
    undefined,
    'lumary_sid=%E0%A4%A',
    'lumary_sid=%00',
    `lumary_sid=${'z'.repeat(5000)}`,
    'lumary_sid=a; lumary_sid=%',
    '%%%=%%%',
  );
  return fc
    .record({
      who,
      values: fc.tuple(...params.map((p) => pathValue(p, world))),
      query: query(route),
      body: hasBody ? fc.option(evilBody(route.keys, world), { freq: 8 }) : fc.constant(null),
      cookie: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: cookie }),
    })
    .map(({ who: user, values, query: q, body, cookie: c }) => {
      let path = route.path;
      params.forEach((p, i) => (path = path.replace(`{${p}}`, values[i])));
      const headers: Record<string, string> = {};
      const token = world.tokens[user];
      if (token) headers['Authorization'] = `Bearer ${token}`;
      if (c) headers['Cookie'] = c;
      if (body) {
        headers['Content-Type'] = body.contentType ?? 'application/json';
        if (body.encoding) headers['Content-Encoding'] = body.encoding;
      }
      return { route, who: user, method: route.method, url: `${path}${q}`, headers, body: body?.body };
    });
}

/** The running API with a licensed tenant, its users, records to point at, and an operator token. */
export interface FuzzWorld {
  api: RunningApi;
  tenants: TenantService;
  slug: string;
  tokens: Partial<Record<Who, string>>;
  users: Partial<Record<Who, TestUser & { username: string }>>;
  /** Record ids of every kind the tenant has, for `{id}` parameters. */
  ids: string[];
  pathValues: Record<string, string[]>;
}

/**
 * A running API with a tenant, its users and records to fuzz. By default the app's own metadata
 * with Lumary AR (what `npm run fuzz` runs); `{ metadata: 'platform' }` boots Core and the
 * platform's fixture package instead (the platform's own tests).
 */
export async function fuzzWorld(options: { metadata?: 'platform'; operatorToken?: string } = {}): Promise<FuzzWorld> {
  const operatorToken = options.operatorToken ?? `fuzz-operator-${Math.random().toString(36).slice(2)}`;
  if (options.metadata === 'platform') return platformFuzzWorld(operatorToken);
  const { api, tenants } = await startTestApi({ operatorToken, packages: INSTALLED_PACKAGES });
  try {
    const slug = 'fuzz';
    const users: FuzzWorld['users'] = {};
    const add = async (who: Who, options: Parameters<typeof signedInUser>[2]) =>
      (users[who] = { ...(await signedInUser(api, tenants, options)), username: options.username });
    await add('finance', {
      slug,
      username: 'finance@fuzz.test',
      permissionSets: ['lumary__AR_Management', 'lumary__AR_Period_Management'],
    });
    await add('admin', { slug, username: 'admin@fuzz.test', profile: 'System Administrator', permissionSets: ['lumary__AR_Management'] });
    await add('support', { slug, username: 'support@fuzz.test' });
    await add('unlicensed', {
      slug: 'fuzz-unlicensed',
      username: 'admin@fuzz-unlicensed.test',
      profile: 'System Administrator',
      arLicensed: false,
    });
    const call = caller(api);
    const finance = users.finance as TestUser;
    const { entryId, periodId } = await seedJournalEntry(call, finance, '2026-06');
    const invoices = await seedInvoices(call, finance, '2026-06-15');
    const payments = await seedPayments(call, finance, invoices.client, '2026-06-20');
    const ids = [
      entryId,
      periodId,
      invoices.glCode,
      invoices.client,
      invoices.draftToIssue,
      invoices.draftToVoid,
      invoices.openInvoice,
      payments.toAllocate,
      payments.toReverse,
    ];
    const objects = api.registry.objects.map((o) => o.apiName);
    return {
      api,
      tenants,
      slug,
      users,
      tokens: { ...Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.token])), operator: operatorToken },
      ids,
      pathValues: {
        object: objects,
        slug: [slug, 'fuzz-unlicensed'],
        package: ['Lumary AR', 'Core'],
        field: ['LastName', 'Email', 'Birthdate', 'lumary__Status__c'],
        name: ['lumary__AR_Management', 'Fuzz_Set'],
        layout: ['Contact-Layout', 'Default'],
        page: ['Default'],
        rule: ['Fuzz_Rule'],
        entryId: [entryId],
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}

/** The fuzz world on Core and the platform's fixture package: its users, and a record of each fixture object. */
async function platformFuzzWorld(operatorToken: string): Promise<FuzzWorld> {
  const { api, tenants } = await startTestApi({ metadata: 'platform', operatorToken });
  try {
    const slug = 'fuzz';
    const users: FuzzWorld['users'] = {};
    const add = async (who: Who, options: Parameters<typeof signedInUser>[2]) =>
      (users[who] = { ...(await signedInUser(api, tenants, options)), username: options.username });
    await add('finance', { slug, username: 'finance@fuzz.test', permissionSets: [FIXTURE.permissionSet, 'fixture__Period_Management'] });
    await add('admin', { slug, username: 'admin@fuzz.test', profile: 'System Administrator', permissionSets: [FIXTURE.permissionSet] });
    await add('support', { slug, username: 'support@fuzz.test' });
    await add('unlicensed', {
      slug: 'fuzz-unlicensed',
      username: 'admin@fuzz-unlicensed.test',
      profile: 'System Administrator',
      licensed: false,
    });
    const token = (users.finance as TestUser).token;
    const created = async (object: string, body: Record<string, unknown>) => {
      const response = await request(api, 'POST', `/sobjects/${object}`, { token, body });
      if (response.status !== 201) throw new Error(`seeding ${object}: ${response.status} ${response.text}`);
      return response.body.id as string;
    };
    const member = await created('Contact', { LastName: 'Fuzz Member', RecordTypeId: 'Client' });
    const period = await created('fixture__Register__c', {
      Name: 'June 2026',
      RecordTypeId: 'Period',
      fixture__Start_Date__c: '2026-06-01',
      fixture__End_Date__c: '2026-06-30',
    });
    const category = await created('fixture__Register__c', { Name: 'Fuzz category', RecordTypeId: 'Category', fixture__Code__c: '4000' });
    const order = await created('fixture__Order__c', {
      fixture__Customer__c: member,
      fixture__Payer__c: member,
      fixture__Register__c: period,
      fixture__Order_Date__c: '2026-06-15',
    });
    const line = await created('fixture__Order_Line__c', {
      Name: 'Fuzz line',
      fixture__Order__c: order,
      fixture__Quantity__c: '1',
      fixture__Amount__c: '10.00',
    });
    const settings = await created('fixture__Member_Settings__c', { fixture__Member__c: member, fixture__Terms__c: '14' });
    const ids = [member, period, category, order, line, settings];
    return {
      api,
      tenants,
      slug,
      users,
      tokens: {
        ...Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.token])),
        operator: process.env['LUMARY_OPERATOR_TOKEN'],
      },
      ids,
      pathValues: {
        object: api.registry.objects.map((o) => o.apiName),
        slug: [slug, 'fuzz-unlicensed'],
        package: [FIXTURE.package, 'Core'],
        field: ['LastName', 'Email', 'Birthdate', 'fixture__Status__c'],
        name: [FIXTURE.permissionSet, 'Fuzz_Set'],
        layout: ['Contact-Layout', 'Default'],
        page: ['Default'],
        rule: ['Fuzz_Rule'],
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}

/** A cheap fingerprint of every tracked table: its row count and the sum of its rows' versions. */
export async function snapshot(world: FuzzWorld): Promise<Record<string, string>> {
  const owner = world.api.database.owner;
  const tables = (
    (await owner.query(
      `SELECT t.table_name AS name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'version' AND c.data_type IN ('integer', 'bigint', 'smallint')) AS versioned
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    )) as { name: string; versioned: boolean }[]
  ).filter((t) => !UNTRACKED.test(t.name));
  const parts = tables.map(
    (t) => `(SELECT count(*)::text || '/' || ${t.versioned ? `coalesce(sum("version"), 0)::text` : `''`} FROM "${t.name}") AS "${t.name}"`,
  );
  const [row] = (await owner.query(`SELECT ${parts.join(', ')}`)) as Record<string, string>[];
  return row;
}

function changes(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}

/** Signs a user in again when a request ended their session (deactivation, a password change). */
async function refreshSessions(world: FuzzWorld): Promise<void> {
  for (const [who, user] of Object.entries(world.users)) {
    const probe = await fetch(`${world.api.url}/api/sobjects`, { headers: { Authorization: `Bearer ${world.tokens[who as Who]}` } });
    if (probe.status !== 401) continue;
    const login = await fetch(`${world.api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: PASSWORD }),
    });
    if (login.status === 200) world.tokens[who as Who] = ((await login.json()) as { accessToken: string }).accessToken;
  }
}

export const describeRequest = (r: FuzzRequest) => {
  const body =
    r.body === undefined
      ? ''
      : typeof r.body === 'string'
        ? ` ${JSON.stringify(r.body.length > 200 ? `${r.body.slice(0, 200)}…` : r.body)}`
        : ' <bytes>';
  const url = r.url.length > 200 ? `${r.url.slice(0, 200)}…` : r.url;
  return `${r.method} ${url} as ${r.who}${r.headers['Cookie'] ? ` cookie ${r.headers['Cookie'].slice(0, 40)}` : ''}${r.headers['Content-Type'] && r.headers['Content-Type'] !== 'application/json' ? ` [${r.headers['Content-Type']}]` : ''}${r.headers['Content-Encoding'] ? ` [${r.headers['Content-Encoding']}]` : ''}${body}`;
};

export interface FuzzReport {
  requests: number;
  routes: number;
  statuses: Record<string, number>;
  /** Answers per route (`METHOD /path`), by status. */
  byRoute: Record<string, Record<string, number>>;
  findings: Finding[];
}

/**
 * Sends `total` requests spread over every route (each route its own seeded fast-check stream,
 * so a seed replays a run) and reports 5xx answers and partial writes.
 */
export async function runFuzz(
  world: FuzzWorld,
  options: { total: number; seed: number; onProgress?: (done: number, report: FuzzReport) => void },
): Promise<FuzzReport> {
  const routes = await readRoutes(world.api.url);
  const perRoute = Math.max(1, Math.ceil(options.total / routes.length));
  const report: FuzzReport = { requests: 0, routes: routes.length, statuses: {}, byRoute: {}, findings: [] };
  const streams = routes.map((route, i) => fc.sample(requestsFor(route, world), { seed: options.seed + i, numRuns: perRoute }));
  let state = await snapshot(world);
  for (let round = 0; round < perRoute && report.requests < options.total; round++) {
    for (const stream of streams) {
      if (report.requests >= options.total) break;
      const r = stream[round];
      const headers = { ...r.headers };
      if (headers['Authorization']) headers['Authorization'] = `Bearer ${world.tokens[r.who] ?? ''}`;
      let status: number;
      let text = '';
      try {
        const response = await fetch(`${world.api.url}${r.url}`, { method: r.method, headers, body: r.body as BodyInit | undefined });
        status = response.status;
        text = await response.text();
      } catch (error) {
        status = 599;
        text = String(error);
      }
      report.requests++;
      report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      const answers = (report.byRoute[`${r.method} ${r.route.path}`] ??= {});
      answers[status] = (answers[status] ?? 0) + 1;
      if (status >= 500) report.findings.push({ kind: '5xx', request: describeRequest(r), status, detail: text.slice(0, 300) });
      if (r.method !== 'GET') {
        const after = await snapshot(world);
        const changed = changes(state, after);
        if (status >= 400 && changed.length)
          report.findings.push({ kind: 'partial write', request: describeRequest(r), status, detail: changed.join('; ') });
        state = after;
      }
      if (status === 401 && r.who !== 'nobody' && !r.headers['Cookie']) {
        await refreshSessions(world);
        state = await snapshot(world);
      }
    }
    options.onProgress?.(report.requests, report);
  }
  return report;
}
