import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvoiceDocumentService, AR } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_INVOICES_TAG } from './ar-tags';

/** An invoice as a printable page and a PDF, and sending it to its debtor through the outbox. */
@ApiTags(AR_INVOICES_TAG.name)
@Controller('lumary/invoices')
export class InvoiceDocumentsController {
  private readonly documents: InvoiceDocumentService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.documents = new InvoiceDocumentService(engine);
  }

  /** The type is set once the page exists: an error answers in the usual JSON error shape. */
  @Get(':id/html')
  @ApiOperation({ summary: 'An invoice as a printable HTML page' })
  async html(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.documents.html(ctx, id);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return html;
  }

  @Get(':id/pdf')
  @ApiOperation({ summary: 'Download an invoice as a PDF' })
  async pdf(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<StreamableFile> {
    const { fileName, pdf } = await this.documents.pdf(ctx, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"`, length: pdf.length });
  }

  /** 202: queued, not yet delivered; the outbox worker sends it when SMTP is configured. */
  @Post(':id/send')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({ summary: 'Send an invoice to its debtor by email', description: 'Queued in the outbox (202), delivered by the outbox worker when SMTP is configured. `{ "to": "..." }` sends it to another address this once.' })
  @HttpCode(202)
  send(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.documents.send(ctx, id, body);
  }
}
