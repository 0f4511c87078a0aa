import { EngineError, type RecordEngine, type TriggerEvent } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { ENTITY, F, REOPEN_PERMISSION } from '../ar-names';
import { SqlTable } from '../sql-table';

/** Deep enough for any real GL or cost-centre tree; a longer walk means the data already loops. */
const MAX_DEPTH = 500;

/**
 * The Accounting Entity rules a validation formula cannot express (they need other records):
 * periods of a tenant never overlap, a Parent never makes a cycle, re-opening needs a permission.
 */
export function registerAccountingEntityRules(engine: RecordEngine): void {
  const table = new SqlTable(engine.object(ENTITY));
  engine.triggers.register(ENTITY, {
    beforeInsert: (event) => checkEntity(table, event),
    beforeUpdate: async (event) => {
      requireReopenPermission(event);
      await checkEntity(table, event);
    },
  });
}

async function checkEntity(table: SqlTable, event: TriggerEvent): Promise<void> {
  if (event.record['RecordTypeId'] === 'Accounting_Period') await checkNoOverlap(table, event);
  if (event.record['RecordTypeId'] === 'Control_Account') await checkOneActiveControl(table, event);
  const parent = event.record[F.parent];
  if (event.id && typeof parent === 'string' && parent !== event.old?.[F.parent]) {
    await checkNoCycle(table, event.manager, event.ctx.tenantId, event.id, String(event.record['Name']), parent);
  }
}

function requireReopenPermission({ ctx, record, old }: TriggerEvent): void {
  if (old?.[F.status] !== 'Closed' || record[F.status] !== 'Open' || !ctx.access) return;
  if (ctx.access.hasCustomPermission?.(REOPEN_PERMISSION)) return;
  throw new EngineError('forbidden', [
    {
      errorCode: 'INSUFFICIENT_ACCESS',
      message: `You do not have permission to re-open the Closed period ${String(old['Name'])}.`,
      fields: [F.status],
    },
  ]);
}

async function checkNoOverlap(table: SqlTable, { manager, ctx, id, record }: TriggerEvent): Promise<void> {
  const start = record[F.startDate];
  const end = record[F.endDate];
  if (typeof start !== 'string' || typeof end !== 'string') return;
  // Serialises period writes per tenant, so two concurrent inserts cannot both miss each other.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumary.periods:' || $1))`, [ctx.tenantId]);
  const rows = (await manager.query(
    `SELECT ${table.col('Name')} AS name, ${table.col(F.startDate)}::text AS start, ${table.col(F.endDate)}::text AS "end"
       FROM ${table.name}
      WHERE tenant_id = $1 AND record_type = 'Accounting_Period' AND ($2::uuid IS NULL OR id <> $2::uuid)
        AND ${table.col(F.startDate)} <= $4::date AND ${table.col(F.endDate)} >= $3::date
      ORDER BY ${table.col(F.startDate)} LIMIT 1`,
    [ctx.tenantId, id ?? null, start, end],
  )) as { name: string; start: string; end: string }[];
  const clash = rows[0];
  if (clash) {
    throw EngineError.invalid(
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      `This period overlaps the accounting period ${clash.name} (${clash.start} to ${clash.end}); periods never overlap.`,
      [F.startDate, F.endDate],
    );
  }
}

/**
 * Posting resolves each control account by its type: a second active one of a type would make
 * every posting that needs it fail, so it is refused when saved (created, activated or retyped).
 */
async function checkOneActiveControl(table: SqlTable, { manager, ctx, id, record }: TriggerEvent): Promise<void> {
  const type = record[F.controlType];
  if (record[F.active] === false || typeof type !== 'string') return;
  // Serialises control-account writes per tenant, so two concurrent saves cannot both pass.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumary.controls:' || $1))`, [ctx.tenantId]);
  const rows = (await manager.query(
    `SELECT ${table.col('Name')} AS name FROM ${table.name}
      WHERE tenant_id = $1 AND record_type = 'Control_Account' AND ($2::uuid IS NULL OR id <> $2::uuid)
        AND ${table.col(F.active)} AND ${table.col(F.controlType)} = $3
      ORDER BY ${table.col('Name')} LIMIT 1`,
    [ctx.tenantId, id ?? null, type],
  )) as { name: string }[];
  if (rows[0]) {
    throw EngineError.invalid(
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      `${rows[0].name} is already this organisation's active ${type}: there is at most one active control account of each type. Deactivate ${rows[0].name} first, or save this one inactive.`,
      [F.controlType, F.active],
    );
  }
}

/** Walks up from the new parent; meeting the record itself means the tree would loop. */
async function checkNoCycle(
  table: SqlTable,
  manager: EntityManager,
  tenantId: string,
  id: string,
  name: string,
  parentId: string,
): Promise<void> {
  const path: string[] = [];
  let current: string | null = parentId;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const rows = (await manager.query(
      `SELECT id, ${table.col('Name')} AS name, ${table.col(F.parent)} AS parent FROM ${table.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, current],
    )) as { id: string; name: string; parent: string | null }[];
    if (!rows[0]) return;
    path.push(rows[0].name);
    if (rows[0].id === id) {
      throw EngineError.invalid(
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        `The Parent would make a cycle: ${[name, ...path].join(' → ')}. A Parent is never below its own entity.`,
        [F.parent],
      );
    }
    current = rows[0].parent;
  }
}
