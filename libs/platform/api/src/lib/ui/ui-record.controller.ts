import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { parsePageSize } from '../records/query.controller';
import {
  ListViewPage,
  ListViewParams,
  ListViewsInfo,
  LookupParams,
  LookupResults,
  RecordForm,
  RecordFormParams,
  RecordPage,
  RecordTypesInfo,
} from './ui.dto';
import { UI_TAG } from '../openapi/tags';
import { UiRecordService } from './ui-record.service';

/** The UI API: record pages and list views for the web shell, one response each. */
@ApiTags(UI_TAG.name)
@Controller('ui')
export class UiRecordController {
  constructor(private readonly ui: UiRecordService) {}

  @Get('record/:object/:id')
  @ApiOperation({ summary: "A record's page: its fields as its layout arranges them, and its related lists" })
  @ApiOkResponse({ type: RecordPage })
  record(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('id') id: string) {
    return this.ui.recordPage(ctx, object, id);
  }

  @Get('list-views/:object')
  @ApiOperation({ summary: "An object's list views" })
  @ApiOkResponse({ type: ListViewsInfo })
  listViews(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.ui.listViews(ctx, object);
  }

  @Get('list-views/:object/:view')
  @ApiOperation({
    summary: "A list view's records, a page at a time",
    description: 'Sorted by `sort` and `direction`, narrowed by `search`, paged by `cursor`.',
  })
  @ApiOkResponse({ type: ListViewPage })
  listView(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('view') view: string, @Query() params: ListViewParams) {
    return this.ui.listView(ctx, object, view, {
      cursor: params.cursor,
      orderBy: params.orderBy,
      pageSize: parsePageSize(params.pageSize),
      sort: params.sort,
      direction: params.direction?.toLowerCase() as 'asc' | 'desc' | undefined,
      search: params.search?.trim() || undefined,
      scope: params.scope,
    });
  }

  /** Records of an object whose name contains `q`, for a lookup picker: `{ records: [{ id, name }] }`. */
  @Get('lookup/:object')
  @ApiOperation({ summary: 'Find records by name for a lookup field' })
  @ApiOkResponse({ type: LookupResults })
  lookup(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query() { q }: LookupParams) {
    return this.ui.lookup(ctx, object, q?.trim() ?? '');
  }

  /** The record types the user may create, for the New button's picker. */
  @Get('record-types/:object')
  @ApiOperation({ summary: 'The record types the user may create' })
  @ApiOkResponse({ type: RecordTypesInfo })
  recordTypes(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.ui.recordTypes(ctx, object);
  }

  /** The New/Edit form of a record type (`?recordType=`; optional when the object has at most one). */
  @Get('record-form/:object')
  @ApiOperation({ summary: 'The New/Edit form of a record type' })
  @ApiOkResponse({ type: RecordForm })
  recordForm(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query() { recordType }: RecordFormParams) {
    return this.ui.recordForm(ctx, object, recordType);
  }
}
