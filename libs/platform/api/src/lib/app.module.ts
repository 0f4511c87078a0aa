import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RecordEngine } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { InputInterceptor } from './errors/request-input';
import { AccessGuard } from './errors/access.guard';
import { HealthController } from './health/health.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { SessionGuard } from './auth/session.guard';
import { DATABASE, ENGINE, REGISTRY, TENANT_METADATA } from './platform.tokens';
import { TenantMetadata } from '@platform/tenancy';
import { SetupController } from './setup/setup.controller';
import { PermissionSetsController } from './admin/permission-sets.controller';
import { OperatorController } from './ops/operator.controller';
import { QueryController } from './records/query.controller';
import { UiAppsController } from './ui/ui-apps.controller';
import { UiRecordController } from './ui/ui-record.controller';
import { UiRecordService } from './ui/ui-record.service';
import { SObjectsController } from './records/sobjects.controller';
import type { ServerPackage } from './packages/server-package';

@Module({})
export class AppModule {
  /** The registry and database are built before Nest starts (bad metadata never boots). */
  static register(registry: Registry, database: Database, engine: RecordEngine, tenantMetadata: TenantMetadata, packages: ServerPackage[] = []): DynamicModule {
    return {
      module: AppModule,
      controllers: [HealthController, AuthController, SObjectsController, QueryController, PermissionSetsController, OperatorController, UiAppsController, UiRecordController, SetupController, ...packages.flatMap((p) => p.controllers ?? [])],
      providers: [
        { provide: REGISTRY, useValue: registry },
        { provide: DATABASE, useValue: database },
        { provide: ENGINE, useValue: engine },
        { provide: TENANT_METADATA, useValue: tenantMetadata },
        AuthService,
        UiRecordService,
        ...packages.flatMap((p) => p.providers ?? []),
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: SessionGuard },
        // After the session: a route's licence and object permission, before its body is looked at.
        { provide: APP_GUARD, useClass: AccessGuard },
        // After every guard: bad input the input layer found (see errors/request-input.ts).
        { provide: APP_INTERCEPTOR, useClass: InputInterceptor },
      ],
    };
  }
}
