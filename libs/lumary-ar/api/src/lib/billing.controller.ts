import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BillingRunService, BillNowService, ClaimService, parseBillingRun, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_BILLING_TAG } from './ar-tags';

type Body = Record<string, unknown> | undefined;

/**
 * Services delivered to invoices and claims: "Bill now" on one service, billing runs (started
 * here, worked in the background of this process, their progress read from the run's record),
 * and claims' status changes.
 */
@ApiTags(AR_BILLING_TAG.name)
@Controller('lumary')
export class BillingController {
  private readonly billNow: BillNowService;
  private readonly runs: BillingRunService;
  private readonly claims: ClaimService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    const logger = new Logger('BillingRun');
    this.billNow = new BillNowService(engine);
    this.runs = new BillingRunService(engine, (message) => logger.log(message));
    this.claims = new ClaimService(engine);
  }

  @Post('services/:id/bill-now')
  @Requires([AR.invoice, 'create'], [AR.service, 'edit'])
  @ApiOperation({ summary: 'Bill a delivered service now', description: "Invoiced to its client's debtor and issued at once, or nothing is written (no Open period, no GL code)." })
  @HttpCode(201)
  bill(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: Body) {
    return this.billNow.billNow(ctx, id, { invoiceDate: body?.['invoiceDate'] });
  }

  /** 202 with the Queued run; `?wait=true` answers 200 with its final progress instead (tests, scripts). */
  @Post('billing-runs')
  @Requires([AR.billingRun, 'create'], [AR.invoice, 'create'])
  @ApiOperation({ summary: 'Start a billing run', description: 'Bills every Delivered service up to a date, in the background: answers 202 with the Queued run; `?wait=true` answers 200 with its final progress.' })
  @HttpCode(202)
  async startRun(@Ctx() ctx: RequestContext, @Body() body: unknown, @Query('wait') wait: string | undefined, @Res({ passthrough: true }) res: Response) {
    const run = await this.runs.start(ctx, parseBillingRun(body));
    if (wait !== 'true') return { id: run.id, name: run.name, status: run.status };
    res.status(200);
    await run.done;
    // Its final progress as the caller may read it (field-level security), as GET answers it.
    return this.runs.progress(ctx, run.id);
  }

  @Get('billing-runs/:id')
  @ApiOperation({ summary: "A billing run's progress" })
  progress(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.runs.progress(ctx, id);
  }

  @Post('claims/:id/paid')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Mark a claim paid' })
  @HttpCode(200)
  paid(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: Body) {
    return this.claims.paid(ctx, id, { paidDate: body?.['paidDate'] });
  }

  @Post('claims/:id/error')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Mark a claim in error, with the reason' })
  @HttpCode(200)
  error(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: Body) {
    return this.claims.error(ctx, id, { reason: body?.['reason'] });
  }

  @Post('claims/:id/resubmit')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Resubmit a claim in error' })
  @HttpCode(200)
  resubmit(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.claims.resubmit(ctx, id);
  }
}
