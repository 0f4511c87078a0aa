import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, type InvoiceStatus } from '../ar-names';
import { money, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';
import type { TaxCode } from './invoice-math';

export interface InvoiceRow {
  id: string;
  name: string;
  status: InvoiceStatus;
  client: string;
  debtor: string;
  invoiceDate: string;
  dueDate: string | null;
  total: Money;
  amountPaid: Money;
  amountCredited: Money;
  balance: Money;
  journalEntry: string | null;
}

export interface LineRow {
  id: string;
  name: string;
  description: string;
  taxCode: TaxCode;
  glCode: string | null;
  costCentre: string | null;
  amount: Money;
  gst: Money;
}

/** Sums the invoice's balance depends on, from its children. */
export interface InvoiceFigures {
  subtotal: Money;
  gst: Money;
  paid: Money;
  credited: Money;
  /** The latest allocation or credit date: when the balance last moved. */
  lastSettled: string | null;
}

/** The invoice core's SQL. Plain rows in and out; the rules live in the service and the triggers. */
export class InvoiceRepository {
  readonly invoice: SqlTable;
  readonly line: SqlTable;
  readonly allocation: SqlTable;
  readonly creditNote: SqlTable;

  constructor(engine: RecordEngine) {
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.line = new SqlTable(engine.object(AR.line));
    this.allocation = new SqlTable(engine.object(AR.allocation));
    this.creditNote = new SqlTable(engine.object(AR.creditNote));
  }

  /** The invoice, locked for the rest of the transaction when asked: payments, credits and voids of one invoice take turns. */
  async load(manager: EntityManager, tenantId: string, id: string, lock = false): Promise<InvoiceRow | undefined> {
    const i = this.invoice;
    const rows = (await manager.query(
      `SELECT id, ${i.col('Name')} AS name, ${i.col('lumary__Status__c')} AS status, ${i.col('lumary__Client__c')} AS client, ${i.col('lumary__Debtor__c')} AS debtor,
              ${i.col('lumary__Invoice_Date__c')}::text AS "invoiceDate", ${i.col('lumary__Due_Date__c')}::text AS "dueDate", ${i.col('lumary__Total__c')}::text AS total,
              ${i.col('lumary__Amount_Paid__c')}::text AS "amountPaid", ${i.col('lumary__Amount_Credited__c')}::text AS "amountCredited",
              ${i.col('lumary__Balance__c')}::text AS balance, ${i.col('lumary__Journal_Entry__c')} AS "journalEntry"
         FROM ${i.name} WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, id],
    )) as (Omit<InvoiceRow, 'total' | 'amountPaid' | 'amountCredited' | 'balance'> &
      Record<'total' | 'amountPaid' | 'amountCredited' | 'balance', string>)[];
    const row = rows[0];
    if (!row) return undefined;
    return {
      ...row,
      total: money(row.total),
      amountPaid: money(row.amountPaid),
      amountCredited: money(row.amountCredited),
      balance: money(row.balance),
    };
  }

  async lines(manager: EntityManager, tenantId: string, invoiceId: string): Promise<LineRow[]> {
    const l = this.line;
    const rows = (await manager.query(
      `SELECT id, ${l.col('Name')} AS name, ${l.col('lumary__Description__c')} AS description, ${l.col('lumary__Tax_Code__c')} AS "taxCode",
              ${l.col('lumary__GL_Code__c')} AS "glCode", ${l.col('lumary__Cost_Centre__c')} AS "costCentre",
              ${l.col('lumary__Amount__c')}::text AS amount, ${l.col('lumary__GST__c')}::text AS gst
         FROM ${l.name} WHERE tenant_id = $1 AND ${l.col('lumary__Invoice__c')} = $2 ORDER BY ${l.col('Name')}`,
      [tenantId, invoiceId],
    )) as (Omit<LineRow, 'amount' | 'gst'> & { amount: string; gst: string })[];
    return rows.map((r) => ({ ...r, amount: money(r.amount), gst: money(r.gst) }));
  }

  async figures(manager: EntityManager, tenantId: string, invoiceId: string): Promise<InvoiceFigures> {
    const l = this.line;
    const a = this.allocation;
    const c = this.creditNote;
    const [row] = (await manager.query(
      `SELECT (SELECT coalesce(sum(${l.col('lumary__Amount__c')}), 0)::text FROM ${l.name} WHERE tenant_id = $1 AND ${l.col('lumary__Invoice__c')} = $2) AS subtotal,
              (SELECT coalesce(sum(${l.col('lumary__GST__c')}), 0)::text FROM ${l.name} WHERE tenant_id = $1 AND ${l.col('lumary__Invoice__c')} = $2) AS gst,
              (SELECT coalesce(sum(${a.col('lumary__Amount__c')}), 0)::text FROM ${a.name}
                WHERE tenant_id = $1 AND ${a.col('lumary__Invoice__c')} = $2 AND NOT ${a.col('lumary__Reversed__c')}) AS paid,
              (SELECT coalesce(sum(${c.col('lumary__Amount__c')}), 0)::text FROM ${c.name} WHERE tenant_id = $1 AND ${c.col('lumary__Invoice__c')} = $2) AS credited,
              (SELECT max(d)::text FROM (
                 SELECT ${a.col('lumary__Allocation_Date__c')} AS d FROM ${a.name} WHERE tenant_id = $1 AND ${a.col('lumary__Invoice__c')} = $2 AND NOT ${a.col('lumary__Reversed__c')}
                 UNION ALL
                 SELECT ${c.col('lumary__Credit_Date__c')} FROM ${c.name} WHERE tenant_id = $1 AND ${c.col('lumary__Invoice__c')} = $2) AS settled) AS "lastSettled"`,
      [tenantId, invoiceId],
    )) as { subtotal: string; gst: string; paid: string; credited: string; lastSettled: string | null }[];
    return {
      subtotal: money(row.subtotal),
      gst: money(row.gst),
      paid: money(row.paid),
      credited: money(row.credited),
      lastSettled: row.lastSettled,
    };
  }

  /** Open and Part Paid invoices of a debtor, for re-dating when its payment terms change. */
  async openInvoicesOf(
    manager: EntityManager,
    tenantId: string,
    debtorId: string,
  ): Promise<{ id: string; invoiceDate: string; dueDate: string | null }[]> {
    const i = this.invoice;
    return (await manager.query(
      `SELECT id, ${i.col('lumary__Invoice_Date__c')}::text AS "invoiceDate", ${i.col('lumary__Due_Date__c')}::text AS "dueDate"
         FROM ${i.name} WHERE tenant_id = $1 AND ${i.col('lumary__Debtor__c')} = $2 AND ${i.col('lumary__Status__c')} IN ('Open', 'Part Paid')
        ORDER BY id FOR UPDATE`,
      [tenantId, debtorId],
    )) as { id: string; invoiceDate: string; dueDate: string | null }[];
  }
}
