import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { InvoiceService, parseCreditNote, parseNewInvoice } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { ENGINE } from '../platform.tokens';

type Body = Record<string, unknown> | undefined;

/** Invoices' life: create (and issue), issue, void and credit. Each posts its journal in the same transaction. */
@Controller('lumary/invoices')
export class InvoicesController {
  private readonly invoices: InvoiceService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.invoices = new InvoiceService(engine);
  }

  @Post()
  @HttpCode(201)
  create(@Ctx() ctx: RequestContext, @Body() body: unknown) {
    return this.invoices.create(ctx, parseNewInvoice(body));
  }

  @Post(':id/issue')
  @HttpCode(200)
  issue(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.invoices.issue(ctx, id);
  }

  @Post(':id/void')
  @HttpCode(200)
  void(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: Body) {
    return this.invoices.void(ctx, id, { reason: body?.['reason'], date: body?.['date'] });
  }

  @Post(':id/credit-notes')
  @HttpCode(201)
  credit(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.invoices.credit(ctx, id, parseCreditNote(body));
  }
}
