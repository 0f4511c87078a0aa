import { defineJob, jobType, type JobDefinition, type JobSender } from '@platform/jobs';
import type { IndexBuild, SetupService } from '@platform/tenancy';

/**
 * Building a custom field's pivot entries for the rows it had before it was indexed (Setup, or the
 * migration from the old per-tenant indexes): a job, so the admin's request returns at once, the
 * field works unindexed meanwhile, and its progress shows in Setup ("Indexing: 40 %").
 */
export const CUSTOM_INDEX_BUILD_JOB = jobType<IndexBuild>('platform.custom-index-build');

/** Sends a build (running one twice is harmless: it keeps the entries it finds). */
export const sendIndexBuild = (jobs: JobSender) => (build: IndexBuild) => jobs.send(CUSTOM_INDEX_BUILD_JOB, build);

export function customIndexJobs(setup: SetupService): JobDefinition<never>[] {
  return [
    defineJob<IndexBuild>({
      type: CUSTOM_INDEX_BUILD_JOB,
      retry: { limit: 3, delaySeconds: 10 },
      handle: (job) => setup.buildIndex(job.data, undefined, (state) => job.progress({ ...state })),
      onGiveUp: (build, error) => setup.buildFailed(build, error),
    }),
  ];
}
