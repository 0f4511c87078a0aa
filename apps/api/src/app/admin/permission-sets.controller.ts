import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { EngineError } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { TenantService, type TenantPermissionSetInput } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { DATABASE, REGISTRY } from '../platform.tokens';

/** A tenant admin's permission sets and their assignment to the tenant's users. */
@Controller()
export class PermissionSetsController {
  private readonly tenants: TenantService;

  constructor(@Inject(DATABASE) database: Database, @Inject(REGISTRY) registry: Registry) {
    this.tenants = new TenantService(database.dataSource, registry);
  }

  @Get('permission-sets')
  list(@CurrentSession() session: Session) {
    return this.tenants.permissionSets(session.ctx.tenantId);
  }

  @Post('permission-sets')
  create(@CurrentSession() session: Session, @Body() body: TenantPermissionSetInput) {
    requireAdmin(session);
    return this.tenants.createPermissionSet(session.ctx.tenantId, body);
  }

  @Get('users/:id/permission-sets')
  async assignments(@CurrentSession() session: Session, @Param('id') userId: string) {
    if (userId !== session.ctx.userId) requireAdmin(session);
    return { permissionSets: await this.tenants.assignments(session.ctx.tenantId, userId) };
  }

  @Post('users/:id/permission-sets')
  @HttpCode(204)
  async assign(@CurrentSession() session: Session, @Param('id') userId: string, @Body() body: { permissionSet?: string }) {
    requireAdmin(session);
    await this.tenants.assign(session.ctx.tenantId, userId, body?.permissionSet ?? '');
  }

  @Delete('users/:id/permission-sets/:name')
  @HttpCode(204)
  async unassign(@CurrentSession() session: Session, @Param('id') userId: string, @Param('name') name: string) {
    requireAdmin(session);
    await this.tenants.unassign(session.ctx.tenantId, userId, name);
  }
}

function requireAdmin(session: Session): void {
  if (!session.access.isAdmin) {
    throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'Only a System Administrator may manage permission sets.', fields: [] }]);
  }
}
