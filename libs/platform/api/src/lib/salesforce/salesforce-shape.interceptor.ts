import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { isComputed, metadataKey, type FieldDef, type ObjectDef } from '@platform/metadata';
import { AGGREGATE_NUMBERS, RecordEngine, type RequestContext } from '@platform/engine';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { ENGINE } from '../platform.tokens';
import { encodeLocator, salesforceRequestOf, type SalesforceRequest } from './salesforce-paths';

/** Field types whose values are numbers: on Salesforce's surface they are JSON numbers. */
const NUMERIC = new Set(['Number', 'Currency', 'Percent', 'Summary']);
const isNumeric = (field: FieldDef): boolean =>
  NUMERIC.has(field.type) ||
  (isComputed(field) && field.type === 'Formula' && ['Number', 'Currency', 'Percent'].includes(field.returnType ?? ''));

/** What a describe has beyond the summary `GET .../sobjects/{object}` gives. */
const DESCRIBE_ONLY = new Set(['fields', 'recordTypeInfos', 'childRelationships']);

/** Stands for a number's exact text until the answer is written (never a float in between). */
const MARK = '\u0000n:';
const DECIMAL = /^-?\d+(\.\d+)?$/;
const RAW_NUMBER = /"\\u0000n:(-?\d+(?:\.\d+)?)"/g;

/**
 * The answers of requests made on Salesforce's paths (see salesforce-paths.ts), in Salesforce's
 * shape: numbers as JSON numbers with their exact digits (decimal text from the database, never
 * through a float), URLs under `/services/data/vNN.N`, and query pages continued by a locator
 * (`nextRecordsUrl: /services/data/v62.0/query/01g...`). The `/api` surface is unchanged.
 */
@Injectable()
export class SalesforceShapeInterceptor implements NestInterceptor {
  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { session?: { ctx: RequestContext } }>();
    const salesforce = salesforceRequestOf(request);
    if (!salesforce) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          (async () => {
            if (body === undefined || body === null || typeof body !== 'object') return body;
            const ctx = request.session?.ctx;
            const shaped = await new Shaper(this.engine, ctx, salesforce).answer(body as Record<string, unknown>);
            response.type('application/json');
            return JSON.stringify(shaped).replace(RAW_NUMBER, '$1');
          })(),
        ),
      ),
    );
  }
}

class Shaper {
  private readonly objects = new Map<string, Promise<ObjectDef | undefined>>();

  constructor(
    private readonly engine: RecordEngine,
    private readonly ctx: RequestContext | undefined,
    private readonly salesforce: SalesforceRequest,
  ) {}

  async answer(body: Record<string, unknown>): Promise<unknown> {
    // sObject collections answer a list: of records (retrieve, null where not found), or of results.
    if (Array.isArray(body)) {
      return Promise.all(
        body.map((item: unknown) =>
          item && typeof item === 'object' && 'attributes' in item ? this.record(item as Record<string, unknown>) : item,
        ),
      );
    }
    if (Array.isArray(body['records']) && typeof body['done'] === 'boolean') return this.queryResult(body);
    if (body['attributes']) return this.record(body);
    if (this.salesforce.basicInfo) {
      const summary = Object.fromEntries(Object.entries(body).filter(([key]) => !DESCRIBE_ONLY.has(key)));
      return { objectDescribe: this.urls(summary), recentItems: [] };
    }
    return this.urls(body);
  }

  private async queryResult(body: Record<string, unknown>) {
    const records = await Promise.all((body['records'] as Record<string, unknown>[]).map((r) => this.record(r)));
    const next = typeof body['nextRecordsUrl'] === 'string' ? this.locatorUrl(body['nextRecordsUrl']) : undefined;
    return {
      totalSize: body['totalSize'] ?? records.length,
      done: body['done'],
      ...(next ? { nextRecordsUrl: next } : {}),
      records,
    };
  }

  /** `/api/query?q=...&cursor=...` as Salesforce's `/query/{locator}`. */
  private locatorUrl(apiUrl: string): string | undefined {
    const cursor = new URL(apiUrl, 'http://localhost').searchParams.get('cursor');
    const query = this.salesforce.query;
    if (!cursor || !query) return undefined;
    const locator = encodeLocator({ q: query.soql, c: cursor, ...(query.batchSize ? { b: query.batchSize } : {}) });
    return `${this.salesforce.base}/${query.all ? 'queryAll' : 'query'}/${locator}`;
  }

  /** A record (or a parent in a query's row): numbers as numbers, its URL on this surface. */
  private async record(record: Record<string, unknown>): Promise<Record<string, unknown>> {
    const attributes = record['attributes'] as { type?: string; url?: string } | undefined;
    const object = attributes?.type ? await this.objectNamed(attributes.type) : undefined;
    const out: Record<string, unknown> = {};
    // An AggregateResult names its numeric keys itself (it has no object to describe it).
    const aggregateNumbers = (record as { [AGGREGATE_NUMBERS]?: string[] })[AGGREGATE_NUMBERS];
    for (const [key, value] of Object.entries(record)) {
      if (key === 'attributes') {
        out[key] = { ...attributes, ...(attributes?.url ? { url: this.url(attributes.url) } : {}) };
      } else if (value && typeof value === 'object' && !Array.isArray(value) && 'attributes' in value) {
        out[key] = await this.record(value as Record<string, unknown>);
      } else if (value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) {
        out[key] = await this.queryResult(value as Record<string, unknown>);
      } else {
        const field = object?.fields.get(metadataKey(key));
        const numeric = aggregateNumbers ? aggregateNumbers.includes(key) : !!field && isNumeric(field);
        out[key] = numeric && typeof value === 'string' && DECIMAL.test(value) ? MARK + value : value;
      }
    }
    return out;
  }

  /** Every `/api/sobjects...` URL in an answer (describes) as `/services/data/vNN.N/sobjects...`. */
  private urls(value: unknown): unknown {
    if (typeof value === 'string') return value.startsWith('/api/sobjects') ? this.url(value) : value;
    if (Array.isArray(value)) return value.map((v) => this.urls(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.urls(v)]));
    return value;
  }

  private url(apiUrl: string): string {
    return apiUrl.startsWith('/api/') ? `${this.salesforce.base}/${apiUrl.slice('/api/'.length)}` : apiUrl;
  }

  private objectNamed(name: string): Promise<ObjectDef | undefined> {
    if (!this.ctx) return Promise.resolve(undefined);
    let object = this.objects.get(name);
    if (!object) {
      object = this.engine.objectFor(this.ctx, name).catch(() => undefined);
      this.objects.set(name, object);
    }
    return object;
  }
}
