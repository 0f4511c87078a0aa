import type { RecordEngine, RequestContext } from '@platform/engine';
import type { ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';

export interface HistoryRow {
  id: string;
  object: string;
  recordId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  changedById: string | null;
  changedDate: Date;
  /** changed_date to the microsecond (UTC), for the next page's cursor. */
  at: string;
}

export interface HistoryFilter {
  /** The (object, field) pairs the caller may see; `created` stands for a record's creation. */
  visible: { object: string; field: string }[];
  recordId?: string;
  /** Calendar dates in the tenant's zone, both inclusive. */
  from?: string;
  to?: string;
  /** Continue after this row (newest first). */
  after?: { at: string; id: string };
  limit: number;
}

/** The audit trail's SQL over the platform's field history (sys_field_history) and the records' names. */
export class AuditTrailRepository {
  private readonly names = new Map<string, { table: SqlTable; name: RecordName }>();

  constructor(private readonly engine: RecordEngine) {}

  /** One page of history rows, newest first (changed_date, then id, both descending: a stable order for the cursor). */
  async page(manager: EntityManager, ctx: RequestContext, filter: HistoryFilter): Promise<HistoryRow[]> {
    const params: unknown[] = [ctx.tenantId, filter.visible.map((v) => v.object), filter.visible.map((v) => v.field)];
    const where: string[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    let zone: string | undefined;
    const tz = () => (zone ??= `${bind(ctx.timeZone)}::text`);
    if (filter.recordId) where.push(`h.record_id = ${bind(filter.recordId)}::uuid`);
    if (filter.from) where.push(`h.changed_date >= (${bind(filter.from)}::date)::timestamp AT TIME ZONE ${tz()}`);
    if (filter.to) where.push(`h.changed_date < (${bind(filter.to)}::date + 1)::timestamp AT TIME ZONE ${tz()}`);
    if (filter.after) where.push(`(h.changed_date, h.id) < (${bind(filter.after.at)}::timestamptz, ${bind(filter.after.id)}::uuid)`);
    const rows = (await manager.query(
      `SELECT h.id, h.object_api_name AS object, h.record_id AS "recordId", h.field_api_name AS field, h.old_value AS "oldValue", h.new_value AS "newValue",
              h.changed_by_id AS "changedById", h.changed_date AS "changedDate",
              to_char(h.changed_date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
         FROM sys_field_history h
        WHERE h.tenant_id = $1 AND (h.object_api_name, h.field_api_name) IN (SELECT * FROM unnest($2::text[], $3::text[]))
          ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY h.changed_date DESC, h.id DESC
        LIMIT ${bind(filter.limit)}`,
      params,
    )) as HistoryRow[];
    return rows;
  }

  /** The names of these records of one object, by id (a deleted record has none). */
  async recordNames(manager: EntityManager, ctx: RequestContext, object: ObjectDef, ids: string[]): Promise<Map<string, string | null>> {
    const { table, name } = this.naming(object);
    const rows = (await manager.query(
      `SELECT r.id, ${name.select('r', 'n')} FROM ${table.name} r WHERE r.tenant_id = $1 AND r.id = ANY($2::uuid[])`,
      [ctx.tenantId, ids],
    )) as Record<string, string | null>[];
    return new Map(rows.map((r) => [r['id'] ?? '', name.read(r, 'n', ctx)]));
  }

  private naming(object: ObjectDef) {
    let naming = this.names.get(object.apiName);
    if (!naming) {
      naming = { table: new SqlTable(object), name: new RecordName(this.engine.registry, object) };
      this.names.set(object.apiName, naming);
    }
    return naming;
  }
}
