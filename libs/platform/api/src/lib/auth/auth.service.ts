import { Inject, Injectable } from '@nestjs/common';
import { RecordEngine, requestContext, type RequestContext } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { AccessPolicy, AuthStore, loadGrants, type NewUser } from '@platform/security';
import type { Database } from '@platform/storage';
import { TenantMetadata } from '@platform/tenancy';
import { DATABASE, ENGINE, REGISTRY, TENANT_METADATA } from '../platform.tokens';

export type { NewUser } from '@platform/security';

export interface Session {
  token: string;
  csrfToken: string;
  ctx: RequestContext;
  access: AccessPolicy;
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
  ) {
    this.store = new AuthStore(database.dataSource, engine);
  }

  createUser(tenantId: string, user: NewUser): Promise<string> {
    return this.store.createUser(tenantId, user);
  }

  async login(username: unknown, password: unknown): Promise<Session> {
    const info = await this.store.login(username, password);
    return (await this.session(info.token))!;
  }

  logout(token: string): Promise<void> {
    return this.store.logout(token);
  }

  /** The session of a token with the user's access as of now (permission changes apply at once). */
  async session(token: string): Promise<Session | undefined> {
    const info = await this.store.resolve(token);
    if (!info) return undefined;
    const access = new AccessPolicy(this.registry, await loadGrants(this.database.dataSource, this.registry, info.tenantId, info.userId));
    // The tenant's metadata with its customisations, looked up once for the whole request.
    const ctx = {
      ...requestContext(info.tenantId, info.userId, info.timeZone, access),
      registry: await this.tenantMetadata.registryAt(info.tenantId, info.metadataVersion),
    };
    return { token, csrfToken: info.csrfToken, access, ctx };
  }
}
