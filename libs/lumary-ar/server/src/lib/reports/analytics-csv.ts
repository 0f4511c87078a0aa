import type { Analytics } from './analytics.service';
import type { GstSummary } from './gst-summary.service';
import { AGE_BUCKETS } from './receivables';
import { toCsv } from './report-csv';

/** The analytics' tables, each downloadable as CSV (`?format=csv&table=`). */
export const ANALYTICS_TABLES = ['kpis', 'trend', 'aging', 'top-overdue', 'payments'] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];

type Row<K extends keyof Analytics> = Analytics[K] extends (infer R)[] ? R : never;

/** One table of the analytics as CSV: money as plain two-decimal numbers, months as YYYY-MM. */
export function analyticsCsv(report: Analytics, table: AnalyticsTable): string {
  switch (table) {
    case 'kpis': {
      const k = report.kpis;
      const rows: [string, string | number | null][] = [
        ['From', k.from],
        ['To', k.to],
        ['Days', k.days],
        ['Receivables at Start', k.receivablesStart],
        ['Receivables at End', k.receivablesEnd],
        ['Current at End', k.currentEnd],
        ['Invoiced', k.invoiced],
        ['Credited', k.credited],
        ['Voided', k.voided],
        ['Credit Sales', k.creditSales],
        ['DSO (days)', k.dso],
        ['CEI (%)', k.cei],
      ];
      return toCsv<[string, string | number | null]>(
        [
          ['Figure', 'text', (r) => r[0]],
          ['Value', 'money', (r) => (r[1] === null ? '' : String(r[1]))],
        ],
        rows,
      );
    }
    case 'trend':
      return toCsv<Row<'trend'>>(
        [
          ['Month', 'text', (r) => r.month],
          ['Date', 'text', (r) => r.date],
          ['Receivables', 'money', (r) => r.receivables],
          ['Debtors Control', 'money', (r) => r.debtorsControl],
          ['Difference', 'money', (r) => r.difference],
        ],
        report.trend,
      );
    case 'aging':
      return toCsv<Row<'aging'>>(
        [
          ['Month', 'text', (r) => r.month],
          ['Date', 'text', (r) => r.date],
          ...AGE_BUCKETS.map((b): [string, 'money', (r: Row<'aging'>) => string] => [b.label, 'money', (r) => r[b.key]]),
          ['Unallocated Credit', 'money', (r) => r.unallocatedCredit],
          ['Total', 'money', (r) => r.total],
        ],
        report.aging,
      );
    case 'top-overdue':
      return toCsv<Row<'topOverdue'>>(
        [
          ['Debtor', 'text', (r) => r.name],
          ['Debtor Type', 'text', (r) => r.type],
          ['Debtor Id', 'text', (r) => r.id],
          ['Overdue', 'money', (r) => r.overdue],
          ['Balance', 'money', (r) => r.balance],
        ],
        report.topOverdue,
      );
    case 'payments':
      return toCsv<Row<'payments'>>(
        [
          ['Month', 'text', (r) => r.month],
          ['Payments', 'money', (r) => String(r.count)],
          ['Received', 'money', (r) => r.received],
          ['Reversed', 'money', (r) => r.reversed],
          ['Net', 'money', (r) => r.net],
        ],
        report.payments,
      );
  }
}

/** The GST summary as CSV: a row per kind of document, then G1, G3 and 1A, then the GST Control check. */
export function gstSummaryCsv(s: GstSummary): string {
  type R = [label: string, count: string, total: string, gstFree: string, gst: string];
  const rows: R[] = [
    ['Invoices', String(s.invoices.count), s.invoices.total, s.invoices.gstFree, s.invoices.gst],
    ['Credit Notes', String(s.creditNotes.count), s.creditNotes.total, s.creditNotes.gstFree, s.creditNotes.gst],
    ['Voided Invoices', String(s.voids.count), s.voids.total, s.voids.gstFree, s.voids.gst],
    ['BAS', '', s.g1, s.g3, s.gst1A],
  ];
  if (s.gstControl !== null) rows.push(['GST Control movement', '', '', '', s.gstControl], ['Difference', '', '', '', s.difference ?? '']);
  return toCsv<R>(
    [
      ['Row', 'text', (r) => r[0]],
      ['Count', 'money', (r) => r[1]],
      ['Total incl GST (G1)', 'money', (r) => r[2]],
      ['GST-free (G3)', 'money', (r) => r[3]],
      ['GST (1A)', 'money', (r) => r[4]],
    ],
    rows,
  );
}
