import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BillingRunService, BillNowService, ClaimService, AR } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, RecordIdParam, Requires } from '@platform/api';
import { AR_BILLING_TAG } from './ar-tags';
import {
  BillingRunDto,
  BillingRunProgressDto,
  BillingRunQueryDto,
  BillNowDto,
  BillNowResultDto,
  ClaimErrorDto,
  ClaimPaidDto,
  ClaimResultDto,
  StartedRunDto,
} from './billing.dto';

/**
 * Services delivered to invoices and claims: "Bill now" on one service, billing runs (started
 * here, worked by a job in whichever API process fetches it, their progress read from the run's
 * record), and claims' status changes.
 */
@ApiTags(AR_BILLING_TAG.name)
@Controller('lumary')
export class BillingController {
  constructor(
    private readonly billNow: BillNowService,
    private readonly runs: BillingRunService,
    private readonly claims: ClaimService,
  ) {}

  @Post('services/:id/bill-now')
  @RecordIdParam('Service Delivered')
  @Requires([AR.invoice, 'create'], [AR.service, 'edit'])
  @ApiOperation({
    summary: 'Bill a delivered service now',
    description: "Invoiced to its client's debtor and issued at once, or nothing is written (no Open period, no GL code).",
  })
  @ApiCreatedResponse({ type: BillNowResultDto, description: 'The issued invoice (with its posting) and the Billed service.' })
  @HttpCode(201)
  bill(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: BillNowDto) {
    return this.billNow.billNow(ctx, id, { invoiceDate: body.invoiceDate });
  }

  /** 202 with the Queued run; `?wait=true` answers 200 with its final progress instead (tests, scripts). */
  @Post('billing-runs')
  @Requires([AR.billingRun, 'create'], [AR.invoice, 'create'])
  @ApiOperation({
    summary: 'Start a billing run',
    description:
      'Bills every Delivered service up to a date, as a background job: answers 202 with the Queued run; `?wait=true` answers 200 with its final progress.',
  })
  @ApiAcceptedResponse({ type: StartedRunDto, description: 'The run, Queued: follow it with GET /api/lumary/billing-runs/{id}.' })
  @ApiOkResponse({ type: BillingRunProgressDto, description: 'With `?wait=true`: the final progress.' })
  @HttpCode(202)
  async startRun(
    @Ctx() ctx: RequestContext,
    @Body() body: BillingRunDto,
    @Query() query: BillingRunQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const run = await this.runs.start(ctx, body.toInput());
    if (query.wait !== 'true') return { id: run.id, name: run.name, status: run.status };
    res.status(200);
    // Its final progress as the caller may read it (field-level security), as GET answers it.
    return this.runs.finished(ctx, run.id);
  }

  @Get('billing-runs/:id')
  @RecordIdParam('billing run')
  @ApiOperation({ summary: "A billing run's progress" })
  @ApiOkResponse({ type: BillingRunProgressDto })
  progress(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.runs.progress(ctx, id);
  }

  @Post('claims/:id/paid')
  @RecordIdParam('claim')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Mark a claim paid' })
  @ApiOkResponse({ type: ClaimResultDto, description: 'The Paid claim.' })
  @HttpCode(200)
  paid(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: ClaimPaidDto) {
    return this.claims.paid(ctx, id, {
      paidDate: body.paidDate,
      paidAmount: body.paidAmount,
      paymentRequestNumber: body.paymentRequestNumber,
    });
  }

  @Post('claims/:id/error')
  @RecordIdParam('claim')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Mark a claim in error, with the reason' })
  @ApiOkResponse({ type: ClaimResultDto, description: 'The claim in Error.' })
  @HttpCode(200)
  error(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: ClaimErrorDto) {
    return this.claims.error(ctx, id, { reason: body.reason, date: body.date });
  }

  @Post('claims/:id/resubmit')
  @RecordIdParam('claim')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: 'Resubmit a claim in error' })
  @ApiOkResponse({ type: ClaimResultDto, description: 'The claim, Open again.' })
  @HttpCode(200)
  resubmit(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.claims.resubmit(ctx, id);
  }
}
