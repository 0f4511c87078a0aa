import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR, JOURNAL_ENTRY } from '../ar-names';
import { agedReceivables, reportDate, type AgedReceivables } from './receivables';
import { ReceivablesRepository } from './receivables.repository';

/**
 * Aged receivables as at any date (DOMAIN.md, "Reports"): per debtor, the invoices' balances at
 * that date by days past due and the debtor's unallocated credit as a negative, beside the
 * Debtors Control balance at the same date, read in one transaction so the two agree.
 */
export class AgedReceivablesService {
  readonly repository: ReceivablesRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ReceivablesRepository(engine);
  }

  async report(ctx: RequestContext, query: { asAt?: unknown } = {}): Promise<AgedReceivables> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const asAt = reportDate(query.asAt, ctx.today);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const positions = await this.repository.positions(manager, ctx, asAt);
      // The control balance is the journal's: shown only to those who may read the journal.
      const control = readable(ctx, this.engine, JOURNAL_ENTRY) ? await this.repository.debtorsControl(manager, ctx.tenantId, asAt) : null;
      return agedReceivables(asAt, positions, control);
    });
  }
}

/** Whether the caller may read an object (licence and permission), without refusing. */
export function readable(ctx: RequestContext, engine: RecordEngine, objectName: string): boolean {
  const object = engine.object(objectName);
  return !ctx.access || (!ctx.access.denial(object) && ctx.access.object(object).read);
}
