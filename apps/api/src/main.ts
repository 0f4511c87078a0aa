import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  AuthService,
  MetadataInvalidError,
  startApi,
  ConfigError,
  readConfig,
  demoOperatorToken,
  operatorConsoleLine,
  type PackageDemo,
} from '@platform/api';
import { INSTALLED_PACKAGES } from './packages';

async function main(): Promise<void> {
  const logger = new Logger('Lumary');
  // The only read of the environment: everything else is given the validated config.
  const config = readConfig(process.env);
  const api = await startApi(config, { logger, packages: INSTALLED_PACKAGES });
  const packages = [...api.registry.packages.values()].map((p) => `${p.name} ${p.version}`).join(', ');
  logger.log(`Database: ${api.database.kind === 'pglite' ? `PGlite (embedded) in ${config.dataDir}` : 'PostgreSQL server'}`);
  logger.log(`Packages: ${packages}`);
  // The demo's published logins go only into the embedded database, unless SEED_DEMO=true asks.
  const demos: PackageDemo[] = [];
  if (config.seedDemo) {
    for (const pkg of INSTALLED_PACKAGES.filter((p) => p.demo)) {
      const demo = pkg.demo as PackageDemo;
      const context = {
        dataSource: api.database.dataSource,
        registry: api.registry,
        engine: api.engine,
        auth: api.app.get(AuthService),
        progress: (message: string) => logger.log(message),
      };
      if (await demo.seed(context)) logger.log(`Seeded the ${pkg.name} demo.`);
      demos.push(demo);
    }
  }
  logger.log(`Lumary is running at ${api.url}`);
  if (config.seedDemo) {
    // The config object is the running API's: a token made here opens its operator API.
    const operatorToken = demoOperatorToken(api.config, api.database.kind === 'pglite');
    printLogins(api.url, demos, operatorConsoleLine(api.url, api.config, operatorToken));
  }
}

function printLogins(url: string, demos: PackageDemo[], operatorConsole: string): void {
  const sections = demos.map((demo) => {
    const rows = demo.logins.map((l) => `  ${l.username.padEnd(28)} ${l.password.padEnd(20)} ${l.role}`);
    return `Demo logins (${demo.title}) at ${url}:\n${rows.join('\n')}\n\n`;
  });
  console.log(`\n${sections.join('')}${operatorConsole}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof MetadataInvalidError || error instanceof ConfigError) {
    console.error(`Lumary cannot start. ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
