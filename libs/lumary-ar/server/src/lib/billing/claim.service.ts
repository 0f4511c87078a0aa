import { EngineError, inTenant, requireObject, type RecordEngine, type RecordValues, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { formatMoney, parseMoney, ZERO, type Money } from '../journal/money';
import { ClaimPostings } from './claim-postings';
import { ServiceRepository, type ClaimRow } from './service.repository';
import '../ar.errors'; // its error codes (INVALID_STATUS ...)

export type ClaimStatus = ClaimRow['status'];

export interface ClaimResult {
  id: string;
  name: string;
  status: ClaimStatus;
}

const MOVES: Record<ClaimStatus, string> = {
  Paid: 'marked Paid',
  Error: 'marked in Error',
  Open: 'resubmitted',
  Submitted: 'submitted',
};
export const conflict = (message: string) => new EngineError('conflict', [{ errorCode: 'INVALID_STATUS', message, fields: [] }]);
const invalid = (message: string, fields: string[]) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);

/**
 * A claim's life (libs/lumary-ar/RULES.md#claims): Open → Submitted (in a claim batch) → Paid, or
 * → Error with a reason and back to Open when resubmitted; Paid is final. Each move posts (see
 * ClaimPostings): submitting Dr NDIA Claims Receivable / Cr GL Code, paying Dr Bank / Cr NDIA
 * Claims Receivable, Error reverses the submission. A claim marked Paid by hand while still Open
 * (submitted outside a batch) posts its submission and its payment together; a claim entered by
 * hand without services is outside the books and posts nothing.
 */
export class ClaimService {
  private readonly repository: ServiceRepository;
  readonly postings: ClaimPostings;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ServiceRepository(engine);
    this.postings = new ClaimPostings(engine);
  }

  async paid(
    ctx: RequestContext,
    id: string,
    body: { paidDate: string; paidAmount?: string; paymentRequestNumber?: string },
  ): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const paidDate = body.paidDate;
    return this.move(ctx, id, ['Open', 'Submitted'], 'Paid', async (manager, claim) => {
      if (paidDate < claim.claimDate) throw invalid(`The paid date ${paidDate} is before the Claim Date ${claim.claimDate}.`, ['paidDate']);
      const amount = body.paidAmount === undefined ? claim.amount : parseMoney(body.paidAmount);
      if (!amount) throw invalid('paidAmount is an amount of at most 2 decimals, 0 or more.', ['paidAmount']);
      return this.payIn(manager, ctx, claim, { amount, date: paidDate, reference: body.paymentRequestNumber ?? null });
    });
  }

  /** Paid: the amount, date and reference; a shortfall stays receivable. Inside the caller's transaction. */
  async payIn(
    manager: EntityManager,
    ctx: RequestContext,
    claim: ClaimRow,
    paid: { amount: Money; date: string; reference: string | null },
  ): Promise<RecordValues> {
    if (paid.amount.greaterThan(claim.amount))
      throw invalid(`${claim.name}: the paid amount ${formatMoney(paid.amount)} is more than the claim's ${formatMoney(claim.amount)}.`, [
        'paidAmount',
      ]);
    // A claim entered by hand, of no service, is outside the books: nothing was submitted, nothing is posted.
    const booked = claim.status === 'Submitted' || (await this.postings.hasServices(manager, ctx, claim));
    if (booked && claim.status === 'Open') await this.postings.submitted(manager, ctx, claim, paid.date);
    if (booked) await this.postings.paid(manager, ctx, claim, paid.amount, paid.date, paid.reference);
    const shortfall = claim.amount.minus(paid.amount);
    return {
      lumary__Paid_Date__c: paid.date,
      lumary__Paid_Amount__c: formatMoney(paid.amount),
      lumary__Payment_Request_Number__c: paid.reference,
      lumary__Shortfall__c: shortfall.isZero() ? null : formatMoney(shortfall),
      lumary__Submitted_Date__c: claim.submittedDate ?? paid.date,
    };
  }

  async error(ctx: RequestContext, id: string, body: { reason: string; date?: string }): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const reason = body.reason.trim();
    const date = body.date ?? ctx.today.toString();
    return this.move(ctx, id, ['Open', 'Submitted'], 'Error', (manager, claim) => this.errorIn(manager, ctx, claim, reason, date));
  }

  /** Error: the reason, and the submission (if any) reversed. Inside the caller's transaction. */
  async errorIn(manager: EntityManager, ctx: RequestContext, claim: ClaimRow, reason: string, date: string): Promise<RecordValues> {
    if (claim.status === 'Submitted') await this.postings.reverseSubmission(manager, ctx, claim, date);
    return { lumary__Error_Reason__c: reason.slice(0, 255) };
  }

  /** Error → Open: the claim goes in the next batch, with its row as corrected; its error reason stays in the field history. */
  async resubmit(ctx: RequestContext, id: string): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    return this.move(ctx, id, ['Error'], 'Open', () =>
      Promise.resolve({ lumary__Error_Reason__c: null, lumary__Batch_Error__c: null, lumary__Submitted_Date__c: null }),
    );
  }

  /** A Paid claim's shortfall written off with a reason: Dr its GL Code / Cr NDIA Claims Receivable. */
  async writeOffShortfall(ctx: RequestContext, id: string, body: { reason: string; date?: string }): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const reason = body.reason.trim();
    const date = body.date ?? ctx.today.toString();
    return this.move(ctx, id, ['Paid'], 'Paid', async (manager, claim) => {
      const outstanding = claim.shortfall.minus(claim.writtenOff);
      if (outstanding.lte(ZERO)) throw conflict(`${claim.name} has no shortfall left to write off.`);
      await this.postings.writtenOff(manager, ctx, claim, outstanding, date, reason);
      return {
        lumary__Shortfall_Written_Off__c: formatMoney(claim.writtenOff.plus(outstanding)),
        lumary__Write_Off_Reason__c: reason.slice(0, 255),
      };
    });
  }

  private move(
    ctx: RequestContext,
    id: string,
    from: ClaimStatus[],
    to: ClaimStatus,
    values: (manager: EntityManager, claim: ClaimRow) => Promise<RecordValues> | RecordValues,
  ): Promise<ClaimResult> {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const claim = isId(id) ? await this.repository.loadClaim(manager, ctx.tenantId, id) : undefined;
      if (!claim) throw EngineError.notFound(`The requested resource does not exist: no Claim with id '${id}'`);
      if (!from.includes(claim.status)) {
        throw conflict(
          claim.status === 'Paid'
            ? `${claim.name} is Paid: a paid claim is final.`
            : `${claim.name} is ${claim.status}: only ${from.join(' or ')} claims can be ${MOVES[to]}.`,
        );
      }
      const changes = await values(manager, claim);
      await this.engine.within(manager, ctx).update(AR.claim, id, { lumary__Status__c: to, ...changes });
      return { id, name: claim.name, status: to };
    });
  }
}
