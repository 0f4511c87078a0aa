import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { parseLaterAllocation, parseNewPayment, parseReversal, PaymentService, VisibleAnswers, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_PAYMENTS_TAG } from './ar-tags';

/** Payments: recorded once per idempotency key (and posted), allocated now or later, reversed when dishonoured. */
@ApiTags(AR_PAYMENTS_TAG.name)
@Controller('lumary/payments')
export class PaymentsController {
  private readonly payments: PaymentService;

  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {
    this.payments = new PaymentService(engine);
  }

  /** 201 with the new payment; 200 with the same payment when its idempotency key has recorded it already. */
  @Post()
  @Requires([AR.payment, 'create'])
  @ApiOperation({ summary: 'Record a payment against invoices', description: "Posted, and allocated to the debtor's open invoices now or later. Recorded once per Idempotency-Key header: the same request again answers 200 with the payment it recorded." })
  async record(@Ctx() ctx: RequestContext, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) res: Response) {
    const { payment, created } = await this.payments.record(ctx, parseNewPayment(body, key));
    res.status(created ? 201 : 200);
    // Each answer leaves out what the caller may not read (field-level security).
    return new VisibleAnswers(ctx, this.engine).payment(payment);
  }

  @Post(':id/allocations')
  @Requires([AR.payment, 'edit'])
  @ApiOperation({ summary: "Allocate a payment's unallocated credit to invoices" })
  @HttpCode(201)
  async allocate(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return new VisibleAnswers(ctx, this.engine).payment(await this.payments.allocate(ctx, id, parseLaterAllocation(body)));
  }

  @Post(':id/reverse')
  @Requires([AR.payment, 'edit'])
  @ApiOperation({ summary: 'Reverse a dishonoured payment', description: 'Its allocations are reversed (the invoices reopen) and its posting reversed; once only.' })
  @HttpCode(200)
  async reverse(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return new VisibleAnswers(ctx, this.engine).payment(await this.payments.reverse(ctx, id, parseReversal(body)));
  }
}
