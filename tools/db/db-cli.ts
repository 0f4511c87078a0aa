/**
 * What `db:plan` and `db:apply` share: options, metadata, the database, and exit codes.
 * Both use DATABASE_URL when set, else PGlite in DATA_DIR (default ./data); metadata comes from
 * METADATA_DIR or --metadata (default ./metadata).
 */
import { parseArgs } from 'node:util';
import { formatErrors, loadMetadata, type Registry } from '@platform/metadata';
import { databaseOptionsFromEnv, openDatabase, type Database } from '@platform/storage';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_FAILED = 2;

export interface CliOptions {
  allowDestructive: boolean;
  metadataDir: string;
}

export function cliOptions(argv = process.argv.slice(2)): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'allow-destructive': { type: 'boolean', default: false },
      metadata: {
        type: 'string',
        default: process.env['METADATA_DIR'] || 'metadata',
      },
    },
  });
  return {
    allowDestructive: values['allow-destructive'] ?? false,
    metadataDir: values.metadata ?? 'metadata',
  };
}

/** Loads metadata before touching the database, so broken metadata fails fast and harmlessly. */
export async function loadRegistry(dir: string): Promise<Registry | null> {
  const { registry, errors } = await loadMetadata(dir);
  if (errors.length === 0) return registry;
  console.error(formatErrors(errors));
  console.error(`\n${errors.length} metadata error${errors.length === 1 ? '' : 's'} in ${dir}: schema not planned.`);
  return null;
}

export async function withDatabase(work: (db: Database) => Promise<number>): Promise<number> {
  const options = databaseOptionsFromEnv();
  console.error(options.url ? `Database: ${redact(options.url)}` : `Database: PGlite in ${options.dataDir}`);
  const db = await openDatabase({ ...options, poolSize: 2 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

export function run(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(EXIT_FAILED);
    },
  );
}
