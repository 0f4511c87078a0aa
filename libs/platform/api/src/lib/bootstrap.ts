import { installSalesforcePaths } from './salesforce/salesforce-paths';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { RecordEngine } from '@platform/engine';
import { SetupService, TenantMetadata } from '@platform/tenancy';
import { JobQueue } from '@platform/jobs';
import { checkMetadataFormulas } from '@platform/formula';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { formatErrors, loadPackages, type Registry } from '@platform/metadata';
import { applyPlan, introspect, openDatabase, planSchema, type Database } from '@platform/storage';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi/openapi';
import { installRequestInput } from './errors/request-input';
import type { AppConfig } from './config/app-config';
import { useSecurityHeaders } from './config/security-headers';
import { useCompression } from './config/compression';
import { serveWebApp } from './web/web-app';
import type { ServerPackage } from './packages/server-package';
import { platformEmailJobs } from './users/platform-email.job';
import { customIndexJobs, sendIndexBuild } from './setup/custom-index.job';
import { sharingJobs } from './sharing/sharing-recompute.job';

/** The platform's own metadata packages, under the metadata root: loaded whatever is installed. */
export const PLATFORM_METADATA = ['core'];

/** Bad metadata never boots: the error carries the same report `npm run metadata:validate` prints. */
export class MetadataInvalidError extends Error {
  constructor(
    readonly report: string,
    readonly count: number,
  ) {
    super(`The metadata has ${count} error${count === 1 ? '' : 's'}:\n${report}`);
    this.name = 'MetadataInvalidError';
  }
}

export interface RunningApi {
  app: NestExpressApplication;
  /** The configuration it started with (the object given, which its providers share). */
  config: AppConfig;
  url: string;
  registry: Registry;
  database: Database;
  engine: RecordEngine;
  /** The job queue this process sends to and works (billing runs, the outbox). */
  jobs: JobQueue;
  /** Each tenant's metadata with its Setup customisations. */
  tenantMetadata: TenantMetadata;
  /** The installed packages the API was composed with. */
  packages: ServerPackage[];
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  openDatabase?: () => Promise<Database>;
  /** The installed packages (the app's list): their metadata, controllers, triggers and work. */
  packages?: ServerPackage[];
  /**
   * The metadata folders to load, under `config.metadataDir`: by default the platform's
   * (PLATFORM_METADATA) and each installed package's; `'all'` loads every folder there.
   */
  metadataFolders?: string[] | 'all';
  /** Work the job queue in this process (default true); false serves requests only (jobs it sends are worked by other processes). */
  workJobs?: boolean;
}

/** The metadata folders the API loads: the platform's and the installed packages'. */
export async function metadataFolders(config: AppConfig, options: StartOptions): Promise<string[]> {
  const folders =
    options.metadataFolders === 'all'
      ? (await readdir(config.metadataDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
      : (options.metadataFolders ?? [...PLATFORM_METADATA, ...(options.packages ?? []).map((p) => p.metadata)]);
  return [...new Set(folders)].sort().map((folder) => join(config.metadataDir, folder));
}

/**
 * Loads and checks the metadata, opens the database, brings its schema up to date with additive
 * changes, and starts the HTTP server with the installed packages. Anything that fails on the
 * way closes what was opened.
 */
export async function startApi(config: AppConfig, options: StartOptions = {}): Promise<RunningApi> {
  const logger = options.logger ?? new Logger('Bootstrap');
  const packages = options.packages ?? [];
  const { registry, errors } = await loadPackages(await metadataFolders(config, options), { checks: [checkMetadataFormulas] });
  if (errors.length) throw new MetadataInvalidError(formatErrors(errors), errors.length);
  const missing = packages.filter((p) => !registry.packages.has(p.name));
  if (missing.length) {
    const list = missing.map((p) => `${p.name} (${join(config.metadataDir, p.metadata)})`).join(', ');
    throw new MetadataInvalidError(`No metadata package of that name in the folder: ${list}`, missing.length);
  }

  const database = await (
    options.openDatabase ??
    (() => openDatabase({ url: config.databaseUrl, appUrl: config.appDatabaseUrl, dataDir: config.dataDir, runMigrations: true }))
  )();
  let stopJobs: (() => Promise<void>) | undefined;
  try {
    // Additive changes only: anything destructive waits for an operator's `db:apply --allow-destructive`.
    const plan = planSchema(registry, await introspect(database.owner));
    const applied = await applyPlan(database.owner, plan);
    if (applied) logger.log(`Applied ${applied.statements.length} additive schema change(s) from the metadata.`);
    for (const refusal of plan.refused) logger.warn(`Not applied: ${refusal.message} (see npm run db:plan)`);

    const engine = new RecordEngine(registry, database.dataSource);
    // Each tenant's records are served with its customisations (Setup) on the loaded metadata.
    const tenantMetadata = new TenantMetadata(database.dataSource, registry, (m) => logger.warn(m));
    engine.useTenantRegistries((tenantId, manager) => tenantMetadata.registryFor(tenantId, manager));
    for (const pkg of packages) pkg.registerTriggers?.(engine);
    // Background work on the database's job queue: any number of API processes share it, each job runs once.
    const context = { engine, database, config, logger };
    const jobs = await JobQueue.open(
      database,
      [
        ...platformEmailJobs({ database, smtpUrl: config.smtpUrl, smtpFrom: config.smtpFrom }),
        ...customIndexJobs(new SetupService(database.dataSource, database.owner, tenantMetadata)),
        ...sharingJobs({ database, tenantMetadata }),
        ...packages.flatMap((pkg) => pkg.jobs?.(context) ?? []),
      ],
      { ...config.jobs, log: (m) => logger.warn(m) },
    );
    stopJobs = () => jobs.stop();
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.register(registry, database, engine, tenantMetadata, config, jobs, packages),
      {
        logger: config.quiet ? ['error', 'warn'] : ['error', 'warn', 'log'],
        // The input layer parses bodies itself: limits, and its errors in the API's shape.
        bodyParser: false,
      },
    );
    useSecurityHeaders(app, config.trustProxy);
    useCompression(app);
    installRequestInput(app);
    installSalesforcePaths(app);
    app.setGlobalPrefix('api');
    setupOpenApi(
      app,
      registry,
      packages.flatMap((p) => p.openApiTags ?? []),
    );
    app.enableShutdownHooks();
    if (!serveWebApp(app, config.webDir)) logger.warn(`No web app at ${config.webDir}: run the build to serve it.`);
    await app.listen(config.port);
    if (options.workJobs !== false) await jobs.start();
    // Custom-field index builds left to do (a restart, or the migration from per-tenant indexes).
    const send = sendIndexBuild(jobs);
    for (const build of await new SetupService(database.dataSource, database.owner, tenantMetadata).pendingBuilds()) await send(build);
    const server = app.getHttpServer().address() as { port: number };
    const url = `http://localhost:${server.port}`;
    return {
      app,
      config,
      url,
      registry,
      database,
      engine,
      jobs,
      tenantMetadata,
      packages,
      close: async () => {
        await jobs.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await stopJobs?.();
    await database.close();
    throw error;
  }
}
