import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import { SetupService, type SetupTenant } from '@platform/tenancy';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { SETUP_TAG } from '../openapi/tags';
import {
  FieldChangeRequest,
  FieldRequest,
  FieldTypeOption,
  LayoutAssignmentsRequest,
  LayoutRequest,
  PackagePageComponent,
  PicklistValueInput,
  RecordPageRequest,
  SetupField,
  SetupLayout,
  SetupLayoutAssignment,
  SetupObject,
  SetupObjectSummary,
  SetupRecordPage,
  SetupValidationRule,
  StandardPageComponent,
  ValidationRuleChangeRequest,
  ValidationRuleRequest,
} from './setup.dto';

/** Every Setup route refuses (403) a user who is not a System Administrator: @AdminOnly, and admin() below again. */
const ADMINS_ONLY = 'System Administrators only.';
const NOT_ADMIN = 'Only a System Administrator may use Setup.';

/**
 * Setup's Object Manager, layouts and record pages: a tenant admin's customisation of the
 * installed packages, in effect on the next request (see SetupService).
 */
@ApiTags(SETUP_TAG.name)
@ApiExtraModels(PicklistValueInput, StandardPageComponent, PackagePageComponent)
@AdminOnly(NOT_ADMIN)
@Controller('setup')
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  @Get('objects')
  @ApiOperation({ summary: 'List the objects, with their field counts', description: ADMINS_ONLY })
  @ApiOkResponse({ type: SetupObjectSummary, isArray: true })
  objects(@CurrentSession() session: Session) {
    return this.setup.objects(admin(session));
  }

  @Get('field-types')
  @ApiOperation({
    summary: 'List the types a custom field may have',
    description: `With the settings each needs (length, precision and scale, picklist values...). ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: FieldTypeOption, isArray: true })
  fieldTypes(@CurrentSession() session: Session) {
    admin(session);
    return this.setup.fieldTypes();
  }

  @Get('objects/:object')
  @ApiOperation({ summary: "An object's fields, validation rules, record types, layouts and record pages", description: ADMINS_ONLY })
  @ApiOkResponse({ type: SetupObject })
  object(@CurrentSession() session: Session, @Param('object') object: string) {
    return this.setup.object(admin(session), object);
  }

  @Post('objects/:object/fields')
  @ApiOperation({ summary: 'Add a custom field to an object', description: ADMINS_ONLY })
  @ApiCreatedResponse({ type: SetupField })
  addField(@CurrentSession() session: Session, @Param('object') object: string, @Body() body: FieldRequest) {
    return this.setup.addField(admin(session), object, body);
  }

  @Patch('objects/:object/fields/:field')
  @ApiOperation({
    summary: 'Change a field',
    description: `All of a custom field; of a package's field, its label, help text and description, and new picklist values. ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: SetupField })
  changeField(
    @CurrentSession() session: Session,
    @Param('object') object: string,
    @Param('field') field: string,
    @Body() body: FieldChangeRequest,
  ) {
    return this.setup.changeField(admin(session), object, field, body);
  }

  @Delete('objects/:object/fields/:field')
  @ApiOperation({ summary: 'Delete a custom field', description: `A package's fields cannot be deleted. ${ADMINS_ONLY}` })
  @HttpCode(204)
  async deleteField(@CurrentSession() session: Session, @Param('object') object: string, @Param('field') field: string) {
    await this.setup.deleteField(admin(session), object, field);
  }

  @Post('objects/:object/validation-rules')
  @ApiOperation({ summary: 'Add a validation rule to an object', description: ADMINS_ONLY })
  @ApiCreatedResponse({ type: SetupValidationRule })
  addRule(@CurrentSession() session: Session, @Param('object') object: string, @Body() body: ValidationRuleRequest) {
    return this.setup.addRule(admin(session), object, body);
  }

  @Patch('objects/:object/validation-rules/:rule')
  @ApiOperation({
    summary: 'Change a validation rule',
    description: `Only the tenant's own rules; a package's cannot be changed. ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: SetupValidationRule })
  changeRule(
    @CurrentSession() session: Session,
    @Param('object') object: string,
    @Param('rule') rule: string,
    @Body() body: ValidationRuleChangeRequest,
  ) {
    return this.setup.changeRule(admin(session), object, rule, body);
  }

  @Delete('objects/:object/validation-rules/:rule')
  @ApiOperation({
    summary: 'Delete a validation rule',
    description: `Only the tenant's own rules; a package's cannot be deleted. ${ADMINS_ONLY}`,
  })
  @HttpCode(204)
  async deleteRule(@CurrentSession() session: Session, @Param('object') object: string, @Param('rule') rule: string) {
    await this.setup.deleteRule(admin(session), object, rule);
  }

  @Put('objects/:object/layouts/:layout')
  @ApiOperation({
    summary: 'Save a page layout',
    description: `A package's layout is saved as the tenant's rearrangement of it; a new name adds a layout. ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: SetupLayout })
  putLayout(
    @CurrentSession() session: Session,
    @Param('object') object: string,
    @Param('layout') layout: string,
    @Body() body: LayoutRequest,
  ) {
    return this.setup.putLayout(admin(session), object, layout, body);
  }

  @Delete('objects/:object/layouts/:layout')
  @ApiOperation({
    summary: "Undo the tenant's changes to a page layout",
    description: `A package's layout goes back to the package's; a layout the tenant added is removed. ${ADMINS_ONLY}`,
  })
  @HttpCode(204)
  async resetLayout(@CurrentSession() session: Session, @Param('object') object: string, @Param('layout') layout: string) {
    await this.setup.resetLayout(admin(session), object, layout);
  }

  @Put('objects/:object/layout-assignments')
  @ApiOperation({
    summary: 'Assign page layouts to record types',
    description: `Each row names a record type and the layout its records are shown with; rows not named keep theirs. Naming the packages' layout goes back to the packages' assignment. ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: SetupLayoutAssignment, isArray: true })
  putLayoutAssignments(@CurrentSession() session: Session, @Param('object') object: string, @Body() body: LayoutAssignmentsRequest) {
    return this.setup.putLayoutAssignments(admin(session), object, body.assignments);
  }

  @Put('objects/:object/record-pages/:page')
  @ApiOperation({
    summary: 'Save a record page',
    description: `A package's record page is saved as the tenant's rearrangement of it; a new name adds a page. ${ADMINS_ONLY}`,
  })
  @ApiOkResponse({ type: SetupRecordPage })
  putRecordPage(
    @CurrentSession() session: Session,
    @Param('object') object: string,
    @Param('page') page: string,
    @Body() body: RecordPageRequest,
  ) {
    return this.setup.putRecordPage(admin(session), object, page, body);
  }

  @Delete('objects/:object/record-pages/:page')
  @ApiOperation({
    summary: "Undo the tenant's changes to a record page",
    description: `A package's record page goes back to the package's; a page the tenant added is removed. ${ADMINS_ONLY}`,
  })
  @HttpCode(204)
  async resetRecordPage(@CurrentSession() session: Session, @Param('object') object: string, @Param('page') page: string) {
    await this.setup.resetRecordPage(admin(session), object, page);
  }
}

/**
 * Setup is a System Administrator's; the tenant it works on is the session's, never a parameter,
 * and the packages it shows are those the tenant holds the licence for (the admin's access policy).
 */
function admin(session: Session): SetupTenant {
  if (!session.access.isAdmin) {
    throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ADMIN, fields: [] }]);
  }
  const { access } = session;
  return { tenantId: session.ctx.tenantId, missingLicence: (packageName) => access.missingLicence(packageName) };
}
