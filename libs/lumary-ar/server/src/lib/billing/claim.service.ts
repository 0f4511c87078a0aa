import { EngineError, inTenant, requireObject, type RecordEngine, type RecordValues, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { ServiceRepository, type ClaimRow } from './service.repository';
import '../ar.errors'; // its error codes (INVALID_STATUS ...)

export type ClaimStatus = ClaimRow['status'];

export interface ClaimResult {
  id: string;
  name: string;
  status: ClaimStatus;
}

const MOVES: Record<ClaimStatus, string> = { Paid: 'marked Paid', Error: 'marked in Error', Open: 'resubmitted' };
const conflict = (message: string) => new EngineError('conflict', [{ errorCode: 'INVALID_STATUS', message, fields: [] }]);

/**
 * A claim's life (libs/lumary-ar/RULES.md#claims): Open → Paid, or Open → Error with a reason and back to Open
 * when resubmitted; Paid is final. Paying a claim posts nothing: the NDIA pays the provider
 * directly and no invoice was raised, so nothing is owed on Debtors Control to clear.
 */
export class ClaimService {
  private readonly repository: ServiceRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new ServiceRepository(engine);
  }

  async paid(ctx: RequestContext, id: string, body: { paidDate: string }): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const paidDate = body.paidDate;
    return this.move(ctx, id, ['Open'], 'Paid', (claim) => {
      if (paidDate < claim.claimDate)
        throw EngineError.invalid(
          'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          `The paid date ${paidDate} is before the Claim Date ${claim.claimDate}.`,
          ['paidDate'],
        );
      return { lumary__Paid_Date__c: paidDate };
    });
  }

  async error(ctx: RequestContext, id: string, body: { reason: string }): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    const reason = body.reason.trim();
    return this.move(ctx, id, ['Open'], 'Error', () => ({ lumary__Error_Reason__c: reason }));
  }

  /** Error → Open: the claim is sent again; its error reason stays in the field history. */
  async resubmit(ctx: RequestContext, id: string): Promise<ClaimResult> {
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
    return this.move(ctx, id, ['Error'], 'Open', () => ({ lumary__Error_Reason__c: null }));
  }

  private move(
    ctx: RequestContext,
    id: string,
    from: ClaimStatus[],
    to: ClaimStatus,
    values: (claim: ClaimRow) => RecordValues,
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
      await this.engine.within(manager, ctx).update(AR.claim, id, { lumary__Status__c: to, ...values(claim) });
      return { id, name: claim.name, status: to };
    });
  }
}
