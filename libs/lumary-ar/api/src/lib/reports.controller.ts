import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AgedReceivablesService,
  agedReceivablesCsv,
  AR,
  DebtorBalancesService,
  debtorBalancesCsv,
  JOURNAL_ENTRY,
  TrialBalanceService,
} from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, JsonOrCsv, Requires, sendCsv, wantsCsv } from '@platform/api';
import { AR_REPORTS_TAG } from './ar-tags';
import { AgedReceivablesDto, DebtorBalancesDto, ReportQueryDto, TrialBalanceDto, TrialBalanceQueryDto } from './reports.dto';

/** AR reports: the trial balance over the Finance Journal, aged receivables and debtor balances as at a date (JSON or CSV). */
@ApiTags(AR_REPORTS_TAG.name)
@Controller('lumary/reports')
export class ReportsController {
  constructor(
    private readonly trialBalances: TrialBalanceService,
    private readonly aged: AgedReceivablesService,
    private readonly balances: DebtorBalancesService,
  ) {}

  @Get('trial-balance')
  @Requires([JOURNAL_ENTRY, 'read'])
  @ApiOperation({
    summary: 'Trial balance for a period or at a date',
    description: 'Give either `period` (an accounting period id) or `asOf` (YYYY-MM-DD).',
  })
  @ApiOkResponse({ type: TrialBalanceDto })
  trialBalance(@Ctx() ctx: RequestContext, @Query() query: TrialBalanceQueryDto) {
    return this.trialBalances.trialBalance(ctx, { period: query.period, asOf: query.asOf });
  }

  @Get('aged-receivables')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({ summary: 'Aged receivables at a date', description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.' })
  @JsonOrCsv(AgedReceivablesDto, "Each debtor's open balance by days past due at the date, the totals and the Debtors Control balance.")
  async agedReceivables(
    @Ctx() ctx: RequestContext,
    @Query() query: ReportQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(req, query.format);
    const report = await this.aged.report(ctx, { asAt: query.asAt });
    return csv ? sendCsv(res, `aged-receivables-${report.asAt}`, agedReceivablesCsv(report)) : report;
  }

  @Get('debtor-balances')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({ summary: 'Debtor balances at a date', description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.' })
  @JsonOrCsv(DebtorBalancesDto, "Each debtor's invoiced, paid, credited, unallocated and overdue figures at the date, and the totals.")
  async debtorBalances(
    @Ctx() ctx: RequestContext,
    @Query() query: ReportQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(req, query.format);
    const report = await this.balances.report(ctx, { asAt: query.asAt });
    return csv ? sendCsv(res, `debtor-balances-${report.asAt}`, debtorBalancesCsv(report)) : report;
  }
}
