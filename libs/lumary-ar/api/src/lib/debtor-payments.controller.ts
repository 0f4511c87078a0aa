import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AR, PaymentHistoryService, paymentHistoryCsv } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { Ctx, JsonOrCsv, RecordIdParam, Requires, sendCsv, wantsCsv } from '@platform/api';
import { AR_DEBTORS_TAG } from './ar-tags';
import { FormatQueryDto, PaymentHistoryDto } from './reports.dto';

/** A debtor's payment history with each payment's allocations (JSON or CSV). */
@ApiTags(AR_DEBTORS_TAG.name)
@Controller('lumary/debtors')
export class DebtorPaymentsController {
  constructor(private readonly history: PaymentHistoryService) {}

  @Get(':id/payments')
  @RecordIdParam('Contact or Account')
  @Requires([AR.invoice, 'read'], [AR.payment, 'read'])
  @ApiOperation({
    summary: "A debtor's payment history, with each payment's allocations",
    description: 'JSON, or CSV with `?format=csv` or `Accept: text/csv`.',
  })
  @JsonOrCsv(PaymentHistoryDto, "The debtor's payments, newest first, each with its allocations, and the totals.")
  async payments(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: FormatQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = wantsCsv(req, query.format);
    const history = await this.history.history(ctx, id);
    return csv ? sendCsv(res, `payments-${history.debtor.name ?? id}`, paymentHistoryCsv(history)) : history;
  }
}
