/**
 * The API's types, generated from its OpenAPI document (GET /api/docs-json) by openapi-typescript.
 * Do not edit: run `npm run api:client` to regenerate (a test fails when this file is stale).
 */
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in
     * @description Sets the session as an HttpOnly, SameSite=Strict cookie (`lumary_sid`) for the web app and returns it as `accessToken` for API clients. Cookie sessions must send `csrfToken` in the X-CSRF-Token header of every change.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oauth2/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get an access token (OAuth 2.0 username-password grant)
     * @description Salesforce's token endpoint, also at /services/oauth2/token; send the form fields grant_type=password, username, password.
     */
    post: operations['AuthController_oauthToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your own password
     * @description Your other sessions end; this one goes on.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/set-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a password with a one-time link
     * @description The link (its token) works once, and expires.
     */
    post: operations['AuthController_setPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/composite/sobjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create up to 200 records
     * @description Each record names its object in `attributes.type`. With `allOrNone`, one invalid record rolls all back.
     */
    post: operations['SObjectCollectionsController_create'];
    /**
     * Delete up to 200 records
     * @description `ids` comma-separated; `allOrNone=true` rolls all back when one fails.
     */
    delete: operations['SObjectCollectionsController_delete'];
    options?: never;
    head?: never;
    /**
     * Update up to 200 records
     * @description Each record names its object in `attributes.type` and its `id`.
     */
    patch: operations['SObjectCollectionsController_update'];
    trace?: never;
  };
  '/api/composite/sobjects/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve records of one object by id
     * @description `ids` and `fields` comma-separated; a record not found is null.
     */
    get: operations['SObjectCollectionsController_retrieve'];
    put?: never;
    /** Retrieve records of one object by id (ids in the body) */
    post: operations['SObjectCollectionsController_retrieveByBody'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health
     * @description Answers only once the database answers.
     */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit trail of AR records
     * @description Every change to a tracked field, newest first, with who made it and when; filtered by `object`, `recordId` and `from`/`to`, paged by `cursor`; as CSV (`?format=csv` or `Accept: text/csv`) every matching change at once.
     */
    get: operations['AuditController_trail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Bank Accounts (control accounts) with their unreconciled line counts */
    get: operations['BankController_accounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-accounts/{id}/csv-mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save the bank account's CSV column mapping */
    put: operations['BankController_saveMapping'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-accounts/{id}/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bank account's statement lines with suggested matches, and its closing balance against the book balance */
    get: operations['BankController_reconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-accounts/{id}/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a bank statement (CSV, OFX or camt.053)
     * @description Lines an earlier import added (same bank transaction id, else same date, amount, description and position that day) are skipped. A malformed file is refused naming its line, and nothing is written. `dryRun: true` answers the preview.
     */
    post: operations['BankController_importStatement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rules learnt from confirmed lines: payer text → debtor */
    get: operations['BankController_rules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a learnt rule */
    delete: operations['BankController_removeRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-statement-lines/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a match: the line recorded as a payment of the debtor, allocated, and reconciled
     * @description Idempotent by the line. No allocations leaves the line On account (unallocated credit). With `payment`, an unallocated payment already recorded is taken as the line.
     */
    post: operations['BankController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/bank-statement-lines/{id}/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Split a line across debtors: one payment per part, the parts adding up to the line */
    post: operations['BankController_split'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/billing-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a billing run
     * @description Bills every Delivered service up to a date, as a background job: answers 202 with the Queued run; `?wait=true` answers 200 with its final progress.
     */
    post: operations['BillingController_startRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/billing-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A billing run's progress */
    get: operations['BillingController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claim-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a claim batch (NDIA bulk payment request)
     * @description Validates the Open claims up to a date and exports the valid ones as bulk payment request CSV files (at most 5,000 rows each), Submitted with the batch and posted; a failing row stays Open with why. A background job: answers 202 with the Queued batch; `?wait=true` answers 200 with its final progress.
     */
    post: operations['ClaimingController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claim-batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A claim batch's progress, failures and files */
    get: operations['ClaimingController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claim-batches/{id}/files/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a claim batch's bulk payment request file again */
    get: operations['ClaimingController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claim-batches/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import the portal's result (remittance) file
     * @description Each row matched by ClaimReference moves its Submitted claim to Paid (a short payment keeps its shortfall receivable) or Error (its submission reversed). All or nothing: a bad file is refused naming each row and column. Importing the same file again changes nothing.
     */
    post: operations['ClaimingController_results'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claims/{id}/error': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a claim in error, with the reason */
    post: operations['BillingController_error'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claims/{id}/paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a claim paid */
    post: operations['BillingController_paid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claims/{id}/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resubmit a claim in error */
    post: operations['BillingController_resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/claims/{id}/write-off-shortfall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write off a short-paid claim's shortfall, with the reason */
    post: operations['ClaimingController_writeOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/collections/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The collections worklist
     * @description Overdue debtors by Σ(balance × days overdue) × risk weight, with last contact, next reminder and promises.
     */
    get: operations['CollectionsController_worklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/debtors/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A debtor's payment history, with each payment's allocations
     * @description JSON, or CSV with `?format=csv` or `Accept: text/csv`.
     */
    get: operations['DebtorPaymentsController_payments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/debtors/{id}/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A debtor's risk and its open invoices' predicted pay dates
     * @description The level, the reasons with their figures.
     */
    get: operations['CollectionsController_risk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/debtors/{id}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A debtor's statement as at a date
     * @description Opening balance, invoices, credits, payments, closing balance and its aging. JSON, or `format=html` / `format=pdf`.
     */
    get: operations['CollectionsController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/debtors/{id}/statement/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email a debtor its statement
     * @description Queued in the outbox to Debtor Settings' Invoice Email, else its Email.
     */
    post: operations['CollectionsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/debtors/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The debtor summary of a Contact or Account
     * @description As of today in the tenant's time zone.
     */
    get: operations['DebtorsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an invoice, and issue it if asked */
    post: operations['InvoicesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a draft invoice's header and lines, and issue it if asked
     * @description The invoice editor's save: client, debtor (default the client's Default Debtor, else the client), invoice date and the lines, all in one transaction; a Draft only (409 otherwise).
     */
    put: operations['InvoicesController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/credit-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit an issued invoice
     * @description A credit note (or a write-off): posted, and the invoice balance reduced.
     */
    post: operations['InvoicesController_credit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An invoice as a printable HTML page */
    get: operations['InvoiceDocumentsController_html'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a draft invoice
     * @description Draft to Open: the due date from the debtor's terms, the journal posted in the period holding the invoice date.
     */
    post: operations['InvoicesController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an invoice as a PDF */
    get: operations['InvoiceDocumentsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an invoice to its debtor by email
     * @description Queued in the outbox (202), delivered by the outbox job when SMTP is configured. `{ "to": "..." }` sends it to another address this once.
     */
    post: operations['InvoiceDocumentsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/invoices/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void an invoice
     * @description A draft at once; an Open invoice with nothing paid or credited by reversing its posting on `date` (default today). With a `reason`.
     */
    post: operations['InvoicesController_void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/journal/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Post a manual journal entry
     * @description Balanced lines (Σ debit = Σ credit) dated in an Open period; a manual entry never posts to a control account by id.
     */
    post: operations['JournalController_post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/journal/entries/{id}/reverse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse a journal entry
     * @description Posts its mirror on `date` (default today): entries are never edited, a reversal is their only correction.
     */
    post: operations['JournalController_reverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/journal/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Export a period's new journal entries as CSV
     * @description Takes only entries no earlier export took and names the batch (X-Export-Batch) so it can be downloaded again.
     */
    post: operations['JournalExportsController_export'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/journal/exports/{batch}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an export batch again as CSV */
    get: operations['JournalExportsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment against invoices
     * @description Posted, and allocated to the debtor's open invoices now or later. Recorded once per Idempotency-Key header: the same request again answers 200 with the payment it recorded.
     */
    post: operations['PaymentsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/payments/{id}/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Allocate a payment's unallocated credit to invoices */
    post: operations['PaymentsController_allocate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/payments/{id}/reverse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse a dishonoured payment
     * @description Its allocations are reversed (the invoices reopen) and its posting reversed; once only.
     */
    post: operations['PaymentsController_reverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reminders/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the payment reminders now
     * @description As of `asOf` (default today); the same run as the daily job.
     */
    post: operations['CollectionsController_runReminders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/aged-receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aged receivables at a date
     * @description JSON, or CSV with `?format=csv` or `Accept: text/csv`.
     */
    get: operations['ReportsController_agedReceivables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Receivables analytics as at a date
     * @description The 12 month-ends up to `asAt` (receivables reconciled to Debtors Control, aging buckets, payments), the top overdue debtors, and DSO and CEI for `from`–`to` (default the as-at month to date). CSV: one table at a time, `?format=csv&table=kpis|trend|aging|top-overdue|payments`.
     */
    get: operations['AnalyticsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/debtor-balances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Debtor balances at a date
     * @description JSON, or CSV with `?format=csv` or `Accept: text/csv`.
     */
    get: operations['ReportsController_debtorBalances'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/gst': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * GST summary for the BAS over a period
     * @description G1 (total sales incl GST), G3 (GST-free sales) and 1A (GST on sales) on the accrual basis, by invoice and credit note date, with the movement of GST Control from those documents in the period and any difference.
     */
    get: operations['AnalyticsController_gstSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/ndia-claims-aged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aged NDIA receivables
     * @description Submitted, unpaid claims (and shortfalls not written off) by days since submission: 0-30, 31-60, 61-90, 90+.
     */
    get: operations['ClaimingController_agedClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/reports/trial-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Trial balance for a period or at a date
     * @description Give either `period` (an accounting period id) or `asOf` (YYYY-MM-DD).
     */
    get: operations['ReportsController_trialBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/services/{id}/bill-now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bill a delivered service now
     * @description Invoiced to its client's debtor and issued at once, or nothing is written (no Open period, no GL code).
     */
    post: operations['BillingController_bill'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/statements/send-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email a statement to every debtor with a balance
     * @description A job on the queue; follow it at GET statements/send-all/{jobId}.
     */
    post: operations['CollectionsController_sendAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/statements/send-all/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A statements run's state and progress
     * @description Another tenant's run id is 404.
     */
    get: operations['CollectionsController_sendAllStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lumary/support-catalogue/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a support catalogue file
     * @description All or nothing: each row is a version of a support item (its number and Start date); new versions are added, changed ones updated, the same left alone. A bad file is refused naming each bad row and column. `dryRun: true` answers the same without writing (the preview).
     */
    post: operations['AgreementsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the packages this server has loaded
     * @description Needs the operator token as the bearer token, not a session.
     */
    get: operations['OperatorController_packages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tenants
     * @description Needs the operator token as the bearer token, not a session.
     */
    get: operations['OperatorController_list'];
    put?: never;
    /**
     * Create a tenant
     * @description With the core packages installed; the time zone defaults to Australia/Sydney. Needs the operator token as the bearer token, not a session.
     */
    post: operations['OperatorController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tenants/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A tenant, with its installed packages and licences
     * @description Needs the operator token as the bearer token, not a session.
     */
    get: operations['OperatorController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tenants/{slug}/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Install a package in a tenant
     * @description At the version given, else the one this server runs. Needs the operator token as the bearer token, not a session.
     */
    post: operations['OperatorController_install'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tenants/{slug}/packages/{package}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upgrade a tenant's package, or grant or revoke its licence
     * @description Needs the operator token as the bearer token, not a session.
     */
    patch: operations['OperatorController_change'];
    trace?: never;
  };
  '/api/permission-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the permission sets
     * @description Those of the installed packages (read-only) and the tenant's own.
     */
    get: operations['PermissionSetsController_list'];
    put?: never;
    /**
     * Create a permission set
     * @description System Administrators only.
     */
    post: operations['PermissionSetsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/permission-sets/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A permission set, with what it grants */
    get: operations['PermissionSetsController_one'];
    /**
     * Change what a permission set grants
     * @description Replaces what it grants; only the tenant's own, a package's is read-only. System Administrators only.
     */
    put: operations['PermissionSetsController_update'];
    post?: never;
    /**
     * Delete a permission set and its assignments
     * @description Only the tenant's own; a package's cannot be deleted. System Administrators only.
     */
    delete: operations['PermissionSetsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Run a SOQL query
     * @description The query in `q` (a SOQL subset), over the records the caller may read; `pageSize` up to 2000, the next page at `nextRecordsUrl`.
     */
    get: operations['QueryController_query'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/custom-permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the custom permissions a permission set may grant
     * @description Those of the installed packages. System Administrators only.
     */
    get: operations['PermissionSetsController_customPermissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/field-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the types a custom field may have
     * @description With the settings each needs (length, precision and scale, picklist values...). System Administrators only.
     */
    get: operations['SetupController_fieldTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the objects, with their field counts
     * @description System Administrators only.
     */
    get: operations['SetupController_objects'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An object's fields, validation rules, record types, layouts and record pages
     * @description System Administrators only.
     */
    get: operations['SetupController_object'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a custom field to an object
     * @description System Administrators only.
     */
    post: operations['SetupController_addField'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/fields/{field}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a custom field
     * @description A package's fields cannot be deleted. System Administrators only.
     */
    delete: operations['SetupController_deleteField'];
    options?: never;
    head?: never;
    /**
     * Change a field
     * @description All of a custom field; of a package's field, its label, help text and description, and new picklist values. System Administrators only.
     */
    patch: operations['SetupController_changeField'];
    trace?: never;
  };
  '/api/setup/objects/{object}/layout-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Assign page layouts to record types
     * @description Each row names a record type and the layout its records are shown with; rows not named keep theirs. Naming the packages' layout goes back to the packages' assignment. System Administrators only.
     */
    put: operations['SetupController_putLayoutAssignments'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/layouts/{layout}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save a page layout
     * @description A package's layout is saved as the tenant's rearrangement of it; a new name adds a layout. System Administrators only.
     */
    put: operations['SetupController_putLayout'];
    post?: never;
    /**
     * Undo the tenant's changes to a page layout
     * @description A package's layout goes back to the package's; a layout the tenant added is removed. System Administrators only.
     */
    delete: operations['SetupController_resetLayout'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/record-pages/{page}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save a record page
     * @description A package's record page is saved as the tenant's rearrangement of it; a new name adds a page. System Administrators only.
     */
    put: operations['SetupController_putRecordPage'];
    post?: never;
    /**
     * Undo the tenant's changes to a record page
     * @description A package's record page goes back to the package's; a page the tenant added is removed. System Administrators only.
     */
    delete: operations['SetupController_resetRecordPage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/validation-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a validation rule to an object
     * @description System Administrators only.
     */
    post: operations['SetupController_addRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/objects/{object}/validation-rules/{rule}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a validation rule
     * @description Only the tenant's own rules; a package's cannot be deleted. System Administrators only.
     */
    delete: operations['SetupController_deleteRule'];
    options?: never;
    head?: never;
    /**
     * Change a validation rule
     * @description Only the tenant's own rules; a package's cannot be changed. System Administrators only.
     */
    patch: operations['SetupController_changeRule'];
    trace?: never;
  };
  '/api/setup/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's roles
     * @description Parents before their children, siblings by label, each with how many users hold it.
     */
    get: operations['RolesController_list'];
    put?: never;
    /**
     * Create a role
     * @description Under `parentRoleId`, or at the top. The role name is made from the label when left out.
     */
    post: operations['RolesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A role */
    get: operations['RolesController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a role
     * @description Refused (400 DELETE_FAILED, saying why) while users hold it or roles report to it.
     */
    delete: operations['RolesController_remove'];
    options?: never;
    head?: never;
    /**
     * Rename or move a role
     * @description Only the fields sent change. A role cannot report to itself or to a role below it (400 naming parentRoleId).
     */
    patch: operations['RolesController_update'];
    trace?: never;
  };
  '/api/setup/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The objects' organisation-wide defaults
     * @description System Administrators only.
     */
    get: operations['SharingController_get'];
    /**
     * Set objects' organisation-wide defaults
     * @description Objects left out keep theirs; every bad one is named (`objects.<Object>`) and nothing changes. System Administrators only.
     */
    put: operations['SharingController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/sharing-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's sharing rules
     * @description Of one object with `?object=`. System Administrators only.
     */
    get: operations['SharingRulesController_list'];
    put?: never;
    /**
     * Create a sharing rule
     * @description Every bad field is named (`criteria[0].field` for a field the object lacks); the object's shares are recomputed in a job.
     */
    post: operations['SharingRulesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/sharing-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sharing rule */
    get: operations['SharingRulesController_get'];
    /**
     * Change a sharing rule
     * @description Only the fields sent change; the object's shares are recomputed in a job.
     */
    put: operations['SharingRulesController_update'];
    post?: never;
    /**
     * Delete a sharing rule
     * @description Its shares go with it, at once.
     */
    delete: operations['SharingRulesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/sharing-rules/recalculations/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How far a recalculation of an object's rule shares has got */
    get: operations['SharingRulesController_recalculation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tenant's users, each with their permission sets
     * @description System Administrators only.
     */
    get: operations['PermissionSetsController_users'];
    put?: never;
    /**
     * Create a user
     * @description With a temporary password (changed at the first sign-in), or, without one, a one-time set-password link emailed through the outbox. Usernames are unique across the platform.
     */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user, with their permission sets */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit, deactivate or reactivate a user
     * @description Only the fields sent change. `active: false` ends every session of the user at once and refuses their sign-in.
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/setup/users/{id}/login-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A user's sign-ins
     * @description Time, result and client address; the latest 100, latest first.
     */
    get: operations['UsersController_loginHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a user's password
     * @description The old password stops working and their sessions end; a new one-time set-password link is emailed (earlier links stop working).
     */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the objects */
    get: operations['SObjectsController_describeGlobal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an object's records, a page at a time
     * @description `fields`, `where` and `orderBy` in SOQL syntax; `pageSize` up to 2000, the next page at `nextRecordsUrl`.
     */
    get: operations['SObjectsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/{object}/{id}/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who a record is shared with, and why (owner, manual share, sharing rule) */
    get: operations['RecordSharesController_list'];
    put?: never;
    /**
     * Share a record with a user or role
     * @description Sharing again with the same user or role changes the access.
     */
    post: operations['RecordSharesController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/{object}/{id}/shares/{shareId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a manual share */
    delete: operations['RecordSharesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Account */
    post: operations['Account_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Account/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Account
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['Account_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Account
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['Account_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Account
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['Account_update'];
    trace?: never;
  };
  '/api/sobjects/Account/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Account */
    get: operations['Account_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Account/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Account: fields, record types, child relationships */
    get: operations['Account_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Contact */
    post: operations['Contact_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Contact/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Contact
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['Contact_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Contact
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['Contact_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Contact
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['Contact_update'];
    trace?: never;
  };
  '/api/sobjects/Contact/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Contact */
    get: operations['Contact_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/Contact/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Contact: fields, record types, child relationships */
    get: operations['Contact_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Accounting_Entity__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Accounting Entity */
    post: operations['lumary__Accounting_Entity__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Accounting_Entity__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Accounting Entity by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Accounting_Entity__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Accounting_Entity__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Accounting Entity
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Accounting_Entity__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Accounting Entity
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Accounting_Entity__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Accounting Entity
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Accounting_Entity__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Accounting_Entity__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Accounting Entity */
    get: operations['lumary__Accounting_Entity__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Accounting_Entity__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Accounting Entity: fields, record types, child relationships */
    get: operations['lumary__Accounting_Entity__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__AR_Settings__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a AR Settings */
    post: operations['lumary__AR_Settings__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__AR_Settings__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a AR Settings
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__AR_Settings__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a AR Settings
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__AR_Settings__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a AR Settings
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__AR_Settings__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__AR_Settings__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a AR Settings */
    get: operations['lumary__AR_Settings__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__AR_Settings__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe AR Settings: fields, record types, child relationships */
    get: operations['lumary__AR_Settings__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Rule__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Bank Rule */
    post: operations['lumary__Bank_Rule__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Rule__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Bank Rule
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Bank_Rule__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Bank Rule
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Bank_Rule__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Bank Rule
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Bank_Rule__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Rule__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Bank Rule */
    get: operations['lumary__Bank_Rule__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Rule__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Bank Rule: fields, record types, child relationships */
    get: operations['lumary__Bank_Rule__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Bank Statement */
    post: operations['lumary__Bank_Statement__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Bank Statement
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Bank_Statement__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Bank Statement
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Bank_Statement__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Bank Statement
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Bank_Statement__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Bank Statement */
    get: operations['lumary__Bank_Statement__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Bank Statement: fields, record types, child relationships */
    get: operations['lumary__Bank_Statement__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement_Line__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Bank Statement Line */
    post: operations['lumary__Bank_Statement_Line__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement_Line__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Bank Statement Line
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Bank_Statement_Line__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Bank Statement Line
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Bank_Statement_Line__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Bank Statement Line
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Bank_Statement_Line__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement_Line__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Bank Statement Line */
    get: operations['lumary__Bank_Statement_Line__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Bank_Statement_Line__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Bank Statement Line: fields, record types, child relationships */
    get: operations['lumary__Bank_Statement_Line__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Billing_Run__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Billing Run */
    post: operations['lumary__Billing_Run__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Billing_Run__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Billing Run
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Billing_Run__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Billing Run
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Billing_Run__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Billing Run
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Billing_Run__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Billing_Run__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Billing Run */
    get: operations['lumary__Billing_Run__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Billing_Run__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Billing Run: fields, record types, child relationships */
    get: operations['lumary__Billing_Run__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Claim */
    post: operations['lumary__Claim__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Claim
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Claim__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Claim
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Claim__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Claim
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Claim__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Claim__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Claim */
    get: operations['lumary__Claim__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Claim: fields, record types, child relationships */
    get: operations['lumary__Claim__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Claim Batch */
    post: operations['lumary__Claim_Batch__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Claim Batch
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Claim_Batch__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Claim Batch
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Claim_Batch__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Claim Batch
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Claim_Batch__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Claim Batch */
    get: operations['lumary__Claim_Batch__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Claim Batch: fields, record types, child relationships */
    get: operations['lumary__Claim_Batch__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch_File__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Claim Batch File */
    post: operations['lumary__Claim_Batch_File__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch_File__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Claim Batch File
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Claim_Batch_File__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Claim Batch File
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Claim_Batch_File__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Claim Batch File
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Claim_Batch_File__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch_File__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Claim Batch File */
    get: operations['lumary__Claim_Batch_File__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Claim_Batch_File__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Claim Batch File: fields, record types, child relationships */
    get: operations['lumary__Claim_Batch_File__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Collection_Activity__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Collection Activity */
    post: operations['lumary__Collection_Activity__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Collection_Activity__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Collection Activity
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Collection_Activity__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Collection Activity
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Collection_Activity__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Collection Activity
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Collection_Activity__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Collection_Activity__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Collection Activity */
    get: operations['lumary__Collection_Activity__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Collection_Activity__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Collection Activity: fields, record types, child relationships */
    get: operations['lumary__Collection_Activity__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Credit_Note__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Credit Note */
    post: operations['lumary__Credit_Note__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Credit_Note__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Credit Note
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Credit_Note__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Credit Note
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Credit_Note__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Credit Note
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Credit_Note__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Credit_Note__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Credit Note */
    get: operations['lumary__Credit_Note__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Credit_Note__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Credit Note: fields, record types, child relationships */
    get: operations['lumary__Credit_Note__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Debtor_Settings__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Debtor Settings */
    post: operations['lumary__Debtor_Settings__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Debtor_Settings__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Debtor Settings by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Debtor_Settings__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Debtor_Settings__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Debtor Settings
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Debtor_Settings__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Debtor Settings
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Debtor_Settings__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Debtor Settings
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Debtor_Settings__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Debtor_Settings__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Debtor Settings */
    get: operations['lumary__Debtor_Settings__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Debtor_Settings__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Debtor Settings: fields, record types, child relationships */
    get: operations['lumary__Debtor_Settings__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Invoice */
    post: operations['lumary__Invoice__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Invoice
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Invoice__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Invoice
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Invoice__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Invoice
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Invoice__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Invoice */
    get: operations['lumary__Invoice__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Invoice: fields, record types, child relationships */
    get: operations['lumary__Invoice__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Line__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Invoice Line */
    post: operations['lumary__Invoice_Line__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Line__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Invoice Line
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Invoice_Line__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Invoice Line
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Invoice_Line__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Invoice Line
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Invoice_Line__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Line__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Invoice Line */
    get: operations['lumary__Invoice_Line__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Line__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Invoice Line: fields, record types, child relationships */
    get: operations['lumary__Invoice_Line__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Template__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Invoice Template */
    post: operations['lumary__Invoice_Template__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Template__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Invoice Template
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Invoice_Template__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Invoice Template
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Invoice_Template__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Invoice Template
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Invoice_Template__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Template__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Invoice Template */
    get: operations['lumary__Invoice_Template__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Invoice_Template__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Invoice Template: fields, record types, child relationships */
    get: operations['lumary__Invoice_Template__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Entry__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Journal Entry */
    post: operations['lumary__Journal_Entry__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Entry__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Journal Entry by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Journal_Entry__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Entry__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Journal Entry
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Journal_Entry__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Journal Entry
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Journal_Entry__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Journal Entry
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Journal_Entry__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Entry__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Journal Entry */
    get: operations['lumary__Journal_Entry__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Entry__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Journal Entry: fields, record types, child relationships */
    get: operations['lumary__Journal_Entry__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Line__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Journal Line */
    post: operations['lumary__Journal_Line__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Line__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Journal Line
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Journal_Line__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Journal Line
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Journal_Line__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Journal Line
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Journal_Line__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Line__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Journal Line */
    get: operations['lumary__Journal_Line__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Journal_Line__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Journal Line: fields, record types, child relationships */
    get: operations['lumary__Journal_Line__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Outbound_Email__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Outbound Email */
    post: operations['lumary__Outbound_Email__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Outbound_Email__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Outbound Email
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Outbound_Email__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Outbound Email
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Outbound_Email__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Outbound Email
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Outbound_Email__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Outbound_Email__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Outbound Email */
    get: operations['lumary__Outbound_Email__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Outbound_Email__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Outbound Email: fields, record types, child relationships */
    get: operations['lumary__Outbound_Email__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Payment */
    post: operations['lumary__Payment__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Payment by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Payment__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Payment__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Payment
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Payment__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Payment
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Payment__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Payment
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Payment__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Payment__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Payment */
    get: operations['lumary__Payment__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Payment: fields, record types, child relationships */
    get: operations['lumary__Payment__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment_Allocation__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Payment Allocation */
    post: operations['lumary__Payment_Allocation__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment_Allocation__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Payment Allocation
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Payment_Allocation__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Payment Allocation
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Payment_Allocation__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Payment Allocation
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Payment_Allocation__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Payment_Allocation__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Payment Allocation */
    get: operations['lumary__Payment_Allocation__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Payment_Allocation__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Payment Allocation: fields, record types, child relationships */
    get: operations['lumary__Payment_Allocation__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Promise_To_Pay__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Promise to Pay */
    post: operations['lumary__Promise_To_Pay__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Promise_To_Pay__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Promise to Pay
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Promise_To_Pay__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Promise to Pay
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Promise_To_Pay__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Promise to Pay
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Promise_To_Pay__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Promise_To_Pay__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Promise to Pay */
    get: operations['lumary__Promise_To_Pay__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Promise_To_Pay__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Promise to Pay: fields, record types, child relationships */
    get: operations['lumary__Promise_To_Pay__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Reminder */
    post: operations['lumary__Reminder__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Reminder by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Reminder__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Reminder
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Reminder__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Reminder
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Reminder__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Reminder
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Reminder__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Reminder */
    get: operations['lumary__Reminder__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Reminder: fields, record types, child relationships */
    get: operations['lumary__Reminder__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder_Step__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Reminder Step */
    post: operations['lumary__Reminder_Step__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder_Step__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Reminder Step
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Reminder_Step__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Reminder Step
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Reminder_Step__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Reminder Step
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Reminder_Step__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder_Step__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Reminder Step */
    get: operations['lumary__Reminder_Step__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Reminder_Step__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Reminder Step: fields, record types, child relationships */
    get: operations['lumary__Reminder_Step__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Service Agreement */
    post: operations['lumary__Service_Agreement__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Service Agreement
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Service_Agreement__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Service Agreement
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Service_Agreement__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Service Agreement
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Service_Agreement__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Service Agreement */
    get: operations['lumary__Service_Agreement__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Service Agreement: fields, record types, child relationships */
    get: operations['lumary__Service_Agreement__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement_Line__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Service Agreement Line */
    post: operations['lumary__Service_Agreement_Line__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement_Line__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Service Agreement Line
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Service_Agreement_Line__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Service Agreement Line
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Service_Agreement_Line__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Service Agreement Line
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Service_Agreement_Line__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement_Line__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Service Agreement Line */
    get: operations['lumary__Service_Agreement_Line__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Agreement_Line__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Service Agreement Line: fields, record types, child relationships */
    get: operations['lumary__Service_Agreement_Line__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Delivered__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Service Delivered */
    post: operations['lumary__Service_Delivered__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Delivered__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Service Delivered
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Service_Delivered__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Service Delivered
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Service_Delivered__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Service Delivered
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Service_Delivered__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Delivered__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Service Delivered */
    get: operations['lumary__Service_Delivered__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Service_Delivered__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Service Delivered: fields, record types, child relationships */
    get: operations['lumary__Service_Delivered__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Support_Item__c': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Support Item */
    post: operations['lumary__Support_Item__c_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Support_Item__c/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Support Item by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['lumary__Support_Item__c_upsert'];
    trace?: never;
  };
  '/api/sobjects/lumary__Support_Item__c/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Support Item
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['lumary__Support_Item__c_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Support Item
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['lumary__Support_Item__c_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Support Item
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['lumary__Support_Item__c_update'];
    trace?: never;
  };
  '/api/sobjects/lumary__Support_Item__c/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Support Item */
    get: operations['lumary__Support_Item__c_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/lumary__Support_Item__c/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Support Item: fields, record types, child relationships */
    get: operations['lumary__Support_Item__c_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/User': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a User */
    post: operations['User_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/User/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a User by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['User_upsert'];
    trace?: never;
  };
  '/api/sobjects/User/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a User
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['User_get'];
    put?: never;
    post?: never;
    /**
     * Delete a User
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['User_delete'];
    options?: never;
    head?: never;
    /**
     * Update a User
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['User_update'];
    trace?: never;
  };
  '/api/sobjects/User/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a User */
    get: operations['User_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/User/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe User: fields, record types, child relationships */
    get: operations['User_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/UserRole': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a Role */
    post: operations['UserRole_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/UserRole/{field}/{value}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Upsert a Role by an external id
     * @description Updates the record whose field has this value, or creates one with it.
     */
    patch: operations['UserRole_upsert'];
    trace?: never;
  };
  '/api/sobjects/UserRole/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /**
     * Get a Role
     * @description Every field of the record, formulas computed as it is read. The ETag header carries its version.
     */
    get: operations['UserRole_get'];
    put?: never;
    post?: never;
    /**
     * Delete a Role
     * @description Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    delete: operations['UserRole_delete'];
    options?: never;
    head?: never;
    /**
     * Update a Role
     * @description Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.
     */
    patch: operations['UserRole_update'];
    trace?: never;
  };
  '/api/sobjects/UserRole/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    /** Field history of a Role */
    get: operations['UserRole_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sobjects/UserRole/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe Role: fields, record types, child relationships */
    get: operations['UserRole_describe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The apps the user may open, with their tabs */
    get: operations['UiAppsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/apps/{app}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An app, with its tabs and dashboard cards */
    get: operations['UiAppsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/list-views/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An object's list views */
    get: operations['UiRecordController_listViews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/list-views/{object}/{view}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A list view's records, a page at a time
     * @description Sorted by `sort` and `direction`, narrowed by `search`, paged by `cursor`.
     */
    get: operations['UiRecordController_listView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/lookup/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find records by name for a lookup field */
    get: operations['UiRecordController_lookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/record-form/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The New/Edit form of a record type */
    get: operations['UiRecordController_recordForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/record-types/{object}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The record types the user may create */
    get: operations['UiRecordController_recordTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ui/record/{object}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A record's page: its fields as its layout arranges them, and its related lists */
    get: operations['UiRecordController_record'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/permission-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A user's permission sets
     * @description Any user may read their own; another user's, System Administrators only.
     */
    get: operations['PermissionSetsController_assignments'];
    put?: never;
    /**
     * Assign a permission set to a user
     * @description System Administrators only.
     */
    post: operations['PermissionSetsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/permission-sets/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unassign a permission set from a user
     * @description System Administrators only.
     */
    delete: operations['PermissionSetsController_unassign'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * Account
     * @description An organisation - a plan manager, an insurer such as iCare, or another third party. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    Account: {
      /**
       * ABN
       * @description The Australian Business Number, 11 digits without spaces.
       */
      ABN: string | null;
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'Account';
        /** @example /api/sobjects/Account/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email: string | null;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Account Name
       * @description Account Name
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Phone
       * @description Phone
       */
      Phone: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Account (create)
     * @description The fields of a new Account; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    AccountInput: {
      /**
       * ABN
       * @description The Australian Business Number, 11 digits without spaces.
       */
      ABN?: string | null;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email?: string | null;
      /**
       * Account Name
       * @description Account Name
       */
      Name: string;
      /**
       * Phone
       * @description Phone
       */
      Phone?: string | null;
    };
    /**
     * Account (update)
     * @description The fields of the Account to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    AccountUpdate: {
      /**
       * ABN
       * @description The Australian Business Number, 11 digits without spaces.
       */
      ABN?: string | null;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email?: string | null;
      /**
       * Account Name
       * @description Account Name
       */
      Name?: string;
      /**
       * Phone
       * @description Phone
       */
      Phone?: string | null;
    };
    AgedFiguresDto: {
      /** @example 88.00 */
      current: string;
      /**
       * @description 1 to 30 days past due.
       * @example 200.00
       */
      days1To30: string;
      /** @example 40.00 */
      days31To60: string;
      /** @example 0.00 */
      days61To90: string;
      /**
       * @description More than 90 days past due.
       * @example 0.00
       */
      days90Plus: string;
      /** @example 215.00 */
      total: string;
      /** @example -25.00 */
      unallocatedCredit: string;
    };
    AgedNdiaClaimDto: {
      /** @enum {string} */
      bucket: '0-30' | '31-60' | '61-90' | '90+';
      client: string;
      clientName: string;
      days: number;
      id: string;
      /** @example CLM-000001 */
      name: string;
      /** @example 120.00 */
      outstanding: string;
      /** @enum {string} */
      status: 'Submitted' | 'Paid';
      submittedDate: string;
    };
    AgedNdiaClaimsDto: {
      asAt: string;
      buckets: components['schemas']['NdiaBucketsDto'];
      claims: components['schemas']['AgedNdiaClaimDto'][];
      total: string;
    };
    AgedReceivablesDto: {
      /** @example 2027-03-12 */
      asAt: string;
      debtors: components['schemas']['AgedReceivablesRowDto'][];
      /** @description The Debtors Control balance at the date; null when the caller may not read the journal. */
      debtorsControl: string | null;
      /** @description Debtors Control minus the grand total: "0.00" when they agree. */
      difference: string | null;
      totals: components['schemas']['AgedFiguresDto'];
    };
    AgedReceivablesRowDto: {
      /** @example 88.00 */
      current: string;
      /**
       * @description 1 to 30 days past due.
       * @example 200.00
       */
      days1To30: string;
      /** @example 40.00 */
      days31To60: string;
      /** @example 0.00 */
      days61To90: string;
      /**
       * @description More than 90 days past due.
       * @example 0.00
       */
      days90Plus: string;
      id: string;
      name: string | null;
      /** @example 215.00 */
      total: string;
      /** @enum {string} */
      type: 'Contact' | 'Account';
      /** @example -25.00 */
      unallocatedCredit: string;
    };
    AgingPointDto: {
      /** @example 88.00 */
      current: string;
      /** @example 2027-02-28 */
      date: string;
      /**
       * @description 1 to 30 days past due.
       * @example 200.00
       */
      days1To30: string;
      /** @example 40.00 */
      days31To60: string;
      /** @example 0.00 */
      days61To90: string;
      /**
       * @description More than 90 days past due.
       * @example 0.00
       */
      days90Plus: string;
      /** @example 2027-02 */
      month: string;
      /** @example 215.00 */
      total: string;
      /** @example -25.00 */
      unallocatedCredit: string;
    };
    AllocationDto: {
      /**
       * Format: decimal
       * @description How much of the payment goes to it: > 0, at most the invoice's balance.
       * @example 12.50
       */
      amount: string;
      /**
       * Format: uuid
       * @description The invoice's id.
       */
      invoice: string;
    };
    AllocationViewDto: {
      /** @example 50.00 */
      amount: string;
      /** @example 2027-01-12 */
      date: string;
      /** @example 9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60 */
      id: string;
      /** @description The invoice's id. */
      invoice: string;
      /** @example INV-000123 */
      invoiceName: string;
      /** @example ALLOC-000042 */
      name: string;
      reversed: boolean;
      reversedDate: string | null;
    };
    AnalyticsDto: {
      aging: components['schemas']['AgingPointDto'][];
      /** @example 2027-03-31 */
      asAt: string;
      kpis: components['schemas']['CollectionKpisDto'];
      payments: components['schemas']['PaymentsMonthDto'][];
      topOverdue: components['schemas']['TopOverdueRowDto'][];
      trend: components['schemas']['TrendPointDto'][];
    };
    /** @description One error, in the Salesforce REST shape. */
    ApiError: {
      /** @example REQUIRED_FIELD_MISSING */
      errorCode: string;
      /** @description The API names of the fields concerned, if any. */
      fields: string[];
      message: string;
    };
    /** @description Every failure is a list of errors. */
    ApiErrors: components['schemas']['ApiError'][];
    AppDetail: {
      dashboard: components['schemas']['DashboardCard'][];
      description: string | null;
      icon: string | null;
      label: string;
      name: string;
      tabs: components['schemas']['AppTab'][];
    };
    AppList: {
      apps: components['schemas']['AppSummary'][];
    };
    AppSummary: {
      description: string | null;
      icon: string | null;
      label: string;
      name: string;
      tabs: components['schemas']['AppTab'][];
    };
    AppTab: {
      label: string;
      object: string;
    };
    AssignPermissionSetRequest: {
      /** @description The permission set's API name. */
      permissionSet: string;
    };
    AuditEntryDto: {
      changedBy: components['schemas']['AuditUserDto'];
      /**
       * @description An ISO-8601 instant.
       * @example 2027-01-12T03:04:05.123Z
       */
      changedDate: string;
      /** @description `created` (label "Created") for a record's creation, else the tracked field that changed. */
      field: components['schemas']['NamedRefDto'];
      id: string;
      /**
       * @description The value after.
       * @example Part Paid
       */
      newValue: Record<string, never> | null;
      object: components['schemas']['NamedRefDto'];
      /**
       * @description The value before (a string, number or boolean as the field holds it).
       * @example Open
       */
      oldValue: Record<string, never> | null;
      record: components['schemas']['AuditRecordDto'];
    };
    AuditRecordDto: {
      id: string;
      /** @example INV-000123 */
      name: string | null;
    };
    AuditTrailDto: {
      done: boolean;
      /** @description Pass back as `cursor`, with the same filters, for the next page; absent when done. */
      nextCursor?: string;
      records: components['schemas']['AuditEntryDto'][];
    };
    AuditUserDto: {
      id: string | null;
      /** @example Fiona Finance */
      name: string | null;
    };
    AvailableCustomPermission: {
      apiName: string;
      description: string | null;
      label: string;
      packageName: string;
    };
    AvailableCustomPermissions: {
      customPermissions: components['schemas']['AvailableCustomPermission'][];
    };
    BankAccountDto: {
      active: boolean;
      id: string;
      name: string;
      unreconciled: number;
    };
    BankAccountRefDto: {
      active: boolean;
      id: string;
      name: string;
    };
    BankRuleDto: {
      debtor: string;
      debtorName: string;
      id: string;
      lastConfirmed: string | null;
      /** @example BR-00001 */
      name: string;
      /** @example HARBOUR PLAN PARTNERS */
      pattern: string;
      timesConfirmed: number;
    };
    BankStatementLineDto: {
      /**
       * @description Money in positive.
       * @example 110.00
       */
      amount: string;
      /** @example 2027-01-10 */
      date: string;
      description: string;
      id: string;
      /** @example BSL-0000001 */
      name: string;
      payment: string | null;
      paymentName: string | null;
      reference: string;
      statement: string;
      /** @enum {string} */
      status: 'Unreconciled' | 'Reconciled' | 'On account';
      suggestions: components['schemas']['BankSuggestionDto'][];
      transactionId: string | null;
    };
    BankSuggestionDto: {
      allocations: components['schemas']['SuggestedAllocationDto'][];
      /**
       * @description 0-100.
       * @example 95
       */
      confidence: number;
      debtor: string;
      debtorName: string;
      /** @enum {string} */
      kind: 'invoice-number' | 'exact-balance' | 'invoice-set' | 'learnt-rule' | 'unallocated-payment';
      payment: string | null;
      paymentName: string | null;
      /** @example INV-000123 is in the reference, and its balance is 110.00. */
      reason: string;
    };
    BilledServiceDto: {
      id: string;
      /** @example SD-000042 */
      name: string;
      /** @enum {string} */
      status: 'Billed';
    };
    BillingRunDto: {
      /**
       * Format: date
       * @description The invoices' date (YYYY-MM-DD): default upTo.
       * @example 2026-03-31
       */
      invoiceDate?: string;
      /**
       * Format: date
       * @description Bill the Delivered services dated on or before this day (YYYY-MM-DD); claims are dated this day.
       * @example 2026-03-31
       */
      upTo: string;
    };
    BillingRunProgressDto: {
      claimsCreated?: number;
      /** @description Units finished, failed ones included. */
      debtorsDone?: number;
      debtorsFailed?: number;
      /** @description Units of work: each debtor invoiced, and each NDIA-managed client claimed. */
      debtorsTotal?: number;
      /** @description One line per failed unit: the debtor's name and why. */
      errors?: string[];
      /** @description An ISO-8601 instant, or null while the run is going. */
      finishedAt?: string | null;
      id: string;
      invoicesCreated?: number;
      /** @example BR-000003 */
      name: string;
      /** @description Services invoiced or claimed by this run. */
      servicesBilled?: number;
      /**
       * @example Completed
       * @enum {string}
       */
      status?: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';
      /** @example 2027-01-31 */
      upTo?: string;
    };
    BillNowDto: {
      /**
       * Format: date
       * @description The invoice's date (YYYY-MM-DD): default the service's date.
       * @example 2026-03-31
       */
      invoiceDate?: string;
    };
    BillNowResultDto: {
      id: string;
      /** @description The posting this change made (issuing, or voiding an Open invoice). */
      journalEntry?: Record<string, never>;
      /** @example INV-000123 */
      name: string;
      service: components['schemas']['BilledServiceDto'];
      /**
       * @example Open
       * @enum {string}
       */
      status?: 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void';
    };
    CatalogueImportDto: {
      /** @description The file's bytes, base64-encoded (at most about 730 KB of file). */
      content: string;
      /** @description true: answer what the import would add and change, writing nothing (the preview). */
      dryRun?: boolean;
      /**
       * @description The file's name: its extension (.csv or .xlsx) gives the format when `format` is not sent.
       * @example NDIS-Support-Catalogue-2025-26.xlsx
       */
      fileName?: string;
      /** @enum {string} */
      format?: 'csv' | 'xlsx';
    };
    CatalogueImportResultDto: {
      added: components['schemas']['CatalogueItemDto'][];
      /** @description Versions already imported whose name, unit, GST code or a price limit the file changes. */
      changed: components['schemas']['CatalogueItemDto'][];
      dryRun: boolean;
      /** @description Support item rows read from the file. */
      rows: number;
      /** @description Rows already imported with the same figures: left as they are. */
      unchanged: number;
    };
    CatalogueItemDto: {
      /** @example 2025-07-01 */
      effectiveFrom: string;
      /** @enum {string} */
      gstCode: 'P1' | 'P2' | 'P5';
      /**
       * @description Price limit per state (decimal strings; null for a quoted item).
       * @example {
       *       "NSW": "70.23",
       *       "VIC": "70.23"
       *     }
       */
      limits: {
        [key: string]: string | null;
      };
      /** @example Assistance With Self-Care Activities - Standard - Weekday Daytime */
      name: string;
      /** @example 01_011_0107_1_1 */
      number: string;
      /** @description The row of the file. */
      row: number;
      /** @enum {string} */
      unit: 'Each' | 'Hour' | 'Day' | 'Week';
    };
    ChangePackageRequest: {
      /** @description Grant (true) or revoke (false) the package's licence. */
      licensed?: boolean;
      /** @description The version to upgrade to, such as "22.83.0". */
      version?: string;
    };
    ChangePasswordRequest: {
      /** Format: password */
      currentPassword: string;
      /**
       * Format: password
       * @description At least 10 characters and hard to guess (not your username, email or name).
       */
      newPassword: string;
    };
    ClaimBatchDto: {
      /**
       * Format: date
       * @description The date the submissions are posted (YYYY-MM-DD): default upTo.
       * @example 2026-03-31
       */
      submitDate?: string;
      /**
       * Format: date
       * @description Take the Open claims dated on or before this day (YYYY-MM-DD).
       * @example 2026-03-31
       */
      upTo: string;
    };
    ClaimBatchFailureDto: {
      /** @example CLM-000012 */
      claim: string;
      claimId: string;
      /** @example NDISNumber: 123 is not 9 digits starting 43 */
      reason: string;
    };
    ClaimBatchProgressDto: {
      /** @example 1234.50 */
      amount?: string;
      claimsDone?: number;
      claimsFailed?: number;
      claimsSubmitted?: number;
      claimsTotal?: number;
      failures?: components['schemas']['ClaimBatchFailureDto'][];
      /** @description How many CSV files (at most 5,000 rows each): GET .../files/{n} for n = 1 to files. */
      files?: number;
      /** @description An ISO-8601 instant, or null while the batch is going. */
      finishedAt?: string | null;
      id: string;
      /** @example CB-000001 */
      name: string;
      /**
       * @example Completed
       * @enum {string}
       */
      status?: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';
      /** @example 2027-01-31 */
      upTo?: string;
    };
    ClaimErrorDto: {
      /**
       * Format: date
       * @description The date of the reversal of a Submitted claim's submission (YYYY-MM-DD): default today.
       * @example 2026-03-31
       */
      date?: string;
      /** @example Participant plan expired */
      reason: string;
    };
    ClaimPaidDto: {
      /**
       * Format: decimal
       * @description What the NDIA paid (default the claim's amount); less leaves the shortfall receivable.
       * @example 12.50
       */
      paidAmount?: string;
      /**
       * Format: date
       * @description The day the NDIA paid it (YYYY-MM-DD); not before the Claim Date.
       * @example 2026-03-31
       */
      paidDate: string;
      /**
       * @description The portal's payment request number.
       * @example PR-1000234
       */
      paymentRequestNumber?: string;
    };
    ClaimResultDto: {
      id: string;
      /** @example CLM-000004 */
      name: string;
      /**
       * @example Paid
       * @enum {string}
       */
      status: 'Open' | 'Submitted' | 'Paid' | 'Error';
    };
    ClaimResultsDto: {
      /**
       * @description The CSV: a header naming ClaimReference, PaymentRequestNumber, PaidAmount, Status (Paid or Error), ErrorReason and PaidDate; a row per claim.
       * @example ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate\r\nCLM-000001,PR-1,100.00,Paid,,2027-02-10\r\n
       */
      content: string;
    };
    CollectionError: {
      fields: string[];
      message: string;
      /** @example REQUIRED_FIELD_MISSING */
      statusCode: string;
    };
    CollectionKpisDto: {
      /**
       * @description (start + S − end) ÷ (start + S − Current at end) × 100, 1 decimal; null when the divisor is 0.
       * @example 73.9
       */
      cei: string | null;
      /** @example 0.00 */
      credited: string;
      /**
       * @description Credit sales S = invoiced − credited − voided.
       * @example 270.00
       */
      creditSales: string;
      /**
       * @description The Current bucket at `to`.
       * @example 0.00
       */
      currentEnd: string;
      /** @example 28 */
      days: number;
      /**
       * @description Receivables at the end ÷ S × days, 1 decimal; null ("—") when S = 0.
       * @example 19.7
       */
      dso: string | null;
      /** @example 2027-02-01 */
      from: string;
      /** @example 320.00 */
      invoiced: string;
      /** @example 190.00 */
      receivablesEnd: string;
      /**
       * @description Receivables at the close of the day before `from`.
       * @example 458.00
       */
      receivablesStart: string;
      /** @example 2027-02-28 */
      to: string;
      /** @example 50.00 */
      voided: string;
    };
    CollectionRequest: {
      /**
       * @description Roll every record back when one fails.
       * @example true
       */
      allOrNone?: boolean;
      /**
       * @description The records: each names its object in `attributes.type`; an update also its `id`.
       * @example [
       *       {
       *         "LastName": "Smith",
       *         "attributes": {
       *           "type": "Contact"
       *         }
       *       }
       *     ]
       */
      records: {
        [key: string]: unknown;
      }[];
    };
    CollectionResult: {
      errors: components['schemas']['CollectionError'][];
      id: string | null;
      success: boolean;
    };
    CollectionRetrieveRequest: {
      fields: string[];
      ids: string[];
    };
    ConfirmMatchDto: {
      /** @description Applied to the debtor's open invoices; none leaves the line On account (unallocated credit). */
      allocations?: Record<string, never>[];
      /**
       * Format: uuid
       * @description The debtor who paid; not needed with `payment`.
       */
      debtor?: string;
      /**
       * Format: uuid
       * @description An unallocated payment already recorded with the line's amount: the line is that payment.
       */
      payment?: string;
    };
    /**
     * Contact
     * @description A person - a client receiving services, or a general contact such as a nominee. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    Contact: {
      /**
       * Account
       * Format: uuid
       * @description Account
       */
      AccountId: string | null;
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'Contact';
        /** @example /api/sobjects/Contact/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Birthdate
       * Format: date
       * @description Birthdate
       */
      Birthdate: string | null;
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email: string | null;
      /**
       * First Name
       * @description First Name
       */
      FirstName: string | null;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Last Name
       * @description Last Name
       */
      LastName: string | null;
      /**
       * Default Debtor
       * Format: uuid
       * @description Who pays for this client's services: a nominee (General Contact) or an Account such as a plan manager. Blank: the client pays.
       */
      lumary__Default_Debtor__c: string | null;
      /**
       * Funding
       * @description How the client's plan is managed; NDIA-managed services are claimed, not invoiced.
       * @enum {string|null}
       */
      lumary__Funding__c: 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | null;
      /**
       * NDIS Number
       * @description NDIS Number
       */
      lumary__NDIS_Number__c: string | null;
      /**
       * Mailing City
       * @description Mailing City
       */
      MailingCity: string | null;
      /**
       * Mailing Country
       * @description Mailing Country
       */
      MailingCountry: string | null;
      /**
       * Mailing Postcode
       * @description Mailing Postcode
       */
      MailingPostalCode: string | null;
      /**
       * Mailing State
       * @description Mailing State
       * @enum {string|null}
       */
      MailingState: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Mailing Street
       * @description Mailing Street
       */
      MailingStreet: string | null;
      /**
       * Mobile
       * @description Mobile
       */
      MobilePhone: string | null;
      /**
       * Full Name
       * @description Full Name
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Phone
       * @description Phone
       */
      Phone: string | null;
      /**
       * Record Type
       * @description Record Type
       * @enum {string|null}
       */
      RecordTypeId: 'Client' | 'General' | null;
    };
    /**
     * Contact (create)
     * @description The fields of a new Contact; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    ContactInput: {
      /**
       * Account
       * Format: uuid
       * @description Account
       */
      AccountId?: string | null;
      /**
       * Birthdate
       * Format: date
       * @description Birthdate
       */
      Birthdate?: string | null;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email?: string | null;
      /**
       * First Name
       * @description First Name
       */
      FirstName?: string | null;
      /**
       * Last Name
       * @description Last Name
       */
      LastName: string;
      /**
       * Default Debtor
       * Format: uuid
       * @description Who pays for this client's services: a nominee (General Contact) or an Account such as a plan manager. Blank: the client pays.
       */
      lumary__Default_Debtor__c?: string | null;
      /**
       * Funding
       * @description How the client's plan is managed; NDIA-managed services are claimed, not invoiced.
       * @enum {string|null}
       */
      lumary__Funding__c?: 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | null;
      /**
       * NDIS Number
       * @description NDIS Number
       */
      lumary__NDIS_Number__c?: string | null;
      /**
       * Mailing City
       * @description Mailing City
       */
      MailingCity?: string | null;
      /**
       * Mailing Country
       * @description Mailing Country
       * @default Australia
       */
      MailingCountry: string | null;
      /**
       * Mailing Postcode
       * @description Mailing Postcode
       */
      MailingPostalCode?: string | null;
      /**
       * Mailing State
       * @description Mailing State
       * @enum {string|null}
       */
      MailingState?: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Mailing Street
       * @description Mailing Street
       */
      MailingStreet?: string | null;
      /**
       * Mobile
       * @description Mobile
       */
      MobilePhone?: string | null;
      /**
       * Phone
       * @description Phone
       */
      Phone?: string | null;
      /**
       * Record Type
       * @description Record Type
       * @enum {string}
       */
      RecordTypeId?: 'Client' | 'General';
    };
    /**
     * Contact (update)
     * @description The fields of the Contact to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    ContactUpdate: {
      /**
       * Account
       * Format: uuid
       * @description Account
       */
      AccountId?: string | null;
      /**
       * Birthdate
       * Format: date
       * @description Birthdate
       */
      Birthdate?: string | null;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email?: string | null;
      /**
       * First Name
       * @description First Name
       */
      FirstName?: string | null;
      /**
       * Last Name
       * @description Last Name
       */
      LastName?: string;
      /**
       * Default Debtor
       * Format: uuid
       * @description Who pays for this client's services: a nominee (General Contact) or an Account such as a plan manager. Blank: the client pays.
       */
      lumary__Default_Debtor__c?: string | null;
      /**
       * Funding
       * @description How the client's plan is managed; NDIA-managed services are claimed, not invoiced.
       * @enum {string|null}
       */
      lumary__Funding__c?: 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | null;
      /**
       * NDIS Number
       * @description NDIS Number
       */
      lumary__NDIS_Number__c?: string | null;
      /**
       * Mailing City
       * @description Mailing City
       */
      MailingCity?: string | null;
      /**
       * Mailing Country
       * @description Mailing Country
       * @default Australia
       */
      MailingCountry: string | null;
      /**
       * Mailing Postcode
       * @description Mailing Postcode
       */
      MailingPostalCode?: string | null;
      /**
       * Mailing State
       * @description Mailing State
       * @enum {string|null}
       */
      MailingState?: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Mailing Street
       * @description Mailing Street
       */
      MailingStreet?: string | null;
      /**
       * Mobile
       * @description Mobile
       */
      MobilePhone?: string | null;
      /**
       * Phone
       * @description Phone
       */
      Phone?: string | null;
      /**
       * Record Type
       * @description Record Type
       * @enum {string}
       */
      RecordTypeId?: 'Client' | 'General';
    };
    ControlAccountDto: {
      /**
       * @example Bank Account
       * @enum {string}
       */
      control: 'Debtors Control Account' | 'GST Control Account' | 'Bank Account' | 'NDIA Claims Receivable';
    };
    CountedAmountDto: {
      /** @example 420.00 */
      amount: string;
      count: number;
    };
    CreatedTenant: {
      admin: components['schemas']['CreatedTenantAdmin'] | null;
      /** Format: uuid */
      id: string;
      name: string;
      packages: components['schemas']['TenantPackage'][];
      slug: string;
      timeZone: string;
    };
    CreatedTenantAdmin: {
      /** Format: uuid */
      id: string;
      /** @description false when a set-password link was emailed instead of a temporary password. */
      temporaryPassword: boolean;
      username: string;
    };
    CreateResult: {
      errors: components['schemas']['ApiError'][];
      /**
       * Format: uuid
       * @description The id of the new record.
       */
      id: string;
      /** @enum {boolean} */
      success: true;
    };
    CreateRoleRequest: {
      /** @description Unique in the tenant; made from the label when left out (`Finance_Manager`). */
      developerName?: string;
      /** @description The label people read ("Finance Manager"). */
      name: string;
      /**
       * Format: uuid
       * @description The role this one reports to; null or left out for a top-level role.
       */
      parentRoleId?: string | null;
    };
    CreateTenantRequest: {
      /** @description Its first System Administrator, created with the tenant (if it cannot be, no tenant is created). */
      admin?: components['schemas']['TenantAdminRequest'];
      /** @description The tenant's name, such as "Demo Care Services". */
      name: string;
      /** @description Lower-case letters, digits and dashes: how operators name the tenant. */
      slug: string;
      /**
       * @description An IANA time zone; Australia/Sydney when left out.
       * @example Australia/Sydney
       */
      timeZone?: string;
    };
    CreateUserRequest: {
      /** Format: email */
      email: string;
      firstName?: string | null;
      lastName: string;
      /** @description Permission sets to assign, by API name. */
      permissionSets?: string[];
      /** @enum {string} */
      profile: 'System Administrator' | 'Standard User';
      /**
       * Format: uuid
       * @description Their role in the hierarchy (Setup → Roles); null for none.
       */
      roleId?: string | null;
      /**
       * Format: password
       * @description A temporary password, to be changed at the first sign-in. Left out, the user is emailed a
       *     one-time set-password link instead (through the outbox).
       */
      temporaryPassword?: string;
      /** @description Unique across the platform, every tenant included (as Salesforce's usernames); often an email address. */
      username: string;
    };
    CreditNoteDto: {
      /**
       * Format: decimal
       * @description GST included; at most the invoice's balance.
       * @example 12.50
       */
      amount: string;
      /**
       * Format: date
       * @description Posted in the Open period holding it; not before the Invoice Date (YYYY-MM-DD).
       * @example 2026-03-31
       */
      date: string;
      /** @example Charged the weekend rate by mistake */
      notes?: string;
      /**
       * @example Pricing error
       * @enum {string}
       */
      reason: 'Service not delivered' | 'Pricing error' | 'Duplicate invoice' | 'Goodwill' | 'Write-off' | 'Other';
    };
    CreditNoteResultDto: {
      id: string;
      invoice: components['schemas']['InvoiceResultDto'];
      journalEntry: Record<string, never>;
      /** @example CN-000007 */
      name: string;
    };
    CsvMappingDto: {
      /**
       * @description One signed column (money in positive); or give debit and credit instead.
       * @example Amount
       */
      amount?: string;
      /** @description The money-in column, when the bank splits the amount. */
      credit?: string;
      /** @example Date */
      date: string;
      /**
       * @default dd/mm/yyyy
       * @enum {string}
       */
      dateFormat: 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'mm/dd/yyyy';
      /** @description The money-out column, when the bank splits the amount. */
      debit?: string;
      /** @example Description */
      description?: string;
      /** @example Reference */
      reference?: string;
      /**
       * @description The bank's own id of each transaction: the surest way a re-import skips what it has.
       * @example Transaction Id
       */
      transactionId?: string;
    };
    CurrentSession: {
      /** @description Send in the X-CSRF-Token header of changes made with the session cookie. */
      csrfToken: string;
      /** @description Signed in with a temporary password: change it (POST /api/auth/password) before anything else. */
      mustChangePassword: boolean;
      user: components['schemas']['SessionUser'];
    };
    DashboardCard: {
      description?: string;
      icon?: string;
      label: string;
      listView?: string;
      object: string;
      /** @description The web app's path to the list. */
      url: string;
    };
    DebtorBalanceFiguresDto: {
      /** @example 225.00 */
      balance?: string;
      /** @example 0.00 */
      credited?: string;
      /** @example 450.00 */
      invoiced?: string;
      /** @example 40.00 */
      overdue?: string;
      /** @example 200.00 */
      paid?: string;
      /** @example -25.00 */
      unallocatedCredit?: string;
    };
    DebtorBalanceRowDto: {
      /** @example 225.00 */
      balance?: string;
      /** @example 0.00 */
      credited?: string;
      id: string;
      /** @example 450.00 */
      invoiced?: string;
      name: string | null;
      /** @example 40.00 */
      overdue?: string;
      /** @example 200.00 */
      paid?: string;
      /** @enum {string} */
      type: 'Contact' | 'Account';
      /** @example -25.00 */
      unallocatedCredit?: string;
    };
    DebtorBalancesDto: {
      /** @example 2027-03-12 */
      asAt: string;
      debtors: components['schemas']['DebtorBalanceRowDto'][];
      totals: components['schemas']['DebtorBalanceFiguresDto'];
    };
    DebtorRefDto: {
      id: string;
      /** @example Client Alpha */
      name: string | null;
      /** @enum {string} */
      type: 'Contact' | 'Account';
    };
    DebtorRiskDto: {
      asOf: string;
      basedOn: number;
      brokenPromises: number;
      debtor: components['schemas']['DebtorRefDto'];
      /** @description L, days. */
      expectedLateness: number | null;
      invoices: components['schemas']['PredictedInvoiceDto'][];
      /** @enum {string|null} */
      level: 'High' | 'Medium' | 'Low' | null;
      noHistory: boolean;
      paidLate: number;
      reasons: components['schemas']['RiskReasonDto'][];
      reversedPayments: number;
      /**
       * @description Percentage, one decimal.
       * @example 66.7
       */
      shareLate: string | null;
    };
    DebtorSummaryDto: {
      /** @description Clients only: Delivered services not yet billed or claimed. */
      accruedServices?: components['schemas']['CountedAmountDto'] | null;
      /** @example 2027-03-12 */
      asOf: string;
      debtor: components['schemas']['SummaryDebtorDto'];
      /** @enum {string} */
      kind: 'client' | 'debtor';
      /** @description Clients only. */
      openOrErrorClaims?: components['schemas']['OpenOrErrorClaimsDto'] | null;
      /** @description Clients only. */
      owedByClient?: components['schemas']['OwedFigureDto'];
      /** @description Clients only: owed for the client by other debtors. */
      owedByOthers?: components['schemas']['OwedFigureDto'];
      /** @description The debtor's risk (the badge next to Usually Pays in), with its reasons; left out when a field it reads is hidden. */
      risk?: components['schemas']['RiskDto'];
      totalOwed: components['schemas']['OwedFigureDto'];
      /** @description Left out when the caller may not read a field it is computed from. */
      usuallyPaysIn?: components['schemas']['UsuallyPaysInDto'];
    };
    /** @description One field of an object, in Salesforce's describe shape. */
    DescribeField: {
      aggregatable?: boolean;
      autoNumber?: boolean;
      calculated?: boolean;
      calculatedFormula?: string | null;
      cascadeDelete?: boolean;
      createable?: boolean;
      defaultedOnCreate?: boolean;
      /** @description A literal default (text, number or boolean), or null. */
      defaultValue?: unknown;
      externalId?: boolean;
      filterable?: boolean;
      groupable?: boolean;
      /** @description Whether a record can be found by this field (Id, external ids, unique fields). */
      idLookup?: boolean;
      inlineHelpText?: string | null;
      label?: string;
      length?: number;
      name?: string;
      /** @description Whether this is the object's name field. */
      nameField?: boolean;
      nillable?: boolean;
      picklistValues?: {
        active?: boolean;
        defaultValue?: boolean;
        label?: string;
        value?: string;
      }[];
      /** @description The field type of the metadata. */
      platformType?: string;
      polymorphicForeignKey?: boolean;
      precision?: number;
      referenceTo?: string[];
      relationshipName?: string | null;
      required?: boolean;
      restrictedDelete?: boolean;
      restrictedPicklist?: boolean;
      scale?: number;
      /** @description The XML Schema type: tns:ID, xsd:string, xsd:double, xsd:boolean, xsd:date, xsd:dateTime. */
      soapType?: string;
      sortable?: boolean;
      trackHistory?: boolean;
      /** @description Salesforce's name for the type: id, string, textarea, double, currency, date, datetime, picklist, reference... */
      type?: string;
      unique?: boolean;
      updateable?: boolean;
    };
    DescribeGlobal: {
      /** @example UTF-8 */
      encoding?: string;
      sobjects?: {
        createable?: boolean;
        custom?: boolean;
        deletable?: boolean;
        label?: string;
        labelPlural?: string;
        name?: string;
        queryable?: boolean;
        updateable?: boolean;
        urls?: {
          describe?: string;
          rowTemplate?: string;
          sobject?: string;
        };
      }[];
    };
    DraftInvoiceDto: {
      /**
       * Format: uuid
       * @description The Client Contact's id.
       * @example 0b9e5c1d-7a2f-4e38-b6d4-1c2e3f4a5b6c
       */
      client: string;
      /**
       * Format: uuid
       * @description Who pays (a Contact or Account id): default the client's Default Debtor, else the client.
       */
      debtor?: string;
      /**
       * Format: date
       * @description Default today (YYYY-MM-DD).
       * @example 2026-03-31
       */
      invoiceDate?: string;
      /** @description Issue it at once: Draft to Open, posted to the Finance Journal. */
      issue?: boolean;
      /** @example [
       *       {
       *         "description": "Occupational therapy, 1 hour",
       *         "glCode": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
       *         "quantity": "1",
       *         "taxCode": "GST_FREE",
       *         "unitPrice": "193.99"
       *       }
       *     ] */
      lines: components['schemas']['NewInvoiceLineDto'][];
    };
    FieldChangeRequest: {
      /** @description Picklist values to add to those it has: strings or values with their settings. */
      addValues?: (string | components['schemas']['PicklistValueInput'])[];
      description?: string;
      externalId?: boolean;
      formula?: string;
      helpText?: string;
      indexed?: boolean;
      label?: string;
      length?: number;
      precision?: number;
      required?: boolean;
      scale?: number;
      unique?: boolean;
      values?: (string | components['schemas']['PicklistValueInput'])[];
    };
    FieldGrantInput: {
      edit?: boolean;
      /** @description The permission set's API name (the tenant's own). */
      permissionSet: string;
    };
    /** @description The changes to the record's tracked fields, newest first. */
    FieldHistory: {
      records: components['schemas']['FieldHistoryEntry'][];
    };
    FieldHistoryEntry: {
      /** Format: uuid */
      changedById: string | null;
      /** Format: date-time */
      changedDate: string;
      /** @description The field's API name, or `created` for the record's creation. */
      field: string;
      /** @description The value after, as the API shows it (any JSON value, or null). */
      newValue: unknown;
      /** @description The value before, as the API shows it (any JSON value, or null). */
      oldValue: unknown;
    };
    FieldPermission: {
      edit: boolean;
      read: boolean;
    };
    FieldRequest: {
      apiName?: string;
      /** @description A literal default: text, a number or a boolean by type. */
      defaultValue?: string | number | boolean;
      /** @enum {string} */
      deleteConstraint?: 'SetNull' | 'Restrict';
      description?: string;
      /** @description Auto numbers: the format, with a `{000000}` placeholder, and the first number. */
      displayFormat?: string;
      /** @description An id from another system: unique, and upsert may find records by it (Text, Number, Email). */
      externalId?: boolean;
      filter?: string;
      /** @description Formulas: the formula and the type it returns. */
      formula?: string;
      /** @description Permission sets that get the field. */
      grants?: components['schemas']['FieldGrantInput'][];
      helpText?: string;
      /** @description Lets list views and queries filter on it quickly (the shared custom-field index). */
      indexed?: boolean;
      /** @description The label; the API name is made from it (`My Field` → `My_Field__c`) unless `apiName` is given. */
      label: string;
      /** @description Text types: the most characters. */
      length?: number;
      /** @enum {string} */
      operation?: 'count' | 'sum' | 'min' | 'max';
      /** @description Number types: digits in all, and after the point. */
      precision?: number;
      /** @description Lookups and master-detail: the object it refers to, or a list of them (a polymorphic lookup). */
      referenceTo?: string | string[];
      relationshipField?: string;
      relationshipName?: string;
      required?: boolean;
      restricted?: boolean;
      returnType?: string;
      scale?: number;
      startingNumber?: number;
      summarizedField?: string;
      /** @description Roll-up summaries: the detail object, its master-detail field, the operation and the field summarised. */
      summarizedObject?: string;
      tracked?: boolean;
      /**
       * @description One of GET /api/setup/field-types.
       * @example Text
       */
      type: string;
      /** @description No two records of the tenant may hold the same value (Text, Number, Email; text case-insensitively). */
      unique?: boolean;
      /** @description Picklists: the values, each a string (the value, its own label) or a value with its settings. */
      values?: (string | components['schemas']['PicklistValueInput'])[];
    };
    FieldTypeOption: {
      label: string;
      /** @description The settings a field of this type needs: length, precision and scale, values... */
      needs: string[];
      type: string;
    };
    GstDocumentsDto: {
      /** @example 4 */
      count: number;
      /** @example 10.00 */
      gst: string;
      /**
       * @description Σ GST-free amounts.
       * @example 500.00
       */
      gstFree: string;
      /**
       * @description Σ totals including GST.
       * @example 620.00
       */
      total: string;
    };
    GstSummaryDto: {
      creditNotes: components['schemas']['GstDocumentsDto'];
      /** @description 1A − GST Control movement: "0.00" when they agree. */
      difference: string | null;
      /** @example 2027-01-01 */
      from: string;
      /**
       * @description G1 total sales including GST.
       * @example 808.00
       */
      g1: string;
      /**
       * @description G3 GST-free sales.
       * @example 720.00
       */
      g3: string;
      /**
       * @description 1A GST on sales.
       * @example 17.09
       */
      gst1A: string;
      /** @description GST Control's movement from those documents in the period; null when the caller may not read the journal. */
      gstControl: string | null;
      invoices: components['schemas']['GstDocumentsDto'];
      /** @example 2027-03-31 */
      to: string;
      /** @description Issued invoices voided in the period. */
      voids: components['schemas']['GstDocumentsDto'];
    };
    HealthDatabase: {
      /**
       * @description PGlite (embedded) or a PostgreSQL server.
       * @enum {string}
       */
      kind: 'pglite' | 'postgres';
    };
    HealthPackage: {
      /** @description The package's name, such as "Lumary AR". */
      name: string;
      /** @description Its namespace, the prefix of its components' API names. */
      namespace: string;
      /** @description The version this server runs. */
      version: string;
    };
    HealthReport: {
      database: components['schemas']['HealthDatabase'];
      /** @description The metadata packages loaded, with their versions. */
      packages: components['schemas']['HealthPackage'][];
      /** @enum {string} */
      status: 'ok';
    };
    ImportedLineDto: {
      amount: string;
      date: string;
      description: string;
      /** @description An earlier import had it: skipped. */
      duplicate: boolean;
      reference: string;
      sourceLine: number;
      transactionId: string | null;
    };
    ImportResultDto: {
      added: number;
      closingBalance: string | null;
      dryRun: boolean;
      /** @example CSV */
      format: string;
      lines: components['schemas']['ImportedLineDto'][];
      skipped: number;
      statement: components['schemas']['StatementRefDto'] | null;
      statementDate: string | null;
    };
    InstallPackageRequest: {
      /** @description The package's name, such as "Lumary AR". */
      package: string;
      /** @description The version to install; the one this server runs when left out. */
      version?: string;
    };
    InvoiceRefDto: {
      id: string;
      /** @example INV-000123 */
      name: string;
    };
    InvoiceResultDto: {
      id: string;
      /** @description The posting this change made (issuing, or voiding an Open invoice). */
      journalEntry?: Record<string, never>;
      /** @example INV-000123 */
      name: string;
      /**
       * @example Open
       * @enum {string}
       */
      status?: 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void';
    };
    JobStatusDto: {
      /** @description The run id. */
      id: string;
      /** @description `{total, done, queued, noEmail[]}` */
      progress: {
        [key: string]: unknown;
      } | null;
      /** @enum {string} */
      state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
    };
    JournalEntryDto: {
      /**
       * Format: date
       * @description Posted in the Open period holding it (YYYY-MM-DD).
       * @example 2026-03-31
       */
      date: string;
      /** @example Bank fees for January */
      description?: string;
      /**
       * @description At least two lines; Σ debit = Σ credit.
       * @example [
       *       {
       *         "account": {
       *           "control": "Bank Account"
       *         },
       *         "debit": "12.50"
       *       },
       *       {
       *         "account": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
       *         "credit": "12.50",
       *         "description": "Bank fee"
       *       }
       *     ]
       */
      lines: components['schemas']['JournalLineDto'][];
      source?: components['schemas']['JournalSourceDto'];
    };
    JournalExportDto: {
      /**
       * @description The CSV's columns: Xero's manual journal import, or every column.
       * @default xero
       * @enum {string}
       */
      layout: 'xero' | 'generic';
      /**
       * @description The accounting period (an Accounting Entity id) whose new entries are exported.
       * @example 7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7
       */
      period: string;
    };
    JournalLineDto: {
      /**
       * @description An Accounting Entity id (a GL Code), or `{ "control": "…" }` for the control account of that type.
       * @example {
       *       "control": "Bank Account"
       *     }
       */
      account: string | components['schemas']['ControlAccountDto'];
      /**
       * Format: uuid
       * @description A Cost Centre (an Accounting Entity id).
       */
      costCentre?: string;
      /**
       * Format: decimal
       * @description A decimal string ≥ 0 with at most 2 decimals; give a debit or a credit.
       * @example 12.50
       */
      credit?: string;
      /**
       * Format: decimal
       * @description A decimal string ≥ 0 with at most 2 decimals; give a debit or a credit.
       * @example 12.50
       */
      debit?: string;
      /** @example Bank fee */
      description?: string;
    };
    JournalReversalDto: {
      /**
       * Format: date
       * @description The reversal's date (YYYY-MM-DD): default today.
       * @example 2026-03-31
       */
      date?: string;
      /** @example Posted to the wrong account */
      description?: string;
    };
    JournalSourceDto: {
      id: string;
      /** @example lumary__Invoice__c */
      object: string;
    };
    LastContactDto: {
      date: string;
      note: string | null;
      type: string;
    };
    LaterAllocationDto: {
      /** @example [
       *       {
       *         "amount": "50.00",
       *         "invoice": "3f1c2a9e-8d4b-4c61-9a0e-5b7d2c8e1f40"
       *       }
       *     ] */
      allocations: components['schemas']['AllocationDto'][];
      /**
       * Format: date
       * @description The allocations' date (YYYY-MM-DD): default today; never before the payment's date.
       * @example 2026-03-31
       */
      date?: string;
    };
    LatestStatementDto: {
      closingBalance: string | null;
      date: string | null;
      id: string;
      name: string;
    };
    LayoutAssignmentInput: {
      /** @description The layout's API name (any layout of the object, the tenant's own too). */
      layout: string;
      /** @description The record type's API name. */
      recordType: string;
    };
    LayoutAssignmentsRequest: {
      assignments: components['schemas']['LayoutAssignmentInput'][];
    };
    LayoutRelatedListInput: {
      /** @description Its fields shown as columns; the child's name when left out. */
      columns?: string[];
      /** @description Its lookup to this object. */
      field: string;
      label?: string;
      /** @description The child object. */
      object: string;
    };
    LayoutRequest: {
      /** @description Up to 7 fields shown at the top. */
      highlights?: string[];
      /** @description Its label; the packaged layout's (or the name's) when left out. */
      label?: string;
      /** @description The record types it is for; all when empty. */
      recordTypes?: string[];
      relatedLists?: components['schemas']['LayoutRelatedListInput'][];
      sections?: components['schemas']['LayoutSectionInput'][];
    };
    LayoutSectionInput: {
      /** @enum {number} */
      columns?: 1 | 2;
      /** @description Field API names, in order. */
      fields?: string[];
      label: string;
    };
    ListViewName: {
      label: string;
      name: string;
    };
    ListViewPage: {
      /** @description The columns the user may read. */
      columns: components['schemas']['UiColumn'][];
      /** @description The next page's `cursor`, when there is one. */
      nextCursor: string | null;
      /** @description The records' owner (OwnerId, its name under `Owner`), shown after the view's columns; null
       *     when the object has no owners or the user may not read the field. */
      ownerColumn: components['schemas']['UiColumn'] | null;
      records: ({
        Id: string;
      } & {
        [key: string]: unknown;
      })[];
      /**
       * @description Which records the page holds: `mine` or `all`; null when the object has no owners.
       * @enum {string|null}
       */
      scope: 'mine' | 'all' | null;
      sort: components['schemas']['UiSort'] | null;
      totalSize: number | null;
      view: components['schemas']['ListViewName'];
    };
    ListViewsInfo: {
      createable: boolean;
      listViews: components['schemas']['ListViewName'][];
      object: components['schemas']['UiObject'];
      recordTypes: components['schemas']['RecordTypeChoice'][];
    };
    LoadedPackage: {
      /** @description The names of the packages it needs. */
      dependencies: string[];
      description: string | null;
      /** @description The licence a tenant needs to use it; null when it needs none (Core). */
      licence: string | null;
      name: string;
      namespace: string;
      version: string;
    };
    LoginHistory: {
      entries: components['schemas']['LoginHistoryItem'][];
    };
    LoginHistoryItem: {
      /** @description The client's address as the server saw it. */
      clientAddress: string | null;
      /** Format: date-time */
      loginTime: string;
      /**
       * @description Success, Invalid Password, Password Lockout or User is Inactive.
       * @enum {string}
       */
      status: 'Success' | 'Invalid Password' | 'Password Lockout' | 'User is Inactive';
    };
    LoginRequest: {
      /** Format: password */
      password: string;
      /**
       * @description The username, such as finance@alpha.example.
       * @example finance@alpha.example
       */
      username: string;
    };
    LoginResponse: {
      /** @description Send as `Authorization: Bearer <accessToken>`. */
      accessToken: string;
      /** @description Send in the X-CSRF-Token header of changes made with the session cookie. */
      csrfToken: string;
      /** @description Signed in with a temporary password: change it (POST /api/auth/password) before anything else. */
      mustChangePassword: boolean;
      user: components['schemas']['SessionUser'];
    };
    LookupRecord: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    LookupResults: {
      records: components['schemas']['LookupRecord'][];
    };
    /**
     * Accounting Entity
     * @description Accounting attributes used for reporting and the Finance Journal - accounting periods, control accounts, GL codes and cost centres, one record type each. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Accounting_Entity__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Accounting_Entity__c';
        /** @example /api/sobjects/lumary__Accounting_Entity__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Account Type
       * @description Lumary AR currently supports Revenue only.
       * @enum {string|null}
       */
      lumary__Account_Type__c: 'Revenue' | 'Expenses' | null;
      /**
       * Active
       * @description Active
       */
      lumary__Active__c: boolean;
      /**
       * Control Account Type
       * @description Control Account Type
       * @enum {string|null}
       */
      lumary__Control_Account_Type__c: 'Bank Account' | 'Debtors Control Account' | 'GST Control Account' | 'NDIA Claims Receivable' | null;
      /**
       * End Date
       * Format: date
       * @description Last date of the accounting period; must be after the Start Date.
       */
      lumary__End_Date__c: string | null;
      /**
       * External Id
       * @description The id of the same account in your financial package.
       */
      lumary__External_Id__c: string | null;
      /**
       * Parent
       * Format: uuid
       * @description The parent GL code or cost centre in the tree.
       */
      lumary__Parent__c: string | null;
      /**
       * Reporting Code
       * @description The code of the same account in your financial package.
       */
      lumary__Reporting_Code__c: string | null;
      /**
       * Start Date
       * Format: date
       * @description First date of the accounting period; must be before the End Date.
       */
      lumary__Start_Date__c: string | null;
      /**
       * Statement CSV Mapping
       * @description For a Bank Account - which columns of the bank's CSV statement hold the date, amount (or debit and credit), description, reference and transaction id (JSON, saved from the reconciliation page).
       */
      lumary__Statement_Csv_Mapping__c: string | null;
      /**
       * Status
       * @description A Closed period takes no transactions.
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Closed' | null;
      /**
       * Entity Name
       * @description The name of the entity, e.g. "March 2025" for an accounting period.
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       * @enum {string|null}
       */
      RecordTypeId: 'Accounting_Period' | 'Control_Account' | 'Cost_Centre' | 'GL_Code' | null;
    };
    /**
     * Accounting Entity (create)
     * @description The fields of a new Accounting Entity; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Accounting_Entity__cInput: {
      /**
       * Account Type
       * @description Lumary AR currently supports Revenue only.
       * @default Revenue
       * @enum {string|null}
       */
      lumary__Account_Type__c: 'Revenue' | 'Expenses' | null;
      /**
       * Active
       * @description Active
       * @default true
       */
      lumary__Active__c: boolean;
      /**
       * Control Account Type
       * @description Control Account Type
       * @enum {string|null}
       */
      lumary__Control_Account_Type__c?:
        | 'Bank Account'
        | 'Debtors Control Account'
        | 'GST Control Account'
        | 'NDIA Claims Receivable'
        | null;
      /**
       * End Date
       * Format: date
       * @description Last date of the accounting period; must be after the Start Date.
       */
      lumary__End_Date__c?: string | null;
      /**
       * External Id
       * @description The id of the same account in your financial package.
       */
      lumary__External_Id__c?: string | null;
      /**
       * Parent
       * Format: uuid
       * @description The parent GL code or cost centre in the tree.
       */
      lumary__Parent__c?: string | null;
      /**
       * Reporting Code
       * @description The code of the same account in your financial package.
       */
      lumary__Reporting_Code__c?: string | null;
      /**
       * Start Date
       * Format: date
       * @description First date of the accounting period; must be before the End Date.
       */
      lumary__Start_Date__c?: string | null;
      /**
       * Statement CSV Mapping
       * @description For a Bank Account - which columns of the bank's CSV statement hold the date, amount (or debit and credit), description, reference and transaction id (JSON, saved from the reconciliation page).
       */
      lumary__Statement_Csv_Mapping__c?: string | null;
      /**
       * Status
       * @description A Closed period takes no transactions.
       * @default Open
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Closed' | null;
      /**
       * Entity Name
       * @description The name of the entity, e.g. "March 2025" for an accounting period.
       */
      Name: string;
      /**
       * Record Type
       * @description Record Type
       * @enum {string}
       */
      RecordTypeId: 'Accounting_Period' | 'Control_Account' | 'Cost_Centre' | 'GL_Code';
    };
    /**
     * Accounting Entity (update)
     * @description The fields of the Accounting Entity to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Accounting_Entity__cUpdate: {
      /**
       * Account Type
       * @description Lumary AR currently supports Revenue only.
       * @default Revenue
       * @enum {string|null}
       */
      lumary__Account_Type__c: 'Revenue' | 'Expenses' | null;
      /**
       * Active
       * @description Active
       * @default true
       */
      lumary__Active__c: boolean;
      /**
       * Control Account Type
       * @description Control Account Type
       * @enum {string|null}
       */
      lumary__Control_Account_Type__c?:
        | 'Bank Account'
        | 'Debtors Control Account'
        | 'GST Control Account'
        | 'NDIA Claims Receivable'
        | null;
      /**
       * End Date
       * Format: date
       * @description Last date of the accounting period; must be after the Start Date.
       */
      lumary__End_Date__c?: string | null;
      /**
       * External Id
       * @description The id of the same account in your financial package.
       */
      lumary__External_Id__c?: string | null;
      /**
       * Parent
       * Format: uuid
       * @description The parent GL code or cost centre in the tree.
       */
      lumary__Parent__c?: string | null;
      /**
       * Reporting Code
       * @description The code of the same account in your financial package.
       */
      lumary__Reporting_Code__c?: string | null;
      /**
       * Start Date
       * Format: date
       * @description First date of the accounting period; must be before the End Date.
       */
      lumary__Start_Date__c?: string | null;
      /**
       * Statement CSV Mapping
       * @description For a Bank Account - which columns of the bank's CSV statement hold the date, amount (or debit and credit), description, reference and transaction id (JSON, saved from the reconciliation page).
       */
      lumary__Statement_Csv_Mapping__c?: string | null;
      /**
       * Status
       * @description A Closed period takes no transactions.
       * @default Open
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Closed' | null;
      /**
       * Entity Name
       * @description The name of the entity, e.g. "March 2025" for an accounting period.
       */
      Name?: string;
      /**
       * Record Type
       * @description Record Type
       * @enum {string}
       */
      RecordTypeId?: 'Accounting_Period' | 'Control_Account' | 'Cost_Centre' | 'GL_Code';
    };
    /**
     * AR Settings
     * @description The organisation's AR defaults: payment terms and the address invoices are sent from. One record per organisation. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__AR_Settings__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__AR_Settings__c';
        /** @example /api/sobjects/lumary__AR_Settings__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * ABN
       * @description The provider's Australian Business Number, 11 digits (checked), the ABN of Support Provider of every NDIA claim row.
       */
      lumary__ABN__c: string | null;
      /**
       * Default Payment Terms (days)
       * Format: decimal
       * @description Days from the Invoice Date to the Due Date when the debtor has no Payment Terms of its own (14 when blank).
       * @example 1
       */
      lumary__Default_Payment_Terms__c: string | null;
      /**
       * NDIS Registration Number
       * @description The provider's NDIS registration number, the RegistrationNumber of every NDIA bulk payment request row.
       */
      lumary__Registration_Number__c: string | null;
      /**
       * Send Invoices From
       * Format: email
       * @description The From address of invoice emails.
       */
      lumary__Sender_Email__c: string | null;
      /**
       * State
       * @description State
       * @enum {string|null}
       */
      lumary__State__c: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Settings Name
       * @description Settings Name
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * AR Settings (create)
     * @description The fields of a new AR Settings; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__AR_Settings__cInput: {
      /**
       * ABN
       * @description The provider's Australian Business Number, 11 digits (checked), the ABN of Support Provider of every NDIA claim row.
       */
      lumary__ABN__c?: string | null;
      /**
       * Default Payment Terms (days)
       * @description Days from the Invoice Date to the Due Date when the debtor has no Payment Terms of its own (14 when blank).
       * @example 1
       */
      lumary__Default_Payment_Terms__c?: (string | null) | (number | null);
      /**
       * NDIS Registration Number
       * @description The provider's NDIS registration number, the RegistrationNumber of every NDIA bulk payment request row.
       */
      lumary__Registration_Number__c?: string | null;
      /**
       * Send Invoices From
       * Format: email
       * @description The From address of invoice emails.
       */
      lumary__Sender_Email__c?: string | null;
      /**
       * State
       * @description State
       * @default NSW
       * @enum {string|null}
       */
      lumary__State__c: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Settings Name
       * @description Settings Name
       */
      Name: string;
    };
    /**
     * AR Settings (update)
     * @description The fields of the AR Settings to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__AR_Settings__cUpdate: {
      /**
       * ABN
       * @description The provider's Australian Business Number, 11 digits (checked), the ABN of Support Provider of every NDIA claim row.
       */
      lumary__ABN__c?: string | null;
      /**
       * Default Payment Terms (days)
       * @description Days from the Invoice Date to the Due Date when the debtor has no Payment Terms of its own (14 when blank).
       * @example 1
       */
      lumary__Default_Payment_Terms__c?: (string | null) | (number | null);
      /**
       * NDIS Registration Number
       * @description The provider's NDIS registration number, the RegistrationNumber of every NDIA bulk payment request row.
       */
      lumary__Registration_Number__c?: string | null;
      /**
       * Send Invoices From
       * Format: email
       * @description The From address of invoice emails.
       */
      lumary__Sender_Email__c?: string | null;
      /**
       * State
       * @description State
       * @default NSW
       * @enum {string|null}
       */
      lumary__State__c: 'ACT' | 'NSW' | 'NT' | 'QLD' | 'SA' | 'TAS' | 'VIC' | 'WA' | null;
      /**
       * Settings Name
       * @description Settings Name
       */
      Name?: string;
    };
    /**
     * Bank Rule
     * @description Learnt from confirmed bank statement lines - a payer text seen in a line's description or reference names the debtor who pays that way. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Rule__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Bank_Rule__c';
        /** @example /api/sobjects/lumary__Bank_Rule__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * Last Confirmed
       * Format: date
       * @description Last Confirmed
       */
      lumary__Last_Confirmed__c: string | null;
      /**
       * Payer Text
       * @description The payer text of a confirmed line (upper case, without digits); a line whose description or reference holds it suggests the debtor.
       */
      lumary__Pattern__c: string | null;
      /**
       * Times Confirmed
       * Format: decimal
       * @description Times Confirmed
       * @example 1
       */
      lumary__Times_Confirmed__c: string | null;
      /**
       * Rule Number
       * @description Rule Number
       * @example BR-{00000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Bank Rule (create)
     * @description The fields of a new Bank Rule; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Rule__cInput: {
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string;
      /**
       * Last Confirmed
       * Format: date
       * @description Last Confirmed
       */
      lumary__Last_Confirmed__c?: string | null;
      /**
       * Payer Text
       * @description The payer text of a confirmed line (upper case, without digits); a line whose description or reference holds it suggests the debtor.
       */
      lumary__Pattern__c: string;
      /**
       * Times Confirmed
       * @description Times Confirmed
       * @example 1
       */
      lumary__Times_Confirmed__c?: (string | null) | (number | null);
    };
    /**
     * Bank Rule (update)
     * @description The fields of the Bank Rule to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Rule__cUpdate: {
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string;
      /**
       * Last Confirmed
       * Format: date
       * @description Last Confirmed
       */
      lumary__Last_Confirmed__c?: string | null;
      /**
       * Payer Text
       * @description The payer text of a confirmed line (upper case, without digits); a line whose description or reference holds it suggests the debtor.
       */
      lumary__Pattern__c?: string;
      /**
       * Times Confirmed
       * @description Times Confirmed
       * @example 1
       */
      lumary__Times_Confirmed__c?: (string | null) | (number | null);
    };
    /**
     * Bank Statement
     * @description A bank statement file imported for a bank account (CSV, OFX or camt.053); its lines are matched to payments. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Bank_Statement__c';
        /** @example /api/sobjects/lumary__Bank_Statement__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c: string | null;
      /**
       * Closing Balance
       * Format: decimal
       * @description The bank's closing balance as the file states it (OFX LEDGERBAL, camt.053 CLBD) or as entered for a CSV.
       * @example 1.00
       */
      lumary__Closing_Balance__c: string | null;
      /**
       * File Name
       * @description File Name
       */
      lumary__File_Name__c: string | null;
      /**
       * Format
       * @description Format
       * @enum {string|null}
       */
      lumary__Format__c: 'CSV' | 'OFX' | 'camt.053' | null;
      /**
       * Lines Added
       * Format: decimal
       * @description Lines Added
       * @example 1
       */
      lumary__Lines_Added__c: string | null;
      /**
       * Lines Skipped
       * Format: decimal
       * @description Lines of the file an earlier import had already added.
       * @example 1
       */
      lumary__Lines_Skipped__c: string | null;
      /**
       * Statement Date
       * Format: date
       * @description The date of the closing balance, or of the statement's last line.
       */
      lumary__Statement_Date__c: string | null;
      /**
       * Statement Number
       * @description Statement Number
       * @example STM-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Bank Statement (create)
     * @description The fields of a new Bank Statement; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement__cInput: {
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c: string;
      /**
       * Closing Balance
       * @description The bank's closing balance as the file states it (OFX LEDGERBAL, camt.053 CLBD) or as entered for a CSV.
       * @example 1.00
       */
      lumary__Closing_Balance__c?: (string | null) | (number | null);
      /**
       * File Name
       * @description File Name
       */
      lumary__File_Name__c?: string | null;
      /**
       * Format
       * @description Format
       * @enum {string|null}
       */
      lumary__Format__c?: 'CSV' | 'OFX' | 'camt.053' | null;
      /**
       * Lines Added
       * @description Lines Added
       * @example 1
       */
      lumary__Lines_Added__c?: (string | null) | (number | null);
      /**
       * Lines Skipped
       * @description Lines of the file an earlier import had already added.
       * @example 1
       */
      lumary__Lines_Skipped__c?: (string | null) | (number | null);
      /**
       * Statement Date
       * Format: date
       * @description The date of the closing balance, or of the statement's last line.
       */
      lumary__Statement_Date__c?: string | null;
    };
    /**
     * Bank Statement (update)
     * @description The fields of the Bank Statement to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement__cUpdate: {
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c?: string;
      /**
       * Closing Balance
       * @description The bank's closing balance as the file states it (OFX LEDGERBAL, camt.053 CLBD) or as entered for a CSV.
       * @example 1.00
       */
      lumary__Closing_Balance__c?: (string | null) | (number | null);
      /**
       * File Name
       * @description File Name
       */
      lumary__File_Name__c?: string | null;
      /**
       * Format
       * @description Format
       * @enum {string|null}
       */
      lumary__Format__c?: 'CSV' | 'OFX' | 'camt.053' | null;
      /**
       * Lines Added
       * @description Lines Added
       * @example 1
       */
      lumary__Lines_Added__c?: (string | null) | (number | null);
      /**
       * Lines Skipped
       * @description Lines of the file an earlier import had already added.
       * @example 1
       */
      lumary__Lines_Skipped__c?: (string | null) | (number | null);
      /**
       * Statement Date
       * Format: date
       * @description The date of the closing balance, or of the statement's last line.
       */
      lumary__Statement_Date__c?: string | null;
    };
    /**
     * Bank Statement Line
     * @description One transaction of a bank statement; a credit is matched to a payment (Reconciled) or left as unallocated credit (On account). Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement_Line__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Bank_Statement_Line__c';
        /** @example /api/sobjects/lumary__Bank_Statement_Line__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount
       * Format: decimal
       * @description Money in is positive (a credit to the account), money out negative.
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c: string | null;
      /**
       * Import Key
       * @description The bank's transaction id, or a hash of date, amount, description and position that day; a re-import skips a line whose key was seen.
       */
      lumary__Dedupe_Key__c: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c: string | null;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c: string | null;
      /**
       * Payments
       * Format: decimal
       * @description How many payments the line was recorded as (more than one when split across debtors).
       * @example 1
       */
      lumary__Payments_Count__c: string | null;
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c: string | null;
      /**
       * Statement
       * Format: uuid
       * @description Statement
       */
      lumary__Statement__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Unreconciled' | 'Reconciled' | 'On account' | null;
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Transaction_Date__c: string | null;
      /**
       * Bank Transaction Id
       * @description Bank Transaction Id
       */
      lumary__Transaction_Id__c: string | null;
      /**
       * Line Number
       * @description Line Number
       * @example BSL-{0000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Bank Statement Line (create)
     * @description The fields of a new Bank Statement Line; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement_Line__cInput: {
      /**
       * Amount
       * @description Money in is positive (a credit to the account), money out negative.
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c: string;
      /**
       * Import Key
       * @description The bank's transaction id, or a hash of date, amount, description and position that day; a re-import skips a line whose key was seen.
       */
      lumary__Dedupe_Key__c?: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c?: string | null;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c?: string | null;
      /**
       * Payments
       * @description How many payments the line was recorded as (more than one when split across debtors).
       * @example 1
       */
      lumary__Payments_Count__c?: (string | null) | (number | null);
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c?: string | null;
      /**
       * Statement
       * Format: uuid
       * @description Statement
       */
      lumary__Statement__c: string;
      /**
       * Status
       * @description Status
       * @default Unreconciled
       * @enum {string|null}
       */
      lumary__Status__c: 'Unreconciled' | 'Reconciled' | 'On account' | null;
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Transaction_Date__c: string;
      /**
       * Bank Transaction Id
       * @description Bank Transaction Id
       */
      lumary__Transaction_Id__c?: string | null;
    };
    /**
     * Bank Statement Line (update)
     * @description The fields of the Bank Statement Line to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Bank_Statement_Line__cUpdate: {
      /**
       * Amount
       * @description Money in is positive (a credit to the account), money out negative.
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Bank Account
       * Format: uuid
       * @description Bank Account
       */
      lumary__Bank_Account__c?: string;
      /**
       * Import Key
       * @description The bank's transaction id, or a hash of date, amount, description and position that day; a re-import skips a line whose key was seen.
       */
      lumary__Dedupe_Key__c?: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c?: string | null;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c?: string | null;
      /**
       * Payments
       * @description How many payments the line was recorded as (more than one when split across debtors).
       * @example 1
       */
      lumary__Payments_Count__c?: (string | null) | (number | null);
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c?: string | null;
      /**
       * Statement
       * Format: uuid
       * @description Statement
       */
      lumary__Statement__c?: string;
      /**
       * Status
       * @description Status
       * @default Unreconciled
       * @enum {string|null}
       */
      lumary__Status__c: 'Unreconciled' | 'Reconciled' | 'On account' | null;
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Transaction_Date__c?: string;
      /**
       * Bank Transaction Id
       * @description Bank Transaction Id
       */
      lumary__Transaction_Id__c?: string | null;
    };
    /**
     * Billing Run
     * @description One run of billing: delivered services up to a date, invoiced per debtor or claimed, with its progress. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Billing_Run__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Billing_Run__c';
        /** @example /api/sobjects/lumary__Billing_Run__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Claims Created
       * Format: decimal
       * @description Claims Created
       * @example 1
       */
      lumary__Claims_Created__c: string | null;
      /**
       * Debtors Done
       * Format: decimal
       * @description Debtors Done
       * @example 1
       */
      lumary__Debtors_Done__c: string | null;
      /**
       * Debtors Failed
       * Format: decimal
       * @description Debtors Failed
       * @example 1
       */
      lumary__Debtors_Failed__c: string | null;
      /**
       * Debtors to Bill
       * Format: decimal
       * @description Debtors to Bill
       * @example 1
       */
      lumary__Debtors_Total__c: string | null;
      /**
       * Errors
       * @description Errors
       */
      lumary__Errors__c: string | null;
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c: string | null;
      /**
       * Invoices Created
       * Format: decimal
       * @description Invoices Created
       * @example 1
       */
      lumary__Invoices_Created__c: string | null;
      /**
       * Services Billed
       * Format: decimal
       * @description Services Billed
       * @example 1
       */
      lumary__Services_Billed__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Bill Services Up To
       * Format: date
       * @description Bill Services Up To
       */
      lumary__Up_To_Date__c: string | null;
      /**
       * Run Number
       * @description Run Number
       * @example BR-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Billing Run (create)
     * @description The fields of a new Billing Run; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Billing_Run__cInput: {
      /**
       * Claims Created
       * @description Claims Created
       * @example 1
       */
      lumary__Claims_Created__c?: (string | null) | (number | null);
      /**
       * Debtors Done
       * @description Debtors Done
       * @example 1
       */
      lumary__Debtors_Done__c?: (string | null) | (number | null);
      /**
       * Debtors Failed
       * @description Debtors Failed
       * @example 1
       */
      lumary__Debtors_Failed__c?: (string | null) | (number | null);
      /**
       * Debtors to Bill
       * @description Debtors to Bill
       * @example 1
       */
      lumary__Debtors_Total__c?: (string | null) | (number | null);
      /**
       * Errors
       * @description Errors
       */
      lumary__Errors__c?: string | null;
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c?: string | null;
      /**
       * Invoices Created
       * @description Invoices Created
       * @example 1
       */
      lumary__Invoices_Created__c?: (string | null) | (number | null);
      /**
       * Services Billed
       * @description Services Billed
       * @example 1
       */
      lumary__Services_Billed__c?: (string | null) | (number | null);
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Bill Services Up To
       * Format: date
       * @description Bill Services Up To
       */
      lumary__Up_To_Date__c: string;
    };
    /**
     * Billing Run (update)
     * @description The fields of the Billing Run to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Billing_Run__cUpdate: {
      /**
       * Claims Created
       * @description Claims Created
       * @example 1
       */
      lumary__Claims_Created__c?: (string | null) | (number | null);
      /**
       * Debtors Done
       * @description Debtors Done
       * @example 1
       */
      lumary__Debtors_Done__c?: (string | null) | (number | null);
      /**
       * Debtors Failed
       * @description Debtors Failed
       * @example 1
       */
      lumary__Debtors_Failed__c?: (string | null) | (number | null);
      /**
       * Debtors to Bill
       * @description Debtors to Bill
       * @example 1
       */
      lumary__Debtors_Total__c?: (string | null) | (number | null);
      /**
       * Errors
       * @description Errors
       */
      lumary__Errors__c?: string | null;
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c?: string | null;
      /**
       * Invoices Created
       * @description Invoices Created
       * @example 1
       */
      lumary__Invoices_Created__c?: (string | null) | (number | null);
      /**
       * Services Billed
       * @description Services Billed
       * @example 1
       */
      lumary__Services_Billed__c?: (string | null) | (number | null);
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Bill Services Up To
       * Format: date
       * @description Bill Services Up To
       */
      lumary__Up_To_Date__c?: string;
    };
    /**
     * Claim
     * @description A claim to the NDIA for NDIA-managed services delivered to a client. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Claim__c';
        /** @example /api/sobjects/lumary__Claim__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount
       * Format: decimal
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Batch Error
       * @description Batch Error
       */
      lumary__Batch_Error__c: string | null;
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c: string | null;
      /**
       * Claim Date
       * Format: date
       * @description Claim Date
       */
      lumary__Claim_Date__c: string | null;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string | null;
      /**
       * Error Reason
       * @description Error Reason
       */
      lumary__Error_Reason__c: string | null;
      /**
       * GST Code
       * @description GST Code
       * @enum {string|null}
       */
      lumary__GST_Code__c: 'P1' | 'P2' | 'P5' | null;
      /**
       * Hours
       * Format: decimal
       * @description Hours
       * @example 1.00
       */
      lumary__Hours__c: string | null;
      /**
       * Paid Amount
       * Format: decimal
       * @description Paid Amount
       * @example 1.00
       */
      lumary__Paid_Amount__c: string | null;
      /**
       * Paid Date
       * Format: date
       * @description Paid Date
       */
      lumary__Paid_Date__c: string | null;
      /**
       * Payment Request Number
       * @description Payment Request Number
       */
      lumary__Payment_Request_Number__c: string | null;
      /**
       * Quantity
       * Format: decimal
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c: string | null;
      /**
       * Shortfall
       * Format: decimal
       * @description Shortfall
       * @example 1.00
       */
      lumary__Shortfall__c: string | null;
      /**
       * Shortfall Written Off
       * Format: decimal
       * @description Shortfall Written Off
       * @example 1.00
       */
      lumary__Shortfall_Written_Off__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Submitted' | 'Paid' | 'Error' | null;
      /**
       * Submitted Date
       * Format: date
       * @description Submitted Date
       */
      lumary__Submitted_Date__c: string | null;
      /**
       * Support Number
       * @description Support Number
       */
      lumary__Support_Number__c: string | null;
      /**
       * Supports Delivered From
       * Format: date
       * @description Supports Delivered From
       */
      lumary__Supports_From__c: string | null;
      /**
       * Supports Delivered To
       * Format: date
       * @description Supports Delivered To
       */
      lumary__Supports_To__c: string | null;
      /**
       * Unit Price
       * Format: decimal
       * @description Unit Price
       * @example 1.00
       */
      lumary__Unit_Price__c: string | null;
      /**
       * Shortfall Write-off Reason
       * @description Shortfall Write-off Reason
       */
      lumary__Write_Off_Reason__c: string | null;
      /**
       * Claim Number
       * @description Claim Number
       * @example CLM-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Claim (create)
     * @description The fields of a new Claim; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim__cInput: {
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Batch Error
       * @description Batch Error
       */
      lumary__Batch_Error__c?: string | null;
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c?: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c?: string | null;
      /**
       * Claim Date
       * Format: date
       * @description Claim Date
       */
      lumary__Claim_Date__c: string;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c?: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string;
      /**
       * Error Reason
       * @description Error Reason
       */
      lumary__Error_Reason__c?: string | null;
      /**
       * GST Code
       * @description GST Code
       * @enum {string|null}
       */
      lumary__GST_Code__c?: 'P1' | 'P2' | 'P5' | null;
      /**
       * Hours
       * @description Hours
       * @example 1.00
       */
      lumary__Hours__c?: (string | null) | (number | null);
      /**
       * Paid Amount
       * @description Paid Amount
       * @example 1.00
       */
      lumary__Paid_Amount__c?: (string | null) | (number | null);
      /**
       * Paid Date
       * Format: date
       * @description Paid Date
       */
      lumary__Paid_Date__c?: string | null;
      /**
       * Payment Request Number
       * @description Payment Request Number
       */
      lumary__Payment_Request_Number__c?: string | null;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c?: (string | null) | (number | null);
      /**
       * Shortfall
       * @description Shortfall
       * @example 1.00
       */
      lumary__Shortfall__c?: (string | null) | (number | null);
      /**
       * Shortfall Written Off
       * @description Shortfall Written Off
       * @example 1.00
       */
      lumary__Shortfall_Written_Off__c?: (string | null) | (number | null);
      /**
       * Status
       * @description Status
       * @default Open
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Submitted' | 'Paid' | 'Error' | null;
      /**
       * Submitted Date
       * Format: date
       * @description Submitted Date
       */
      lumary__Submitted_Date__c?: string | null;
      /**
       * Support Number
       * @description Support Number
       */
      lumary__Support_Number__c?: string | null;
      /**
       * Supports Delivered From
       * Format: date
       * @description Supports Delivered From
       */
      lumary__Supports_From__c?: string | null;
      /**
       * Supports Delivered To
       * Format: date
       * @description Supports Delivered To
       */
      lumary__Supports_To__c?: string | null;
      /**
       * Unit Price
       * @description Unit Price
       * @example 1.00
       */
      lumary__Unit_Price__c?: (string | null) | (number | null);
      /**
       * Shortfall Write-off Reason
       * @description Shortfall Write-off Reason
       */
      lumary__Write_Off_Reason__c?: string | null;
    };
    /**
     * Claim (update)
     * @description The fields of the Claim to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim__cUpdate: {
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Batch Error
       * @description Batch Error
       */
      lumary__Batch_Error__c?: string | null;
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c?: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c?: string | null;
      /**
       * Claim Date
       * Format: date
       * @description Claim Date
       */
      lumary__Claim_Date__c?: string;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c?: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c?: string;
      /**
       * Error Reason
       * @description Error Reason
       */
      lumary__Error_Reason__c?: string | null;
      /**
       * GST Code
       * @description GST Code
       * @enum {string|null}
       */
      lumary__GST_Code__c?: 'P1' | 'P2' | 'P5' | null;
      /**
       * Hours
       * @description Hours
       * @example 1.00
       */
      lumary__Hours__c?: (string | null) | (number | null);
      /**
       * Paid Amount
       * @description Paid Amount
       * @example 1.00
       */
      lumary__Paid_Amount__c?: (string | null) | (number | null);
      /**
       * Paid Date
       * Format: date
       * @description Paid Date
       */
      lumary__Paid_Date__c?: string | null;
      /**
       * Payment Request Number
       * @description Payment Request Number
       */
      lumary__Payment_Request_Number__c?: string | null;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c?: (string | null) | (number | null);
      /**
       * Shortfall
       * @description Shortfall
       * @example 1.00
       */
      lumary__Shortfall__c?: (string | null) | (number | null);
      /**
       * Shortfall Written Off
       * @description Shortfall Written Off
       * @example 1.00
       */
      lumary__Shortfall_Written_Off__c?: (string | null) | (number | null);
      /**
       * Status
       * @description Status
       * @default Open
       * @enum {string|null}
       */
      lumary__Status__c: 'Open' | 'Submitted' | 'Paid' | 'Error' | null;
      /**
       * Submitted Date
       * Format: date
       * @description Submitted Date
       */
      lumary__Submitted_Date__c?: string | null;
      /**
       * Support Number
       * @description Support Number
       */
      lumary__Support_Number__c?: string | null;
      /**
       * Supports Delivered From
       * Format: date
       * @description Supports Delivered From
       */
      lumary__Supports_From__c?: string | null;
      /**
       * Supports Delivered To
       * Format: date
       * @description Supports Delivered To
       */
      lumary__Supports_To__c?: string | null;
      /**
       * Unit Price
       * @description Unit Price
       * @example 1.00
       */
      lumary__Unit_Price__c?: (string | null) | (number | null);
      /**
       * Shortfall Write-off Reason
       * @description Shortfall Write-off Reason
       */
      lumary__Write_Off_Reason__c?: string | null;
    };
    /**
     * Claim Batch
     * @description One NDIA bulk payment request: the Open claims up to a date, validated and exported as CSV files, with its progress and the rows that failed. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Claim_Batch__c';
        /** @example /api/sobjects/lumary__Claim_Batch__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount Submitted
       * Format: decimal
       * @description Amount Submitted
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Claims Done
       * Format: decimal
       * @description Claims Done
       * @example 1
       */
      lumary__Claims_Done__c: string | null;
      /**
       * Claims Failed
       * Format: decimal
       * @description Claims Failed
       * @example 1
       */
      lumary__Claims_Failed__c: string | null;
      /**
       * Claims Submitted
       * Format: decimal
       * @description Claims Submitted
       * @example 1
       */
      lumary__Claims_Submitted__c: string | null;
      /**
       * Claims Total
       * Format: decimal
       * @description Claims Total
       * @example 1
       */
      lumary__Claims_Total__c: string | null;
      /**
       * Failures
       * @description Failures
       */
      lumary__Failures__c: string | null;
      /**
       * Files
       * Format: decimal
       * @description Files
       * @example 1
       */
      lumary__Files__c: string | null;
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Claims Up To
       * Format: date
       * @description Claims Up To
       */
      lumary__Up_To_Date__c: string | null;
      /**
       * Batch Number
       * @description Batch Number
       * @example CB-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Claim Batch (create)
     * @description The fields of a new Claim Batch; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch__cInput: {
      /**
       * Amount Submitted
       * @description Amount Submitted
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Claims Done
       * @description Claims Done
       * @example 1
       */
      lumary__Claims_Done__c?: (string | null) | (number | null);
      /**
       * Claims Failed
       * @description Claims Failed
       * @example 1
       */
      lumary__Claims_Failed__c?: (string | null) | (number | null);
      /**
       * Claims Submitted
       * @description Claims Submitted
       * @example 1
       */
      lumary__Claims_Submitted__c?: (string | null) | (number | null);
      /**
       * Claims Total
       * @description Claims Total
       * @example 1
       */
      lumary__Claims_Total__c?: (string | null) | (number | null);
      /**
       * Failures
       * @description Failures
       */
      lumary__Failures__c?: string | null;
      /**
       * Files
       * @description Files
       * @example 1
       */
      lumary__Files__c?: (string | null) | (number | null);
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Claims Up To
       * Format: date
       * @description Claims Up To
       */
      lumary__Up_To_Date__c: string;
    };
    /**
     * Claim Batch (update)
     * @description The fields of the Claim Batch to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch__cUpdate: {
      /**
       * Amount Submitted
       * @description Amount Submitted
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Claims Done
       * @description Claims Done
       * @example 1
       */
      lumary__Claims_Done__c?: (string | null) | (number | null);
      /**
       * Claims Failed
       * @description Claims Failed
       * @example 1
       */
      lumary__Claims_Failed__c?: (string | null) | (number | null);
      /**
       * Claims Submitted
       * @description Claims Submitted
       * @example 1
       */
      lumary__Claims_Submitted__c?: (string | null) | (number | null);
      /**
       * Claims Total
       * @description Claims Total
       * @example 1
       */
      lumary__Claims_Total__c?: (string | null) | (number | null);
      /**
       * Failures
       * @description Failures
       */
      lumary__Failures__c?: string | null;
      /**
       * Files
       * @description Files
       * @example 1
       */
      lumary__Files__c?: (string | null) | (number | null);
      /**
       * Finished At
       * Format: date-time
       * @description Finished At
       */
      lumary__Finished_At__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed' | null;
      /**
       * Claims Up To
       * Format: date
       * @description Claims Up To
       */
      lumary__Up_To_Date__c?: string;
    };
    /**
     * Claim Batch File
     * @description A part of one exported bulk payment request file of a claim batch, kept so the file downloads again byte for byte; written by the batch only. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch_File__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Claim_Batch_File__c';
        /** @example /api/sobjects/lumary__Claim_Batch_File__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c: string | null;
      /**
       * Content
       * @description Content
       */
      lumary__Content__c: string | null;
      /**
       * File Number
       * Format: decimal
       * @description File Number
       * @example 1
       */
      lumary__File_Number__c: string | null;
      /**
       * Part
       * Format: decimal
       * @description Part
       * @example 1
       */
      lumary__Part__c: string | null;
      /**
       * Rows
       * Format: decimal
       * @description Rows
       * @example 1
       */
      lumary__Rows__c: string | null;
      /**
       * File Part
       * @description File Part
       * @example CBF-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Claim Batch File (create)
     * @description The fields of a new Claim Batch File; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch_File__cInput: {
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c: string;
      /**
       * Content
       * @description Content
       */
      lumary__Content__c?: string | null;
      /**
       * File Number
       * @description File Number
       * @example 1
       */
      lumary__File_Number__c: string | number;
      /**
       * Part
       * @description Part
       * @example 1
       */
      lumary__Part__c: string | number;
      /**
       * Rows
       * @description Rows
       * @example 1
       */
      lumary__Rows__c?: (string | null) | (number | null);
    };
    /**
     * Claim Batch File (update)
     * @description The fields of the Claim Batch File to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Claim_Batch_File__cUpdate: {
      /**
       * Claim Batch
       * Format: uuid
       * @description Claim Batch
       */
      lumary__Claim_Batch__c?: string;
      /**
       * Content
       * @description Content
       */
      lumary__Content__c?: string | null;
      /**
       * File Number
       * @description File Number
       * @example 1
       */
      lumary__File_Number__c?: string | number;
      /**
       * Part
       * @description Part
       * @example 1
       */
      lumary__Part__c?: string | number;
      /**
       * Rows
       * @description Rows
       * @example 1
       */
      lumary__Rows__c?: (string | null) | (number | null);
    };
    /**
     * Collection Activity
     * @description A note or a call logged against a debtor while collecting; the latest is the worklist's last contact. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Collection_Activity__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Collection_Activity__c';
        /** @example /api/sobjects/lumary__Collection_Activity__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Activity_Date__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c: string | null;
      /**
       * Type
       * @description Type
       * @enum {string|null}
       */
      lumary__Type__c: 'Call' | 'Note' | 'Email' | 'Meeting' | null;
      /**
       * Activity Number
       * @description Activity Number
       * @example ACT-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Collection Activity (create)
     * @description The fields of a new Collection Activity; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Collection_Activity__cInput: {
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Activity_Date__c: string;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c?: string | null;
      /**
       * Type
       * @description Type
       * @default Call
       * @enum {string}
       */
      lumary__Type__c: 'Call' | 'Note' | 'Email' | 'Meeting';
    };
    /**
     * Collection Activity (update)
     * @description The fields of the Collection Activity to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Collection_Activity__cUpdate: {
      /**
       * Date
       * Format: date
       * @description Date
       */
      lumary__Activity_Date__c?: string;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c?: string | null;
      /**
       * Type
       * @description Type
       * @default Call
       * @enum {string}
       */
      lumary__Type__c: 'Call' | 'Note' | 'Email' | 'Meeting';
    };
    /**
     * Credit Note
     * @description A credit against one issued invoice, for part or all of its balance. A write-off is a credit note with reason Write-off. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Credit_Note__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Credit_Note__c';
        /** @example /api/sobjects/lumary__Credit_Note__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount (incl GST)
       * Format: decimal
       * @description Amount (incl GST)
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string | null;
      /**
       * Credit Date
       * Format: date
       * @description Credit Date
       */
      lumary__Credit_Date__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * GST
       * Format: decimal
       * @description The credit's share of the invoice's GST.
       * @example 1.00
       */
      lumary__GST__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c: string | null;
      /**
       * Notes
       * @description Notes
       */
      lumary__Notes__c: string | null;
      /**
       * Reason
       * @description Reason
       * @enum {string|null}
       */
      lumary__Reason__c: 'Service not delivered' | 'Pricing error' | 'Duplicate invoice' | 'Goodwill' | 'Write-off' | 'Other' | null;
      /**
       * Amount ex GST
       * Format: decimal
       * @description The credit's share of the invoice's line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c: string | null;
      /**
       * Credit Note Number
       * @description Credit Note Number
       * @example CN-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Credit Note (create)
     * @description The fields of a new Credit Note; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Credit_Note__cInput: {
      /**
       * Amount (incl GST)
       * @description Amount (incl GST)
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c?: string | null;
      /**
       * Credit Date
       * Format: date
       * @description Credit Date
       */
      lumary__Credit_Date__c: string;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string | null;
      /**
       * GST
       * @description The credit's share of the invoice's GST.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Notes
       * @description Notes
       */
      lumary__Notes__c?: string | null;
      /**
       * Reason
       * @description Reason
       * @enum {string}
       */
      lumary__Reason__c: 'Service not delivered' | 'Pricing error' | 'Duplicate invoice' | 'Goodwill' | 'Write-off' | 'Other';
      /**
       * Amount ex GST
       * @description The credit's share of the invoice's line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c?: (string | null) | (number | null);
    };
    /**
     * Credit Note (update)
     * @description The fields of the Credit Note to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Credit_Note__cUpdate: {
      /**
       * Amount (incl GST)
       * @description Amount (incl GST)
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c?: string | null;
      /**
       * Credit Date
       * Format: date
       * @description Credit Date
       */
      lumary__Credit_Date__c?: string;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string | null;
      /**
       * GST
       * @description The credit's share of the invoice's GST.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Notes
       * @description Notes
       */
      lumary__Notes__c?: string | null;
      /**
       * Reason
       * @description Reason
       * @enum {string}
       */
      lumary__Reason__c?: 'Service not delivered' | 'Pricing error' | 'Duplicate invoice' | 'Goodwill' | 'Write-off' | 'Other';
      /**
       * Amount ex GST
       * @description The credit's share of the invoice's line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c?: (string | null) | (number | null);
    };
    /**
     * Debtor Settings
     * @description Per-debtor overrides of the AR defaults - payment terms, invoice email and invoice template. One record per debtor (a Contact or an Account). Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Debtor_Settings__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Debtor_Settings__c';
        /** @example /api/sobjects/lumary__Debtor_Settings__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Debtor
       * Format: uuid
       * @description The Contact or Account these settings belong to; one settings record per debtor.
       */
      lumary__Debtor__c: string | null;
      /**
       * Invoice Email
       * Format: email
       * @description Invoices are sent here instead of the debtor's Email.
       */
      lumary__Invoice_Email__c: string | null;
      /**
       * Invoice Template
       * Format: uuid
       * @description Overrides the invoice template for all invoices created for this debtor.
       */
      lumary__Invoice_Template__c: string | null;
      /**
       * Pause Reminders
       * @description While ticked, no payment reminder is sent to this debtor (statements still are).
       */
      lumary__Pause_Reminders__c: boolean;
      /**
       * Payment Terms (days)
       * Format: decimal
       * @description Overrides the payment terms for all invoices of this debtor; the due dates of open invoices are adjusted when this changes.
       * @example 1
       */
      lumary__Payment_Terms__c: string | null;
      /**
       * Debtor Settings Number
       * @description Debtor Settings Number
       * @example DS-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Debtor Settings (create)
     * @description The fields of a new Debtor Settings; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Debtor_Settings__cInput: {
      /**
       * Debtor
       * Format: uuid
       * @description The Contact or Account these settings belong to; one settings record per debtor.
       */
      lumary__Debtor__c: string;
      /**
       * Invoice Email
       * Format: email
       * @description Invoices are sent here instead of the debtor's Email.
       */
      lumary__Invoice_Email__c?: string | null;
      /**
       * Invoice Template
       * Format: uuid
       * @description Overrides the invoice template for all invoices created for this debtor.
       */
      lumary__Invoice_Template__c?: string | null;
      /**
       * Pause Reminders
       * @description While ticked, no payment reminder is sent to this debtor (statements still are).
       * @default false
       */
      lumary__Pause_Reminders__c: boolean;
      /**
       * Payment Terms (days)
       * @description Overrides the payment terms for all invoices of this debtor; the due dates of open invoices are adjusted when this changes.
       * @example 1
       */
      lumary__Payment_Terms__c?: (string | null) | (number | null);
    };
    /**
     * Debtor Settings (update)
     * @description The fields of the Debtor Settings to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Debtor_Settings__cUpdate: {
      /**
       * Debtor
       * Format: uuid
       * @description The Contact or Account these settings belong to; one settings record per debtor.
       */
      lumary__Debtor__c?: string;
      /**
       * Invoice Email
       * Format: email
       * @description Invoices are sent here instead of the debtor's Email.
       */
      lumary__Invoice_Email__c?: string | null;
      /**
       * Invoice Template
       * Format: uuid
       * @description Overrides the invoice template for all invoices created for this debtor.
       */
      lumary__Invoice_Template__c?: string | null;
      /**
       * Pause Reminders
       * @description While ticked, no payment reminder is sent to this debtor (statements still are).
       * @default false
       */
      lumary__Pause_Reminders__c: boolean;
      /**
       * Payment Terms (days)
       * @description Overrides the payment terms for all invoices of this debtor; the due dates of open invoices are adjusted when this changes.
       * @example 1
       */
      lumary__Payment_Terms__c?: (string | null) | (number | null);
    };
    /**
     * Invoice
     * @description A bill to a debtor for services a client received. Issued invoices post to the Finance Journal. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Invoice__c';
        /** @example /api/sobjects/lumary__Invoice__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Accounting Period
       * Format: uuid
       * @description The Open period containing the Invoice Date, set when the invoice is issued.
       */
      lumary__Accounting_Period__c: string | null;
      /**
       * Amount Credited
       * Format: decimal
       * @description Credit notes (and write-offs) against this invoice.
       * @example 1.00
       */
      lumary__Amount_Credited__c: string | null;
      /**
       * Amount Paid
       * Format: decimal
       * @description Payments allocated to this invoice.
       * @example 1.00
       */
      lumary__Amount_Paid__c: string | null;
      /**
       * Balance
       * Format: decimal
       * @description Total less Amount Paid and Amount Credited.
       * @example 1.00
       */
      lumary__Balance__c: string | null;
      /**
       * Billing Run
       * @description The billing run that created this invoice, if any.
       */
      lumary__Billing_Run__c: string | null;
      /**
       * Client
       * Format: uuid
       * @description The person who received the services (a Client Contact).
       */
      lumary__Client__c: string | null;
      /**
       * Days Overdue
       * Format: decimal
       * @description Days Overdue
       * @example 1
       */
      readonly lumary__Days_Overdue__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Who the invoice is payable by: the client, a nominee (General Contact) or an Account.
       */
      lumary__Debtor__c: string | null;
      /**
       * Due Date
       * Format: date
       * @description Invoice Date plus the debtor's payment terms (or the organisation's default).
       */
      lumary__Due_Date__c: string | null;
      /**
       * GST
       * Format: decimal
       * @description Sum of each line's GST, rounded per line.
       * @example 1.00
       */
      lumary__GST__c: string | null;
      /**
       * Invoice Date
       * Format: date
       * @description Invoice Date
       */
      lumary__Invoice_Date__c: string | null;
      /**
       * Issued On
       * Format: date
       * @description Issued On
       */
      lumary__Issued_Date__c: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c: string | null;
      /**
       * Last Sent
       * Format: date-time
       * @description Last Sent
       */
      lumary__Last_Sent__c: string | null;
      /**
       * Paid Date
       * Format: date
       * @description The date of the payment that brought the balance to zero.
       */
      lumary__Paid_Date__c: string | null;
      /**
       * Status
       * @description Draft until issued; then kept by payments and credit notes.
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void' | null;
      /**
       * Subtotal (ex GST)
       * Format: decimal
       * @description Sum of the line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c: string | null;
      /**
       * Invoice Template
       * Format: uuid
       * @description The debtor's template, or the organisation's default.
       */
      lumary__Template__c: string | null;
      /**
       * Total
       * Format: decimal
       * @description Subtotal plus GST.
       * @example 1.00
       */
      lumary__Total__c: string | null;
      /**
       * Void Reason
       * @description Void Reason
       */
      lumary__Void_Reason__c: string | null;
      /**
       * Voided On
       * Format: date
       * @description The date the invoice was voided; an issued invoice's posting is reversed on this date.
       */
      lumary__Voided_Date__c: string | null;
      /**
       * Invoice Number
       * @description Invoice Number
       * @example INV-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Invoice (create)
     * @description The fields of a new Invoice; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice__cInput: {
      /**
       * Accounting Period
       * Format: uuid
       * @description The Open period containing the Invoice Date, set when the invoice is issued.
       */
      lumary__Accounting_Period__c?: string | null;
      /**
       * Amount Credited
       * @description Credit notes (and write-offs) against this invoice.
       * @example 1.00
       */
      lumary__Amount_Credited__c?: (string | null) | (number | null);
      /**
       * Amount Paid
       * @description Payments allocated to this invoice.
       * @example 1.00
       */
      lumary__Amount_Paid__c?: (string | null) | (number | null);
      /**
       * Balance
       * @description Total less Amount Paid and Amount Credited.
       * @example 1.00
       */
      lumary__Balance__c?: (string | null) | (number | null);
      /**
       * Billing Run
       * @description The billing run that created this invoice, if any.
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Client
       * Format: uuid
       * @description The person who received the services (a Client Contact).
       */
      lumary__Client__c: string;
      /**
       * Debtor
       * Format: uuid
       * @description Who the invoice is payable by: the client, a nominee (General Contact) or an Account.
       */
      lumary__Debtor__c: string;
      /**
       * Due Date
       * Format: date
       * @description Invoice Date plus the debtor's payment terms (or the organisation's default).
       */
      lumary__Due_Date__c?: string | null;
      /**
       * GST
       * @description Sum of each line's GST, rounded per line.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice Date
       * Format: date
       * @description Invoice Date
       */
      lumary__Invoice_Date__c: string;
      /**
       * Issued On
       * Format: date
       * @description Issued On
       */
      lumary__Issued_Date__c?: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Last Sent
       * Format: date-time
       * @description Last Sent
       */
      lumary__Last_Sent__c?: string | null;
      /**
       * Paid Date
       * Format: date
       * @description The date of the payment that brought the balance to zero.
       */
      lumary__Paid_Date__c?: string | null;
      /**
       * Status
       * @description Draft until issued; then kept by payments and credit notes.
       * @default Draft
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void' | null;
      /**
       * Subtotal (ex GST)
       * @description Sum of the line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c?: (string | null) | (number | null);
      /**
       * Invoice Template
       * Format: uuid
       * @description The debtor's template, or the organisation's default.
       */
      lumary__Template__c?: string | null;
      /**
       * Total
       * @description Subtotal plus GST.
       * @example 1.00
       */
      lumary__Total__c?: (string | null) | (number | null);
      /**
       * Void Reason
       * @description Void Reason
       */
      lumary__Void_Reason__c?: string | null;
      /**
       * Voided On
       * Format: date
       * @description The date the invoice was voided; an issued invoice's posting is reversed on this date.
       */
      lumary__Voided_Date__c?: string | null;
    };
    /**
     * Invoice (update)
     * @description The fields of the Invoice to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice__cUpdate: {
      /**
       * Accounting Period
       * Format: uuid
       * @description The Open period containing the Invoice Date, set when the invoice is issued.
       */
      lumary__Accounting_Period__c?: string | null;
      /**
       * Amount Credited
       * @description Credit notes (and write-offs) against this invoice.
       * @example 1.00
       */
      lumary__Amount_Credited__c?: (string | null) | (number | null);
      /**
       * Amount Paid
       * @description Payments allocated to this invoice.
       * @example 1.00
       */
      lumary__Amount_Paid__c?: (string | null) | (number | null);
      /**
       * Balance
       * @description Total less Amount Paid and Amount Credited.
       * @example 1.00
       */
      lumary__Balance__c?: (string | null) | (number | null);
      /**
       * Billing Run
       * @description The billing run that created this invoice, if any.
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Client
       * Format: uuid
       * @description The person who received the services (a Client Contact).
       */
      lumary__Client__c?: string;
      /**
       * Debtor
       * Format: uuid
       * @description Who the invoice is payable by: the client, a nominee (General Contact) or an Account.
       */
      lumary__Debtor__c?: string;
      /**
       * Due Date
       * Format: date
       * @description Invoice Date plus the debtor's payment terms (or the organisation's default).
       */
      lumary__Due_Date__c?: string | null;
      /**
       * GST
       * @description Sum of each line's GST, rounded per line.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice Date
       * Format: date
       * @description Invoice Date
       */
      lumary__Invoice_Date__c?: string;
      /**
       * Issued On
       * Format: date
       * @description Issued On
       */
      lumary__Issued_Date__c?: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Last Sent
       * Format: date-time
       * @description Last Sent
       */
      lumary__Last_Sent__c?: string | null;
      /**
       * Paid Date
       * Format: date
       * @description The date of the payment that brought the balance to zero.
       */
      lumary__Paid_Date__c?: string | null;
      /**
       * Status
       * @description Draft until issued; then kept by payments and credit notes.
       * @default Draft
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void' | null;
      /**
       * Subtotal (ex GST)
       * @description Sum of the line amounts.
       * @example 1.00
       */
      lumary__Subtotal__c?: (string | null) | (number | null);
      /**
       * Invoice Template
       * Format: uuid
       * @description The debtor's template, or the organisation's default.
       */
      lumary__Template__c?: string | null;
      /**
       * Total
       * @description Subtotal plus GST.
       * @example 1.00
       */
      lumary__Total__c?: (string | null) | (number | null);
      /**
       * Void Reason
       * @description Void Reason
       */
      lumary__Void_Reason__c?: string | null;
      /**
       * Voided On
       * Format: date
       * @description The date the invoice was voided; an issued invoice's posting is reversed on this date.
       */
      lumary__Voided_Date__c?: string | null;
    };
    /**
     * Invoice Line
     * @description One charge on an invoice: quantity times unit price (ex GST), with its tax code and GL coding. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Line__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Invoice_Line__c';
        /** @example /api/sobjects/lumary__Invoice_Line__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount (ex GST)
       * Format: decimal
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c: string | null;
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c: string | null;
      /**
       * GST
       * Format: decimal
       * @description 10% of the amount for GST lines, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__GST__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Quantity
       * Format: decimal
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c: string | null;
      /**
       * Service Delivered
       * Format: uuid
       * @description The delivered service this line bills, if any.
       */
      lumary__Service__c: string | null;
      /**
       * Tax Code
       * @description GST is 10% of the line amount; GST_FREE has none (most NDIS supports).
       * @enum {string|null}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE' | null;
      /**
       * Unit Price (ex GST)
       * Format: decimal
       * @description Unit Price (ex GST)
       * @example 1.00
       */
      lumary__Unit_Price__c: string | null;
      /**
       * Line Number
       * @description Line Number
       * @example IL-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Invoice Line (create)
     * @description The fields of a new Invoice Line; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Line__cInput: {
      /**
       * Amount (ex GST)
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c?: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c: string;
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c?: string | null;
      /**
       * GST
       * @description 10% of the amount for GST lines, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c: string | number;
      /**
       * Service Delivered
       * Format: uuid
       * @description The delivered service this line bills, if any.
       */
      lumary__Service__c?: string | null;
      /**
       * Tax Code
       * @description GST is 10% of the line amount; GST_FREE has none (most NDIS supports).
       * @default GST
       * @enum {string}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE';
      /**
       * Unit Price (ex GST)
       * @description Unit Price (ex GST)
       * @example 1.00
       */
      lumary__Unit_Price__c: string | number;
    };
    /**
     * Invoice Line (update)
     * @description The fields of the Invoice Line to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Line__cUpdate: {
      /**
       * Amount (ex GST)
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c?: string | null;
      /**
       * Description
       * @description Description
       */
      lumary__Description__c?: string;
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c?: string | null;
      /**
       * GST
       * @description 10% of the amount for GST lines, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__GST__c?: (string | null) | (number | null);
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c?: string | number;
      /**
       * Service Delivered
       * Format: uuid
       * @description The delivered service this line bills, if any.
       */
      lumary__Service__c?: string | null;
      /**
       * Tax Code
       * @description GST is 10% of the line amount; GST_FREE has none (most NDIS supports).
       * @default GST
       * @enum {string}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE';
      /**
       * Unit Price (ex GST)
       * @description Unit Price (ex GST)
       * @example 1.00
       */
      lumary__Unit_Price__c?: string | number;
    };
    /**
     * Invoice Template
     * @description How an invoice is rendered - its heading, remittance details and footer. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Template__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Invoice_Template__c';
        /** @example /api/sobjects/lumary__Invoice_Template__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Footer
       * @description Footer
       */
      lumary__Footer__c: string | null;
      /**
       * Heading
       * @description Heading
       */
      lumary__Heading__c: string | null;
      /**
       * Default Template
       * @description Used for invoices of debtors whose Debtor Settings name no template.
       */
      lumary__Is_Default__c: boolean;
      /**
       * Remittance Details
       * @description How to pay - bank details, BPAY biller code.
       */
      lumary__Remittance_Details__c: string | null;
      /**
       * Template Name
       * @description Template Name
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Invoice Template (create)
     * @description The fields of a new Invoice Template; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Template__cInput: {
      /**
       * Footer
       * @description Footer
       */
      lumary__Footer__c?: string | null;
      /**
       * Heading
       * @description Heading
       * @default Tax Invoice
       */
      lumary__Heading__c: string | null;
      /**
       * Default Template
       * @description Used for invoices of debtors whose Debtor Settings name no template.
       * @default false
       */
      lumary__Is_Default__c: boolean;
      /**
       * Remittance Details
       * @description How to pay - bank details, BPAY biller code.
       */
      lumary__Remittance_Details__c?: string | null;
      /**
       * Template Name
       * @description Template Name
       */
      Name: string;
    };
    /**
     * Invoice Template (update)
     * @description The fields of the Invoice Template to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Invoice_Template__cUpdate: {
      /**
       * Footer
       * @description Footer
       */
      lumary__Footer__c?: string | null;
      /**
       * Heading
       * @description Heading
       * @default Tax Invoice
       */
      lumary__Heading__c: string | null;
      /**
       * Default Template
       * @description Used for invoices of debtors whose Debtor Settings name no template.
       * @default false
       */
      lumary__Is_Default__c: boolean;
      /**
       * Remittance Details
       * @description How to pay - bank details, BPAY biller code.
       */
      lumary__Remittance_Details__c?: string | null;
      /**
       * Template Name
       * @description Template Name
       */
      Name?: string;
    };
    /**
     * Journal Entry
     * @description One posting to the Finance Journal - balanced lines, never edited or deleted; a correction is a reversing entry. Written only by the posting service. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Entry__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Journal_Entry__c';
        /** @example /api/sobjects/lumary__Journal_Entry__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Accounting Period
       * Format: uuid
       * @description Accounting Period
       */
      readonly lumary__Accounting_Period__c: string | null;
      /**
       * Narration
       * @description Narration
       */
      readonly lumary__Description__c: string | null;
      /**
       * Date
       * Format: date
       * @description Date
       */
      readonly lumary__Entry_Date__c: string | null;
      /**
       * Export Batch
       * @description The export that took this entry to the financial package.
       */
      readonly lumary__Export_Batch__c: string | null;
      /**
       * Reverses
       * Format: uuid
       * @description The entry this one reverses; an entry is reversed at most once.
       */
      readonly lumary__Reverses__c: string | null;
      /**
       * Source Object
       * @description Source Object
       */
      readonly lumary__Source_Object__c: string | null;
      /**
       * Source Record Id
       * @description The record that caused the posting (an invoice, a credit note, a payment).
       */
      readonly lumary__Source_Record_Id__c: string | null;
      /**
       * Total
       * Format: decimal
       * @description The sum of the debits, which equals the sum of the credits.
       * @example 1.00
       */
      readonly lumary__Total__c: string | null;
      /**
       * Entry Number
       * @description Numbered in posting order, e.g. JE-000123.
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Journal Entry (create)
     * @description The fields of a new Journal Entry; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Entry__cInput: Record<string, never>;
    /**
     * Journal Entry (update)
     * @description The fields of the Journal Entry to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Entry__cUpdate: Record<string, never>;
    /**
     * Journal Line
     * @description One debit or credit of a journal entry, to a control account or GL code. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Line__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Journal_Line__c';
        /** @example /api/sobjects/lumary__Journal_Line__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Account
       * Format: uuid
       * @description A Control Account or a GL Code.
       */
      readonly lumary__Account__c: string | null;
      /**
       * Accounting Period
       * Format: uuid
       * @description Accounting Period
       */
      readonly lumary__Accounting_Period__c: string | null;
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      readonly lumary__Cost_Centre__c: string | null;
      /**
       * Credit
       * Format: decimal
       * @description Credit
       * @example 1.00
       */
      readonly lumary__Credit__c: string | null;
      /**
       * Debit
       * Format: decimal
       * @description Debit
       * @example 1.00
       */
      readonly lumary__Debit__c: string | null;
      /**
       * Description
       * @description Description
       */
      readonly lumary__Description__c: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      readonly lumary__Journal_Entry__c: string | null;
      /**
       * Date
       * Format: date
       * @description Date
       */
      readonly lumary__Line_Date__c: string | null;
      /**
       * Source Object
       * @description Source Object
       */
      readonly lumary__Source_Object__c: string | null;
      /**
       * Source Record Id
       * @description Source Record Id
       */
      readonly lumary__Source_Record_Id__c: string | null;
      /**
       * Line
       * @description The entry number and the line's position, e.g. JE-000123-2.
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Journal Line (create)
     * @description The fields of a new Journal Line; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Line__cInput: Record<string, never>;
    /**
     * Journal Line (update)
     * @description The fields of the Journal Line to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Journal_Line__cUpdate: Record<string, never>;
    /**
     * Outbound Email
     * @description The outbox: invoice emails queued to send, with what was sent to whom. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Outbound_Email__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Outbound_Email__c';
        /** @example /api/sobjects/lumary__Outbound_Email__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Attachment
       * @description Attachment
       */
      lumary__Attachment_Name__c: string | null;
      /**
       * Body (HTML)
       * @description Body (HTML)
       */
      lumary__Body__c: string | null;
      /**
       * Error
       * @description Error
       */
      lumary__Error__c: string | null;
      /**
       * From
       * Format: email
       * @description From
       */
      lumary__From__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Sent At
       * Format: date-time
       * @description Sent At
       */
      lumary__Sent_At__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Sent' | 'Failed' | null;
      /**
       * Subject
       * @description Subject
       */
      lumary__Subject__c: string | null;
      /**
       * To
       * Format: email
       * @description To
       */
      lumary__To__c: string | null;
      /**
       * Email Number
       * @description Email Number
       * @example EM-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Outbound Email (create)
     * @description The fields of a new Outbound Email; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Outbound_Email__cInput: {
      /**
       * Attachment
       * @description Attachment
       */
      lumary__Attachment_Name__c?: string | null;
      /**
       * Body (HTML)
       * @description Body (HTML)
       */
      lumary__Body__c?: string | null;
      /**
       * Error
       * @description Error
       */
      lumary__Error__c?: string | null;
      /**
       * From
       * Format: email
       * @description From
       */
      lumary__From__c?: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string | null;
      /**
       * Sent At
       * Format: date-time
       * @description Sent At
       */
      lumary__Sent_At__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Sent' | 'Failed' | null;
      /**
       * Subject
       * @description Subject
       */
      lumary__Subject__c: string;
      /**
       * To
       * Format: email
       * @description To
       */
      lumary__To__c: string;
    };
    /**
     * Outbound Email (update)
     * @description The fields of the Outbound Email to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Outbound_Email__cUpdate: {
      /**
       * Attachment
       * @description Attachment
       */
      lumary__Attachment_Name__c?: string | null;
      /**
       * Body (HTML)
       * @description Body (HTML)
       */
      lumary__Body__c?: string | null;
      /**
       * Error
       * @description Error
       */
      lumary__Error__c?: string | null;
      /**
       * From
       * Format: email
       * @description From
       */
      lumary__From__c?: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string | null;
      /**
       * Sent At
       * Format: date-time
       * @description Sent At
       */
      lumary__Sent_At__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Queued
       * @enum {string|null}
       */
      lumary__Status__c: 'Queued' | 'Sent' | 'Failed' | null;
      /**
       * Subject
       * @description Subject
       */
      lumary__Subject__c?: string;
      /**
       * To
       * Format: email
       * @description To
       */
      lumary__To__c?: string;
    };
    /**
     * Payment
     * @description Money received from a debtor, allocated to its open invoices; what is not allocated is the debtor's unallocated credit. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Payment__c';
        /** @example /api/sobjects/lumary__Payment__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Allocated
       * Format: decimal
       * @description The part of the payment allocated to invoices.
       * @example 1.00
       */
      lumary__Allocated__c: string | null;
      /**
       * Amount
       * Format: decimal
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * Idempotency Key
       * @description The key the payment was recorded with: the same key never records a second payment.
       */
      lumary__Idempotency_Key__c: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c: string | null;
      /**
       * Method
       * @description Method
       * @enum {string|null}
       */
      lumary__Method__c: 'EFT' | 'BPAY' | 'Card' | 'Cash' | 'Cheque' | null;
      /**
       * Payment Date
       * Format: date
       * @description Payment Date
       */
      lumary__Payment_Date__c: string | null;
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c: string | null;
      /**
       * Reversal Date
       * Format: date
       * @description Reversal Date
       */
      lumary__Reversal_Date__c: string | null;
      /**
       * Reversal Journal Entry
       * Format: uuid
       * @description Reversal Journal Entry
       */
      lumary__Reversal_Entry__c: string | null;
      /**
       * Reversal Reason
       * @description Reversal Reason
       */
      lumary__Reversal_Reason__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Received' | 'Reversed' | null;
      /**
       * Unallocated Credit
       * Format: decimal
       * @description The part not yet allocated: credit the debtor can use later.
       * @example 1.00
       */
      lumary__Unallocated__c: string | null;
      /**
       * Payment Number
       * @description Payment Number
       * @example PAY-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Payment (create)
     * @description The fields of a new Payment; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment__cInput: {
      /**
       * Allocated
       * @description The part of the payment allocated to invoices.
       * @example 1.00
       */
      lumary__Allocated__c?: (string | null) | (number | null);
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string;
      /**
       * Idempotency Key
       * @description The key the payment was recorded with: the same key never records a second payment.
       */
      lumary__Idempotency_Key__c?: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Method
       * @description Method
       * @default EFT
       * @enum {string}
       */
      lumary__Method__c: 'EFT' | 'BPAY' | 'Card' | 'Cash' | 'Cheque';
      /**
       * Payment Date
       * Format: date
       * @description Payment Date
       */
      lumary__Payment_Date__c: string;
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c?: string | null;
      /**
       * Reversal Date
       * Format: date
       * @description Reversal Date
       */
      lumary__Reversal_Date__c?: string | null;
      /**
       * Reversal Journal Entry
       * Format: uuid
       * @description Reversal Journal Entry
       */
      lumary__Reversal_Entry__c?: string | null;
      /**
       * Reversal Reason
       * @description Reversal Reason
       */
      lumary__Reversal_Reason__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Received
       * @enum {string|null}
       */
      lumary__Status__c: 'Received' | 'Reversed' | null;
      /**
       * Unallocated Credit
       * @description The part not yet allocated: credit the debtor can use later.
       * @example 1.00
       */
      lumary__Unallocated__c?: (string | null) | (number | null);
    };
    /**
     * Payment (update)
     * @description The fields of the Payment to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment__cUpdate: {
      /**
       * Allocated
       * @description The part of the payment allocated to invoices.
       * @example 1.00
       */
      lumary__Allocated__c?: (string | null) | (number | null);
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string;
      /**
       * Idempotency Key
       * @description The key the payment was recorded with: the same key never records a second payment.
       */
      lumary__Idempotency_Key__c?: string | null;
      /**
       * Journal Entry
       * Format: uuid
       * @description Journal Entry
       */
      lumary__Journal_Entry__c?: string | null;
      /**
       * Method
       * @description Method
       * @default EFT
       * @enum {string}
       */
      lumary__Method__c: 'EFT' | 'BPAY' | 'Card' | 'Cash' | 'Cheque';
      /**
       * Payment Date
       * Format: date
       * @description Payment Date
       */
      lumary__Payment_Date__c?: string;
      /**
       * Reference
       * @description Reference
       */
      lumary__Reference__c?: string | null;
      /**
       * Reversal Date
       * Format: date
       * @description Reversal Date
       */
      lumary__Reversal_Date__c?: string | null;
      /**
       * Reversal Journal Entry
       * Format: uuid
       * @description Reversal Journal Entry
       */
      lumary__Reversal_Entry__c?: string | null;
      /**
       * Reversal Reason
       * @description Reversal Reason
       */
      lumary__Reversal_Reason__c?: string | null;
      /**
       * Status
       * @description Status
       * @default Received
       * @enum {string|null}
       */
      lumary__Status__c: 'Received' | 'Reversed' | null;
      /**
       * Unallocated Credit
       * @description The part not yet allocated: credit the debtor can use later.
       * @example 1.00
       */
      lumary__Unallocated__c?: (string | null) | (number | null);
    };
    /**
     * Payment Allocation
     * @description The part of a payment applied to one invoice. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment_Allocation__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Payment_Allocation__c';
        /** @example /api/sobjects/lumary__Payment_Allocation__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Allocation Date
       * Format: date
       * @description The payment date, or the day credit was allocated later.
       */
      lumary__Allocation_Date__c: string | null;
      /**
       * Amount
       * Format: decimal
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c: string | null;
      /**
       * Reversed
       * @description Reversed
       */
      lumary__Reversed__c: boolean;
      /**
       * Reversed On
       * Format: date
       * @description Reversed On
       */
      lumary__Reversed_Date__c: string | null;
      /**
       * Allocation Number
       * @description Allocation Number
       * @example PA-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Payment Allocation (create)
     * @description The fields of a new Payment Allocation; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment_Allocation__cInput: {
      /**
       * Allocation Date
       * Format: date
       * @description The payment date, or the day credit was allocated later.
       */
      lumary__Allocation_Date__c: string;
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c: string;
      /**
       * Reversed
       * @description Reversed
       * @default false
       */
      lumary__Reversed__c: boolean;
      /**
       * Reversed On
       * Format: date
       * @description Reversed On
       */
      lumary__Reversed_Date__c?: string | null;
    };
    /**
     * Payment Allocation (update)
     * @description The fields of the Payment Allocation to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Payment_Allocation__cUpdate: {
      /**
       * Allocation Date
       * Format: date
       * @description The payment date, or the day credit was allocated later.
       */
      lumary__Allocation_Date__c?: string;
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string;
      /**
       * Payment
       * Format: uuid
       * @description Payment
       */
      lumary__Payment__c?: string;
      /**
       * Reversed
       * @description Reversed
       * @default false
       */
      lumary__Reversed__c: boolean;
      /**
       * Reversed On
       * Format: date
       * @description Reversed On
       */
      lumary__Reversed_Date__c?: string | null;
    };
    /**
     * Promise to Pay
     * @description A debtor's promise to pay an amount by a date. Kept when the debtor's payments from the day it was made up to that date reach the amount; broken otherwise once the date has passed (a follow-up on the collections worklist). Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Promise_To_Pay__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Promise_To_Pay__c';
        /** @example /api/sobjects/lumary__Promise_To_Pay__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Amount
       * Format: decimal
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c: string | null;
      /**
       * Promised By
       * Format: date
       * @description Promised By
       */
      lumary__Promise_Date__c: string | null;
      /**
       * Promised On
       * Format: date
       * @description The day the promise was made; payments from this day count towards it. Empty - the day it was recorded.
       */
      lumary__Promised_On__c: string | null;
      /**
       * Promise Number
       * @description Promise Number
       * @example PTP-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Promise to Pay (create)
     * @description The fields of a new Promise to Pay; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Promise_To_Pay__cInput: {
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c: string | number;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c?: string | null;
      /**
       * Promised By
       * Format: date
       * @description Promised By
       */
      lumary__Promise_Date__c: string;
      /**
       * Promised On
       * Format: date
       * @description The day the promise was made; payments from this day count towards it. Empty - the day it was recorded.
       */
      lumary__Promised_On__c?: string | null;
    };
    /**
     * Promise to Pay (update)
     * @description The fields of the Promise to Pay to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Promise_To_Pay__cUpdate: {
      /**
       * Amount
       * @description Amount
       * @example 1.00
       */
      lumary__Amount__c?: string | number;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string;
      /**
       * Note
       * @description Note
       */
      lumary__Note__c?: string | null;
      /**
       * Promised By
       * Format: date
       * @description Promised By
       */
      lumary__Promise_Date__c?: string;
      /**
       * Promised On
       * Format: date
       * @description The day the promise was made; payments from this day count towards it. Empty - the day it was recorded.
       */
      lumary__Promised_On__c?: string | null;
    };
    /**
     * Reminder
     * @description A payment reminder sent for an invoice at one step of the schedule. Written by the reminder run only; one per invoice and step (Step Key is unique), so a step is never sent twice. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Reminder__c';
        /** @example /api/sobjects/lumary__Reminder__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Balance Reminded
       * Format: decimal
       * @description Balance Reminded
       * @example 1.00
       */
      lumary__Balance__c: string | null;
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Days from Due Date
       * Format: decimal
       * @description Days from Due Date
       * @example 1
       */
      lumary__Offset_Days__c: string | null;
      /**
       * Email
       * Format: uuid
       * @description Email
       */
      lumary__Outbound_Email__c: string | null;
      /**
       * Sent Date
       * Format: date
       * @description The date of the run that sent it (its as-of date).
       */
      lumary__Sent_Date__c: string | null;
      /**
       * Step Key
       * @description The invoice and the step's days; unique, so two runs can never both send one step.
       */
      lumary__Step_Key__c: string | null;
      /**
       * Step
       * @description Step
       */
      lumary__Step_Name__c: string | null;
      /**
       * Reminder Number
       * @description Reminder Number
       * @example REM-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Reminder (create)
     * @description The fields of a new Reminder; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder__cInput: {
      /**
       * Balance Reminded
       * @description Balance Reminded
       * @example 1.00
       */
      lumary__Balance__c?: (string | null) | (number | null);
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c: string;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string;
      /**
       * Days from Due Date
       * @description Days from Due Date
       * @example 1
       */
      lumary__Offset_Days__c: string | number;
      /**
       * Email
       * Format: uuid
       * @description Email
       */
      lumary__Outbound_Email__c?: string | null;
      /**
       * Sent Date
       * Format: date
       * @description The date of the run that sent it (its as-of date).
       */
      lumary__Sent_Date__c: string;
      /**
       * Step Key
       * @description The invoice and the step's days; unique, so two runs can never both send one step.
       */
      lumary__Step_Key__c: string;
      /**
       * Step
       * @description Step
       */
      lumary__Step_Name__c?: string | null;
    };
    /**
     * Reminder (update)
     * @description The fields of the Reminder to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder__cUpdate: {
      /**
       * Balance Reminded
       * @description Balance Reminded
       * @example 1.00
       */
      lumary__Balance__c?: (string | null) | (number | null);
      /**
       * Debtor
       * Format: uuid
       * @description Debtor
       */
      lumary__Debtor__c?: string;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string;
      /**
       * Days from Due Date
       * @description Days from Due Date
       * @example 1
       */
      lumary__Offset_Days__c?: string | number;
      /**
       * Email
       * Format: uuid
       * @description Email
       */
      lumary__Outbound_Email__c?: string | null;
      /**
       * Sent Date
       * Format: date
       * @description The date of the run that sent it (its as-of date).
       */
      lumary__Sent_Date__c?: string;
      /**
       * Step Key
       * @description The invoice and the step's days; unique, so two runs can never both send one step.
       */
      lumary__Step_Key__c?: string;
      /**
       * Step
       * @description Step
       */
      lumary__Step_Name__c?: string | null;
    };
    /**
     * Reminder Step
     * @description One step of the payment reminder schedule: days relative to an invoice's Due Date (negative is before it) and the email sent at that step. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder_Step__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Reminder_Step__c';
        /** @example /api/sobjects/lumary__Reminder_Step__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * AR Settings
       * Format: uuid
       * @description AR Settings
       */
      lumary__AR_Settings__c: string | null;
      /**
       * Email Body
       * @description A Handlebars template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{asOf}}, and {{#each invoices}}{{number}} {{dueDate}} {{balance}} {{daysOverdue}}{{/each}}. Empty: the standard wording.
       */
      lumary__Body__c: string | null;
      /**
       * Days from Due Date
       * Format: decimal
       * @description When the step is due: the Due Date plus this many days (-3 is three days before it).
       * @example 1
       */
      lumary__Offset_Days__c: string | null;
      /**
       * Email Subject
       * @description A template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{invoiceCount}}.
       */
      lumary__Subject__c: string | null;
      /**
       * Step Name
       * @description Step Name
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Reminder Step (create)
     * @description The fields of a new Reminder Step; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder_Step__cInput: {
      /**
       * AR Settings
       * Format: uuid
       * @description AR Settings
       */
      lumary__AR_Settings__c: string;
      /**
       * Email Body
       * @description A Handlebars template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{asOf}}, and {{#each invoices}}{{number}} {{dueDate}} {{balance}} {{daysOverdue}}{{/each}}. Empty: the standard wording.
       */
      lumary__Body__c?: string | null;
      /**
       * Days from Due Date
       * @description When the step is due: the Due Date plus this many days (-3 is three days before it).
       * @example 1
       */
      lumary__Offset_Days__c: string | number;
      /**
       * Email Subject
       * @description A template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{invoiceCount}}.
       */
      lumary__Subject__c?: string | null;
      /**
       * Step Name
       * @description Step Name
       */
      Name?: string | null;
    };
    /**
     * Reminder Step (update)
     * @description The fields of the Reminder Step to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Reminder_Step__cUpdate: {
      /**
       * AR Settings
       * Format: uuid
       * @description AR Settings
       */
      lumary__AR_Settings__c?: string;
      /**
       * Email Body
       * @description A Handlebars template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{asOf}}, and {{#each invoices}}{{number}} {{dueDate}} {{balance}} {{daysOverdue}}{{/each}}. Empty: the standard wording.
       */
      lumary__Body__c?: string | null;
      /**
       * Days from Due Date
       * @description When the step is due: the Due Date plus this many days (-3 is three days before it).
       * @example 1
       */
      lumary__Offset_Days__c?: string | number;
      /**
       * Email Subject
       * @description A template: {{debtorName}}, {{providerName}}, {{totalDue}}, {{invoiceCount}}.
       */
      lumary__Subject__c?: string | null;
      /**
       * Step Name
       * @description Step Name
       */
      Name?: string | null;
    };
    /**
     * Service Agreement
     * @description A client's service agreement: its dates, funding and lines, each a support item with a budget that delivered services draw down. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Service_Agreement__c';
        /** @example /api/sobjects/lumary__Service_Agreement__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string | null;
      /**
       * End Date
       * Format: date
       * @description End Date
       */
      lumary__End_Date__c: string | null;
      /**
       * Funding
       * @description Funding
       * @enum {string|null}
       */
      lumary__Funding__c: 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | null;
      /**
       * Plan Manager
       * Format: uuid
       * @description The plan manager invoices are sent to; required when the agreement is Plan-managed.
       */
      lumary__Plan_Manager__c: string | null;
      /**
       * Start Date
       * Format: date
       * @description Start Date
       */
      lumary__Start_Date__c: string | null;
      /**
       * Status
       * @description An agreement that is not Draft or Cancelled is Active until its End Date and Expired after it (kept by a daily job and on every save).
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Active' | 'Expired' | 'Cancelled' | null;
      /**
       * Total Budget
       * Format: decimal
       * @description Total Budget
       */
      readonly lumary__Total_Budget__c: string | null;
      /**
       * Agreement Number
       * @description Agreement Number
       * @example SA-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Service Agreement (create)
     * @description The fields of a new Service Agreement; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement__cInput: {
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string;
      /**
       * End Date
       * Format: date
       * @description End Date
       */
      lumary__End_Date__c: string;
      /**
       * Funding
       * @description Funding
       * @enum {string}
       */
      lumary__Funding__c: 'Self-managed' | 'Plan-managed' | 'NDIA-managed';
      /**
       * Plan Manager
       * Format: uuid
       * @description The plan manager invoices are sent to; required when the agreement is Plan-managed.
       */
      lumary__Plan_Manager__c?: string | null;
      /**
       * Start Date
       * Format: date
       * @description Start Date
       */
      lumary__Start_Date__c: string;
      /**
       * Status
       * @description An agreement that is not Draft or Cancelled is Active until its End Date and Expired after it (kept by a daily job and on every save).
       * @default Draft
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Active' | 'Expired' | 'Cancelled' | null;
    };
    /**
     * Service Agreement (update)
     * @description The fields of the Service Agreement to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement__cUpdate: {
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c?: string;
      /**
       * End Date
       * Format: date
       * @description End Date
       */
      lumary__End_Date__c?: string;
      /**
       * Funding
       * @description Funding
       * @enum {string}
       */
      lumary__Funding__c?: 'Self-managed' | 'Plan-managed' | 'NDIA-managed';
      /**
       * Plan Manager
       * Format: uuid
       * @description The plan manager invoices are sent to; required when the agreement is Plan-managed.
       */
      lumary__Plan_Manager__c?: string | null;
      /**
       * Start Date
       * Format: date
       * @description Start Date
       */
      lumary__Start_Date__c?: string;
      /**
       * Status
       * @description An agreement that is not Draft or Cancelled is Active until its End Date and Expired after it (kept by a daily job and on every save).
       * @default Draft
       * @enum {string|null}
       */
      lumary__Status__c: 'Draft' | 'Active' | 'Expired' | 'Cancelled' | null;
    };
    /**
     * Service Agreement Line
     * @description One support item of a service agreement: quantity and unit price budgeted (Budget = quantity × price), what delivered services have used of it and what remains. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement_Line__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Service_Agreement_Line__c';
        /** @example /api/sobjects/lumary__Service_Agreement_Line__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Agreement
       * Format: uuid
       * @description Agreement
       */
      lumary__Agreement__c: string | null;
      /**
       * Allow Overrun
       * @description Services may draw this line beyond its budget and outside the agreement's dates.
       */
      lumary__Allow_Overrun__c: boolean;
      /**
       * Budget
       * Format: decimal
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Budget__c: string | null;
      /**
       * Description
       * @description Defaults to the support item's name.
       */
      lumary__Description__c: string | null;
      /**
       * Quantity
       * Format: decimal
       * @description Units (hours, items, days or weeks) budgeted.
       * @example 1.00
       */
      lumary__Quantity__c: string | null;
      /**
       * Remaining
       * Format: decimal
       * @description Budget − Used.
       * @example 1.00
       */
      lumary__Remaining__c: string | null;
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c: string | null;
      /**
       * Unit
       * @description Unit
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
      /**
       * Unit Price (ex GST)
       * Format: decimal
       * @description Never above the support item's price limit for the organisation's state on the agreement's Start Date; defaults to that limit.
       * @example 1.00
       */
      lumary__Unit_Price__c: string | null;
      /**
       * Used
       * Format: decimal
       * @description Σ amount ex GST (quantity × rate) of the services drawing on this line while Delivered, Billed or Claimed.
       * @example 1.00
       */
      lumary__Used__c: string | null;
      /**
       * Line Number
       * @description Line Number
       * @example SAL-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Service Agreement Line (create)
     * @description The fields of a new Service Agreement Line; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement_Line__cInput: {
      /**
       * Agreement
       * Format: uuid
       * @description Agreement
       */
      lumary__Agreement__c: string;
      /**
       * Allow Overrun
       * @description Services may draw this line beyond its budget and outside the agreement's dates.
       * @default false
       */
      lumary__Allow_Overrun__c: boolean;
      /**
       * Budget
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Budget__c?: (string | null) | (number | null);
      /**
       * Description
       * @description Defaults to the support item's name.
       */
      lumary__Description__c?: string | null;
      /**
       * Quantity
       * @description Units (hours, items, days or weeks) budgeted.
       * @example 1.00
       */
      lumary__Quantity__c: string | number;
      /**
       * Remaining
       * @description Budget − Used.
       * @example 1.00
       */
      lumary__Remaining__c?: (string | null) | (number | null);
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c: string;
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
      /**
       * Unit Price (ex GST)
       * @description Never above the support item's price limit for the organisation's state on the agreement's Start Date; defaults to that limit.
       * @example 1.00
       */
      lumary__Unit_Price__c?: (string | null) | (number | null);
      /**
       * Used
       * @description Σ amount ex GST (quantity × rate) of the services drawing on this line while Delivered, Billed or Claimed.
       * @example 1.00
       */
      lumary__Used__c?: (string | null) | (number | null);
    };
    /**
     * Service Agreement Line (update)
     * @description The fields of the Service Agreement Line to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Agreement_Line__cUpdate: {
      /**
       * Agreement
       * Format: uuid
       * @description Agreement
       */
      lumary__Agreement__c?: string;
      /**
       * Allow Overrun
       * @description Services may draw this line beyond its budget and outside the agreement's dates.
       * @default false
       */
      lumary__Allow_Overrun__c: boolean;
      /**
       * Budget
       * @description Quantity × Unit Price, rounded half-up to the cent.
       * @example 1.00
       */
      lumary__Budget__c?: (string | null) | (number | null);
      /**
       * Description
       * @description Defaults to the support item's name.
       */
      lumary__Description__c?: string | null;
      /**
       * Quantity
       * @description Units (hours, items, days or weeks) budgeted.
       * @example 1.00
       */
      lumary__Quantity__c?: string | number;
      /**
       * Remaining
       * @description Budget − Used.
       * @example 1.00
       */
      lumary__Remaining__c?: (string | null) | (number | null);
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c?: string;
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
      /**
       * Unit Price (ex GST)
       * @description Never above the support item's price limit for the organisation's state on the agreement's Start Date; defaults to that limit.
       * @example 1.00
       */
      lumary__Unit_Price__c?: (string | null) | (number | null);
      /**
       * Used
       * @description Σ amount ex GST (quantity × rate) of the services drawing on this line while Delivered, Billed or Claimed.
       * @example 1.00
       */
      lumary__Used__c?: (string | null) | (number | null);
    };
    /**
     * Service Delivered
     * @description A support delivered to a client, waiting to be billed (invoiced) or claimed (NDIA-managed). Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Delivered__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Service_Delivered__c';
        /** @example /api/sobjects/lumary__Service_Delivered__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Agreement Line
       * Format: uuid
       * @description Agreement Line
       */
      lumary__Agreement_Line__c: string | null;
      /**
       * Amount (incl GST)
       * Format: decimal
       * @description Quantity × Rate rounded to the cent, plus its GST: what billing it will charge.
       * @example 1.00
       */
      lumary__Amount__c: string | null;
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim
       * Format: uuid
       * @description Claim
       */
      lumary__Claim__c: string | null;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string | null;
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c: string | null;
      /**
       * Service
       * @description Service
       */
      lumary__Description__c: string | null;
      /**
       * Funding
       * @description Funding
       * @enum {string|null}
       */
      lumary__Funding__c: 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | null;
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c: string | null;
      /**
       * Quantity
       * Format: decimal
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c: string | null;
      /**
       * Rate (ex GST)
       * Format: decimal
       * @description Rate (ex GST)
       * @example 1.00
       */
      lumary__Rate__c: string | null;
      /**
       * Service Date
       * Format: date
       * @description Service Date
       */
      lumary__Service_Date__c: string | null;
      /**
       * Status
       * @description Status
       * @enum {string|null}
       */
      lumary__Status__c: 'Delivered' | 'Billed' | 'Claimed' | 'Cancelled' | null;
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c: string | null;
      /**
       * GST Code
       * @description GST Code
       * @enum {string|null}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE' | null;
      /**
       * Unit
       * @description Unit
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
      /**
       * Service Number
       * @description Service Number
       * @example SD-{000000}
       */
      readonly Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Service Delivered (create)
     * @description The fields of a new Service Delivered; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Delivered__cInput: {
      /**
       * Agreement Line
       * Format: uuid
       * @description Agreement Line
       */
      lumary__Agreement_Line__c?: string | null;
      /**
       * Amount (incl GST)
       * @description Quantity × Rate rounded to the cent, plus its GST: what billing it will charge.
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c?: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim
       * Format: uuid
       * @description Claim
       */
      lumary__Claim__c?: string | null;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c?: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c: string;
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c?: string | null;
      /**
       * Service
       * @description Service
       */
      lumary__Description__c: string;
      /**
       * Funding
       * @description Funding
       * @enum {string}
       */
      lumary__Funding__c: 'Self-managed' | 'Plan-managed' | 'NDIA-managed';
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c?: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string | null;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c: string | number;
      /**
       * Rate (ex GST)
       * @description Rate (ex GST)
       * @example 1.00
       */
      lumary__Rate__c: string | number;
      /**
       * Service Date
       * Format: date
       * @description Service Date
       */
      lumary__Service_Date__c: string;
      /**
       * Status
       * @description Status
       * @default Delivered
       * @enum {string|null}
       */
      lumary__Status__c: 'Delivered' | 'Billed' | 'Claimed' | 'Cancelled' | null;
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c?: string | null;
      /**
       * GST Code
       * @description GST Code
       * @default GST_FREE
       * @enum {string}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE';
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
    };
    /**
     * Service Delivered (update)
     * @description The fields of the Service Delivered to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Service_Delivered__cUpdate: {
      /**
       * Agreement Line
       * Format: uuid
       * @description Agreement Line
       */
      lumary__Agreement_Line__c?: string | null;
      /**
       * Amount (incl GST)
       * @description Quantity × Rate rounded to the cent, plus its GST: what billing it will charge.
       * @example 1.00
       */
      lumary__Amount__c?: (string | null) | (number | null);
      /**
       * Billing Run
       * @description Billing Run
       */
      lumary__Billing_Run__c?: string | null;
      /**
       * Cancellation Reason
       * @description Cancellation Reason
       * @enum {string|null}
       */
      lumary__Cancellation_Reason__c?: 'NSDH' | 'NSDF' | 'NSDT' | 'NSDO' | null;
      /**
       * Claim
       * Format: uuid
       * @description Claim
       */
      lumary__Claim__c?: string | null;
      /**
       * Claim Type
       * @description Claim Type
       * @enum {string|null}
       */
      lumary__Claim_Type__c?: 'CANC' | 'REPW' | 'TRAN' | 'NF2F' | 'THLT' | 'IRSS' | null;
      /**
       * Client
       * Format: uuid
       * @description Client
       */
      lumary__Client__c?: string;
      /**
       * Cost Centre
       * Format: uuid
       * @description Cost Centre
       */
      lumary__Cost_Centre__c?: string | null;
      /**
       * Service
       * @description Service
       */
      lumary__Description__c?: string;
      /**
       * Funding
       * @description Funding
       * @enum {string}
       */
      lumary__Funding__c?: 'Self-managed' | 'Plan-managed' | 'NDIA-managed';
      /**
       * GL Code
       * Format: uuid
       * @description GL Code
       */
      lumary__GL_Code__c?: string | null;
      /**
       * Invoice
       * Format: uuid
       * @description Invoice
       */
      lumary__Invoice__c?: string | null;
      /**
       * Quantity
       * @description Quantity
       * @example 1.00
       */
      lumary__Quantity__c?: string | number;
      /**
       * Rate (ex GST)
       * @description Rate (ex GST)
       * @example 1.00
       */
      lumary__Rate__c?: string | number;
      /**
       * Service Date
       * Format: date
       * @description Service Date
       */
      lumary__Service_Date__c?: string;
      /**
       * Status
       * @description Status
       * @default Delivered
       * @enum {string|null}
       */
      lumary__Status__c: 'Delivered' | 'Billed' | 'Claimed' | 'Cancelled' | null;
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c?: string | null;
      /**
       * GST Code
       * @description GST Code
       * @default GST_FREE
       * @enum {string}
       */
      lumary__Tax_Code__c: 'GST' | 'GST_FREE';
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
    };
    /**
     * Support Item
     * @description An NDIS support item of the imported catalogue: its number, name, unit, GST code and price limit per state, in force from its Effective From date until the next version of the same number. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Support_Item__c: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'lumary__Support_Item__c';
        /** @example /api/sobjects/lumary__Support_Item__c/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Effective From
       * Format: date
       * @description Effective From
       */
      lumary__Effective_From__c: string | null;
      /**
       * GST Code
       * @description GST Code
       * @enum {string|null}
       */
      lumary__GST_Code__c: 'P1' | 'P2' | 'P5' | null;
      /**
       * Price Limit ACT
       * Format: decimal
       * @description Price Limit ACT
       * @example 1.00
       */
      lumary__Price_Limit_ACT__c: string | null;
      /**
       * Price Limit NSW
       * Format: decimal
       * @description Price Limit NSW
       * @example 1.00
       */
      lumary__Price_Limit_NSW__c: string | null;
      /**
       * Price Limit NT
       * Format: decimal
       * @description Price Limit NT
       * @example 1.00
       */
      lumary__Price_Limit_NT__c: string | null;
      /**
       * Price Limit QLD
       * Format: decimal
       * @description Price Limit QLD
       * @example 1.00
       */
      lumary__Price_Limit_QLD__c: string | null;
      /**
       * Price Limit SA
       * Format: decimal
       * @description Price Limit SA
       * @example 1.00
       */
      lumary__Price_Limit_SA__c: string | null;
      /**
       * Price Limit TAS
       * Format: decimal
       * @description Price Limit TAS
       * @example 1.00
       */
      lumary__Price_Limit_TAS__c: string | null;
      /**
       * Price Limit VIC
       * Format: decimal
       * @description Price Limit VIC
       * @example 1.00
       */
      lumary__Price_Limit_VIC__c: string | null;
      /**
       * Price Limit WA
       * Format: decimal
       * @description Price Limit WA
       * @example 1.00
       */
      lumary__Price_Limit_WA__c: string | null;
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c: string | null;
      /**
       * Unit
       * @description Unit
       * @enum {string|null}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week' | null;
      /**
       * Version Key
       * @description Version Key
       */
      lumary__Version_Key__c: string | null;
      /**
       * Support Item Name
       * @description Support Item Name
       */
      Name: string | null;
      /**
       * Owner
       * Format: uuid
       * @description Owner
       */
      readonly OwnerId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Support Item (create)
     * @description The fields of a new Support Item; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Support_Item__cInput: {
      /**
       * Effective From
       * Format: date
       * @description Effective From
       */
      lumary__Effective_From__c: string;
      /**
       * GST Code
       * @description GST Code
       * @default P2
       * @enum {string}
       */
      lumary__GST_Code__c: 'P1' | 'P2' | 'P5';
      /**
       * Price Limit ACT
       * @description Price Limit ACT
       * @example 1.00
       */
      lumary__Price_Limit_ACT__c?: (string | null) | (number | null);
      /**
       * Price Limit NSW
       * @description Price Limit NSW
       * @example 1.00
       */
      lumary__Price_Limit_NSW__c?: (string | null) | (number | null);
      /**
       * Price Limit NT
       * @description Price Limit NT
       * @example 1.00
       */
      lumary__Price_Limit_NT__c?: (string | null) | (number | null);
      /**
       * Price Limit QLD
       * @description Price Limit QLD
       * @example 1.00
       */
      lumary__Price_Limit_QLD__c?: (string | null) | (number | null);
      /**
       * Price Limit SA
       * @description Price Limit SA
       * @example 1.00
       */
      lumary__Price_Limit_SA__c?: (string | null) | (number | null);
      /**
       * Price Limit TAS
       * @description Price Limit TAS
       * @example 1.00
       */
      lumary__Price_Limit_TAS__c?: (string | null) | (number | null);
      /**
       * Price Limit VIC
       * @description Price Limit VIC
       * @example 1.00
       */
      lumary__Price_Limit_VIC__c?: (string | null) | (number | null);
      /**
       * Price Limit WA
       * @description Price Limit WA
       * @example 1.00
       */
      lumary__Price_Limit_WA__c?: (string | null) | (number | null);
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c: string;
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week';
      /**
       * Version Key
       * @description Version Key
       */
      lumary__Version_Key__c?: string | null;
      /**
       * Support Item Name
       * @description Support Item Name
       */
      Name: string;
    };
    /**
     * Support Item (update)
     * @description The fields of the Support Item to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    lumary__Support_Item__cUpdate: {
      /**
       * Effective From
       * Format: date
       * @description Effective From
       */
      lumary__Effective_From__c?: string;
      /**
       * GST Code
       * @description GST Code
       * @default P2
       * @enum {string}
       */
      lumary__GST_Code__c: 'P1' | 'P2' | 'P5';
      /**
       * Price Limit ACT
       * @description Price Limit ACT
       * @example 1.00
       */
      lumary__Price_Limit_ACT__c?: (string | null) | (number | null);
      /**
       * Price Limit NSW
       * @description Price Limit NSW
       * @example 1.00
       */
      lumary__Price_Limit_NSW__c?: (string | null) | (number | null);
      /**
       * Price Limit NT
       * @description Price Limit NT
       * @example 1.00
       */
      lumary__Price_Limit_NT__c?: (string | null) | (number | null);
      /**
       * Price Limit QLD
       * @description Price Limit QLD
       * @example 1.00
       */
      lumary__Price_Limit_QLD__c?: (string | null) | (number | null);
      /**
       * Price Limit SA
       * @description Price Limit SA
       * @example 1.00
       */
      lumary__Price_Limit_SA__c?: (string | null) | (number | null);
      /**
       * Price Limit TAS
       * @description Price Limit TAS
       * @example 1.00
       */
      lumary__Price_Limit_TAS__c?: (string | null) | (number | null);
      /**
       * Price Limit VIC
       * @description Price Limit VIC
       * @example 1.00
       */
      lumary__Price_Limit_VIC__c?: (string | null) | (number | null);
      /**
       * Price Limit WA
       * @description Price Limit WA
       * @example 1.00
       */
      lumary__Price_Limit_WA__c?: (string | null) | (number | null);
      /**
       * Support Item Number
       * @description Support Item Number
       */
      lumary__Support_Item_Number__c?: string;
      /**
       * Unit
       * @description Unit
       * @default Each
       * @enum {string}
       */
      lumary__Unit__c: 'Each' | 'Hour' | 'Day' | 'Week';
      /**
       * Version Key
       * @description Version Key
       */
      lumary__Version_Key__c?: string | null;
      /**
       * Support Item Name
       * @description Support Item Name
       */
      Name?: string;
    };
    ManualShareRequest: {
      /** @enum {string} */
      access: 'Read' | 'ReadWrite';
      /**
       * Format: uuid
       * @description The user's or role's id.
       */
      grantee: string;
      /** @enum {string} */
      granteeType: 'User' | 'Role' | 'RoleAndSubordinates';
    };
    MatchPartDto: {
      /** @description Applied to the debtor's open invoices; the rest is their unallocated credit (On account when none). */
      allocations?: Record<string, never>[];
      /**
       * Format: decimal
       * @description Split parts: this part's share (the parts add up to the line).
       * @example 12.50
       */
      amount?: string;
      /**
       * Format: uuid
       * @description The paying Contact's or Account's id.
       */
      debtor: string;
    };
    MatchResultDto: {
      /** @description False when the line was matched already: nothing was written now. */
      created: boolean;
      line: components['schemas']['BankStatementLineDto'];
    };
    MoneyTotalsDto: {
      /** @example 0.00 */
      balance: string;
      /** @example 900.00 */
      credit: string;
      /** @example 900.00 */
      debit: string;
    };
    NamedRefDto: {
      /** @example Invoice */
      label: string;
      /** @example lumary__Invoice__c */
      name: string;
    };
    NdiaBucketsDto: {
      /** @example 100.00 */
      '0-30': string;
      /** @example 0.00 */
      '31-60': string;
      /** @example 0.00 */
      '61-90': string;
      /** @example 0.00 */
      '90+': string;
    };
    NewInvoiceDto: {
      /**
       * Format: uuid
       * @description The Client Contact's id.
       * @example 0b9e5c1d-7a2f-4e38-b6d4-1c2e3f4a5b6c
       */
      client: string;
      /**
       * Format: uuid
       * @description Who pays (a Contact or Account id): default the client's Default Debtor, else the client.
       */
      debtor?: string;
      /**
       * Format: date
       * @description Default today (YYYY-MM-DD).
       * @example 2026-03-31
       */
      invoiceDate?: string;
      /** @description Issue it at once: Draft to Open, posted to the Finance Journal. */
      issue?: boolean;
      /** @example [
       *       {
       *         "description": "Occupational therapy, 1 hour",
       *         "glCode": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
       *         "quantity": "1",
       *         "taxCode": "GST_FREE",
       *         "unitPrice": "193.99"
       *       }
       *     ] */
      lines: components['schemas']['NewInvoiceLineDto'][];
    };
    NewInvoiceLineDto: {
      /**
       * Format: uuid
       * @description A Cost Centre's Accounting Entity id.
       */
      costCentre?: string;
      /** @example Occupational therapy, 1 hour */
      description: string;
      /**
       * Format: uuid
       * @description The revenue account (a GL Code's Accounting Entity id): needed to issue the invoice.
       * @example 5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
       */
      glCode?: string;
      /**
       * Format: decimal
       * @description A decimal string > 0 with at most 2 decimals.
       * @example 12.50
       */
      quantity: string;
      /**
       * Format: uuid
       * @description The Service Delivered this line bills.
       */
      service?: string;
      /**
       * @default GST
       * @enum {string}
       */
      taxCode: 'GST' | 'GST_FREE';
      /**
       * Format: decimal
       * @description A decimal string ≥ 0 with at most 2 decimals, before GST.
       * @example 12.50
       */
      unitPrice: string;
    };
    NewPaymentDto: {
      /** @description Applied now to the debtor's invoices; the rest stays unallocated credit. */
      allocations?: components['schemas']['AllocationDto'][];
      /**
       * Format: decimal
       * @description The amount received: a decimal string > 0 with at most 2 decimals.
       * @example 12.50
       */
      amount: string;
      /**
       * Format: date
       * @description The day the money arrived (YYYY-MM-DD): posted in the Open period holding it.
       * @example 2026-03-31
       */
      date: string;
      /**
       * Format: uuid
       * @description The id of the Contact or Account paying.
       */
      debtor: string;
      /**
       * @description The key that records this payment once, instead of the Idempotency-Key header (if both are sent they must agree).
       * @example pay-2027-01-12-0001
       */
      idempotencyKey?: string;
      /**
       * @example EFT
       * @enum {string}
       */
      method: 'EFT' | 'BPAY' | 'Card' | 'Cash' | 'Cheque';
      /**
       * @description The bank's or the payer's reference.
       * @example INV-000123 Smith
       */
      reference?: string;
    };
    NextReminderDto: {
      date: string;
      invoice: string;
      offset: number;
      step: string | null;
    };
    OAuthTokenRequest: {
      client_id?: string;
      client_secret?: string;
      format?: string;
      /**
       * @description `password`; other grants are answered `unsupported_grant_type`.
       * @example password
       */
      grant_type: string;
      /** Format: password */
      password?: string;
      refresh_token?: string;
      username?: string;
    };
    OAuthTokenResponse: {
      /** @description Send as `Authorization: Bearer <access_token>`. */
      access_token: string;
      /** @description The identity URL: `{instance_url}/id/{tenant id}/{user id}`. */
      id: string;
      /** @description The instance's base URL: the REST API is at `{instance_url}/services/data/vNN.N`. */
      instance_url: string;
      /** @description When the token was issued, in milliseconds since 1970, as text. */
      issued_at: string;
      /** @example Bearer */
      token_type: string;
    };
    ObjectPermission: {
      create: boolean;
      delete: boolean;
      edit: boolean;
      modifyAll: boolean;
      read: boolean;
      viewAll: boolean;
    };
    ObjectSharingDefault: {
      /**
       * @description A ControlledByParent object's master.
       * @example Contact
       */
      controlledBy?: string;
      /** @example Contact */
      label: string;
      /**
       * @description The object's API name.
       * @example Contact
       */
      object: string;
      /**
       * @description Private (owners, those above them in the role hierarchy and View All see a record), Read
       *     (everyone may read, owners edit), ReadWrite (everyone may read and edit: the default), or
       *     ControlledByParent (a master-detail child: its master's record decides).
       * @enum {string}
       */
      sharingModel: 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';
    };
    OpenOrErrorClaimsDto: {
      /** @example 420.00 */
      amount: string;
      count: number;
      error: components['schemas']['CountedAmountDto'];
      open: components['schemas']['CountedAmountDto'];
    };
    OwedFigureDto: {
      /** @example 330.00 */
      amount?: string;
      invoices?: components['schemas']['SummaryInvoiceDto'][];
      /**
       * @description The overdue part (the red badge when above 0).
       * @example 110.00
       */
      overdue?: string;
    };
    PackagePageComponent: {
      /** @description `namespace:componentName`. */
      name: string;
      properties: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      type: 'component';
    };
    PaymentHistoryAllocationDto: {
      /** @example 50.00 */
      amount?: string;
      /** @example 2027-01-12 */
      date?: string;
      id?: string;
      invoice?: components['schemas']['InvoiceRefDto'];
      reversed?: boolean;
      reversedDate?: string | null;
    };
    PaymentHistoryDto: {
      debtor: components['schemas']['DebtorRefDto'];
      payments: components['schemas']['PaymentHistoryEntryDto'][];
      totals: components['schemas']['PaymentHistoryTotalsDto'];
    };
    PaymentHistoryEntryDto: {
      /** @example 50.00 */
      allocated?: string;
      allocations?: components['schemas']['PaymentHistoryAllocationDto'][];
      /** @example 110.00 */
      amount?: string;
      /** @example 2027-01-12 */
      date?: string;
      id?: string;
      /** @example EFT */
      method?: string;
      /** @example PAY-000042 */
      number?: string;
      reference?: string | null;
      reversalDate?: string | null;
      reversalReason?: string | null;
      /** @example Received */
      status?: string;
      /** @example 60.00 */
      unallocated?: string;
    };
    PaymentHistoryTotalsDto: {
      /** @example 50.00 */
      allocated?: string;
      /** @example 110.00 */
      received?: string;
      /** @example 60.00 */
      unallocated?: string;
    };
    PaymentReversalDto: {
      /**
       * Format: date
       * @description The reversal's date (YYYY-MM-DD): default today; never before the payment's date.
       * @example 2026-03-31
       */
      date?: string;
      /**
       * @description Why the payment is reversed.
       * @example Dishonoured
       */
      reason: string;
    };
    PaymentReversalViewDto: {
      date: string | null;
      /** @description The reversing journal entry's id. */
      journalEntry: string | null;
      reason: string | null;
    };
    PaymentsMonthDto: {
      /** @example 3 */
      count: number;
      /** @example 2027-02 */
      month: string;
      /** @example 530.00 */
      net: string;
      /** @example 530.00 */
      received: string;
      /** @example 0.00 */
      reversed: string;
    };
    PaymentViewDto: {
      /** @example 50.00 */
      allocated?: string;
      allocations: components['schemas']['AllocationViewDto'][];
      /** @example 110.00 */
      amount?: string;
      /** @example 2027-01-12 */
      date?: string;
      /** @description The paying Contact's or Account's id. */
      debtor?: string;
      id: string;
      idempotencyKey?: string | null;
      /** @description The payment's journal entry id. */
      journalEntry?: string | null;
      /** @example EFT */
      method?: string;
      /** @example PAY-000042 */
      name: string;
      reference?: string | null;
      reversal?: components['schemas']['PaymentReversalViewDto'] | null;
      /** @example Received */
      status?: string;
      /** @example 60.00 */
      unallocated?: string;
    };
    PeriodRefDto: {
      id: string;
      /** @example January 2027 */
      name: string;
    };
    PermissionSetDetail: {
      apiName: string;
      apps: string[];
      customPermissions: string[];
      description: string | null;
      editable: boolean;
      /** @description Per field, keyed `Object.Field`: `{ "Contact.Phone": { "read": true, "edit": false } }`. */
      fields: {
        [key: string]: components['schemas']['FieldPermission'];
      };
      label: string;
      /** @description Per object API name, what it grants: `{ "Contact": { "read": true, "edit": true } }`. */
      objects: {
        [key: string]: components['schemas']['ObjectPermission'];
      };
      /** @description The package it comes with; empty for the tenant's own. */
      packageName: string;
    };
    PermissionSetRequest: {
      /**
       * @description The API name (letters, digits and underscores); it cannot be changed once created.
       * @example Client_Readers
       */
      apiName?: string;
      /** @description The apps it opens, by API name. */
      apps?: string[];
      /** @description The custom permissions it grants, by API name. */
      customPermissions?: string[];
      description?: string | null;
      /** @description Per field, keyed `Object.Field`: `{ "Contact.Phone": { "read": true, "edit": false } }`. */
      fields?: {
        [key: string]: {
          edit?: boolean;
          read?: boolean;
        };
      };
      /** @example Client readers */
      label: string;
      /** @description Per object API name, what it grants: `{ "Contact": { "read": true, "edit": true } }`. */
      objects?: {
        [key: string]: {
          create?: boolean;
          delete?: boolean;
          edit?: boolean;
          modifyAll?: boolean;
          read?: boolean;
          viewAll?: boolean;
        };
      };
    };
    PicklistValueInput: {
      active?: boolean;
      /** @description The value a new record starts with. */
      default?: boolean;
      label?: string;
      value: string;
    };
    PostedEntryDto: {
      /** @example 2027-01-31 */
      date?: string;
      id: string;
      /** @example JE-000042 */
      name: string;
      period?: components['schemas']['PeriodRefDto'];
      /** @description The entry this one reverses (its id). */
      reverses?: string;
      /**
       * @description Σ debit (= Σ credit).
       * @example 12.50
       */
      total?: string;
    };
    PredictedInvoiceDto: {
      balance: string;
      daysOverdue: number;
      dueDate: string | null;
      id: string;
      name: string;
      /** @description max(today, Due Date + L); null without history. */
      predictedPayDate: string | null;
    };
    PromiseViewDto: {
      amount: string;
      id: string;
      madeOn: string;
      name: string;
      note: string | null;
      paidTowards: string;
      promiseDate: string;
      /** @enum {string} */
      status: 'Open' | 'Kept' | 'Broken';
    };
    QueryResult: {
      /** @description True on the last page. */
      done: boolean;
      /** @description The next page, when there is one. */
      nextRecordsUrl?: string;
      /** @description The records, each with `attributes` and the fields asked for (`Id` when it is asked for). */
      records: ({
        attributes: {
          /** @example Contact */
          type: string;
          /** @example /api/sobjects/Contact/{id} */
          url: string;
        };
      } & {
        [key: string]: unknown;
      })[];
      /** @description How many records match in all, when known. */
      totalSize: number | null;
    };
    QueuedEmailDto: {
      /** @description The PDF's file name. */
      attachment: string;
      from: string | null;
      id: string;
      /** @example EMAIL-000012 */
      name: string;
      /** @enum {string} */
      status: 'Queued';
      /** @example Invoice INV-000123 from Lumary Care */
      subject: string;
      /** @example accounts@example.com */
      to: string;
    };
    QueuedStatementDto: {
      id: string;
      /** @example EM-000012 */
      name: string;
      subject: string;
      to: string;
    };
    ReconciliationDto: {
      asAt: string;
      bankAccount: components['schemas']['BankAccountRefDto'];
      /**
       * @description The bank account's balance in the Finance Journal on the statement's date.
       * @example 1520.40
       */
      bookBalance: string;
      /**
       * @description Closing balance − book balance.
       * @example 0.00
       */
      difference: string | null;
      lines: components['schemas']['BankStatementLineDto'][];
      mapping: components['schemas']['CsvMappingDto'] | null;
      statement: components['schemas']['LatestStatementDto'] | null;
      unreconciled: number;
    };
    RecordForm: {
      createable: boolean;
      object: components['schemas']['UiObject'];
      recordType: components['schemas']['UiRecordType'] | null;
      /** @description Each section's fields, with what the user may write and their defaults. */
      sections: components['schemas']['UiFormSection'][];
      updateable: boolean;
    };
    RecordPage: {
      actions: components['schemas']['UiRecordActions'];
      /** @description Each field with its value, type, label, reference and whether the user may edit it. */
      highlights: components['schemas']['UiPageField'][];
      /** Format: uuid */
      id: string;
      object: components['schemas']['UiObject'];
      /** @description The record's owner, a User with their name; null when the object has no owners or the user may not read OwnerId. */
      owner: components['schemas']['UiReference'] | null;
      recordType: components['schemas']['UiRecordType'] | null;
      regions: components['schemas']['UiRegion'][];
      relatedLists: components['schemas']['UiRelatedList'][];
      sections: components['schemas']['UiPageSection'][];
      /** @description The record's name. */
      title: string | null;
      /** @description The record's version, for If-Match. */
      version: number;
    };
    RecordPageComponentInput: {
      /** @description A package component's name (`namespace:componentName`); `type: 'component'` only. */
      name?: string;
      /** @description A package component's properties. */
      properties?: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      type: 'highlights' | 'details' | 'relatedLists' | 'component';
    };
    RecordPageRegionInput: {
      components: components['schemas']['RecordPageComponentInput'][];
      /** @enum {string} */
      name: 'header' | 'main' | 'sidebar';
    };
    RecordPageRequest: {
      /** @description Its label; the packaged record page's (or the name's) when left out. */
      label?: string;
      recordTypes?: string[];
      regions?: components['schemas']['RecordPageRegionInput'][];
    };
    RecordShareDto: {
      /** @enum {string} */
      access: 'All' | 'Read' | 'ReadWrite';
      /** @description The user's or role's id, or the permission set's API name. */
      grantee: string;
      granteeName: string;
      /** @enum {string} */
      granteeType: 'Owner' | 'User' | 'Role' | 'RoleAndSubordinates' | 'PermissionSet';
      /** @description A manual or rule share's id (DELETE takes a manual one's); null for the owner. */
      id: string | null;
      /** @enum {string} */
      rowCause: 'Owner' | 'Manual' | 'Rule';
      /** Format: uuid */
      ruleId?: string;
      ruleName?: string;
    };
    RecordSharesDto: {
      /** @description Whether the caller may add and remove manual shares (the owner, someone above them, Modify All). */
      mayShare: boolean;
      shares: components['schemas']['RecordShareDto'][];
    };
    RecordTypeChoice: {
      description: string | null;
      label: string;
      name: string;
    };
    RecordTypesInfo: {
      createable: boolean;
      object: components['schemas']['UiObject'];
      recordTypes: components['schemas']['RecordTypeChoice'][];
    };
    ReminderRunDebtorDto: {
      debtor: components['schemas']['DebtorRefDto'];
      email: string | null;
      invoices: components['schemas']['ReminderRunInvoiceDto'][];
      /** @enum {string} */
      outcome: 'sent' | 'paused' | 'noEmail' | 'alreadySent';
      to: string | null;
    };
    ReminderRunDto: {
      /**
       * Format: date
       * @description The run's day (YYYY-MM-DD): default today in the tenant's time zone.
       * @example 2026-03-31
       */
      asOf?: string;
    };
    ReminderRunInvoiceDto: {
      balance: string;
      id: string;
      name: string;
      offset: number;
      step: string | null;
    };
    ReminderRunResultDto: {
      asOf: string;
      debtors: components['schemas']['ReminderRunDebtorDto'][];
      emails: number;
      reminders: number;
    };
    RemittanceReportDto: {
      errors: number;
      paid: number;
      results: components['schemas']['RemittanceRowDto'][];
      rows: number;
      shortPaid: number;
      skipped: number;
      unchanged: number;
      unmatched: number;
    };
    RemittanceRowDto: {
      claimId: string | null;
      /** @example CLM-000001 */
      claimReference: string;
      message?: string;
      /** @enum {string} */
      outcome: 'Paid' | 'Short paid' | 'Error' | 'Unchanged' | 'Unmatched' | 'Skipped';
      paidAmount?: string;
      /** @description The file's row number (the header is row 1). */
      row: number;
      shortfall?: string;
    };
    RiskDto: {
      basedOn: number;
      brokenPromises: number;
      /** @description L, days. */
      expectedLateness: number | null;
      /** @enum {string|null} */
      level: 'High' | 'Medium' | 'Low' | null;
      noHistory: boolean;
      paidLate: number;
      reasons: components['schemas']['RiskReasonDto'][];
      reversedPayments: number;
      /**
       * @description Percentage, one decimal.
       * @example 66.7
       */
      shareLate: string | null;
    };
    RiskReasonDto: {
      /** @enum {string} */
      code: 'LATENESS_OVER_30' | 'REVERSED_PAYMENT' | 'BROKEN_PROMISE' | 'LATENESS_OVER_7' | 'MOSTLY_LATE' | 'ON_TIME';
      /** @example Usually pays 12 days late (over 7). */
      text: string;
    };
    RoleDetail: {
      developerName: string;
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * Format: uuid
       * @description The role it reports to; null at the top of the hierarchy.
       */
      parentRoleId: string | null;
      /** @description How many users hold it. */
      userCount: number;
    };
    RoleHierarchy: {
      roles: components['schemas']['RoleDetail'][];
    };
    SendInvoiceDto: {
      /**
       * @description Send it to this address this once, instead of Debtor Settings' Invoice Email or the debtor's Email.
       * @example accounts@example.com
       */
      to?: string;
    };
    SendOneStatementDto: {
      /**
       * Format: date
       * @example 2026-03-31
       */
      asAt?: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      from?: string;
      /**
       * @description This address this once, instead of Debtor Settings' Invoice Email or the debtor's Email.
       * @example accounts@example.com
       */
      to?: string;
    };
    SendStatementDto: {
      /**
       * Format: date
       * @example 2026-03-31
       */
      asAt?: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      from?: string;
    };
    SessionUser: {
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string | null;
      /** @description The profile: System Administrator or Standard User. */
      profile: string | null;
      /**
       * Format: uuid
       * @description The user's tenant.
       */
      tenantId: string;
      username: string;
    };
    SetPasswordRequest: {
      /**
       * Format: password
       * @description At least 10 characters and hard to guess (not your username, email or name).
       */
      newPassword: string;
      /** @description The token of the emailed link (its `token` parameter). */
      token: string;
    };
    SetPasswordResponse: {
      username: string;
    };
    SetupComponentOption: {
      label: string;
      /** @description `namespace:componentName`. */
      name: string;
    };
    SetupField: {
      apiName: string;
      custom: boolean;
      description: string | null;
      displayFormat: string | null;
      externalId: boolean;
      formula: string | null;
      helpText: string | null;
      indexed: boolean;
      /** @description While the rows the field had before it was indexed are being indexed (a job), how far it got; null once done. */
      indexing: components['schemas']['SetupIndexBuild'] | null;
      label: string;
      length: number | null;
      locked: boolean;
      packageName: string;
      /** @description A picklist's values, else null. */
      picklist: components['schemas']['SetupPicklist'] | null;
      precision: number | null;
      /** @description A lookup's or master-detail's targets; empty for other fields. */
      referenceTo: string[];
      required: boolean;
      returnType: string | null;
      scale: number | null;
      /** @description A roll-up summary's settings, else null. */
      summary: components['schemas']['SetupFieldSummary'] | null;
      type: string;
      typeLabel: string;
      unique: boolean;
    };
    SetupFieldSummary: {
      /** @enum {string} */
      operation: 'count' | 'sum' | 'min' | 'max';
      relationshipField: string;
      /** @description The detail field summarised; null for COUNT. */
      summarizedField: string | null;
      summarizedObject: string;
    };
    SetupIndexBuild: {
      done: number;
      error: string | null;
      percent: number;
      /** @enum {string} */
      state: 'building' | 'done' | 'failed';
      /** @description Rows of the tenant's to index, and how many are done. */
      total: number;
    };
    SetupLayout: {
      apiName: string;
      /** @description The tenant has changed (or added) it. */
      customised: boolean;
      /** @description Up to 7 fields shown at the top. */
      highlights: string[];
      label: string;
      /** @description The package it comes with; empty for the tenant's own. */
      packageName?: string;
      /** @description The record types it is declared for; all when empty. */
      recordTypes: string[];
      relatedLists: components['schemas']['SetupRelatedList'][];
      sections: components['schemas']['SetupLayoutSection'][];
    };
    SetupLayoutAssignment: {
      active: boolean;
      /** @description The tenant assigned it in Setup. */
      customised: boolean;
      /** @description The layout in effect: the tenant's assignment, else the packages' (package.yaml), else the layout for the record type. */
      layout: string | null;
      /** @description What the packages assign (what Reset brings back). */
      packageLayout: string | null;
      recordType: string;
      recordTypeLabel: string;
    };
    SetupLayoutSection: {
      /** @enum {number} */
      columns: 1 | 2;
      /** @description Field API names, in order. */
      fields: string[];
      label: string;
    };
    SetupObject: {
      apiName: string;
      /** @description The package components a record page may hold. */
      components: components['schemas']['SetupComponentOption'][];
      fields: components['schemas']['SetupField'][];
      label: string;
      /** @description Page layout assignment: per record type, the layout its records are shown with. */
      layoutAssignments: components['schemas']['SetupLayoutAssignment'][];
      layouts: components['schemas']['SetupLayout'][];
      packageName: string;
      pluralLabel: string;
      recordPages: components['schemas']['SetupRecordPage'][];
      recordTypes: components['schemas']['SetupRecordType'][];
      /** @description The child objects a layout may list. */
      relatedListOptions: components['schemas']['SetupRelatedListOption'][];
      /** @description What a roll-up summary on this object may summarise (none: no roll-up summary). */
      summaryOptions: components['schemas']['SetupSummaryOption'][];
      validationRules: components['schemas']['SetupValidationRule'][];
    };
    SetupObjectSummary: {
      apiName: string;
      customFieldCount: number;
      fieldCount: number;
      label: string;
      /** @description The package it comes with. */
      packageName: string;
      pluralLabel: string;
    };
    SetupPicklist: {
      /** @description Only these values may be saved. */
      restricted: boolean;
      values: components['schemas']['SetupPicklistValue'][];
    };
    SetupPicklistValue: {
      active: boolean;
      /** @description The tenant added it (it may be changed); a package's value is not. */
      custom: boolean;
      /** @description The value a new record starts with. */
      default: boolean;
      label: string;
      value: string;
    };
    SetupRecordPage: {
      apiName: string;
      /** @description The tenant has changed (or added) it. */
      customised: boolean;
      label: string;
      /** @description The package it comes with; empty for the tenant's own. */
      packageName?: string;
      /** @description The record types it is declared for; all when empty. */
      recordTypes: string[];
      regions: components['schemas']['SetupRegion'][];
    };
    SetupRecordType: {
      active: boolean;
      apiName: string;
      label: string;
    };
    SetupRegion: {
      components: (components['schemas']['StandardPageComponent'] | components['schemas']['PackagePageComponent'])[];
      /** @enum {string} */
      name: 'header' | 'main' | 'sidebar';
    };
    SetupRelatedList: {
      /** @description Its fields shown as columns. */
      columns: string[];
      /** @description Its lookup to this object. */
      field: string;
      label?: string;
      /** @description The child object. */
      object: string;
    };
    SetupRelatedListOption: {
      field: string;
      label: string;
      object: string;
    };
    SetupSummaryField: {
      apiName: string;
      label: string;
      operations: ('sum' | 'min' | 'max')[];
      type: string;
    };
    SetupSummaryOption: {
      fields: components['schemas']['SetupSummaryField'][];
      object: string;
      objectLabel: string;
      relationshipField: string;
      relationshipLabel: string;
    };
    SetupValidationRule: {
      active: boolean;
      apiName: string;
      description: string | null;
      errorConditionFormula: string;
      errorDisplayField: string | null;
      errorMessage: string;
      locked: boolean;
      packageName: string;
    };
    SharingCriterionDto: {
      /** @example MailingState */
      field: string;
      /**
       * @example equals
       * @enum {string}
       */
      operator:
        | 'equals'
        | 'notEquals'
        | 'lessThan'
        | 'greaterThan'
        | 'lessOrEqual'
        | 'greaterOrEqual'
        | 'contains'
        | 'startsWith'
        | 'in'
        | 'isNull'
        | 'isNotNull';
      /** @description The value to compare with (a list for `in`; left out for `isNull` / `isNotNull`). */
      value?: (string | number | boolean | string[]) | null;
    };
    SharingRecalculation: {
      /** Format: uuid */
      jobId: string;
    };
    SharingRecalculationStatus: {
      /** Format: uuid */
      jobId: string;
      /** @description Records looked at so far. */
      records: number;
      /** @description Rule shares made so far. */
      shares: number;
      /** @enum {string} */
      state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
    };
    SharingRuleDto: {
      /** @enum {string} */
      access: 'Read' | 'ReadWrite';
      criteria: components['schemas']['SharingCriterionDto'][];
      /** Format: uuid */
      id: string;
      name: string;
      /** @example Contact */
      object: string;
      /** @description After a create or an edit: the job recomputing the object's rule shares. */
      recalculation?: components['schemas']['SharingRecalculation'];
      /** @description The records it shares just now (a recalculation may still be running). */
      recordCount: number;
      /** @description The role's id or the permission set's API name. */
      sharedWith: string;
      /** @description The role's or permission set's name. */
      sharedWithLabel: string;
      /** @enum {string} */
      sharedWithType: 'Role' | 'RoleAndSubordinates' | 'PermissionSet';
    };
    SharingRuleList: {
      rules: components['schemas']['SharingRuleDto'][];
    };
    SharingRuleRequest: {
      /** @enum {string} */
      access: 'Read' | 'ReadWrite';
      /** @description Every row must match (AND); none shares every record of the object. */
      criteria: components['schemas']['SharingCriterionDto'][];
      /** @example Victorian clients */
      name: string;
      /**
       * @description The object whose records it shares (not a master-detail child: those follow their master).
       * @example Contact
       */
      object: string;
      /** @description The role's id (Role, RoleAndSubordinates) or the permission set's API name. */
      sharedWith: string;
      /** @enum {string} */
      sharedWithType: 'Role' | 'RoleAndSubordinates' | 'PermissionSet';
    };
    SharingRuleUpdateRequest: {
      /** @enum {string} */
      access?: 'Read' | 'ReadWrite';
      criteria?: components['schemas']['SharingCriterionDto'][];
      name?: string;
      /** @description The rule's object, unchanged (it cannot change). */
      object?: string;
      sharedWith?: string;
      /** @enum {string} */
      sharedWithType?: 'Role' | 'RoleAndSubordinates' | 'PermissionSet';
    };
    SharingSettings: {
      objects: components['schemas']['ObjectSharingDefault'][];
    };
    SharingSettingsRequest: {
      /**
       * @description Per object API name, its default: `{ "Contact": "Private" }`.
       * @example {
       *       "Contact": "Private"
       *     }
       */
      objects: {
        [key: string]: 'Private' | 'Read' | 'ReadWrite';
      };
    };
    ShortfallWriteOffDto: {
      /**
       * Format: date
       * @description The write-off's date (YYYY-MM-DD): default today.
       * @example 2026-03-31
       */
      date?: string;
      /** @example NDIA paid the price limit */
      reason: string;
    };
    /** @description An object: its fields, record types, child relationships and what the caller may do. */
    SObjectDescribe: {
      childRelationships?: {
        cascadeDelete?: boolean;
        childSObject?: string;
        field?: string;
        /** @description The plural name a child subquery uses, unique per parent. */
        relationshipName?: string;
        restrictedDelete?: boolean;
      }[];
      createable?: boolean;
      custom?: boolean;
      deletable?: boolean;
      description?: string | null;
      fields?: components['schemas']['DescribeField'][];
      label?: string;
      labelPlural?: string;
      name?: string;
      nameField?: string;
      queryable?: boolean;
      recordTypeInfos?: {
        active?: boolean;
        available?: boolean;
        /** @description Records are created with this type when none is named. */
        defaultRecordTypeMapping?: boolean;
        description?: string | null;
        developerName?: string;
        master?: boolean;
        name?: string;
        /** @description Per picklist field, the values this record type offers. */
        picklistValues?: {
          [key: string]: string[];
        };
        recordTypeId?: string;
      }[];
      updateable?: boolean;
      urls?: {
        describe?: string;
        rowTemplate?: string;
        sobject?: string;
      };
    };
    SplitMatchDto: {
      parts: components['schemas']['MatchPartDto'][];
    };
    StandardPageComponent: {
      /** @enum {string} */
      type: 'highlights' | 'details' | 'relatedLists';
    };
    StartedClaimBatchDto: {
      id: string;
      /** @example CB-000001 */
      name: string;
      /**
       * @example Queued
       * @enum {string}
       */
      status: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';
    };
    StartedRunDto: {
      id: string;
      /** @example BR-000003 */
      name: string;
      /**
       * @example Queued
       * @enum {string}
       */
      status: 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';
    };
    StatementAgingDto: {
      current: string;
      days1To30: string;
      days31To60: string;
      days61To90: string;
      days90Plus: string;
      /**
       * @description A negative (credit).
       * @example -20.00
       */
      unallocatedCredit: string;
    };
    StatementDto: {
      aging: components['schemas']['StatementAgingDto'];
      asAt: string;
      closingBalance: string;
      debtor: components['schemas']['DebtorRefDto'];
      from: string;
      lines: components['schemas']['StatementLineDto'][];
      openingBalance: string;
      provider: string;
      totals: components['schemas']['StatementTotalsDto'];
    };
    StatementImportDto: {
      /**
       * Format: decimal
       * @description CSV only (OFX and camt.053 state their own): the statement's closing balance.
       * @example 12.50
       */
      closingBalance?: string;
      /** @description The file's text (at most about 900 kB). */
      content: string;
      /** @description Answer what would be imported, writing nothing. */
      dryRun?: boolean;
      /** @example westpac-2027-01.csv */
      fileName?: string;
      /**
       * @example csv
       * @enum {string}
       */
      format: 'csv' | 'ofx' | 'camt053';
      /** @description CSV only: the columns; default the mapping saved for the bank account. */
      mapping?: components['schemas']['CsvMappingDto'];
      /** @description CSV only: save `mapping` as the bank account's mapping. */
      saveMapping?: boolean;
    };
    StatementLineDto: {
      /**
       * @description + raises what is owed, − lowers it.
       * @example 110.00
       */
      amount: string;
      /** @example 330.00 */
      balance: string;
      /** @example 2027-03-05 */
      date: string;
      /** @example INV-000123 */
      reference: string;
      /** @enum {string} */
      type: 'Invoice' | 'Credit Note' | 'Payment' | 'Payment Reversal' | 'Void';
    };
    StatementRefDto: {
      id: string;
      /** @example STM-000001 */
      name: string;
    };
    StatementRunDto: {
      asAt: string;
      from: string;
      /** @description Follow it at GET /api/lumary/statements/send-all/{runId}. */
      runId: string;
    };
    StatementTotalsDto: {
      credited: string;
      invoiced: string;
      paid: string;
      reversed: string;
      voided: string;
    };
    SuggestedAllocationDto: {
      /** @example 110.00 */
      amount: string;
      invoice: string;
      /** @example INV-000123 */
      invoiceName: string;
    };
    SummaryDebtorDto: {
      id: string;
      /** @example Client Alpha */
      name: string | null;
      /** @description The Contact's or Account's record type. */
      recordType: string | null;
      /** @enum {string} */
      type: 'Contact' | 'Account';
    };
    SummaryInvoiceDto: {
      /** @example 110.00 */
      balance?: string;
      client?: components['schemas']['DebtorRefDto'];
      /** @description Days past the Due Date; 0 when not overdue. */
      daysOverdue?: number;
      debtor?: components['schemas']['DebtorRefDto'];
      dueDate?: string | null;
      id?: string;
      /** @example 2027-01-05 */
      invoiceDate?: string;
      /** @example INV-000123 */
      name?: string;
      /** @enum {string} */
      status?: 'Open' | 'Part Paid';
      /** @example 220.00 */
      total?: string;
    };
    TenantAdminRequest: {
      /** Format: email */
      email: string;
      firstName?: string | null;
      lastName: string;
      /**
       * Format: password
       * @description A temporary password, changed at the first sign-in; left out, a one-time set-password link is emailed.
       */
      temporaryPassword?: string;
      /** @description Unique across the platform, every tenant included. */
      username: string;
    };
    TenantPackage: {
      /** @description Whether the tenant holds the package's licence. */
      licensed: boolean;
      name: string;
      version: string;
    };
    TenantSummary: {
      /** Format: uuid */
      id: string;
      name: string;
      packages: components['schemas']['TenantPackage'][];
      slug: string;
      timeZone: string;
    };
    TenantUser: {
      active: boolean;
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The permission sets assigned, by API name. */
      permissionSets: string[];
      profile: string;
      /**
       * Format: uuid
       * @description Their role (Setup → Roles), or null.
       */
      roleId: string | null;
      /** @description The role's label, or null. */
      roleName: string | null;
      username: string;
    };
    TenantUsers: {
      users: components['schemas']['TenantUser'][];
    };
    TopOverdueRowDto: {
      /** @example 240.00 */
      balance: string;
      id: string;
      /** @example Client Alpha */
      name: string | null;
      /** @example 240.00 */
      overdue: string;
      /** @enum {string} */
      type: 'Contact' | 'Account';
    };
    TrendPointDto: {
      /**
       * @description The month's last day, or the as-at date in its own month.
       * @example 2027-02-28
       */
      date: string;
      /**
       * @description The Debtors Control balance; null when the caller may not read the journal.
       * @example 190.00
       */
      debtorsControl: string | null;
      /**
       * @description Debtors Control − receivables.
       * @example 0.00
       */
      difference: string | null;
      /** @example 2027-02 */
      month: string;
      /**
       * @description The aged receivables total at the date.
       * @example 190.00
       */
      receivables: string;
    };
    TrialBalanceDto: {
      /** @description When asked as of a date. */
      asOf?: string;
      /** @description When asked for a period. */
      period?: components['schemas']['TrialBalancePeriodDto'];
      rows: components['schemas']['TrialBalanceRowDto'][];
      totals: components['schemas']['MoneyTotalsDto'];
    };
    TrialBalancePeriodDto: {
      /** @example 2027-01-31 */
      end: string;
      id: string;
      /** @example January 2027 */
      name: string;
      /** @example 2027-01-01 */
      start: string;
    };
    TrialBalanceRowDto: {
      /** @example Service Revenue */
      account: string;
      accountId: string;
      /**
       * @description Debit minus credit: positive is a debit balance.
       * @example -450.00
       */
      balance: string;
      /** @example 450.00 */
      credit: string;
      /** @example 0.00 */
      debit: string;
      /** @description Left out when the caller may not read the account's Control Account Type. */
      kind?: string;
      /** @description Left out when the caller may not read the account's Reporting Code. */
      reportingCode?: string | null;
    };
    UiColumn: {
      displayType: string;
      label: string;
      name: string;
      referenceTo: string[];
      relationshipName: string | null;
      scale: number | null;
      sortable?: boolean;
      type: string;
    };
    UiFormField: {
      createable: boolean;
      defaultValue:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
          )
        | null;
      displayType: string;
      helpText: string | null;
      label: string;
      length: number | null;
      name: string;
      picklistValues: components['schemas']['UiPicklistOption'][];
      precision: number | null;
      referenceTo: string[];
      relationshipName: string | null;
      required: boolean;
      scale: number | null;
      type: string;
      updateable: boolean;
    };
    UiFormSection: {
      /** @enum {number} */
      columns: 1 | 2;
      fields: components['schemas']['UiFormField'][];
      label: string;
    };
    UiObject: {
      label: string;
      name: string;
      nameField?: string;
      pluralLabel: string;
    };
    UiPageField: {
      displayType: string;
      editable: boolean;
      label: string;
      name: string;
      reference: components['schemas']['UiReference'] | null;
      referenceTo: string[];
      relationshipName: string | null;
      required: boolean;
      scale: number | null;
      type: string;
      value:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
          )
        | null;
    };
    UiPageSection: {
      /** @enum {number} */
      columns: 1 | 2;
      fields: components['schemas']['UiPageField'][];
      label: string;
    };
    UiPicklistOption: {
      default: boolean;
      label: string;
      value: string;
    };
    UiRecordActions: {
      /** @description Change Owner is offered: the user may edit the record and transfer it (owner, above them in the role hierarchy, or Modify All). */
      changeOwner: boolean;
      delete: boolean;
      edit: boolean;
    };
    UiRecordType: {
      label: string;
      name: string;
    };
    UiReference: {
      id: string;
      name: string | null;
      object: string;
    };
    UiRegion: {
      components: components['schemas']['UiRegionComponent'][];
      name: string;
    };
    UiRegionComponent: {
      name?: string;
      properties?: {
        [key: string]: unknown;
      };
      type: string;
    };
    UiRelatedList: {
      columns: components['schemas']['UiColumn'][];
      createable: boolean;
      field: string;
      label: string;
      object: string;
      records: ({
        Id: string;
      } & {
        [key: string]: unknown;
      })[];
      totalSize: number | null;
    };
    UiSort: {
      /** @enum {string} */
      direction: 'asc' | 'desc';
      field: string;
    };
    UpdateRoleRequest: {
      developerName?: string;
      name?: string;
      /** Format: uuid */
      parentRoleId?: string | null;
    };
    UpdateUserRequest: {
      /** @description false deactivates (sessions end, sign-in refused); true reactivates. */
      active?: boolean;
      /** Format: email */
      email?: string;
      firstName?: string | null;
      lastName?: string;
      /** @enum {string} */
      profile?: 'System Administrator' | 'Standard User';
      /**
       * Format: uuid
       * @description Their role in the hierarchy (Setup → Roles); null for none.
       */
      roleId?: string | null;
      username?: string;
    };
    UpsertResult: {
      /** @description True when no record had the external id and one was created. */
      created: boolean;
      errors: Record<string, never>[];
      id: string;
      success: boolean;
    };
    /**
     * User
     * @description A person who signs in; belongs to one tenant. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    User: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'User';
        /** @example /api/sobjects/User/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email: string | null;
      /**
       * First Name
       * @description First Name
       */
      FirstName: string | null;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Active
       * @description Active
       */
      IsActive: boolean;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Last Name
       * @description Last Name
       */
      LastName: string | null;
      /**
       * Full Name
       * @description Full Name
       */
      readonly Name: string | null;
      /**
       * Profile
       * @description Profile
       * @enum {string|null}
       */
      Profile: 'System Administrator' | 'Standard User' | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
      /**
       * Username
       * @description Username
       */
      Username: string | null;
      /**
       * Role
       * Format: uuid
       * @description Role
       */
      UserRoleId: string | null;
    };
    UserDetail: {
      active: boolean;
      email: string;
      firstName: string | null;
      /** Format: uuid */
      id: string;
      lastName: string;
      name: string;
      /** @description The permission sets assigned, by API name. */
      permissionSets: string[];
      profile: string;
      /**
       * Format: uuid
       * @description Their role (Setup → Roles), or null.
       */
      roleId: string | null;
      /** @description The role's label, or null. */
      roleName: string | null;
      username: string;
    };
    /**
     * User (create)
     * @description The fields of a new User; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    UserInput: {
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email: string;
      /**
       * First Name
       * @description First Name
       */
      FirstName?: string | null;
      /**
       * Active
       * @description Active
       * @default true
       */
      IsActive: boolean;
      /**
       * Last Name
       * @description Last Name
       */
      LastName: string;
      /**
       * Profile
       * @description Profile
       * @default Standard User
       * @enum {string}
       */
      Profile: 'System Administrator' | 'Standard User';
      /**
       * Username
       * @description Username
       */
      Username: string;
      /**
       * Role
       * Format: uuid
       * @description Role
       */
      UserRoleId?: string | null;
    };
    UserPermissionSets: {
      permissionSets: string[];
    };
    /**
     * Role
     * @description A place in the organisation's role hierarchy; a manager sees and edits what users in the roles below own. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    UserRole: {
      /** @description The object type and the URL of the record. */
      readonly attributes: {
        /** @enum {string} */
        type: 'UserRole';
        /** @example /api/sobjects/UserRole/00000000-0000-0000-0000-000000000000 */
        url: string;
      };
      /**
       * Created By
       * Format: uuid
       * @description Created By
       */
      readonly CreatedById: string | null;
      /**
       * Created Date
       * Format: date-time
       * @description Created Date
       */
      readonly CreatedDate: string;
      /**
       * Role Name
       * @description Role Name
       */
      DeveloperName: string | null;
      /**
       * Record ID
       * Format: uuid
       * @description Record ID
       */
      readonly Id: string;
      /**
       * Last Modified By
       * Format: uuid
       * @description Last Modified By
       */
      readonly LastModifiedById: string | null;
      /**
       * Last Modified Date
       * Format: date-time
       * @description Last Modified Date
       */
      readonly LastModifiedDate: string;
      /**
       * Label
       * @description Label
       */
      Name: string | null;
      /**
       * This role reports to
       * Format: uuid
       * @description This role reports to
       */
      ParentRoleId: string | null;
      /**
       * Record Type
       * @description Record Type
       */
      readonly RecordTypeId: string | null;
    };
    /**
     * Role (create)
     * @description The fields of a new Role; fields left out take their default or stay empty. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    UserRoleInput: {
      /**
       * Role Name
       * @description Role Name
       */
      DeveloperName: string;
      /**
       * Label
       * @description Label
       */
      Name: string;
      /**
       * This role reports to
       * Format: uuid
       * @description This role reports to
       */
      ParentRoleId?: string | null;
    };
    /**
     * Role (update)
     * @description The fields of the Role to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    UserRoleUpdate: {
      /**
       * Role Name
       * @description Role Name
       */
      DeveloperName?: string;
      /**
       * Label
       * @description Label
       */
      Name?: string;
      /**
       * This role reports to
       * Format: uuid
       * @description This role reports to
       */
      ParentRoleId?: string | null;
    };
    /**
     * User (update)
     * @description The fields of the User to change; fields left out keep their value, null empties one. Numbers travel as exact decimal strings ("1234.50"; JSON numbers of up to 15 digits are accepted on input), dates as YYYY-MM-DD, date-times as ISO-8601 instants, multi-select picklists as 'A;B'.
     */
    UserUpdate: {
      /**
       * Email
       * Format: email
       * @description Email
       */
      Email?: string;
      /**
       * First Name
       * @description First Name
       */
      FirstName?: string | null;
      /**
       * Active
       * @description Active
       * @default true
       */
      IsActive: boolean;
      /**
       * Last Name
       * @description Last Name
       */
      LastName?: string;
      /**
       * Profile
       * @description Profile
       * @default Standard User
       * @enum {string}
       */
      Profile: 'System Administrator' | 'Standard User';
      /**
       * Username
       * @description Username
       */
      Username?: string;
      /**
       * Role
       * Format: uuid
       * @description Role
       */
      UserRoleId?: string | null;
    };
    UsuallyPaysInDto: {
      /** @description How many invoices the mean is over. */
      basedOn: number;
      /** @description Mean days from Invoice Date to Paid Date; null when nothing was paid. */
      days: number | null;
    };
    ValidationRuleChangeRequest: {
      active?: boolean;
      description?: string;
      errorConditionFormula?: string;
      /** @description The field the message is shown at; null (or empty) moves it to the top of the form. */
      errorDisplayField?: string | null;
      errorMessage?: string;
    };
    ValidationRuleRequest: {
      active?: boolean;
      /** @description The API name; made from the error message when left out. */
      apiName?: string;
      description?: string;
      /** @description A formula over the record's fields: true refuses the save. */
      errorConditionFormula: string;
      /** @description The field the message is shown at; the top of the form when left out or null. */
      errorDisplayField?: string | null;
      errorMessage: string;
    };
    VoidInvoiceDto: {
      /**
       * Format: date
       * @description For an Open invoice, the day its posting is reversed (YYYY-MM-DD): default today.
       * @example 2026-03-31
       */
      date?: string;
      /** @example Raised against the wrong client */
      reason: string;
    };
    WorklistDto: {
      asOf: string;
      debtors: components['schemas']['WorklistRowDto'][];
      /** @description The risk weights: High 3, Medium 2, no history 1.5, Low 1. */
      weights: {
        [key: string]: number;
      };
    };
    WorklistRiskDto: {
      expectedLateness: number | null;
      /** @enum {string|null} */
      level: 'High' | 'Medium' | 'Low' | null;
      noHistory: boolean;
      reasons: components['schemas']['RiskReasonDto'][];
      shareLate: string | null;
    };
    WorklistRowDto: {
      debtor: components['schemas']['DebtorRefDto'];
      followUp: boolean;
      /** @description The overdue invoices, oldest due first, with their predicted pay dates. */
      invoices: components['schemas']['PredictedInvoiceDto'][];
      lastContact: components['schemas']['LastContactDto'] | null;
      nextReminder: components['schemas']['NextReminderDto'] | null;
      oldestDaysOverdue: number;
      overdue: string;
      overdueInvoices: number;
      promises: components['schemas']['PromiseViewDto'][];
      remindersPaused: boolean;
      risk: components['schemas']['WorklistRiskDto'];
      riskWeight: number;
      /** @description Σ (balance × days overdue) × the risk weight. */
      score: string;
    };
  };
  responses: {
    /** @description The request was refused: a field value, a required field, a validation rule, a malformed body or header. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "REQUIRED_FIELD_MISSING",
         *         "fields": [
         *           "Name"
         *         ],
         *         "message": "Required fields are missing: [Name]"
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description Other records still refer to this one. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "DELETE_FAILED",
         *         "fields": [],
         *         "message": "This record cannot be deleted or changed that way: records of another object still refer to it."
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description Not allowed: for cookie sessions, a change without the X-CSRF-Token header of the session. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "INVALID_CSRF_TOKEN",
         *         "fields": [],
         *         "message": "Missing or wrong X-CSRF-Token header for this session."
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description No such object, or no record of it with this id in your tenant. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "NOT_FOUND",
         *         "fields": [],
         *         "message": "The requested resource does not exist"
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description If-Match named a version the record is no longer at: someone changed it since you read it. */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE",
         *         "fields": [],
         *         "message": "This record was changed by someone else after you read it; reload it and try again."
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description Too many failed sign-ins: wait and try again. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "LOGIN_RATE_EXCEEDED",
         *         "fields": [],
         *         "message": "Too many failed sign-ins; try again later."
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
    /** @description No session, or an expired one: sign in again. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example [
         *       {
         *         "errorCode": "INVALID_SESSION_ID",
         *         "fields": [],
         *         "message": "Session expired or invalid: sign in again."
         *       }
         *     ] */
        'application/json': components['schemas']['ApiErrors'];
      };
    };
  };
  parameters: {
    /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
    IfMatch: string;
    /** @description The id of the record. */
    RecordId: string;
  };
  requestBodies: never;
  headers: {
    /** @description The version of the record, such as "3": send it back in If-Match to update or delete safely. */
    ETag: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out: the session no longer works. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user of the session, and its CSRF token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentSession'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  AuthController_oauthToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OAuthTokenRequest'];
      };
    };
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthTokenResponse'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description Changed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  AuthController_setPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordRequest'];
      };
    };
    responses: {
      /** @description The password is set; the link no longer works. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetPasswordResponse'];
        };
      };
    };
  };
  SObjectCollectionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CollectionRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollectionResult'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectCollectionsController_delete: {
    parameters: {
      query: {
        allOrNone?: 'true' | 'false';
        /** @description The ids, comma-separated (at most 200). */
        ids: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollectionResult'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectCollectionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CollectionRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollectionResult'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectCollectionsController_retrieve: {
    parameters: {
      query: {
        fields: string;
        ids: string;
      };
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': ({
            [key: string]: unknown;
          } | null)[];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectCollectionsController_retrieveByBody: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CollectionRetrieveRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': ({
            [key: string]: unknown;
          } | null)[];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up, with the loaded packages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
    };
  };
  AuditController_trail: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page, with the same filters. */
        cursor?: string;
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
        /** @description Changes on or after this day in the tenant's time zone (YYYY-MM-DD). */
        from?: string;
        /** @description One Lumary AR object with a history, e.g. lumary__Invoice__c. */
        object?: string;
        /** @description Changes per page (JSON only): 1 to 2000, default 200. */
        pageSize?: number;
        /** @description One record's changes (its id). */
        recordId?: string;
        /** @description Changes on or before this day in the tenant's time zone (YYYY-MM-DD); not before `from`. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of changes, newest first (CSV: every matching change). As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditTrailDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_accounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountDto'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_saveMapping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Bank Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CsvMappingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsvMappingDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_reconciliation: {
    parameters: {
      query?: {
        /** @description At most this many lines (default 200, at most 1000). */
        limit?: number;
        /** @description Only lines of this status; default all, unreconciled first. */
        status?: 'Unreconciled' | 'Reconciled' | 'On account';
      };
      header?: never;
      path: {
        /** @description The Bank Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_importStatement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Bank Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatementImportDto'];
      };
    };
    responses: {
      /** @description Dry run: what would be imported. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description Imported. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_rules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankRuleDto'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_removeRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Bank Rule's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Bank Statement Line's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmMatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BankController_split: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Bank Statement Line's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SplitMatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_startRun: {
    parameters: {
      query?: {
        /** @description true: answer 200 with the final progress once the run is done, instead of 202 at once (tests, scripts). */
        wait?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BillingRunDto'];
      };
    };
    responses: {
      /** @description With `?wait=true`: the final progress. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunProgressDto'];
        };
      };
      /** @description The run, Queued: follow it with GET /api/lumary/billing-runs/{id}. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StartedRunDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The billing run's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunProgressDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_start: {
    parameters: {
      query?: {
        /** @description true: answer 200 with the final progress once the batch is done, instead of 202 at once (tests, scripts). */
        wait?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimBatchDto'];
      };
    };
    responses: {
      /** @description With `?wait=true`: the final progress. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimBatchProgressDto'];
        };
      };
      /** @description The batch, Queued: follow it with GET /api/lumary/claim-batches/{id}. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StartedClaimBatchDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim batch's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimBatchProgressDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim batch's id. */
        id: string;
        /** @description The file number, from 1. */
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file exactly as it was exported: the 16 columns of the bulk payment request, CRLF line ends. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_results: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimResultsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemittanceReportDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_error: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimErrorDto'];
      };
    };
    responses: {
      /** @description The claim in Error. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_paid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimPaidDto'];
      };
    };
    responses: {
      /** @description The Paid claim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_resubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim, Open again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_writeOff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The claim's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShortfallWriteOffDto'];
      };
    };
    responses: {
      /** @description The Paid claim, its shortfall written off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_worklist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorklistDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  DebtorPaymentsController_payments: {
    parameters: {
      query?: {
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        /** @description The Contact or Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The debtor's payments, newest first, each with its allocations, and the totals. As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentHistoryDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_risk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Contact or Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtorRiskDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_statement: {
    parameters: {
      query?: {
        /** @description The statement date (YYYY-MM-DD): default today in the tenant's time zone. */
        asAt?: string;
        /** @description json (default), a printable HTML page, or a PDF download. */
        format?: 'json' | 'html' | 'pdf';
        /** @description The first day of the statement's period: default the first day of asAt's month. */
        from?: string;
      };
      header?: never;
      path: {
        /** @description The Contact or Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementDto'];
          'application/pdf': components['schemas']['StatementDto'];
          'text/html': components['schemas']['StatementDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Contact or Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendOneStatementDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueuedStatementDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  DebtorsController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Contact or Account's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtorSummaryDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoicesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewInvoiceDto'];
      };
    };
    responses: {
      /** @description The Draft invoice, or the Open one with its posting when `issue` was true. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoicesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftInvoiceDto'];
      };
    };
    responses: {
      /** @description The Draft invoice, or the Open one with its posting when `issue` was true. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoicesController_credit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreditNoteDto'];
      };
    };
    responses: {
      /** @description The credit note, its posting and the invoice after it. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditNoteResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoiceDocumentsController_html: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice as one HTML page, ready to print. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoicesController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Open invoice and its posting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoiceDocumentsController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice as a PDF download (named after the invoice). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoiceDocumentsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendInvoiceDto'];
      };
    };
    responses: {
      /** @description Queued, not yet delivered. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueuedEmailDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  InvoicesController_void: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invoice's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidInvoiceDto'];
      };
    };
    responses: {
      /** @description The Void invoice, with the reversing posting when it was Open. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  JournalController_post: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JournalEntryDto'];
      };
    };
    responses: {
      /** @description The posted entry. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostedEntryDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  JournalController_reverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The journal entry's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JournalReversalDto'];
      };
    };
    responses: {
      /** @description The reversing entry (`reverses` names the original). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostedEntryDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  JournalExportsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JournalExportDto'];
      };
    };
    responses: {
      /** @description The new entries of the period, one row per journal line (only the header row when there were none). */
      200: {
        headers: {
          /** @description The batch name (EXP-000001), to download it again; absent when there was nothing new. */
          'X-Export-Batch'?: string;
          /** @description How many journal entries the CSV holds. */
          'X-Export-Entries'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  JournalExportsController_download: {
    parameters: {
      query?: {
        /** @description The CSV's columns: Xero's manual journal import, or every column. */
        layout?: 'xero' | 'generic';
      };
      header?: never;
      path: {
        /** @description The batch name an export answered in X-Export-Batch. */
        batch: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The batch exactly as it was exported. */
      200: {
        headers: {
          /** @description The batch name (EXP-000001), to download it again; absent when there was nothing new. */
          'X-Export-Batch'?: string;
          /** @description How many journal entries the CSV holds. */
          'X-Export-Entries'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PaymentsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Records the payment once: the same key again answers 200 with the payment it recorded. Required unless the body has `idempotencyKey`. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPaymentDto'];
      };
    };
    responses: {
      /** @description This key had recorded the payment already: nothing was written now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentViewDto'];
        };
      };
      /** @description Recorded and posted. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentViewDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PaymentsController_allocate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The payment's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LaterAllocationDto'];
      };
    };
    responses: {
      /** @description The payment with its allocations. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentViewDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PaymentsController_reverse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The payment's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentReversalDto'];
      };
    };
    responses: {
      /** @description The reversed payment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentViewDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_runReminders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderRunDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderRunResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ReportsController_agedReceivables: {
    parameters: {
      query?: {
        /** @description The report date (YYYY-MM-DD): default today in the tenant's time zone. */
        asAt?: string;
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each debtor's open balance by days past due at the date, the totals and the Debtors Control balance. As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgedReceivablesDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  AnalyticsController_report: {
    parameters: {
      query?: {
        /** @description The as-at date (YYYY-MM-DD): default today in the tenant's time zone. */
        asAt?: string;
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
        /** @description The first day of the DSO/CEI period (YYYY-MM-DD), with `to`; default the first day of the as-at date's month. */
        from?: string;
        /** @description With `format=csv`: the table to download. */
        table?: 'kpis' | 'trend' | 'aging' | 'top-overdue' | 'payments';
        /** @description The last day of the DSO/CEI period (YYYY-MM-DD), with `from`; default the as-at date. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics at the date. As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnalyticsDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ReportsController_debtorBalances: {
    parameters: {
      query?: {
        /** @description The report date (YYYY-MM-DD): default today in the tenant's time zone. */
        asAt?: string;
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each debtor's invoiced, paid, credited, unallocated and overdue figures at the date, and the totals. As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtorBalancesDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  AnalyticsController_gstSummary: {
    parameters: {
      query: {
        /** @description csv: the report as a CSV download; json wins over an `Accept: text/csv` header. */
        format?: 'json' | 'csv';
        /** @description The period's first day (YYYY-MM-DD). */
        from: string;
        /** @description The period's last day (YYYY-MM-DD), not before `from`. */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The GST summary of the period. As JSON, or as CSV (`?format=csv` or `Accept: text/csv`) with a header row. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GstSummaryDto'];
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ClaimingController_agedClaims: {
    parameters: {
      query?: {
        /** @description Age the claims at this day (YYYY-MM-DD): default today. */
        asAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgedNdiaClaimsDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  ReportsController_trialBalance: {
    parameters: {
      query?: {
        /** @description Every posting dated on or before this day (YYYY-MM-DD). */
        asOf?: string;
        /** @description An accounting period's id (an Accounting Entity of type Accounting Period). */
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrialBalanceDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  BillingController_bill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The Service Delivered's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BillNowDto'];
      };
    };
    responses: {
      /** @description The issued invoice (with its posting) and the Billed service. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillNowResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_sendAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendStatementDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementRunDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  CollectionsController_sendAllStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobStatusDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  AgreementsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CatalogueImportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogueImportResultDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_packages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoadedPackage'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantSummary'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTenantRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedTenant'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_install: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InstallPackageRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  OperatorController_change: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        package: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePackageRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetDetail'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PermissionSetRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PermissionSetRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  QueryController_query: {
    parameters: {
      query: {
        /** @description The `cursor` of the previous page's nextRecordsUrl. */
        cursor?: string;
        /** @description Records per page, 1 to 2000. */
        pageSize?: number;
        /** @description The query, in a SOQL subset: `SELECT Id, Name FROM Contact WHERE ... ORDER BY ... LIMIT ...`. */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueryResult'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_customPermissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableCustomPermissions'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_fieldTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldTypeOption'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_objects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupObjectSummary'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_object: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupObject'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_addField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FieldRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupField'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_deleteField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        field: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_changeField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        field: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FieldChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupField'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_putLayoutAssignments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LayoutAssignmentsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupLayoutAssignment'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_putLayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        layout: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LayoutRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupLayout'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_resetLayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        layout: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_putRecordPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
        page: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPageRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupRecordPage'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_resetRecordPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
        page: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_addRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidationRuleRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupValidationRule'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_deleteRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
        rule: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SetupController_changeRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
        rule: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidationRuleChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupValidationRule'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RolesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleHierarchy'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RolesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoleRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RolesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RolesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RolesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoleRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingSettings'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingController_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SharingSettingsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingSettings'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_list: {
    parameters: {
      query?: {
        object?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingRuleList'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SharingRuleRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingRuleDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingRuleDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SharingRuleUpdateRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingRuleDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SharingRulesController_recalculation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingRecalculationStatus'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_users: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantUsers'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UsersController_loginHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectsController_describeGlobal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The objects the caller may read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DescribeGlobal'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  SObjectsController_list: {
    parameters: {
      query?: {
        /** @description The `cursor` of the previous page's nextRecordsUrl. */
        cursor?: string;
        /** @description The fields to return, comma-separated (parent fields through lookups too); all readable ones when left out. */
        fields?: string;
        /** @description A SOQL ORDER BY list. */
        orderBy?: string;
        /** @description Records per page, 1 to 2000. */
        pageSize?: number;
        /** @description A SOQL condition. */
        where?: string;
      };
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueryResult'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RecordSharesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordSharesDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RecordSharesController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ManualShareRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordShareDto'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  RecordSharesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        object: string;
        shareId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  Account_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Account_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Account. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Account_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  Account_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  Account_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Account_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of Account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Contact_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Contact_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Contact. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Contact_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  Contact_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  Contact_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  Contact_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of Contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Accounting_Entity__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Accounting_Entity__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Accounting_Entity__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Accounting_Entity__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Accounting_Entity__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Accounting Entity. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Accounting_Entity__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Accounting_Entity__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Accounting_Entity__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Accounting_Entity__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Accounting_Entity__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Accounting_Entity__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Accounting_Entity__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__AR_Settings__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__AR_Settings__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__AR_Settings__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The AR Settings. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__AR_Settings__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__AR_Settings__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__AR_Settings__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__AR_Settings__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__AR_Settings__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__AR_Settings__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__AR_Settings__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Rule__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Rule__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Rule__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Bank Rule. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Bank_Rule__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Rule__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Rule__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Rule__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Rule__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Rule__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Bank_Rule__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Statement__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Bank Statement. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Bank_Statement__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Statement__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Statement__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Statement__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Bank_Statement__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement_Line__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Statement_Line__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement_Line__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Bank Statement Line. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Bank_Statement_Line__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement_Line__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Statement_Line__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Bank_Statement_Line__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Bank_Statement_Line__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Bank_Statement_Line__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Bank_Statement_Line__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Billing_Run__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Billing_Run__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Billing_Run__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Billing Run. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Billing_Run__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Billing_Run__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Billing_Run__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Billing_Run__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Billing_Run__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Billing_Run__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Billing_Run__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Claim. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Claim__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Claim__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim_Batch__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Claim Batch. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Claim_Batch__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim_Batch__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim_Batch__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim_Batch__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Claim_Batch__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch_File__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim_Batch_File__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch_File__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Claim Batch File. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Claim_Batch_File__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch_File__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim_Batch_File__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Claim_Batch_File__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Claim_Batch_File__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Claim_Batch_File__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Claim_Batch_File__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Collection_Activity__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Collection_Activity__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Collection_Activity__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Collection Activity. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Collection_Activity__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Collection_Activity__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Collection_Activity__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Collection_Activity__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Collection_Activity__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Collection_Activity__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Collection_Activity__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Credit_Note__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Credit_Note__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Credit_Note__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Credit Note. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Credit_Note__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Credit_Note__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Credit_Note__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Credit_Note__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Credit_Note__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Credit_Note__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Credit_Note__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Debtor_Settings__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Debtor_Settings__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Debtor_Settings__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Debtor_Settings__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Debtor_Settings__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Debtor Settings. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Debtor_Settings__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Debtor_Settings__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Debtor_Settings__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Debtor_Settings__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Debtor_Settings__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Debtor_Settings__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Debtor_Settings__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Invoice. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Invoice__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Invoice__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Line__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice_Line__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Line__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Invoice Line. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Invoice_Line__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Line__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice_Line__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice_Line__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice_Line__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Line__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Invoice_Line__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Template__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice_Template__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Template__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Invoice Template. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Invoice_Template__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Template__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice_Template__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Invoice_Template__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Invoice_Template__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Invoice_Template__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Invoice_Template__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Entry__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Journal_Entry__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Entry__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Journal_Entry__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Entry__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Journal Entry. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Journal_Entry__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Entry__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Journal_Entry__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Journal_Entry__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Journal_Entry__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Entry__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Journal_Entry__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Line__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Journal_Line__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Line__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Journal Line. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Journal_Line__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Line__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Journal_Line__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Journal_Line__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Journal_Line__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Journal_Line__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Journal_Line__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Outbound_Email__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Outbound_Email__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Outbound_Email__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Outbound Email. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Outbound_Email__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Outbound_Email__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Outbound_Email__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Outbound_Email__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Outbound_Email__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Outbound_Email__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Outbound_Email__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Payment__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Payment__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Payment. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Payment__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Payment__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Payment__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Payment__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Payment__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment_Allocation__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Payment_Allocation__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment_Allocation__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Payment Allocation. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Payment_Allocation__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment_Allocation__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Payment_Allocation__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Payment_Allocation__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Payment_Allocation__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Payment_Allocation__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Payment_Allocation__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Promise_To_Pay__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Promise_To_Pay__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Promise_To_Pay__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Promise to Pay. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Promise_To_Pay__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Promise_To_Pay__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Promise_To_Pay__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Promise_To_Pay__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Promise_To_Pay__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Promise_To_Pay__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Promise_To_Pay__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Reminder__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Reminder__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Reminder. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Reminder__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Reminder__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Reminder__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Reminder__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Reminder__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder_Step__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Reminder_Step__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder_Step__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Reminder Step. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Reminder_Step__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder_Step__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Reminder_Step__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Reminder_Step__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Reminder_Step__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Reminder_Step__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Reminder_Step__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Agreement__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Service Agreement. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Service_Agreement__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Agreement__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Agreement__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Agreement__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Service_Agreement__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement_Line__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Agreement_Line__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement_Line__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Service Agreement Line. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Service_Agreement_Line__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement_Line__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Agreement_Line__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Agreement_Line__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Agreement_Line__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Agreement_Line__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Service_Agreement_Line__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Delivered__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Delivered__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Delivered__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Service Delivered. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Service_Delivered__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Delivered__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Delivered__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Service_Delivered__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Service_Delivered__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Service_Delivered__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Service_Delivered__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Support_Item__c_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Support_Item__cInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Support_Item__c_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Support_Item__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Support_Item__c_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Support Item. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['lumary__Support_Item__c'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Support_Item__c_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Support_Item__c_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['lumary__Support_Item__cUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  lumary__Support_Item__c_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  lumary__Support_Item__c_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of lumary__Support_Item__c. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  User_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  User_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  User_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The User. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  User_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  User_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  User_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  User_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of User. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UserRole_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRoleInput'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UserRole_upsert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An external-id (or unique) field of the object. */
        field: string;
        /** @description The record's value in that field. */
        value: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRoleUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpsertResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UserRole_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Role. */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserRole'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UserRole_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  UserRole_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins. */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRoleUpdate'];
      };
    };
    responses: {
      /** @description Updated. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
    };
  };
  UserRole_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record. */
        id: components['parameters']['RecordId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes to its tracked fields, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldHistory'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UserRole_describe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The describe of UserRole. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SObjectDescribe'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  UiAppsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppList'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiAppsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_listViews: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListViewsInfo'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_listView: {
    parameters: {
      query?: {
        /** @description The `cursor` of the previous page's nextRecordsUrl. */
        cursor?: string;
        /** @description The sort's direction. */
        direction?: 'asc' | 'desc';
        /** @description A SOQL ORDER BY list, instead of the view's sort. */
        orderBy?: string;
        /** @description Records per page, 1 to 2000. */
        pageSize?: number;
        /** @description `mine`: only the records the user owns ("My records"); `all` (the default): every record they may see. */
        scope?: 'mine' | 'all';
        /** @description Text the records' columns must contain. */
        search?: string;
        /** @description A column to sort by. */
        sort?: string;
      };
      header?: never;
      path: {
        object: string;
        view: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListViewPage'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_lookup: {
    parameters: {
      query?: {
        /** @description Text the record's name contains. */
        q?: string;
      };
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LookupResults'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_recordForm: {
    parameters: {
      query?: {
        /** @description The record type's API name; optional when the object has at most one. */
        recordType?: string;
      };
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordForm'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_recordTypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordTypesInfo'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  UiRecordController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        object: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordPage'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_assignments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPermissionSets'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignPermissionSetRequest'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  PermissionSetsController_unassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
}
