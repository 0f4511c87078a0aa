import { Body, Controller, Get, Inject, Param, Patch, Post, UseGuards } from '@nestjs/common';
import type { Registry } from '@platform/metadata';
import { TenantService } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import { Public } from '../auth/session.guard';
import { DATABASE, REGISTRY } from '../platform.tokens';
import { OperatorGuard } from './operator.guard';

/** Tenants, their packages and licences: what operators do, as `npm run ops` does it. */
@Public()
@UseGuards(OperatorGuard)
@Controller('ops/tenants')
export class OperatorController {
  private readonly tenants: TenantService;

  constructor(@Inject(DATABASE) database: Database, @Inject(REGISTRY) registry: Registry) {
    this.tenants = new TenantService(database.dataSource, registry);
  }

  @Get()
  list() {
    return this.tenants.tenants();
  }

  @Post()
  create(@Body() body: { name: string; slug: string; timeZone?: string }) {
    return this.tenants.createTenant(body?.name, body?.slug, body?.timeZone);
  }

  @Get(':slug')
  get(@Param('slug') slug: string) {
    return this.tenants.tenant(slug);
  }

  @Post(':slug/packages')
  install(@Param('slug') slug: string, @Body() body: { package: string; version?: string }) {
    return this.tenants.install(slug, body?.package, body?.version);
  }

  /** `{ "version": "22.83.0" }` upgrades; `{ "licensed": true | false }` grants or revokes the licence. */
  @Patch(':slug/packages/:package')
  async change(@Param('slug') slug: string, @Param('package') pkg: string, @Body() body: { version?: string; licensed?: boolean }) {
    if (body?.version) await this.tenants.upgrade(slug, pkg, body.version);
    if (typeof body?.licensed === 'boolean') await this.tenants.setLicence(slug, pkg, body.licensed);
    return this.tenants.tenant(slug);
  }
}
