import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { EngineError } from '@platform/engine';
// The API's own error codes (INVALID_SESSION_ID, ...) join ErrorCodeRegistry there.
import '../errors/api-error';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../platform.tokens';

/**
 * Wrong guesses per client address: the first FREE are only refused; after them each wrong guess
 * locks the address out for twice as long as the last (2 s, 4 s, 8 s ... at most MAX_LOCK_MS),
 * and while it is locked every request of that address gets 429, the right token included. A
 * right token clears the count. Kept in the process: a restart forgets it, which costs an
 * attacker a restart per few guesses.
 */
export class FailureThrottle {
  static readonly FREE = 5;
  static readonly MAX_LOCK_MS = 15 * 60_000;
  /** Addresses remembered at most; the oldest are forgotten first (bounded memory). */
  private static readonly MAX_CLIENTS = 10_000;
  private readonly clients = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the client must still wait, or 0. */
  wait(client: string): number {
    const entry = this.clients.get(client);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  failed(client: string): void {
    const entry = this.clients.get(client) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    const over = entry.failures - FailureThrottle.FREE;
    if (over > 0) entry.lockedUntil = this.now() + Math.min(1000 * 2 ** Math.min(over, 30), FailureThrottle.MAX_LOCK_MS);
    this.clients.delete(client); // re-inserted last: the Map keeps insertion order
    this.clients.set(client, entry);
    if (this.clients.size > FailureThrottle.MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
  }

  succeeded(client: string): void {
    this.clients.delete(client);
  }
}

const throttle = new FailureThrottle();
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The operator API is for the platform's operators, not for tenants' users: it takes the bearer
 * token in LUMARY_OPERATOR_TOKEN (AppConfig's operatorToken), and is closed when that is not set. The token is compared in
 * constant time (equal-length digests), and wrong guesses are throttled per client address
 * (FailureThrottle; the address is the proxy's forwarded one only when TRUST_PROXY says so).
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'operatorToken'>) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.operatorToken;
    const request = context.switchToHttp().getRequest<Request>();
    const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!expected) {
      throw new EngineError('forbidden', [
        { errorCode: 'INSUFFICIENT_ACCESS', message: 'The operator API is disabled: set LUMARY_OPERATOR_TOKEN to enable it.', fields: [] },
      ]);
    }
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const wait = throttle.wait(client);
    if (wait > 0) {
      throw new EngineError('throttled', [
        {
          errorCode: 'LOGIN_RATE_EXCEEDED',
          message: `Too many wrong operator tokens; try again in ${Math.ceil(wait / 1000)} seconds.`,
          fields: [],
        },
      ]);
    }
    if (!given || !timingSafeEqual(digest(given), digest(expected))) {
      if (given) throttle.failed(client);
      throw new EngineError('unauthenticated', [
        { errorCode: 'INVALID_SESSION_ID', message: 'The operator API needs the operator token as a bearer token.', fields: [] },
      ]);
    }
    throttle.succeeded(client);
    return true;
  }
}
