import { LocalDate, ChronoUnit } from '@js-joda/core';
import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { formatMoney, money, sum, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';

export const NDIA_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type NdiaBucket = (typeof NDIA_BUCKETS)[number];

export interface AgedNdiaClaim {
  id: string;
  name: string;
  client: string;
  clientName: string;
  status: string;
  submittedDate: string;
  days: number;
  bucket: NdiaBucket;
  /** What the NDIA still owes on it: a Submitted claim's amount, or a Paid claim's shortfall not written off. */
  outstanding: string;
}

export interface AgedNdiaClaims {
  asAt: string;
  buckets: Record<NdiaBucket, string>;
  total: string;
  claims: AgedNdiaClaim[];
}

const NEEDS = fields(
  AR.claim,
  'lumary__Client__c',
  'lumary__Status__c',
  'lumary__Amount__c',
  'lumary__Submitted_Date__c',
  'lumary__Shortfall__c',
  'lumary__Shortfall_Written_Off__c',
);

const bucketOf = (days: number): NdiaBucket => (days <= 30 ? '0-30' : days <= 60 ? '31-60' : days <= 90 ? '61-90' : '90+');

/**
 * Aged NDIA receivables: the claims submitted on or before a date and not yet paid (and the
 * short-paid claims' shortfalls not written off), by days since their submission. Their total
 * is what NDIA Claims Receivable holds from those claims.
 */
export class NdiaAgedService {
  private readonly claim: SqlTable;
  private readonly contact: SqlTable;
  private readonly contactName: RecordName;

  constructor(private readonly engine: RecordEngine) {
    this.claim = new SqlTable(engine.object(AR.claim));
    this.contact = new SqlTable(engine.object('Contact'));
    this.contactName = new RecordName(engine.registry, engine.object('Contact'));
  }

  async aged(ctx: RequestContext, asAt: string): Promise<AgedNdiaClaims> {
    requireObject(ctx, this.engine.object(AR.claim), 'read');
    fieldAccess(ctx, this.engine).require(NEEDS, 'Aged NDIA receivables');
    const { claim: k, contact: c } = this;
    const rows = await inTenant(this.engine.dataSource, ctx, (manager) =>
      manager.query(
        `SELECT k.id, k.${k.col('Name')} AS name, k.${k.col('lumary__Client__c')} AS client, k.${k.col('lumary__Status__c')} AS status,
                k.${k.col('lumary__Submitted_Date__c')}::text AS "submittedDate",
                CASE WHEN k.${k.col('lumary__Status__c')} = 'Submitted' THEN k.${k.col('lumary__Amount__c')}
                     ELSE coalesce(k.${k.col('lumary__Shortfall__c')}, 0) - coalesce(k.${k.col('lumary__Shortfall_Written_Off__c')}, 0) END::text AS outstanding,
                ${this.contactName.select('c', 'client')}
           FROM ${k.name} k
           JOIN ${c.name} c ON c.tenant_id = k.tenant_id AND c.id = k.${k.col('lumary__Client__c')}
          WHERE k.tenant_id = $1 AND k.${k.col('lumary__Submitted_Date__c')} <= $2::date
            AND (k.${k.col('lumary__Status__c')} = 'Submitted'
                 OR (k.${k.col('lumary__Status__c')} = 'Paid'
                     AND coalesce(k.${k.col('lumary__Shortfall__c')}, 0) > coalesce(k.${k.col('lumary__Shortfall_Written_Off__c')}, 0)))
          ORDER BY k.${k.col('lumary__Submitted_Date__c')}, k.${k.col('Name')}`,
        [ctx.tenantId, asAt],
      ),
    );
    const date = LocalDate.parse(asAt);
    const claims: AgedNdiaClaim[] = (rows as Record<string, unknown>[]).map((r) => {
      const days = Number(ChronoUnit.DAYS.between(LocalDate.parse(String(r['submittedDate'])), date));
      return {
        id: String(r['id']),
        name: String(r['name']),
        client: String(r['client']),
        clientName: this.contactName.read(r, 'client', ctx) ?? '',
        status: String(r['status']),
        submittedDate: String(r['submittedDate']),
        days,
        bucket: bucketOf(days),
        outstanding: formatMoney(money(r['outstanding'])),
      };
    });
    const of = (bucket: NdiaBucket): Money => sum(claims.filter((x) => x.bucket === bucket).map((x) => money(x.outstanding)));
    const buckets = Object.fromEntries(NDIA_BUCKETS.map((b) => [b, formatMoney(of(b))])) as Record<NdiaBucket, string>;
    return { asAt, buckets, total: formatMoney(sum(claims.map((x) => money(x.outstanding)))), claims };
  }
}
