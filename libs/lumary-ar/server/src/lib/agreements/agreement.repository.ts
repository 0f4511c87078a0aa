import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AGREEMENTS, AR } from '../ar-names';
import { money, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';

export const STATES = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'] as const;
export type State = (typeof STATES)[number];
export const UNITS = ['Each', 'Hour', 'Day', 'Week'] as const;
export type Unit = (typeof UNITS)[number];
export const GST_CODES = ['P1', 'P2', 'P5'] as const;
export type GstCode = (typeof GST_CODES)[number];
/** A service's statuses that draw down its agreement line (libs/lumary-ar/RULES.md#service-agreements). */
export const DRAWING = ['Delivered', 'Billed', 'Claimed'];

/** The service's tax code for an item's GST code: P1 is taxable, P2 (GST-free) and P5 (out of scope) carry no GST. */
export const taxCodeOf = (gst: string): 'GST' | 'GST_FREE' => (gst === 'P1' ? 'GST' : 'GST_FREE');

/** One version of a support item: in force from its Effective From until the next version of its number. */
export interface SupportItemRow {
  id: string;
  number: string;
  name: string;
  unit: Unit;
  gstCode: GstCode;
  effectiveFrom: string;
  limits: Record<State, string | null>;
}

export interface AgreementLineRow {
  id: string;
  name: string;
  agreement: string;
  agreementName: string;
  client: string;
  status: string;
  startDate: string;
  endDate: string;
  supportItem: string;
  allowOverrun: boolean;
  /** The agreed unit price (decimal string), a service's Rate unless it gives one. */
  unitPrice: string | null;
  budget: Money;
  used: Money;
}

export const limitField = (state: State) => `lumary__Price_Limit_${state}__c`;

/** The SQL of support items and agreement lines: plain rows in and out; the rules live in agreement.rules.ts. */
export class AgreementRepository {
  readonly item: SqlTable;
  readonly agreement: SqlTable;
  readonly line: SqlTable;
  readonly service: SqlTable;
  private readonly settings: SqlTable;

  constructor(engine: RecordEngine) {
    this.item = new SqlTable(engine.object(AGREEMENTS.supportItem));
    this.agreement = new SqlTable(engine.object(AGREEMENTS.agreement));
    this.line = new SqlTable(engine.object(AGREEMENTS.line));
    this.service = new SqlTable(engine.object(AR.service));
    this.settings = new SqlTable(engine.object(AR.settings));
  }

  /** The organisation's state (AR Settings), or null when it sets none. */
  async state(manager: EntityManager, tenantId: string): Promise<State | null> {
    const s = this.settings;
    const rows = (await manager.query(
      `SELECT ${s.col('lumary__State__c')} AS state FROM ${s.name} WHERE tenant_id = $1 ORDER BY created_date LIMIT 1`,
      [tenantId],
    )) as { state: State | null }[];
    return rows[0]?.state ?? null;
  }

  private itemSelect(): string {
    const i = this.item;
    return `SELECT id, ${i.col('Name')} AS name, ${i.col('lumary__Support_Item_Number__c')} AS number, ${i.col('lumary__Unit__c')} AS unit,
              ${i.col('lumary__GST_Code__c')} AS "gstCode", to_char(${i.col('lumary__Effective_From__c')}, 'YYYY-MM-DD') AS "effectiveFrom",
              ${STATES.map((s) => `${i.col(limitField(s))}::text AS "${s}"`).join(', ')}
         FROM ${i.name}`;
  }

  private toItem(r: Record<string, unknown>): SupportItemRow {
    const limits = Object.fromEntries(STATES.map((s) => [s, (r[s] as string | null) ?? null])) as Record<State, string | null>;
    return {
      id: String(r['id']),
      name: String(r['name']),
      number: String(r['number']),
      unit: r['unit'] as Unit,
      gstCode: r['gstCode'] as GstCode,
      effectiveFrom: String(r['effectiveFrom']),
      limits,
    };
  }

  /** The version of `number` in force on `date`: the latest Effective From on or before it. */
  async itemInForce(manager: EntityManager, tenantId: string, number: string, date: string): Promise<SupportItemRow | undefined> {
    const i = this.item;
    const rows = (await manager.query(
      `${this.itemSelect()} WHERE tenant_id = $1 AND ${i.col('lumary__Support_Item_Number__c')} = $2 AND ${i.col('lumary__Effective_From__c')} <= $3::date
        ORDER BY ${i.col('lumary__Effective_From__c')} DESC LIMIT 1`,
      [tenantId, number, date],
    )) as Record<string, unknown>[];
    return rows[0] ? this.toItem(rows[0]) : undefined;
  }

  /** Every version of the catalogue, for comparing an import with what is there. */
  async allItems(manager: EntityManager, tenantId: string): Promise<SupportItemRow[]> {
    const rows = (await manager.query(`${this.itemSelect()} WHERE tenant_id = $1`, [tenantId])) as Record<string, unknown>[];
    return rows.map((r) => this.toItem(r));
  }

  /** A line with its agreement, locked for the rest of the transaction (draws on one line take turns). */
  async lockLine(manager: EntityManager, tenantId: string, id: string): Promise<AgreementLineRow | undefined> {
    const l = this.line;
    const a = this.agreement;
    const rows = (await manager.query(
      `SELECT l.id, l.${l.col('Name')} AS name, a.id AS agreement, a.${a.col('Name')} AS "agreementName", a.${a.col('lumary__Client__c')} AS client,
              a.${a.col('lumary__Status__c')} AS status, to_char(a.${a.col('lumary__Start_Date__c')}, 'YYYY-MM-DD') AS "startDate",
              to_char(a.${a.col('lumary__End_Date__c')}, 'YYYY-MM-DD') AS "endDate", l.${l.col('lumary__Support_Item_Number__c')} AS "supportItem",
              coalesce(l.${l.col('lumary__Allow_Overrun__c')}, false) AS "allowOverrun", l.${l.col('lumary__Budget__c')}::text AS budget,
              l.${l.col('lumary__Unit_Price__c')}::text AS "unitPrice",
              l.${l.col('lumary__Used__c')}::text AS used
         FROM ${l.name} l JOIN ${a.name} a ON a.tenant_id = l.tenant_id AND a.id = l.${l.col('lumary__Agreement__c')}
        WHERE l.tenant_id = $1 AND l.id = $2 FOR UPDATE OF l`,
      [tenantId, id],
    )) as (Omit<AgreementLineRow, 'budget' | 'used'> & { budget: string | null; used: string | null })[];
    const r = rows[0];
    return r ? { ...r, budget: money(r.budget), used: money(r.used) } : undefined;
  }

  /** An agreement's dates and status, for its lines' pricing. */
  async agreementOf(manager: EntityManager, tenantId: string, id: string): Promise<{ startDate: string } | undefined> {
    const a = this.agreement;
    const rows = (await manager.query(
      `SELECT to_char(${a.col('lumary__Start_Date__c')}, 'YYYY-MM-DD') AS "startDate" FROM ${a.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    )) as { startDate: string }[];
    return rows[0];
  }

  /** Used = Σ amount ex GST (quantity × rate, to the cent) of the line's drawing services; Remaining = Budget − Used. */
  async recomputeUsed(manager: EntityManager, tenantId: string, lineId: string): Promise<void> {
    const l = this.line;
    const s = this.service;
    await manager.query(
      `UPDATE ${l.name} SET ${l.col('lumary__Used__c')} = u.used, ${l.col('lumary__Remaining__c')} = coalesce(${l.col('lumary__Budget__c')}, 0) - u.used
         FROM (SELECT coalesce(sum(round(${s.col('lumary__Quantity__c')} * ${s.col('lumary__Rate__c')}, 2)), 0) AS used
                 FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Agreement_Line__c')} = $2 AND ${s.col('lumary__Status__c')} = ANY($3::text[])) u
        WHERE ${l.name}.tenant_id = $1 AND ${l.name}.id = $2`,
      [tenantId, lineId, DRAWING],
    );
  }

  /** Whether any service names the line (its support item then stays). */
  async servicesOfLine(manager: EntityManager, tenantId: string, lineId: string): Promise<number> {
    const s = this.service;
    const rows = (await manager.query(
      `SELECT count(*)::int AS n FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Agreement_Line__c')} = $2`,
      [tenantId, lineId],
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  /** Agreements whose status the date `today` moves: Active past their end, Expired back within it. */
  async statusesToMove(manager: EntityManager, tenantId: string, today: string): Promise<{ id: string; status: 'Active' | 'Expired' }[]> {
    const a = this.agreement;
    return (await manager.query(
      `SELECT id, CASE WHEN ${a.col('lumary__End_Date__c')} < $2::date THEN 'Expired' ELSE 'Active' END AS status
         FROM ${a.name}
        WHERE tenant_id = $1 AND (
              (${a.col('lumary__Status__c')} = 'Active' AND ${a.col('lumary__End_Date__c')} < $2::date)
           OR (${a.col('lumary__Status__c')} = 'Expired' AND ${a.col('lumary__End_Date__c')} >= $2::date))`,
      [tenantId, today],
    )) as { id: string; status: 'Active' | 'Expired' }[];
  }
}
