import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AuthService } from './app/auth/auth.service';
import { MetadataInvalidError, startApi } from './app/bootstrap';
import { DEMO_LOGINS, seedDemo } from './app/demo/demo-seed';
import { ConfigError, readConfig } from './app/config/app-config';
import { demoOperatorToken, operatorConsoleLine } from './app/ops/operator-token';

async function main(): Promise<void> {
  const logger = new Logger('Lumary');
  // The only read of the environment: everything else is given the validated config.
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
    // The config object is the running API's: a token made here opens its operator API.
    const operatorToken = demoOperatorToken(api.config, api.database.kind === 'pglite');
    printLogins(api.url, operatorConsoleLine(api.url, api.config, operatorToken));
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
