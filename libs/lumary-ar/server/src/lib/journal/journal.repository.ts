import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { ENTITY, F, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { SqlTable } from '../sql-table';
import { formatMoney, money, type Money } from './money';

export interface PeriodRow {
  id: string;
  name: string;
  status: string;
  start: string;
  end: string;
}

export interface EntityRow {
  id: string;
  name: string;
  recordType: string;
  active: boolean;
  controlType: string | null;
  reportingCode: string | null;
  externalId: string | null;
}

export interface StoredLine {
  account: string;
  costCentre: string | null;
  debit: Money;
  credit: Money;
  description: string | null;
}

export interface StoredEntry {
  id: string;
  name: string;
  date: string;
  description: string | null;
  sourceId: string | null;
  sourceObject: string | null;
  reverses: string | null;
  lines: StoredLine[];
}

export interface NewEntry {
  name: string;
  date: string;
  periodId: string;
  description?: string;
  source?: { id: string; object: string };
  total: Money;
  reverses?: string;
  lines: { account: string; costCentre?: string; debit: Money; credit: Money; description?: string }[];
}

/** The journal's SQL. Plain rows in and out; the rules live in the posting service. */
export class JournalRepository {
  readonly entity: SqlTable;
  readonly entry: SqlTable;
  readonly line: SqlTable;

  constructor(engine: RecordEngine) {
    this.entity = new SqlTable(engine.object(ENTITY));
    this.entry = new SqlTable(engine.object(JOURNAL_ENTRY));
    this.line = new SqlTable(engine.object(JOURNAL_LINE));
  }

  /** One posting at a time per tenant: entry numbers stay in order and without gaps. */
  async lockJournal(manager: EntityManager, tenantId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumary.journal:' || $1))`, [tenantId]);
  }

  /** The period covering a date, share-locked so it cannot be closed until this posting commits. */
  async periodOn(manager: EntityManager, tenantId: string, date: string): Promise<PeriodRow | undefined> {
    const e = this.entity;
    const rows = (await manager.query(
      `SELECT id, ${e.col('Name')} AS name, ${e.col(F.status)} AS status, ${e.col(F.startDate)}::text AS start, ${e.col(F.endDate)}::text AS "end"
         FROM ${e.name}
        WHERE tenant_id = $1 AND record_type = 'Accounting_Period' AND ${e.col(F.startDate)} <= $2::date AND ${e.col(F.endDate)} >= $2::date
        ORDER BY ${e.col(F.startDate)} LIMIT 1 FOR SHARE`,
      [tenantId, date],
    )) as PeriodRow[];
    return rows[0];
  }

  async period(manager: EntityManager, tenantId: string, id: string): Promise<PeriodRow | undefined> {
    const e = this.entity;
    const rows = (await manager.query(
      `SELECT id, ${e.col('Name')} AS name, ${e.col(F.status)} AS status, ${e.col(F.startDate)}::text AS start, ${e.col(F.endDate)}::text AS "end"
         FROM ${e.name} WHERE tenant_id = $1 AND record_type = 'Accounting_Period' AND id = $2`,
      [tenantId, id],
    )) as PeriodRow[];
    return rows[0];
  }

  async activeControlAccounts(manager: EntityManager, tenantId: string): Promise<EntityRow[]> {
    return this.entities(manager, tenantId, `record_type = 'Control_Account' AND ${this.entity.col(F.active)}`, []);
  }

  async entitiesById(manager: EntityManager, tenantId: string, ids: string[]): Promise<Map<string, EntityRow>> {
    if (!ids.length) return new Map();
    const rows = await this.entities(manager, tenantId, `id = ANY($2::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async entities(manager: EntityManager, tenantId: string, where: string, params: unknown[]): Promise<EntityRow[]> {
    const e = this.entity;
    const rows = (await manager.query(
      `SELECT id, ${e.col('Name')} AS name, record_type AS "recordType", ${e.col(F.active)} AS active, ${e.col(F.controlType)} AS "controlType",
              ${e.col(F.reportingCode)} AS "reportingCode", ${e.col(F.externalId)} AS "externalId"
         FROM ${e.name} WHERE tenant_id = $1 AND ${where} ORDER BY ${e.col('Name')}`,
      [tenantId, ...params],
    )) as EntityRow[];
    return rows;
  }

  async nextEntryNumber(manager: EntityManager, tenantId: string): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM ${this.entry.name} WHERE tenant_id = $1`, [tenantId])) as {
      n: number;
    }[];
    return row.n + 1;
  }

  async insert(manager: EntityManager, tenantId: string, userId: string | null, entry: NewEntry): Promise<string> {
    const t = this.entry;
    const [row] = (await manager.query(
      `INSERT INTO ${t.name} (tenant_id, created_by_id, last_modified_by_id, ${t.col('Name')}, ${t.col('lumary__Entry_Date__c')}, ${t.col('lumary__Accounting_Period__c')},
              ${t.col('lumary__Description__c')}, ${t.col('lumary__Source_Record_Id__c')}, ${t.col('lumary__Source_Object__c')}, ${t.col('lumary__Total__c')}, ${t.col('lumary__Reverses__c')})
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        tenantId,
        userId,
        entry.name,
        entry.date,
        entry.periodId,
        entry.description ?? null,
        entry.source?.id ?? null,
        entry.source?.object ?? null,
        formatMoney(entry.total),
        entry.reverses ?? null,
      ],
    )) as { id: string }[];
    const l = this.line;
    for (const [i, line] of entry.lines.entries()) {
      await manager.query(
        `INSERT INTO ${l.name} (tenant_id, created_by_id, last_modified_by_id, ${l.col('Name')}, ${l.col('lumary__Journal_Entry__c')}, ${l.col('lumary__Line_Date__c')},
                ${l.col('lumary__Accounting_Period__c')}, ${l.col('lumary__Account__c')}, ${l.col('lumary__Cost_Centre__c')}, ${l.col('lumary__Debit__c')}, ${l.col('lumary__Credit__c')},
                ${l.col('lumary__Description__c')}, ${l.col('lumary__Source_Record_Id__c')}, ${l.col('lumary__Source_Object__c')})
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          tenantId,
          userId,
          `${entry.name}-${i + 1}`,
          row.id,
          entry.date,
          entry.periodId,
          line.account,
          line.costCentre ?? null,
          formatMoney(line.debit),
          formatMoney(line.credit),
          line.description ?? null,
          entry.source?.id ?? null,
          entry.source?.object ?? null,
        ],
      );
    }
    return row.id;
  }

  async load(manager: EntityManager, tenantId: string, id: string): Promise<StoredEntry | undefined> {
    const t = this.entry;
    const [entry] = (await manager.query(
      `SELECT id, ${t.col('Name')} AS name, ${t.col('lumary__Entry_Date__c')}::text AS date, ${t.col('lumary__Description__c')} AS description,
              ${t.col('lumary__Source_Record_Id__c')} AS "sourceId", ${t.col('lumary__Source_Object__c')} AS "sourceObject", ${t.col('lumary__Reverses__c')} AS reverses
         FROM ${t.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    )) as Omit<StoredEntry, 'lines'>[];
    if (!entry) return undefined;
    const l = this.line;
    const lines = (await manager.query(
      `SELECT ${l.col('lumary__Account__c')} AS account, ${l.col('lumary__Cost_Centre__c')} AS "costCentre", ${l.col('lumary__Debit__c')}::text AS debit,
              ${l.col('lumary__Credit__c')}::text AS credit, ${l.col('lumary__Description__c')} AS description
         FROM ${l.name} WHERE tenant_id = $1 AND ${l.col('lumary__Journal_Entry__c')} = $2 ORDER BY ${l.col('Name')}`,
      [tenantId, id],
    )) as { account: string; costCentre: string | null; debit: string; credit: string; description: string | null }[];
    return { ...entry, lines: lines.map((line) => ({ ...line, debit: money(line.debit), credit: money(line.credit) })) };
  }

  async reversalOf(manager: EntityManager, tenantId: string, id: string): Promise<string | undefined> {
    const t = this.entry;
    const rows = (await manager.query(
      `SELECT ${t.col('Name')} AS name FROM ${t.name} WHERE tenant_id = $1 AND ${t.col('lumary__Reverses__c')} = $2`,
      [tenantId, id],
    )) as {
      name: string;
    }[];
    return rows[0]?.name;
  }
}
