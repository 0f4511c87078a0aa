import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseJournalEntry, PostingService, JOURNAL_ENTRY, VisibleAnswers } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';
import { Ctx, ENGINE, Requires } from '@platform/api';
import { AR_JOURNAL_TAG } from './ar-tags';

/** The Finance Journal's postings: manual entries (admins, tests) and reversals, the only corrections. */
@ApiTags(AR_JOURNAL_TAG.name)
@Controller('lumary/journal/entries')
export class JournalController {
  private readonly posting: PostingService;

  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {
    this.posting = new PostingService(engine);
  }

  @Post()
  @Requires([JOURNAL_ENTRY, 'create'])
  @ApiOperation({ summary: 'Post a manual journal entry' })
  @HttpCode(201)
  async post(@Ctx() ctx: RequestContext, @Body() body: unknown) {
    return new VisibleAnswers(ctx, this.engine).posted(await this.posting.post(ctx, parseJournalEntry(body)));
  }

  @Post(':id/reverse')
  @Requires([JOURNAL_ENTRY, 'create'])
  @ApiOperation({ summary: 'Reverse a journal entry', description: 'Posts its mirror on `date` (default today): entries are never edited, a reversal is their only correction.' })
  @HttpCode(201)
  async reverse(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: { date?: unknown; description?: unknown } | undefined) {
    return new VisibleAnswers(ctx, this.engine).posted(await this.posting.reverse(ctx, id, { date: body?.date, description: body?.description }));
  }
}
