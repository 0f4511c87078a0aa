import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV (csv-stringify): a cell is quoted when it holds a quote, a comma or a line break;
 * every row, the last too, ends with CRLF. Cells go out as given: make text inert first.
 */
export function writeCsv(rows: (string | null | undefined)[][]): string {
  // quote_record_delimiter: a lone \n or \r in a cell is quoted too (off by default once record_delimiter is set).
  return stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true, eof: true });
}

/**
 * Text a spreadsheet would run as a formula (= + - @ tab CR first) made inert with a leading
 * quote (CSV injection). Only for text: money cells are plain numbers and keep their minus sign,
 * which is why csv-stringify's own `escape_formulas` (every string cell) is not used.
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
