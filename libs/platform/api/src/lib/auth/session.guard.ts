import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EngineError, type RequestContext } from '@platform/engine';
// The API's own error codes (INVALID_SESSION_ID, ...) join ErrorCodeRegistry there.
import '../errors/api-error';
import type { Request } from 'express';
import { AuthService, type Session } from './auth.service';

export const SESSION_COOKIE = 'lumary_sid';
const PUBLIC = Symbol('public');
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Marks a route that needs no session (sign-in, health). */
export const Public = () => SetMetadata(PUBLIC, true);

const BEFORE_PASSWORD_CHANGE = Symbol('before-password-change');
/** Marks a route a session started with a temporary password may use (who am I, sign out, change it). */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

type SessionRequest = Request & { session?: Session };

/**
 * Every API route runs as a signed-in user of one tenant. A session comes from the HttpOnly
 * cookie (the web shell) or an `Authorization: Bearer` token (API clients). Cookie sessions must
 * send their CSRF token on every mutating request; bearer tokens cannot be sent by a browser on
 * its own, so they need none.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = await this.auth.session(bearer ?? cookie ?? '');
    if (!session) {
      throw new EngineError('unauthenticated', [
        { errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid: sign in again.', fields: [] },
      ]);
    }
    if (!bearer && MUTATING.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new EngineError('forbidden', [
        { errorCode: 'INVALID_CSRF_TOKEN', message: 'Missing or wrong X-CSRF-Token header for this session.', fields: [] },
      ]);
    }
    if (
      session.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, [context.getHandler(), context.getClass()])
    ) {
      throw new EngineError('forbidden', [
        {
          errorCode: 'PASSWORD_CHANGE_REQUIRED',
          message: 'Change your temporary password first (POST /api/auth/password).',
          fields: [],
        },
      ]);
    }
    request.session = session;
    return true;
  }
}

/** The caller's request context, set by the SessionGuard. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  return context.switchToHttp().getRequest<SessionRequest>().session!.ctx;
});

export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): Session => {
  return context.switchToHttp().getRequest<SessionRequest>().session!;
});

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      const value = decodeURIComponent(rest.join('='));
      return value.includes('\u0000') ? undefined : value;
    } catch {
      // A malformed cookie (`%E0%A4%A`, or a NUL in it) is no session: answered 401, not 500.
      return undefined;
    }
  }
  return undefined;
}
