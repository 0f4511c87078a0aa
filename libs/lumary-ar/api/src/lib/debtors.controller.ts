import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DebtorSummaryService } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE } from '@platform/api';
import { AR_DEBTORS_TAG } from './ar-tags';

/** Debtors (client and General Contacts, Accounts) as the AR package sees them. */
@ApiTags(AR_DEBTORS_TAG.name)
@Controller('lumary/debtors')
export class DebtorsController {
  private readonly summaries: DebtorSummaryService;

  constructor(@Inject(ENGINE) engine: RecordEngine) {
    this.summaries = new DebtorSummaryService(engine);
  }

  /** The debtor summary of a Contact or Account, as of today in the tenant's time zone. */
  @Get(':id/summary')
  @ApiOperation({ summary: 'The debtor summary of a Contact or Account', description: "As of today in the tenant's time zone." })
  summary(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.summaries.summary(ctx, id);
  }
}
