import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the API reads from its environment, validated once at start (ENV_SCHEMA). */
export interface AppConfig {
  port: number;
  /** A PostgreSQL server; when absent the API runs on PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Where the application connects (as lumary_app); default: `databaseUrl` with the user lumary_app. */
  appDatabaseUrl?: string;
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
  /** The operator API's bearer token (LUMARY_OPERATOR_TOKEN); without one the operator API is closed. */
  operatorToken?: string;
  /** Seed the demo tenants with their published logins: by default only on the embedded database (SEED_DEMO=true/false overrides). */
  seedDemo: boolean;
  /** The job queue's timing (JOBS_LEASE_SECONDS, JOBS_MAINTENANCE_SECONDS, JOBS_POLL_SECONDS); defaults suit production. */
  jobs?: { leaseSeconds?: number; maintenanceSeconds?: number; pollSeconds?: number };
  /** Only warnings and errors in the log (tests). */
  quiet?: boolean;
}

export class ConfigError extends Error {}

/** A variable that may be absent; blank counts as absent. */
const text = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);

/** An optional URL whose scheme must match; `example` says what is expected. */
const url = (scheme: RegExp, expected: string, echo = true) =>
  text.refine((v) => v === undefined || scheme.test(v), {
    error: (issue) => (echo ? `must be ${expected}, got '${String(issue.input).trim()}'` : `must be ${expected}`),
  });

/** An optional positive number of seconds. */
const seconds = text
  .refine((v) => v === undefined || Number(v) > 0, { error: (issue) => `must be a number of seconds, got '${String(issue.input).trim()}'` })
  .transform((v) => (v === undefined ? undefined : Number(v)));

/**
 * The environment the API reads, each variable with its rule. Parsed once, at start (main.ts
 * via readConfig); everything else gets the resulting AppConfig.
 */
export const ENV_SCHEMA = z.object({
  PORT: z
    .string()
    .optional()
    .refine((v) => v === undefined || isPort(Number(v)), { error: (issue) => `must be a port number, got '${String(issue.input)}'` })
    .transform((v) => Number(v ?? 3000)),
  DATABASE_URL: url(/^postgres(ql)?:\/\//, 'a postgres:// URL'),
  APP_DATABASE_URL: url(/^postgres(ql)?:\/\//, 'a postgres:// URL (as the user lumary_app)', false),
  DATA_DIR: z.string().default('data'),
  METADATA_DIR: z.string().default('metadata'),
  WEB_DIR: z.string().default('dist/apps/web/browser'),
  // Not echoed: the URL may carry the SMTP password.
  SMTP_URL: url(/^smtps?:\/\/[^/]/, 'an smtp:// or smtps:// URL (smtp://user:password@host:587)', false),
  SMTP_FROM: text,
  TRUST_PROXY: text,
  LUMARY_OPERATOR_TOKEN: text,
  SEED_DEMO: z
    .string()
    .optional()
    .refine((v) => !v?.trim() || ['true', 'false'].includes(v.trim().toLowerCase()), {
      error: (issue) => `must be true or false, got '${String(issue.input)}'`,
    })
    .transform((v) => v?.trim().toLowerCase() || undefined),
  JOBS_LEASE_SECONDS: seconds,
  JOBS_MAINTENANCE_SECONDS: seconds,
  JOBS_POLL_SECONDS: seconds,
});

export type Env = z.infer<typeof ENV_SCHEMA>;

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 0 && port <= 65535;
}

/** The API's configuration from its environment; every bad variable is named in one ConfigError. */
export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '));
  }
  const e = parsed.data;
  const jobs = { leaseSeconds: e.JOBS_LEASE_SECONDS, maintenanceSeconds: e.JOBS_MAINTENANCE_SECONDS, pollSeconds: e.JOBS_POLL_SECONDS };
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    dataDir: resolve(cwd, e.DATA_DIR),
    metadataDir: resolve(cwd, e.METADATA_DIR),
    webDir: resolve(cwd, e.WEB_DIR),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    trustProxy: e.TRUST_PROXY,
    operatorToken: e.LUMARY_OPERATOR_TOKEN,
    // The demo's logins are published: never seeded into a PostgreSQL server unless asked for.
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : !e.DATABASE_URL,
    ...(Object.values(jobs).some((v) => v !== undefined) ? { jobs } : {}),
  };
}
