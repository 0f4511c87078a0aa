import { resolve } from 'node:path';

/** Everything the API reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  /** A PostgreSQL server; when absent the API runs on PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  metadataDir: string;
  /** The built Angular app; served at / when it exists. */
  webDir: string;
  /** The SMTP server invoice emails are delivered through (`smtp://host:port`); without one they stay in the outbox. */
  smtpUrl?: string;
  /** The From address of invoice emails when AR Settings names none. */
  smtpFrom?: string;
  /** Express's `trust proxy` (TRUST_PROXY): set it behind a TLS-terminating proxy so the session cookie is Secure and the operator throttle sees client addresses. */
  trustProxy?: string;
  /** Seed the demo tenants with their published logins: by default only on the embedded database (SEED_DEMO=true/false overrides). */
  seedDemo: boolean;
  /** Only warnings and errors in the log (tests). */
  quiet?: boolean;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got '${env['PORT']}'`);
  }
  const databaseUrl = env['DATABASE_URL']?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL, got '${databaseUrl}'`);
  }
  const smtpUrl = env['SMTP_URL']?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    // Not echoed: the URL may carry the SMTP password.
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL (smtp://user:password@host:587)');
  }
  const seedDemo = env['SEED_DEMO']?.trim().toLowerCase();
  if (seedDemo && seedDemo !== 'true' && seedDemo !== 'false') throw new ConfigError(`SEED_DEMO must be true or false, got '${env['SEED_DEMO']}'`);
  return {
    port,
    databaseUrl,
    dataDir: resolve(cwd, env['DATA_DIR'] ?? 'data'),
    metadataDir: resolve(cwd, env['METADATA_DIR'] ?? 'metadata'),
    webDir: resolve(cwd, env['WEB_DIR'] ?? 'dist/apps/web/browser'),
    smtpUrl,
    smtpFrom: env['SMTP_FROM']?.trim() || undefined,
    trustProxy: env['TRUST_PROXY']?.trim() || undefined,
    // The demo's logins are published: never seeded into a PostgreSQL server unless asked for.
    seedDemo: seedDemo ? seedDemo === 'true' : !databaseUrl,
  };
}
