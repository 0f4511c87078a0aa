import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Put } from '@nestjs/common';
import { EngineError } from '@platform/engine';
import type { Database } from '@platform/storage';
import { SetupService, TenantMetadata } from '@platform/tenancy';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { DATABASE, TENANT_METADATA } from '../platform.tokens';

/**
 * Setup's Object Manager, layouts and record pages: a tenant admin's customisation of the
 * installed packages, in effect on the next request (see SetupService).
 */
@Controller('setup')
export class SetupController {
  private readonly setup: SetupService;

  constructor(@Inject(DATABASE) database: Database, @Inject(TENANT_METADATA) metadata: TenantMetadata) {
    this.setup = new SetupService(database.dataSource, database.owner, metadata);
  }

  @Get('objects')
  objects(@CurrentSession() session: Session) {
    return this.setup.objects(admin(session));
  }

  @Get('field-types')
  fieldTypes(@CurrentSession() session: Session) {
    admin(session);
    return this.setup.fieldTypes();
  }

  @Get('objects/:object')
  object(@CurrentSession() session: Session, @Param('object') object: string) {
    return this.setup.object(admin(session), object);
  }

  @Post('objects/:object/fields')
  addField(@CurrentSession() session: Session, @Param('object') object: string, @Body() body: unknown) {
    return this.setup.addField(admin(session), object, body);
  }

  @Patch('objects/:object/fields/:field')
  changeField(@CurrentSession() session: Session, @Param('object') object: string, @Param('field') field: string, @Body() body: unknown) {
    return this.setup.changeField(admin(session), object, field, body);
  }

  @Delete('objects/:object/fields/:field')
  @HttpCode(204)
  async deleteField(@CurrentSession() session: Session, @Param('object') object: string, @Param('field') field: string) {
    await this.setup.deleteField(admin(session), object, field);
  }

  @Post('objects/:object/validation-rules')
  addRule(@CurrentSession() session: Session, @Param('object') object: string, @Body() body: unknown) {
    return this.setup.addRule(admin(session), object, body);
  }

  @Patch('objects/:object/validation-rules/:rule')
  changeRule(@CurrentSession() session: Session, @Param('object') object: string, @Param('rule') rule: string, @Body() body: unknown) {
    return this.setup.changeRule(admin(session), object, rule, body);
  }

  @Delete('objects/:object/validation-rules/:rule')
  @HttpCode(204)
  async deleteRule(@CurrentSession() session: Session, @Param('object') object: string, @Param('rule') rule: string) {
    await this.setup.deleteRule(admin(session), object, rule);
  }

  @Put('objects/:object/layouts/:layout')
  putLayout(@CurrentSession() session: Session, @Param('object') object: string, @Param('layout') layout: string, @Body() body: unknown) {
    return this.setup.putLayout(admin(session), object, layout, body);
  }

  @Delete('objects/:object/layouts/:layout')
  @HttpCode(204)
  async resetLayout(@CurrentSession() session: Session, @Param('object') object: string, @Param('layout') layout: string) {
    await this.setup.resetLayout(admin(session), object, layout);
  }

  @Put('objects/:object/record-pages/:page')
  putRecordPage(@CurrentSession() session: Session, @Param('object') object: string, @Param('page') page: string, @Body() body: unknown) {
    return this.setup.putRecordPage(admin(session), object, page, body);
  }

  @Delete('objects/:object/record-pages/:page')
  @HttpCode(204)
  async resetRecordPage(@CurrentSession() session: Session, @Param('object') object: string, @Param('page') page: string) {
    await this.setup.resetRecordPage(admin(session), object, page);
  }
}

/** Setup is a System Administrator's; the tenant it works on is the session's, never a parameter. */
function admin(session: Session): string {
  if (!session.access.isAdmin) {
    throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'Only a System Administrator may use Setup.', fields: [] }]);
  }
  return session.ctx.tenantId;
}
