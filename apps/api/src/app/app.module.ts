import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { HealthController } from './health/health.controller';
import { DATABASE, REGISTRY } from './platform.tokens';

@Module({})
export class AppModule {
  /** The registry and database are built before Nest starts (bad metadata never boots). */
  static register(registry: Registry, database: Database): DynamicModule {
    return {
      module: AppModule,
      controllers: [HealthController],
      providers: [
        { provide: REGISTRY, useValue: registry },
        { provide: DATABASE, useValue: database },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
