import { SalesforceShapeInterceptor } from './salesforce/salesforce-shape.interceptor';
import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { createValidationPipe } from '@platform/contract';
import { RecordEngine } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import type { JobQueue } from '@platform/jobs';
import type { Database, PlatformRepositories } from '@platform/storage';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { InputInterceptor } from './errors/request-input';
import { AccessGuard } from './errors/access.guard';
import { HealthController } from './health/health.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { SessionGuard } from './auth/session.guard';
import { APP_CONFIG, DATABASE, ENGINE, JOBS, PLATFORM_REPOSITORIES, REGISTRY, TENANT_METADATA } from './platform.tokens';
import { PlatformStorageModule } from './storage/platform-storage.module';
import type { AppConfig } from './config/app-config';
import { SetupService, TenantMetadata, TenantService } from '@platform/tenancy';
import { SetupController } from './setup/setup.controller';
import { sendIndexBuild } from './setup/custom-index.job';
import { PermissionSetsController } from './admin/permission-sets.controller';
import { SharingController } from './sharing/sharing.controller';
import { SharingRulesController } from './sharing/sharing-rules.controller';
import { RecordSharesController } from './sharing/record-shares.controller';
import { OperatorController } from './ops/operator.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { RolesController } from './roles/roles.controller';
import { RolesService } from './roles/roles.service';
import { QueryController } from './records/query.controller';
import { UiAppsController } from './ui/ui-apps.controller';
import { UiRecordController } from './ui/ui-record.controller';
import { UiRecordService } from './ui/ui-record.service';
import { SObjectsController } from './records/sobjects.controller';
import { SObjectCollectionsController } from './records/collections.controller';
import type { ServerPackage } from './packages/server-package';

/** On shutdown (SIGTERM with the shutdown hooks, or close) running jobs stop at a safe point first. */
@Injectable()
class JobsShutdown implements BeforeApplicationShutdown {
  constructor(@Inject(JOBS) private readonly jobs: JobQueue) {}
  beforeApplicationShutdown() {
    return this.jobs.stop();
  }
}

@Module({})
export class AppModule {
  /** The registry and database are built before Nest starts (bad metadata never boots). */
  static register(
    registry: Registry,
    database: Database,
    engine: RecordEngine,
    tenantMetadata: TenantMetadata,
    config: AppConfig,
    jobs: JobQueue,
    packages: ServerPackage[] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      // The app's data source and the platform's repositories as providers (@nestjs/typeorm).
      imports: [PlatformStorageModule.register(database)],
      controllers: [
        HealthController,
        AuthController,
        SObjectsController,
        SObjectCollectionsController,
        QueryController,
        PermissionSetsController,
        OperatorController,
        UsersController,
        RolesController,
        UiAppsController,
        UiRecordController,
        SetupController,
        SharingController,
        SharingRulesController,
        RecordSharesController,
        ...packages.flatMap((p) => p.controllers ?? []),
      ],
      providers: [
        { provide: REGISTRY, useValue: registry },
        { provide: DATABASE, useValue: database },
        { provide: ENGINE, useValue: engine },
        { provide: TENANT_METADATA, useValue: tenantMetadata },
        { provide: APP_CONFIG, useValue: config },
        { provide: JOBS, useValue: jobs },
        JobsShutdown,
        AuthService,
        UsersService,
        RolesService,
        UiRecordService,
        // The platform's services, one each (the controllers take them, never build them).
        // Permission sets may grant the tenant's own custom fields (Setup): checked against its metadata.
        {
          provide: TenantService,
          useFactory: (db: Database, reg: Registry, metadata: TenantMetadata, repositories: PlatformRepositories) =>
            new TenantService(db.dataSource, reg, (tenantId) => metadata.registryFor(tenantId), repositories),
          inject: [DATABASE, REGISTRY, TENANT_METADATA, PLATFORM_REPOSITORIES],
        },
        {
          provide: SetupService,
          // Index builds for custom fields run on the job queue (see custom-index.job.ts).
          useFactory: (db: Database, metadata: TenantMetadata, repositories: PlatformRepositories, queue: JobQueue) =>
            new SetupService(db.dataSource, db.owner, metadata, repositories, sendIndexBuild(queue)),
          inject: [DATABASE, TENANT_METADATA, PLATFORM_REPOSITORIES, JOBS],
        },
        ...packages.flatMap((p) => p.providers ?? []),
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: SessionGuard },
        // After the session: a route's licence and object permission, before its body is looked at.
        { provide: APP_GUARD, useClass: AccessGuard },
        // After every guard: bad input the input layer found (see errors/request-input.ts).
        { provide: APP_INTERCEPTOR, useClass: InputInterceptor },
        { provide: APP_INTERCEPTOR, useClass: SalesforceShapeInterceptor },
        // Then the DTOs: every violation at once, one Salesforce-shaped error per field (@platform/contract).
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
