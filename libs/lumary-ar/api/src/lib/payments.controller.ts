import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestHeaders } from '@platform/contract';
import type { Response } from 'express';
import { PaymentService, VisibleAnswers, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, RecordIdParam, Requires } from '@platform/api';
import { AR_PAYMENTS_TAG } from './ar-tags';
import { idempotencyKeyOf, LaterAllocationDto, NewPaymentDto, PaymentHeadersDto, PaymentReversalDto, PaymentViewDto } from './payments.dto';

/** Payments: recorded once per idempotency key (and posted), allocated now or later, reversed when dishonoured. */
@ApiTags(AR_PAYMENTS_TAG.name)
@Controller('lumary/payments')
export class PaymentsController {
  constructor(
    @Inject(ENGINE) private readonly engine: RecordEngine,
    private readonly payments: PaymentService,
  ) {}

  /** 201 with the new payment; 200 with the same payment when its idempotency key has recorded it already. */
  @Post()
  @Requires([AR.payment, 'create'])
  @ApiOperation({
    summary: 'Record a payment against invoices',
    description:
      "Posted, and allocated to the debtor's open invoices now or later. Recorded once per Idempotency-Key header: the same request again answers 200 with the payment it recorded.",
  })
  @ApiCreatedResponse({ type: PaymentViewDto, description: 'Recorded and posted.' })
  @ApiOkResponse({ type: PaymentViewDto, description: 'This key had recorded the payment already: nothing was written now.' })
  async record(
    @Ctx() ctx: RequestContext,
    @Body() body: NewPaymentDto,
    @RequestHeaders(PaymentHeadersDto) headers: PaymentHeadersDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { payment, created } = await this.payments.record(
      ctx,
      body.toNewPayment(idempotencyKeyOf(headers['idempotency-key'], body.idempotencyKey)),
    );
    res.status(created ? 201 : 200);
    // Each answer leaves out what the caller may not read (field-level security).
    return new VisibleAnswers(ctx, this.engine).payment(payment);
  }

  @Post(':id/allocations')
  @RecordIdParam('payment')
  @Requires([AR.payment, 'edit'])
  @ApiOperation({ summary: "Allocate a payment's unallocated credit to invoices" })
  @ApiCreatedResponse({ type: PaymentViewDto, description: 'The payment with its allocations.' })
  @HttpCode(201)
  async allocate(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: LaterAllocationDto) {
    return new VisibleAnswers(ctx, this.engine).payment(await this.payments.allocate(ctx, id, body.toLaterAllocation()));
  }

  @Post(':id/reverse')
  @RecordIdParam('payment')
  @Requires([AR.payment, 'edit'])
  @ApiOperation({
    summary: 'Reverse a dishonoured payment',
    description: 'Its allocations are reversed (the invoices reopen) and its posting reversed; once only.',
  })
  @ApiOkResponse({ type: PaymentViewDto, description: 'The reversed payment.' })
  @HttpCode(200)
  async reverse(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: PaymentReversalDto) {
    return new VisibleAnswers(ctx, this.engine).payment(await this.payments.reverse(ctx, id, body.toReversal()));
  }
}
