import type { ErrorCode } from '@platform/engine';

/**
 * The codes the API itself answers with (HTTP-level failures and request parsing), beyond those of
 * the modules' EngineErrors; Salesforce's values, as on the wire.
 */
export const API_ERROR_CODES = [
  'MALFORMED_REQUEST',
  'INVALID_SESSION_ID',
  'INVALID_CSRF_TOKEN',
  'INVALID_HEADER_TYPE',
  'INVALID_CHARACTER',
  'INSUFFICIENT_ACCESS',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'REQUEST_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'JSON_PARSER_ERROR',
  'BAD_REQUEST',
  'UNKNOWN_EXCEPTION',
] as const;

declare module '@platform/engine' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<(typeof API_ERROR_CODES)[number], true> {}
}

/** Any code an answer may carry: the API's own and every module's (see ErrorCodeRegistry). */
export type ApiErrorCode = ErrorCode;

/** One entry of the Salesforce REST error shape; responses carry a list of them. */
export interface ApiError {
  errorCode: ApiErrorCode;
  message: string;
  fields: string[];
}

/** The error code Salesforce uses for a plain HTTP status, when nothing more precise is known. */
export function errorCodeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'MALFORMED_REQUEST';
    case 401:
      return 'INVALID_SESSION_ID';
    case 403:
      return 'INSUFFICIENT_ACCESS';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'REQUEST_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return status >= 500 ? 'UNKNOWN_EXCEPTION' : 'BAD_REQUEST';
  }
}
