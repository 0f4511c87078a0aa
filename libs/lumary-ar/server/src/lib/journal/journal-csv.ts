import Decimal from 'decimal.js';
import { inertText as text, writeCsv } from '../csv';

/** One journal line as an export row, with the codes the financial package knows it by. */
export interface ExportLine {
  batch: string;
  entry: string;
  date: string;
  narration: string;
  description: string;
  accountName: string;
  accountCode: string;
  accountExternalId: string;
  accountIsGst: boolean;
  costCentreName: string;
  costCentreCode: string;
  costCentreExternalId: string;
  debit: string;
  credit: string;
  sourceObject: string;
  sourceId: string;
}

export type ExportLayout = 'xero' | 'generic';
export const EXPORT_LAYOUTS: ExportLayout[] = ['xero', 'generic'];

// GST is journaled to the GST Control account explicitly, so Xero must not add tax again.
const XERO_TAX = 'BAS Excluded';

const XERO: [string, (l: ExportLine) => string][] = [
  ['*Narration', (l) => text(l.narration)],
  ['*Date', (l) => auDate(l.date)],
  ['Description', (l) => text(l.description)],
  ['*AccountCode', (l) => text(l.accountCode)],
  ['*TaxRate', () => XERO_TAX],
  ['*Amount', (l) => new Decimal(l.debit).minus(l.credit).toFixed(2)],
  ['TrackingName1', (l) => (l.costCentreName ? 'Cost Centre' : '')],
  ['TrackingOption1', (l) => text(l.costCentreName)],
];

const GENERIC: [string, (l: ExportLine) => string][] = [
  ['Batch', (l) => text(l.batch)],
  ['Entry', (l) => text(l.entry)],
  ['Date', (l) => l.date],
  ['Narration', (l) => text(l.narration)],
  ['Description', (l) => text(l.description)],
  ['Account Reporting Code', (l) => text(l.accountCode)],
  ['Account External Id', (l) => text(l.accountExternalId)],
  ['Cost Centre Reporting Code', (l) => text(l.costCentreCode)],
  ['Cost Centre External Id', (l) => text(l.costCentreExternalId)],
  ['Debit', (l) => l.debit],
  ['Credit', (l) => l.credit],
  ['Tax', (l) => (l.accountIsGst ? 'GST' : '')],
  ['Source Object', (l) => text(l.sourceObject)],
  ['Source Id', (l) => text(l.sourceId)],
];

/** The CSV a financial package imports as manual journals: a header, then one row per line. */
export function toCsv(layout: ExportLayout, lines: ExportLine[]): string {
  const columns = layout === 'xero' ? XERO : GENERIC;
  const rows = [columns.map(([header]) => header), ...lines.map((line) => columns.map(([, value]) => value(line)))];
  return writeCsv(rows);
}

function auDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
