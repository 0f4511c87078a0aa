export {
  JobQueue,
  defineJob,
  jobType,
  keyedJobId,
  type JobDefinition,
  type JobQueueOptions,
  type JobSender,
  type JobState,
  type JobStatus,
  type JobType,
  type RetryPolicy,
  type RunningJob,
  type SendOptions,
} from './lib/jobs';
export { QUEUE_SCHEMA } from './lib/queue-db';
