import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError, type RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { parsePageSize, text } from '../records/query.controller';
import { UI_TAG } from '../openapi/tags';
import { UiRecordService } from './ui-record.service';

/** The UI API: record pages and list views for the web shell, one response each. */
@ApiTags(UI_TAG.name)
@Controller('ui')
export class UiRecordController {
  constructor(private readonly ui: UiRecordService) {}

  @Get('record/:object/:id')
  @ApiOperation({ summary: "A record's page: its fields as its layout arranges them, and its related lists" })
  record(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('id') id: string) {
    return this.ui.recordPage(ctx, object, id);
  }

  @Get('list-views/:object')
  @ApiOperation({ summary: "An object's list views" })
  listViews(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.ui.listViews(ctx, object);
  }

  @Get('list-views/:object/:view')
  @ApiOperation({ summary: "A list view's records, a page at a time", description: 'Sorted by `sort` and `direction`, narrowed by `search`, paged by `cursor`.' })
  listView(@Ctx() ctx: RequestContext, @Param('object') object: string, @Param('view') view: string, @Query() params: Record<string, unknown>) {
    return this.ui.listView(ctx, object, view, {
      cursor: text(params['cursor'], 'cursor'),
      orderBy: text(params['orderBy'], 'orderBy'),
      pageSize: parsePageSize(params['pageSize']),
      sort: text(params['sort'], 'sort'),
      direction: direction(params['direction']),
      search: text(params['search'], 'search')?.trim() || undefined,
    });
  }

  /** Records of an object whose name contains `q`, for a lookup picker: `{ records: [{ id, name }] }`. */
  @Get('lookup/:object')
  @ApiOperation({ summary: 'Find records by name for a lookup field' })
  lookup(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query('q') q?: unknown) {
    return this.ui.lookup(ctx, object, text(q, 'q')?.trim() ?? '');
  }

  /** The record types the user may create, for the New button's picker. */
  @Get('record-types/:object')
  @ApiOperation({ summary: 'The record types the user may create' })
  recordTypes(@Ctx() ctx: RequestContext, @Param('object') object: string) {
    return this.ui.recordTypes(ctx, object);
  }

  /** The New/Edit form of a record type (`?recordType=`; optional when the object has at most one). */
  @Get('record-form/:object')
  @ApiOperation({ summary: 'The New/Edit form of a record type' })
  recordForm(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query('recordType') recordType?: unknown) {
    return this.ui.recordForm(ctx, object, text(recordType, 'recordType'));
  }
}

function direction(value: unknown): 'asc' | 'desc' | undefined {
  const given = text(value, 'direction')?.toLowerCase();
  if (given === undefined || given === 'asc' || given === 'desc') return given;
  throw EngineError.invalid('MALFORMED_QUERY', `direction must be 'asc' or 'desc', got '${String(value)}'`, ['direction']);
}
