import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { RecordEngine } from '@platform/engine';
import { TenantMetadata } from '@platform/tenancy';
import { failInterruptedRuns, registerLumaryAr, startOutboxWorker } from '@lumary-ar/server';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata, type Registry } from '@platform/metadata';
import { applyPlan, introspect, openDatabase, planSchema, type Database } from '@platform/storage';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi/openapi';
import { installRequestInput } from './errors/request-input';
import type { AppConfig } from './config/app-config';
import { useSecurityHeaders } from './config/security-headers';
import { serveWebApp } from './web/web-app';

/** Bad metadata never boots: the error carries the same report `npm run metadata:validate` prints. */
export class MetadataInvalidError extends Error {
  constructor(readonly report: string, readonly count: number) {
    super(`The metadata has ${count} error${count === 1 ? '' : 's'}:\n${report}`);
    this.name = 'MetadataInvalidError';
  }
}

export interface RunningApi {
  app: NestExpressApplication;
  url: string;
  registry: Registry;
  database: Database;
  engine: RecordEngine;
  /** Each tenant's metadata with its Setup customisations. */
  tenantMetadata: TenantMetadata;
  close(): Promise<void>;
}

/**
 * Loads and checks the metadata, opens the database, brings its schema up to date with additive
 * changes, and starts the HTTP server. Anything that fails on the way closes what was opened.
 */
export async function startApi(
  config: AppConfig,
  options: { logger?: Logger; openDatabase?: () => Promise<Database> } = {},
): Promise<RunningApi> {
  const logger = options.logger ?? new Logger('Bootstrap');
  const { registry, errors } = await loadMetadata(config.metadataDir, { checks: [checkMetadataFormulas] });
  if (errors.length) throw new MetadataInvalidError(formatErrors(errors), errors.length);

  const database = await (options.openDatabase ??
    (() => openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, runMigrations: true })))();
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
    registerLumaryAr(engine);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(registry, database, engine, tenantMetadata), {
      logger: config.quiet ? ['error', 'warn'] : ['error', 'warn', 'log'],
      // The input layer parses bodies itself: limits, and its errors in the API's shape.
      bodyParser: false,
    });
    useSecurityHeaders(app, config.trustProxy);
    installRequestInput(app);
    app.setGlobalPrefix('api');
    setupOpenApi(app, registry);
    app.enableShutdownHooks();
    if (!serveWebApp(app, config.webDir)) logger.warn(`No web app at ${config.webDir}: run the build to serve it.`);
    await app.listen(config.port);
    // Invoice emails wait in the outbox; with an SMTP server configured they are delivered every 30 s.
    const outbox = config.smtpUrl ? startOutboxWorker(engine, database, { smtpUrl: config.smtpUrl, defaultFrom: config.smtpFrom, log: (m) => logger.log(m) }) : undefined;
    // A billing run whose API process stopped would stay Running: check for such runs every minute.
    const recoverRuns = () =>
      failInterruptedRuns(engine, database.owner)
        .then((n) => n && logger.warn(`Marked ${n} interrupted billing run(s) Failed.`))
        .catch((error: unknown) => logger.error(`Checking for interrupted billing runs failed: ${String(error)}`));
    await recoverRuns();
    const runWatch = setInterval(recoverRuns, 60_000);
    runWatch.unref();
    const server = app.getHttpServer().address() as { port: number };
    const url = `http://localhost:${server.port}`;
    return {
      app,
      url,
      registry,
      database,
      engine,
      tenantMetadata,
      close: async () => {
        clearInterval(runWatch);
        await outbox?.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
