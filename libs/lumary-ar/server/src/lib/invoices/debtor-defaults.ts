import { LocalDate } from '@js-joda/core';
import type { RecordEngine } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, DEFAULT_PAYMENT_TERMS } from '../ar-names';
import { SqlTable } from '../sql-table';

/**
 * What Debtor Settings override (libs/lumary-ar/RULES.md#debtor-settings): payment terms and the invoice
 * template, each from the debtor's settings when set, else the organisation's default.
 */
export class DebtorDefaults {
  private readonly settings: SqlTable;
  private readonly arSettings: SqlTable;
  private readonly templates: SqlTable;
  private readonly contact: SqlTable;

  constructor(engine: RecordEngine) {
    this.settings = new SqlTable(engine.object(AR.debtorSettings));
    this.arSettings = new SqlTable(engine.object(AR.settings));
    this.templates = new SqlTable(engine.object(AR.template));
    this.contact = new SqlTable(engine.object('Contact'));
  }

  /** Days from Invoice Date to Due Date for this debtor. */
  async paymentTerms(manager: EntityManager, tenantId: string, debtorId: string): Promise<number> {
    const s = this.settings;
    const own = (await manager.query(
      `SELECT ${s.col('lumary__Payment_Terms__c')} AS terms FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Debtor__c')} = $2`,
      [tenantId, debtorId],
    )) as { terms: string | null }[];
    if (own[0]?.terms !== undefined && own[0].terms !== null) return Number(own[0].terms);
    return this.defaultTerms(manager, tenantId);
  }

  /** The organisation's default terms (AR Settings), else 14 days. */
  async defaultTerms(manager: EntityManager, tenantId: string): Promise<number> {
    const a = this.arSettings;
    const rows = (await manager.query(
      `SELECT ${a.col('lumary__Default_Payment_Terms__c')} AS terms FROM ${a.name} WHERE tenant_id = $1 AND ${a.col('lumary__Default_Payment_Terms__c')} IS NOT NULL ORDER BY created_date LIMIT 1`,
      [tenantId],
    )) as { terms: string }[];
    return rows[0] ? Number(rows[0].terms) : DEFAULT_PAYMENT_TERMS;
  }

  async dueDate(manager: EntityManager, tenantId: string, debtorId: string, invoiceDate: string): Promise<string> {
    return LocalDate.parse(invoiceDate)
      .plusDays(await this.paymentTerms(manager, tenantId, debtorId))
      .toString();
  }

  /** The debtor's Invoice Template, else the organisation's default one, else none. */
  async template(manager: EntityManager, tenantId: string, debtorId: string): Promise<string | null> {
    const s = this.settings;
    const t = this.templates;
    const rows = (await manager.query(
      `SELECT coalesce(
         (SELECT ${s.col('lumary__Invoice_Template__c')} FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Debtor__c')} = $2),
         (SELECT id FROM ${t.name} WHERE tenant_id = $1 AND ${t.col('lumary__Is_Default__c')} ORDER BY created_date LIMIT 1)) AS id`,
      [tenantId, debtorId],
    )) as { id: string | null }[];
    return rows[0]?.id ?? null;
  }

  /** Who a client's services are invoiced to: the Default Debtor, or the client. */
  async debtorOf(manager: EntityManager, tenantId: string, clientId: string): Promise<string | undefined> {
    const c = this.contact;
    const rows = (await manager.query(
      `SELECT id, ${c.col('lumary__Default_Debtor__c')} AS debtor FROM ${c.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, clientId],
    )) as {
      id: string;
      debtor: string | null;
    }[];
    return rows[0] ? (rows[0].debtor ?? rows[0].id) : undefined;
  }
}
