import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AR, AuditTrailService, auditTrailCsv } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, JsonOrCsv, Requires, sendCsv, wantsCsv } from '@platform/api';
import { AR_REPORTS_TAG } from './ar-tags';
import { AuditQueryDto, AuditTrailDto } from './reports.dto';

/** The audit trail of AR records: paged JSON, or every matching change as one CSV. */
@ApiTags(AR_REPORTS_TAG.name)
@Controller('lumary/audit')
export class AuditController {
  constructor(private readonly audit: AuditTrailService) {}

  @Get()
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: 'The audit trail of AR records',
    description:
      'Every change to a tracked field, newest first, with who made it and when; filtered by `object`, `recordId` and `from`/`to`, paged by `cursor`; as CSV (`?format=csv` or `Accept: text/csv`) every matching change at once.',
  })
  @JsonOrCsv(AuditTrailDto, 'A page of changes, newest first (CSV: every matching change).')
  async trail(@Ctx() ctx: RequestContext, @Query() query: AuditQueryDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const filters = { object: query.object, recordId: query.recordId, from: query.from, to: query.to };
    if (!wantsCsv(req, query.format)) return this.audit.trail(ctx, { ...filters, pageSize: query.pageSize, cursor: query.cursor });
    return sendCsv(res, `audit-trail-${ctx.today.toString()}`, auditTrailCsv(await this.audit.all(ctx, filters)));
  }
}
