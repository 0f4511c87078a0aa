import type { Schemas } from '@platform/api-client';
import { isZero } from './ar-money';

export type InvoiceAction = 'issue' | 'void' | 'credit' | 'payment' | 'send' | 'pdf';

/** The invoice as its record page shows it: what decides which actions apply. */
export interface InvoiceState {
  id: string;
  name: string;
  status: string;
  balance: string;
  amountPaid: string;
  amountCredited: string;
  invoiceDate: string | null;
  debtor: { id: string; name: string | null } | null;
  /** The reason a credit dialog opens with (`Write-off` from Write off). */
  creditReason?: string;
}

/** What the user may do: edit invoices (issue, void, send), create credit notes, create payments. */
export interface InvoiceRights {
  editInvoice: boolean;
  createCreditNote: boolean;
  createPayment: boolean;
}

/**
 * The buttons an invoice shows, by its status and the user's rights (libs/lumary-ar/RULES.md#invoices):
 * Issue a Draft; Void a Draft, or an Open invoice nothing was paid or credited against; Credit
 * and Record payment while Open or Part Paid; Send once issued and not Void; the PDF always.
 */
export function invoiceActions(invoice: InvoiceState, rights: InvoiceRights): InvoiceAction[] {
  const { status } = invoice;
  const owing = status === 'Open' || status === 'Part Paid';
  const actions: InvoiceAction[] = [];
  if (rights.editInvoice && status === 'Draft') actions.push('issue');
  if (rights.editInvoice && (status === 'Draft' || (status === 'Open' && isZero(invoice.amountPaid) && isZero(invoice.amountCredited))))
    actions.push('void');
  if (rights.createCreditNote && owing) actions.push('credit');
  if (rights.createPayment && owing) actions.push('payment');
  if (rights.editInvoice && status !== 'Draft' && status !== 'Void') actions.push('send');
  actions.push('pdf');
  return actions;
}

/** A field of the page wherever the layout put it (header or a section). */
export function pageField(page: Schemas['RecordPage'], name: string): Schemas['UiPageField'] | undefined {
  return [...page.highlights, ...page.sections.flatMap((s) => s.fields)].find((f) => f.name === name);
}

/** The invoice's state from its record page; money fields missing from the layout read as "0.00". */
export function invoiceState(page: Schemas['RecordPage']): InvoiceState {
  const text = (name: string, fallback = '') => {
    const value = pageField(page, name)?.value;
    return value === null || value === undefined ? fallback : String(value);
  };
  const debtor = pageField(page, 'lumary__Debtor__c');
  return {
    id: page.id,
    name: page.title ?? page.id,
    status: text('lumary__Status__c', 'Draft'),
    balance: text('lumary__Balance__c', '0.00'),
    amountPaid: text('lumary__Amount_Paid__c', '0.00'),
    amountCredited: text('lumary__Amount_Credited__c', '0.00'),
    invoiceDate: text('lumary__Invoice_Date__c') || null,
    debtor: debtor?.value ? { id: String(debtor.value), name: debtor.reference?.name ?? null } : null,
  };
}
