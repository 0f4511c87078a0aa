import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import { TenantService, type TenantPermissionSetInput } from '@platform/tenancy';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { PERMISSION_SETS_TAG } from '../openapi/tags';
import {
  AssignPermissionSetRequest,
  AvailableCustomPermissions,
  FieldPermission,
  ObjectPermission,
  PermissionSetDetail,
  PermissionSetRequest,
  TenantUsers,
  UserPermissionSets,
} from './permission-sets.dto';

/** What @AdminOnly (and requireAdmin() below, again) refuses (403) to anyone else. */
const ADMINS_ONLY = 'System Administrators only.';
const NOT_ADMIN = 'Only a System Administrator may manage permission sets and their assignments.';

/**
 * A tenant admin's permission sets, their assignment to the tenant's users, and what Setup shows
 * of both. Access is built per request, so a change applies to a user's next request.
 */
@ApiTags(PERMISSION_SETS_TAG.name)
@ApiExtraModels(ObjectPermission, FieldPermission)
@Controller()
export class PermissionSetsController {
  /** Checks permission sets against the tenant's metadata: they may grant its own custom fields (Setup). */
  constructor(private readonly tenants: TenantService) {}

  @Get('permission-sets')
  @ApiOperation({ summary: 'List the permission sets', description: "Those of the installed packages (read-only) and the tenant's own." })
  @ApiOkResponse({ type: PermissionSetDetail, isArray: true })
  list(@CurrentSession() session: Session): Promise<PermissionSetDetail[]> {
    return this.tenants.permissionSets(session.ctx.tenantId);
  }

  @Get('permission-sets/:name')
  @ApiOperation({ summary: 'A permission set, with what it grants' })
  @ApiOkResponse({ type: PermissionSetDetail })
  one(@CurrentSession() session: Session, @Param('name') name: string): Promise<PermissionSetDetail> {
    return this.tenants.permissionSet(session.ctx.tenantId, name);
  }

  @Post('permission-sets')
  @ApiOperation({ summary: 'Create a permission set', description: ADMINS_ONLY })
  @AdminOnly(NOT_ADMIN)
  @ApiCreatedResponse({ type: PermissionSetDetail })
  create(@CurrentSession() session: Session, @Body() body: PermissionSetRequest): Promise<PermissionSetDetail> {
    requireAdmin(session);
    return this.tenants.createPermissionSet(session.ctx.tenantId, body as TenantPermissionSetInput);
  }

  @Put('permission-sets/:name')
  @ApiOperation({
    summary: 'Change what a permission set grants',
    description: `Replaces what it grants; only the tenant's own, a package's is read-only. ${ADMINS_ONLY}`,
  })
  @AdminOnly(NOT_ADMIN)
  @ApiOkResponse({ type: PermissionSetDetail })
  update(
    @CurrentSession() session: Session,
    @Param('name') name: string,
    @Body() body: PermissionSetRequest,
  ): Promise<PermissionSetDetail> {
    requireAdmin(session);
    // No description (null, as the editor sends a cleared one) is the same as none given.
    return this.tenants.updatePermissionSet(session.ctx.tenantId, name, { ...body, description: body.description ?? undefined });
  }

  @Delete('permission-sets/:name')
  @ApiOperation({
    summary: 'Delete a permission set and its assignments',
    description: `Only the tenant's own; a package's cannot be deleted. ${ADMINS_ONLY}`,
  })
  @HttpCode(204)
  @AdminOnly(NOT_ADMIN)
  async remove(@CurrentSession() session: Session, @Param('name') name: string) {
    requireAdmin(session);
    await this.tenants.deletePermissionSet(session.ctx.tenantId, name);
  }

  @Get('users/:id/permission-sets')
  @ApiOperation({
    summary: "A user's permission sets",
    description: "Any user may read their own; another user's, System Administrators only.",
  })
  @ApiOkResponse({ type: UserPermissionSets })
  async assignments(@CurrentSession() session: Session, @Param('id') userId: string): Promise<UserPermissionSets> {
    if (userId !== session.ctx.userId) requireAdmin(session);
    return { permissionSets: await this.tenants.assignments(session.ctx.tenantId, userId) };
  }

  @Post('users/:id/permission-sets')
  @ApiOperation({ summary: 'Assign a permission set to a user', description: ADMINS_ONLY })
  @HttpCode(204)
  @AdminOnly(NOT_ADMIN)
  async assign(@CurrentSession() session: Session, @Param('id') userId: string, @Body() body: AssignPermissionSetRequest) {
    requireAdmin(session);
    await this.tenants.assign(session.ctx.tenantId, userId, body.permissionSet);
  }

  @Delete('users/:id/permission-sets/:name')
  @ApiOperation({ summary: 'Unassign a permission set from a user', description: ADMINS_ONLY })
  @HttpCode(204)
  @AdminOnly(NOT_ADMIN)
  async unassign(@CurrentSession() session: Session, @Param('id') userId: string, @Param('name') name: string) {
    requireAdmin(session);
    await this.tenants.unassign(session.ctx.tenantId, userId, name);
  }

  /** Setup's list of users, each with the permission sets assigned. */
  @Get('setup/users')
  @ApiOperation({ summary: "List the tenant's users, each with their permission sets", description: ADMINS_ONLY })
  @AdminOnly(NOT_ADMIN)
  @ApiOkResponse({ type: TenantUsers })
  async users(@CurrentSession() session: Session): Promise<TenantUsers> {
    requireAdmin(session);
    return { users: await this.tenants.users(session.ctx.tenantId) };
  }

  /** The custom permissions a permission set may grant (those of the installed packages). */
  @Get('setup/custom-permissions')
  @ApiOperation({
    summary: 'List the custom permissions a permission set may grant',
    description: `Those of the installed packages. ${ADMINS_ONLY}`,
  })
  @AdminOnly(NOT_ADMIN)
  @ApiOkResponse({ type: AvailableCustomPermissions })
  async customPermissions(@CurrentSession() session: Session): Promise<AvailableCustomPermissions> {
    requireAdmin(session);
    return { customPermissions: await this.tenants.customPermissions(session.ctx.tenantId) };
  }
}

function requireAdmin(session: Session): void {
  if (!session.access.isAdmin) {
    throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ADMIN, fields: [] }]);
  }
}
