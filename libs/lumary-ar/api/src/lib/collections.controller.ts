import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AR, CollectionsService, ReminderService, STATEMENTS_JOB, StatementService, statementsJobKey } from '@lumary-ar/server';
import { Ctx, JOBS, RecordIdParam, Requires } from '@platform/api';
import type { RequestContext } from '@platform/engine';
import { keyedJobId, type JobQueue } from '@platform/jobs';
import type { Response } from 'express';
import { AR_COLLECTIONS_TAG } from './ar-tags';
import {
  DebtorRiskDto,
  JobStatusDto,
  QueuedStatementDto,
  ReminderRunDto,
  ReminderRunResultDto,
  SendOneStatementDto,
  SendStatementDto,
  StatementDto,
  StatementQueryDto,
  StatementRunDto,
  WorklistDto,
} from './collections.dto';

/** Collections: statements, reminders, risk and the worklist (libs/lumary-ar/RULES.md#collections). */
@ApiTags(AR_COLLECTIONS_TAG.name)
@Controller('lumary')
export class CollectionsController {
  constructor(
    private readonly collections: CollectionsService,
    private readonly statements: StatementService,
    private readonly reminders: ReminderService,
    @Inject(JOBS) private readonly jobs: JobQueue,
  ) {}

  @Get('debtors/:id/statement')
  @RecordIdParam('Contact or Account')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: "A debtor's statement as at a date",
    description: 'Opening balance, invoices, credits, payments, closing balance and its aging. JSON, or `format=html` / `format=pdf`.',
  })
  @ApiProduces('application/json', 'text/html', 'application/pdf')
  @ApiOkResponse({ type: StatementDto })
  async statement(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: StatementQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    if (query.format === 'html') {
      const html = await this.statements.html(ctx, id, query.asAt, query.from);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return html;
    }
    if (query.format === 'pdf') {
      const { fileName, pdf } = await this.statements.pdf(ctx, id, query.asAt, query.from);
      return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"`, length: pdf.length });
    }
    return this.statements.statement(ctx, id, query.asAt, query.from);
  }

  @Post('debtors/:id/statement/send')
  @RecordIdParam('Contact or Account')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({
    summary: 'Email a debtor its statement',
    description: "Queued in the outbox to Debtor Settings' Invoice Email, else its Email.",
  })
  @ApiAcceptedResponse({ type: QueuedStatementDto })
  @HttpCode(202)
  send(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: SendOneStatementDto) {
    return this.statements.send(ctx, id, body);
  }

  @Post('statements/send-all')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({
    summary: 'Email a statement to every debtor with a balance',
    description: 'A job on the queue; follow it at GET statements/send-all/{jobId}.',
  })
  @ApiAcceptedResponse({ type: StatementRunDto })
  @HttpCode(202)
  sendAll(@Ctx() ctx: RequestContext, @Body() body: SendStatementDto) {
    return this.statements.sendAll(ctx, body);
  }

  @Get('statements/send-all/:runId')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({ summary: "A statements run's state and progress", description: "Another tenant's run id is 404." })
  @ApiOkResponse({ type: JobStatusDto })
  async sendAllStatus(@Ctx() ctx: RequestContext, @Param('runId') runId: string) {
    // The job's id is derived from this tenant and the run: another tenant's run id names no job here.
    const status = await this.jobs.status(STATEMENTS_JOB, keyedJobId(STATEMENTS_JOB.name, statementsJobKey(ctx.tenantId, runId)));
    if (!status) throw new NotFoundException([{ errorCode: 'NOT_FOUND', message: `No statements run with id '${runId}'`, fields: [] }]);
    const progress = status.output ? Object.fromEntries(Object.entries(status.output).filter(([key]) => key !== 'tenantId')) : null;
    return { id: runId, state: status.state, progress };
  }

  @Get('debtors/:id/risk')
  @RecordIdParam('Contact or Account')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: "A debtor's risk and its open invoices' predicted pay dates",
    description: 'The level, the reasons with their figures.',
  })
  @ApiOkResponse({ type: DebtorRiskDto })
  risk(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.collections.risk(ctx, id);
  }

  @Get('collections/worklist')
  @Requires([AR.invoice, 'read'])
  @ApiOperation({
    summary: 'The collections worklist',
    description: 'Overdue debtors by Σ(balance × days overdue) × risk weight, with last contact, next reminder and promises.',
  })
  @ApiOkResponse({ type: WorklistDto })
  worklist(@Ctx() ctx: RequestContext) {
    return this.collections.worklist(ctx);
  }

  @Post('reminders/run')
  @Requires([AR.invoice, 'edit'])
  @ApiOperation({ summary: 'Run the payment reminders now', description: 'As of `asOf` (default today); the same run as the daily job.' })
  @ApiOkResponse({ type: ReminderRunResultDto })
  @HttpCode(200)
  runReminders(@Ctx() ctx: RequestContext, @Body() body: ReminderRunDto) {
    return this.reminders.runFor(ctx, body.asOf);
  }
}
