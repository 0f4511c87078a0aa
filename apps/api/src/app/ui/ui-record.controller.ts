import { Controller, Get, Param, Query } from '@nestjs/common';
import type { RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { parsePageSize, text } from '../records/query.controller';
import { UiRecordService } from './ui-record.service';

/** The UI API: record pages and list views for the web shell, one response each. */
@Controller('ui')
export class UiRecordController {
  constructor(private readonly ui: UiRecordService) {}

  @Get('record/:object/:id')
  record(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('id') id: string) {
    return this.ui.recordPage(ctx, object, id);
  }

  @Get('list-views/:object')
  listViews(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.ui.listViews(ctx, object);
  }

  @Get('list-views/:object/:view')
  listView(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('view') view: string, @Query() params: Record<string, unknown>) {
    return this.ui.listView(ctx, object, view, {
      cursor: text(params['cursor'], 'cursor'),
      orderBy: text(params['orderBy'], 'orderBy'),
      pageSize: parsePageSize(params['pageSize']),
    });
  }
}
