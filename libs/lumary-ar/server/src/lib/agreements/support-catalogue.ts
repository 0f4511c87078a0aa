import { DateTimeFormatter, LocalDate } from '@js-joda/core';
import { parse } from 'csv-parse/sync';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { GST_CODES, STATES, type GstCode, type State, type Unit } from './agreement.repository';

/**
 * The columns read from a support catalogue file, as the NDIS Pricing Arrangements' "Support
 * Catalogue" publishes them (CSV or XLSX, first sheet with a "Support Item Number" header). Header
 * names are matched ignoring case, spaces and punctuation; other columns (Registration Group,
 * Support Category, Quote, End Date, Remote, Very Remote, the claim-type flags...) are ignored.
 */
export const CATALOGUE_COLUMNS = {
  number: 'Support Item Number',
  name: 'Support Item Name',
  unit: 'Unit',
  start: 'Start date',
  /** Optional: P1 taxable, P2 GST-free (the default: most NDIS supports), P5 out of scope. */
  gst: 'GST Code',
} as const;
/** Other names of the Start date column. */
const START_ALIASES = ['Start date', 'Effective From', 'Start'];
/** The catalogue's unit codes (H, E, D, WK) and the words. */
const UNIT_CODES: Record<string, Unit> = {
  H: 'Hour',
  HOUR: 'Hour',
  E: 'Each',
  EACH: 'Each',
  D: 'Day',
  DAY: 'Day',
  WK: 'Week',
  WEEK: 'Week',
};
const NUMBER = /^\d{2}_\d{3}_\d{4}_\d_\d(_T)?$|^[0-9A-Z_]{5,30}$/i;
const MONEY = /^\d{1,13}(\.\d{1,2})?$/;
/** At most this many problems are listed (a wrong file would list every row). */
const MAX_ERRORS = 50;

export type CatalogueFormat = 'csv' | 'xlsx';

/** One support item version of the file. `row` is its row in the file (the header is row 1 of a CSV). */
export interface CatalogueRow {
  row: number;
  number: string;
  name: string;
  unit: Unit;
  gstCode: GstCode;
  effectiveFrom: string;
  limits: Record<State, string | null>;
}

export interface CatalogueProblem {
  row: number;
  column: string;
  message: string;
}

export type ParsedCatalogue = { ok: true; rows: CatalogueRow[] } | { ok: false; problems: CatalogueProblem[] };

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A cell as text: numbers and dates as the sheet holds them, rich text joined, formulas by their result. */
function cellText(value: unknown): string | Date {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return String(value).trim();
}

/** A date of the file: YYYYMMDD (the catalogue's own), YYYY-MM-DD, DD/MM/YYYY, or a spreadsheet date. */
function parseDate(value: string | Date): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = value.trim();
  try {
    if (/^\d{8}$/.test(text)) return LocalDate.parse(text, DateTimeFormatter.ofPattern('uuuuMMdd')).toString();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return LocalDate.parse(text).toString();
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (dmy) return LocalDate.of(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])).toString();
  } catch {
    return undefined;
  }
  return undefined;
}

/** A price limit: "$67.56", "67.56", "1,234.5" or a number; blank for a quoted item. */
function parsePrice(value: string | Date): string | null | undefined {
  if (value instanceof Date) return undefined;
  const text = value.replace(/[$,\s]/g, '');
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const d = new Decimal(text);
    // A sheet's float (67.56 read as 67.56000000000001) is taken to the cent; more precision is refused.
    const cents = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (d.minus(cents).abs().greaterThan('0.000001')) return undefined;
    return MONEY.test(cents.toFixed(2)) ? cents.toFixed(2) : undefined;
  }
  return undefined;
}

/** Reads a catalogue's rows into support item versions, or lists its problems by row and column (nothing partial). */
export function readCatalogue(table: { row: number; cells: (string | Date)[] }[]): ParsedCatalogue {
  const problems: CatalogueProblem[] = [];
  const headerAt = table.findIndex((r) => r.cells.some((c) => typeof c === 'string' && key(c) === key(CATALOGUE_COLUMNS.number)));
  if (headerAt < 0)
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: CATALOGUE_COLUMNS.number,
          message: `No "${CATALOGUE_COLUMNS.number}" header row: is this the Support Catalogue?`,
        },
      ],
    };
  const header = table[headerAt];
  const index = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const k = typeof c === 'string' ? key(c) : '';
    if (k && !index.has(k)) index.set(k, i);
  });
  const col = (name: string) => index.get(key(name));
  const startCol = START_ALIASES.map(col).find((i) => i !== undefined);
  const required: [string, number | undefined][] = [
    [CATALOGUE_COLUMNS.number, col(CATALOGUE_COLUMNS.number)],
    [CATALOGUE_COLUMNS.name, col(CATALOGUE_COLUMNS.name)],
    [CATALOGUE_COLUMNS.unit, col(CATALOGUE_COLUMNS.unit)],
    [CATALOGUE_COLUMNS.start, startCol],
    ...STATES.map((s): [string, number | undefined] => [s, col(s)]),
  ];
  const missing = required.filter(([, i]) => i === undefined).map(([name]) => name);
  if (missing.length)
    return {
      ok: false,
      problems: missing.map((column) => ({ row: header.row, column, message: `The header row has no "${column}" column.` })),
    };
  const at = (cells: (string | Date)[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
  const text = (v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim());
  const rows: CatalogueRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.slice(headerAt + 1)) {
    if (cells.every((c) => text(c) === '')) continue;
    const problem = (column: string, message: string) => problems.push({ row, column, message });
    const number = text(at(cells, col(CATALOGUE_COLUMNS.number))).toUpperCase();
    const name = text(at(cells, col(CATALOGUE_COLUMNS.name)));
    const unitText = text(at(cells, col(CATALOGUE_COLUMNS.unit))).toUpperCase();
    const startValue = at(cells, startCol);
    const gstText = text(at(cells, col(CATALOGUE_COLUMNS.gst))).toUpperCase() || 'P2';
    if (!number) problem(CATALOGUE_COLUMNS.number, 'The Support Item Number is blank.');
    else if (!NUMBER.test(number) || number.length > 30)
      problem(CATALOGUE_COLUMNS.number, `"${number}" is not a support item number (such as 01_011_0107_1_1).`);
    if (!name) problem(CATALOGUE_COLUMNS.name, 'The Support Item Name is blank.');
    const unit = UNIT_CODES[unitText];
    if (!unit) problem(CATALOGUE_COLUMNS.unit, `"${unitText}" is not a unit: H (Hour), E (Each), D (Day) or WK (Week).`);
    const effectiveFrom = parseDate(startValue);
    if (!effectiveFrom) problem(CATALOGUE_COLUMNS.start, `"${text(startValue)}" is not a date (YYYYMMDD, YYYY-MM-DD or DD/MM/YYYY).`);
    if (!(GST_CODES as readonly string[]).includes(gstText))
      problem(CATALOGUE_COLUMNS.gst, `"${gstText}" is not a GST code: P1, P2 or P5.`);
    const limits = {} as Record<State, string | null>;
    for (const state of STATES) {
      const price = parsePrice(at(cells, col(state)));
      if (price === undefined) problem(state, `"${text(at(cells, col(state)))}" is not a price (dollars and cents).`);
      else limits[state] = price;
    }
    if (number && effectiveFrom) {
      const k = `${number}@${effectiveFrom}`;
      const first = seen.get(k);
      if (first !== undefined) problem(CATALOGUE_COLUMNS.number, `${number} from ${effectiveFrom} is already on row ${first}.`);
      else seen.set(k, row);
    }
    if (problems.length >= MAX_ERRORS) break;
    if (unit && effectiveFrom && name && number)
      rows.push({ row, number, name: name.slice(0, 255), unit, gstCode: gstText as GstCode, effectiveFrom, limits });
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_ERRORS) };
  if (!rows.length)
    return { ok: false, problems: [{ row: header.row + 1, column: CATALOGUE_COLUMNS.number, message: 'The file has no support items.' }] };
  return { ok: true, rows };
}

/** A CSV or XLSX catalogue file's rows (see CATALOGUE_COLUMNS), or its problems by row and column. */
export async function parseCatalogue(content: Buffer, format: CatalogueFormat): Promise<ParsedCatalogue> {
  if (format === 'csv') {
    let records: string[][];
    try {
      records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1;
      return { ok: false, problems: [{ row: line, column: '', message: `The file is not readable CSV: ${(error as Error).message}` }] };
    }
    return readCatalogue(records.map((cells, i) => ({ row: i + 1, cells })));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    return {
      ok: false,
      problems: [{ row: 1, column: '', message: `The file is not a readable XLSX workbook: ${(error as Error).message}` }],
    };
  }
  // The sheet holding the catalogue: the first with a Support Item Number header in its first rows.
  for (const sheet of workbook.worksheets) {
    const table: { row: number; cells: (string | Date)[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (string | Date)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        cells[colNumber - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
      table.push({ row: rowNumber, cells });
    });
    const hasHeader = table
      .slice(0, 10)
      .some((r) => r.cells.some((c) => typeof c === 'string' && key(c) === key(CATALOGUE_COLUMNS.number)));
    if (hasHeader) return readCatalogue(table);
  }
  return {
    ok: false,
    problems: [{ row: 1, column: CATALOGUE_COLUMNS.number, message: `No sheet has a "${CATALOGUE_COLUMNS.number}" header row.` }],
  };
}
