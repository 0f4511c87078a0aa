import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { analyticsCsv, AnalyticsService, AR, gstSummaryCsv, GstSummaryService } from '@lumary-ar/server';
import { EngineError, type RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, JsonOrCsv, Requires, sendCsv, wantsCsv } from '@platform/api';
import { AR_REPORTS_TAG } from './ar-tags';
import { AnalyticsDto, AnalyticsQueryDto, GstQueryDto, GstSummaryDto } from './analytics.dto';

/** Receivables analytics (trend, DSO, CEI, aging history, top overdue, payments per month) and the GST summary for the BAS. */
@ApiTags(AR_REPORTS_TAG.name)
@Controller('lumary/reports')
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly gst: GstSummaryService,
  ) {}

  @Get('analytics')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: 'Receivables analytics as at a date',
    description:
      'The 12 month-ends up to `asAt` (receivables reconciled to Debtors Control, aging buckets, payments), the top overdue debtors, and DSO and CEI for `from`–`to` (default the as-at month to date). CSV: one table at a time, `?format=csv&table=kpis|trend|aging|top-overdue|payments`.',
  })
  @JsonOrCsv(AnalyticsDto, 'The analytics at the date.')
  async report(
    @Ctx() ctx: RequestContext,
    @Query() query: AnalyticsQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(req, query.format);
    if (csv && !query.table)
      throw EngineError.invalid(
        'REQUIRED_FIELD_MISSING',
        'A CSV download is one table: give table (kpis, trend, aging, top-overdue or payments).',
        ['table'],
      );
    const report = await this.analytics.report(ctx, { asAt: query.asAt, from: query.from, to: query.to });
    return csv && query.table ? sendCsv(res, `analytics-${query.table}-${report.asAt}`, analyticsCsv(report, query.table)) : report;
  }

  @Get('gst')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: 'GST summary for the BAS over a period',
    description:
      'G1 (total sales incl GST), G3 (GST-free sales) and 1A (GST on sales) on the accrual basis, by invoice and credit note date, with the movement of GST Control from those documents in the period and any difference.',
  })
  @JsonOrCsv(GstSummaryDto, 'The GST summary of the period.')
  async gstSummary(
    @Ctx() ctx: RequestContext,
    @Query() query: GstQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(req, query.format);
    const summary = await this.gst.summary(ctx, { from: query.from, to: query.to });
    return csv ? sendCsv(res, `gst-summary-${summary.from}-${summary.to}`, gstSummaryCsv(summary)) : summary;
  }
}
