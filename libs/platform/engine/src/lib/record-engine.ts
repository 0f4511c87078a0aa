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
import {
  compileAggregate,
  compileQuery,
  isAggregateQuery,
  parseOrderBy,
  parseQuery,
  parseWhere,
  runAggregate,
  runQuery,
  type QueryContext,
  type QueryPaging,
  type QueryResult,
  type SoqlQuery,
} from './query';
import { inTenant } from './records/tenant-transaction';
import { canReadField, readableValues, requireEditableFields, requireObject } from './records/access-checks';
import { findByUniqueValue, isUniqueCustom } from './records/custom-index';
import { isUuid, toDb } from './records/field-codec';
import { fieldOf } from './records/system-fields';
import { q } from './records/record-rows';

/** One record's write in an sObject collection. */
export type CollectionWrite =
  | { kind: 'create'; object: string; body: unknown }
  | { kind: 'update'; object: string; id: string; body: unknown }
  | { kind: 'delete'; object: string; id: string };

/** A collection record's result, as Salesforce answers it. */
export interface CollectionOutcome {
  id: string | null;
  success: boolean;
  errors: { errorCode: string; message: string; fields: string[] }[];
}

/** See RecordEngine.within. Values are as the API takes them (numbers as decimal strings, dates YYYY-MM-DD). */
export interface TrustedWrites {
  create(objectName: string, values: RecordValues): Promise<{ id: string }>;
  update(objectName: string, id: string, values: RecordValues): Promise<void>;
  /** Deletes a record in the caller's transaction, with the same checks and triggers as any delete. */
  remove(objectName: string, id: string): Promise<void>;
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

function objectIn(registry: Registry, name: string): ObjectDef {
  const object = registry.object(name);
  if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${name}'`);
  return object;
}

/** Describe shows what this caller may do. */
function describeAccess(ctx: RequestContext): DescribeAccess {
  const access = ctx.access;
  if (!access) return FULL_ACCESS;
  return {
    object: (o) =>
      access.denial(o) ? { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false } : access.object(o),
    field: (o, f) => access.field(o, f),
  };
}

/** The engine's parts for one registry (the base, or a tenant's with its customisations). */
interface Runtime {
  registry: Registry;
  formulas: FormulaCache;
  writer: RecordWriter;
  reader: RecordReader;
}

/** The effective registry of a tenant: the base metadata with the tenant's customisations (Setup). */
export type TenantRegistries = (tenantId: string, manager?: EntityManager) => Promise<Registry>;

/**
 * The generic records service every object gets from its metadata alone. One instance per
 * loaded registry; it holds no per-request or per-tenant state beyond caches. A tenant with
 * customisations is served from its own registry (the context's, or the one `useTenantRegistries`
 * resolves), each with its parts built once.
 */
export class RecordEngine {
  readonly triggers = new TriggerRegistry();
  readonly formulas: FormulaCache;
  private readonly runtimes = new WeakMap<Registry, Runtime>();
  private tenantRegistries?: TenantRegistries;

  constructor(
    readonly registry: Registry,
    readonly dataSource: DataSource,
  ) {
    this.formulas = this.runtimeOf(registry).formulas;
  }

  /** Where tenants' effective registries come from (the tenancy library's TenantMetadata). */
  useTenantRegistries(resolve: TenantRegistries): void {
    this.tenantRegistries = resolve;
  }

  /** The registry the caller's tenant sees: the context's when it carries one. */
  async registryFor(ctx: RequestContext, manager?: EntityManager): Promise<Registry> {
    if (ctx.registry) return ctx.registry;
    return this.tenantRegistries ? this.tenantRegistries(ctx.tenantId, manager) : this.registry;
  }

  /**
   * The context with its tenant's registry on it, so nested calls (triggers) do not look again.
   * Inside a transaction, the look-up goes through its manager.
   */
  async resolve(ctx: RequestContext, manager?: EntityManager): Promise<RequestContext & { registry: Registry }> {
    return ctx.registry ? (ctx as RequestContext & { registry: Registry }) : { ...ctx, registry: await this.registryFor(ctx, manager) };
  }

  /** An object as the base metadata defines it (packages' own code); see objectFor for a tenant's. */
  object(name: string): ObjectDef {
    return objectIn(this.registry, name);
  }

  /** An object as the caller's tenant sees it, with its custom fields, rules and layouts. */
  async objectFor(ctx: RequestContext, name: string): Promise<ObjectDef> {
    return objectIn(await this.registryFor(ctx), name);
  }

  private runtimeOf(registry: Registry): Runtime {
    let runtime = this.runtimes.get(registry);
    if (!runtime) {
      const formulas = new FormulaCache(registry);
      runtime = {
        registry,
        formulas,
        writer: new RecordWriter(registry, this.dataSource, formulas, this.triggers),
        reader: new RecordReader(registry, this.dataSource, formulas),
      };
      this.runtimes.set(registry, runtime);
    }
    return runtime;
  }

  private async open(ctx: RequestContext, objectName: string, manager?: EntityManager) {
    const resolved = await this.resolve(ctx, manager);
    const runtime = this.runtimeOf(resolved.registry);
    return { ctx: resolved, runtime, object: objectIn(resolved.registry, objectName) };
  }

  /** The objects the caller may read (those of unlicensed packages are not listed). */
  async describeGlobal(ctx: RequestContext) {
    return describeGlobal(await this.registryFor(ctx), describeAccess(ctx));
  }

  async describe(ctx: RequestContext, objectName: string) {
    const { runtime, object } = await this.open(ctx, objectName);
    requireObject(ctx, object, 'read');
    return describeObject(runtime.registry, object, describeAccess(ctx));
  }

  async create(ctx: RequestContext, objectName: string, body: unknown) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'create');
    requireEditableFields(ctx, open.object, body);
    return open.runtime.writer.create(open.ctx, open.object.apiName, body);
  }

  async get(ctx: RequestContext, objectName: string, id: string) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'read');
    const { record, version } = await open.runtime.reader.get(open.ctx, open.object, id);
    return { record: readableValues(ctx, open.object, record), version };
  }

  async update(ctx: RequestContext, objectName: string, id: string, body: unknown, expectedVersion?: number) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'edit');
    requireEditableFields(ctx, open.object, body);
    return open.runtime.writer.update(open.ctx, open.object.apiName, id, body, expectedVersion);
  }

  /**
   * Salesforce's upsert by external id: the record of the tenant whose external-id (or unique)
   * field `fieldName` holds `value` is updated with `body`; when there is none, one is created
   * with the body and that value. `created` says which.
   */
  async upsert(ctx: RequestContext, objectName: string, fieldName: string, value: string, body: unknown) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'read');
    const field = fieldOf(open.object, fieldName);
    const keyed = field && (isUniqueCustom(field) || (!!field.column && (field.externalId || field.unique)));
    if (!field || !keyed || !canReadField(ctx, open.object, field.apiName)) {
      throw new EngineError('not-found', [
        {
          errorCode: 'NOT_FOUND',
          message: `Provided external ID field does not exist or is not accessible: ${fieldName}`,
          fields: [fieldName],
        },
      ]);
    }
    const coerced = toDb(field, value);
    if (!coerced.ok) throw new EngineError('invalid', [coerced.error]);
    if (coerced.value === null)
      throw EngineError.invalid('INVALID_FIELD', `${field.label} (${field.apiName}): the external id is blank`, [field.apiName]);
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw EngineError.invalid('JSON_PARSER_ERROR', 'The request body must be a JSON object of field names and values.');
    const given = Object.entries(body as Record<string, unknown>).find(([k]) => k.toLowerCase() === field.apiName.toLowerCase());
    if (given && String(given[1]) !== String(value)) {
      throw EngineError.invalid(
        'INVALID_FIELD',
        `${field.apiName} is given in the URL as '${value}' and in the body as '${String(given[1])}': leave it out of the body`,
        [field.apiName],
      );
    }
    const id = await inTenant(this.dataSource, open.ctx, async (manager) => {
      if (field.custom) return findByUniqueValue(manager, ctx.tenantId, open.object, field, String(coerced.value));
      const rows = (await manager.query(
        `SELECT "id" FROM ${q(open.object.table)} WHERE "tenant_id" = $1 AND ${q(field.column!)} = $2 LIMIT 2`,
        [ctx.tenantId, coerced.value],
      )) as { id: string }[];
      if (rows.length > 1)
        throw new EngineError('conflict', [
          {
            errorCode: 'DUPLICATE_VALUE',
            message: `More than one ${open.object.label} has ${field.apiName} '${value}'`,
            fields: [field.apiName],
          },
        ]);
      return rows[0]?.id;
    });
    if (id) {
      await this.update(ctx, objectName, id, body);
      return { id, created: false };
    }
    const created = await this.create(ctx, objectName, { ...(body as Record<string, unknown>), [field.apiName]: value });
    return { id: created.id, created: true };
  }

  async delete(ctx: RequestContext, objectName: string, id: string, expectedVersion?: number) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'delete');
    return open.runtime.writer.remove(open.ctx, open.object.apiName, id, expectedVersion);
  }

  /**
   * Salesforce's sObject collections: up to 200 creates, updates or deletes in one request, each
   * with the checks of a single one. allOrNone: one transaction, each record in a savepoint so
   * that every invalid record is named, all rolled back when any fails (the others then say so);
   * otherwise each record is written on its own and the valid ones stay.
   */
  async collection(ctx: RequestContext, writes: CollectionWrite[], allOrNone: boolean): Promise<CollectionOutcome[]> {
    const one = async (write: CollectionWrite, manager?: EntityManager): Promise<string> => {
      const within = manager ? { manager, untrusted: true } : undefined;
      const open = await this.open(ctx, write.object, manager);
      if (write.kind === 'create') {
        requireObject(ctx, open.object, 'create');
        requireEditableFields(ctx, open.object, write.body);
        return (await open.runtime.writer.create(open.ctx, open.object.apiName, write.body, within)).id;
      }
      if (write.kind === 'update') {
        requireObject(ctx, open.object, 'edit');
        requireEditableFields(ctx, open.object, write.body);
        await open.runtime.writer.update(open.ctx, open.object.apiName, write.id, write.body, undefined, within);
        return write.id;
      }
      requireObject(ctx, open.object, 'delete');
      await open.runtime.writer.remove(open.ctx, open.object.apiName, write.id, undefined, within);
      return write.id;
    };
    const failed = (error: unknown): CollectionOutcome => {
      if (!(error instanceof EngineError)) throw error;
      return { id: null, success: false, errors: error.errors };
    };
    if (!allOrNone) {
      const outcomes: CollectionOutcome[] = [];
      for (const write of writes) outcomes.push(await one(write).then((id) => ({ id, success: true, errors: [] }), failed));
      return outcomes;
    }
    const rolledBack = new Error('rolled back');
    let outcomes: CollectionOutcome[] = [];
    try {
      await inTenant(this.dataSource, ctx, async (manager) => {
        outcomes = [];
        for (const write of writes) {
          await manager.query('SAVEPOINT collection_record');
          try {
            outcomes.push({ id: await one(write, manager), success: true, errors: [] });
            await manager.query('RELEASE SAVEPOINT collection_record');
          } catch (error) {
            const outcome = failed(error);
            await manager.query('ROLLBACK TO SAVEPOINT collection_record');
            outcomes.push(outcome);
          }
        }
        if (outcomes.some((o) => !o.success)) throw rolledBack;
      });
    } catch (error) {
      if (error !== rolledBack) throw error;
      return outcomes.map((o) =>
        o.success
          ? {
              id: null,
              success: false,
              errors: [
                {
                  errorCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
                  fields: [],
                },
              ],
            }
          : o,
      );
    }
    return outcomes;
  }

  /**
   * The object each id belongs to, among the objects the caller may read (a collection's delete
   * names only ids). An id the caller cannot see is not found.
   */
  async objectsOfIds(ctx: RequestContext, ids: string[]): Promise<Map<string, string>> {
    const registry = await this.registryFor(ctx);
    const objects = registry.objects.filter((o) => {
      try {
        requireObject(ctx, o, 'read');
        return true;
      } catch {
        return false;
      }
    });
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length || !objects.length) return new Map();
    const sql = objects
      .map((o, i) => `SELECT $${i + 2}::text AS "object", "id"::text AS "id" FROM ${q(o.table)} WHERE "id" = ANY ($1::uuid[])`)
      .join(' UNION ALL ');
    const rows = (await inTenant(this.dataSource, ctx, (manager) =>
      manager.query(sql, [valid.map((id) => id.toLowerCase()), ...objects.map((o) => o.apiName)]),
    )) as { object: string; id: string }[];
    return new Map(rows.map((r) => [r.id, r.object]));
  }

  /** Changes of the fields the caller may read. */
  async history(ctx: RequestContext, objectName: string, id: string) {
    const open = await this.open(ctx, objectName);
    requireObject(ctx, open.object, 'read');
    const entries = await open.runtime.reader.history(open.ctx, open.object, id);
    return entries.filter((e) => e.field === 'created' || canReadField(ctx, open.object, e.field));
  }

  /** A SOQL query; identifiers are resolved against the metadata, values bound as parameters. */
  query(ctx: RequestContext, soql: string, paging: QueryPaging = {}): Promise<QueryResult> {
    return this.run(ctx, parseQuery(soql), paging);
  }

  /** One page of an object's records: the list endpoint, in the same query language. */
  async list(ctx: RequestContext, objectName: string, options: ListOptions = {}): Promise<QueryResult> {
    const { object } = await this.open(ctx, objectName);
    requireObject(ctx, object, 'read');
    const fields = options.fields
      ? options.fields
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : [
          'Id',
          ...[...object.fields.values()]
            .filter((f) => f.type !== 'LongTextArea' && canReadField(ctx, object, f.apiName))
            .map((f) => f.apiName),
        ];
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
      create: async (objectName, values) => {
        const open = await this.open(ctx, objectName, manager);
        return open.runtime.writer.create(open.ctx, open.object.apiName, values, { manager });
      },
      update: async (objectName, id, values) => {
        const open = await this.open(ctx, objectName, manager);
        return open.runtime.writer.update(open.ctx, open.object.apiName, id, values, undefined, { manager });
      },
      remove: async (objectName, id) => {
        const open = await this.open(ctx, objectName, manager);
        return open.runtime.writer.remove(open.ctx, open.object.apiName, id, undefined, { manager });
      },
      get: async (objectName, id) => {
        const open = await this.open(ctx, objectName, manager);
        const values = await loadRow(manager, open.object, ctx.tenantId, id);
        return values ? open.runtime.reader.withFormulas(manager, open.ctx, open.object, values) : undefined;
      },
    };
  }

  private async run(ctx: RequestContext, query: SoqlQuery, paging: QueryPaging): Promise<QueryResult> {
    const registry = await this.registryFor(ctx);
    const from = registry.object(query.from);
    if (from) requireObject(ctx, from, 'read');
    const access = ctx.access;
    const context: QueryContext = {
      registry,
      tenantId: ctx.tenantId,
      today: ctx.today.toString(),
      timeZone: ctx.timeZone,
      canReadObject: access
        ? (name) => {
            const o = registry.object(name);
            return !!o && !access.denial(o);
          }
        : undefined,
      canReadField: access
        ? (objectName, field) => {
            const o = registry.object(objectName);
            return !!o && canReadField(ctx, o, field);
          }
        : undefined,
    };
    if (isAggregateQuery(query)) {
      // One batch: an aggregate query has no next page to continue.
      if (paging.cursor) throw EngineError.invalid('MALFORMED_QUERY', 'an aggregate query has no further pages');
      const aggregate = compileAggregate(query, context);
      return inTenant(this.dataSource, ctx, (manager) => runAggregate(manager, aggregate, query.limit !== undefined));
    }
    const compiled = compileQuery(query, context, paging);
    return inTenant(this.dataSource, ctx, (manager) => runQuery(manager, compiled));
  }
}
