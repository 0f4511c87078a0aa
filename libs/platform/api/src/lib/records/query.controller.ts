import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError, RecordEngine, type QueryResult as EngineQueryResult, type RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { QUERY_TAG } from '../openapi/tags';
import { ENGINE } from '../platform.tokens';
import { QueryParams, QueryResult } from './records.dto';

/** `GET /api/query?q=SELECT ...`: a SOQL subset, paged by cursor. */
@ApiTags(QUERY_TAG.name)
@Controller('query')
export class QueryController {
  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {}

  @Get()
  @ApiOperation({
    summary: 'Run a SOQL query',
    description:
      'The query in `q` (a SOQL subset), over the records the caller may read; `pageSize` up to 2000, the next page at `nextRecordsUrl`.',
  })
  @ApiOkResponse({ type: QueryResult })
  async query(@Ctx() ctx: RequestContext, @Query() { q, cursor, pageSize }: QueryParams): Promise<QueryResult> {
    if (typeof q !== 'string' || !q.trim())
      throw EngineError.invalid('MALFORMED_QUERY', "Give the query in the 'q' parameter: /api/query?q=SELECT Id FROM Contact");
    const result = await this.engine.query(ctx, q, { cursor, pageSize: parsePageSize(pageSize) });
    return page(result, (next) => `/api/query?${new URLSearchParams({ q, cursor: next, ...(pageSize ? { pageSize } : {}) })}`);
  }
}

/** The Salesforce query response: records, whether this is the last page, and the next one's URL. */
export function page(result: EngineQueryResult, nextUrl: (cursor: string) => string): QueryResult {
  return {
    totalSize: result.totalSize ?? null,
    done: result.done,
    records: result.records,
    ...(result.nextCursor ? { nextRecordsUrl: nextUrl(result.nextCursor) } : {}),
  };
}

export function parsePageSize(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const size = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= 2000))
    throw EngineError.invalid('MALFORMED_QUERY', `pageSize must be a whole number from 1 to 2000, got '${String(value)}'`, ['pageSize']);
  return size;
}
