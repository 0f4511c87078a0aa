import { Controller, Get, Inject, Query } from '@nestjs/common';
import { TrialBalanceService } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { ENGINE } from '../platform.tokens';

/** AR reports over the Finance Journal. */
@Controller('lumary/reports')
export class ReportsController {
  private readonly trialBalances: TrialBalanceService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.trialBalances = new TrialBalanceService(engine);
  }

  @Get('trial-balance')
  trialBalance(@Ctx() ctx: RequestContext, @Query('period') period?: unknown, @Query('asOf') asOf?: unknown) {
    return this.trialBalances.trialBalance(ctx, { period, asOf });
  }
}
