import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { EngineError } from '@platform/engine';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/**
 * The operator API is for the platform's operators, not for tenants' users: it takes the bearer
 * token in LUMARY_OPERATOR_TOKEN, and is closed when that is not set.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const expected = process.env['LUMARY_OPERATOR_TOKEN'];
    const request = context.switchToHttp().getRequest<Request>();
    const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!expected) {
      throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'The operator API is disabled: set LUMARY_OPERATOR_TOKEN to enable it.', fields: [] }]);
    }
    const digest = (s: string) => createHash('sha256').update(s).digest();
    if (!given || !timingSafeEqual(digest(given), digest(expected))) {
      throw new EngineError('unauthenticated', [{ errorCode: 'INVALID_SESSION_ID', message: 'The operator API needs the operator token as a bearer token.', fields: [] }]);
    }
    return true;
  }
}
