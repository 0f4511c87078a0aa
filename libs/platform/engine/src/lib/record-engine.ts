import type { ObjectDef, Registry } from '@platform/metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { loadRow, type RecordValues } from './records/record-rows';
import { describeGlobal, describeObject, FULL_ACCESS, type DescribeAccess } from './describe/describe';
import { EngineError } from './engine.errors';
import { FormulaCache } from './formulas/formula-cache';
import { RecordReader } from './records/record-reader';
import { RecordWriter } from './records/record-writer';
import type { RequestContext } from './records/request-context';
import { TriggerRegistry } from './triggers/trigger-registry';
import { compileQuery, parseOrderBy, parseQuery, parseWhere, runQuery, type QueryPaging, type QueryResult, type SoqlQuery } from './query';
import { inTenant } from './records/tenant-transaction';
import { canReadField, readableValues, requireEditableFields, requireObject } from './records/access-checks';

/** See RecordEngine.within. Values are as the API takes them (numbers as decimal strings, dates YYYY-MM-DD). */
export interface TrustedWrites {
  create(objectName: string, values: RecordValues): Promise<{ id: string }>;
  update(objectName: string, id: string, values: RecordValues): Promise<void>;
  /** A record's stored values and formulas by API name, or undefined. */
  get(objectName: string, id: string): Promise<RecordValues | undefined>;
}

export interface ListOptions {
  /** Comma-separated field paths (`Name,lumary__Parent__r.Name`); default: the object's fields. */
  fields?: string;
  /** A SOQL condition (`lumary__Status__c = 'Open' AND lumary__Start_Date__c >= 2026-01-01`). */
  where?: string;
  /** SOQL ORDER BY items (`lumary__Start_Date__c DESC, Name`). */
  orderBy?: string;
  pageSize?: number;
  cursor?: string;
}

/** Describe shows what this caller may do. */
function describeAccess(ctx: RequestContext): DescribeAccess {
  const access = ctx.access;
  if (!access) return FULL_ACCESS;
  return {
    object: (o) => (access.denial(o) ? { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false } : access.object(o)),
    field: (o, f) => access.field(o, f),
  };
}

/**
 * The generic records service every object gets from its metadata alone. One instance per
 * loaded registry; it holds no per-request or per-tenant state.
 */
export class RecordEngine {
  readonly triggers = new TriggerRegistry();
  readonly formulas: FormulaCache;
  private readonly writer: RecordWriter;
  private readonly reader: RecordReader;

  constructor(
    readonly registry: Registry,
    readonly dataSource: DataSource,
  ) {
    this.formulas = new FormulaCache(registry);
    this.writer = new RecordWriter(registry, dataSource, this.formulas, this.triggers);
    this.reader = new RecordReader(registry, dataSource, this.formulas);
  }

  object(name: string): ObjectDef {
    const object = this.registry.object(name);
    if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${name}'`);
    return object;
  }

  /** The objects the caller may read (those of unlicensed packages are not listed). */
  describeGlobal(ctx: RequestContext) {
    return describeGlobal(this.registry, describeAccess(ctx));
  }

  describe(ctx: RequestContext, objectName: string) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'read');
    return describeObject(this.registry, object, describeAccess(ctx));
  }

  create(ctx: RequestContext, objectName: string, body: unknown) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'create');
    requireEditableFields(ctx, object, body);
    return this.writer.create(ctx, object.apiName, body);
  }

  async get(ctx: RequestContext, objectName: string, id: string) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'read');
    const { record, version } = await this.reader.get(ctx, object, id);
    return { record: readableValues(ctx, object, record), version };
  }

  update(ctx: RequestContext, objectName: string, id: string, body: unknown, expectedVersion?: number) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'edit');
    requireEditableFields(ctx, object, body);
    return this.writer.update(ctx, object.apiName, id, body, expectedVersion);
  }

  delete(ctx: RequestContext, objectName: string, id: string, expectedVersion?: number) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'delete');
    return this.writer.remove(ctx, object.apiName, id, expectedVersion);
  }

  /** Changes of the fields the caller may read. */
  async history(ctx: RequestContext, objectName: string, id: string) {
    const object = this.object(objectName);
    requireObject(ctx, object, 'read');
    const entries = await this.reader.history(ctx, object, id);
    return entries.filter((e) => e.field === 'created' || canReadField(ctx, object, e.field));
  }

  /** A SOQL query; identifiers are resolved against the metadata, values bound as parameters. */
  query(ctx: RequestContext, soql: string, paging: QueryPaging = {}): Promise<QueryResult> {
    return this.run(ctx, parseQuery(soql), paging);
  }

  /** One page of an object's records: the list endpoint, in the same query language. */
  list(ctx: RequestContext, objectName: string, options: ListOptions = {}): Promise<QueryResult> {
    const object = this.object(objectName);
    requireObject(ctx, object, 'read');
    const fields = options.fields
      ? options.fields.split(',').map((f) => f.trim()).filter(Boolean)
      : ['Id', ...[...object.fields.values()].filter((f) => f.type !== 'LongTextArea' && canReadField(ctx, object, f.apiName)).map((f) => f.apiName)];
    const query: SoqlQuery = {
      select: [...new Set(fields)].map((f) => ({ path: f.split('.') })),
      from: object.apiName,
      where: options.where ? parseWhere(options.where) : undefined,
      orderBy: options.orderBy ? parseOrderBy(options.orderBy) : [],
    };
    return this.run(ctx, query, { pageSize: options.pageSize, cursor: options.cursor, countTotal: !options.cursor });
  }

  /**
   * A package's own writes and reads inside a transaction it already holds (issuing an invoice
   * writes the invoice and posts the journal together). The engine's checks, history, roll-ups
   * and triggers all run; the caller's object and field permissions are not checked here (the
   * package checked what the user asked for), and triggers see `trusted`.
   */
  within(manager: EntityManager, ctx: RequestContext): TrustedWrites {
    return {
      create: (objectName, values) => this.writer.create(ctx, objectName, values, { manager }),
      update: (objectName, id, values) => this.writer.update(ctx, objectName, id, values, undefined, { manager }),
      get: async (objectName, id) => {
        const object = this.object(objectName);
        const values = await loadRow(manager, object, ctx.tenantId, id);
        return values ? this.reader.withFormulas(manager, ctx, object, values) : undefined;
      },
    };
  }

  private run(ctx: RequestContext, query: SoqlQuery, paging: QueryPaging): Promise<QueryResult> {
    const from = this.registry.object(query.from);
    if (from) requireObject(ctx, from, 'read');
    const access = ctx.access;
    const compiled = compileQuery(
      query,
      {
        registry: this.registry,
        tenantId: ctx.tenantId,
        today: ctx.today.toString(),
        timeZone: ctx.timeZone,
        canReadObject: access ? (name) => { const o = this.registry.object(name); return !!o && !access.denial(o); } : undefined,
        canReadField: access ? (objectName, field) => { const o = this.registry.object(objectName); return !!o && canReadField(ctx, o, field); } : undefined,
      },
      paging,
    );
    return inTenant(this.dataSource, ctx, (manager) => runQuery(manager, compiled));
  }
}
