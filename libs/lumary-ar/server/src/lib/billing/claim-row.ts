import { LocalDate } from '@js-joda/core';
import { stringify } from 'csv-stringify/sync';
import Decimal from 'decimal.js';

/**
 * One row of the NDIA bulk payment request (DOMAIN.md "NDIA claiming"): its 16 columns in the
 * portal's order, and the checks a row passes before it is exported.
 */
export const BULK_COLUMNS = [
  'RegistrationNumber',
  'NDISNumber',
  'SupportsDeliveredFrom',
  'SupportsDeliveredTo',
  'SupportNumber',
  'ClaimReference',
  'Quantity',
  'Hours',
  'UnitPrice',
  'GSTCode',
  'AuthorisedBy',
  'ParticipantApproved',
  'InKindFundingProgram',
  'ClaimType',
  'CancellationReason',
  'ABN of Support Provider',
] as const;

/** At most this many rows a file; a batch with more writes several files. */
export const ROWS_PER_FILE = 5000;

export const CLAIM_TYPES = ['CANC', 'REPW', 'TRAN', 'NF2F', 'THLT', 'IRSS'] as const;
export const CANCELLATION_REASONS = ['NSDH', 'NSDF', 'NSDT', 'NSDO'] as const;
export const GST_CODES = ['P1', 'P2', 'P5'] as const;

/** The service's tax code as the portal's GST code: GST is taxable (P1), GST_FREE is GST-free (P2), anything else out of scope (P5). */
export function gstCodeOf(taxCode: string | null): string {
  if (taxCode === 'GST') return 'P1';
  if (taxCode === 'GST_FREE') return 'P2';
  return 'P5';
}

/** What a claim carries for its row, plus the client's NDIS number and the provider's details. */
export interface ClaimRowData {
  name: string;
  ndisNumber: string | null;
  supportNumber: string | null;
  from: string | null;
  to: string | null;
  quantity: string | null;
  hours: string | null;
  unitPrice: string | null;
  gstCode: string | null;
  claimType: string | null;
  cancellationReason: string | null;
  glCode: string | null;
}

export interface Provider {
  registrationNumber: string | null;
  abn: string | null;
}

const NDIS_NUMBER = /^43\d{7}$/;
/** Registration group, support category, item, and the two trailing codes: `01_011_0107_1_1`. */
const SUPPORT_NUMBER = /^\d{2}_\d{3}_\d{4}_\d_\d(_[A-Z])?$/;
const DECIMAL = /^\d{1,7}(\.\d{1,2})?$/;

/** An ABN: 11 digits whose weighted sum (first digit less 1) is a multiple of 89. */
export function validAbn(abn: string): boolean {
  const digits = abn.replace(/\s/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  const total = [...digits].reduce((sum, d, i) => sum + (Number(d) - (i === 0 ? 1 : 0)) * weights[i], 0);
  return total % 89 === 0;
}

/** Why a claim's row cannot be exported, each reason naming the column; none when it can. */
export function rowProblems(row: ClaimRowData, provider: Provider): string[] {
  const problems: string[] = [];
  if (!provider.registrationNumber) problems.push('RegistrationNumber: AR Settings have no NDIS Registration Number');
  if (!provider.abn) problems.push('ABN of Support Provider: AR Settings have no ABN');
  if (!row.ndisNumber) problems.push('NDISNumber: the client has no NDIS Number');
  // The number itself is not repeated: a failure is read by users who may not read NDIS numbers.
  else if (!NDIS_NUMBER.test(row.ndisNumber)) problems.push("NDISNumber: the client's NDIS Number is not 9 digits starting 43");
  if (!row.supportNumber) problems.push('SupportNumber: the service has no Support Item Number');
  else if (!SUPPORT_NUMBER.test(row.supportNumber))
    problems.push(`SupportNumber: ${row.supportNumber} is not a support item number like 01_011_0107_1_1`);
  if (!row.from || !row.to) problems.push('SupportsDeliveredFrom: the dates of the supports are missing');
  else if (row.from > row.to) problems.push(`SupportsDeliveredTo: ${row.to} is before SupportsDeliveredFrom ${row.from}`);
  const count = row.hours ?? row.quantity;
  const column = row.hours !== null ? 'Hours' : 'Quantity';
  if (count === null || !DECIMAL.test(count) || new Decimal(count).lte(0)) problems.push(`${column}: must be more than 0`);
  else if (row.hours !== null && !new Decimal(row.hours).times(60).isInteger())
    problems.push(`Hours: ${row.hours} is not a whole number of minutes`);
  if (row.unitPrice === null || !DECIMAL.test(row.unitPrice) || new Decimal(row.unitPrice).lte(0))
    problems.push('UnitPrice: must be more than 0 with at most 2 decimals');
  if (!row.gstCode || !(GST_CODES as readonly string[]).includes(row.gstCode)) problems.push('GSTCode: must be P1, P2 or P5');
  if (row.claimType && !(CLAIM_TYPES as readonly string[]).includes(row.claimType))
    problems.push(`ClaimType: ${row.claimType} is not one of ${CLAIM_TYPES.join(', ')}`);
  if (row.claimType === 'CANC' && !row.cancellationReason)
    problems.push(`CancellationReason: a CANC claim needs one of ${CANCELLATION_REASONS.join(', ')}`);
  if (row.claimType !== 'CANC' && row.cancellationReason) problems.push('CancellationReason: only a CANC claim has one');
  if (!row.glCode) problems.push('the service has no GL Code to post the claim to');
  return problems;
}

/** Hours as the portal reads them: hhh:mm (1.5 → 01:30). */
export function hhmm(hours: string): string {
  const minutes = new Decimal(hours).times(60).toNumber();
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The 16 values of a valid row, in order. Dates as yyyy-mm-dd; amounts with two decimals. */
export function rowValues(row: ClaimRowData, provider: Provider): string[] {
  const iso = (date: string | null) => (date ? LocalDate.parse(date).toString() : '');
  return [
    provider.registrationNumber ?? '',
    row.ndisNumber ?? '',
    iso(row.from),
    iso(row.to),
    row.supportNumber ?? '',
    row.name,
    row.hours === null && row.quantity !== null ? new Decimal(row.quantity).toFixed(2) : '',
    row.hours !== null ? hhmm(row.hours) : '',
    row.unitPrice !== null ? new Decimal(row.unitPrice).toFixed(2) : '',
    row.gstCode ?? '',
    '',
    '',
    '',
    row.claimType ?? '',
    row.cancellationReason ?? '',
    (provider.abn ?? '').replace(/\s/g, ''),
  ];
}

/** A file of rows: the header, then a CRLF-ended line per row. */
export function bulkCsv(rows: string[][]): string {
  return stringify([[...BULK_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}
