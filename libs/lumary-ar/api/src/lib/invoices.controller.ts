import { Body, Controller, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvoiceService, VisibleAnswers, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, RecordIdParam, Requires } from '@platform/api';
import { AR_INVOICES_TAG } from './ar-tags';
import { CreditNoteDto, CreditNoteResultDto, DraftInvoiceDto, InvoiceResultDto, NewInvoiceDto, VoidInvoiceDto } from './invoices.dto';

/**
 * Invoices' life: create (and issue), issue, void and credit. Each posts its journal in the same
 * transaction. Each answer leaves out what the caller may not read (VisibleAnswers).
 */
@ApiTags(AR_INVOICES_TAG.name)
@Controller('lumary/invoices')
export class InvoicesController {
  constructor(
    @Inject(ENGINE) private readonly engine: RecordEngine,
    private readonly invoices: InvoiceService,
  ) {}

  @Post()
  @Requires([AR.invoice, 'create'], [AR.line, 'create'])
  @ApiOperation({ summary: 'Create an invoice, and issue it if asked' })
  @ApiCreatedResponse({ type: InvoiceResultDto, description: 'The Draft invoice, or the Open one with its posting when `issue` was true.' })
  @HttpCode(201)
  async create(@Ctx() ctx: RequestContext, @Body() body: NewInvoiceDto) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.create(ctx, body.toNewInvoice()));
  }

  @Put(':id')
  @RecordIdParam('invoice')
  @Requires([AR.invoice, 'edit'], [AR.line, 'create'], [AR.line, 'edit'], [AR.line, 'delete'])
  @ApiOperation({
    summary: "Replace a draft invoice's header and lines, and issue it if asked",
    description:
      "The invoice editor's save: client, debtor (default the client's Default Debtor, else the client), invoice date and the lines, all in one transaction; a Draft only (409 otherwise).",
  })
  @ApiOkResponse({ type: InvoiceResultDto, description: 'The Draft invoice, or the Open one with its posting when `issue` was true.' })
  @HttpCode(200)
  async update(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: DraftInvoiceDto) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.replaceDraft(ctx, id, body.toNewInvoice()));
  }

  @Post(':id/issue')
  @RecordIdParam('invoice')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({
    summary: 'Issue a draft invoice',
    description: "Draft to Open: the due date from the debtor's terms, the journal posted in the period holding the invoice date.",
  })
  @ApiOkResponse({ type: InvoiceResultDto, description: 'The Open invoice and its posting.' })
  @HttpCode(200)
  async issue(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.issue(ctx, id));
  }

  @Post(':id/void')
  @RecordIdParam('invoice')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({
    summary: 'Void an invoice',
    description:
      'A draft at once; an Open invoice with nothing paid or credited by reversing its posting on `date` (default today). With a `reason`.',
  })
  @ApiOkResponse({ type: InvoiceResultDto, description: 'The Void invoice, with the reversing posting when it was Open.' })
  @HttpCode(200)
  async void(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: VoidInvoiceDto) {
    return new VisibleAnswers(ctx, this.engine).invoice(await this.invoices.void(ctx, id, { reason: body.reason, date: body.date }));
  }

  @Post(':id/credit-notes')
  @RecordIdParam('invoice')
  @Requires([AR.creditNote, 'create'])
  @ApiOperation({
    summary: 'Credit an issued invoice',
    description: 'A credit note (or a write-off): posted, and the invoice balance reduced.',
  })
  @ApiCreatedResponse({ type: CreditNoteResultDto, description: 'The credit note, its posting and the invoice after it.' })
  @HttpCode(201)
  async credit(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: CreditNoteDto) {
    const visible = new VisibleAnswers(ctx, this.engine);
    const credited = await this.invoices.credit(ctx, id, body.toCreditNote());
    return { ...credited, invoice: visible.invoice(credited.invoice), journalEntry: visible.posted(credited.journalEntry) };
  }
}
