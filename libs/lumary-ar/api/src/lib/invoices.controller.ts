import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvoiceService, parseCreditNote, parseNewInvoice, VisibleAnswers, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_INVOICES_TAG } from './ar-tags';

type Body = Record<string, unknown> | undefined;

/**
 * Invoices' life: create (and issue), issue, void and credit. Each posts its journal in the same
 * transaction. Each answer leaves out what the caller may not read (VisibleAnswers).
 */
@ApiTags(AR_INVOICES_TAG.name)
@Controller('lumary/invoices')
export class InvoicesController {
  private readonly invoices: InvoiceService;

  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {
    this.invoices = new InvoiceService(engine);
  }

  @Post()
  @Requires([AR.invoice, 'create'], [AR.line, 'create'])
  @ApiOperation({ summary: 'Create an invoice, and issue it if asked' })
  @HttpCode(201)
  async create(@Ctx() ctx: RequestContext, @Body() body: unknown) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.create(ctx, parseNewInvoice(body)));
  }

  @Post(':id/issue')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({ summary: 'Issue a draft invoice', description: "Draft to Open: the due date from the debtor's terms, the journal posted in the period holding the invoice date." })
  @HttpCode(200)
  async issue(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.issue(ctx, id));
  }

  @Post(':id/void')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({ summary: 'Void an invoice', description: 'A draft at once; an Open invoice with nothing paid or credited by reversing its posting on `date` (default today). With a `reason`.' })
  @HttpCode(200)
  async void(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: Body) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.void(ctx, id, { reason: body?.['reason'], date: body?.['date'] }));
  }

  @Post(':id/credit-notes')
  @Requires([AR.creditNote, 'create'])
  @ApiOperation({ summary: 'Credit an issued invoice', description: 'A credit note (or a write-off): posted, and the invoice balance reduced.' })
  @HttpCode(201)
  async credit(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    const visible = new VisibleAnswers(ctx, this.engine);
    const credited = await this.invoices.credit(ctx, id, parseCreditNote(body));
    return { ...credited, invoice: visible.invoice(credited.invoice), journalEntry: visible.posted(credited.journalEntry) };
  }
}
