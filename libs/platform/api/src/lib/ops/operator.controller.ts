import { Body, Controller, Get, Inject, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { TenantService } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import { Public } from '../auth/session.guard';
import { DATABASE, REGISTRY } from '../platform.tokens';
import { OPERATOR_TAG } from '../openapi/tags';

/** Not a session: the operator token (LUMARY_OPERATOR_TOKEN) as the bearer token, checked by OperatorGuard. */
const OPERATOR_ONLY = 'Needs the operator token as the bearer token, not a session.';
import { OperatorGuard } from './operator.guard';

/** A package this server has loaded: what an operator may install, or upgrade a tenant to. */
export interface LoadedPackage {
  name: string;
  namespace: string;
  version: string;
  description: string | null;
  /** The licence a tenant needs to use it; null when it needs none (Core). */
  licence: string | null;
  dependencies: string[];
}

/** Tenants, their packages and licences: what operators do, as `npm run ops` does it. */
@ApiTags(OPERATOR_TAG.name)
@Public()
@UseGuards(OperatorGuard)
@Controller('ops')
export class OperatorController {
  private readonly tenants: TenantService;

  constructor(
    @Inject(DATABASE) database: Database,
    @Inject(REGISTRY) private readonly registry: Registry,
  ) {
    this.tenants = new TenantService(database.dataSource, registry);
  }

  /** The packages this server has loaded, at the version it runs. */
  @Get('packages')
  @ApiOperation({ summary: 'List the packages this server has loaded', description: OPERATOR_ONLY })
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
  list() {
    return this.tenants.tenants();
  }

  @Post('tenants')
  @ApiOperation({ summary: 'Create a tenant', description: `With the core packages installed; the time zone defaults to Australia/Sydney. ${OPERATOR_ONLY}` })
  create(@Body() body: { name: string; slug: string; timeZone?: string }) {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw EngineError.invalid('JSON_PARSER_ERROR', 'Send the tenant as a JSON object: { "name": "…", "slug": "…" }.');
    // Every field is checked by the service (types included), and all problems are named at once.
    return this.tenants.createTenant(body.name, body.slug, body.timeZone ?? undefined);
  }

  @Get('tenants/:slug')
  @ApiOperation({ summary: 'A tenant, with its installed packages and licences', description: OPERATOR_ONLY })
  get(@Param('slug') slug: string) {
    return this.tenants.tenant(slug);
  }

  @Post('tenants/:slug/packages')
  @ApiOperation({ summary: 'Install a package in a tenant', description: `At the version given, else the one this server runs. ${OPERATOR_ONLY}` })
  install(@Param('slug') slug: string, @Body() body: { package: string; version?: string }) {
    if (typeof body?.package !== 'string' || !body.package.trim()) {
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Name the package to install: { "package": "Lumary AR" }.', ['package']);
    }
    return this.tenants.install(slug, body.package, body.version);
  }

  /** `{ "version": "22.83.0" }` upgrades; `{ "licensed": true | false }` grants or revokes the licence. */
  @Patch('tenants/:slug/packages/:package')
  @ApiOperation({ summary: "Upgrade a tenant's package, or grant or revoke its licence", description: OPERATOR_ONLY })
  async change(@Param('slug') slug: string, @Param('package') pkg: string, @Body() body: { version?: unknown; licensed?: unknown }) {
    const version = body?.version;
    const licensed = body?.licensed;
    if (version !== undefined && (typeof version !== 'string' || !version.trim())) {
      throw EngineError.invalid('INVALID_FIELD', 'version must be a version such as "22.83.0".', ['version']);
    }
    if (licensed !== undefined && typeof licensed !== 'boolean') throw EngineError.invalid('INVALID_FIELD', 'licensed must be true or false.', ['licensed']);
    if (version === undefined && licensed === undefined) {
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Send { "version": "…" } to upgrade or { "licensed": true | false } to grant or revoke the licence.', ['version', 'licensed']);
    }
    if (typeof version === 'string') await this.tenants.upgrade(slug, pkg, version);
    if (typeof licensed === 'boolean') await this.tenants.setLicence(slug, pkg, licensed);
    return this.tenants.tenant(slug);
  }
}
