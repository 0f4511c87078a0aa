import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';
import { TenantService } from '@platform/tenancy';
import { createTestDatabase, type Database } from '@platform/storage';
import { readConfig, startApi, type RunningApi } from '@platform/api';
import { repoRoot, signedInUser, type TestUser } from '@platform/api/testing';
import { caller, invoiceBody, makeDebtors, seedLedger, type Response } from '@lumary-ar/api/testing';
import { INSTALLED_PACKAGES } from './packages';

/**
 * Background work across API processes: real API processes (node with ts-node, as `npm run
 * fuzz` runs the code base) on one PostgreSQL database. Each billing run and each email is
 * handled exactly once, whichever process takes it; a process killed with SIGKILL in the middle
 * of a run leaves its job to be retried, and the run completes with no service billed twice.
 *
 * Always PostgreSQL (PGlite serves one process): DATABASE_URL's server, else this machine's.
 * The test process seeds the data through an API that works no jobs itself.
 */
const SERVER = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const SERVICE = 'lumary__Service_Delivered__c';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
jest.setTimeout(120_000);

let database: Database;
let seed: RunningApi;
let finance: TestUser;
let ledger: Awaited<ReturnType<typeof seedLedger>>;
let debtors: ReturnType<typeof makeDebtors> extends Promise<infer D> ? D : never;
const children: Child[] = [];
const received: { to: string; subject: string }[] = [];
let smtp: SMTPServer;
let smtpUrl: string;

interface Child {
  name: string;
  process: ChildProcess;
  url: string;
  log: string[];
  call: (user: TestUser | undefined, method: string, path: string, body?: unknown) => Promise<Response>;
}

/** One API process on the test's database, working its job queue (short lease: a killed process's job is retried within seconds). */
async function startChild(name: string): Promise<Child> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'tools/fuzz/tsconfig.json',
      TS_NODE_TRANSPILE_ONLY: '1',
      NO_COLOR: '1',
      DATABASE_URL: database.url,
      APP_DATABASE_URL: '',
      PORT: '0',
      SEED_DEMO: 'false',
      SMTP_URL: smtpUrl,
      SMTP_FROM: 'accounts@provider.test',
      JOBS_LEASE_SECONDS: '3',
      JOBS_MAINTENANCE_SECONDS: '1',
      JOBS_POLL_SECONDS: '0.5',
    },
  });
  const log: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${log.join('\n')}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${log.join('\n')}`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        log.push(line);
        const started = /Lumary is running at (http:\/\/\S+)/.exec(line);
        if (started) {
          clearTimeout(timer);
          resolve(started[1]);
        }
      });
    }
  });
  const started: Child = { name, process: child, url, log, call: caller({ url } as RunningApi) };
  children.push(started);
  return started;
}

const kill = (child: Child, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill(signal);
  });

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 45_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = await check();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

const call = (user: TestUser, method: string, path: string, body?: unknown) => caller(seed)(user, method, path, body);
const made = async (response: Promise<Response>, status = 201) => {
  const r = await response;
  if (r.status !== status) throw new Error(`expected ${status}: ${r.status} ${r.text}`);
  return r.body;
};
const service = async (client: string, date: string, rate: string): Promise<string> =>
  (
    await made(
      call(finance, 'POST', `/sobjects/${SERVICE}`, {
        lumary__Client__c: client,
        lumary__Service_Date__c: date,
        lumary__Description__c: `Support on ${date}`,
        lumary__Quantity__c: '1',
        lumary__Rate__c: rate,
        lumary__Tax_Code__c: 'GST_FREE',
        lumary__Funding__c: 'Self-managed',
        lumary__GL_Code__c: ledger.therapy,
        lumary__Cost_Centre__c: ledger.parramatta,
      }),
    )
  ).id;
const soql = async (q: string) =>
  (await made(call(finance, 'GET', `/query?q=${encodeURIComponent(q)}`), 200)).records as Record<string, unknown>[];
/** How many invoice lines each service is on (billed once: 1). */
const linesPerService = async (ids: string[]) => {
  const lines = await soql(`SELECT lumary__Service__c FROM lumary__Invoice_Line__c WHERE lumary__Service__c != null`);
  return ids.map((id) => lines.filter((l) => l['lumary__Service__c'] === id).length);
};
/** Lines of the children's logs saying a process took up a run (first attempt or resumed). */
const runStarts = (name: string) =>
  children.flatMap((c) => c.log.filter((l) => l.includes(`Billing run ${name}: `) && l.includes('debtor(s) to bill')).map(() => c.name));

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/m.exec(Buffer.concat(chunks).toString('latin1'))?.[1]?.trim() ?? '';
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, subject });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

  const saved = process.env['DATABASE_URL'];
  process.env['DATABASE_URL'] = SERVER;
  try {
    database = await createTestDatabase();
  } finally {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
  }
  // The test's own API: migrations and schema, then seeding; it works no jobs.
  seed = await startApi(
    { ...readConfig({ PORT: '0' }, repoRoot), quiet: true },
    { openDatabase: async () => ({ ...database, close: async () => undefined }), workJobs: false, packages: INSTALLED_PACKAGES },
  );
  const tenants = new TenantService(seed.database.dataSource, seed.registry, (t) => seed.tenantMetadata.registryFor(t));
  finance = await signedInUser(seed, tenants, { slug: 'jobs', username: 'finance@jobs.test', permissionSets: ['lumary__AR_Management'] });
  ledger = await seedLedger(caller(seed), finance);
  debtors = await makeDebtors(caller(seed), finance);
}, 120_000);

afterAll(async () => {
  for (const c of children) await kill(c, 'SIGTERM');
  await seed?.close();
  await database?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

it('two API processes on one database handle each billing run and each email exactly once', async () => {
  // The two processes start while the test seeds its data.
  const processes = Promise.all([startChild('A'), startChild('B')]);
  const clients = await Promise.all([...Array(8).keys()].map((i) => debtors.client(`Two${i}`)));
  const services: string[] = [];
  for (const [i, client] of clients.entries()) {
    services.push(await service(client, `2027-01-0${1 + (i % 3)}`, '40.00'), await service(client, `2027-01-1${i % 3}`, '41.00'));
  }
  const invoices: string[] = [];
  for (const client of clients)
    invoices.push(
      (
        await made(
          call(
            finance,
            'POST',
            '/lumary/invoices',
            invoiceBody(client, '2027-02-03', ledger.therapy, [['1', '10.00', 'GST']], { issue: true }),
          ),
        )
      ).id,
    );
  const [a, b] = await processes;
  // Runs started on either process, none waited for: whichever process fetches a run's job works it.
  const runs: { id: string; name: string }[] = [];
  for (const [i, upTo] of ['2027-01-02', '2027-01-03', '2027-01-11', '2027-01-31', '2027-01-31', '2027-01-31'].entries()) {
    runs.push(await made((i % 2 ? b : a).call(finance, 'POST', '/lumary/billing-runs', { upTo }), 202));
  }
  // Every invoice sent, half through each process: each send queues a delivery job.
  for (const [i, id] of invoices.entries()) await made((i % 2 ? b : a).call(finance, 'POST', `/lumary/invoices/${id}/send`), 202);

  const finished = await until('the runs to finish', async () => {
    const progress = await Promise.all(runs.map(async (r) => (await a.call(finance, 'GET', `/lumary/billing-runs/${r.id}`)).body));
    return progress.every((p) => p.status === 'Completed') ? progress : undefined;
  });
  await until('the emails to be sent', async () =>
    (await soql(`SELECT Id FROM lumary__Outbound_Email__c WHERE lumary__Status__c = 'Sent'`)).length === invoices.length ? true : undefined,
  );
  await sleep(3000); // time for a second delivery or a second working of a run to show

  // Each run taken up by exactly one process, once; together they billed every service once.
  const takenBy = runs.map((r) => runStarts(r.name));
  for (const t of takenBy) expect(t).toHaveLength(1);
  expect(finished.reduce((n, p) => n + p.servicesBilled, 0)).toBe(services.length);
  expect(await linesPerService(services)).toEqual(services.map(() => 1));
  for (const id of services) expect((await made(call(finance, 'GET', `/sobjects/${SERVICE}/${id}`), 200)).lumary__Status__c).toBe('Billed');
  // Each email reached the SMTP server exactly once.
  const perEmail = new Map<string, number>();
  for (const m of received) perEmail.set(`${m.to} ${m.subject}`, (perEmail.get(`${m.to} ${m.subject}`) ?? 0) + 1);
  expect(received).toHaveLength(invoices.length);
  expect([...perEmail.values()]).toEqual(invoices.map(() => 1));
  const sentBy = (name: string) =>
    children
      .find((c) => c.name === name)!
      .log.filter((l) => /Outbox: \d+ sent/.test(l))
      .reduce((n, l) => n + Number(/Outbox: (\d+) sent/.exec(l)![1]), 0);
  console.log(
    `Two processes: ${runs.length} runs taken up by ${JSON.stringify(takenBy.flat())} (A ${takenBy.flat().filter((n) => n === 'A').length}, B ${takenBy.flat().filter((n) => n === 'B').length}); ` +
      `${services.length} services billed once each; ${received.length} emails received for ${invoices.length} sent (A delivered ${sentBy('A')}, B ${sentBy('B')}).`,
  );
  await Promise.all([kill(a, 'SIGTERM'), kill(b, 'SIGTERM')]);
});

it('a process killed (SIGKILL) during a billing run: after a restart the run completes, no service billed twice', async () => {
  const count = 40;
  const starting = startChild('K1');
  const services: string[] = [];
  for (let i = 0; i < count; i++) services.push(await service(await debtors.client(`Kill${i}`), '2027-03-02', '50.00'));
  const first = await starting;
  const run = await made(first.call(finance, 'POST', '/lumary/billing-runs', { upTo: '2027-03-31' }), 202);
  // Killed once the run has billed some debtors, not all (read through the progress endpoint).
  const before = await until('the run to be under way', async () => {
    const p = (await call(finance, 'GET', `/lumary/billing-runs/${run.id}`)).body;
    return p.status === 'Running' && p.debtorsDone >= 2 ? p : undefined;
  });
  await kill(first, 'SIGKILL');
  const atKill = (await call(finance, 'GET', `/lumary/billing-runs/${run.id}`)).body;
  expect(atKill.status).toBe('Running');
  expect(atKill.debtorsDone).toBeLessThan(count);
  expect(atKill.debtorsDone).toBeGreaterThanOrEqual(before.debtorsDone);

  const second = await startChild('K2');
  const done = await until('the run to complete after the restart', async () => {
    const p = (await call(finance, 'GET', `/lumary/billing-runs/${run.id}`)).body;
    return p.status === 'Running' || p.status === 'Queued' ? undefined : p;
  });
  expect(done).toMatchObject({ status: 'Completed', debtorsFailed: 0, invoicesCreated: count, servicesBilled: count, errors: [] });
  expect(done.debtorsDone).toBe(done.debtorsTotal);
  expect(await linesPerService(services)).toEqual(services.map(() => 1));
  expect(second.log.some((l) => l.includes(`Billing run ${run.name}: resumed`))).toBe(true);
  console.log(`Killed at ${atKill.debtorsDone}/${count} debtors; after the restart: ${JSON.stringify(done)}`);
});
