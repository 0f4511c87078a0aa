import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import { Public } from '../auth/session.guard';
import { DATABASE, REGISTRY } from '../platform.tokens';
import { HealthReport } from './health.dto';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(REGISTRY) private readonly registry: Registry,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  /** Answers only once the database answers, so a load balancer never routes to a dead one. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthReport, description: 'Up, with the loaded packages.' })
  async health(): Promise<HealthReport> {
    await this.database.dataSource.query('SELECT 1');
    return {
      status: 'ok',
      database: { kind: this.database.kind },
      packages: [...this.registry.packages.values()].map(({ name, namespace, version }) => ({ name, namespace, version })),
    };
  }
}
