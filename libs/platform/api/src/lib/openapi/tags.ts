import type { TagObject } from '@nestjs/swagger';

/*
 * The tags that group the controllers' operations in Swagger UI, each with the sentence it shows
 * under the tag's name. Controllers name theirs with @ApiTags(X_TAG.name); the document declares
 * them in the order of API_TAGS, before each object's own tag (record-paths.ts).
 */

export const AUTH_TAG = { name: 'auth', description: 'Sign-in: a session cookie for the web app, a bearer token for API clients.' };
export const HEALTH_TAG = { name: 'health', description: 'For load balancers and monitoring.' };
export const RECORDS_TAG = { name: 'sobjects', description: 'The objects of the metadata. Each object has its records paths under its own tag.' };
export const QUERY_TAG = { name: 'query', description: 'SOQL queries (a subset) over the records the caller may read, paged by cursor.' };
export const UI_TAG = {
  name: 'ui',
  description: 'What the web app shows, one response each: the App Launcher, record pages, list views, lookups and New/Edit forms.',
};
export const SETUP_TAG = {
  name: 'setup',
  description: "Setup's Object Manager: a tenant's custom fields, validation rules, page layouts and record pages. System Administrators only.",
};
export const PERMISSION_SETS_TAG = {
  name: 'permission-sets',
  description: "Permission sets and their assignment to the tenant's users. Any user may read them; changing them, and Setup's lists, needs a System Administrator.",
};
export const OPERATOR_TAG = {
  name: 'operator',
  description:
    "For the platform's operators, not tenants' users: tenants, their packages and licences. Send the operator token (LUMARY_OPERATOR_TOKEN) " +
    'as the bearer token instead of a session; the operator API is closed when the server has none.',
};

export const AR_INVOICES_TAG = {
  name: 'lumary-ar: invoices',
  description: 'Lumary AR invoices: create, issue, void and credit (each posts its journal), print as HTML or PDF, and send to the debtor.',
};
export const AR_PAYMENTS_TAG = {
  name: 'lumary-ar: payments',
  description: "Lumary AR payments: recorded once per Idempotency-Key, allocated to the debtor's invoices now or later, reversed when dishonoured.",
};
export const AR_DEBTORS_TAG = { name: 'lumary-ar: debtors', description: 'Lumary AR debtors (Contacts and Accounts): their summary and payment history.' };
export const AR_BILLING_TAG = {
  name: 'lumary-ar: billing',
  description: "Lumary AR billing of delivered services: bill one now, billing runs over many, and NDIA claims' status changes.",
};
export const AR_JOURNAL_TAG = {
  name: 'lumary-ar: journal',
  description: 'The Lumary AR Finance Journal: manual entries, reversals (its only corrections), and CSV exports for the financial package.',
};
export const AR_REPORTS_TAG = {
  name: 'lumary-ar: reports',
  description: 'Lumary AR reports (trial balance, aged receivables and debtor balances at a date) and the audit trail; most also as CSV.',
};

export const API_TAGS: TagObject[] = [
  AUTH_TAG,
  HEALTH_TAG,
  RECORDS_TAG,
  QUERY_TAG,
  UI_TAG,
  SETUP_TAG,
  PERMISSION_SETS_TAG,
  OPERATOR_TAG,
  AR_INVOICES_TAG,
  AR_PAYMENTS_TAG,
  AR_DEBTORS_TAG,
  AR_BILLING_TAG,
  AR_JOURNAL_TAG,
  AR_REPORTS_TAG,
];
