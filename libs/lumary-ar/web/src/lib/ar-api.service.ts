import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiClient, soqlString, toApiError } from '@platform/web';
import type { ApiRecord, RequestBody, ResponseBody, Schemas } from '@platform/api-client';
import type { OpenInvoice } from './allocation';
import { todayIso as todayInZone } from './server-errors';

const enc = encodeURIComponent;
const AR = '/api/lumary';

/** The Debtor Settings object and the fields the "Debtor Settings" action shows. */
export const DEBTOR_SETTINGS = 'lumary__Debtor_Settings__c';
export const SETTINGS_FIELDS = {
  debtor: 'lumary__Debtor__c',
  paymentTerms: 'lumary__Payment_Terms__c',
  invoiceEmail: 'lumary__Invoice_Email__c',
  template: 'lumary__Invoice_Template__c',
} as const;
export const INVOICE_TEMPLATE = 'lumary__Invoice_Template__c';

/** A Contact or Account a payment comes from. */
export interface Debtor {
  id: string;
  name: string;
  /** `Contact` or `Account`. */
  object: string;
}

/** A payment as its actions need it: what is left to allocate, whether it can still be reversed. */
export interface PaymentState {
  id: string;
  name: string;
  debtor: string | null;
  date: string | null;
  amount: string;
  unallocated: string;
  status: string;
}

const PAYMENT_FIELDS = 'Id, Name, lumary__Debtor__c, lumary__Payment_Date__c, lumary__Amount__c, lumary__Unallocated__c, lumary__Status__c';

function paymentState(r: Record<string, unknown>): PaymentState {
  const text = (name: string, fallback = '') => (r[name] === null || r[name] === undefined ? fallback : String(r[name]));
  return {
    id: text('Id'),
    name: text('Name', text('Id')),
    debtor: text('lumary__Debtor__c') || null,
    date: text('lumary__Payment_Date__c') || null,
    amount: text('lumary__Amount__c', '0.00'),
    unallocated: text('lumary__Unallocated__c', '0.00'),
    status: text('lumary__Status__c', 'Received'),
  };
}

/** A query's record, as the ledger pages read it. */
export type Row = Record<string, unknown>;

/** A journal line of one account, as the trial balance's drill lists it. */
export interface AccountLine {
  id: string;
  date: string;
  entryId: string;
  entryName: string;
  description: string;
  debit: string;
  credit: string;
}

/** An Accounting Entity as the editors and reports pick it. */
export interface AccountingEntity {
  id: string;
  name: string;
  reportingCode: string | null;
  /** An Accounting Period's dates and status. */
  start: string | null;
  end: string | null;
  status: string | null;
}

/** The bank reconciliation's shapes, as the API's contract (the generated client) states them. */
export type BankAccount = Schemas['BankAccountDto'];
/** Which columns of the bank's CSV hold what. */
export type CsvMapping = Schemas['CsvMappingDto'];
export type BankSuggestion = Schemas['BankSuggestionDto'];
export type StatementLine = Schemas['BankStatementLineDto'];
export type Reconciliation = Schemas['ReconciliationDto'];
export type StatementImportBody = Schemas['StatementImportDto'];
export type ImportResult = Schemas['ImportResultDto'];
export type MatchResult = Schemas['MatchResultDto'];
export type BankRule = Schemas['BankRuleDto'];

/** One line of the invoice editor, as the API takes it (money and quantities as decimal strings). */
export interface EditorLine {
  description: string;
  quantity: string;
  unitPrice: string;
  taxCode: 'GST' | 'GST_FREE';
  glCode: string | null;
  costCentre: string | null;
  service: string | null;
}

/** A Draft invoice as the editor loads it. */
export interface EditorInvoice {
  id: string;
  name: string;
  status: string;
  client: string | null;
  debtor: string | null;
  invoiceDate: string | null;
  lines: EditorLine[];
}

/** What a journal export answered. */
export interface JournalExportFile {
  csv: string;
  batch: string | null;
  entries: number;
}

/** An export batch, from the entries it stamped. */
export interface ExportBatch {
  name: string;
  period: string | null;
  entries: number;
}

/** The audit trail's filters (dates YYYY-MM-DD). */
export interface AuditFilter {
  object?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

/** LIKE patterns for each word typed (wildcards dropped: a name is matched as typed). */
function likeWords(text: string): string[] {
  return text
    .replace(/[%_\\]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((w) => soqlString(`%${w}%`));
}

/** What an object's describe says the user may do with its records. */
export type ObjectRights = Required<Pick<Schemas['SObjectDescribe'], 'createable' | 'updateable'>>;

/** One debtor's settings record, as the action reads it (with the template's name). */
export interface DebtorSettingsRecord {
  id: string;
  paymentTerms: string | null;
  invoiceEmail: string | null;
  template: { id: string; name: string | null } | null;
}

/**
 * The Lumary AR endpoints (under /api/lumary) and the records API calls the AR components make.
 * Every call resolves to its body or rejects with an ApiError, like the shell's ApiClient.
 */
@Injectable({ providedIn: 'root' })
export class ArApiService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiClient);
  private readonly rightsCache = new Map<string, Promise<ObjectRights>>();

  debtorSummary(id: string): Promise<Schemas['DebtorSummaryDto']> {
    return this.send(this.http.get<Schemas['DebtorSummaryDto']>(`${AR}/debtors/${enc(id)}/summary`));
  }

  /** What the user may do with an object's records; read once per object. */
  rights(object: string): Promise<ObjectRights> {
    let rights = this.rightsCache.get(object);
    if (!rights) {
      rights = this.send(this.http.get<Schemas['SObjectDescribe']>(`/api/sobjects/${enc(object)}/describe`)).then((d) => ({
        createable: !!d.createable,
        updateable: !!d.updateable,
      }));
      rights.catch(() => this.rightsCache.delete(object));
      this.rightsCache.set(object, rights);
    }
    return rights;
  }

  /** The debtor's settings record, or null when it has none yet. */
  async debtorSettings(debtorId: string): Promise<DebtorSettingsRecord | null> {
    const f = SETTINGS_FIELDS;
    const soql = `SELECT Id, ${f.paymentTerms}, ${f.invoiceEmail}, ${f.template}, lumary__Invoice_Template__r.Name FROM ${DEBTOR_SETTINGS} WHERE ${f.debtor} = ${soqlString(debtorId)} LIMIT 1`;
    const record = (await this.api.query(soql)).records[0];
    if (!record) return null;
    const templateId = record[f.template] as string | null;
    const related = record['lumary__Invoice_Template__r'] as ApiRecord | null | undefined;
    return {
      id: record['Id'] as string,
      paymentTerms: record[f.paymentTerms] === null || record[f.paymentTerms] === undefined ? null : String(record[f.paymentTerms]),
      invoiceEmail: (record[f.invoiceEmail] as string | null) ?? null,
      template: templateId ? { id: templateId, name: (related?.['Name'] as string | null) ?? null } : null,
    };
  }

  /** Creates the debtor's settings record, or changes the one it has. */
  async saveDebtorSettings(debtorId: string, existing: string | null, values: Record<string, unknown>): Promise<void> {
    if (existing) await this.api.update(DEBTOR_SETTINGS, existing, values);
    else await this.api.create(DEBTOR_SETTINGS, { ...values, [SETTINGS_FIELDS.debtor]: debtorId });
  }

  /** The invoice templates to pick from, by name. */
  async invoiceTemplates(): Promise<{ id: string; name: string }[]> {
    const result = await this.api.query(`SELECT Id, Name FROM ${INVOICE_TEMPLATE} ORDER BY Name LIMIT 200`);
    return result.records.map((r) => ({ id: r['Id'] as string, name: String(r['Name'] ?? r['Id']) }));
  }

  issueInvoice(id: string): Promise<ResponseBody<'InvoicesController_issue'>> {
    return this.send(this.http.post<ResponseBody<'InvoicesController_issue'>>(`${AR}/invoices/${enc(id)}/issue`, {}));
  }

  voidInvoice(id: string, reason: string): Promise<ResponseBody<'InvoicesController_void'>> {
    const body: RequestBody<'InvoicesController_void'> = { reason };
    return this.send(this.http.post<ResponseBody<'InvoicesController_void'>>(`${AR}/invoices/${enc(id)}/void`, body));
  }

  creditInvoice(id: string, body: RequestBody<'InvoicesController_credit'>): Promise<ResponseBody<'InvoicesController_credit'>> {
    return this.send(this.http.post<ResponseBody<'InvoicesController_credit'>>(`${AR}/invoices/${enc(id)}/credit-notes`, body));
  }

  sendInvoice(id: string, to?: string): Promise<ResponseBody<'InvoiceDocumentsController_send'>> {
    const body: RequestBody<'InvoiceDocumentsController_send'> = to ? { to } : {};
    return this.send(this.http.post<ResponseBody<'InvoiceDocumentsController_send'>>(`${AR}/invoices/${enc(id)}/send`, body));
  }

  /** The debtor's Open and Part Paid invoices (the caller orders them oldest first). */
  async openInvoices(debtorId: string): Promise<OpenInvoice[]> {
    const soql =
      'SELECT Id, Name, lumary__Invoice_Date__c, lumary__Due_Date__c, lumary__Balance__c FROM lumary__Invoice__c' +
      ` WHERE lumary__Debtor__c = ${soqlString(debtorId)} AND lumary__Status__c IN ('Open', 'Part Paid')` +
      ' ORDER BY lumary__Invoice_Date__c ASC, Name ASC LIMIT 200';
    const result = await this.api.query(soql);
    return result.records.map((r) => ({
      id: String(r['Id']),
      name: String(r['Name'] ?? r['Id']),
      invoiceDate: (r['lumary__Invoice_Date__c'] as string | null) ?? null,
      dueDate: (r['lumary__Due_Date__c'] as string | null) ?? null,
      balance: String(r['lumary__Balance__c'] ?? '0.00'),
    }));
  }

  /** The invoices' numbers and balances now (after a payment or credit was applied). */
  async invoiceBalances(ids: string[]): Promise<{ id: string; name: string; balance: string }[]> {
    if (!ids.length) return [];
    const soql = `SELECT Id, Name, lumary__Balance__c FROM lumary__Invoice__c WHERE Id IN (${ids.map(soqlString).join(', ')}) ORDER BY Name ASC`;
    return (await this.api.query(soql)).records.map((r) => ({
      id: String(r['Id']),
      name: String(r['Name'] ?? r['Id']),
      balance: String(r['lumary__Balance__c'] ?? '0.00'),
    }));
  }

  /** Some fields of one record (null when the user may not see it): what an action needs to know. */
  async recordFields(object: string, id: string, fields: string[]): Promise<Record<string, unknown> | null> {
    const soql = `SELECT Id, Name, ${fields.join(', ')} FROM ${object} WHERE Id = ${soqlString(id)} LIMIT 1`;
    return (await this.api.query(soql)).records[0] ?? null;
  }

  /** How many entries reverse this journal entry (0 or 1). */
  async reversalsOf(entryId: string): Promise<number> {
    const soql = `SELECT Id FROM lumary__Journal_Entry__c WHERE lumary__Reverses__c = ${soqlString(entryId)} LIMIT 1`;
    return (await this.api.query(soql)).records.length;
  }

  /** The debtor's received payments with unallocated credit left, oldest first. */
  async creditPayments(debtorId: string): Promise<PaymentState[]> {
    const soql =
      `SELECT ${PAYMENT_FIELDS} FROM lumary__Payment__c WHERE lumary__Debtor__c = ${soqlString(debtorId)}` +
      " AND lumary__Status__c = 'Received' AND lumary__Unallocated__c > 0 ORDER BY lumary__Payment_Date__c ASC, Name ASC LIMIT 200";
    return (await this.api.query(soql)).records.map(paymentState);
  }

  async payment(id: string): Promise<PaymentState | null> {
    const record = (await this.api.query(`SELECT ${PAYMENT_FIELDS} FROM lumary__Payment__c WHERE Id = ${soqlString(id)} LIMIT 1`))
      .records[0];
    return record ? paymentState(record) : null;
  }

  /** A Contact's or Account's name, for a dialog opened on its page. */
  async debtor(id: string, object: string): Promise<Debtor | null> {
    const record = (await this.api.query(`SELECT Id, Name FROM ${object} WHERE Id = ${soqlString(id)} LIMIT 1`)).records[0];
    return record ? { id: String(record['Id']), name: String(record['Name'] ?? record['Id']), object } : null;
  }

  /**
   * Contacts and Accounts whose name contains every word of the text, for picking who paid. A
   * Contact's Name is a formula (not filterable): its words are looked for in First and Last Name.
   */
  async searchDebtors(text: string): Promise<Debtor[]> {
    // LIKE's wildcards are dropped from the words: a name is matched as typed.
    const words = text
      .replace(/[%_\\]/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 4)
      .map((w) => soqlString(`%${w}%`));
    if (!words.length) return [];
    const find = async (object: string, where: string, order: string) => {
      try {
        const result = await this.api.query(`SELECT Id, Name FROM ${object} WHERE ${where} ORDER BY ${order} LIMIT 10`);
        return result.records.map((r) => ({ id: String(r['Id']), name: String(r['Name'] ?? r['Id']), object }));
      } catch {
        // An object the user may not read is left out of the choices.
        return [];
      }
    };
    const contactWhere = words.map((w) => `(FirstName LIKE ${w} OR LastName LIKE ${w})`).join(' AND ');
    const accountWhere = words.map((w) => `Name LIKE ${w}`).join(' AND ');
    const [contacts, accounts] = await Promise.all([
      find('Contact', contactWhere, 'LastName ASC, FirstName ASC'),
      find('Account', accountWhere, 'Name ASC'),
    ]);
    return [...contacts, ...accounts];
  }

  allocatePayment(id: string, body: RequestBody<'PaymentsController_allocate'>): Promise<ResponseBody<'PaymentsController_allocate'>> {
    return this.send(this.http.post<ResponseBody<'PaymentsController_allocate'>>(`${AR}/payments/${enc(id)}/allocations`, body));
  }

  reversePayment(id: string, body: RequestBody<'PaymentsController_reverse'>): Promise<ResponseBody<'PaymentsController_reverse'>> {
    return this.send(this.http.post<ResponseBody<'PaymentsController_reverse'>>(`${AR}/payments/${enc(id)}/reverse`, body));
  }

  claimPaid(id: string, paidDate: string): Promise<ResponseBody<'BillingController_paid'>> {
    const body: RequestBody<'BillingController_paid'> = { paidDate };
    return this.send(this.http.post<ResponseBody<'BillingController_paid'>>(`${AR}/claims/${enc(id)}/paid`, body));
  }

  claimError(id: string, reason: string): Promise<ResponseBody<'BillingController_error'>> {
    const body: RequestBody<'BillingController_error'> = { reason };
    return this.send(this.http.post<ResponseBody<'BillingController_error'>>(`${AR}/claims/${enc(id)}/error`, body));
  }

  claimWriteOffShortfall(id: string, reason: string): Promise<ResponseBody<'ClaimingController_writeOff'>> {
    const body: RequestBody<'ClaimingController_writeOff'> = { reason };
    return this.send(this.http.post<ResponseBody<'ClaimingController_writeOff'>>(`${AR}/claims/${enc(id)}/write-off-shortfall`, body));
  }

  claimResubmit(id: string): Promise<ResponseBody<'BillingController_resubmit'>> {
    return this.send(this.http.post<ResponseBody<'BillingController_resubmit'>>(`${AR}/claims/${enc(id)}/resubmit`, {}));
  }

  reverseJournalEntry(id: string, body: RequestBody<'JournalController_reverse'>): Promise<ResponseBody<'JournalController_reverse'>> {
    return this.send(this.http.post<ResponseBody<'JournalController_reverse'>>(`${AR}/journal/entries/${enc(id)}/reverse`, body));
  }

  /** Where the browser downloads the invoice's PDF (the session cookie goes with the request). */
  invoicePdfUrl(id: string): string {
    return `${AR}/invoices/${enc(id)}/pdf`;
  }

  /** The invoice's printable HTML (opened in a new tab, printed from the browser). */
  invoiceHtmlUrl(id: string): string {
    return `${AR}/invoices/${enc(id)}/html`;
  }

  /** Records a payment once per key: sending the same key again answers with the same payment. */
  recordPayment(
    payment: RequestBody<'PaymentsController_record'>,
    idempotencyKey: string,
  ): Promise<ResponseBody<'PaymentsController_record'>> {
    return this.send(
      this.http.post<ResponseBody<'PaymentsController_record'>>(`${AR}/payments`, payment, {
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    );
  }

  billNow(serviceId: string): Promise<ResponseBody<'BillingController_bill'>> {
    const body: RequestBody<'BillingController_bill'> = {};
    return this.send(this.http.post<ResponseBody<'BillingController_bill'>>(`${AR}/services/${enc(serviceId)}/bill-now`, body));
  }

  startBillingRun(upTo: string): Promise<ResponseBody<'BillingController_startRun'>> {
    const body: RequestBody<'BillingController_startRun'> = { upTo };
    return this.send(this.http.post<ResponseBody<'BillingController_startRun'>>(`${AR}/billing-runs`, body));
  }

  billingRun(id: string): Promise<ResponseBody<'BillingController_progress'>> {
    return this.send(this.http.get<ResponseBody<'BillingController_progress'>>(`${AR}/billing-runs/${enc(id)}`));
  }

  /** Starts a claim batch (NDIA bulk payment request) of the Open claims up to a date; its job validates and exports them. */
  startClaimBatch(upTo: string): Promise<ResponseBody<'ClaimingController_start'>> {
    const body: RequestBody<'ClaimingController_start'> = { upTo };
    return this.send(this.http.post<ResponseBody<'ClaimingController_start'>>(`${AR}/claim-batches`, body));
  }

  claimBatch(id: string): Promise<ResponseBody<'ClaimingController_progress'>> {
    return this.send(this.http.get<ResponseBody<'ClaimingController_progress'>>(`${AR}/claim-batches/${enc(id)}`));
  }

  /** Where the browser downloads file `n` of a claim batch, byte for byte as exported. */
  claimBatchFileUrl(id: string, n: number): string {
    return `${AR}/claim-batches/${enc(id)}/files/${n}`;
  }

  /** Aged NDIA receivables at a date: Submitted claims and shortfalls not written off, by days since submission. */
  ndiaClaimsAged(asAt: string): Promise<ResponseBody<'ClaimingController_agedClaims'>> {
    return this.send(
      this.http.get<ResponseBody<'ClaimingController_agedClaims'>>(`${AR}/reports/ndia-claims-aged`, {
        params: new HttpParams().set('asAt', asAt),
      }),
    );
  }

  /** Imports the portal's result (remittance) file, as text: all or nothing. */
  importClaimResults(content: string): Promise<ResponseBody<'ClaimingController_results'>> {
    const body: RequestBody<'ClaimingController_results'> = { content };
    return this.send(this.http.post<ResponseBody<'ClaimingController_results'>>(`${AR}/claim-batches/results`, body));
  }

  agedReceivables(asAt: string): Promise<ResponseBody<'ReportsController_agedReceivables'>> {
    return this.send(
      this.http.get<ResponseBody<'ReportsController_agedReceivables'>>(`${AR}/reports/aged-receivables`, {
        params: new HttpParams().set('asAt', asAt),
      }),
    );
  }

  /** The CSV download of the aged receivables at a date. */
  agedReceivablesCsvUrl(asAt: string): string {
    return `${AR}/reports/aged-receivables?asAt=${enc(asAt)}&format=csv`;
  }

  /** Receivables analytics as at a date; DSO and CEI over `from`–`to` when both are given (else the as-at month). */
  analytics(asAt: string, period?: { from: string; to: string }): Promise<ResponseBody<'AnalyticsController_report'>> {
    let params = new HttpParams().set('asAt', asAt);
    if (period) params = params.set('from', period.from).set('to', period.to);
    return this.send(this.http.get<ResponseBody<'AnalyticsController_report'>>(`${AR}/reports/analytics`, { params }));
  }

  /** The CSV download of one table of the analytics. */
  analyticsCsvUrl(
    table: 'kpis' | 'trend' | 'aging' | 'top-overdue' | 'payments',
    asAt: string,
    period?: { from: string; to: string },
  ): string {
    const range = period ? `&from=${enc(period.from)}&to=${enc(period.to)}` : '';
    return `${AR}/reports/analytics?asAt=${enc(asAt)}${range}&format=csv&table=${enc(table)}`;
  }

  /** The GST summary (G1, G3, 1A) of a period, with its GST Control check. */
  gstSummary(from: string, to: string): Promise<ResponseBody<'AnalyticsController_gstSummary'>> {
    return this.send(
      this.http.get<ResponseBody<'AnalyticsController_gstSummary'>>(`${AR}/reports/gst`, {
        params: new HttpParams().set('from', from).set('to', to),
      }),
    );
  }

  gstSummaryCsvUrl(from: string, to: string): string {
    return `${AR}/reports/gst?from=${enc(from)}&to=${enc(to)}&format=csv`;
  }

  /** Creates an invoice with its lines (a Draft, or issued at once with `issue`). */
  createInvoice(body: RequestBody<'InvoicesController_create'>): Promise<ResponseBody<'InvoicesController_create'>> {
    return this.send(this.http.post<ResponseBody<'InvoicesController_create'>>(`${AR}/invoices`, body));
  }

  /** Replaces a Draft invoice's header and lines in one transaction (and issues it with `issue`). */
  updateInvoice(id: string, body: RequestBody<'InvoicesController_update'>): Promise<ResponseBody<'InvoicesController_update'>> {
    return this.send(this.http.put<ResponseBody<'InvoicesController_update'>>(`${AR}/invoices/${enc(id)}`, body));
  }

  /** Client Contacts whose first or last name contains every word of the text. */
  async searchClients(text: string): Promise<Debtor[]> {
    const words = likeWords(text);
    if (!words.length) return [];
    const where = words.map((w) => `(FirstName LIKE ${w} OR LastName LIKE ${w})`).join(' AND ');
    const soql = `SELECT Id, Name FROM Contact WHERE RecordTypeId = 'Client' AND ${where} ORDER BY LastName ASC, FirstName ASC LIMIT 10`;
    return (await this.api.query(soql)).records.map((r) => ({
      id: String(r['Id']),
      name: String(r['Name'] ?? r['Id']),
      object: 'Contact',
    }));
  }

  /** A Contact's or Account's name and object from its id alone (a polymorphic lookup's value). */
  async party(id: string): Promise<Debtor | null> {
    return (await this.debtor(id, 'Contact').catch(() => null)) ?? (await this.debtor(id, 'Account').catch(() => null));
  }

  /** Who a client's invoices are payable by: its Default Debtor, else the client. */
  async clientDebtor(client: Debtor): Promise<Debtor> {
    const record = await this.recordFields('Contact', client.id, ['lumary__Default_Debtor__c']);
    const id = record?.['lumary__Default_Debtor__c'] as string | null | undefined;
    return (id && (await this.party(id))) || client;
  }

  /** Active GL Codes or Cost Centres (Accounting Entities of that record type), by name. */
  async accountingEntities(recordType: 'GL_Code' | 'Cost_Centre' | 'Accounting_Period'): Promise<AccountingEntity[]> {
    const active = recordType === 'Accounting_Period' ? '' : ' AND lumary__Active__c = true AND lumary__Control_Account_Type__c = null';
    const order = recordType === 'Accounting_Period' ? 'lumary__Start_Date__c DESC' : 'Name ASC';
    const soql =
      'SELECT Id, Name, lumary__Reporting_Code__c, lumary__Start_Date__c, lumary__End_Date__c, lumary__Status__c FROM lumary__Accounting_Entity__c' +
      ` WHERE RecordTypeId = '${recordType}'${active} ORDER BY ${order} LIMIT 500`;
    return (await this.api.query(soql)).records.map((r) => ({
      id: String(r['Id']),
      name: String(r['Name'] ?? r['Id']),
      reportingCode: (r['lumary__Reporting_Code__c'] as string | null) ?? null,
      start: (r['lumary__Start_Date__c'] as string | null) ?? null,
      end: (r['lumary__End_Date__c'] as string | null) ?? null,
      status: (r['lumary__Status__c'] as string | null) ?? null,
    }));
  }

  /** A Draft's header and lines, for the invoice editor; null when the user may not read it. */
  async invoiceForEditor(id: string): Promise<EditorInvoice | null> {
    const header = (
      await this.api.query(
        `SELECT Id, Name, lumary__Status__c, lumary__Client__c, lumary__Debtor__c, lumary__Invoice_Date__c FROM lumary__Invoice__c WHERE Id = ${soqlString(id)} LIMIT 1`,
      )
    ).records[0];
    if (!header) return null;
    const lines = await this.api.query(
      'SELECT Id, Name, lumary__Description__c, lumary__Quantity__c, lumary__Unit_Price__c, lumary__Tax_Code__c, lumary__GL_Code__c, lumary__Cost_Centre__c, lumary__Service__c' +
        ` FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = ${soqlString(id)} ORDER BY Name ASC LIMIT 500`,
    );
    const text = (r: Row, name: string) => (r[name] === null || r[name] === undefined ? null : String(r[name]));
    return {
      id,
      name: String(header['Name'] ?? id),
      status: text(header, 'lumary__Status__c') ?? 'Draft',
      client: text(header, 'lumary__Client__c'),
      debtor: text(header, 'lumary__Debtor__c'),
      invoiceDate: text(header, 'lumary__Invoice_Date__c'),
      lines: lines.records.map((r) => ({
        description: text(r, 'lumary__Description__c') ?? '',
        quantity: text(r, 'lumary__Quantity__c') ?? '',
        unitPrice: text(r, 'lumary__Unit_Price__c') ?? '',
        taxCode: text(r, 'lumary__Tax_Code__c') === 'GST_FREE' ? 'GST_FREE' : 'GST',
        glCode: text(r, 'lumary__GL_Code__c'),
        costCentre: text(r, 'lumary__Cost_Centre__c'),
        service: text(r, 'lumary__Service__c'),
      })),
    };
  }

  trialBalance(query: { period?: string; asOf?: string }): Promise<ResponseBody<'ReportsController_trialBalance'>> {
    let params = new HttpParams();
    if (query.period) params = params.set('period', query.period);
    if (query.asOf) params = params.set('asOf', query.asOf);
    return this.send(this.http.get<ResponseBody<'ReportsController_trialBalance'>>(`${AR}/reports/trial-balance`, { params }));
  }

  /** One account's journal lines (a GL Code's or Control Account's), newest first: in a period, or dated up to a day. */
  async accountLines(account: string, query: { period?: string; asOf?: string }): Promise<AccountLine[]> {
    const where = [`lumary__Account__c = ${soqlString(account)}`];
    if (query.period) where.push(`lumary__Accounting_Period__c = ${soqlString(query.period)}`);
    if (query.asOf && /^\d{4}-\d{2}-\d{2}$/.test(query.asOf)) where.push(`lumary__Line_Date__c <= ${query.asOf}`);
    // `Lines` is the relationship's name in the metadata (Journal Line → its Journal Entry).
    const soql =
      'SELECT Id, lumary__Line_Date__c, lumary__Journal_Entry__c, lumary__Lines__r.Name, lumary__Description__c, lumary__Debit__c, lumary__Credit__c' +
      ` FROM lumary__Journal_Line__c WHERE ${where.join(' AND ')} ORDER BY lumary__Line_Date__c DESC, Name DESC LIMIT 500`;
    return (await this.api.query(soql)).records.map((r) => {
      const text = (name: string) => (r[name] === null || r[name] === undefined ? '' : String(r[name]));
      const entry = r['lumary__Lines__r'] as Row | null | undefined;
      return {
        id: text('Id'),
        date: text('lumary__Line_Date__c'),
        entryId: text('lumary__Journal_Entry__c'),
        entryName: String(entry?.['Name'] ?? ''),
        description: text('lumary__Description__c'),
        debit: text('lumary__Debit__c') || '0.00',
        credit: text('lumary__Credit__c') || '0.00',
      };
    });
  }

  postJournalEntry(body: RequestBody<'JournalController_post'>): Promise<ResponseBody<'JournalController_post'>> {
    return this.send(this.http.post<ResponseBody<'JournalController_post'>>(`${AR}/journal/entries`, body));
  }

  /** Exports a period's new entries: the CSV, its batch name (none when nothing was new) and how many entries it holds. */
  async exportJournal(body: RequestBody<'JournalExportsController_export'>): Promise<JournalExportFile> {
    const response = await this.send(this.http.post(`${AR}/journal/exports`, body, { observe: 'response', responseType: 'text' }));
    return {
      csv: response.body ?? '',
      batch: response.headers.get('X-Export-Batch'),
      entries: Number(response.headers.get('X-Export-Entries') ?? '0'),
    };
  }

  /** Where the browser downloads an export batch again. */
  journalBatchUrl(batch: string, layout: 'xero' | 'generic'): string {
    return `${AR}/journal/exports/${enc(batch)}?layout=${layout}`;
  }

  /** The export batches so far, newest first: each with its period and how many entries it took. */
  async exportBatches(): Promise<ExportBatch[]> {
    const soql =
      // `Journal_Entries` is the relationship's name in the metadata (Journal Entry → its Accounting Period).
      'SELECT lumary__Export_Batch__c, lumary__Accounting_Period__c, lumary__Journal_Entries__r.Name FROM lumary__Journal_Entry__c' +
      ' WHERE lumary__Export_Batch__c != null ORDER BY lumary__Export_Batch__c DESC LIMIT 2000';
    const batches = new Map<string, ExportBatch>();
    for (const r of (await this.api.query(soql)).records) {
      const name = String(r['lumary__Export_Batch__c']);
      const period = r['lumary__Journal_Entries__r'] as Row | null | undefined;
      const batch = batches.get(name) ?? { name, period: (period?.['Name'] as string | null) ?? null, entries: 0 };
      batch.entries += 1;
      batches.set(name, batch);
    }
    return [...batches.values()];
  }

  debtorBalances(asAt: string): Promise<ResponseBody<'ReportsController_debtorBalances'>> {
    return this.send(
      this.http.get<ResponseBody<'ReportsController_debtorBalances'>>(`${AR}/reports/debtor-balances`, {
        params: new HttpParams().set('asAt', asAt),
      }),
    );
  }

  debtorBalancesCsvUrl(asAt: string): string {
    return `${AR}/reports/debtor-balances?asAt=${enc(asAt)}&format=csv`;
  }

  paymentHistory(debtor: string): Promise<ResponseBody<'DebtorPaymentsController_payments'>> {
    return this.send(this.http.get<ResponseBody<'DebtorPaymentsController_payments'>>(`${AR}/debtors/${enc(debtor)}/payments`));
  }

  paymentHistoryCsvUrl(debtor: string): string {
    return `${AR}/debtors/${enc(debtor)}/payments?format=csv`;
  }

  audit(filter: AuditFilter, cursor?: string): Promise<ResponseBody<'AuditController_trail'>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries({ ...filter, cursor })) if (value) params = params.set(key, value);
    return this.send(this.http.get<ResponseBody<'AuditController_trail'>>(`${AR}/audit`, { params }));
  }

  auditCsvUrl(filter: AuditFilter): string {
    const params = Object.entries({ ...filter, format: 'csv' })
      .filter(([, v]) => !!v)
      .map(([k, v]) => `${k}=${enc(String(v))}`);
    return `${AR}/audit?${params.join('&')}`;
  }

  /** The collections worklist: overdue debtors, highest score first. */
  worklist(): Promise<Schemas['WorklistDto']> {
    return this.send(this.http.get<Schemas['WorklistDto']>(`${AR}/collections/worklist`));
  }

  /** Runs the payment reminders as of a day (default today). */
  runReminders(asOf?: string): Promise<Schemas['ReminderRunResultDto']> {
    return this.send(this.http.post<Schemas['ReminderRunResultDto']>(`${AR}/reminders/run`, asOf ? { asOf } : {}));
  }

  /** A debtor's statement page or PDF (the browser opens it). */
  statementUrl(debtor: string, asAt: string, format: 'html' | 'pdf'): string {
    return `${AR}/debtors/${enc(debtor)}/statement?asAt=${enc(asAt)}&format=${format}`;
  }

  sendStatement(debtor: string, asAt: string): Promise<Schemas['QueuedStatementDto']> {
    return this.send(this.http.post<Schemas['QueuedStatementDto']>(`${AR}/debtors/${enc(debtor)}/statement/send`, { asAt }));
  }

  sendAllStatements(asAt: string): Promise<Schemas['StatementRunDto']> {
    return this.send(this.http.post<Schemas['StatementRunDto']>(`${AR}/statements/send-all`, { asAt }));
  }

  statementRun(runId: string): Promise<Schemas['JobStatusDto']> {
    return this.send(this.http.get<Schemas['JobStatusDto']>(`${AR}/statements/send-all/${enc(runId)}`));
  }

  /** Records a promise to pay (records API: its permissions and validation apply). */
  async createPromise(debtor: string, promiseDate: string, amount: string, note: string): Promise<void> {
    await this.api.create('lumary__Promise_To_Pay__c', {
      lumary__Debtor__c: debtor,
      lumary__Promise_Date__c: promiseDate,
      lumary__Promised_On__c: todayInZone(),
      lumary__Amount__c: amount,
      ...(note ? { lumary__Note__c: note } : {}),
    });
  }

  /** Logs a call or a note against a debtor. */
  async logActivity(debtor: string, type: string, date: string, note: string): Promise<void> {
    await this.api.create('lumary__Collection_Activity__c', {
      lumary__Debtor__c: debtor,
      lumary__Type__c: type,
      lumary__Activity_Date__c: date,
      ...(note ? { lumary__Note__c: note } : {}),
    });
  }

  bankAccounts(): Promise<BankAccount[]> {
    return this.send(this.http.get<BankAccount[]>(`${AR}/bank-accounts`));
  }

  reconciliation(bankAccount: string): Promise<Reconciliation> {
    return this.send(this.http.get<Reconciliation>(`${AR}/bank-accounts/${enc(bankAccount)}/reconciliation`));
  }

  importStatement(bankAccount: string, body: StatementImportBody): Promise<ImportResult> {
    return this.send(this.http.post<ImportResult>(`${AR}/bank-accounts/${enc(bankAccount)}/statements`, body));
  }

  confirmLine(
    line: string,
    body: { debtor?: string; payment?: string; allocations?: { invoice: string; amount: string }[] },
  ): Promise<MatchResult> {
    return this.send(this.http.post<MatchResult>(`${AR}/bank-statement-lines/${enc(line)}/confirm`, body));
  }

  splitLine(
    line: string,
    parts: { debtor: string; amount: string; allocations?: { invoice: string; amount: string }[] }[],
  ): Promise<MatchResult> {
    return this.send(this.http.post<MatchResult>(`${AR}/bank-statement-lines/${enc(line)}/split`, { parts }));
  }

  bankRules(): Promise<BankRule[]> {
    return this.send(this.http.get<BankRule[]>(`${AR}/bank-rules`));
  }

  removeBankRule(id: string): Promise<void> {
    return this.send(this.http.delete<void>(`${AR}/bank-rules/${enc(id)}`));
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call, { defaultValue: undefined as T });
    } catch (error) {
      throw toApiError(error);
    }
  }
}
