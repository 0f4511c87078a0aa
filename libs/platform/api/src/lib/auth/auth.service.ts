import { Inject, Injectable } from '@nestjs/common';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { AccessPolicy, AuthStore, loadGrants, type LinkOptions, type LoginHistoryEntry, type NewUser } from '@platform/security';
import type { EntityManager } from 'typeorm';
import type { Database, PlatformRepositories } from '@platform/storage';
import { TenantMetadata } from '@platform/tenancy';
import { DATABASE, ENGINE, PLATFORM_REPOSITORIES, REGISTRY, TENANT_METADATA } from '../platform.tokens';

export type { NewUser } from '@platform/security';

export interface Session {
  token: string;
  csrfToken: string;
  ctx: RequestContext;
  access: AccessPolicy;
  /** Started with a temporary password: only changing it (and signing out) is allowed. */
  mustChangePassword: boolean;
}

/** Sign-in for the API: the security library's store, and each session's access policy. */
@Injectable()
export class AuthService {
  private readonly store: AuthStore;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(ENGINE) engine: RecordEngine,
    @Inject(REGISTRY) private readonly registry: Registry,
    @Inject(TENANT_METADATA) private readonly tenantMetadata: TenantMetadata,
    @Inject(PLATFORM_REPOSITORIES) private readonly repositories: PlatformRepositories,
  ) {
    this.store = new AuthStore(database.dataSource, engine, repositories.assignments);
  }

  createUser(tenantId: string, user: NewUser, options?: LinkOptions): Promise<string> {
    return this.store.createUser(tenantId, user, options);
  }

  /** See AuthStore.createUserIn: in the caller's tenant transaction. */
  createUserIn(manager: EntityManager, tenantId: string, user: NewUser, options?: LinkOptions): Promise<string> {
    return this.store.createUserIn(manager, tenantId, user, options);
  }

  renameIn(manager: EntityManager, tenantId: string, userId: string, username: string): Promise<void> {
    return this.store.renameIn(manager, tenantId, userId, username);
  }

  resetPassword(tenantId: string, userId: string, options: LinkOptions): Promise<void> {
    return this.store.resetPassword(tenantId, userId, options);
  }

  setPasswordWithLink(token: unknown, password: unknown): Promise<{ username: string }> {
    return this.store.setPasswordWithLink(token, password);
  }

  changePassword(session: Session, current: unknown, next: unknown): Promise<void> {
    // A session is always a user's (the SessionGuard sets userId from the session row).
    const userId = session.ctx.userId ?? '';
    return this.store.changePassword({ token: session.token, tenantId: session.ctx.tenantId, userId }, current, next);
  }

  loginHistory(tenantId: string, userId: string): Promise<LoginHistoryEntry[]> {
    return this.store.loginHistory(tenantId, userId);
  }

  async login(username: unknown, password: unknown, clientAddress: string | null = null): Promise<Session> {
    const info = await this.store.login(username, password, clientAddress);
    return (await this.session(info.token))!;
  }

  logout(token: string): Promise<void> {
    return this.store.logout(token);
  }

  /** The session of a token with the user's access as of now (permission changes apply at once). */
  async session(token: string): Promise<Session | undefined> {
    const info = await this.store.resolve(token);
    if (!info) return undefined;
    const access = new AccessPolicy(
      this.registry,
      await loadGrants(this.database.dataSource, this.repositories, this.registry, info.tenantId, info.userId),
    );
    // The tenant's metadata with its customisations, looked up once for the whole request.
    const ctx = {
      ...requestContext(info.tenantId, info.userId, info.timeZone, access),
      registry: await this.tenantMetadata.registryAt(info.tenantId, info.metadataVersion),
    };
    return { token, csrfToken: info.csrfToken, access, ctx, mustChangePassword: info.mustChangePassword };
  }
}
