import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError, saveSharingDefaults, sharingDefaultsOf } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { SETUP_TAG } from '../openapi/tags';
import { DATABASE, REGISTRY } from '../platform.tokens';
import { SharingSettings, SharingSettingsRequest } from './sharing.dto';

const NOT_ADMIN = 'Only a System Administrator may change sharing settings.';

/**
 * Setup's Sharing Settings: each object's organisation-wide default (Private, Public Read Only,
 * Public Read/Write; a master-detail child is Controlled by Parent). Row-level security applies
 * them to every read and write from the user's next request.
 */
@ApiTags(SETUP_TAG.name)
@Controller('setup/sharing')
@AdminOnly(NOT_ADMIN)
export class SharingController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REGISTRY) private readonly registry: Registry,
  ) {}

  @Get()
  @ApiOperation({ summary: "The objects' organisation-wide defaults", description: 'System Administrators only.' })
  @ApiOkResponse({ type: SharingSettings })
  async get(@CurrentSession() session: Session): Promise<SharingSettings> {
    requireAdmin(session);
    return { objects: await sharingDefaultsOf(this.database.dataSource, this.registry, session.ctx.tenantId) };
  }

  @Put()
  @ApiOperation({
    summary: "Set objects' organisation-wide defaults",
    description:
      'Objects left out keep theirs; every bad one is named (`objects.<Object>`) and nothing changes. System Administrators only.',
  })
  @ApiOkResponse({ type: SharingSettings })
  async put(@CurrentSession() session: Session, @Body() body: SharingSettingsRequest): Promise<SharingSettings> {
    requireAdmin(session);
    return { objects: await saveSharingDefaults(this.database.dataSource, this.registry, session.ctx.tenantId, body.objects) };
  }
}

function requireAdmin(session: Session): void {
  if (!session.access.isAdmin) throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ADMIN, fields: [] }]);
}
