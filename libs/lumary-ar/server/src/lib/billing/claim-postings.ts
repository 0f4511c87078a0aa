import { EngineError, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import type { JournalLineInput } from '../journal/journal-entry';
import { sum, ZERO, type Money } from '../journal/money';
import { PostingService, type PostedEntry } from '../journal/posting.service';
import { toCents } from '../invoices/invoice-math';
import { ServiceRepository, type ClaimRow } from './service.repository';

const SUBMITTED = 'submitted';
const NDIA: JournalLineInput['account'] = { control: 'NDIA Claims Receivable' };

/**
 * A claim in the books (DOMAIN.md "Claims are in the books"), all through the posting service:
 * - submitted: Dr NDIA Claims Receivable / Cr each of its services' GL Code (with Cost Centre) ex
 *   GST, and GST Control for the GST of a taxable (P1) service;
 * - paid: Dr Bank / Cr NDIA Claims Receivable, for the paid amount;
 * - Error: the submission's reversing entry (a resubmission posts it again);
 * - shortfall written off: Dr the GL Code (and GST Control for its GST share) / Cr NDIA Claims Receivable.
 * Each inside the caller's transaction, so a claim's state and its postings move together.
 */
export class ClaimPostings {
  readonly posting: PostingService;
  private readonly repository: ServiceRepository;

  constructor(private readonly engine: RecordEngine) {
    this.posting = new PostingService(engine);
    this.repository = new ServiceRepository(engine);
  }

  /**
   * The claim's amount as claimed: its services' coding, or, when its row was corrected (a
   * resubmission for fewer hours), that amount shared over the same coding: the GST part in the
   * services' GST proportion, the rest over the GL Codes in proportion to their amounts ex GST.
   */
  async submitted(manager: EntityManager, ctx: RequestContext, claim: ClaimRow, date: string): Promise<PostedEntry> {
    const services = await this.coding(manager, ctx, claim);
    const total = sum(services.map((c) => c.amount));
    const gst = total.isZero() ? ZERO : toCents(claim.amount.times(total.minus(sum(services.map((c) => c.exGst)))).dividedBy(total));
    const coding = share(
      claim.amount.minus(gst),
      services.map((c) => ({ ...c, amount: c.exGst })),
    ).map((c) => ({ ...c, exGst: c.amount }));
    const description = `NDIA claim ${claim.name}`;
    return this.posting.postIn(manager, ctx, {
      date,
      description: `NDIA claim ${claim.name} ${SUBMITTED}`,
      source: { id: claim.id, object: AR.claim },
      lines: [
        { account: NDIA, debit: claim.amount, credit: ZERO, description },
        ...coding.map((c) => ({
          account: { id: c.glCode },
          costCentre: c.costCentre ?? undefined,
          debit: ZERO,
          credit: c.exGst,
          description,
        })),
        ...(gst.isZero() ? [] : [{ account: { control: 'GST Control Account' as const }, debit: ZERO, credit: gst, description }]),
      ],
    });
  }

  async paid(manager: EntityManager, ctx: RequestContext, claim: ClaimRow, amount: Money, date: string, reference: string | null) {
    if (amount.isZero()) return undefined;
    return this.posting.postIn(manager, ctx, {
      date,
      description: `NDIA claim ${claim.name} paid${reference ? ` (${reference})` : ''}`,
      source: { id: claim.id, object: AR.claim },
      lines: [
        { account: { control: 'Bank Account' }, debit: amount, credit: ZERO, description: `NDIA claim ${claim.name}` },
        { account: NDIA, debit: ZERO, credit: amount, description: `NDIA claim ${claim.name}` },
      ],
    });
  }

  /** Reverses the claim's standing submission, dated `date` or, when that is earlier, the submission's own date. */
  async reverseSubmission(manager: EntityManager, ctx: RequestContext, claim: ClaimRow, date: string): Promise<PostedEntry | undefined> {
    const e = this.posting.repository.entry;
    const [standing] = (await manager.query(
      `SELECT id, ${e.col('lumary__Entry_Date__c')}::text AS date FROM ${e.name} x
        WHERE tenant_id = $1 AND ${e.col('lumary__Source_Record_Id__c')} = $2 AND ${e.col('lumary__Description__c')} = $3
          AND ${e.col('lumary__Reverses__c')} IS NULL
          AND NOT EXISTS (SELECT 1 FROM ${e.name} r WHERE r.tenant_id = x.tenant_id AND r.${e.col('lumary__Reverses__c')} = x.id)
        ORDER BY ${e.col('Name')} DESC LIMIT 1`,
      [ctx.tenantId, claim.id, `NDIA claim ${claim.name} ${SUBMITTED}`],
    )) as { id: string; date: string }[];
    if (!standing) return undefined;
    return this.posting.reverseIn(
      manager,
      ctx,
      standing.id,
      date < standing.date ? standing.date : date,
      `NDIA claim ${claim.name} in Error: submission reversed`,
    );
  }

  /** The shortfall back out of revenue: its GST part (in the claim's GST proportion) from GST Control, the rest from the GL Codes. */
  async writtenOff(manager: EntityManager, ctx: RequestContext, claim: ClaimRow, amount: Money, date: string, reason: string) {
    const coding = await this.coding(manager, ctx, claim);
    const total = sum(coding.map((c) => c.amount));
    const gstTotal = total.minus(sum(coding.map((c) => c.exGst)));
    const gst = total.isZero() ? ZERO : toCents(amount.times(gstTotal).dividedBy(total));
    const description = `NDIA claim ${claim.name} shortfall`;
    return this.posting.postIn(manager, ctx, {
      date,
      description: `NDIA claim ${claim.name} shortfall written off: ${reason}`.slice(0, 255),
      source: { id: claim.id, object: AR.claim },
      lines: [
        ...share(
          amount.minus(gst),
          coding.map((c) => ({ ...c, amount: c.exGst })),
        ).map((c) => ({ account: { id: c.glCode }, costCentre: c.costCentre ?? undefined, debit: c.amount, credit: ZERO, description })),
        ...(gst.isZero() ? [] : [{ account: { control: 'GST Control Account' as const }, debit: gst, credit: ZERO, description }]),
        { account: NDIA, debit: ZERO, credit: amount, description },
      ],
    });
  }

  /** Whether the claim is of services (so it has their coding to post to). */
  async hasServices(manager: EntityManager, ctx: RequestContext, claim: ClaimRow): Promise<boolean> {
    return (await this.repository.servicesOfClaim(manager, ctx.tenantId, claim.id)) > 0;
  }

  private async coding(manager: EntityManager, ctx: RequestContext, claim: ClaimRow) {
    const coding = await this.repository.claimCoding(manager, ctx.tenantId, claim.id);
    const uncoded = coding.find((c) => !c.glCode);
    if (!coding.length || uncoded)
      throw EngineError.invalid(
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        `${claim.name}: its service has no GL Code, so the claim cannot be posted. Code the service first.`,
        [],
      );
    return coding as { glCode: string; costCentre: string | null; amount: Money; exGst: Money }[];
  }
}

/** `amount` shared over the codings in proportion to their amounts, to the cent, the rounding cent on the largest. */
function share<T extends { amount: Money }>(amount: Money, coding: T[]): T[] {
  const total = sum(coding.map((c) => c.amount));
  if (coding.length === 1 || total.isZero()) return [{ ...coding[0], amount }];
  const parts = coding.map((c) => toCents(amount.times(c.amount).dividedBy(total)));
  const largest = coding.reduce((best, c, i) => (c.amount.greaterThan(coding[best].amount) ? i : best), 0);
  parts[largest] = parts[largest].plus(amount.minus(sum(parts)));
  return coding.map((c, i) => ({ ...c, amount: parts[i] })).filter((c) => !c.amount.isZero());
}
