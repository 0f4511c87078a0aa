import { HttpErrorResponse } from '@angular/common/http';
import type { Schemas } from '@platform/api-client';

/** A failed API call: its HTTP status and the Salesforce error list (one item when there was none). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: Schemas['ApiError'][],
  ) {
    super(errors.map((e) => e.message).join(' '));
  }

  /** True for the refusals a user may see a friendly page for (no licence or permission). */
  get forbidden(): boolean {
    return this.status === 403;
  }
}

/** Turns whatever HttpClient threw into an ApiError a page can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    if (Array.isArray(error.error) && error.error.every(isErrorItem)) return new ApiError(error.status, error.error);
    const message =
      error.status === 0
        ? 'The Lumary server could not be reached.'
        : `The Lumary server answered ${error.status} ${error.statusText}.`.trim();
    return new ApiError(error.status, [{ errorCode: 'HTTP_ERROR', message, fields: [] }]);
  }
  return new ApiError(0, [{ errorCode: 'UNKNOWN', message: String((error as Error)?.message ?? error), fields: [] }]);
}

function isErrorItem(value: unknown): value is Schemas['ApiError'] {
  return typeof value === 'object' && value !== null && 'message' in value;
}
