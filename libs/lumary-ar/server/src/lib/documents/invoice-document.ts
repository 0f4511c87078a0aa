import type { InvoiceStatus } from '../ar-names';
import type { TaxCode } from '../invoices/invoice-math';
import type { Money } from '../journal/money';

/**
 * Everything printed on an invoice, loaded once and rendered as HTML or PDF. Plain data: the
 * renderers know nothing of the database, so they are tested on objects like this one.
 */
export interface InvoiceDocument {
  number: string;
  status: InvoiceStatus;
  /** YYYY-MM-DD. */
  invoiceDate: string;
  dueDate: string | null;
  /** Who issues the invoice: the organisation (tenant). */
  provider: { name: string };
  client: { name: string; ndisNumber: string | null };
  /** Who pays: a Contact (with a mailing address) or an Account (with an ABN). */
  debtor: { name: string; email: string | null; address: string[]; abn: string | null };
  lines: DocumentLine[];
  subtotal: Money;
  gst: Money;
  total: Money;
  amountPaid: Money;
  amountCredited: Money;
  balance: Money;
  /** The invoice's template; null when the organisation has none (the built-in wording is used). */
  template: DocumentTemplate | null;
  /** What the reader may not see (field-level security): left off the page and the PDF, with what is computed from it. */
  hidden?: ReadonlySet<HiddenPart>;
}

/** The parts of a document a reader may be refused: the invoice's figures, status and date, and the lines' columns. */
export type HiddenPart =
  | 'status'
  | 'invoiceDate'
  | 'subtotal'
  | 'gst'
  | 'total'
  | 'amountPaid'
  | 'amountCredited'
  | 'balance'
  | 'line.quantity'
  | 'line.unitPrice'
  | 'line.amount'
  | 'line.gst'
  | 'line.taxCode'
  | 'line.description';

export interface DocumentLine {
  description: string;
  /** The date of the delivered service the line bills, when it bills one. */
  serviceDate: string | null;
  /** A decimal string, e.g. "1.50". */
  quantity: string;
  unitPrice: Money;
  taxCode: TaxCode;
  amount: Money;
  gst: Money;
}

export interface DocumentTemplate {
  heading: string | null;
  remittance: string | null;
  footer: string | null;
}

/** The PDF's file name, also the outbox's attachment name: `INV-000123.pdf`. */
export const pdfFileName = (doc: Pick<InvoiceDocument, 'number'>) => `${doc.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
