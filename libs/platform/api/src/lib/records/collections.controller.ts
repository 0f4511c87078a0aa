import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError, RecordEngine, type CollectionOutcome, type CollectionWrite, type RequestContext } from '@platform/engine';
import { Ctx } from '../auth/session.guard';
import { RECORDS_TAG } from '../openapi/tags';
import { ENGINE } from '../platform.tokens';
import {
  CollectionDeleteParams,
  CollectionRequest,
  CollectionResult,
  CollectionRetrieveParams,
  CollectionRetrieveRequest,
} from './collections.dto';

/** The records found, in the order of the ids asked for: null where none (or one the caller cannot see). */
const RETRIEVED = { type: 'array' as const, items: { type: 'object' as const, additionalProperties: true, nullable: true } };

/** Salesforce's limit on one collection request. */
export const MAX_COLLECTION = 200;

/**
 * Salesforce's sObject collections (`/composite/sobjects`): create, update or delete up to 200
 * records of any objects in one request, all or none when asked, and retrieve up to 2,000 records
 * of one object by id. Each record gets the checks, triggers and errors of a single request.
 */
@ApiTags(RECORDS_TAG.name)
@Controller('composite/sobjects')
export class SObjectCollectionsController {
  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Create up to 200 records',
    description: 'Each record names its object in `attributes.type`. With `allOrNone`, one invalid record rolls all back.',
  })
  @ApiOkResponse({ type: CollectionResult, isArray: true })
  async create(@Ctx() ctx: RequestContext, @Body() body: CollectionRequest): Promise<CollectionResult[]> {
    const writes = body.records.map((record, i): CollectionWrite => {
      const { object, fields } = typed(record, i);
      if ('Id' in fields || 'id' in fields) throw invalid(`records[${i}]: a record to create has no Id`, 'Id');
      return { kind: 'create', object, body: fields };
    });
    return results(await this.engine.collection(ctx, writes, !!body.allOrNone));
  }

  @Patch()
  @ApiOperation({ summary: 'Update up to 200 records', description: 'Each record names its object in `attributes.type` and its `id`.' })
  @ApiOkResponse({ type: CollectionResult, isArray: true })
  async update(@Ctx() ctx: RequestContext, @Body() body: CollectionRequest): Promise<CollectionResult[]> {
    const writes = body.records.map((record, i): CollectionWrite => {
      const { object, fields } = typed(record, i);
      const { Id, id, ...rest } = fields as { Id?: unknown; id?: unknown };
      const key = Id ?? id;
      if (typeof key !== 'string' || !key) throw invalid(`records[${i}]: give the id of the record to update`, 'id');
      return { kind: 'update', object, id: key, body: rest };
    });
    return results(await this.engine.collection(ctx, writes, !!body.allOrNone));
  }

  @Delete()
  @ApiOperation({
    summary: 'Delete up to 200 records',
    description: '`ids` comma-separated; `allOrNone=true` rolls all back when one fails.',
  })
  @ApiOkResponse({ type: CollectionResult, isArray: true })
  async delete(@Ctx() ctx: RequestContext, @Query() params: CollectionDeleteParams): Promise<CollectionResult[]> {
    const ids = idList(params.ids, MAX_COLLECTION);
    const objects = await this.engine.objectsOfIds(ctx, ids);
    const writes = ids.map(
      (id): Extract<CollectionWrite, { kind: 'delete' }> => ({ kind: 'delete', object: objects.get(id.toLowerCase()) ?? '', id }),
    );
    const missing = (id: string): CollectionOutcome => ({
      id: null,
      success: false,
      errors: [{ errorCode: 'ENTITY_IS_DELETED', message: `entity is deleted or does not exist: ${id}`, fields: [] }],
    });
    const found = writes.filter((w) => w.object);
    const allOrNone = params.allOrNone === 'true';
    if (allOrNone && found.length < writes.length) {
      return results(writes.map((w) => (w.object ? rolledBack() : missing(w.id))));
    }
    const outcomes = await this.engine.collection(ctx, found, allOrNone);
    return results(writes.map((w) => (w.object ? (outcomes.shift() as CollectionOutcome) : missing(w.id))));
  }

  @Get(':object')
  @ApiOkResponse({ schema: RETRIEVED })
  @ApiOperation({
    summary: 'Retrieve records of one object by id',
    description: '`ids` and `fields` comma-separated; a record not found is null.',
  })
  async retrieve(@Ctx() ctx: RequestContext, @Param('object') object: string, @Query() params: CollectionRetrieveParams) {
    return this.retrieveRecords(ctx, object, idList(params.ids, 2000), fieldList(params.fields));
  }

  /** The same as GET, for lists of ids too long for a URL. */
  @Post(':object')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retrieve records of one object by id (ids in the body)' })
  @ApiOkResponse({ schema: RETRIEVED })
  async retrieveByBody(@Ctx() ctx: RequestContext, @Param('object') object: string, @Body() body: CollectionRetrieveRequest) {
    return this.retrieveRecords(ctx, object, idList(body.ids.join(','), 2000), fieldList(body.fields.join(',')));
  }

  private async retrieveRecords(ctx: RequestContext, object: string, ids: string[], fields: string[]) {
    // The object is a name, never more query: anything else is not an object at all.
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(object)) throw EngineError.invalid('INVALID_TYPE', `sObject type '${object}' is not supported`);
    const quoted = ids.map((id) => `'${id.replace(/[^0-9a-fA-F-]/g, '')}'`).join(', ');
    const found = await this.engine.query(
      ctx,
      `SELECT Id, ${fields
        .filter((f) => f.toLowerCase() !== 'id')
        .concat('Id')
        .join(', ')} FROM ${object} WHERE Id IN (${quoted})`,
    );
    const byId = new Map(found.records.map((r) => [String(r['Id']).toLowerCase(), r]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }
}

const invalid = (message: string, field: string) => EngineError.invalid('INVALID_FIELD', message, [field]);

/** A record of the body: its object from `attributes.type`, its fields without `attributes`. */
function typed(record: Record<string, unknown>, i: number): { object: string; fields: Record<string, unknown> } {
  const { attributes, ...fields } = record;
  const type = (attributes as { type?: unknown } | undefined)?.type;
  if (typeof type !== 'string' || !type) throw invalid(`records[${i}]: name the object in attributes.type`, 'attributes.type');
  return { object: type, fields };
}

function idList(text: string, max: number): string[] {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids.length) throw EngineError.invalid('INVALID_FIELD', 'Give the ids, comma-separated', ['ids']);
  if (ids.length > max) throw EngineError.invalid('INVALID_FIELD', `At most ${max} ids in one request; ${ids.length} given`, ['ids']);
  for (const id of ids) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw EngineError.invalid('MALFORMED_ID', `Invalid id: '${id}'`, ['ids']);
    }
  }
  return ids;
}

function fieldList(text: string): string[] {
  const fields = text
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const field of fields) {
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/.test(field))
      throw EngineError.invalid('INVALID_FIELD', `Invalid field name: '${field}'`, ['fields']);
  }
  if (!fields.length) throw EngineError.invalid('INVALID_FIELD', 'Give the fields, comma-separated', ['fields']);
  return fields;
}

const rolledBack = (): CollectionOutcome => ({
  id: null,
  success: false,
  errors: [
    {
      errorCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
      fields: [],
    },
  ],
});

/** Salesforce names a collection error's code `statusCode`. */
function results(outcomes: CollectionOutcome[]): CollectionResult[] {
  return outcomes.map((o) => ({
    id: o.id,
    success: o.success,
    errors: o.errors.map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields })),
  }));
}
