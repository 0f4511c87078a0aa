import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { JournalExportService, type JournalExport, JOURNAL_ENTRY } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_JOURNAL_TAG } from './ar-tags';

/** The journal's CSV exports for the financial package: a period's new entries, or a batch again. */
@ApiTags(AR_JOURNAL_TAG.name)
@Controller('lumary/journal/exports')
export class JournalExportsController {
  private readonly exports: JournalExportService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.exports = new JournalExportService(engine);
  }

  @Post()
  @Requires([JOURNAL_ENTRY, 'edit'])
  @ApiOperation({ summary: "Export a period's new journal entries as CSV", description: 'Takes only entries no earlier export took and names the batch (X-Export-Batch) so it can be downloaded again.' })
  @HttpCode(200)
  async export(@Ctx() ctx: RequestContext, @Body() body: unknown, @Res({ passthrough: true }) res: Response) {
    return csv(res, await this.exports.export(ctx, body));
  }

  @Get(':batch')
  @ApiOperation({ summary: 'Download an export batch again as CSV' })
  async download(@Ctx() ctx: RequestContext, @Param('batch') batch: string, @Query('layout') layout: unknown, @Res({ passthrough: true }) res: Response) {
    return csv(res, await this.exports.download(ctx, batch, layout));
  }
}

function csv(res: Response, result: JournalExport): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('X-Export-Entries', String(result.entries));
  if (result.batch) {
    res.setHeader('X-Export-Batch', result.batch);
    res.setHeader('Content-Disposition', `attachment; filename="${result.batch}.csv"`);
  }
  return result.csv;
}
