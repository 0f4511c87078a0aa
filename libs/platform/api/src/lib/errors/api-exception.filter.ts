import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { EngineError, type EngineErrorKind } from '@platform/engine';
import { errorCodeForStatus, type ApiError, type ApiErrorCode } from './api-error';

const STATUS: Record<EngineErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  stale: 412,
  throttled: 429,
};

/** body-parser's (and the input layer's) error types, each with its status and Salesforce code. */
const PARSER_ERRORS: Record<string, [number, ApiErrorCode, string]> = {
  'entity.too.large': [413, 'REQUEST_TOO_LARGE', 'The request body is too large.'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported charset: send UTF-8.'],
  'encoding.unsupported': [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'The request body has an unsupported Content-Encoding: send it as it is, gzip or deflate.',
  ],
  'content-type.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Type: send the body as application/json.'],
  'entity.parse.failed': [400, 'JSON_PARSER_ERROR', 'The request body is not valid JSON.'],
  'entity.verify.failed': [400, 'JSON_PARSER_ERROR', 'The request body could not be read.'],
  'request.aborted': [400, 'MALFORMED_REQUEST', 'The request was aborted before its body arrived.'],
  'request.size.invalid': [400, 'MALFORMED_REQUEST', 'The request body does not match its Content-Length.'],
  'parameters.too.many': [413, 'REQUEST_TOO_LARGE', 'The form has too many parameters.'],
};

const logger = new Logger('ApiExceptionFilter');

/**
 * An error as the API answers it: every failure leaves as a list of `{ errorCode, message, fields }`,
 * the Salesforce REST shape. Request parsing failures (body-parser's) get their 4xx; unexpected
 * errors are logged with their stack and answered 500 without internals. Used by the filter and
 * by the input layer's Express error handler (errors raised before Nest routes a request).
 */
export function toApiErrors(exception: unknown): [number, ApiError[]] {
  if (exception instanceof EngineError) return [STATUS[exception.kind], exception.errors];
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
    return [status, [{ errorCode: errorCodeForStatus(status), message, fields: [] }]];
  }
  const parser = parserError(exception);
  if (parser) return parser;
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return [500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred; it has been logged.', fields: [] }]];
}

/** body-parser's errors carry a `type` and a 4xx `status`; URL decoding errors a 400 `status`. */
function parserError(exception: unknown): [number, ApiError[]] | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { type, status } = exception as Error & { type?: unknown; status?: unknown };
  const known = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
  if (known) {
    const [code, errorCode, message] = known;
    return [code, [{ errorCode, message: type === 'content-type.unsupported' ? exception.message : message, fields: [] }]];
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return [status, [{ errorCode: errorCodeForStatus(status), message: 'The request could not be read.', fields: [] }]];
  }
  return undefined;
}

/** The one place errors become responses (see toApiErrors). */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, errors] = toApiErrors(exception);
    response.status(status).json(errors);
  }
}
