import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiParam, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';

/**
 * Whether a report goes out as CSV: `?format=csv`, or an Accept header asking for text/csv
 * (`?format=json` wins over the header). The query DTO (FormatQueryDto) refuses anything else.
 */
export function wantsCsv(req: Request, format: 'json' | 'csv' | undefined): boolean {
  if (format) return format === 'csv';
  return /\btext\/csv\b/i.test(req.headers.accept ?? '');
}

/** Sends a CSV report as a download named `file`.csv. */
export function sendCsv(res: Response, file: string, csv: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.replace(/[^\w.-]/g, '_')}.csv"`);
  return csv;
}

/** The 200 of a report: `type` as JSON, or the same report as a CSV download. */
export const JsonOrCsv = (type: Type, description: string) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: `${description} As JSON, or as CSV (\`?format=csv\` or \`Accept: text/csv\`) with a header row.`,
      content: { 'application/json': { schema: { $ref: getSchemaPath(type) } }, 'text/csv': { schema: { type: 'string' } } },
    }),
  );

/** A 200 that is a CSV document (the journal's exports). */
export const CsvResponse = (description: string, headers: Record<string, { description: string; schema: { type: 'string' } }> = {}) =>
  applyDecorators(
    ApiProduces('text/csv'),
    ApiOkResponse({ description, headers, content: { 'text/csv': { schema: { type: 'string' } } } }),
  );

/** The `{id}` of a route: the record's id (a UUID), saying which record. */
export const RecordIdParam = (what: string) =>
  ApiParam({ name: 'id', description: `The ${what}'s id.`, schema: { type: 'string', format: 'uuid' } });
