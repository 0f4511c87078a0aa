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
