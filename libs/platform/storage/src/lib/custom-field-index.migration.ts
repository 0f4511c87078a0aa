import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantIsolationSql } from './app-role';
import { quoteIdent } from './sql';

/**
 * Indexed, unique and external-id custom fields (Setup) as Salesforce keeps them: in shared pivot
 * tables the engine maintains in each write's transaction, keyed by tenant, object, field and
 * typed value, instead of an index per tenant on the shared object table (whose predicate every
 * insert of every tenant evaluated, and whose plain CREATE INDEX blocked every tenant's writes).
 *
 * - `sys_cf_index`: one row per (record, indexed field) with the value in the column of its kind
 *   (text case-folded, as SOQL's = compares it; number; date; date-time). SOQL filters on an
 *   indexed field select record ids from it; the object table's own policies (tenant, sharing)
 *   still decide which of those records the user sees.
 * - `sys_cf_unique`: one row per (record, unique or external-id field); its primary key
 *   (tenant, object, field, value) is what makes a value unique in a tenant, under concurrent
 *   inserts too (the second waits for the first and fails on commit).
 * - `sys_cf_index_build`: the progress of the job that indexes the rows a field had before it
 *   was indexed (Setup's field detail shows it).
 */
export const CUSTOM_INDEX_TABLE = 'sys_cf_index';
export const CUSTOM_UNIQUE_TABLE = 'sys_cf_unique';
export const CUSTOM_INDEX_BUILD_TABLE = 'sys_cf_index_build';
/** The constraint a duplicate unique custom value violates. */
export const CUSTOM_UNIQUE_CONSTRAINT = `${CUSTOM_UNIQUE_TABLE}__pk`;

export const CUSTOM_INDEX_TABLES = [CUSTOM_INDEX_TABLE, CUSTOM_UNIQUE_TABLE, CUSTOM_INDEX_BUILD_TABLE] as const;

export class CustomFieldIndexes1768300000000 implements MigrationInterface {
  readonly name = 'CustomFieldIndexes1768300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${CUSTOM_INDEX_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "object" text NOT NULL,
        "field" text NOT NULL,
        "record_id" uuid NOT NULL,
        "str" text,
        "num" numeric,
        "dat" date,
        "ts" timestamp with time zone,
        CONSTRAINT "${CUSTOM_INDEX_TABLE}__pk" PRIMARY KEY ("tenant_id", "record_id", "field")
      )`);
    // One index per value kind, each listing only the rows of its kind; the record id last, so a
    // filter is answered from the index alone.
    for (const column of ['str', 'num', 'dat', 'ts']) {
      await runner.query(
        `CREATE INDEX "${CUSTOM_INDEX_TABLE}__${column}" ON "${CUSTOM_INDEX_TABLE}" ("tenant_id", "object", "field", "${column}", "record_id") WHERE "${column}" IS NOT NULL`,
      );
    }
    await runner.query(`
      CREATE TABLE "${CUSTOM_UNIQUE_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "object" text NOT NULL,
        "field" text NOT NULL,
        "value" text NOT NULL,
        "record_id" uuid NOT NULL,
        CONSTRAINT "${CUSTOM_UNIQUE_CONSTRAINT}" PRIMARY KEY ("tenant_id", "object", "field", "value")
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX "${CUSTOM_UNIQUE_TABLE}__record" ON "${CUSTOM_UNIQUE_TABLE}" ("tenant_id", "record_id", "field")`,
    );
    await runner.query(`
      CREATE TABLE "${CUSTOM_INDEX_BUILD_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "object" text NOT NULL,
        "field" text NOT NULL,
        "state" text NOT NULL CHECK ("state" IN ('building', 'done', 'failed')),
        "total" integer NOT NULL DEFAULT 0,
        "done" integer NOT NULL DEFAULT 0,
        "error" text,
        "started_date" timestamp with time zone NOT NULL DEFAULT now(),
        "finished_date" timestamp with time zone,
        CONSTRAINT "${CUSTOM_INDEX_BUILD_TABLE}__pk" PRIMARY KEY ("tenant_id", "object", "field")
      )`);
    for (const table of CUSTOM_INDEX_TABLES) {
      for (const sql of tenantIsolationSql(table)) await runner.query(sql);
      await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${quoteIdent(table)} TO ${quoteIdent(APP_ROLE)}`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [...CUSTOM_INDEX_TABLES].reverse()) await runner.query(`DROP TABLE ${quoteIdent(table)}`);
  }
}

/** The name the old per-tenant expression indexes had: `cf_` and 24 hex digits. */
export const OLD_CUSTOM_INDEX_PATTERN = '^cf_[0-9a-f]{24}$';

/**
 * Converts the per-tenant partial expression indexes Setup used to create on object tables: each
 * is dropped with DROP INDEX CONCURRENTLY (outside a transaction, so no tenant's writes wait), and
 * each indexed custom field is marked `indexBuilding` in its tenant's overlay (with the tenant's
 * metadata version bumped): the API then builds its pivot entries as a job on start (see the
 * Setup service's resumeIndexBuilds), while the field works unindexed and new writes are indexed.
 */
export class CustomFieldIndexConversion1768300000001 implements MigrationInterface {
  readonly name = 'CustomFieldIndexConversion1768300000001';
  readonly transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    const old = (await runner.query(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname ~ $1`, [
      OLD_CUSTOM_INDEX_PATTERN,
    ])) as { indexname: string }[];
    for (const { indexname } of old) {
      try {
        await runner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(indexname)}`);
      } catch (error) {
        // PGlite (one connection, nobody else to block) runs every statement in a transaction block.
        if (
          (error as { code?: string; driverError?: { code?: string } }).driverError?.code !== '25001' &&
          (error as { code?: string }).code !== '25001'
        )
          throw error;
        await runner.query(`DROP INDEX IF EXISTS ${quoteIdent(indexname)}`);
      }
    }
    await runner.query('BEGIN');
    try {
      const marked = (await runner.query(
        `UPDATE "sys_metadata_overlay" SET "body" = "body" || '{"indexBuilding": true}'::jsonb, "modified_date" = now()
          WHERE "kind" = 'CustomField' AND ("body" ->> 'indexed' = 'true' OR "body" ->> 'unique' = 'true' OR "body" ->> 'externalId' = 'true')
          RETURNING "tenant_id"`,
      )) as { tenant_id: string }[];
      const tenants = [...new Set(marked.map((r) => r.tenant_id))];
      if (tenants.length)
        await runner.query(`UPDATE "sys_tenant" SET "metadata_version" = "metadata_version" + 1 WHERE "id" = ANY($1::uuid[])`, [tenants]);
      await runner.query('COMMIT');
    } catch (error) {
      await runner.query('ROLLBACK');
      throw error;
    }
  }

  async down(): Promise<void> {
    // The old indexes are not brought back: the pivot tables serve the same filters.
  }
}
