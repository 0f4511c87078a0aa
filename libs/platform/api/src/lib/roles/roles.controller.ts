import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { USERS_TAG } from '../openapi/tags';
import { CreateRoleRequest, RoleDetail, RoleHierarchy, UpdateRoleRequest } from './roles.dto';
import { RolesService } from './roles.service';

const NOT_ADMIN = 'Only a System Administrator may manage roles.';

/** Setup → Roles: the role hierarchy (a manager sees and edits what users in the roles below own). */
@ApiTags(USERS_TAG.name)
@AdminOnly(NOT_ADMIN)
@Controller('setup/roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOperation({
    summary: "The tenant's roles",
    description: 'Parents before their children, siblings by label, each with how many users hold it.',
  })
  @ApiOkResponse({ type: RoleHierarchy })
  async list(@CurrentSession() session: Session): Promise<RoleHierarchy> {
    return { roles: await this.roles.list(session.ctx) };
  }

  @Post()
  @ApiOperation({
    summary: 'Create a role',
    description: 'Under `parentRoleId`, or at the top. The role name is made from the label when left out.',
  })
  @ApiCreatedResponse({ type: RoleDetail })
  create(@CurrentSession() session: Session, @Body() body: CreateRoleRequest): Promise<RoleDetail> {
    return this.roles.create(session.ctx, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A role' })
  @ApiOkResponse({ type: RoleDetail })
  get(@CurrentSession() session: Session, @Param('id') id: string): Promise<RoleDetail> {
    return this.roles.get(session.ctx, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename or move a role',
    description: 'Only the fields sent change. A role cannot report to itself or to a role below it (400 naming parentRoleId).',
  })
  @ApiOkResponse({ type: RoleDetail })
  update(@CurrentSession() session: Session, @Param('id') id: string, @Body() body: UpdateRoleRequest): Promise<RoleDetail> {
    return this.roles.update(session.ctx, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a role',
    description: 'Refused (400 DELETE_FAILED, saying why) while users hold it or roles report to it.',
  })
  async remove(@CurrentSession() session: Session, @Param('id') id: string): Promise<void> {
    await this.roles.remove(session.ctx, id);
  }
}
