import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { JournalExportService, type JournalExport, JOURNAL_ENTRY } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { CsvResponse, Ctx, Requires } from '@platform/api';
import { AR_JOURNAL_TAG } from './ar-tags';
import { JournalExportDto, JournalExportQueryDto } from './journal.dto';

const EXPORT_HEADERS = {
  'X-Export-Entries': { description: 'How many journal entries the CSV holds.', schema: { type: 'string' as const } },
  'X-Export-Batch': {
    description: 'The batch name (EXP-000001), to download it again; absent when there was nothing new.',
    schema: { type: 'string' as const },
  },
};

/** The journal's CSV exports for the financial package: a period's new entries, or a batch again. */
@ApiTags(AR_JOURNAL_TAG.name)
@Controller('lumary/journal/exports')
export class JournalExportsController {
  constructor(private readonly exports: JournalExportService) {}

  @Post()
  @Requires([JOURNAL_ENTRY, 'edit'])
  @ApiOperation({
    summary: "Export a period's new journal entries as CSV",
    description: 'Takes only entries no earlier export took and names the batch (X-Export-Batch) so it can be downloaded again.',
  })
  @CsvResponse('The new entries of the period, one row per journal line (only the header row when there were none).', EXPORT_HEADERS)
  @HttpCode(200)
  async export(@Ctx() ctx: RequestContext, @Body() body: JournalExportDto, @Res({ passthrough: true }) res: Response) {
    return csv(res, await this.exports.export(ctx, { period: body.period, layout: body.layout ?? 'xero' }));
  }

  @Get(':batch')
  @ApiParam({ name: 'batch', description: 'The batch name an export answered in X-Export-Batch.', example: 'EXP-000001' })
  @Requires([JOURNAL_ENTRY, 'read'])
  @ApiOperation({ summary: 'Download an export batch again as CSV' })
  @CsvResponse('The batch exactly as it was exported.', EXPORT_HEADERS)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('batch') batch: string,
    @Query() query: JournalExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return csv(res, await this.exports.download(ctx, batch, query.layout ?? 'xero'));
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
