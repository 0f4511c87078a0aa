import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DebtorSummaryService } from '@lumary-ar/server';
import { Ctx, RecordIdParam } from '@platform/api';
import type { RequestContext } from '@platform/engine';
import { AR_DEBTORS_TAG } from './ar-tags';
import { DebtorSummaryDto } from './debtors.dto';

/** Debtors (client and General Contacts, Accounts) as the AR package sees them. */
@ApiTags(AR_DEBTORS_TAG.name)
@Controller('lumary/debtors')
export class DebtorsController {
  constructor(private readonly summaries: DebtorSummaryService) {}

  /** The debtor summary of a Contact or Account, as of today in the tenant's time zone. */
  @Get(':id/summary')
  @RecordIdParam('Contact or Account')
  @ApiOperation({ summary: 'The debtor summary of a Contact or Account', description: "As of today in the tenant's time zone." })
  @ApiOkResponse({ type: DebtorSummaryDto })
  summary(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    return this.summaries.summary(ctx, id);
  }
}
