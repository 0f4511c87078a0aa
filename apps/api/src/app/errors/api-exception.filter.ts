import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { EngineError, type EngineErrorKind } from '@platform/engine';
import { errorCodeForStatus, type ApiError } from './api-error';

const STATUS: Record<EngineErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  stale: 412,
  throttled: 429,
};

/**
 * The one place errors become responses: every failure leaves the API as a list of
 * `{ errorCode, message, fields }`, the Salesforce REST shape. Unexpected errors are logged with
 * their stack and answered without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, errors] = this.toErrors(exception);
    response.status(status).json(errors);
  }

  private toErrors(exception: unknown): [number, ApiError[]] {
    if (exception instanceof EngineError) return [STATUS[exception.kind], exception.errors];
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
      return [status, [{ errorCode: errorCodeForStatus(status), message, fields: [] }]];
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return [500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred; it has been logged.', fields: [] }]];
  }
}
