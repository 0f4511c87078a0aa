import { parse as parseCsv } from 'csv-parse/sync';
import Decimal from 'decimal.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseOfx } from 'ofx-js';
import { formatMoney, type Money } from '../journal/money';

export const STATEMENT_FORMATS = ['csv', 'ofx', 'camt053'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];
/** How the Format picklist names each. */
export const FORMAT_LABEL: Record<StatementFormat, string> = { csv: 'CSV', ofx: 'OFX', camt053: 'camt.053' };

export const DATE_FORMATS = ['dd/mm/yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * Which columns of a bank's CSV hold what, by header name: the amount either in one signed
 * column, or as debit (money out) and credit (money in) columns.
 */
export interface CsvMapping {
  date: string;
  amount?: string;
  debit?: string;
  credit?: string;
  description?: string;
  reference?: string;
  transactionId?: string;
  /** Default dd/mm/yyyy. */
  dateFormat?: DateFormat;
}

/** One transaction as the file states it; amount > 0 is money in. */
export interface ParsedLine {
  /** Where it is in the file (1-based line number). */
  sourceLine: number;
  date: string;
  amount: Money;
  description: string;
  reference: string;
  transactionId: string | null;
}

export interface ParsedStatement {
  lines: ParsedLine[];
  closingBalance: Money | null;
  statementDate: string | null;
}

/** A file the importer refuses: the line of the file and why. */
export class StatementFileError extends Error {
  constructor(
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line ? `Line ${line}: ${reason}` : reason);
  }
}

const SIGNED_MONEY = /^-?\d{1,16}(\.\d{1,2})?$/;

/** "1,234.50", "$12.00", "(5.00)" and "-5.00" as money; undefined when it is not an amount. */
export function parseBankAmount(text: unknown): Money | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  let s = String(text)
    .trim()
    .replace(/[$,\s]/g, '');
  if (/^\(.*\)$/.test(s)) s = `-${s.slice(1, -1)}`;
  if (s.startsWith('+')) s = s.slice(1);
  if (!SIGNED_MONEY.test(s)) return undefined;
  const value = new Decimal(s);
  return value.isZero() ? new Decimal(0) : value;
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar date in the mapping's format, as YYYY-MM-DD. */
export function parseBankDate(text: string, format: DateFormat): string | undefined {
  const s = text.trim();
  if (format === 'yyyy-mm-dd') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    return m ? validDate(+m[1], +m[2], +m[3]) : undefined;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return undefined;
  return format === 'dd/mm/yyyy' ? validDate(+m[3], +m[2], +m[1]) : validDate(+m[3], +m[1], +m[2]);
}

const clip = (text: unknown, length = 255) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, length);

/** A CSV statement through csv-parse, columns named by the header row. */
export function parseCsvStatement(content: string, mapping: CsvMapping): ParsedStatement {
  if (!mapping?.date) throw new StatementFileError(null, 'The CSV mapping names no date column.');
  if (!mapping.amount && !mapping.debit && !mapping.credit)
    throw new StatementFileError(null, 'The CSV mapping names no amount column (or debit and credit columns).');
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(content, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new StatementFileError(e.lines ?? null, `not valid CSV (${String(e.message ?? error).replace(/^Invalid Record Length: /, '')})`);
  }
  if (!records.length) throw new StatementFileError(null, 'The file has no transactions.');
  const headers = Object.keys(records[0].record);
  for (const [what, column] of Object.entries(mapping)) {
    if (what === 'dateFormat' || !column) continue;
    if (!headers.includes(column))
      throw new StatementFileError(1, `no column '${column}' (the ${what} column of the mapping); the header has ${headers.join(', ')}.`);
  }
  const format = mapping.dateFormat ?? 'dd/mm/yyyy';
  const lines = records.map(({ record, info }) => {
    const line = info.lines;
    const date = parseBankDate(record[mapping.date] ?? '', format);
    if (!date) throw new StatementFileError(line, `'${record[mapping.date]}' is not a date in the format ${format}.`);
    let amount: Money | undefined;
    if (mapping.amount) {
      amount = parseBankAmount(record[mapping.amount]);
      if (!amount) throw new StatementFileError(line, `'${record[mapping.amount]}' is not an amount (column ${mapping.amount}).`);
    } else {
      const debitText = mapping.debit ? (record[mapping.debit] ?? '') : '';
      const creditText = mapping.credit ? (record[mapping.credit] ?? '') : '';
      const debit = debitText === '' ? new Decimal(0) : parseBankAmount(debitText);
      const credit = creditText === '' ? new Decimal(0) : parseBankAmount(creditText);
      if (!debit) throw new StatementFileError(line, `'${debitText}' is not an amount (column ${mapping.debit}).`);
      if (!credit) throw new StatementFileError(line, `'${creditText}' is not an amount (column ${mapping.credit}).`);
      amount = credit.abs().minus(debit.abs());
    }
    if (amount.isZero()) throw new StatementFileError(line, 'the amount is 0.');
    return {
      sourceLine: line,
      date,
      amount,
      description: clip(mapping.description ? record[mapping.description] : ''),
      reference: clip(mapping.reference ? record[mapping.reference] : ''),
      transactionId: clip(mapping.transactionId ? record[mapping.transactionId] : '', 100) || null,
    };
  });
  return { lines, closingBalance: null, statementDate: lines.reduce<string | null>((d, l) => (!d || l.date > d ? l.date : d), null) };
}

/** 1-based line numbers where `tag` opens, in order (for naming the n-th transaction's line). */
function tagLines(content: string, tag: string): number[] {
  const found: number[] = [];
  const re = new RegExp(`<${tag}[\\s>]`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) found.push(content.slice(0, m.index).split('\n').length);
  return found;
}

/** A node of a parsed OFX or XML document: its shape is the file's, checked as it is read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OfxNode = any;

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** OFX (1.x SGML or 2.x XML) through ofx-js: every bank statement's STMTTRN. */
export async function parseOfxStatement(content: string): Promise<ParsedStatement> {
  guardOfxTags(content);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let data: any;
  try {
    data = await parseOfx(content);
  } catch (error) {
    throw new StatementFileError(null, `not a valid OFX file (${(error as Error).message}).`);
  }
  const statements = asArray(data?.OFX?.BANKMSGSRSV1?.STMTTRNRS).flatMap((t: { STMTRS?: unknown }) => asArray(t?.STMTRS));
  if (!statements.length) throw new StatementFileError(null, 'not an OFX bank statement: no <STMTRS> in <BANKMSGSRSV1>.');
  const positions = tagLines(content, 'STMTTRN');
  let n = 0;
  const lines: ParsedLine[] = [];
  let closingBalance: Money | null = null;
  let statementDate: string | null = null;
  for (const st of statements as OfxNode[]) {
    for (const t of asArray(st?.BANKTRANLIST?.STMTTRN) as OfxNode[]) {
      const line = positions[n++] ?? null;
      const date = ofxDate(t.DTPOSTED);
      if (!date) throw new StatementFileError(line, `DTPOSTED '${t.DTPOSTED ?? ''}' is not a date (YYYYMMDD).`);
      const amount = parseBankAmount(t.TRNAMT);
      if (!amount) throw new StatementFileError(line, `TRNAMT '${t.TRNAMT ?? ''}' is not an amount.`);
      if (amount.isZero()) throw new StatementFileError(line, 'TRNAMT is 0.');
      lines.push({
        sourceLine: line ?? n,
        date,
        amount,
        description: clip([t.NAME, t.MEMO].filter(Boolean).join(' ')),
        reference: clip(t.REFNUM ?? t.CHECKNUM ?? ''),
        transactionId: clip(t.FITID ?? '', 100) || null,
      });
    }
    const balance = st?.LEDGERBAL;
    if (balance?.BALAMT !== undefined) {
      const value = parseBankAmount(balance.BALAMT);
      if (!value) throw new StatementFileError(null, `LEDGERBAL BALAMT '${balance.BALAMT}' is not an amount.`);
      closingBalance = value;
      statementDate = ofxDate(balance.DTASOF) ?? statementDate;
    }
  }
  if (!lines.length) throw new StatementFileError(null, 'The file has no transactions.');
  statementDate ??= lines.reduce<string | null>((d, l) => (!d || l.date > d ? l.date : d), null);
  return { lines, closingBalance, statementDate };
}

/** OFX's longest tag names (CREDITCARDMSGSRSV1) have 18 characters. */
const MAX_OFX_TAG = 20;
/** How many long tag names (13 characters or more: the message-set wrappers) a file may have. */
const MAX_LONG_OFX_TAGS = 40;

/**
 * ofx-js's SGML pass backtracks exponentially on a long run of tag-name characters (its
 * `<([A-Z0-9_]*)+\.+` pattern): a file whose tag names are not OFX's is refused before the
 * library sees it, so a crafted file cannot hold the API's event loop.
 */
function guardOfxTags(content: string): void {
  let long = 0;
  for (const m of content.matchAll(/<([A-Z0-9_]{13,})/g)) {
    const line = content.slice(0, m.index).split('\n').length;
    if (m[1].length > MAX_OFX_TAG) throw new StatementFileError(line, `<${m[1].slice(0, 30)}… is not an OFX tag.`);
    if (++long > MAX_LONG_OFX_TAGS) throw new StatementFileError(line, 'too many long tags for an OFX bank statement.');
  }
}

function ofxDate(text: unknown): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(String(text ?? '').trim());
  return m ? validDate(+m[1], +m[2], +m[3]) : undefined;
}

/** ISO 20022 camt.053 (bank to customer statement) through fast-xml-parser: each Ntry of each Stmt. */
export function parseCamt053Statement(content: string): ParsedStatement {
  const valid = XMLValidator.validate(content);
  if (valid !== true) throw new StatementFileError(valid.err.line, `not well-formed XML (${valid.err.msg}).`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    isArray: (name) => ['Stmt', 'Ntry', 'Bal', 'TxDtls', 'Ustrd'].includes(name),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = parser.parse(content) as any;
  const statements = asArray(doc?.Document?.BkToCstmrStmt?.Stmt);
  if (!statements.length) throw new StatementFileError(null, 'not a camt.053 statement: no Document/BkToCstmrStmt/Stmt.');
  const positions = tagLines(content, '(?:\\w+:)?Ntry');
  let n = 0;
  const lines: ParsedLine[] = [];
  let closingBalance: Money | null = null;
  let statementDate: string | null = null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const st of statements as any[]) {
    for (const e of asArray(st?.Ntry)) {
      const line = positions[n++] ?? null;
      const amountText = typeof e.Amt === 'object' ? e.Amt['#text'] : e.Amt;
      const value = parseBankAmount(amountText);
      if (!value || value.isNegative()) throw new StatementFileError(line, `Amt '${amountText ?? ''}' is not an amount.`);
      if (value.isZero()) throw new StatementFileError(line, 'Amt is 0.');
      const currency = typeof e.Amt === 'object' ? e.Amt['@Ccy'] : undefined;
      if (currency && currency !== 'AUD') throw new StatementFileError(line, `Amt is in ${currency}: only AUD statements are imported.`);
      const sign = e.CdtDbtInd;
      if (sign !== 'CRDT' && sign !== 'DBIT') throw new StatementFileError(line, `CdtDbtInd '${sign ?? ''}' is neither CRDT nor DBIT.`);
      const dateText = e.BookgDt?.Dt ?? e.BookgDt?.DtTm ?? e.ValDt?.Dt ?? '';
      const date = parseBankDate(String(dateText).slice(0, 10), 'yyyy-mm-dd');
      if (!date) throw new StatementFileError(line, `BookgDt '${dateText}' is not a date (YYYY-MM-DD).`);
      const tx = asArray(e.NtryDtls?.TxDtls)[0] ?? {};
      const unstructured = asArray(tx.RmtInf?.Ustrd).join(' ');
      const structured = tx.RmtInf?.Strd?.CdtrRefInf?.Ref ?? '';
      const payer = tx.RltdPties?.Dbtr?.Nm ?? tx.RltdPties?.Dbtr?.Pty?.Nm ?? '';
      const endToEnd = tx.Refs?.EndToEndId && tx.Refs.EndToEndId !== 'NOTPROVIDED' ? tx.Refs.EndToEndId : '';
      lines.push({
        sourceLine: line ?? n,
        date,
        amount: sign === 'DBIT' ? value.negated() : value,
        description: clip([payer, unstructured || e.AddtlNtryInf].filter(Boolean).join(' ')),
        reference: clip(structured || endToEnd),
        transactionId: clip(e.AcctSvcrRef ?? e.NtryRef ?? tx.Refs?.AcctSvcrRef ?? '', 100) || null,
      });
    }
    for (const b of asArray(st?.Bal)) {
      if (b?.Tp?.CdOrPrtry?.Cd !== 'CLBD') continue;
      const amountText = typeof b.Amt === 'object' ? b.Amt['#text'] : b.Amt;
      const value = parseBankAmount(amountText);
      if (!value) throw new StatementFileError(null, `the closing balance (CLBD) '${amountText}' is not an amount.`);
      closingBalance = b.CdtDbtInd === 'DBIT' ? value.negated() : value;
      statementDate = parseBankDate(String(b.Dt?.Dt ?? b.Dt?.DtTm ?? '').slice(0, 10), 'yyyy-mm-dd') ?? statementDate;
    }
  }
  if (!lines.length) throw new StatementFileError(null, 'The file has no transactions.');
  statementDate ??= lines.reduce<string | null>((d, l) => (!d || l.date > d ? l.date : d), null);
  return { lines, closingBalance, statementDate };
}

export async function parseStatement(format: StatementFormat, content: string, mapping?: CsvMapping): Promise<ParsedStatement> {
  if (format === 'csv') {
    if (!mapping) throw new StatementFileError(null, 'A CSV statement needs a column mapping: send one, or save one for the bank account.');
    return parseCsvStatement(content, mapping);
  }
  return format === 'ofx' ? parseOfxStatement(content) : parseCamt053Statement(content);
}

/** A line's money as the API answers it. */
export const lineAmount = (line: ParsedLine) => formatMoney(line.amount);
