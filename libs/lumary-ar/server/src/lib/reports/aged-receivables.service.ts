import { inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { agedReceivables, reportDate, type AgedReceivables } from './receivables';
import { RECEIVABLES_FIELDS, ReceivablesRepository } from './receivables.repository';

/**
 * Aged receivables as at any date (libs/lumary-ar/RULES.md#reports): per debtor, the invoices' balances at
 * that date by days past due and the debtor's unallocated credit as a negative, beside the
 * Debtors Control balance at the same date, read in one transaction so the two agree.
 */
export class AgedReceivablesService {
  readonly repository: ReceivablesRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ReceivablesRepository(engine);
  }

  async report(ctx: RequestContext, query: { asAt?: string } = {}): Promise<AgedReceivables> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    // Every figure of the report is an invoice balance or a payment's credit: without a field they
    // are computed from, the report means nothing, and is refused naming the fields.
    const can = fieldAccess(ctx, this.engine);
    can.require(RECEIVABLES_FIELDS.aged, 'Aged receivables');
    const asAt = reportDate(query.asAt, ctx.today);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const positions = await this.repository.positions(manager, ctx, asAt);
      // The control balance is the journal's: shown only to those who may read the journal and its lines' Debit and Credit.
      const journal =
        readable(ctx, this.engine, JOURNAL_ENTRY) &&
        can.all(fields(JOURNAL_LINE, 'lumary__Debit__c', 'lumary__Credit__c', 'lumary__Line_Date__c', 'lumary__Account__c'));
      const control = journal ? await this.repository.debtorsControl(manager, ctx.tenantId, asAt) : null;
      return agedReceivables(asAt, positions, control);
    });
  }
}

/** Whether the caller may read an object (licence and permission), without refusing. */
export function readable(ctx: RequestContext, engine: RecordEngine, objectName: string): boolean {
  const object = engine.object(objectName);
  return !ctx.access || (!ctx.access.denial(object) && ctx.access.object(object).read);
}
