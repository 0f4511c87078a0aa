import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { money, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';

export type PaymentStatus = 'Received' | 'Reversed';

export interface PaymentRow {
  id: string;
  name: string;
  idempotencyKey: string | null;
  debtor: string;
  date: string;
  amount: Money;
  method: string;
  reference: string | null;
  status: PaymentStatus;
  allocated: Money;
  unallocated: Money;
  journalEntry: string | null;
  reversalDate: string | null;
  reversalReason: string | null;
  reversalEntry: string | null;
}

export interface AllocationRow {
  id: string;
  name: string;
  invoice: string;
  invoiceName: string;
  amount: Money;
  date: string;
  reversed: boolean;
  reversedDate: string | null;
  /** Written in the payment's own transaction (same created_date): allocated with the payment, not later. */
  withPayment: boolean;
}

type Raw<T, K extends keyof T> = Omit<T, K> & Record<K, string>;

/** The payments' SQL. Plain rows in and out; the rules live in the service and the triggers. */
export class PaymentRepository {
  readonly payment: SqlTable;
  readonly allocation: SqlTable;
  readonly invoice: SqlTable;

  constructor(engine: RecordEngine) {
    this.payment = new SqlTable(engine.object(AR.payment));
    this.allocation = new SqlTable(engine.object(AR.allocation));
    this.invoice = new SqlTable(engine.object(AR.invoice));
  }

  /** The payment, locked for the rest of the transaction when asked: allocations and reversal of one payment take turns. */
  async load(manager: EntityManager, tenantId: string, id: string, lock = false): Promise<PaymentRow | undefined> {
    return this.one(manager, 'tenant_id = $1 AND id = $2', [tenantId, id], lock);
  }

  /**
   * Serialises requests carrying the same idempotency key until the first commits: the second
   * then finds the payment instead of tripping over the unique index mid-transaction.
   */
  async lockKey(manager: EntityManager, tenantId: string, key: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumary.payment-key:' || $1 || ':' || $2))`, [tenantId, key]);
  }

  async byKey(manager: EntityManager, tenantId: string, key: string): Promise<PaymentRow | undefined> {
    return this.one(manager, `tenant_id = $1 AND ${this.payment.col('lumary__Idempotency_Key__c')} = $2`, [tenantId, key], false);
  }

  /** The payment's allocations in the order they were made, with their invoices' numbers. */
  async allocations(manager: EntityManager, tenantId: string, paymentId: string): Promise<AllocationRow[]> {
    const a = this.allocation;
    const p = this.payment;
    const i = this.invoice;
    const rows = (await manager.query(
      `SELECT a.id, a.${a.col('Name')} AS name, a.${a.col('lumary__Invoice__c')} AS invoice, i.${i.col('Name')} AS "invoiceName",
              a.${a.col('lumary__Amount__c')}::text AS amount, a.${a.col('lumary__Allocation_Date__c')}::text AS date,
              a.${a.col('lumary__Reversed__c')} AS reversed, a.${a.col('lumary__Reversed_Date__c')}::text AS "reversedDate",
              (a.created_date = p.created_date) AS "withPayment"
         FROM ${a.name} a
         JOIN ${p.name} p ON p.tenant_id = a.tenant_id AND p.id = a.${a.col('lumary__Payment__c')}
         JOIN ${i.name} i ON i.tenant_id = a.tenant_id AND i.id = a.${a.col('lumary__Invoice__c')}
        WHERE a.tenant_id = $1 AND a.${a.col('lumary__Payment__c')} = $2
        ORDER BY a.${a.col('Name')}`,
      [tenantId, paymentId],
    )) as Raw<AllocationRow, 'amount'>[];
    return rows.map((r) => ({ ...r, reversed: !!r.reversed, amount: money(r.amount) }));
  }

  private async one(manager: EntityManager, where: string, params: unknown[], lock: boolean): Promise<PaymentRow | undefined> {
    const p = this.payment;
    const rows = (await manager.query(
      `SELECT id, ${p.col('Name')} AS name, ${p.col('lumary__Idempotency_Key__c')} AS "idempotencyKey", ${p.col('lumary__Debtor__c')} AS debtor,
              ${p.col('lumary__Payment_Date__c')}::text AS date, ${p.col('lumary__Amount__c')}::text AS amount, ${p.col('lumary__Method__c')} AS method,
              ${p.col('lumary__Reference__c')} AS reference, ${p.col('lumary__Status__c')} AS status,
              ${p.col('lumary__Allocated__c')}::text AS allocated, ${p.col('lumary__Unallocated__c')}::text AS unallocated,
              ${p.col('lumary__Journal_Entry__c')} AS "journalEntry", ${p.col('lumary__Reversal_Date__c')}::text AS "reversalDate",
              ${p.col('lumary__Reversal_Reason__c')} AS "reversalReason", ${p.col('lumary__Reversal_Entry__c')} AS "reversalEntry"
         FROM ${p.name} WHERE ${where}${lock ? ' FOR UPDATE' : ''}`,
      params,
    )) as Raw<PaymentRow, 'amount' | 'allocated' | 'unallocated'>[];
    const row = rows[0];
    if (!row) return undefined;
    return { ...row, amount: money(row.amount), allocated: money(row.allocated), unallocated: money(row.unallocated) };
  }
}
