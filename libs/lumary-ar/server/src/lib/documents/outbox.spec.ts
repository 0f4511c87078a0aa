import type { AddressInfo } from 'node:net';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Database } from '@platform/storage';
import { SMTPServer } from 'smtp-server';
import { arFixture } from '../../testing/ar-fixture';
import { AR } from '../ar-names';
import { InvoiceService } from '../invoices/invoice.service';
import { deliverOutbox } from './outbox';
import { pdfText } from './pdf-text.testing';

// A fresh database with the packages' schema takes a while on a busy machine.
jest.setTimeout(60_000);

/** What the in-process SMTP server received: the envelope and the raw message. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

let fixture: Awaited<ReturnType<typeof arFixture>>;
let engine: RecordEngine;
let db: Database;
let server: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  fixture = await arFixture();
  ({ engine, db } = fixture);
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
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await fixture?.close();
});

/** A tenant with a Draft invoice of one line, and a Queued email for it to `to`. */
async function queuedEmail(to: string, from: string | null = 'accounts@harbour.test', ctx?: RequestContext) {
  ctx ??= await fixture.newTenant();
  const { id: client } = await engine.create(ctx, 'Contact', { FirstName: 'Mia', LastName: 'Nguyen', RecordTypeId: 'Client' });
  const invoice = await new InvoiceService(engine).create(ctx, {
    client,
    invoiceDate: '2027-01-05',
    lines: [{ description: 'Physiotherapy', quantity: '2', unitPrice: '193.99', taxCode: 'GST' }],
  });
  const { id } = await engine.create(ctx, AR.outbox, {
    lumary__To__c: to,
    lumary__From__c: from,
    lumary__Subject__c: `Invoice ${invoice.name} from Harbour Care`,
    lumary__Body__c: `<p>Invoice ${invoice.name}</p>`,
    lumary__Attachment_Name__c: `${invoice.name}.pdf`,
    lumary__Invoice__c: invoice.id,
  });
  return { ctx, id, invoice };
}

const email = async (ctx: RequestContext, id: string) => (await engine.get(ctx, AR.outbox, id)).record;

/** The first attachment of a MIME message: its headers and decoded bytes. */
function attachment(raw: string): { headers: string; content: Buffer } | undefined {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) return undefined;
  const part = raw.split(`--${boundary}`).find((p) => /Content-Disposition: attachment/i.test(p));
  if (!part) return undefined;
  const end = part.search(/\r?\n\r?\n/);
  return { headers: part.slice(0, end), content: Buffer.from(part.slice(end).replace(/\s+/g, ''), 'base64') };
}

describe('deliverOutbox', () => {
  it('leaves emails Queued when no SMTP server is configured: the outbox is the record', async () => {
    const { ctx, id } = await queuedEmail('nobody@example.test');
    const before = process.env['SMTP_URL'];
    delete process.env['SMTP_URL'];
    try {
      expect(await deliverOutbox(engine, db, { tenantId: ctx.tenantId })).toEqual({ sent: 0, failed: 0, deferred: 0 });
    } finally {
      if (before !== undefined) process.env['SMTP_URL'] = before;
    }
    expect(await email(ctx, id)).toMatchObject({ lumary__Status__c: 'Queued', lumary__Sent_At__c: null });
  });

  it('sends a queued email over SMTP with the invoice PDF attached, and marks it Sent', async () => {
    const { ctx, id, invoice } = await queuedEmail('accounts@planpartners.test');
    received.length = 0;
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: ctx.tenantId })).toEqual({ sent: 1, failed: 0, deferred: 0 });

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message.to).toEqual(['accounts@planpartners.test']);
    expect(message.from).toBe('accounts@harbour.test');
    expect(message.raw).toMatch(new RegExp(`^Subject: Invoice ${invoice.name} from Harbour Care\\r?$`, 'm'));
    const pdf = attachment(message.raw)!;
    expect(pdf.headers).toMatch(/Content-Type: application\/pdf/);
    expect(pdf.headers).toContain(`filename=${invoice.name}.pdf`);
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf.content)).toEqual(expect.arrayContaining([invoice.name, 'DRAFT', '$426.78']));

    const sent = await email(ctx, id);
    expect(sent).toMatchObject({ lumary__Status__c: 'Sent', lumary__Error__c: null });
    expect(Date.now() - Date.parse(sent['lumary__Sent_At__c'] as string)).toBeLessThan(60_000);
    // Sent once: the next round finds nothing.
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: ctx.tenantId })).toEqual({ sent: 0, failed: 0, deferred: 0 });
    expect(received).toHaveLength(1);
  });

  it('marks an email the server refuses for good (550) Failed, with the reason', async () => {
    const { ctx, id } = await queuedEmail('gone@bounces.test');
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: ctx.tenantId })).toEqual({ sent: 0, failed: 1, deferred: 0 });
    const failed = await email(ctx, id);
    expect(failed['lumary__Status__c']).toBe('Failed');
    expect(failed['lumary__Error__c']).toMatch(/550/);
  });

  it('keeps an email Queued, saying why, while the server cannot be reached; it goes next time', async () => {
    const { ctx, id } = await queuedEmail('later@planpartners.test');
    expect(await deliverOutbox(engine, db, { smtpUrl: 'smtp://127.0.0.1:9', tenantId: ctx.tenantId })).toEqual({
      sent: 0,
      failed: 0,
      deferred: 1,
    });
    const deferred = await email(ctx, id);
    expect(deferred['lumary__Status__c']).toBe('Queued');
    expect(deferred['lumary__Error__c']).toMatch(/ECONNREFUSED|connect/i);
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: ctx.tenantId })).toEqual({ sent: 1, failed: 0, deferred: 0 });
    expect(await email(ctx, id)).toMatchObject({ lumary__Status__c: 'Sent', lumary__Error__c: null });
  });

  it('fails an email with no sender when neither AR Settings nor SMTP_FROM give one; SMTP_FROM stands in', async () => {
    const first = await queuedEmail('a@planpartners.test', null);
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: first.ctx.tenantId, defaultFrom: undefined })).toMatchObject({ failed: 1 });
    expect(await email(first.ctx, first.id)).toMatchObject({
      lumary__Status__c: 'Failed',
      lumary__Error__c: 'No sender address: set Send Invoices From in AR Settings.',
    });

    const second = await queuedEmail('b@planpartners.test', null);
    received.length = 0;
    expect(
      await deliverOutbox(engine, db, { smtpUrl, tenantId: second.ctx.tenantId, defaultFrom: 'invoices@provider.test' }),
    ).toMatchObject({ sent: 1 });
    expect(received[0].from).toBe('invoices@provider.test');
  });

  it('delivers only the named tenant’s emails when given one, and every tenant’s otherwise', async () => {
    const one = await queuedEmail('one@planpartners.test');
    const two = await queuedEmail('two@planpartners.test');
    expect(await deliverOutbox(engine, db, { smtpUrl, tenantId: one.ctx.tenantId })).toEqual({ sent: 1, failed: 0, deferred: 0 });
    expect((await email(two.ctx, two.id))['lumary__Status__c']).toBe('Queued');
    const all = await deliverOutbox(engine, db, { smtpUrl });
    expect(all.sent).toBeGreaterThanOrEqual(1);
    expect((await email(two.ctx, two.id))['lumary__Status__c']).toBe('Sent');
  });
});
