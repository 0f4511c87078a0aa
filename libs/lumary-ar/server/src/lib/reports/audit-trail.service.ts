import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { AuditTrailRepository, type HistoryFilter, type HistoryRow } from './audit-trail.repository';

/** The audit trail's filters and page, as the API checked them (dates YYYY-MM-DD, recordId an id). */
export interface AuditQuery {
  object?: string;
  recordId?: string;
  from?: string;
  to?: string;
  /** 1 to MAX_AUDIT_PAGE; default DEFAULT_AUDIT_PAGE. */
  pageSize?: number;
  /** The previous page's nextCursor. */
  cursor?: string;
}

export interface AuditEntry {
  id: string;
  object: { name: string; label: string };
  record: { id: string; name: string | null };
  /** `created` (label "Created") for a record's creation, else the tracked field that changed. */
  field: { name: string; label: string };
  oldValue: unknown;
  newValue: unknown;
  changedBy: { id: string | null; name: string | null };
  changedDate: string;
}

export interface AuditTrail {
  records: AuditEntry[];
  done: boolean;
  /** Pass back as `cursor`, with the same filters, for the next page; absent when done. */
  nextCursor?: string;
}

const CREATED = 'created';
export const DEFAULT_AUDIT_PAGE = 200;
export const MAX_AUDIT_PAGE = 2000;

const invalid = (field: string, message: string) => EngineError.invalid('INVALID_TYPE_ON_FIELD_IN_RECORD', message, [field]);

/**
 * The audit trail of the AR package's records (libs/lumary-ar/RULES.md#reports): every change the record
 * engine recorded for a tracked field, with who made it and when, newest first. Only the AR
 * objects and fields the caller may read are shown, as the records API's history does.
 */
export class AuditTrailService {
  readonly repository: AuditTrailRepository;
  private readonly arObjects: ObjectDef[];

  constructor(private readonly engine: RecordEngine) {
    this.repository = new AuditTrailRepository(engine);
    const ar = engine.object(AR.invoice).packageName;
    this.arObjects = engine.registry.objects.filter((o) => o.packageName === ar && [...o.fields.values()].some((f) => f.tracked));
  }

  async trail(ctx: RequestContext, query: AuditQuery): Promise<AuditTrail> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const filter = this.filter(ctx, query);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const rows = await this.repository.page(manager, ctx, { ...filter, limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const names = await this.names(manager, ctx, page);
      const last = page[page.length - 1];
      return {
        records: page.map((row) => this.entry(row, names)),
        done: rows.length <= filter.limit,
        ...(rows.length > filter.limit ? { nextCursor: Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url') } : {}),
      };
    });
  }

  /** Every entry matching the filters, page after page (the CSV download). */
  async all(ctx: RequestContext, query: Omit<AuditQuery, 'pageSize' | 'cursor'>): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.trail(ctx, { ...query, pageSize: MAX_AUDIT_PAGE, cursor });
      entries.push(...page.records);
      cursor = page.nextCursor;
    } while (cursor);
    return entries;
  }

  /** The query checked, and the (object, field) pairs this caller may read. */
  private filter(ctx: RequestContext, query: AuditQuery): HistoryFilter {
    let objects = this.arObjects;
    if (query.object) {
      const object = this.engine.registry.object(query.object);
      if (!object || !this.arObjects.includes(object)) {
        throw invalid(
          'object',
          `object is one of the Lumary AR objects with a history: ${this.arObjects.map((o) => o.apiName).join(', ')}.`,
        );
      }
      requireObject(ctx, object, 'read');
      objects = [object];
    }
    const visible = objects
      .filter((o) => !ctx.access || (!ctx.access.denial(o) && ctx.access.object(o).read))
      .flatMap((o) => [
        { object: o.apiName, field: CREATED },
        ...[...o.fields.values()]
          .filter((f) => f.tracked && (!ctx.access || ctx.access.field(o, f).read))
          .map((f) => ({ object: o.apiName, field: f.apiName })),
      ]);
    const { from, to } = query;
    if (from && to && from > to) throw invalid('to', `to (${to}) is before from (${from}).`);
    return {
      visible,
      recordId: query.recordId || undefined,
      from,
      to,
      after: cursorOf(query.cursor),
      limit: query.pageSize ?? DEFAULT_AUDIT_PAGE,
    };
  }

  private async names(manager: EntityManager, ctx: RequestContext, rows: HistoryRow[]) {
    const records = new Map<string, string | null>();
    const byObject = new Map<string, Set<string>>();
    for (const row of rows) byObject.set(row.object, (byObject.get(row.object) ?? new Set()).add(row.recordId));
    for (const [objectName, ids] of byObject) {
      for (const [id, name] of await this.repository.recordNames(manager, ctx, this.engine.object(objectName), [...ids]))
        records.set(`${objectName}:${id}`, name);
    }
    const userIds = [...new Set(rows.map((r) => r.changedById).filter((id): id is string => !!id))];
    const users = userIds.length
      ? await this.repository.recordNames(manager, ctx, this.engine.object('User'), userIds)
      : new Map<string, string | null>();
    return { records, users };
  }

  private entry(row: HistoryRow, names: { records: Map<string, string | null>; users: Map<string, string | null> }): AuditEntry {
    const object = this.engine.object(row.object);
    const field = row.field === CREATED ? undefined : this.engine.registry.field(row.object, row.field);
    return {
      id: row.id,
      object: { name: object.apiName, label: object.label },
      record: { id: row.recordId, name: names.records.get(`${row.object}:${row.recordId}`) ?? null },
      field: { name: row.field, label: field?.label ?? 'Created' },
      oldValue: row.oldValue,
      newValue: row.newValue,
      changedBy: { id: row.changedById, name: row.changedById ? (names.users.get(row.changedById) ?? null) : null },
      changedDate: row.changedDate.toISOString(),
    };
  }
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The cursor back from the client: checked, since it is user input bound into the query. */
function cursorOf(value: string | undefined): { at: string; id: string } | undefined {
  if (!value) return undefined;
  const refused = () =>
    EngineError.invalid('INVALID_QUERY_LOCATOR', 'invalid query locator: pass back the nextCursor of the previous page.', ['cursor']);
  if (value.length > 200) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString());
  } catch {
    throw refused();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !CURSOR_AT.test(parsed[0]) || !isId(parsed[1]))
    throw refused();
  return { at: parsed[0], id: parsed[1] };
}
