import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantIsolationSql } from './app-role';
import { quoteIdent } from './sql';

/** Criteria-based sharing rules, per tenant and object (Setup → Sharing Settings). */
export const SHARING_RULE_TABLE = 'sys_sharing_rule';
/** The records shared beyond their owner: one row per record and group, Manual or by a Rule. */
export const RECORD_SHARE_TABLE = 'sys_record_share';
/** The setting (uuid[] literal) naming the groups the transaction's user belongs to (see the engine's sharing). */
export const SHARING_GROUPS_SETTING = 'app.groups';
/** The function the sharing policies call for the records shared with the user's groups. */
export const SHARED_FUNCTION = 'sys_shared';

/**
 * Sharing rules and manual sharing (issue 15):
 * - sys_sharing_rule: an object's criteria (field/operator/value rows, AND-ed), the access it
 *   gives (Read, ReadWrite) and with whom (a role, a role and its subordinates, a permission set's users);
 * - sys_record_share: a record shared with a group (a user's id, a role's id, or a derived id for
 *   "role and subordinates" and for a permission set), Manual or by a Rule (rule shares are
 *   recomputed by the engine, never edited by hand);
 * - sys_shared(tbl, edit): the ids of `tbl`'s records shared with any of the transaction's groups
 *   (`app.groups`), ReadWrite only when `edit`. The object tables' sharing policies OR
 *   `id = ANY ((SELECT sys_shared(...))::uuid[])` into their conditions: a scalar sub-select,
 *   which PostgreSQL works out once per statement (an InitPlan) and uses as an index condition on
 *   the primary key.
 */
export class SharingRules1768100000000 implements MigrationInterface {
  readonly name = 'SharingRules1768100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${SHARING_RULE_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "object_api_name" text NOT NULL,
        "name" text NOT NULL,
        "criteria" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "access" text NOT NULL CHECK ("access" IN ('Read', 'ReadWrite')),
        "shared_with_type" text NOT NULL CHECK ("shared_with_type" IN ('Role', 'RoleAndSubordinates', 'PermissionSet')),
        "shared_with" text NOT NULL,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        "last_modified_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "${SHARING_RULE_TABLE}__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "${SHARING_RULE_TABLE}__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id")
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX "${SHARING_RULE_TABLE}__name__uq" ON "${SHARING_RULE_TABLE}" ("tenant_id", "object_api_name", lower("name"))`,
    );
    await runner.query(`
      CREATE TABLE "${RECORD_SHARE_TABLE}" (
        "tenant_id" uuid NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "object_table" text NOT NULL,
        "record_id" uuid NOT NULL,
        "group_id" uuid NOT NULL,
        "grantee_type" text NOT NULL CHECK ("grantee_type" IN ('User', 'Role', 'RoleAndSubordinates', 'PermissionSet')),
        "grantee" text NOT NULL,
        "access" text NOT NULL CHECK ("access" IN ('Read', 'ReadWrite')),
        "row_cause" text NOT NULL CHECK ("row_cause" IN ('Manual', 'Rule')),
        "rule_id" uuid,
        "created_by_id" uuid,
        "created_date" timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT "${RECORD_SHARE_TABLE}__pk" PRIMARY KEY ("tenant_id", "id"),
        CONSTRAINT "${RECORD_SHARE_TABLE}__cause__ck" CHECK (("row_cause" = 'Rule') = ("rule_id" IS NOT NULL)),
        CONSTRAINT "${RECORD_SHARE_TABLE}__tenant_id__fk" FOREIGN KEY ("tenant_id") REFERENCES "sys_tenant" ("id"),
        CONSTRAINT "${RECORD_SHARE_TABLE}__rule__fk" FOREIGN KEY ("tenant_id", "rule_id") REFERENCES "${SHARING_RULE_TABLE}" ("tenant_id", "id") ON DELETE CASCADE
      )`);
    // The policies' lookup: a table's records shared with any of the user's groups (index only).
    await runner.query(
      `CREATE INDEX "${RECORD_SHARE_TABLE}__group__ix" ON "${RECORD_SHARE_TABLE}" ("tenant_id", "object_table", "group_id", "record_id", "access")`,
    );
    // One record's shares (the Sharing dialog, the recompute on a write).
    await runner.query(`CREATE INDEX "${RECORD_SHARE_TABLE}__record__ix" ON "${RECORD_SHARE_TABLE}" ("tenant_id", "record_id")`);
    await runner.query(`CREATE INDEX "${RECORD_SHARE_TABLE}__rule__ix" ON "${RECORD_SHARE_TABLE}" ("tenant_id", "rule_id")`);
    // A record is shared manually with a group once.
    await runner.query(
      `CREATE UNIQUE INDEX "${RECORD_SHARE_TABLE}__manual__uq" ON "${RECORD_SHARE_TABLE}" ("tenant_id", "record_id", "group_id") WHERE "row_cause" = 'Manual'`,
    );
    for (const table of [SHARING_RULE_TABLE, RECORD_SHARE_TABLE]) {
      for (const sql of tenantIsolationSql(table)) await runner.query(sql);
      await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${quoteIdent(APP_ROLE)}`);
    }
    await runner.query(`
      CREATE FUNCTION ${SHARED_FUNCTION}(tbl text, edit boolean) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN current_setting('app.sharing', true) IS DISTINCT FROM 'on' THEN '{}'::uuid[]
          ELSE coalesce((
            SELECT array_agg(DISTINCT s."record_id") FROM "${RECORD_SHARE_TABLE}" s
             WHERE s."tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid
               AND s."object_table" = tbl
               AND s."group_id" = ANY (coalesce(nullif(current_setting('${SHARING_GROUPS_SETTING}', true), ''), '{}')::uuid[])
               AND (NOT edit OR s."access" = 'ReadWrite')), '{}'::uuid[]) END
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION ${SHARED_FUNCTION}(text, boolean)`);
    await runner.query(`DROP TABLE "${RECORD_SHARE_TABLE}"`);
    await runner.query(`DROP TABLE "${SHARING_RULE_TABLE}"`);
  }
}
