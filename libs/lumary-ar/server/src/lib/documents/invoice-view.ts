import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import type { Money } from '../journal/money';
import type { HiddenPart, InvoiceDocument } from './invoice-document';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Money as an Australian reader expects it: `$1,234.50`, `-$5.00`. */
export function formatAud(value: Money): string {
  const [whole, cents] = value.abs().toFixed(2).split('.');
  return `${value.lessThan(0) ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** A calendar date as `23 Nov 2026`. */
export function formatDate(date: string): string {
  const d = LocalDate.parse(date);
  return `${d.dayOfMonth()} ${MONTHS[d.monthValue() - 1]} ${d.year()}`;
}

/** A quantity without trailing zeros: `2`, `1.5`. */
export const formatQuantity = (quantity: string) => new Decimal(quantity).toFixed();

export interface ViewRow {
  label: string;
  value: string;
}

/** An invoice as the reader sees it, every value already formatted: what both renderers draw. */
export interface InvoiceView {
  /** The heading: the template's, else "Tax Invoice" (GST charged) or "Invoice". */
  title: string;
  /** "Tax Invoice" under a heading that does not say so itself, when any line carries GST. */
  taxInvoiceNote: string | null;
  /** "DRAFT" or "VOID" across the page: not an invoice to pay. */
  marking: string | null;
  number: string;
  provider: string;
  details: ViewRow[];
  billTo: string[];
  client: string[];
  lines: { description: string; serviceDate: string | null; quantity: string; unitPrice: string; gst: string; amount: string }[];
  totals: (ViewRow & { strong?: boolean })[];
  gstNote: string | null;
  remittance: string | null;
  footer: string | null;
}

export function invoiceView(doc: InvoiceDocument): InvoiceView {
  // A part the reader may not see (field-level security) is left off, with whatever is computed from it.
  const shows = (part: HiddenPart) => !doc.hidden?.has(part);
  const charged = shows('line.taxCode') && doc.lines.some((l) => l.taxCode === 'GST');
  const heading = doc.template?.heading?.trim() || (charged ? 'Tax Invoice' : 'Invoice');
  const totals: InvoiceView['totals'] = [
    ...(shows('subtotal') ? [{ label: 'Subtotal (ex GST)', value: formatAud(doc.subtotal) }] : []),
    ...(shows('gst') ? [{ label: 'GST', value: formatAud(doc.gst) }] : []),
    ...(shows('total') ? [{ label: 'Total', value: formatAud(doc.total), strong: true }] : []),
  ];
  if (shows('amountPaid') && !doc.amountPaid.isZero()) totals.push({ label: 'Amount Paid', value: formatAud(doc.amountPaid.negated()) });
  if (shows('amountCredited') && !doc.amountCredited.isZero())
    totals.push({ label: 'Amount Credited', value: formatAud(doc.amountCredited.negated()) });
  if (shows('balance')) totals.push({ label: 'Balance Due', value: formatAud(doc.balance), strong: true });
  const status = shows('status') ? doc.status : undefined;
  return {
    title: heading,
    taxInvoiceNote: charged && !/tax invoice/i.test(heading) ? 'Tax Invoice' : null,
    marking: status === 'Draft' ? 'DRAFT' : status === 'Void' ? 'VOID' : null,
    number: doc.number,
    provider: doc.provider.name,
    details: [
      { label: 'Invoice Number', value: doc.number },
      ...(shows('invoiceDate') ? [{ label: 'Invoice Date', value: formatDate(doc.invoiceDate) }] : []),
      ...(doc.dueDate ? [{ label: 'Due Date', value: formatDate(doc.dueDate) }] : []),
      ...(status && status !== 'Open' ? [{ label: 'Status', value: status }] : []),
    ],
    billTo: [doc.debtor.name, ...doc.debtor.address, ...(doc.debtor.abn ? [`ABN ${formatAbn(doc.debtor.abn)}`] : [])],
    client: [doc.client.name, ...(doc.client.ndisNumber ? [`NDIS number ${doc.client.ndisNumber}`] : [])],
    lines: doc.lines.map((l) => ({
      description: shows('line.description') ? l.description : '',
      serviceDate: l.serviceDate ? formatDate(l.serviceDate) : null,
      quantity: shows('line.quantity') ? formatQuantity(l.quantity) : '',
      unitPrice: shows('line.unitPrice') ? formatAud(l.unitPrice) : '',
      gst: !shows('line.taxCode') || !shows('line.gst') ? '' : l.taxCode === 'GST' ? formatAud(l.gst) : 'GST-free',
      amount: shows('line.amount') ? formatAud(l.amount) : '',
    })),
    totals,
    gstNote: shows('gst') && doc.gst.greaterThan(0) ? `Total includes GST of ${formatAud(doc.gst)}.` : null,
    remittance: blankToNull(doc.template?.remittance),
    footer: blankToNull(doc.template?.footer),
  };
}

/** An ABN as printed: `51 824 753 556`. */
const formatAbn = (abn: string) =>
  /^\d{11}$/.test(abn) ? `${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}` : abn;

const blankToNull = (text: string | null | undefined) => (text && text.trim() ? text.trim() : null);
