import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaymentHistoryService, paymentHistoryCsv } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, ENGINE, sendCsv, wantsCsv } from '@platform/api';
import { AR_DEBTORS_TAG } from './ar-tags';

/** A debtor's payment history with each payment's allocations (JSON or CSV). */
@ApiTags(AR_DEBTORS_TAG.name)
@Controller('lumary/debtors')
export class DebtorPaymentsController {
  private readonly history: PaymentHistoryService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.history = new PaymentHistoryService(engine);
  }

  @Get(':id/payments')
  @ApiOperation({ summary: "A debtor's payment history, with each payment's allocations", description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.' })
  async payments(@Ctx() ctx: RequestContext, @Param('id') id: string, @Query('format') format: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const csv = wantsCsv(req, format);
    const history = await this.history.history(ctx, id);
    return csv ? sendCsv(res, `payments-${history.debtor.name ?? id}`, paymentHistoryCsv(history)) : history;
  }
}
