/** Injection tokens for what bootstrap builds before Nest starts: the metadata, the database and the job queue. */
export const REGISTRY = Symbol('Registry');
export const DATABASE = Symbol('Database');
export const ENGINE = Symbol('RecordEngine');
export const TENANT_METADATA = Symbol('TenantMetadata');
/** The AppConfig read from the environment once at start. */
export const APP_CONFIG = Symbol('AppConfig');
/** The job queue (`JobQueue` of @platform/jobs): request handlers send jobs with it. */
export const JOBS = Symbol('JobQueue');
/** The platform's repositories of its sys_* tables (`PlatformRepositories` of @platform/storage), from PlatformStorageModule. */
export const PLATFORM_REPOSITORIES = Symbol('PlatformRepositories');
