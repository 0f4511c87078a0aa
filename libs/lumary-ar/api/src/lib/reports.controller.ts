import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgedReceivablesService, agedReceivablesCsv, DebtorBalancesService, debtorBalancesCsv, TrialBalanceService } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, ENGINE, sendCsv, wantsCsv } from '@platform/api';
import { AR_REPORTS_TAG } from './ar-tags';

/** AR reports: the trial balance over the Finance Journal, aged receivables and debtor balances as at a date (JSON or CSV). */
@ApiTags(AR_REPORTS_TAG.name)
@Controller('lumary/reports')
export class ReportsController {
  private readonly trialBalances: TrialBalanceService;
  private readonly aged: AgedReceivablesService;
  private readonly balances: DebtorBalancesService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.trialBalances = new TrialBalanceService(engine);
    this.aged = new AgedReceivablesService(engine);
    this.balances = new DebtorBalancesService(engine);
  }

  @Get('trial-balance')
  @ApiOperation({ summary: 'Trial balance for a period or at a date', description: 'Give either `period` (an accounting period id) or `asOf` (YYYY-MM-DD).' })
  trialBalance(@Ctx() ctx: RequestContext, @Query('period') period?: unknown, @Query('asOf') asOf?: unknown) {
    return this.trialBalances.trialBalance(ctx, { period, asOf });
  }

  @Get('aged-receivables')
  @ApiOperation({ summary: 'Aged receivables at a date', description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.' })
  async agedReceivables(@Ctx() ctx: RequestContext, @Query('asAt') asAt: unknown, @Query('format') format: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const csv = wantsCsv(req, format);
    const report = await this.aged.report(ctx, { asAt });
    return csv ? sendCsv(res, `aged-receivables-${report.asAt}`, agedReceivablesCsv(report)) : report;
  }

  @Get('debtor-balances')
  @ApiOperation({ summary: 'Debtor balances at a date', description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.' })
  async debtorBalances(@Ctx() ctx: RequestContext, @Query('asAt') asAt: unknown, @Query('format') format: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const csv = wantsCsv(req, format);
    const report = await this.balances.report(ctx, { asAt });
    return csv ? sendCsv(res, `debtor-balances-${report.asAt}`, debtorBalancesCsv(report)) : report;
  }
}
