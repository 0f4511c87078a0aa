import { renderInvoiceHtml } from './invoice-html';
import { sampleInvoice } from './sample-invoice.testing';

/** The page's text, tags removed and whitespace collapsed: what a reader sees. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('renderInvoiceHtml', () => {
  it('renders a complete, printable page: heading, numbers, parties, lines, totals, remittance and footer', () => {
    const html = renderInvoiceHtml(sampleInvoice());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Tax Invoice INV-000123</title>');
    expect(html).toContain('@page { size: A4;');
    const text = textOf(html);
    for (const seen of [
      'Tax Invoice',
      'Harbour Care Services',
      'Invoice Number INV-000123',
      'Invoice Date 9 Nov 2026',
      'Due Date 23 Nov 2026',
      'Bill To Plan Partners Pty Ltd ABN 51 824 753 556',
      'Client Mia Nguyen NDIS number 430123456',
      'Physiotherapy session 2 Nov 2026 2 $193.99 $38.80 $387.98',
      'Support worker – community access 12.5 $67.56 GST-free $844.50',
      'Subtotal (ex GST) $1,232.48 GST $38.80 Total $1,271.28 Amount Paid -$200.00 Balance Due $1,071.28',
      'Total includes GST of $38.80.',
      'How to Pay BSB 062-000',
      'Please quote INV-000123 with your payment.',
      'Thank you for choosing Harbour Care.',
    ]) {
      expect(text).toContain(seen);
    }
    expect(html).not.toContain('data-marking');
  });

  it('escapes text from records: a description or remittance can never become markup', () => {
    const doc = sampleInvoice({ template: { heading: '<b>Bold</b> & co', remittance: '<script>alert(1)</script>', footer: '"quoted"' } });
    doc.lines[0].description = '<img src=x onerror=alert(1)>';
    const html = renderInvoiceHtml(doc);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('<h1>&lt;b&gt;Bold&lt;/b&gt; &amp; co</h1>');
    expect(html).toContain('&quot;quoted&quot;');
  });

  it('marks a Draft across the page', () => {
    const html = renderInvoiceHtml(sampleInvoice({ status: 'Draft' }));
    expect(html).toContain('<div class="marking" data-marking="DRAFT">DRAFT</div>');
    expect(textOf(html)).toContain('Status Draft');
  });

  it('leaves out the remittance and footer sections when the template has none', () => {
    const html = renderInvoiceHtml(sampleInvoice({ template: null }));
    expect(html).not.toContain('class="remittance"');
    expect(html).not.toContain('<footer>');
    expect(html).toContain('<h1>Tax Invoice</h1>');
  });
});
