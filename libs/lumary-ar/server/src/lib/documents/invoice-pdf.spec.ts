import Decimal from 'decimal.js';
import { renderInvoicePdf } from './invoice-pdf';
import { pdfText } from './pdf-text.testing';
import { sampleInvoice } from './sample-invoice.testing';

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('renderInvoicePdf', () => {
  it('makes a real PDF with the invoice number, parties, lines, totals, remittance and footer as text', async () => {
    const pdf = await renderInvoicePdf(sampleInvoice(), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pages(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const run of [
      'Tax Invoice',
      'Harbour Care Services',
      'INV-000123',
      '9 Nov 2026',
      '23 Nov 2026',
      'Plan Partners Pty Ltd',
      'ABN 51 824 753 556',
      'Mia Nguyen',
      'Physiotherapy session',
      '$387.98',
      'GST-free',
      '$1,232.48',
      '$1,271.28',
      '-$200.00',
      '$1,071.28',
      'Total includes GST of $38.80.',
      'BSB 062-000',
      'BPAY biller 98765',
      'Please quote INV-000123 with your payment.',
      'Thank you for choosing Harbour Care.',
    ]) {
      expect(text).toContain(run);
    }
    expect(text).not.toContain('DRAFT');
  });

  it('deflates its streams by default, and the text still reads back', async () => {
    const compressed = await renderInvoicePdf(sampleInvoice());
    expect(compressed.toString('latin1')).toContain('/FlateDecode');
    expect(pdfText(compressed)).toContain('$1,271.28');
  });

  it('marks every page of a Draft, continuing a long invoice on further pages with numbered pages', async () => {
    const line = sampleInvoice().lines[0];
    const lines = Array.from({ length: 60 }, (_, i) => ({ ...line, description: `Session ${i + 1}` }));
    const pdf = await renderInvoicePdf(sampleInvoice({ status: 'Draft', lines, subtotal: new Decimal('23278.80') }), { compress: false });
    const count = pages(pdf);
    expect(count).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text.filter((t) => t === 'DRAFT')).toHaveLength(count);
    expect(text).toContain('Session 60');
    expect(text).toContain(`INV-000123 · page ${count} of ${count}`.replace('·', '\u00b7'));
    expect(text.filter((t) => t === 'Description')).toHaveLength(count);
  });
});
