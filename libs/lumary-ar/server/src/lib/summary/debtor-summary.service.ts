import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { ObjectDef } from '@platform/metadata';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { sum } from '../journal/money';
import { counted, owed, usuallyPaysIn, type DebtorSummary } from './debtor-summary';
import { DebtorSummaryRepository } from './debtor-summary.repository';

/** The record type that makes a Contact a client (DOMAIN.md, "Debtors and clients"). */
const CLIENT_RECORD_TYPE = 'Client';

/**
 * The summary on a debtor's record page, as of today (DOMAIN.md, "Debtor summary"). A client
 * Contact gets what is owed for them (by themself and by others), their accrued services and
 * Open/Error claims; a General Contact or an Account what it owes. Both get "Usually Pays in".
 * Reads one tenant transaction, so the figures come from one moment; sums are decimal.js.
 */
export class DebtorSummaryService {
  readonly repository: DebtorSummaryRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new DebtorSummaryRepository(engine);
  }

  async summary(ctx: RequestContext, id: string): Promise<DebtorSummary> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    const notFound = () => EngineError.notFound(`The requested resource does not exist: no Contact or Account with id '${id}'`);
    if (!isId(id)) throw notFound();
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const party = await this.repository.party(manager, ctx, id);
      if (!party) throw notFound();
      requireObject(ctx, party.object, 'read');
      const client = party.object === this.repository.contact.object && party.recordType === CLIENT_RECORD_TYPE;
      const invoices = await this.repository.openInvoices(manager, ctx, client ? 'client' : 'debtor', id);
      const figures = await this.repository.figures(manager, ctx, id, client);
      const base = {
        asOf: ctx.today.toString(),
        debtor: { id, name: party.name, type: party.type, recordType: party.recordType },
        totalOwed: owed(invoices, ctx.today),
        usuallyPaysIn: usuallyPaysIn(figures.paid.days, figures.paid.count),
      };
      if (!client) return { kind: 'debtor', ...base };
      const { open, error } = figures.claims;
      return {
        kind: 'client',
        ...base,
        owedByClient: owed(
          invoices.filter((i) => i.debtor.id === id),
          ctx.today,
        ),
        owedByOthers: owed(
          invoices.filter((i) => i.debtor.id !== id),
          ctx.today,
        ),
        // A figure over an object the user may not read is left out rather than refused.
        accruedServices: this.readable(ctx, AR.service) ? counted(figures.accrued.amount, figures.accrued.count) : null,
        openOrErrorClaims: this.readable(ctx, AR.claim)
          ? { ...counted(sum([open.amount, error.amount]), open.count + error.count), open: counted(open.amount, open.count), error: counted(error.amount, error.count) }
          : null,
      };
    });
  }

  private readable(ctx: RequestContext, objectName: string): boolean {
    const object: ObjectDef = this.engine.object(objectName);
    return !ctx.access || (!ctx.access.denial(object) && ctx.access.object(object).read);
  }
}
