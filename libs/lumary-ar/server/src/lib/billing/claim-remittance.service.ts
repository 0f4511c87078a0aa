import { DateTimeFormatter, LocalDate } from '@js-joda/core';
import { EngineError, inTenant, requireObject, type RecordEngine, type RecordError, type RequestContext } from '@platform/engine';
import { parse } from 'csv-parse/sync';
import { AR } from '../ar-names';
import { formatMoney, parseMoney, type Money } from '../journal/money';
import { ClaimService } from './claim.service';
import { ServiceRepository } from './service.repository';

/**
 * The portal's result (remittance) file, as this package reads it: a CSV with a header row
 * naming at least these columns (any order, other columns ignored):
 * - ClaimReference: the claim's number (CLM-000123), as exported;
 * - PaymentRequestNumber: the portal's payment request number (required when Paid);
 * - PaidAmount: the amount paid, 2 decimals at most (required when Paid);
 * - Status: `Paid` or `Error` (also read: Successful/Success/Approved as Paid, Rejected/Failed as Error);
 * - ErrorReason: why the portal rejected it (required when Error);
 * - PaidDate: yyyy-mm-dd or dd/mm/yyyy (required when Paid; the date of an Error's reversal otherwise, default today).
 */
export const RESULT_COLUMNS = ['ClaimReference', 'PaymentRequestNumber', 'PaidAmount', 'Status', 'ErrorReason', 'PaidDate'] as const;

export type RemittanceOutcome = 'Paid' | 'Short paid' | 'Error' | 'Unchanged' | 'Unmatched' | 'Skipped';

export interface RemittanceRow {
  row: number;
  claimReference: string;
  claimId: string | null;
  outcome: RemittanceOutcome;
  paidAmount?: string;
  shortfall?: string;
  message?: string;
}

export interface RemittanceReport {
  rows: number;
  paid: number;
  shortPaid: number;
  errors: number;
  unchanged: number;
  unmatched: number;
  skipped: number;
  results: RemittanceRow[];
}

interface ParsedRow {
  row: number;
  reference: string;
  status: 'Paid' | 'Error';
  paymentRequest: string | null;
  amount: Money | null;
  reason: string | null;
  date: string | null;
}

const PAID = ['paid', 'successful', 'success', 'approved'];
const ERROR = ['error', 'rejected', 'failed', 'fail'];
const DMY = DateTimeFormatter.ofPattern('dd/MM/uuuu');

function parseDate(text: string): string | undefined {
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return LocalDate.parse(text).toString();
    if (/^\d{2}\/\d{2}\/\d{4}$/.test(text)) return LocalDate.parse(text, DMY).toString();
  } catch {
    return undefined;
  }
  return undefined;
}

type Problem = RecordError;

/**
 * Imports a remittance file (DOMAIN.md "NDIA claiming"): all or nothing. Every row is checked
 * first; a bad file is refused (400) naming each row and column, writing nothing. Then, in one
 * transaction, each row matched by ClaimReference moves its Submitted claim to Paid (amount,
 * payment request number, date; a short payment leaves the shortfall receivable) or to Error
 * (the reason; the submission reversed). A row already applied (the claim Paid with that payment
 * request number, or in Error with that reason) is Unchanged, so importing a file twice changes
 * nothing; rows naming no claim are reported Unmatched.
 */
export class ClaimRemittanceService {
  private readonly repository: ServiceRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly claims: ClaimService = new ClaimService(engine),
  ) {
    this.repository = new ServiceRepository(engine);
  }

  async import(ctx: RequestContext, content: string): Promise<RemittanceReport> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const parsed = this.parse(content);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const claims = await this.repository.claimsByName(manager, ctx.tenantId, [...new Set(parsed.map((p) => p.reference))]);
      const problems: Problem[] = [];
      for (const p of parsed) {
        const claim = claims.get(p.reference);
        if (claim && p.status === 'Paid' && p.amount && p.amount.greaterThan(claim.amount))
          problems.push(
            bad(p.row, 'PaidAmount', `${formatMoney(p.amount)} is more than ${claim.name}'s amount ${formatMoney(claim.amount)}`),
          );
      }
      if (problems.length) throw new EngineError('invalid', problems);
      const report: RemittanceReport = {
        rows: parsed.length,
        paid: 0,
        shortPaid: 0,
        errors: 0,
        unchanged: 0,
        unmatched: 0,
        skipped: 0,
        results: [],
      };
      const writes = this.engine.within(manager, ctx);
      for (const p of parsed) {
        const claim = claims.get(p.reference);
        const base = { row: p.row, claimReference: p.reference, claimId: claim?.id ?? null };
        if (!claim) {
          report.unmatched++;
          report.results.push({ ...base, outcome: 'Unmatched', message: `No claim ${p.reference} in this organisation.` });
          continue;
        }
        if (p.status === 'Paid' && claim.status === 'Paid' && claim.paymentRequest === p.paymentRequest) {
          report.unchanged++;
          report.results.push({ ...base, outcome: 'Unchanged', message: `${claim.name} is already Paid under ${p.paymentRequest}.` });
          continue;
        }
        if (p.status === 'Error' && claim.status === 'Error' && claim.errorReason === p.reason) {
          report.unchanged++;
          report.results.push({ ...base, outcome: 'Unchanged', message: `${claim.name} is already in Error for this reason.` });
          continue;
        }
        if (claim.status !== 'Submitted') {
          report.skipped++;
          report.results.push({
            ...base,
            outcome: 'Skipped',
            message: `${claim.name} is ${claim.status}: only a Submitted claim takes a result.`,
          });
          continue;
        }
        if (p.status === 'Paid') {
          const amount = p.amount as Money;
          const date = p.date as string;
          const values = await this.claims.payIn(manager, ctx, claim, { amount, date, reference: p.paymentRequest });
          await writes.update(AR.claim, claim.id, { lumary__Status__c: 'Paid', ...values });
          claim.status = 'Paid';
          claim.paymentRequest = p.paymentRequest;
          const shortfall = claim.amount.minus(amount);
          if (shortfall.isZero()) report.paid++;
          else report.shortPaid++;
          report.results.push({
            ...base,
            outcome: shortfall.isZero() ? 'Paid' : 'Short paid',
            paidAmount: formatMoney(amount),
            ...(shortfall.isZero() ? {} : { shortfall: formatMoney(shortfall) }),
          });
        } else {
          const values = await this.claims.errorIn(manager, ctx, claim, p.reason as string, p.date ?? ctx.today.toString());
          await writes.update(AR.claim, claim.id, { lumary__Status__c: 'Error', ...values });
          claim.status = 'Error';
          claim.errorReason = p.reason;
          report.errors++;
          report.results.push({ ...base, outcome: 'Error', message: p.reason ?? undefined });
        }
      }
      return report;
    });
  }

  /** Every row checked; a file with any problem is refused with all of them (row numbers count the header as row 1). */
  private parse(content: string): ParsedRow[] {
    let records: string[][];
    try {
      records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    } catch (error) {
      throw EngineError.invalid('INVALID_FILE', `The file is not a readable CSV: ${(error as Error).message}`, ['file']);
    }
    if (!records.length)
      throw EngineError.invalid('INVALID_FILE', 'The file is empty: it needs a header row and a row per claim.', ['file']);
    const header = records[0].map((h) => h.trim());
    const index = new Map(header.map((h, i) => [h.toLowerCase(), i]));
    const required = ['ClaimReference', 'Status', 'PaidAmount', 'PaymentRequestNumber', 'ErrorReason', 'PaidDate'];
    const missing = required.filter((c) => !index.has(c.toLowerCase()));
    if (missing.length)
      throw EngineError.invalid(
        'INVALID_FILE',
        `The header row has no column ${missing.join(', ')}: a result file has ${RESULT_COLUMNS.join(', ')}.`,
        missing,
      );
    if (records.length < 2) throw EngineError.invalid('INVALID_FILE', 'The file has a header row but no rows.', ['file']);
    const problems: Problem[] = [];
    const rows: ParsedRow[] = [];
    const seen = new Map<string, number>();
    records.slice(1).forEach((record, i) => {
      const row = i + 2;
      const value = (column: string) => (record[index.get(column.toLowerCase()) as number] ?? '').trim();
      const reference = value('ClaimReference');
      const statusText = value('Status').toLowerCase();
      const before = problems.length;
      if (!reference) problems.push(bad(row, 'ClaimReference', 'is empty'));
      else if (seen.has(reference)) problems.push(bad(row, 'ClaimReference', `${reference} is also on row ${seen.get(reference)}`));
      else seen.set(reference, row);
      const status = PAID.includes(statusText) ? 'Paid' : ERROR.includes(statusText) ? 'Error' : undefined;
      if (!status) problems.push(bad(row, 'Status', `"${value('Status')}" is neither Paid nor Error`));
      const dateText = value('PaidDate');
      const date = dateText ? parseDate(dateText) : undefined;
      if (dateText && !date) problems.push(bad(row, 'PaidDate', `"${dateText}" is not a date (yyyy-mm-dd or dd/mm/yyyy)`));
      let amount: Money | undefined;
      if (status === 'Paid') {
        amount = parseMoney(value('PaidAmount'));
        if (!amount) problems.push(bad(row, 'PaidAmount', `"${value('PaidAmount')}" is not an amount of at most 2 decimals`));
        if (!value('PaymentRequestNumber')) problems.push(bad(row, 'PaymentRequestNumber', 'is empty for a Paid row'));
        if (!dateText) problems.push(bad(row, 'PaidDate', 'is empty for a Paid row'));
      }
      if (status === 'Error' && !value('ErrorReason')) problems.push(bad(row, 'ErrorReason', 'is empty for an Error row'));
      if (problems.length === before && status)
        rows.push({
          row,
          reference,
          status,
          paymentRequest: value('PaymentRequestNumber') || null,
          amount: amount ?? null,
          reason: value('ErrorReason') || null,
          date: date ?? null,
        });
    });
    if (problems.length) throw new EngineError('invalid', problems);
    return rows;
  }
}

function bad(row: number, column: string, message: string): Problem {
  return { errorCode: 'INVALID_FILE', message: `Row ${row}, column ${column}: ${message}.`, fields: [column] };
}
