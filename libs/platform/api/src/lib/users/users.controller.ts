import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobQueue } from '@platform/jobs';
import type { Request } from 'express';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { USERS_TAG } from '../openapi/tags';
import { JOBS } from '../platform.tokens';
import { PLATFORM_EMAIL_JOB } from './platform-email.job';
import { CreateUserRequest, LoginHistory, UpdateUserRequest, UserDetail } from './users.dto';
import { UsersService } from './users.service';

const NOT_ADMIN = 'Only a System Administrator may manage users.';

/** Where set-password links point: the web app's page, at the address the admin reached the API on. */
export function setPasswordLinkBase(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/set-password`;
}

/** Setup → Users (the list is GET /api/setup/users, with the permission sets). */
@ApiTags(USERS_TAG.name)
@AdminOnly(NOT_ADMIN)
@Controller('setup/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    @Inject(JOBS) private readonly jobs: JobQueue,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a user',
    description:
      'With a temporary password (changed at the first sign-in), or, without one, a one-time set-password link emailed through the outbox. ' +
      'Usernames are unique across the platform.',
  })
  @ApiCreatedResponse({ type: UserDetail })
  async create(@CurrentSession() session: Session, @Body() body: CreateUserRequest, @Req() req: Request): Promise<UserDetail> {
    const user = await this.users.create(session.ctx, body, setPasswordLinkBase(req));
    if (body.temporaryPassword === undefined) await this.jobs.send(PLATFORM_EMAIL_JOB, {});
    return user;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A user, with their permission sets' })
  @ApiOkResponse({ type: UserDetail })
  get(@CurrentSession() session: Session, @Param('id') id: string): Promise<UserDetail> {
    return this.users.get(session.ctx, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit, deactivate or reactivate a user',
    description: 'Only the fields sent change. `active: false` ends every session of the user at once and refuses their sign-in.',
  })
  @ApiOkResponse({ type: UserDetail })
  update(@CurrentSession() session: Session, @Param('id') id: string, @Body() body: UpdateUserRequest): Promise<UserDetail> {
    return this.users.update(session.ctx, id, body);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @ApiOperation({
    summary: "Reset a user's password",
    description:
      'The old password stops working and their sessions end; a new one-time set-password link is emailed (earlier links stop working).',
  })
  async resetPassword(@CurrentSession() session: Session, @Param('id') id: string, @Req() req: Request): Promise<void> {
    await this.users.resetPassword(session.ctx, id, setPasswordLinkBase(req));
    await this.jobs.send(PLATFORM_EMAIL_JOB, {});
  }

  @Get(':id/login-history')
  @ApiOperation({ summary: "A user's sign-ins", description: 'Time, result and client address; the latest 100, latest first.' })
  @ApiOkResponse({ type: LoginHistory })
  async loginHistory(@CurrentSession() session: Session, @Param('id') id: string): Promise<LoginHistory> {
    return { entries: await this.users.loginHistory(session.ctx, id) };
  }
}
