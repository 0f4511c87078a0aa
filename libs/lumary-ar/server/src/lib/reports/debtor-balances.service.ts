import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import { debtorBalances, reportDate, type DebtorBalances } from './receivables';
import { ReceivablesRepository } from './receivables.repository';

/** Per debtor at a date: invoiced, paid, credited, unallocated credit, balance and overdue (DOMAIN.md, "Reports"). */
export class DebtorBalancesService {
  readonly repository: ReceivablesRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ReceivablesRepository(engine);
  }

  async report(ctx: RequestContext, query: { asAt?: unknown } = {}): Promise<DebtorBalances> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const asAt = reportDate(query.asAt, ctx.today);
    return inTenant(this.engine.dataSource, ctx, async (manager) => debtorBalances(asAt, await this.repository.positions(manager, ctx, asAt)));
  }
}
