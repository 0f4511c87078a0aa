import Decimal from 'decimal.js';
import { formatAud, formatDate, formatQuantity, invoiceView } from './invoice-view';
import { sampleInvoice } from './sample-invoice.testing';

describe('invoice formats', () => {
  it('writes money as en-AU dollars with thousands separators', () => {
    expect(formatAud(new Decimal('1234.5'))).toBe('$1,234.50');
    expect(formatAud(new Decimal('1234567.89'))).toBe('$1,234,567.89');
    expect(formatAud(new Decimal('0'))).toBe('$0.00');
    expect(formatAud(new Decimal('-200'))).toBe('-$200.00');
    expect(formatAud(new Decimal('999.99'))).toBe('$999.99');
  });

  it('writes dates as "23 Nov 2026" and quantities without trailing zeros', () => {
    expect(formatDate('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDate('2027-01-05')).toBe('5 Jan 2027');
    expect(formatQuantity('2.00')).toBe('2');
    expect(formatQuantity('12.50')).toBe('12.5');
  });
});

describe('invoiceView', () => {
  it('formats an issued invoice: details, parties, lines and totals with paid shown as a deduction', () => {
    const view = invoiceView(sampleInvoice());
    expect(view).toMatchObject({
      title: 'Tax Invoice',
      taxInvoiceNote: null,
      marking: null,
      number: 'INV-000123',
      provider: 'Harbour Care Services',
    });
    expect(view.details).toEqual([
      { label: 'Invoice Number', value: 'INV-000123' },
      { label: 'Invoice Date', value: '9 Nov 2026' },
      { label: 'Due Date', value: '23 Nov 2026' },
      { label: 'Status', value: 'Part Paid' },
    ]);
    expect(view.billTo).toEqual(['Plan Partners Pty Ltd', 'ABN 51 824 753 556']);
    expect(view.client).toEqual(['Mia Nguyen', 'NDIS number 430123456']);
    expect(view.lines).toEqual([
      {
        description: 'Physiotherapy session',
        serviceDate: '2 Nov 2026',
        quantity: '2',
        unitPrice: '$193.99',
        gst: '$38.80',
        amount: '$387.98',
      },
      {
        description: 'Support worker – community access',
        serviceDate: null,
        quantity: '12.5',
        unitPrice: '$67.56',
        gst: 'GST-free',
        amount: '$844.50',
      },
    ]);
    expect(view.totals).toEqual([
      { label: 'Subtotal (ex GST)', value: '$1,232.48' },
      { label: 'GST', value: '$38.80' },
      { label: 'Total', value: '$1,271.28', strong: true },
      { label: 'Amount Paid', value: '-$200.00' },
      { label: 'Balance Due', value: '$1,071.28', strong: true },
    ]);
    expect(view.gstNote).toBe('Total includes GST of $38.80.');
    expect(view.remittance).toBe('BSB 062-000\nAccount 1234 5678\nBPAY biller 98765');
  });

  it('says "Tax Invoice" under a template heading that does not, when GST is charged', () => {
    expect(invoiceView(sampleInvoice({ template: { heading: 'Statement of Services', remittance: null, footer: null } }))).toMatchObject({
      title: 'Statement of Services',
      taxInvoiceNote: 'Tax Invoice',
      remittance: null,
      footer: null,
    });
  });

  it('titles an invoice without GST or template "Invoice", with no GST note', () => {
    const doc = sampleInvoice({ template: null, gst: new Decimal(0) });
    doc.lines = doc.lines.filter((l) => l.taxCode === 'GST_FREE');
    expect(invoiceView(doc)).toMatchObject({ title: 'Invoice', taxInvoiceNote: null, gstNote: null });
  });

  it('marks a Draft and a Void invoice', () => {
    expect(invoiceView(sampleInvoice({ status: 'Draft' })).marking).toBe('DRAFT');
    expect(invoiceView(sampleInvoice({ status: 'Void' })).marking).toBe('VOID');
    expect(invoiceView(sampleInvoice({ status: 'Open' })).details.map((d) => d.label)).not.toContain('Status');
  });
});
