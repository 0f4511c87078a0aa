import { Inject, Injectable } from '@nestjs/common';
import { EngineError, inTenant, RecordEngine, type RequestContext } from '@platform/engine';
import { duplicateUsername, type LoginHistoryEntry } from '@platform/security';
import type { Database } from '@platform/storage';
import { TenantService } from '@platform/tenancy';
import { AuthService } from '../auth/auth.service';
import { DATABASE, ENGINE } from '../platform.tokens';
import type { CreateUserRequest, UpdateUserRequest, UserDetail } from './users.dto';

/** The User fields as Setup's requests name them, so an error names the field the admin sent. */
const REQUEST_FIELDS: Record<string, string> = {
  Username: 'username',
  FirstName: 'firstName',
  LastName: 'lastName',
  Email: 'email',
  Profile: 'profile',
  IsActive: 'active',
  UserRoleId: 'roleId',
  password: 'temporaryPassword',
};

/** Re-throws an engine error with its fields named as in the request. */
function inRequestTerms(error: unknown): never {
  if (error instanceof EngineError) {
    throw new EngineError(
      error.kind,
      error.errors.map((e) => ({ ...e, fields: e.fields.map((f) => REQUEST_FIELDS[f] ?? f) })),
    );
  }
  throw error;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const requireId = (id: string) => {
  if (!UUID.test(id)) throw EngineError.notFound(`No user with the id ${id}.`);
};

/**
 * Setup → Users: a tenant admin creates, edits, deactivates and reactivates users, resets their
 * passwords and reads their login history. The controller lets only admins in (@AdminOnly);
 * every read and write runs in the admin's tenant transaction, so another tenant's user is a 404.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly auth: AuthService,
    private readonly tenants: TenantService,
    @Inject(ENGINE) private readonly engine: RecordEngine,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  async create(ctx: RequestContext, body: CreateUserRequest, linkBase: string): Promise<UserDetail> {
    const permissionSets = await this.knownPermissionSets(ctx.tenantId, body.permissionSets ?? []);
    const id = await this.auth
      .createUser(
        ctx.tenantId,
        {
          username: body.username,
          firstName: body.firstName ?? null,
          lastName: body.lastName.trim(),
          email: body.email,
          profile: body.profile,
          roleId: body.roleId ?? null,
          password: body.temporaryPassword,
          mustChangePassword: body.temporaryPassword !== undefined,
          permissionSets,
        },
        { linkBase },
      )
      .catch(inRequestTerms);
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<UserDetail> {
    requireId(id);
    const { user, role } = await inTenant(this.database.dataSource, ctx, async (m) => {
      const writes = this.engine.within(m, ctx);
      const user = await writes.get('User', id);
      const roleId = user?.['UserRoleId'];
      return { user, role: typeof roleId === 'string' ? await writes.get('UserRole', roleId) : undefined };
    });
    if (!user) throw EngineError.notFound(`No user with the id ${id}.`);
    const firstName = (user['FirstName'] as string | null) ?? null;
    const lastName = String(user['LastName'] ?? '');
    return {
      id,
      firstName,
      lastName,
      name: [firstName, lastName].filter(Boolean).join(' '),
      email: String(user['Email'] ?? ''),
      username: String(user['Username']),
      profile: String(user['Profile']),
      roleId: role ? String(user['UserRoleId']) : null,
      roleName: role ? String(role['Name']) : null,
      active: user['IsActive'] !== false,
      permissionSets: await this.tenants.assignments(ctx.tenantId, id),
    };
  }

  /** Changes what was sent; a username moves with its credential, in the same transaction. */
  async update(ctx: RequestContext, id: string, body: UpdateUserRequest): Promise<UserDetail> {
    requireId(id);
    const values: Record<string, unknown> = {};
    if (body.firstName !== undefined) values['FirstName'] = body.firstName || null;
    if (body.lastName !== undefined) values['LastName'] = body.lastName.trim();
    if (body.email !== undefined) values['Email'] = body.email;
    if (body.profile !== undefined) values['Profile'] = body.profile;
    if (body.active !== undefined) values['IsActive'] = body.active;
    if (body.roleId !== undefined) values['UserRoleId'] = body.roleId;
    if (body.username !== undefined) values['Username'] = body.username.trim().toLowerCase();
    if (id === ctx.userId && (body.active === false || (body.profile && body.profile !== 'System Administrator'))) {
      throw EngineError.invalid(
        'INVALID_OPERATION',
        'You cannot deactivate yourself or take away your own System Administrator profile: ask another admin.',
        [body.active === false ? 'active' : 'profile'],
      );
    }
    const username = values['Username'] as string | undefined;
    await inTenant(this.database.dataSource, ctx, async (m) => {
      const writes = this.engine.within(m, ctx);
      const current = await writes.get('User', id);
      if (!current) throw EngineError.notFound(`No user with the id ${id}.`);
      if (username !== undefined && username !== current['Username']) await this.auth.renameIn(m, ctx.tenantId, id, username);
      // A trusted write: the User triggers end every session of a deactivated user in this transaction.
      if (Object.keys(values).length) await writes.update('User', id, values);
    }).catch((error: unknown) => inRequestTerms(username ? duplicateUsername(error, username) : error));
    return this.get(ctx, id);
  }

  async resetPassword(ctx: RequestContext, id: string, linkBase: string): Promise<void> {
    requireId(id);
    await this.auth.resetPassword(ctx.tenantId, id, { linkBase });
  }

  async loginHistory(ctx: RequestContext, id: string): Promise<LoginHistoryEntry[]> {
    await this.get(ctx, id);
    return this.auth.loginHistory(ctx.tenantId, id);
  }

  /** The permission sets' API names as the tenant spells them; an unknown one is a 400 naming the field. */
  private async knownPermissionSets(tenantId: string, names: string[]): Promise<string[]> {
    if (!names.length) return [];
    const sets = await this.tenants.permissionSets(tenantId);
    return names.map((name) => {
      const known = sets.find((ps) => ps.apiName.toLowerCase() === name.toLowerCase());
      if (!known) throw EngineError.invalid('INVALID_FIELD', `No permission set called '${name}'.`, ['permissionSets']);
      return known.apiName;
    });
  }
}
