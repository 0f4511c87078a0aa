/** Why a storage operation failed, for callers that branch on it (the API maps codes to responses). */
export type StorageErrorCode =
  | 'PGLITE_SERVER_NOT_FOUND'
  | 'PGLITE_START_FAILED'
  | 'DATABASE_URL_INVALID'
  | 'PLAN_HAS_REFUSALS'
  | 'PLAN_APPLY_FAILED'
  | 'APP_ROLE_MISSING'
  | 'APP_ROLE_BYPASSES_RLS';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}
