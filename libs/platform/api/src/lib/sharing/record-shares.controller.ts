import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { addManualShare, RecordEngine, recordShares, removeManualShare, type RequestContext } from '@platform/engine';
import type { Database } from '@platform/storage';
import { Ctx } from '../auth/session.guard';
import { RECORDS_TAG } from '../openapi/tags';
import { DATABASE, ENGINE } from '../platform.tokens';
import { ManualShareRequest, RecordShareDto, RecordSharesDto } from './sharing-rules.dto';

/**
 * Manual sharing of one record, as Salesforce's Sharing button: anyone who may read the record
 * sees who it is shared with and why; its owner, someone above them in the role hierarchy, or a
 * user with Modify All shares it Read or Read/Write with a user or a role (others get 403
 * INSUFFICIENT_ACCESS_OR_READONLY).
 */
@ApiTags(RECORDS_TAG.name)
@Controller('sobjects/:object/:id/shares')
export class RecordSharesController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(ENGINE) private readonly engine: RecordEngine,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Who a record is shared with, and why (owner, manual share, sharing rule)' })
  @ApiOkResponse({ type: RecordSharesDto })
  async list(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('id') id: string): Promise<RecordSharesDto> {
    return recordShares(this.database.dataSource, ctx, await this.engine.registryFor(ctx), object, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Share a record with a user or role',
    description: 'Sharing again with the same user or role changes the access.',
  })
  @ApiCreatedResponse({ type: RecordShareDto })
  async add(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('id') id: string,
    @Body() body: ManualShareRequest,
  ): Promise<RecordShareDto> {
    return addManualShare(this.database.dataSource, ctx, await this.engine.registryFor(ctx), object, id, body);
  }

  @Delete(':shareId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a manual share' })
  @ApiNoContentResponse()
  async remove(
    @Ctx() ctx: RequestContext,
    @Param('object') object: string,
    @Param('id') id: string,
    @Param('shareId') shareId: string,
  ): Promise<void> {
    await removeManualShare(this.database.dataSource, ctx, await this.engine.registryFor(ctx), object, id, shareId);
  }
}
