import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EngineError, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { ObjectPermission } from '@platform/metadata';
import type { Request } from 'express';
import { ENGINE } from '../platform.tokens';

const REQUIRES = Symbol('requires');
const ADMIN_ONLY = Symbol('admin-only');

/** One object permission a route needs, e.g. `['lumary__Invoice__c', 'create']`. */
export type Requirement = [object: string, need: keyof ObjectPermission];

/**
 * The licence and object permissions a package route needs, checked by the AccessGuard before
 * the route's body is read or validated: a caller without them gets 403 whatever the body says.
 * The service checks them again (and more) when it runs.
 */
export const Requires = (...requirements: Requirement[]) => SetMetadata(REQUIRES, requirements);

/**
 * A route (or every route of a controller) for the tenant's System Administrators only: anyone
 * else gets 403 INSUFFICIENT_ACCESS with `message`, from the AccessGuard, before the body is read
 * or validated. The service checks again when it runs.
 */
export const AdminOnly = (message: string) => SetMetadata(ADMIN_ONLY, message);

/** Runs after the SessionGuard (which sets the session) and before the handler and the InputInterceptor. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ENGINE) private readonly engine: RecordEngine,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const session = context
      .switchToHttp()
      .getRequest<Request & { session?: { ctx: RequestContext; access: { isAdmin: boolean } } }>().session;
    const adminOnly = this.reflector.getAllAndOverride<string | undefined>(ADMIN_ONLY, targets);
    if (adminOnly && session && !session.access.isAdmin) {
      throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: adminOnly, fields: [] }]);
    }
    const requirements = this.reflector.getAllAndMerge<Requirement[]>(REQUIRES, targets);
    if (!requirements?.length) return true;
    const ctx = session?.ctx;
    if (!ctx) return true;
    // Licence, then permission: requireObject answers 403 INSUFFICIENT_ACCESS saying which.
    for (const [object, need] of requirements) requireObject(ctx, this.engine.object(object), need);
    return true;
  }
}
