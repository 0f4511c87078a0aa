/** One problem with a request, in the Salesforce REST error shape. */
export interface RecordError {
  errorCode: string;
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

  static invalid(errorCode: string, message: string, fields: string[] = []): EngineError {
    return new EngineError('invalid', [{ errorCode, message, fields }]);
  }

  static notFound(message: string): EngineError {
    return new EngineError('not-found', [{ errorCode: 'NOT_FOUND', message, fields: [] }]);
  }
}
