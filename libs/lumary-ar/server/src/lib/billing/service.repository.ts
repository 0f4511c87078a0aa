import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { money, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';
import type { PlannedService } from './billing-plan';

export type ServiceStatus = 'Delivered' | 'Billed' | 'Claimed' | 'Cancelled';

/** A Service Delivered record with what billing it needs. */
export interface ServiceRow {
  id: string;
  name: string;
  client: string;
  /** The client's Default Debtor, else the client: who an invoice for it is payable by. */
  debtor: string;
  serviceDate: string;
  description: string;
  quantity: string;
  rate: string;
  taxCode: string;
  glCode: string | null;
  costCentre: string | null;
  funding: string;
  status: ServiceStatus;
  amount: Money;
  invoice: string | null;
  claim: string | null;
  /** The NDIS support item and how it is counted (Hour: claimed as Hours; otherwise Quantity). */
  supportNumber: string | null;
  unit: string | null;
  claimType: string | null;
  cancellationReason: string | null;
}

export interface ClaimRow {
  id: string;
  name: string;
  status: 'Open' | 'Submitted' | 'Paid' | 'Error';
  claimDate: string;
  amount: Money;
  paidAmount: Money | null;
  shortfall: Money;
  writtenOff: Money;
  submittedDate: string | null;
  paymentRequest: string | null;
  errorReason: string | null;
}

/** The SQL of billing and claims. Plain rows in and out; the rules live in the services. */
export class ServiceRepository {
  readonly service: SqlTable;
  readonly claim: SqlTable;
  private readonly contact: SqlTable;
  private readonly account: SqlTable;
  private readonly contactName: RecordName;
  private readonly accountName: RecordName;

  constructor(engine: RecordEngine) {
    this.service = new SqlTable(engine.object(AR.service));
    this.claim = new SqlTable(engine.object(AR.claim));
    this.contact = new SqlTable(engine.object('Contact'));
    this.account = new SqlTable(engine.object('Account'));
    this.contactName = new RecordName(engine.registry, engine.object('Contact'));
    this.accountName = new RecordName(engine.registry, engine.object('Account'));
  }

  /** One service, locked for the rest of the transaction when asked (bill now takes its turn with runs). */
  async load(manager: EntityManager, tenantId: string, id: string, lock = false): Promise<ServiceRow | undefined> {
    const rows = await this.select(manager, `s.tenant_id = $1 AND s.id = $2`, [tenantId, id], lock ? 'FOR UPDATE OF s' : '');
    return rows[0];
  }

  /**
   * The services of `ids` still Delivered, locked; those another transaction holds are skipped,
   * so two runs never take the same service (the other run has it, or has already billed it).
   */
  async lockDelivered(manager: EntityManager, tenantId: string, ids: string[]): Promise<ServiceRow[]> {
    const s = this.service;
    return this.select(
      manager,
      `s.tenant_id = $1 AND s.id = ANY($2::uuid[]) AND s.${s.col('lumary__Status__c')} = 'Delivered'`,
      [tenantId, ids],
      'FOR UPDATE OF s SKIP LOCKED',
    );
  }

  /** What a billing run up to `upTo` would take: every Delivered service dated on or before it, with its client's and debtor's names. */
  async deliveredUpTo(
    manager: EntityManager,
    tenantId: string,
    upTo: string,
    clock: Parameters<RecordName['read']>[2],
  ): Promise<PlannedService[]> {
    const s = this.service;
    const c = this.contact;
    const rows = (await manager.query(
      `SELECT s.id, s.${s.col('lumary__Client__c')} AS client, s.${s.col('lumary__Funding__c')} AS funding,
              coalesce(c.${c.col('lumary__Default_Debtor__c')}, c.id) AS debtor,
              ${this.contactName.select('c', 'client')}, ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM ${s.name} s
         JOIN ${c.name} c ON c.tenant_id = s.tenant_id AND c.id = s.${s.col('lumary__Client__c')}
         LEFT JOIN ${c.name} dc ON dc.tenant_id = s.tenant_id AND dc.id = coalesce(c.${c.col('lumary__Default_Debtor__c')}, c.id)
         LEFT JOIN ${this.account.name} da ON da.tenant_id = s.tenant_id AND da.id = c.${c.col('lumary__Default_Debtor__c')}
        WHERE s.tenant_id = $1 AND s.${s.col('lumary__Status__c')} = 'Delivered' AND s.${s.col('lumary__Service_Date__c')} <= $2::date
        ORDER BY s.${s.col('lumary__Service_Date__c')}, s.${s.col('Name')}`,
      [tenantId, upTo],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r['id'] as string,
      client: r['client'] as string,
      clientName: this.contactName.read(r, 'client', clock) ?? '',
      debtor: r['debtor'] as string,
      debtorName: this.contactName.read(r, 'dc', clock) ?? this.accountName.read(r, 'da', clock) ?? '',
      funding: r['funding'] as string,
    }));
  }

  async loadClaim(manager: EntityManager, tenantId: string, id: string): Promise<ClaimRow | undefined> {
    const k = this.claim;
    const rows = (await manager.query(`SELECT ${claimColumns(k)} FROM ${k.name} WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      tenantId,
      id,
    ])) as Record<string, unknown>[];
    return rows[0] ? claimRow(rows[0]) : undefined;
  }

  /** The claims named (by number) in a remittance file, locked for the import. */
  async claimsByName(manager: EntityManager, tenantId: string, names: string[]): Promise<Map<string, ClaimRow>> {
    const k = this.claim;
    const rows = (await manager.query(
      `SELECT ${claimColumns(k)} FROM ${k.name} WHERE tenant_id = $1 AND ${k.col('Name')} = ANY($2::text[]) ORDER BY id FOR UPDATE`,
      [tenantId, names],
    )) as Record<string, unknown>[];
    return new Map(rows.map((r) => [String(r['name']), claimRow(r)]));
  }

  /** Each GL Code and Cost Centre a claim's services are coded to, with their amounts (GST included) and ex GST: what its submission credits. */
  async claimCoding(
    manager: EntityManager,
    tenantId: string,
    claimId: string,
  ): Promise<{ glCode: string | null; costCentre: string | null; amount: Money; exGst: Money }[]> {
    const s = this.service;
    const rows = (await manager.query(
      `SELECT s.${s.col('lumary__GL_Code__c')} AS "glCode", s.${s.col('lumary__Cost_Centre__c')} AS "costCentre", sum(s.${s.col('lumary__Amount__c')})::text AS amount,
              sum(round(s.${s.col('lumary__Quantity__c')} * s.${s.col('lumary__Rate__c')}, 2))::text AS "exGst"
         FROM ${s.name} s WHERE s.tenant_id = $1 AND s.${s.col('lumary__Claim__c')} = $2
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [tenantId, claimId],
    )) as { glCode: string | null; costCentre: string | null; amount: string; exGst: string }[];
    return rows.map((r) => ({ ...r, amount: money(r.amount), exGst: money(r.exGst) }));
  }

  /** How many services a claim covers: a claim with services is never deleted. */
  async servicesOfClaim(manager: EntityManager, tenantId: string, claimId: string): Promise<number> {
    const s = this.service;
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Claim__c')} = $2`,
      [tenantId, claimId],
    )) as { n: number }[];
    return row.n;
  }

  private async select(manager: EntityManager, where: string, params: unknown[], lock: string): Promise<ServiceRow[]> {
    const s = this.service;
    const c = this.contact;
    const rows = (await manager.query(
      `SELECT s.id, s.${s.col('Name')} AS name, s.${s.col('lumary__Client__c')} AS client, coalesce(c.${c.col('lumary__Default_Debtor__c')}, c.id) AS debtor,
              s.${s.col('lumary__Service_Date__c')}::text AS "serviceDate", s.${s.col('lumary__Description__c')} AS description,
              s.${s.col('lumary__Quantity__c')}::text AS quantity, s.${s.col('lumary__Rate__c')}::text AS rate, s.${s.col('lumary__Tax_Code__c')} AS "taxCode",
              s.${s.col('lumary__GL_Code__c')} AS "glCode", s.${s.col('lumary__Cost_Centre__c')} AS "costCentre", s.${s.col('lumary__Funding__c')} AS funding,
              s.${s.col('lumary__Status__c')} AS status, s.${s.col('lumary__Amount__c')}::text AS amount,
              s.${s.col('lumary__Invoice__c')} AS invoice, s.${s.col('lumary__Claim__c')} AS claim,
              s.${s.col('lumary__Support_Item_Number__c')} AS "supportNumber", s.${s.col('lumary__Unit__c')} AS unit,
              s.${s.col('lumary__Claim_Type__c')} AS "claimType", s.${s.col('lumary__Cancellation_Reason__c')} AS "cancellationReason"
         FROM ${s.name} s
         JOIN ${c.name} c ON c.tenant_id = s.tenant_id AND c.id = s.${s.col('lumary__Client__c')}
        WHERE ${where}
        ORDER BY s.${s.col('lumary__Service_Date__c')}, s.${s.col('Name')} ${lock}`,
      params,
    )) as (Omit<ServiceRow, 'amount'> & { amount: string })[];
    return rows.map((r) => ({ ...r, amount: money(r.amount) }));
  }
}

function claimColumns(k: SqlTable): string {
  return `id, ${k.col('Name')} AS name, ${k.col('lumary__Status__c')} AS status, ${k.col('lumary__Claim_Date__c')}::text AS "claimDate",
          ${k.col('lumary__Amount__c')}::text AS amount, ${k.col('lumary__Paid_Amount__c')}::text AS "paidAmount",
          ${k.col('lumary__Shortfall__c')}::text AS shortfall, ${k.col('lumary__Shortfall_Written_Off__c')}::text AS "writtenOff",
          ${k.col('lumary__Submitted_Date__c')}::text AS "submittedDate", ${k.col('lumary__Payment_Request_Number__c')} AS "paymentRequest",
          ${k.col('lumary__Error_Reason__c')} AS "errorReason"`;
}

function claimRow(r: Record<string, unknown>): ClaimRow {
  return {
    id: String(r['id']),
    name: String(r['name']),
    status: r['status'] as ClaimRow['status'],
    claimDate: String(r['claimDate']),
    amount: money(r['amount']),
    paidAmount: r['paidAmount'] === null || r['paidAmount'] === undefined ? null : money(r['paidAmount']),
    shortfall: money(r['shortfall']),
    writtenOff: money(r['writtenOff']),
    submittedDate: (r['submittedDate'] as string | null) ?? null,
    paymentRequest: (r['paymentRequest'] as string | null) ?? null,
    errorReason: (r['errorReason'] as string | null) ?? null,
  };
}
