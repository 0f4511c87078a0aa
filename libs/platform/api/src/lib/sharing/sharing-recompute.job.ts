import { recomputeRuleShares } from '@platform/engine';
import { defineJob, jobType, type JobDefinition } from '@platform/jobs';
import type { Database } from '@platform/storage';
import type { TenantMetadata } from '@platform/tenancy';

/** Recomputes the rule shares of every record of one object of one tenant (after a rule is created or changed). */
export const SHARING_RECOMPUTE_JOB = jobType<{ tenantId: string; object: string }>('platform.sharing-recompute');

/** What a recomputation reports as it goes (and when done): the tenant it is for, records looked at, shares made. */
export interface SharingRecomputeProgress {
  tenantId: string;
  records: number;
  shares: number;
}

/**
 * The platform's sharing jobs. A recomputation works a batch of records per transaction (each
 * record's rule shares replaced by those its rules give now), so it is safe to run again and a
 * record written meanwhile (which recomputes its own shares) is never left half done.
 */
export function sharingJobs(options: { database: Database; tenantMetadata: TenantMetadata }): JobDefinition<never>[] {
  return [
    defineJob<{ tenantId: string; object: string }>({
      type: SHARING_RECOMPUTE_JOB,
      retry: { limit: 3, delaySeconds: 5 },
      handle: async (job) => {
        const { tenantId, object } = job.data;
        const registry = await options.tenantMetadata.registryFor(tenantId);
        const done = await recomputeRuleShares(options.database.dataSource, registry, tenantId, object, (progress) =>
          job.progress({ tenantId, ...progress }),
        );
        return { tenantId, ...done } satisfies SharingRecomputeProgress;
      },
    }),
  ];
}
