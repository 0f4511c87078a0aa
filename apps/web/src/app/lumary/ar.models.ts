/** The Lumary AR API's responses the package's web components draw (money as decimal strings). */

export interface PartyRef {
  id: string;
  name: string | null;
  /** `Contact` or `Account`: the object the polymorphic Debtor lookup points at. */
  type: string;
}

/** One invoice behind a summary figure. */
export interface SummaryInvoice {
  id: string;
  name: string;
  client: PartyRef;
  debtor: PartyRef;
  invoiceDate: string;
  dueDate: string | null;
  status: string;
  total: string;
  balance: string;
  daysOverdue: number;
}

/** A part computed from a field the user may not read is left out by the API (field-level security). */
export interface OwedFigure {
  amount?: string;
  /** The overdue part: the red badge, shown when above 0. */
  overdue?: string;
  invoices?: SummaryInvoice[];
}

export interface CountedAmount {
  amount: string;
  count: number;
}

export interface DebtorSummaryBase {
  asOf: string;
  debtor: PartyRef & { recordType: string | null };
  totalOwed: OwedFigure;
  /** Left out when the user may not read a field it is computed from. */
  usuallyPaysIn?: { days: number | null; basedOn: number };
}

/** A client Contact: what is owed for them, by whom, and what waits to be billed or claimed. */
export interface ClientSummary extends DebtorSummaryBase {
  kind: 'client';
  owedByClient: OwedFigure;
  owedByOthers: OwedFigure;
  /** Null when the user may not read Service Delivered records. */
  accruedServices: CountedAmount | null;
  /** Null when the user may not read Claims. */
  openOrErrorClaims: (CountedAmount & { open: CountedAmount; error: CountedAmount }) | null;
}

/** A General Contact or an Account: what it owes. */
export interface PayerSummary extends DebtorSummaryBase {
  kind: 'debtor';
}

export type DebtorSummary = ClientSummary | PayerSummary;

/** What an object's describe says the user may do with its records. */
export interface ObjectRights {
  createable: boolean;
  updateable: boolean;
}

export interface InvoiceResult {
  id: string;
  name: string;
  status: string;
}

export interface QueuedEmail {
  id: string;
  name: string;
  status: string;
  to: string;
  from: string | null;
  subject: string;
  attachment: string;
}

export interface NewPayment {
  debtor: string;
  date: string;
  amount: string;
  method: string;
  reference?: string;
  allocations: { invoice: string; amount: string }[];
}

export interface BillingRunProgress {
  id: string;
  name: string;
  status: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';
  upTo: string;
  debtorsTotal: number;
  debtorsDone: number;
  debtorsFailed: number;
  invoicesCreated: number;
  claimsCreated: number;
  servicesBilled: number;
  errors: string[];
  finishedAt: string | null;
}

/** The five age buckets, in the report's order, with their column labels. */
export const AGE_BUCKETS = [
  { key: 'current', label: 'Current' },
  { key: 'days1To30', label: '1-30' },
  { key: 'days31To60', label: '31-60' },
  { key: 'days61To90', label: '61-90' },
  { key: 'days90Plus', label: '90+' },
] as const;

export type AgeBucket = (typeof AGE_BUCKETS)[number]['key'];
export type AgedFigures = Record<AgeBucket | 'unallocatedCredit' | 'total', string>;

export interface AgedReceivables {
  asAt: string;
  debtors: (PartyRef & AgedFigures)[];
  totals: AgedFigures;
  /** Null when the user may not read the journal. */
  debtorsControl: string | null;
  /** Debtors Control − the grand total: "0.00" when they agree. */
  difference: string | null;
}

/** The payment methods the API accepts. */
export const PAYMENT_METHODS = ['EFT', 'BPAY', 'Card', 'Cash', 'Cheque'] as const;

/** The reasons a credit note may give. */
export const CREDIT_REASONS = ['Service not delivered', 'Pricing error', 'Duplicate invoice', 'Goodwill', 'Write-off', 'Other'] as const;
