import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { ObjectDef } from '@platform/metadata';
import { AR } from '../ar-names';
import { fieldAccess, fields, type FieldAccess, type Lineage } from '../field-access';
import { isId } from '../journal/journal-entry';
import { sum } from '../journal/money';
import { counted, owed, usuallyPaysIn, type DebtorSummary, type OwedFigure, type SummaryInvoice } from './debtor-summary';
import { DebtorSummaryRepository } from './debtor-summary.repository';
import { CollectionsService } from '../collections/collections.service';

/**
 * What each part of the summary is computed from (field-level security): a part over a field the
 * caller may not read is left out. The owed figures and their invoice lists are chosen by Status
 * and Balance, so without those the whole figure goes.
 */
const CHOSEN = fields(AR.invoice, 'lumary__Status__c', 'lumary__Balance__c');
const OWED: Lineage<keyof OwedFigure> = {
  amount: CHOSEN,
  overdue: [...CHOSEN, ...fields(AR.invoice, 'lumary__Due_Date__c')],
  invoices: CHOSEN,
};
const INVOICE: Lineage<keyof SummaryInvoice> = {
  client: fields(AR.invoice, 'lumary__Client__c'),
  debtor: fields(AR.invoice, 'lumary__Debtor__c'),
  invoiceDate: fields(AR.invoice, 'lumary__Invoice_Date__c'),
  dueDate: fields(AR.invoice, 'lumary__Due_Date__c'),
  status: fields(AR.invoice, 'lumary__Status__c'),
  total: fields(AR.invoice, 'lumary__Total__c'),
  balance: fields(AR.invoice, 'lumary__Balance__c'),
  daysOverdue: fields(AR.invoice, 'lumary__Due_Date__c', 'lumary__Balance__c'),
};
const PAYS_IN = fields(
  AR.invoice,
  'lumary__Debtor__c',
  'lumary__Status__c',
  'lumary__Paid_Date__c',
  'lumary__Invoice_Date__c',
  'lumary__Amount_Paid__c',
);
const ACCRUED = fields(AR.service, 'lumary__Client__c', 'lumary__Status__c', 'lumary__Amount__c');
const CLAIMS = fields(AR.claim, 'lumary__Client__c', 'lumary__Status__c', 'lumary__Amount__c');

/** The record type that makes a Contact a client (libs/lumary-ar/RULES.md#debtors-and-clients). */
const CLIENT_RECORD_TYPE = 'Client';

/**
 * The summary on a debtor's record page, as of today (libs/lumary-ar/RULES.md#debtor-summary). A client
 * Contact gets what is owed for them (by themself and by others), their accrued services and
 * Open/Error claims; a General Contact or an Account what it owes. Both get "Usually Pays in".
 * Reads one tenant transaction, so the figures come from one moment; sums are decimal.js.
 */
export class DebtorSummaryService {
  readonly repository: DebtorSummaryRepository;

  private readonly collections: CollectionsService;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new DebtorSummaryRepository(engine);
    this.collections = new CollectionsService(engine);
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
      const can = fieldAccess(ctx, this.engine);
      // The risk badge next to Usually Pays in (libs/lumary-ar/RULES.md#collections); left out when a field it reads is hidden.
      const risk = await this.collections.riskIn(manager, ctx, id);
      const shown = (figure: ReturnType<typeof owed>) => visibleOwed(can, figure);
      const base = {
        asOf: ctx.today.toString(),
        debtor: { id, name: party.name, type: party.type, recordType: party.recordType },
        totalOwed: shown(owed(invoices, ctx.today)),
        ...(can.all(PAYS_IN) ? { usuallyPaysIn: usuallyPaysIn(figures.paid.days, figures.paid.count) } : {}),
        ...(risk ? { risk } : {}),
      };
      if (!client) return { kind: 'debtor', ...base };
      const { open, error } = figures.claims;
      return {
        kind: 'client',
        ...base,
        owedByClient: shown(
          owed(
            invoices.filter((i) => i.debtor.id === id),
            ctx.today,
          ),
        ),
        owedByOthers: shown(
          owed(
            invoices.filter((i) => i.debtor.id !== id),
            ctx.today,
          ),
        ),
        // A figure over an object or a field the user may not read is null rather than refused.
        accruedServices: this.readable(ctx, AR.service) && can.all(ACCRUED) ? counted(figures.accrued.amount, figures.accrued.count) : null,
        openOrErrorClaims:
          this.readable(ctx, AR.claim) && can.all(CLAIMS)
            ? {
                ...counted(sum([open.amount, error.amount]), open.count + error.count),
                open: counted(open.amount, open.count),
                error: counted(error.amount, error.count),
              }
            : null,
      };
    });
  }

  private readable(ctx: RequestContext, objectName: string): boolean {
    const object: ObjectDef = this.engine.object(objectName);
    return !ctx.access || (!ctx.access.denial(object) && ctx.access.object(object).read);
  }
}

/** An owed figure as the caller may see it: its parts (OWED) and each listed invoice's fields (INVOICE). */
function visibleOwed(can: FieldAccess, figure: ReturnType<typeof owed>): OwedFigure {
  const shown = can.visible(figure, OWED);
  return shown.invoices ? { ...shown, invoices: shown.invoices.map((i: SummaryInvoice) => can.visible(i, INVOICE)) } : shown;
}
