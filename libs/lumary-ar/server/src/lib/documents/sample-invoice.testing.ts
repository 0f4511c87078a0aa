import Decimal from 'decimal.js';
import type { InvoiceDocument } from './invoice-document';

/** A plain invoice for the renderers' tests: one GST line, one GST-free line, part paid. */
export function sampleInvoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    number: 'INV-000123',
    status: 'Part Paid',
    invoiceDate: '2026-11-09',
    dueDate: '2026-11-23',
    provider: { name: 'Harbour Care Services' },
    client: { name: 'Mia Nguyen', ndisNumber: '430123456' },
    debtor: { name: 'Plan Partners Pty Ltd', email: 'accounts@planpartners.example', address: [], abn: '51824753556' },
    lines: [
      {
        description: 'Physiotherapy session',
        serviceDate: '2026-11-02',
        quantity: '2.00',
        unitPrice: new Decimal('193.99'),
        taxCode: 'GST',
        amount: new Decimal('387.98'),
        gst: new Decimal('38.80'),
      },
      {
        description: 'Support worker – community access',
        serviceDate: null,
        quantity: '12.50',
        unitPrice: new Decimal('67.56'),
        taxCode: 'GST_FREE',
        amount: new Decimal('844.50'),
        gst: new Decimal('0'),
      },
    ],
    subtotal: new Decimal('1232.48'),
    gst: new Decimal('38.80'),
    total: new Decimal('1271.28'),
    amountPaid: new Decimal('200.00'),
    amountCredited: new Decimal('0'),
    balance: new Decimal('1071.28'),
    template: {
      heading: 'Tax Invoice',
      remittance: 'BSB 062-000\nAccount 1234 5678\nBPAY biller 98765',
      footer: 'Thank you for choosing Harbour Care.',
    },
    ...overrides,
  };
}
