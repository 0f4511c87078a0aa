import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AR,
  CLAIM_BATCH,
  CLAIM_BATCH_FILE,
  ClaimBatchService,
  ClaimRemittanceService,
  ClaimService,
  NdiaAgedService,
} from '@lumary-ar/server';
import { EngineError, type RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { CsvResponse, Ctx, RecordIdParam, Requires } from '@platform/api';
import { AR_BILLING_TAG } from './ar-tags';
import { ClaimResultDto } from './billing.dto';
import {
  AgedNdiaClaimsDto,
  ClaimBatchDto,
  ClaimBatchProgressDto,
  ClaimBatchQueryDto,
  ClaimResultsDto,
  NdiaAgedQueryDto,
  RemittanceReportDto,
  ShortfallWriteOffDto,
  StartedClaimBatchDto,
} from './claiming.dto';

/**
 * NDIA claiming (DOMAIN.md "NDIA claiming"): claim batches exported as the portal's bulk payment
 * request CSV (worked by a job, their files downloadable again byte for byte), the portal's
 * result file imported, a short payment's shortfall written off, and the aged NDIA receivables.
 */
@ApiTags(AR_BILLING_TAG.name)
@Controller('lumary')
export class ClaimingController {
  constructor(
    private readonly batches: ClaimBatchService,
    private readonly remittances: ClaimRemittanceService,
    private readonly claims: ClaimService,
    private readonly aged: NdiaAgedService,
  ) {}

  @Post('claim-batches')
  @Requires([CLAIM_BATCH, 'create'], [AR.claim, 'edit'])
  @ApiOperation({
    summary: 'Make a claim batch (NDIA bulk payment request)',
    description:
      'Validates the Open claims up to a date and exports the valid ones as bulk payment request CSV files (at most 5,000 rows each), Submitted with the batch and posted; a failing row stays Open with why. A background job: answers 202 with the Queued batch; `?wait=true` answers 200 with its final progress.',
  })
  @ApiAcceptedResponse({ type: StartedClaimBatchDto, description: 'The batch, Queued: follow it with GET /api/lumary/claim-batches/{id}.' })
  @ApiOkResponse({ type: ClaimBatchProgressDto, description: 'With `?wait=true`: the final progress.' })
  @HttpCode(202)
  async start(
    @Ctx() ctx: RequestContext,
    @Body() body: ClaimBatchDto,
    @Query() query: ClaimBatchQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const batch = await this.batches.start(ctx, { upTo: body.upTo, submitDate: body.submitDate });
    if (query.wait !== 'true') return batch;
    res.status(200);
    return this.batches.finished(ctx, batch.id);
  }

  @Post('claim-batches/results')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({
    summary: "Import the portal's result (remittance) file",
    description:
      'Each row matched by ClaimReference moves its Submitted claim to Paid (a short payment keeps its shortfall receivable) or Error (its submission reversed). All or nothing: a bad file is refused naming each row and column. Importing the same file again changes nothing.',
  })
  @ApiOkResponse({ type: RemittanceReportDto })
  @HttpCode(200)
  results(@Ctx() ctx: RequestContext, @Body() body: ClaimResultsDto) {
    return this.remittances.import(ctx, body.content);
  }

  @Get('claim-batches/:id')
  @RecordIdParam('claim batch')
  @Requires([CLAIM_BATCH, 'read'])
  @ApiOperation({ summary: "A claim batch's progress, failures and files" })
  @ApiOkResponse({ type: ClaimBatchProgressDto })
  progress(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.batches.progress(ctx, id);
  }

  @Get('claim-batches/:id/files/:n')
  @RecordIdParam('claim batch')
  @ApiParam({ name: 'n', description: 'The file number, from 1.', example: 1 })
  @Requires([CLAIM_BATCH, 'read'], [CLAIM_BATCH_FILE, 'read'])
  @ApiOperation({ summary: "Download a claim batch's bulk payment request file again" })
  @CsvResponse('The file exactly as it was exported: the 16 columns of the bulk payment request, CRLF line ends.')
  async file(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Param('n', new ParseIntPipe({ exceptionFactory: () => EngineError.invalid('INVALID_TYPE', 'n is the file number, from 1.', ['n']) }))
    n: number,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.batches.download(ctx, id, n);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }

  @Post('claims/:id/write-off-shortfall')
  @RecordIdParam('claim')
  @Requires([AR.claim, 'edit'])
  @ApiOperation({ summary: "Write off a short-paid claim's shortfall, with the reason" })
  @ApiOkResponse({ type: ClaimResultDto, description: 'The Paid claim, its shortfall written off.' })
  @HttpCode(200)
  writeOff(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: ShortfallWriteOffDto) {
    return this.claims.writeOffShortfall(ctx, id, { reason: body.reason, date: body.date });
  }

  @Get('reports/ndia-claims-aged')
  @Requires([AR.claim, 'read'])
  @ApiOperation({
    summary: 'Aged NDIA receivables',
    description: 'Submitted, unpaid claims (and shortfalls not written off) by days since submission: 0-30, 31-60, 61-90, 90+.',
  })
  @ApiOkResponse({ type: AgedNdiaClaimsDto })
  agedClaims(@Ctx() ctx: RequestContext, @Query() query: NdiaAgedQueryDto) {
    return this.aged.aged(ctx, query.asAt ?? ctx.today.toString());
  }
}
