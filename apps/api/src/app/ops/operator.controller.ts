import { Body, Controller, Get, Inject, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { EngineError } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { TenantService } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import { Public } from '../auth/session.guard';
import { DATABASE, REGISTRY } from '../platform.tokens';
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
  list() {
    return this.tenants.tenants();
  }

  @Post('tenants')
  create(@Body() body: { name: string; slug: string; timeZone?: string }) {
    return this.tenants.createTenant(body?.name, body?.slug, body?.timeZone || undefined);
  }

  @Get('tenants/:slug')
  get(@Param('slug') slug: string) {
    return this.tenants.tenant(slug);
  }

  @Post('tenants/:slug/packages')
  install(@Param('slug') slug: string, @Body() body: { package: string; version?: string }) {
    if (typeof body?.package !== 'string' || !body.package.trim()) {
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'Name the package to install: { "package": "Lumary AR" }.', ['package']);
    }
    return this.tenants.install(slug, body.package, body.version);
  }

  /** `{ "version": "22.83.0" }` upgrades; `{ "licensed": true | false }` grants or revokes the licence. */
  @Patch('tenants/:slug/packages/:package')
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
