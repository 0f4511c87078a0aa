import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AuthService, MetadataInvalidError, startApi, ConfigError, readConfig, demoOperatorToken, operatorConsoleLine } from '@platform/api';
import { DEMO_LOGINS, seedDemo } from '@lumary-ar/demo';

async function main(): Promise<void> {
  const logger = new Logger('Lumary');
  const config = readConfig(process.env);
  const api = await startApi(config, { logger });
  const packages = [...api.registry.packages.values()].map((p) => `${p.name} ${p.version}`).join(', ');
  logger.log(`Database: ${api.database.kind === 'pglite' ? `PGlite (embedded) in ${config.dataDir}` : 'PostgreSQL server'}`);
  logger.log(`Packages: ${packages}`);
  // The demo's published logins go only into the embedded database, unless SEED_DEMO=true asks.
  if (config.seedDemo) {
    const seeded = await seedDemo(api.database.dataSource, api.registry, api.engine, api.app.get(AuthService), (message) => logger.log(message));
    if (seeded) logger.log('Seeded the demo tenants.');
  }
  logger.log(`Lumary is running at ${api.url}`);
  if (config.seedDemo) {
    const operatorToken = demoOperatorToken(process.env, api.database.kind === 'pglite');
    printLogins(api.url, operatorConsoleLine(api.url, process.env, operatorToken));
  }
}

function printLogins(url: string, operatorConsole: string): void {
  const rows = DEMO_LOGINS.map((l) => `  ${l.username.padEnd(28)} ${l.password.padEnd(20)} ${l.role}`);
  console.log(`\nDemo logins (tenant "Demo Care Services", and "Other Community Care") at ${url}:\n${rows.join('\n')}\n\n${operatorConsole}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof MetadataInvalidError || error instanceof ConfigError) {
    console.error(`Lumary cannot start. ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
