import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { TenantMetadata, TenantService, type PermissionSetChanges, type TenantPermissionSetInput } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { DATABASE, REGISTRY, TENANT_METADATA } from '../platform.tokens';
import { PERMISSION_SETS_TAG } from '../openapi/tags';

/** What requireAdmin() below refuses (403) to anyone else. */
const ADMINS_ONLY = 'System Administrators only.';

/**
 * A tenant admin's permission sets, their assignment to the tenant's users, and what Setup shows
 * of both. Access is built per request, so a change applies to a user's next request.
 */
@ApiTags(PERMISSION_SETS_TAG.name)
@Controller()
export class PermissionSetsController {
  private readonly tenants: TenantService;

  constructor(@Inject(DATABASE) database: Database, @Inject(REGISTRY) registry: Registry, @Inject(TENANT_METADATA) metadata: TenantMetadata) {
    // Permission sets may grant the tenant's own custom fields (Setup), so they are checked against its metadata.
    this.tenants = new TenantService(database.dataSource, registry, (tenantId) => metadata.registryFor(tenantId));
  }

  @Get('permission-sets')
  @ApiOperation({ summary: 'List the permission sets', description: "Those of the installed packages (read-only) and the tenant's own." })
  list(@CurrentSession() session: Session) {
    return this.tenants.permissionSets(session.ctx.tenantId);
  }

  @Get('permission-sets/:name')
  @ApiOperation({ summary: 'A permission set, with what it grants' })
  one(@CurrentSession() session: Session, @Param('name') name: string) {
    return this.tenants.permissionSet(session.ctx.tenantId, name);
  }

  @Post('permission-sets')
  @ApiOperation({ summary: 'Create a permission set', description: ADMINS_ONLY })
  create(@CurrentSession() session: Session, @Body() body: TenantPermissionSetInput) {
    requireAdmin(session);
    return this.tenants.createPermissionSet(session.ctx.tenantId, body);
  }

  @Put('permission-sets/:name')
  @ApiOperation({ summary: 'Change what a permission set grants', description: `Replaces what it grants; only the tenant's own, a package's is read-only. ${ADMINS_ONLY}` })
  update(@CurrentSession() session: Session, @Param('name') name: string, @Body() body: PermissionSetChanges) {
    requireAdmin(session);
    return this.tenants.updatePermissionSet(session.ctx.tenantId, name, body);
  }

  @Delete('permission-sets/:name')
  @ApiOperation({ summary: 'Delete a permission set and its assignments', description: `Only the tenant's own; a package's cannot be deleted. ${ADMINS_ONLY}` })
  @HttpCode(204)
  async remove(@CurrentSession() session: Session, @Param('name') name: string) {
    requireAdmin(session);
    await this.tenants.deletePermissionSet(session.ctx.tenantId, name);
  }

  @Get('users/:id/permission-sets')
  @ApiOperation({ summary: "A user's permission sets", description: "Any user may read their own; another user's, System Administrators only." })
  async assignments(@CurrentSession() session: Session, @Param('id') userId: string) {
    if (userId !== session.ctx.userId) requireAdmin(session);
    return { permissionSets: await this.tenants.assignments(session.ctx.tenantId, userId) };
  }

  @Post('users/:id/permission-sets')
  @ApiOperation({ summary: 'Assign a permission set to a user', description: ADMINS_ONLY })
  @HttpCode(204)
  async assign(@CurrentSession() session: Session, @Param('id') userId: string, @Body() body: { permissionSet?: string }) {
    requireAdmin(session);
    await this.tenants.assign(session.ctx.tenantId, userId, body?.permissionSet ?? '');
  }

  @Delete('users/:id/permission-sets/:name')
  @ApiOperation({ summary: 'Unassign a permission set from a user', description: ADMINS_ONLY })
  @HttpCode(204)
  async unassign(@CurrentSession() session: Session, @Param('id') userId: string, @Param('name') name: string) {
    requireAdmin(session);
    await this.tenants.unassign(session.ctx.tenantId, userId, name);
  }

  /** Setup's list of users, each with the permission sets assigned. */
  @Get('setup/users')
  @ApiOperation({ summary: "List the tenant's users, each with their permission sets", description: ADMINS_ONLY })
  async users(@CurrentSession() session: Session) {
    requireAdmin(session);
    return { users: await this.tenants.users(session.ctx.tenantId) };
  }

  /** The custom permissions a permission set may grant (those of the installed packages). */
  @Get('setup/custom-permissions')
  @ApiOperation({ summary: 'List the custom permissions a permission set may grant', description: `Those of the installed packages. ${ADMINS_ONLY}` })
  async customPermissions(@CurrentSession() session: Session) {
    requireAdmin(session);
    return { customPermissions: await this.tenants.customPermissions(session.ctx.tenantId) };
  }
}

function requireAdmin(session: Session): void {
  if (!session.access.isAdmin) {
    throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'Only a System Administrator may manage permission sets and their assignments.', fields: [] }]);
  }
}
