import { Body, Controller, Get, Inject, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import type { JobQueue } from '@platform/jobs';
import { duplicateUsername } from '@platform/security';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service';
import { setPasswordLinkBase } from '../users/users.controller';
import { PLATFORM_EMAIL_JOB } from '../users/platform-email.job';
import type { Registry } from '@platform/metadata';
import { TenantService } from '@platform/tenancy';
import { Public } from '../auth/session.guard';
import { JOBS, REGISTRY } from '../platform.tokens';
import { OPERATOR_TAG } from '../openapi/tags';
import {
  ChangePackageRequest,
  CreatedTenant,
  CreateTenantRequest,
  InstallPackageRequest,
  LoadedPackage,
  TenantSummary,
} from './operator.dto';

/** Not a session: the operator token (LUMARY_OPERATOR_TOKEN) as the bearer token, checked by OperatorGuard. */
const OPERATOR_ONLY = 'Needs the operator token as the bearer token, not a session.';
import { OperatorGuard } from './operator.guard';

export { LoadedPackage };

/** The admin's User fields as the request names them. */
const ADMIN_FIELDS: Record<string, string> = {
  Username: 'username',
  FirstName: 'firstName',
  LastName: 'lastName',
  Email: 'email',
  password: 'temporaryPassword',
};

/** Tenants, their packages and licences: what operators do, as `npm run ops` does it. */
@ApiTags(OPERATOR_TAG.name)
@Public()
@UseGuards(OperatorGuard)
@Controller('ops')
export class OperatorController {
  constructor(
    private readonly tenants: TenantService,
    @Inject(REGISTRY) private readonly registry: Registry,
    private readonly auth: AuthService,
    @Inject(JOBS) private readonly jobs: JobQueue,
  ) {}

  /** The packages this server has loaded, at the version it runs. */
  @Get('packages')
  @ApiOperation({ summary: 'List the packages this server has loaded', description: OPERATOR_ONLY })
  @ApiOkResponse({ type: LoadedPackage, isArray: true })
  packages(): LoadedPackage[] {
    return [...this.registry.packages.values()].map((p) => ({
      name: p.name,
      namespace: p.namespace,
      version: p.version,
      description: p.description?.trim() || null,
      licence: p.licence?.name ?? null,
      dependencies: p.dependencies,
    }));
  }

  @Get('tenants')
  @ApiOperation({ summary: 'List the tenants', description: OPERATOR_ONLY })
  @ApiOkResponse({ type: TenantSummary, isArray: true })
  list(): Promise<TenantSummary[]> {
    return this.tenants.tenants();
  }

  @Post('tenants')
  @ApiOperation({
    summary: 'Create a tenant',
    description: `With the core packages installed; the time zone defaults to Australia/Sydney. ${OPERATOR_ONLY}`,
  })
  @ApiCreatedResponse({ type: CreatedTenant })
  async create(@Body() body: CreateTenantRequest, @Req() req: Request): Promise<CreatedTenant> {
    const admin = body.admin;
    let adminId: string | undefined;
    // The DTO names every problem at once; the service checks again (and the slug is unused).
    // The first admin is made in the tenant's transaction: if they cannot be, no tenant is left.
    const tenant = await this.tenants
      .createTenant(
        body.name,
        body.slug,
        body.timeZone ?? undefined,
        admin &&
          (async (m, tenantId) => {
            adminId = await this.auth.createUserIn(
              m,
              tenantId,
              {
                username: admin.username,
                firstName: admin.firstName ?? null,
                lastName: admin.lastName.trim(),
                email: admin.email,
                profile: 'System Administrator',
                password: admin.temporaryPassword,
                mustChangePassword: true,
              },
              { linkBase: setPasswordLinkBase(req) },
            );
          }),
      )
      .catch((error: unknown) => {
        const mapped = admin ? duplicateUsername(error, admin.username.trim().toLowerCase()) : error;
        if (mapped instanceof EngineError && admin) {
          throw new EngineError(
            mapped.kind,
            mapped.errors.map((e) => ({ ...e, fields: e.fields.map((f) => (ADMIN_FIELDS[f] ? `admin.${ADMIN_FIELDS[f]}` : f)) })),
          );
        }
        throw mapped;
      });
    if (admin && admin.temporaryPassword === undefined) await this.jobs.send(PLATFORM_EMAIL_JOB, {});
    return {
      ...tenant,
      admin:
        admin && adminId
          ? { id: adminId, username: admin.username.trim().toLowerCase(), temporaryPassword: admin.temporaryPassword !== undefined }
          : null,
    };
  }

  @Get('tenants/:slug')
  @ApiOperation({ summary: 'A tenant, with its installed packages and licences', description: OPERATOR_ONLY })
  @ApiOkResponse({ type: TenantSummary })
  get(@Param('slug') slug: string): Promise<TenantSummary> {
    return this.tenants.tenant(slug);
  }

  @Post('tenants/:slug/packages')
  @ApiOperation({
    summary: 'Install a package in a tenant',
    description: `At the version given, else the one this server runs. ${OPERATOR_ONLY}`,
  })
  @ApiCreatedResponse({ type: TenantSummary })
  install(@Param('slug') slug: string, @Body() body: InstallPackageRequest): Promise<TenantSummary> {
    return this.tenants.install(slug, body.package, body.version);
  }

  /** `{ "version": "22.83.0" }` upgrades; `{ "licensed": true | false }` grants or revokes the licence. */
  @Patch('tenants/:slug/packages/:package')
  @ApiOperation({ summary: "Upgrade a tenant's package, or grant or revoke its licence", description: OPERATOR_ONLY })
  @ApiOkResponse({ type: TenantSummary })
  async change(@Param('slug') slug: string, @Param('package') pkg: string, @Body() body: ChangePackageRequest): Promise<TenantSummary> {
    const { version, licensed } = body;
    if (version === undefined && licensed === undefined) {
      throw EngineError.invalid(
        'REQUIRED_FIELD_MISSING',
        'Send { "version": "…" } to upgrade or { "licensed": true | false } to grant or revoke the licence.',
        ['version', 'licensed'],
      );
    }
    if (typeof version === 'string') await this.tenants.upgrade(slug, pkg, version);
    if (typeof licensed === 'boolean') await this.tenants.setLicence(slug, pkg, licensed);
    return this.tenants.tenant(slug);
  }
}
