/** One entry of the Salesforce REST error shape; responses carry a list of them. */
export interface ApiError {
  errorCode: string;
  message: string;
  fields: string[];
}

/** The error code Salesforce uses for a plain HTTP status, when nothing more precise is known. */
export function errorCodeForStatus(status: number): string {
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
