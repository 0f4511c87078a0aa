import type { RecordEngine, RequestContext } from '@platform/engine';
import { metadataKey, polymorphicTypeColumn, type ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import { AR, OPEN, type InvoiceStatus } from '../ar-names';
import { money, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';
import { paidWindow, type OpenInvoice, type PartyRef } from './debtor-summary';
import { RecordName } from './record-name';

/** The Contact or Account an id names, with its record type. */
export interface Party extends PartyRef {
  object: ObjectDef;
  recordType: string | null;
}

/** The client-only figures and "Usually Pays in", summed by the database. */
export interface SummaryFigures {
  accrued: { amount: Money; count: number };
  claims: { open: { amount: Money; count: number }; error: { amount: Money; count: number } };
  paid: { days: string; count: number };
}

const SERVICE_DELIVERED = 'Delivered';
/** Submitted (sent to the NDIA, not yet paid) counts as Open on the summary (DOMAIN.md "NDIA claiming"). */
const CLAIM_OPEN = ['Open', 'Submitted'];
const CLAIM_ERROR = 'Error';
const PAID: InvoiceStatus = 'Paid';

/**
 * The debtor summary's SQL: three statements, each a look-up on one tenant's rows that the
 * object indexes declared in the metadata serve (Invoice by Client+Status and by
 * Debtor+Status+Paid Date, Service Delivered and Claim by Client+Status). Plain rows out; the
 * figures are worked out by the service.
 */
export class DebtorSummaryRepository {
  readonly invoice: SqlTable;
  readonly service: SqlTable;
  readonly claim: SqlTable;
  readonly contact: SqlTable;
  readonly account: SqlTable;
  private readonly contactName: RecordName;
  private readonly accountName: RecordName;

  constructor(engine: RecordEngine) {
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.service = new SqlTable(engine.object(AR.service));
    this.claim = new SqlTable(engine.object(AR.claim));
    this.contact = new SqlTable(engine.object('Contact'));
    this.account = new SqlTable(engine.object('Account'));
    this.contactName = new RecordName(engine.registry, this.contact.object);
    this.accountName = new RecordName(engine.registry, this.account.object);
  }

  /** The Contact or Account with this id in the tenant, or undefined. */
  async party(manager: EntityManager, ctx: RequestContext, id: string): Promise<Party | undefined> {
    const { contact: c, account: a } = this;
    const [row] = (await manager.query(
      `SELECT c.id AS contact_id, c.record_type AS contact_record_type, ${this.contactName.select('c', 'cn')},
              a.id AS account_id, a.record_type AS account_record_type, ${this.accountName.select('a', 'an')}
         FROM (SELECT $2::uuid AS id) k
         LEFT JOIN ${c.name} c ON c.tenant_id = $1 AND c.id = k.id
         LEFT JOIN ${a.name} a ON a.tenant_id = $1 AND a.id = k.id`,
      [ctx.tenantId, id],
    )) as Record<string, string | null>[];
    if (row?.['contact_id']) {
      return {
        id,
        object: c.object,
        type: c.object.apiName,
        name: this.contactName.read(row, 'cn', ctx),
        recordType: row['contact_record_type'],
      };
    }
    if (row?.['account_id']) {
      return {
        id,
        object: a.object,
        type: a.object.apiName,
        name: this.accountName.read(row, 'an', ctx),
        recordType: row['account_record_type'],
      };
    }
    return undefined;
  }

  /**
   * The issued invoices with a balance owing whose Client (or Debtor) is `id`, oldest due first,
   * with the client's and the debtor's names. Open and Part Paid are the only statuses that owe.
   */
  async openInvoices(manager: EntityManager, ctx: RequestContext, by: 'client' | 'debtor', id: string): Promise<OpenInvoice[]> {
    const { invoice: i, contact: c, account: a } = this;
    const debtor = i.col('lumary__Debtor__c');
    const debtorType = typeColumn(i, 'lumary__Debtor__c');
    const key = by === 'client' ? i.col('lumary__Client__c') : debtor;
    const rows = (await manager.query(
      `SELECT i.id, i.${i.col('Name')} AS name, i.${i.col('lumary__Client__c')} AS client_id, i.${debtor} AS debtor_id,
              i.${debtorType} AS debtor_type, i.${i.col('lumary__Invoice_Date__c')} AS invoice_date,
              i.${i.col('lumary__Due_Date__c')} AS due_date, i.${i.col('lumary__Status__c')} AS status,
              i.${i.col('lumary__Total__c')} AS total, i.${i.col('lumary__Balance__c')} AS balance,
              ${this.contactName.select('cl', 'cl')}, ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM ${i.name} i
         LEFT JOIN ${c.name} cl ON cl.tenant_id = i.tenant_id AND cl.id = i.${i.col('lumary__Client__c')}
         LEFT JOIN ${c.name} dc ON dc.tenant_id = i.tenant_id AND dc.id = i.${debtor} AND i.${debtorType} = $4
         LEFT JOIN ${a.name} da ON da.tenant_id = i.tenant_id AND da.id = i.${debtor} AND i.${debtorType} = $5
        WHERE i.tenant_id = $1 AND i.${key} = $2 AND i.${i.col('lumary__Status__c')} = ANY($3::text[])
          AND i.${i.col('lumary__Balance__c')} > 0
        ORDER BY i.${i.col('lumary__Due_Date__c')} NULLS LAST, i.${i.col('Name')}`,
      [ctx.tenantId, id, OPEN, c.object.apiName, a.object.apiName],
    )) as Record<string, string | null>[];
    return rows.map((r) => {
      const isAccount = r['debtor_type'] === a.object.apiName;
      return {
        id: r['id'] ?? '',
        name: r['name'] ?? '',
        client: { id: r['client_id'] ?? '', name: this.contactName.read(r, 'cl', ctx), type: c.object.apiName },
        debtor: {
          id: r['debtor_id'] ?? '',
          name: isAccount ? this.accountName.read(r, 'da', ctx) : this.contactName.read(r, 'dc', ctx),
          type: r['debtor_type'] ?? c.object.apiName,
        },
        invoiceDate: r['invoice_date'] ?? '',
        dueDate: r['due_date'],
        status: r['status'] as InvoiceStatus,
        total: money(r['total']),
        balance: money(r['balance']),
      };
    });
  }

  /**
   * In one statement: the client's accrued services and Open/Error claims (when `client`), and
   * the days from Invoice Date to Paid Date over the invoices `id` paid in full in the last 365
   * days (payments, not credits: Amount Paid > 0). Days are whole: date − date in SQL.
   */
  async figures(manager: EntityManager, ctx: RequestContext, id: string, client: boolean): Promise<SummaryFigures> {
    const { invoice: i, service: s, claim: k } = this;
    const window = paidWindow(ctx.today);
    const params: unknown[] = [ctx.tenantId, id, PAID, window.after, window.upTo];
    if (client) params.push(SERVICE_DELIVERED, CLAIM_OPEN, CLAIM_ERROR);
    const clientParts = client
      ? `(SELECT coalesce(sum(s.${s.col('lumary__Amount__c')}), 0) AS amount, count(*)::int AS n
            FROM ${s.name} s
           WHERE s.tenant_id = $1 AND s.${s.col('lumary__Client__c')} = $2 AND s.${s.col('lumary__Status__c')} = $6) sv,
         (SELECT coalesce(sum(k.${k.col('lumary__Amount__c')}) FILTER (WHERE k.${k.col('lumary__Status__c')} = ANY($7::text[])), 0) AS open_amount,
                 count(*) FILTER (WHERE k.${k.col('lumary__Status__c')} = ANY($7::text[]))::int AS open_n,
                 coalesce(sum(k.${k.col('lumary__Amount__c')}) FILTER (WHERE k.${k.col('lumary__Status__c')} = $8), 0) AS error_amount,
                 count(*) FILTER (WHERE k.${k.col('lumary__Status__c')} = $8)::int AS error_n
            FROM ${k.name} k
           WHERE k.tenant_id = $1 AND k.${k.col('lumary__Client__c')} = $2 AND (k.${k.col('lumary__Status__c')} = ANY($7::text[]) OR k.${k.col('lumary__Status__c')} = $8)) cl,`
      : '';
    const paidDate = i.col('lumary__Paid_Date__c');
    const [row] = (await manager.query(
      `SELECT ${client ? 'sv.amount, sv.n, cl.open_amount, cl.open_n, cl.error_amount, cl.error_n,' : ''} p.days, p.n AS paid_n
         FROM ${clientParts}
              (SELECT coalesce(sum(i.${paidDate} - i.${i.col('lumary__Invoice_Date__c')}), 0) AS days, count(*)::int AS n
                 FROM ${i.name} i
                WHERE i.tenant_id = $1 AND i.${i.col('lumary__Debtor__c')} = $2 AND i.${i.col('lumary__Status__c')} = $3
                  AND i.${paidDate} > $4::date AND i.${paidDate} <= $5::date AND i.${i.col('lumary__Amount_Paid__c')} > 0) p`,
      params,
    )) as Record<string, string | number | null>[];
    return {
      accrued: { amount: money(row?.['amount']), count: Number(row?.['n'] ?? 0) },
      claims: {
        open: { amount: money(row?.['open_amount']), count: Number(row?.['open_n'] ?? 0) },
        error: { amount: money(row?.['error_amount']), count: Number(row?.['error_n'] ?? 0) },
      },
      paid: { days: String(row?.['days'] ?? '0'), count: Number(row?.['paid_n'] ?? 0) },
    };
  }
}

/** The column recording which object a polymorphic lookup points at (`Contact` or `Account`). */
function typeColumn(table: SqlTable, field: string): string {
  const column = table.object.fields.get(metadataKey(field))?.column;
  if (!column) throw new Error(`${table.object.apiName}.${field} has no column`);
  return `"${polymorphicTypeColumn(column)}"`;
}
