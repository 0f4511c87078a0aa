import { Body, Controller, Get, Inject, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { TenantService } from '@platform/tenancy';
import { Public } from '../auth/session.guard';
import { REGISTRY } from '../platform.tokens';
import { OPERATOR_TAG } from '../openapi/tags';
import { ChangePackageRequest, CreateTenantRequest, InstallPackageRequest, LoadedPackage, TenantSummary } from './operator.dto';

/** Not a session: the operator token (LUMARY_OPERATOR_TOKEN) as the bearer token, checked by OperatorGuard. */
const OPERATOR_ONLY = 'Needs the operator token as the bearer token, not a session.';
import { OperatorGuard } from './operator.guard';

export { LoadedPackage };

/** Tenants, their packages and licences: what operators do, as `npm run ops` does it. */
@ApiTags(OPERATOR_TAG.name)
@Public()
@UseGuards(OperatorGuard)
@Controller('ops')
export class OperatorController {
  constructor(
    private readonly tenants: TenantService,
    @Inject(REGISTRY) private readonly registry: Registry,
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
  @ApiCreatedResponse({ type: TenantSummary })
  create(@Body() body: CreateTenantRequest): Promise<TenantSummary> {
    // The DTO names every problem at once; the service checks again (and the slug is unused).
    return this.tenants.createTenant(body.name, body.slug, body.timeZone ?? undefined);
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
