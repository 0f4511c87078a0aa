import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { SqlTable } from '../sql-table';

export interface PaymentRow {
  id: string;
  number: string;
  date: string;
  method: string;
  reference: string | null;
  amount: string;
  status: string;
  reversalDate: string | null;
  reversalReason: string | null;
}

export interface AllocationRow {
  id: string;
  paymentId: string;
  invoiceId: string;
  invoice: string;
  amount: string;
  date: string;
  reversed: boolean;
  reversedDate: string | null;
}

/** A debtor's payments and their allocations, newest payment first: plain rows, two statements on the Debtor+Date index. */
export class PaymentHistoryRepository {
  readonly payment: SqlTable;
  readonly allocation: SqlTable;
  readonly invoice: SqlTable;

  constructor(engine: RecordEngine) {
    this.payment = new SqlTable(engine.object(AR.payment));
    this.allocation = new SqlTable(engine.object(AR.allocation));
    this.invoice = new SqlTable(engine.object(AR.invoice));
  }

  async payments(manager: EntityManager, tenantId: string, debtorId: string): Promise<PaymentRow[]> {
    const p = this.payment;
    return (await manager.query(
      `SELECT id, ${p.col('Name')} AS number, ${p.col('lumary__Payment_Date__c')}::text AS date, ${p.col('lumary__Method__c')} AS method,
              ${p.col('lumary__Reference__c')} AS reference, ${p.col('lumary__Amount__c')}::text AS amount, ${p.col('lumary__Status__c')} AS status,
              ${p.col('lumary__Reversal_Date__c')}::text AS "reversalDate", ${p.col('lumary__Reversal_Reason__c')} AS "reversalReason"
         FROM ${p.name}
        WHERE tenant_id = $1 AND ${p.col('lumary__Debtor__c')} = $2
        ORDER BY ${p.col('lumary__Payment_Date__c')} DESC, ${p.col('Name')} DESC`,
      [tenantId, debtorId],
    )) as PaymentRow[];
  }

  async allocations(manager: EntityManager, tenantId: string, debtorId: string): Promise<AllocationRow[]> {
    const { payment: p, allocation: a, invoice: i } = this;
    return (await manager.query(
      `SELECT a.id, a.${a.col('lumary__Payment__c')} AS "paymentId", i.id AS "invoiceId", i.${i.col('Name')} AS invoice,
              a.${a.col('lumary__Amount__c')}::text AS amount, a.${a.col('lumary__Allocation_Date__c')}::text AS date,
              a.${a.col('lumary__Reversed__c')} AS reversed, a.${a.col('lumary__Reversed_Date__c')}::text AS "reversedDate"
         FROM ${p.name} p
         JOIN ${a.name} a ON a.tenant_id = p.tenant_id AND a.${a.col('lumary__Payment__c')} = p.id
         JOIN ${i.name} i ON i.tenant_id = a.tenant_id AND i.id = a.${a.col('lumary__Invoice__c')}
        WHERE p.tenant_id = $1 AND p.${p.col('lumary__Debtor__c')} = $2
        ORDER BY a.${a.col('lumary__Allocation_Date__c')}, a.${a.col('Name')}`,
      [tenantId, debtorId],
    )) as AllocationRow[];
  }
}
