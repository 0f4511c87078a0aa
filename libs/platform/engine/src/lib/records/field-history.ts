import type { ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import type { RecordValues } from './record-rows';
import type { RequestContext } from './request-context';

/**
 * Appends a history row for every tracked field whose value changed (and one "created" row when
 * a record with tracked fields is inserted). Rows are only ever added, never changed.
 */
export async function recordHistory(
  manager: EntityManager,
  ctx: RequestContext,
  object: ObjectDef,
  recordId: string,
  old: RecordValues | undefined,
  record: RecordValues,
): Promise<void> {
  const tracked = [...object.fields.values()].filter((f) => f.tracked).map((f) => f.apiName);
  // A change of owner is always kept: who was given a record, by whom, is part of its story.
  const transferred = !!old && 'OwnerId' in record && (old['OwnerId'] ?? null) !== (record['OwnerId'] ?? null);
  if (!tracked.length && !transferred) return;
  const changes: [string, unknown, unknown][] = old
    ? [...tracked, ...(transferred ? ['OwnerId'] : [])]
        .filter((name) => JSON.stringify(old[name] ?? null) !== JSON.stringify(record[name] ?? null))
        .map((name) => [name, old[name] ?? null, record[name] ?? null])
    : tracked.length
      ? [['created', null, null]]
      : [];
  for (const [field, before, after] of changes) {
    await manager.query(
      `INSERT INTO "sys_field_history" ("tenant_id", "object_api_name", "record_id", "field_api_name", "old_value", "new_value", "changed_by_id")
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
      [ctx.tenantId, object.apiName, recordId, field, JSON.stringify(before), JSON.stringify(after), ctx.userId],
    );
  }
}

export interface HistoryEntry {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  changedById: string | null;
  changedDate: string;
}

/** A record's history, newest first. */
export async function readHistory(
  manager: EntityManager,
  ctx: RequestContext,
  object: ObjectDef,
  recordId: string,
): Promise<HistoryEntry[]> {
  const rows = (await manager.query(
    `SELECT "field_api_name", "old_value", "new_value", "changed_by_id", "changed_date"
       FROM "sys_field_history"
      WHERE "tenant_id" = $1 AND "object_api_name" = $2 AND "record_id" = $3
      ORDER BY "changed_date" DESC, "id"`,
    [ctx.tenantId, object.apiName, recordId],
  )) as { field_api_name: string; old_value: unknown; new_value: unknown; changed_by_id: string | null; changed_date: Date }[];
  return rows.map((r) => ({
    field: r.field_api_name,
    oldValue: r.old_value,
    newValue: r.new_value,
    changedById: r.changed_by_id,
    changedDate: r.changed_date.toISOString(),
  }));
}
