import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written migrations for the platform's own tables. Object tables are not here: the schema
 * planner derives those from metadata. Each migration sets `name` (with the timestamp TypeORM
 * orders by) so a minified build does not rename it.
 */

/** Where TypeORM records which migrations ran; `sys_` so the planner leaves it alone. */
export const MIGRATIONS_TABLE = 'sys_migrations';

export class PlatformTables1767225600000 implements MigrationInterface {
  readonly name = 'PlatformTables1767225600000';

  async up(runner: QueryRunner): Promise<void> {
    // Tenants are a small reference table (replicated, not sharded, on Citus).
    await runner.query(`
      CREATE TABLE "sys_tenant" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "slug" text NOT NULL,
        "time_zone" text NOT NULL DEFAULT 'Australia/Sydney',
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_tenant__pk" PRIMARY KEY ("id"),
        CONSTRAINT "sys_tenant__slug__uq" UNIQUE ("slug")
      )`);
    await runner.query(`
      CREATE TABLE "sys_installed_package" (
        "tenant_id" uuid NOT NULL,
        "package_name" text NOT NULL,
        "version" text NOT NULL,
        "licensed" boolean NOT NULL DEFAULT false,
        "installed_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_installed_package__pk" PRIMARY KEY ("tenant_id", "package_name"),
        CONSTRAINT "sys_installed_package__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE TABLE "sys_metadata_overlay" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "object_api_name" text,
        "api_name" text NOT NULL,
        "body" jsonb NOT NULL DEFAULT '{}',
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "modified_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_metadata_overlay__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_metadata_overlay__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    // The log of applied schema plans; global, like the schema itself.
    await runner.query(`
      CREATE TABLE "sys_schema_plan" (
        "id" serial NOT NULL,
        "applied_date" timestamp with time zone NOT NULL DEFAULT now(),
        "statements" jsonb NOT NULL,
        "destructive" boolean NOT NULL,
        "metadata_fingerprint" text NOT NULL,
        CONSTRAINT "sys_schema_plan__pk" PRIMARY KEY ("id")
      )`);
    // AutoNumber counters, advanced by the record engine with UPDATE ... RETURNING.
    await runner.query(`
      CREATE TABLE "sys_autonumber" (
        "tenant_id" uuid NOT NULL,
        "object_api_name" text NOT NULL,
        "field_api_name" text NOT NULL,
        "next_value" bigint NOT NULL DEFAULT 1,
        CONSTRAINT "sys_autonumber__pk" PRIMARY KEY ("tenant_id", "object_api_name", "field_api_name"),
        CONSTRAINT "sys_autonumber__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'sys_autonumber',
      'sys_schema_plan',
      'sys_metadata_overlay',
      'sys_installed_package',
      'sys_tenant',
    ]) {
      await runner.query(`DROP TABLE "${table}"`);
    }
  }
}

/** Field history: who changed a tracked field, when, from what to what. Rows are only ever added. */
export class FieldHistory1767312000000 implements MigrationInterface {
  readonly name = 'FieldHistory1767312000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_field_history" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "object_api_name" text NOT NULL,
        "record_id" uuid NOT NULL,
        "field_api_name" text NOT NULL,
        "old_value" jsonb,
        "new_value" jsonb,
        "changed_by_id" uuid,
        "changed_date" timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "sys_field_history__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "sys_field_history__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE INDEX "sys_field_history__record__ix"
        ON "sys_field_history" ("tenant_id", "object_api_name", "record_id", "changed_date")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sys_field_history"`);
  }
}

/**
 * Sign-in: a credential per username (usernames are unique across tenants, as in Salesforce, so
 * a login finds its tenant) and server-side sessions, stored by the hash of their token.
 */
export class Authentication1767398400000 implements MigrationInterface {
  readonly name = 'Authentication1767398400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_credential" (
        "username" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "password_hash" text NOT NULL,
        "failed_attempts" integer NOT NULL DEFAULT 0,
        "locked_until" timestamp with time zone,
        CONSTRAINT "sys_credential__pk" PRIMARY KEY ("username"),
        CONSTRAINT "sys_credential__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE TABLE "sys_session" (
        "token_hash" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "csrf_token" text NOT NULL,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "expires_date" timestamp with time zone NOT NULL,
        CONSTRAINT "sys_session__pk" PRIMARY KEY ("token_hash"),
        CONSTRAINT "sys_session__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sys_session"`);
    await runner.query(`DROP TABLE "sys_credential"`);
  }
}

/** Which permission sets (a package's, or the tenant's own) each user holds. */
export class PermissionSetAssignments1767484800000 implements MigrationInterface {
  readonly name = 'PermissionSetAssignments1767484800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "sys_permission_set_assignment" (
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "permission_set" text NOT NULL,
        "assigned_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "sys_permission_set_assignment__pk" PRIMARY KEY ("tenant_id", "user_id", "permission_set"),
        CONSTRAINT "sys_permission_set_assignment__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX "sys_metadata_overlay__kind_name__uq"
        ON "sys_metadata_overlay" ("tenant_id", "kind", "api_name")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "sys_metadata_overlay__kind_name__uq"`);
    await runner.query(`DROP TABLE "sys_permission_set_assignment"`);
  }
}

export const PLATFORM_MIGRATIONS = [
  PlatformTables1767225600000,
  FieldHistory1767312000000,
  Authentication1767398400000,
  PermissionSetAssignments1767484800000,
];
