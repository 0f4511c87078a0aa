import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError, RecordEngine, type RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx } from '../auth/session.guard';
import { RECORDS_TAG } from '../openapi/tags';
import { ENGINE } from '../platform.tokens';
import { page, parsePageSize } from './query.controller';
import { ListRecordsParams, QueryResult, UpsertResult, type RecordBody } from './records.dto';

/** The generic records API every object in the metadata gets, Salesforce-shaped. */
@ApiTags(RECORDS_TAG.name)
@Controller('sobjects')
export class SObjectsController {
  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {}

  @Get()
  describeGlobal(@Ctx() ctx: RequestContext) {
    return this.engine.describeGlobal(ctx);
  }

  /**
   * One page of records: `fields`, `where` and `orderBy` in SOQL syntax, `pageSize`, and the
   * `cursor` of the previous page's nextRecordsUrl.
   */
  @Get(':object')
  @ApiOperation({
    summary: "List an object's records, a page at a time",
    description: '`fields`, `where` and `orderBy` in SOQL syntax; `pageSize` up to 2000, the next page at `nextRecordsUrl`.',
  })
  @ApiOkResponse({ type: QueryResult })
  async list(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query() params: ListRecordsParams): Promise<QueryResult> {
    const options = {
      fields: params.fields,
      where: params.where,
      orderBy: params.orderBy,
      cursor: params.cursor,
      pageSize: parsePageSize(params.pageSize),
    };
    const result = await this.engine.list(ctx, object, options);
    return page(result, (cursor) => {
      const next = new URLSearchParams(
        Object.entries({ ...options, pageSize: params['pageSize'], cursor }).filter(([, v]) => v !== undefined) as [string, string][],
      );
      return `/api/sobjects/${object}?${next}`;
    });
  }

  @Get(':object/describe')
  describe(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.engine.describe(ctx, object);
  }

  @Post(':object')
  async create(@Ctx() ctx: RequestContext, @Param('object') object: string, @Body() body: RecordBody) {
    const { id } = await this.engine.create(ctx, object, body);
    return { id, success: true, errors: [] };
  }

  /** The record, with its version as the ETag: send it back in If-Match to update safely. */
  @Get(':object/:id')
  async get(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { record, version } = await this.engine.get(ctx, object, id);
    res.setHeader('ETag', `"${version}"`);
    return record;
  }

  @Patch(':object/:id')
  @HttpCode(204)
  async update(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('id') id: string,
    @Body() body: RecordBody,
    @Headers('if-match') ifMatch?: string,
  ) {
    await this.engine.update(ctx, object, id, body, expectedVersion(ifMatch));
  }

  /**
   * Upsert by external id, as Salesforce's `PATCH /sobjects/{object}/{externalIdField}/{value}`:
   * the record whose external-id (or unique) field holds the value is updated with the body, or,
   * when none does, created with the body and that value.
   */
  @Patch(':object/:field/:value')
  @ApiOperation({
    summary: 'Upsert a record by an external id',
    description:
      "Updates the tenant's record whose external-id field (a package's, or a custom field marked unique or external id) holds the value (200), or creates one with it (201).",
  })
  @ApiOkResponse({ type: UpsertResult, description: 'updated' })
  @ApiCreatedResponse({ type: UpsertResult, description: 'created' })
  async upsert(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('field') field: string,
    @Param('value') value: string,
    @Body() body: RecordBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UpsertResult> {
    const { id, created } = await this.engine.upsert(ctx, object, field, value, body);
    res.status(created ? 201 : 200);
    return { id, success: true, created, errors: [] };
  }

  @Delete(':object/:id')
  @HttpCode(204)
  async delete(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('id') id: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    await this.engine.delete(ctx, object, id, expectedVersion(ifMatch));
  }

  @Get(':object/:id/history')
  async history(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('id') id: string) {
    return { records: await this.engine.history(ctx, object, id) };
  }
}

/** If-Match carries the ETag a GET returned ("3", or W/"3"); without it the last write wins. */
function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch === '*') return undefined;
  const version = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim())?.[1];
  if (!version) throw EngineError.invalid('INVALID_HEADER_TYPE', `If-Match must be the ETag of the record, such as "3"; got ${ifMatch}`);
  return Number(version);
}
