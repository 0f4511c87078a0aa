import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { ENTITY, F, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { fieldAccess, fields, type Lineage } from '../field-access';
import { isId } from '../journal/journal-entry';
import { JournalRepository } from '../journal/journal.repository';
import { formatMoney, money, sum } from '../journal/money';

export interface TrialBalanceRow {
  accountId: string;
  account: string;
  /** Left out when the caller may not read the account's Reporting Code. */
  reportingCode?: string | null;
  /** Left out when the caller may not read the account's Control Account Type. */
  kind?: string;
  debit: string;
  credit: string;
  /** Debit minus credit: positive is a debit balance. */
  balance: string;
}

export interface TrialBalance {
  period?: { id: string; name: string; start: string; end: string };
  asOf?: string;
  rows: TrialBalanceRow[];
  totals: { debit: string; credit: string; balance: string };
}

/** What the rows' account columns are read from: a column over a field the caller may not read is left out. */
const ACCOUNT_COLUMNS: Lineage<'reportingCode' | 'kind'> = {
  reportingCode: fields(ENTITY, F.reportingCode),
  kind: fields(ENTITY, F.controlType),
};

/** Per account, the journal's debits and credits for one period or up to a date; the totals always agree. */
export class TrialBalanceService {
  private readonly repository: JournalRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new JournalRepository(engine);
  }

  async trialBalance(ctx: RequestContext, query: { period?: string; asOf?: string }): Promise<TrialBalance> {
    requireObject(ctx, this.engine.object(JOURNAL_ENTRY), 'read');
    if ((query.period === undefined) === (query.asOf === undefined)) {
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Give either period (an accounting period id) or asOf (YYYY-MM-DD).', [
        'period',
        'asOf',
      ]);
    }
    // Every figure is a sum of journal lines' Debit and Credit: without them there is no trial balance (403 naming them).
    const can = fieldAccess(ctx, this.engine);
    const lines = fields(
      JOURNAL_LINE,
      'lumary__Debit__c',
      'lumary__Credit__c',
      'lumary__Account__c',
      query.period === undefined ? 'lumary__Line_Date__c' : 'lumary__Accounting_Period__c',
    );
    can.require(lines, 'The trial balance');
    const asOf = query.asOf;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const period =
        query.period === undefined
          ? undefined
          : isId(query.period)
            ? await this.repository.period(manager, ctx.tenantId, query.period)
            : undefined;
      if (query.period !== undefined && !period)
        throw EngineError.invalid('INVALID_CROSS_REFERENCE_KEY', `No accounting period with id '${query.period}'.`, ['period']);
      const { line: l, entity: a } = this.repository;
      const filter = period ? `l.${l.col('lumary__Accounting_Period__c')} = $2` : `l.${l.col('lumary__Line_Date__c')} <= $2::date`;
      const rows = (await manager.query(
        `SELECT acc.id AS "accountId", acc.${a.col('Name')} AS account, acc.${a.col(F.reportingCode)} AS "reportingCode",
                COALESCE(acc.${a.col(F.controlType)}, acc.record_type) AS kind,
                sum(l.${l.col('lumary__Debit__c')})::text AS debit, sum(l.${l.col('lumary__Credit__c')})::text AS credit
           FROM ${l.name} l JOIN ${a.name} acc ON acc.tenant_id = l.tenant_id AND acc.id = l.${l.col('lumary__Account__c')}
          WHERE l.tenant_id = $1 AND ${filter}
          GROUP BY acc.tenant_id, acc.id ORDER BY acc.${a.col(F.reportingCode)} NULLS LAST, acc.${a.col('Name')}`,
        [ctx.tenantId, period ? period.id : asOf],
      )) as { accountId: string; account: string; reportingCode: string | null; kind: string; debit: string; credit: string }[];
      const debit = sum(rows.map((r) => money(r.debit)));
      const credit = sum(rows.map((r) => money(r.credit)));
      return {
        ...(period ? { period } : { asOf }),
        rows: rows.map((r) =>
          can.visible(
            {
              ...r,
              debit: formatMoney(money(r.debit)),
              credit: formatMoney(money(r.credit)),
              balance: formatMoney(money(r.debit).minus(money(r.credit))),
            },
            ACCOUNT_COLUMNS,
          ),
        ),
        totals: { debit: formatMoney(debit), credit: formatMoney(credit), balance: formatMoney(debit.minus(credit)) },
      };
    });
  }
}
