/**
 * The error codes the record engine answers with. The values are Salesforce's REST error codes,
 * sent on the wire as they are.
 */
export const ENGINE_ERROR_CODES = [
  'NOT_FOUND',
  'JSON_PARSER_ERROR',
  'MALFORMED_QUERY',
  'INVALID_QUERY_FILTER_OPERATOR',
  'INVALID_QUERY_LOCATOR',
  'INVALID_FIELD',
  'INVALID_TYPE',
  'INVALID_TYPE_ON_FIELD_IN_RECORD',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  'INVALID_CROSS_REFERENCE_KEY',
  'INVALID_EMAIL_ADDRESS',
  'INVALID_OPERATION',
  'REQUIRED_FIELD_MISSING',
  'STRING_TOO_LONG',
  'NUMBER_OUTSIDE_VALID_RANGE',
  'DUPLICATE_VALUE',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'FIELD_INTEGRITY_EXCEPTION',
  'ENTITY_IS_DELETED',
  'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE',
  'DELETE_FAILED',
  'INSUFFICIENT_ACCESS',
  'INSUFFICIENT_ACCESS_OR_READONLY',
  'CANNOT_MODIFY_MANAGED_OBJECT',
  'MALFORMED_ID',
  'ALL_OR_NONE_OPERATION_ROLLED_BACK',
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

/**
 * Every error code an EngineError may carry: the engine's, and those each module that throws
 * EngineErrors adds with its own exported set, by augmenting this interface, e.g.
 * `declare module '@platform/engine' { interface ErrorCodeRegistry extends Record<SecurityErrorCode, true> {} }`.
 * A code no module declares does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface ErrorCodeRegistry extends Record<EngineErrorCode, true> {}

export type ErrorCode = keyof ErrorCodeRegistry;

/** One problem with a request, in the Salesforce REST error shape. */
export interface RecordError {
  errorCode: ErrorCode;
  message: string;
  fields: string[];
}

/**
 * What kind of failure it is; the API maps each to its HTTP status (the engine knows no HTTP).
 * invalid → 400, unauthenticated → 401, forbidden → 403, not-found → 404, conflict → 409,
 * stale → 412, throttled → 429.
 */
export type EngineErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'stale' | 'throttled';

/** A refused request. Carries every problem found, not just the first. */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    readonly errors: RecordError[],
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'EngineError';
  }

  static invalid(errorCode: ErrorCode, message: string, fields: string[] = []): EngineError {
    return new EngineError('invalid', [{ errorCode, message, fields }]);
  }

  static notFound(message: string): EngineError {
    return new EngineError('not-found', [{ errorCode: 'NOT_FOUND', message, fields: [] }]);
  }
}
