import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import { fieldAccess, type Lineage } from '../field-access';
import { debtorBalances, reportDate, type DebtorBalanceFigures, type DebtorBalances } from './receivables';
import { RECEIVABLES_FIELDS, ReceivablesRepository } from './receivables.repository';

/** Each column and what it is computed from: a column over a field the caller may not read is left out. */
const { invoiced, paid, credited, unallocatedCredit, balance, overdue } = RECEIVABLES_FIELDS;
const COLUMNS: Lineage<keyof DebtorBalanceFigures> = { invoiced, paid, credited, unallocatedCredit, balance, overdue };

/** Per debtor at a date: invoiced, paid, credited, unallocated credit, balance and overdue (libs/lumary-ar/RULES.md#reports). */
export class DebtorBalancesService {
  readonly repository: ReceivablesRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ReceivablesRepository(engine);
  }

  async report(ctx: RequestContext, query: { asAt?: string } = {}): Promise<DebtorBalances> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const asAt = reportDate(query.asAt, ctx.today);
    const can = fieldAccess(ctx, this.engine);
    const report = await inTenant(this.engine.dataSource, ctx, async (manager) =>
      debtorBalances(asAt, await this.repository.positions(manager, ctx, asAt)),
    );
    return { asAt, debtors: report.debtors.map((row) => can.visible(row, COLUMNS)), totals: can.visible(report.totals, COLUMNS) };
  }
}
