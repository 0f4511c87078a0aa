import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiClient, soqlString, toApiError } from '@platform/web';
import type { ApiRecord, RequestBody, ResponseBody, Schemas } from '@platform/api-client';

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

  /** Where the browser downloads the invoice's PDF (the session cookie goes with the request). */
  invoicePdfUrl(id: string): string {
    return `${AR}/invoices/${enc(id)}/pdf`;
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

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call, { defaultValue: undefined as T });
    } catch (error) {
      throw toApiError(error);
    }
  }
}
