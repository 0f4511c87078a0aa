import type { Logger, Provider, Type } from '@nestjs/common';
import type { TagObject } from '@nestjs/swagger';
import type { RecordEngine } from '@platform/engine';
import type { JobDefinition } from '@platform/jobs';
import type { Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import type { DataSource } from 'typeorm';
import type { AuthService } from '../auth/auth.service';
import type { AppConfig } from '../config/app-config';

/**
 * A package as one unit the platform composes (PLATFORM.md, "Packages are units"): its metadata,
 * its server part and its demo data, handed to `startApi` in the app's list of installed packages.
 * The platform never imports a package; a package imports the platform (`@platform/api`).
 */
export interface ServerPackage {
  /** The name in the metadata folder's `package.yaml` (what tenants install and licence). */
  name: string;
  /** The package's metadata folder under the metadata root (METADATA_DIR), e.g. `lumary-ar`. */
  metadata: string;
  /** Its REST controllers, mounted under /api with the platform's guards, filter and pipes. */
  controllers?: Type<unknown>[];
  /** Nest providers its controllers inject. */
  providers?: Provider[];
  /** The Swagger UI tags its controllers name (`@ApiTags(tag.name)`), after the platform's. */
  openApiTags?: TagObject[];
  /** Registers its before/after write handlers (triggers) on the record engine, before Nest starts. */
  registerTriggers?(engine: RecordEngine): void;
  /**
   * Its background jobs (billing runs, email delivery, schedules): given the running API's parts,
   * the job types it defines on the platform's queue (`@platform/jobs`), worked by any API process.
   */
  jobs?(context: PackageContext): JobDefinition<never>[];
  /** Demo data `npm start` seeds into an empty database (SEED_DEMO). */
  demo?: PackageDemo;
}

/** What a package's jobs get from the running API. */
export interface PackageContext {
  engine: RecordEngine;
  database: Database;
  config: AppConfig;
  logger: Logger;
}

export interface DemoLogin {
  tenant: string;
  username: string;
  password: string;
  role: string;
  permissionSets?: string[];
}

export interface PackageDemo {
  /** Who the logins are for, printed above them, e.g. `tenant "Demo Care Services"`. */
  title: string;
  /** The published logins the seed creates. */
  logins: DemoLogin[];
  /** Seeds once; false when the database already had data and nothing was seeded. */
  seed(context: DemoContext): Promise<boolean>;
}

export interface DemoContext {
  dataSource: DataSource;
  registry: Registry;
  engine: RecordEngine;
  auth: AuthService;
  progress: (message: string) => void;
}
