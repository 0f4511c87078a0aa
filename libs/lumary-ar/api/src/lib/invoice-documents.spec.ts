import type { AddressInfo } from 'node:net';
import { inflateSync } from 'node:zlib';
import { deliverOutbox } from '@lumary-ar/server';
import { SMTPServer } from 'smtp-server';
import { signedInUser } from '@platform/api/testing';
import { arApi, makeDebtors, seedLedger, type TestUser } from '../testing/ar-api';

let ctx: Awaited<ReturnType<typeof arApi>>;
let finance: TestUser;
let ledger: Awaited<ReturnType<typeof seedLedger>>;
let debtors: Awaited<ReturnType<typeof makeDebtors>>;
let tenantName: string;
const OUTBOX = 'lumary__Outbound_Email__c';
const INVOICE = 'lumary__Invoice__c';

const make = async (object: string, body: unknown): Promise<string> => {
  const response = await ctx.call(finance, 'POST', `/sobjects/${object}`, body);
  if (response.status !== 201) throw new Error(`${object}: ${response.text}`);
  return response.body.id;
};
const get = async (object: string, id: string) => (await ctx.call(finance, 'GET', `/sobjects/${object}/${id}`)).body;
const outboxCount = async () =>
  (await ctx.call(finance, 'GET', `/query?q=${encodeURIComponent(`SELECT Id FROM ${OUTBOX}`)}`)).body.totalSize;

/** An invoice through the invoice core: a GST line and a GST-free line, issued unless told otherwise. */
async function invoice(client: string, options: { issue?: boolean; debtor?: string } = {}): Promise<{ id: string; name: string }> {
  const response = await ctx.call(finance, 'POST', '/lumary/invoices', {
    client,
    ...(options.debtor ? { debtor: options.debtor } : {}),
    invoiceDate: '2027-01-05',
    issue: options.issue ?? true,
    lines: [
      { description: 'Physiotherapy session', quantity: '2', unitPrice: '193.99', taxCode: 'GST', glCode: ledger.therapy },
      { description: 'Community access & <support>', quantity: '12.5', unitPrice: '67.56', taxCode: 'GST_FREE', glCode: ledger.therapy },
    ],
  });
  if (response.status !== 201) throw new Error(`invoice: ${response.text}`);
  return { id: response.body.id, name: response.body.name };
}

/** The page's text, tags removed and whitespace collapsed: what a reader sees. */
const pageText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The text runs a PDF draws (pdfkit's hex `TJ` strings), its deflated page streams inflated. */
function pdfText(pdf: Buffer): string[] {
  const runs: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1];
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      // an uncompressed stream
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      runs.push([...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
    }
  }
  return runs;
}

/** A document as the browser gets it: status, headers and bytes. */
async function fetchDocument(user: TestUser, id: string, kind: 'html' | 'pdf') {
  const response = await fetch(`${ctx.api.url}/api/lumary/invoices/${id}/${kind}`, { headers: { Authorization: `Bearer ${user.token}` } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}
const fetchPdf = (user: TestUser, id: string) => fetchDocument(user, id, 'pdf');

let standardTemplate: string;
let planTemplate: string;

beforeAll(async () => {
  ctx = await arApi();
  finance = ctx.finance;
  ledger = await seedLedger(ctx.call, finance);
  debtors = await makeDebtors(ctx.call, finance);
  tenantName = (await ctx.tenants.tenants()).find((t) => t.id === finance.tenantId)!.name;
  standardTemplate = await make('lumary__Invoice_Template__c', {
    Name: 'Standard',
    lumary__Is_Default__c: true,
    lumary__Heading__c: 'Tax Invoice',
    lumary__Remittance_Details__c: 'EFT to BSB 062-000, account 1234 5678',
    lumary__Footer__c: 'Thank you for choosing us.',
  });
  planTemplate = await make('lumary__Invoice_Template__c', {
    Name: 'Plan managers',
    lumary__Heading__c: 'Plan-Managed Services',
    lumary__Remittance_Details__c: 'BPAY biller code 98765',
    lumary__Footer__c: 'Questions? planteam@provider.test',
  });
  await make('lumary__AR_Settings__c', { Name: 'AR', lumary__Sender_Email__c: 'accounts@provider.test' });
});
afterAll(() => ctx?.api.close());

describe('the invoice as a page', () => {
  it('renders the lines, totals and dates with the default template when the debtor has none', async () => {
    const client = await debtors.client('Nguyen', {
      MailingStreet: '12 Harbour St',
      MailingCity: 'Manly',
      MailingState: 'NSW',
      MailingPostalCode: '2095',
      lumary__NDIS_Number__c: '430123456',
    });
    const { id, name } = await invoice(client);
    expect((await get(INVOICE, id))['lumary__Template__c']).toBe(standardTemplate);

    const response = await ctx.call(finance, 'GET', `/lumary/invoices/${id}/html`);
    expect(response.status).toBe(200);
    expect((await fetchDocument(finance, id, 'html')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.text.startsWith('<!DOCTYPE html>')).toBe(true);
    const text = pageText(response.text);
    for (const seen of [
      'Tax Invoice',
      tenantName,
      `Invoice Number ${name}`,
      'Invoice Date 5 Jan 2027',
      'Due Date 19 Jan 2027',
      'Bill To Client Nguyen 12 Harbour St Manly NSW 2095',
      'Client Client Nguyen NDIS number 430123456',
      'Physiotherapy session 2 $193.99 $38.80 $387.98',
      'Community access &amp; &lt;support&gt; 12.5 $67.56 GST-free $844.50',
      'Subtotal (ex GST) $1,232.48 GST $38.80 Total $1,271.28 Balance Due $1,271.28',
      'Total includes GST of $38.80.',
      'How to Pay EFT to BSB 062-000, account 1234 5678',
      `Please quote ${name} with your payment.`,
      'Thank you for choosing us.',
    ]) {
      expect(text).toContain(seen);
    }
    expect(response.text).not.toContain('data-marking');
  });

  it("uses the debtor's own template from Debtor Settings", async () => {
    const manager = await debtors.account('Plan Partners', { ABN: '51824753556' });
    await make('lumary__Debtor_Settings__c', {
      lumary__Debtor__c: manager,
      lumary__Invoice_Template__c: planTemplate,
      lumary__Invoice_Email__c: 'invoices@planpartners.test',
    });
    const client = await debtors.client('Okafor', { lumary__Default_Debtor__c: manager, lumary__Funding__c: 'Plan-managed' });
    const { id } = await invoice(client);

    const text = pageText((await ctx.call(finance, 'GET', `/lumary/invoices/${id}/html`)).text);
    expect(text).toContain('Plan-Managed Services Tax Invoice'); // the heading, and the words a tax invoice needs
    expect(text).toContain('Bill To Plan Partners ABN 51 824 753 556');
    expect(text).toContain('Client Client Okafor');
    expect(text).toContain('How to Pay BPAY biller code 98765');
    expect(text).toContain('Questions? planteam@provider.test');
    expect(text).not.toContain('BSB 062-000');
  });

  it('marks a Draft "DRAFT"', async () => {
    const { id } = await invoice(await debtors.client('Draftly'), { issue: false });
    const response = await ctx.call(finance, 'GET', `/lumary/invoices/${id}/html`);
    expect(response.text).toContain('data-marking="DRAFT"');
    expect(pageText(response.text)).toContain('Status Draft');
  });
});

describe('the invoice as a PDF', () => {
  it('downloads a real PDF named after the invoice, with its number, lines and totals', async () => {
    const { id, name } = await invoice(await debtors.client('Pdfson'));
    const response = await fetchPdf(finance, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}.pdf"`);
    expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.body);
    expect(text).toEqual(
      expect.arrayContaining([
        'Tax Invoice',
        name,
        '5 Jan 2027',
        'Client Pdfson',
        'Physiotherapy session',
        '$387.98',
        '$1,271.28',
        'EFT to BSB 062-000, account 1234 5678',
      ]),
    );
    expect(text).not.toContain('DRAFT');
  });

  it('marks a Draft PDF "DRAFT"', async () => {
    const { id } = await invoice(await debtors.client('Draftpdf'), { issue: false });
    expect(pdfText((await fetchPdf(finance, id)).body)).toContain('DRAFT');
  });
});

describe('sending an invoice', () => {
  it("queues it to Debtor Settings' Invoice Email, records the outbox email and the invoice's Last Sent", async () => {
    const manager = await debtors.account('Care Plans Co');
    await make('lumary__Debtor_Settings__c', { lumary__Debtor__c: manager, lumary__Invoice_Email__c: 'ap@careplans.test' });
    const { id, name } = await invoice(await debtors.client('Sender'), { debtor: manager });

    const response = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({
      status: 'Queued',
      to: 'ap@careplans.test',
      from: 'accounts@provider.test',
      attachment: `${name}.pdf`,
    });

    const email = await get(OUTBOX, response.body.id);
    expect(email).toMatchObject({
      Name: response.body.name,
      lumary__Status__c: 'Queued',
      lumary__To__c: 'ap@careplans.test',
      lumary__From__c: 'accounts@provider.test',
      lumary__Subject__c: `Invoice ${name} from ${tenantName}`,
      lumary__Attachment_Name__c: `${name}.pdf`,
      lumary__Invoice__c: id,
      lumary__Sent_At__c: null,
    });
    expect(pageText(email['lumary__Body__c'])).toContain(`Invoice Number ${name}`);

    const sentAt = (await get(INVOICE, id))['lumary__Last_Sent__c'];
    expect(Date.now() - Date.parse(sentAt)).toBeLessThan(60_000);
    const history = (await ctx.call(finance, 'GET', `/sobjects/${INVOICE}/${id}/history`)).body;
    expect(JSON.stringify(history)).toContain('lumary__Last_Sent__c');
  });

  it("goes to the debtor's Email when Debtor Settings give no Invoice Email, and to `to` when given, this once", async () => {
    const client = await debtors.client('Direct'); // Email direct@client.test, no Debtor Settings
    const { id } = await invoice(client);
    const plain = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`, {});
    expect(plain.status).toBe(202);
    expect(plain.body.to).toBe('direct@client.test');
    expect((await get(OUTBOX, plain.body.id))['lumary__To__c']).toBe('direct@client.test');

    const once = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`, { to: 'nominee@family.test' });
    expect(once.status).toBe(202);
    expect((await get(OUTBOX, once.body.id))['lumary__To__c']).toBe('nominee@family.test');

    // An Account debtor without Debtor Settings: its own Email.
    const account = await debtors.account('Insurer Direct');
    const insured = await invoice(client, { debtor: account });
    expect((await ctx.call(finance, 'POST', `/lumary/invoices/${insured.id}/send`)).body.to).toBe('accounts@insurerdirect.test');
  });

  it('refuses a Draft and a Void invoice, writing nothing', async () => {
    const client = await debtors.client('Refused');
    const draft = await invoice(client, { issue: false });
    const before = await outboxCount();
    const refused = await ctx.call(finance, 'POST', `/lumary/invoices/${draft.id}/send`);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: `${draft.name} is a Draft: issue it before sending it.`,
        fields: ['lumary__Status__c'],
      },
    ]);

    const open = await invoice(client);
    expect(
      (await ctx.call(finance, 'POST', `/lumary/invoices/${open.id}/void`, { reason: 'Raised in error', date: '2027-01-06' })).status,
    ).toBe(200);
    const voided = await ctx.call(finance, 'POST', `/lumary/invoices/${open.id}/send`);
    expect(voided.status).toBe(400);
    expect(voided.body[0].message).toBe(`${open.name} is Void: a void invoice is not sent.`);
    expect(await outboxCount()).toBe(before);
    expect((await get(INVOICE, open.id))['lumary__Last_Sent__c']).toBeNull();
  });

  it('refuses when there is no address, and a `to` that is not one, naming the field', async () => {
    const client = await debtors.client('Noaddress', { Email: null });
    const { id, name } = await invoice(client);
    const before = await outboxCount();
    const none = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`);
    expect(none.status).toBe(400);
    expect(none.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: `No address to send ${name} to: set the debtor's Email or Invoice Email in Debtor Settings.`,
        fields: ['to'],
      },
    ]);
    const bad = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`, { to: 'not an address' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([
      { errorCode: 'INVALID_EMAIL_ADDRESS', message: 'to: invalid email address: not an address', fields: ['to'] },
    ]);
    expect((await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`, { to: 42 })).body[0].fields).toEqual(['to']);
    expect(await outboxCount()).toBe(before);
  });
});

describe('delivering the outbox', () => {
  const received: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  let smtpUrl: string;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('latin1') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('sends what was queued to the Invoice Email with the PDF attached, and the outbox record reads Sent', async () => {
    const manager = await debtors.account('Deliver Co');
    await make('lumary__Debtor_Settings__c', { lumary__Debtor__c: manager, lumary__Invoice_Email__c: 'ap@deliver.test' });
    const { id, name } = await invoice(await debtors.client('Delivered'), { debtor: manager });
    const queued = await ctx.call(finance, 'POST', `/lumary/invoices/${id}/send`);
    expect(queued.status).toBe(202);

    const round = await deliverOutbox(ctx.api.engine, ctx.api.database, { smtpUrl, tenantId: finance.tenantId });
    expect(round.failed).toBe(0);
    const message = received.find((m) => m.to.includes('ap@deliver.test'))!;
    expect(message.raw).toMatch(new RegExp(`^Subject: Invoice ${name} from ${tenantName}\\r?$`, 'm'));
    expect(message.raw).toMatch(new RegExp(`Content-Type: application/pdf; name=${name}.pdf`));
    expect(message.raw).toContain('Content-Disposition: attachment');
    expect(await get(OUTBOX, queued.body.id)).toMatchObject({ lumary__Status__c: 'Sent', lumary__Error__c: null });
  });
});

describe('who may', () => {
  let id: string;
  beforeAll(async () => {
    ({ id } = await invoice(await debtors.client('Guarded')));
  });

  it("answers another tenant's user 404 for this tenant's invoice, as for an id that does not exist", async () => {
    const stranger = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Date.now()}`,
      username: `finance@other-${Date.now()}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    for (const [method, path] of [
      ['GET', `/lumary/invoices/${id}/html`],
      ['GET', `/lumary/invoices/${id}/pdf`],
      ['POST', `/lumary/invoices/${id}/send`],
    ]) {
      const response = await ctx.call(stranger, method, path);
      expect(response.status).toBe(404);
      expect(response.body[0].errorCode).toBe('NOT_FOUND');
      expect(response.text).not.toContain('Guarded');
    }
    expect((await ctx.call(finance, 'GET', '/lumary/invoices/00000000-0000-4000-8000-000000000000/html')).status).toBe(404);
    expect((await ctx.call(finance, 'GET', '/lumary/invoices/not-an-id/pdf')).status).toBe(404);
  });

  it('refuses a user without the AR permission set (403), sending nothing', async () => {
    const before = await outboxCount();
    for (const [method, path] of [
      ['GET', `/lumary/invoices/${id}/html`],
      ['GET', `/lumary/invoices/${id}/pdf`],
      ['POST', `/lumary/invoices/${id}/send`],
    ]) {
      const response = await ctx.call(ctx.support, method, path);
      expect(response.status).toBe(403);
      expect(response.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    }
    // Refusals answer in the JSON error shape, not as the document type.
    for (const kind of ['html', 'pdf'] as const)
      expect((await fetchDocument(ctx.support, id, kind)).headers.get('content-type')).toMatch(/^application\/json/);
    expect(await outboxCount()).toBe(before);
  });
});
