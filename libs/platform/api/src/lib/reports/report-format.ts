import { EngineError } from '@platform/engine';
import type { Request, Response } from 'express';

/**
 * Whether a report goes out as CSV: `?format=csv`, or an Accept header asking for text/csv
 * (`?format=json` wins over the header). Anything else in `format` is refused, naming it.
 */
export function wantsCsv(req: Request, format: unknown): boolean {
  if (format === 'csv') return true;
  if (format === 'json') return false;
  if (format !== undefined && format !== '') throw EngineError.invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', 'format is json or csv.', ['format']);
  return /\btext\/csv\b/i.test(req.headers.accept ?? '');
}

/** Sends a CSV report as a download named `file`.csv. */
export function sendCsv(res: Response, file: string, csv: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.replace(/[^\w.-]/g, '_')}.csv"`);
  return csv;
}
