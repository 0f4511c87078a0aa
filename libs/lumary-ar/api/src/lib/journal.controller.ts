import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PostingService, JOURNAL_ENTRY, VisibleAnswers } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, RecordIdParam, Requires } from '@platform/api';
import { AR_JOURNAL_TAG } from './ar-tags';
import { ControlAccountDto, JournalEntryDto, JournalReversalDto, PostedEntryDto } from './journal.dto';

/** The Finance Journal's postings: manual entries (admins, tests) and reversals, the only corrections. */
@ApiTags(AR_JOURNAL_TAG.name)
@ApiExtraModels(ControlAccountDto)
@Controller('lumary/journal/entries')
export class JournalController {
  constructor(
    @Inject(ENGINE) private readonly engine: RecordEngine,
    private readonly posting: PostingService,
  ) {}

  @Post()
  @Requires([JOURNAL_ENTRY, 'create'])
  @ApiOperation({
    summary: 'Post a manual journal entry',
    description: 'Balanced lines (Σ debit = Σ credit) dated in an Open period; a manual entry never posts to a control account by id.',
  })
  @ApiCreatedResponse({ type: PostedEntryDto, description: 'The posted entry.' })
  @HttpCode(201)
  async post(@Ctx() ctx: RequestContext, @Body() body: JournalEntryDto) {
    return new VisibleAnswers(ctx, this.engine).posted(await this.posting.post(ctx, body.toEntry()));
  }

  @Post(':id/reverse')
  @RecordIdParam('journal entry')
  @Requires([JOURNAL_ENTRY, 'create'])
  @ApiOperation({
    summary: 'Reverse a journal entry',
    description: 'Posts its mirror on `date` (default today): entries are never edited, a reversal is their only correction.',
  })
  @ApiCreatedResponse({ type: PostedEntryDto, description: 'The reversing entry (`reverses` names the original).' })
  @HttpCode(201)
  async reverse(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: JournalReversalDto) {
    return new VisibleAnswers(ctx, this.engine).posted(
      await this.posting.reverse(ctx, id, { date: body.date, description: body.description }),
    );
  }
}
