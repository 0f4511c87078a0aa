/** Injection tokens for what bootstrap builds before Nest starts: the metadata and the database. */
export const REGISTRY = Symbol('Registry');
export const DATABASE = Symbol('Database');
export const ENGINE = Symbol('RecordEngine');
export const TENANT_METADATA = Symbol('TenantMetadata');
