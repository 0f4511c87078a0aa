import type { TagObject } from '@nestjs/swagger';

/** The tags of Lumary AR's operations in Swagger UI, after the platform's (ServerPackage.openApiTags). */
export const AR_INVOICES_TAG = {
  name: 'lumary-ar: invoices',
  description: 'Lumary AR invoices: create, issue, void and credit (each posts its journal), print as HTML or PDF, and send to the debtor.',
};
export const AR_PAYMENTS_TAG = {
  name: 'lumary-ar: payments',
  description:
    "Lumary AR payments: recorded once per Idempotency-Key, allocated to the debtor's invoices now or later, reversed when dishonoured.",
};
export const AR_DEBTORS_TAG = {
  name: 'lumary-ar: debtors',
  description: 'Lumary AR debtors (Contacts and Accounts): their summary and payment history.',
};
export const AR_BILLING_TAG = {
  name: 'lumary-ar: billing',
  description: "Lumary AR billing of delivered services: bill one now, billing runs over many, and NDIA claims' status changes.",
};
export const AR_JOURNAL_TAG = {
  name: 'lumary-ar: journal',
  description:
    'The Lumary AR Finance Journal: manual entries, reversals (its only corrections), and CSV exports for the financial package.',
};
export const AR_REPORTS_TAG = {
  name: 'lumary-ar: reports',
  description: 'Lumary AR reports (trial balance, aged receivables and debtor balances at a date) and the audit trail; most also as CSV.',
};
export const AR_AGREEMENTS_TAG = {
  name: 'lumary-ar: agreements',
  description: "Lumary AR service agreements: the NDIS support catalogue's import (a preview, then the import).",
};

export const AR_COLLECTIONS_TAG = {
  name: 'lumary-ar: collections',
  description: 'Lumary AR collections: debtor statements, payment reminders, risk and predicted pay dates, and the worklist.',
};

export const AR_BANK_TAG = {
  name: 'lumary-ar: bank',
  description: 'Lumary AR bank statements: import (CSV, OFX, camt.053), suggested matches, confirm or split into payments, learnt rules.',
};

export const AR_TAGS: TagObject[] = [
  AR_INVOICES_TAG,
  AR_PAYMENTS_TAG,
  AR_BANK_TAG,
  AR_DEBTORS_TAG,
  AR_BILLING_TAG,
  AR_JOURNAL_TAG,
  AR_REPORTS_TAG,
  AR_AGREEMENTS_TAG,
  AR_COLLECTIONS_TAG,
];
