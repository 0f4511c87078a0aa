import { inertText, writeCsv } from '../csv';
import type { AuditEntry } from './audit-trail.service';
import type { PaymentHistory } from './payment-history.service';
import { AGE_BUCKETS, type AgedReceivables, type DebtorBalances } from './receivables';

/** A column: its header and its cell; `money` cells are plain numbers, `text` cells are made inert for spreadsheets. */
type Column<T> = [header: string, kind: 'text' | 'money', value: (row: T) => string | null | undefined];

/**
 * The reports as CSV downloads: a header row, then a row per line, RFC 4180 quoting, CRLF line
 * ends; money as plain two-decimal numbers (negative with a minus sign), dates as YYYY-MM-DD.
 */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const cells = (row: T) => columns.map(([, kind, value]) => (kind === 'text' ? inertText(value(row) ?? '') : value(row)));
  return writeCsv([columns.map(([header]) => header), ...rows.map(cells)]);
}

type AgedRow = AgedReceivables['debtors'][number];

/** A row per debtor, then a Total row; the Debtors Control balance and any difference as the last rows. */
export function agedReceivablesCsv(report: AgedReceivables): string {
  const columns: Column<AgedRow>[] = [
    ['Debtor', 'text', (r) => r.name],
    ['Debtor Type', 'text', (r) => r.type],
    ['Debtor Id', 'text', (r) => r.id],
    ...AGE_BUCKETS.map((b): Column<AgedRow> => [b.label, 'money', (r) => r[b.key]]),
    ['Unallocated Credit', 'money', (r) => r.unallocatedCredit],
    ['Total', 'money', (r) => r.total],
  ];
  const footer: AgedRow[] = [{ id: '', name: 'Total', type: '', ...report.totals }];
  if (report.debtorsControl !== null) {
    const only = (total: string) => ({ ...Object.fromEntries(Object.keys(report.totals).map((k) => [k, ''])), total }) as AgedRow;
    footer.push(
      { ...only(report.debtorsControl), name: `Debtors Control at ${report.asAt}` },
      { ...only(report.difference ?? ''), name: 'Difference' },
    );
  }
  return toCsv(columns, [...report.debtors, ...footer]);
}

type BalanceRow = DebtorBalances['debtors'][number];

export function debtorBalancesCsv(report: DebtorBalances): string {
  const figures = [
    ['Invoiced', 'invoiced'],
    ['Paid', 'paid'],
    ['Credited', 'credited'],
    ['Unallocated Credit', 'unallocatedCredit'],
    ['Balance', 'balance'],
    ['Overdue', 'overdue'],
  ] as const;
  const columns: Column<BalanceRow>[] = [
    ['Debtor', 'text', (r) => r.name],
    ['Debtor Type', 'text', (r) => r.type],
    ['Debtor Id', 'text', (r) => r.id],
    // A figure left out of the report (field-level security) is left out of the CSV too.
    ...figures.filter(([, key]) => key in report.totals).map(([header, key]): Column<BalanceRow> => [header, 'money', (r) => r[key]]),
  ];
  return toCsv(columns, [...report.debtors, { id: '', name: 'Total', type: '', ...report.totals }]);
}

interface PaymentCsvRow {
  row: 'Payment' | 'Allocation';
  payment?: string;
  date?: string;
  method?: string;
  reference?: string | null;
  amount?: string;
  allocated?: string;
  unallocated?: string;
  status?: string;
  reversalDate?: string | null;
  invoice?: string;
  allocationAmount?: string;
  reversed?: string;
}

/** A row per payment, each followed by a row per allocation (so the Amount column sums to what was received). */
export function paymentHistoryCsv(history: PaymentHistory): string {
  const rows: PaymentCsvRow[] = history.payments.flatMap((p) => [
    {
      row: 'Payment' as const,
      payment: p.number,
      date: p.date,
      method: p.method,
      reference: p.reference,
      amount: p.amount,
      allocated: p.allocated,
      unallocated: p.unallocated,
      status: p.status,
      reversalDate: p.reversalDate,
    },
    // A value the caller may not read is left out of the history (field-level security): its cell is empty.
    ...(p.allocations ?? []).map((a) => ({
      row: 'Allocation' as const,
      payment: p.number,
      date: a.date,
      invoice: a.invoice?.name,
      allocationAmount: a.amount,
      reversed: a.reversed === undefined ? undefined : a.reversed ? 'Yes' : 'No',
      reversalDate: a.reversedDate,
    })),
  ]);
  return toCsv<PaymentCsvRow>(
    [
      ['Row', 'text', (r) => r.row],
      ['Payment', 'text', (r) => r.payment],
      ['Date', 'text', (r) => r.date],
      ['Method', 'text', (r) => r.method],
      ['Reference', 'text', (r) => r.reference],
      ['Amount', 'money', (r) => r.amount],
      ['Allocated', 'money', (r) => r.allocated],
      ['Unallocated', 'money', (r) => r.unallocated],
      ['Status', 'text', (r) => r.status],
      ['Invoice', 'text', (r) => r.invoice],
      ['Allocation Amount', 'money', (r) => r.allocationAmount],
      ['Reversed', 'text', (r) => r.reversed],
      ['Reversal Date', 'text', (r) => r.reversalDate],
    ],
    rows,
  );
}

export function auditTrailCsv(entries: AuditEntry[]): string {
  return toCsv<AuditEntry>(
    [
      ['Date', 'text', (e) => e.changedDate],
      ['Object', 'text', (e) => e.object.label],
      ['Record', 'text', (e) => e.record.name],
      ['Record Id', 'text', (e) => e.record.id],
      ['Field', 'text', (e) => e.field.label],
      ['Old Value', 'text', (e) => cell(e.oldValue)],
      ['New Value', 'text', (e) => cell(e.newValue)],
      ['Changed By', 'text', (e) => e.changedBy.name],
    ],
    entries,
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
