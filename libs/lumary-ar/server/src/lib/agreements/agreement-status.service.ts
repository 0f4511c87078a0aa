import { LocalDate } from '@js-joda/core';
import { inTenant, requestContext, type RecordEngine } from '@platform/engine';
import type { Database } from '@platform/storage';
import { AGREEMENTS } from '../ar-names';
import { AgreementRepository } from './agreement.repository';

export interface StatusRound {
  /** Agreements moved, per new status. */
  expired: number;
  activated: number;
}

/**
 * Moves agreements with their dates (libs/lumary-ar/RULES.md#service-agreements): an agreement
 * that is not Draft or Cancelled is Active until its End Date and Expired after it, as of each
 * tenant's today. Run daily by AGREEMENT_STATUS_JOB; each tenant in its own transaction, each move
 * a trusted update (so it is in the agreement's field history).
 */
export class AgreementStatusService {
  private readonly repo: AgreementRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly database: Database,
  ) {
    this.repo = new AgreementRepository(engine);
  }

  /** `asOf` (YYYY-MM-DD) replaces each tenant's today (tests, and a catch-up run). */
  async refresh(options: { tenantId?: string; asOf?: string } = {}): Promise<StatusRound> {
    const round: StatusRound = { expired: 0, activated: 0 };
    const a = this.repo.agreement;
    // The owner sees every tenant's agreements at once; each tenant is then moved as itself.
    const tenants = (await this.database.owner.query(
      `SELECT DISTINCT a.tenant_id AS "tenantId", t.time_zone AS "timeZone" FROM ${a.name} a JOIN sys_tenant t ON t.id = a.tenant_id
        WHERE a.${a.col('lumary__Status__c')} IN ('Active', 'Expired') ${options.tenantId ? 'AND a.tenant_id = $1' : ''}`,
      options.tenantId ? [options.tenantId] : [],
    )) as { tenantId: string; timeZone: string }[];
    for (const tenant of tenants) {
      const base = requestContext(tenant.tenantId, null, tenant.timeZone || undefined);
      const ctx = options.asOf ? { ...base, today: LocalDate.parse(options.asOf) } : base;
      await inTenant(this.engine.dataSource, ctx, async (manager) => {
        const moves = await this.repo.statusesToMove(manager, ctx.tenantId, ctx.today.toString());
        const writes = this.engine.within(manager, ctx);
        for (const move of moves) {
          await writes.update(AGREEMENTS.agreement, move.id, { lumary__Status__c: move.status });
          if (move.status === 'Expired') round.expired++;
          else round.activated++;
        }
      });
    }
    return round;
  }
}
