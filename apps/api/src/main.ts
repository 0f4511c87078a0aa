import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { MetadataInvalidError, startApi } from './app/bootstrap';
import { ConfigError, readConfig } from './app/config/app-config';

async function main(): Promise<void> {
  const logger = new Logger('Lumary');
  const config = readConfig(process.env);
  const api = await startApi(config, { logger });
  const packages = [...api.registry.packages.values()].map((p) => `${p.name} ${p.version}`).join(', ');
  logger.log(`Database: ${api.database.kind === 'pglite' ? `PGlite (embedded) in ${config.dataDir}` : 'PostgreSQL server'}`);
  logger.log(`Packages: ${packages}`);
  logger.log(`Lumary is running at ${api.url}`);
}

main().catch((error: unknown) => {
  if (error instanceof MetadataInvalidError || error instanceof ConfigError) {
    console.error(`Lumary cannot start. ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
