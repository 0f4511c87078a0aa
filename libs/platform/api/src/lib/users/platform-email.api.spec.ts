import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Database } from '@platform/storage';
import type { TenantService } from '@platform/tenancy';
import type { RunningApi } from '../bootstrap';
import { request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';

/**
 * The platform's own email (set-password links) with no package installed: queued with the user,
 * delivered by the platform.email job over a real (in-process) SMTP server, and the emailed link
 * sets the password once. A refused recipient is Failed with the server's reason.
 */

interface Received {
  to: string[];
  raw: string;
}

let api: RunningApi;
let database: Database;
let tenants: TenantService;
let admin: TestUser;
let server: SMTPServer;
const received: Received[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@bounces.test'))
        return callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  ({ api, database, tenants } = await startTestApi({
    metadata: 'platform',
    smtpUrl,
    smtpFrom: 'no-reply@platform.test',
    jobs: { pollSeconds: 0.5 },
  }));
  admin = await signedInUser(api, tenants, { slug: 'mail', username: 'admin@mail.test', profile: 'System Administrator' });
}, 120_000);
afterAll(async () => {
  await api?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function statusOf(to: string): Promise<{ status: string; error: string | null } | undefined> {
  const [row] = (await database.owner.query(`SELECT status, error FROM sys_email_outbox WHERE to_address = $1`, [to])) as {
    status: string;
    error: string | null;
  }[];
  return row;
}

async function settled(to: string): Promise<{ status: string; error: string | null }> {
  for (let i = 0; i < 100; i++) {
    const row = await statusOf(to);
    if (row && row.status !== 'Queued') return row;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the email to ${to} is still queued`);
}

const newUser = (username: string) => ({ lastName: 'Mailed', email: username, username, profile: 'Standard User' });

it('delivers the set-password link over SMTP; the link from the email sets the password once', async () => {
  expect((await request(api, 'POST', '/setup/users', { token: admin.token, body: newUser('new@mail.test') })).status).toBe(201);
  expect(await settled('new@mail.test')).toEqual({ status: 'Sent', error: null });
  const email = received.find((r) => r.to.includes('new@mail.test'));
  expect(email?.raw).toMatch(/Subject: Set your password/);
  // Quoted-printable may wrap the link: unfold soft line breaks before reading it.
  const body = (email?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const token = /set-password\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1];
  expect(token).toBeDefined();
  const set = await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: 'mailed me a fine passphrase 3' } });
  expect(set.status).toBe(200);
  expect((await request(api, 'POST', '/auth/set-password', { body: { token, newPassword: 'mailed me a fine passphrase 3' } })).status).toBe(
    400,
  );
  const login = await request(api, 'POST', '/auth/login', {
    body: { username: 'new@mail.test', password: 'mailed me a fine passphrase 3' },
  });
  expect(login.status).toBe(200);
}, 60_000);

it('marks an email the server refuses for good as Failed, saying why', async () => {
  expect((await request(api, 'POST', '/setup/users', { token: admin.token, body: newUser('gone@bounces.test') })).status).toBe(201);
  const row = await settled('gone@bounces.test');
  expect(row.status).toBe('Failed');
  expect(row.error).toMatch(/No such mailbox/);
}, 60_000);
