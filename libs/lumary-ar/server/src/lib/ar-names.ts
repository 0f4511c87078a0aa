/** The AR package's API names, as the engine sees them at run time (namespace `lumary`). */
export const ENTITY = 'lumary__Accounting_Entity__c';
export const JOURNAL_ENTRY = 'lumary__Journal_Entry__c';
export const JOURNAL_LINE = 'lumary__Journal_Line__c';
export const REOPEN_PERMISSION = 'lumary__Reopen_Accounting_Period';

export const F = {
  status: 'lumary__Status__c',
  startDate: 'lumary__Start_Date__c',
  endDate: 'lumary__End_Date__c',
  parent: 'lumary__Parent__c',
  active: 'lumary__Active__c',
  controlType: 'lumary__Control_Account_Type__c',
  reportingCode: 'lumary__Reporting_Code__c',
  externalId: 'lumary__External_Id__c',
} as const;

export type RecordTypeName = 'Accounting_Period' | 'Control_Account' | 'GL_Code' | 'Cost_Centre';

/** The AR objects of issue 6 (invoices, payments, billing), by run-time API name. */
export const AR = {
  invoice: 'lumary__Invoice__c',
  line: 'lumary__Invoice_Line__c',
  payment: 'lumary__Payment__c',
  allocation: 'lumary__Payment_Allocation__c',
  creditNote: 'lumary__Credit_Note__c',
  service: 'lumary__Service_Delivered__c',
  claim: 'lumary__Claim__c',
  billingRun: 'lumary__Billing_Run__c',
  outbox: 'lumary__Outbound_Email__c',
  settings: 'lumary__AR_Settings__c',
  debtorSettings: 'lumary__Debtor_Settings__c',
  template: 'lumary__Invoice_Template__c',
} as const;

/** Invoice statuses (libs/lumary-ar/RULES.md#invoices). */
export type InvoiceStatus = 'Draft' | 'Open' | 'Part Paid' | 'Paid' | 'Void';
/** Issued and not Void: what the summary and reports count. */
export const ISSUED: InvoiceStatus[] = ['Open', 'Part Paid', 'Paid'];
/** Issued with something still owing. */
export const OPEN: InvoiceStatus[] = ['Open', 'Part Paid'];

/** Payment terms when neither the debtor nor the organisation sets any (libs/lumary-ar/RULES.md#debtor-settings). */
export const DEFAULT_PAYMENT_TERMS = 14;

/** Service agreements and the support catalogue (libs/lumary-ar/RULES.md#service-agreements), by run-time API name. */
export const AGREEMENTS = {
  supportItem: 'lumary__Support_Item__c',
  agreement: 'lumary__Service_Agreement__c',
  line: 'lumary__Service_Agreement_Line__c',
} as const;
