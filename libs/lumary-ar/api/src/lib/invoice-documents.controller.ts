import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InvoiceDocumentService, AR } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, RecordIdParam, Requires } from '@platform/api';
import { AR_INVOICES_TAG } from './ar-tags';
import { QueuedEmailDto, SendInvoiceDto } from './invoices.dto';

/** An invoice as a printable page and a PDF, and sending it to its debtor through the outbox. */
@ApiTags(AR_INVOICES_TAG.name)
@Controller('lumary/invoices')
export class InvoiceDocumentsController {
  constructor(private readonly documents: InvoiceDocumentService) {}

  /** The type is set once the page exists: an error answers in the usual JSON error shape. */
  @Get(':id/html')
  @RecordIdParam('invoice')
  @ApiOperation({ summary: 'An invoice as a printable HTML page' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The invoice as one HTML page, ready to print.', content: { 'text/html': { schema: { type: 'string' } } } })
  async html(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.documents.html(ctx, id);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return html;
  }

  @Get(':id/pdf')
  @RecordIdParam('invoice')
  @ApiOperation({ summary: 'Download an invoice as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The invoice as a PDF download (named after the invoice).',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<StreamableFile> {
    const { fileName, pdf } = await this.documents.pdf(ctx, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"`, length: pdf.length });
  }

  /** 202: queued, not yet delivered; the outbox job sends it when SMTP is configured. */
  @Post(':id/send')
  @RecordIdParam('invoice')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({
    summary: 'Send an invoice to its debtor by email',
    description:
      'Queued in the outbox (202), delivered by the outbox job when SMTP is configured. `{ "to": "..." }` sends it to another address this once.',
  })
  @ApiAcceptedResponse({ type: QueuedEmailDto, description: 'Queued, not yet delivered.' })
  @HttpCode(202)
  send(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: SendInvoiceDto) {
    return this.documents.send(ctx, id, { to: body.to });
  }
}
