import { Inject, Injectable } from '@nestjs/common';
import { EngineError, inTenant, RecordEngine, type RequestContext } from '@platform/engine';
import type { ObjectDef, Registry } from '@platform/metadata';
import type { Database } from '@platform/storage';
import type { EntityManager } from 'typeorm';
import { DATABASE, ENGINE, REGISTRY } from '../platform.tokens';
import type { CreateRoleRequest, RoleDetail, UpdateRoleRequest } from './roles.dto';

/** The UserRole fields as Setup's requests name them, so an error names the field the admin sent. */
const REQUEST_FIELDS: Record<string, string> = { Name: 'name', DeveloperName: 'developerName', ParentRoleId: 'parentRoleId' };

function inRequestTerms(error: unknown): never {
  if (error instanceof EngineError) {
    throw new EngineError(
      error.kind,
      error.errors.map((e) => ({ ...e, fields: e.fields.map((f) => REQUEST_FIELDS[f] ?? f) })),
    );
  }
  throw error;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (id: string) => EngineError.notFound(`No role with the id ${id}.`);
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A role name made from a label, as Salesforce's New Role page suggests one: `Finance Manager` → `Finance_Manager`. */
export function developerNameOf(label: string): string {
  const name = label
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (/^[A-Za-z]/.test(name) ? name : `Role_${name}`).slice(0, 80);
}

interface RoleTables {
  role: ObjectDef;
  parent: string;
  user: ObjectDef;
  userRole: string;
}

/**
 * Setup → Roles: the tenant's role hierarchy (`UserRole` records, as Salesforce's). Writes go
 * through the record engine in the admin's tenant transaction; the UserRole triggers this service
 * registers hold for the records API too: a role never reports to itself or to a role below it, and
 * a role is not deleted while users or child roles hold it.
 */
@Injectable()
export class RolesService {
  constructor(
    @Inject(ENGINE) private readonly engine: RecordEngine,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REGISTRY) private readonly registry: Registry,
  ) {
    const tables = this.tables();
    if (!tables) return;
    engine.triggers.register('UserRole', {
      beforeUpdate: async ({ manager, ctx, id, record, old }) => {
        const parent = record['ParentRoleId'];
        if (typeof parent !== 'string' || parent === old?.['ParentRoleId'] || !id) return;
        if (await this.isAtOrBelow(manager, ctx.tenantId, tables, parent, id)) {
          throw EngineError.invalid('FIELD_INTEGRITY_EXCEPTION', 'A role cannot report to itself or to a role below it in the hierarchy.', [
            'ParentRoleId',
          ]);
        }
      },
      beforeDelete: async ({ manager, ctx, id, old }) => {
        const [held] = (await manager.query(
          `SELECT (SELECT count(*) FROM ${q(tables.user.table)} WHERE "tenant_id" = $1 AND ${q(tables.userRole)} = $2)::int AS "users",
                  (SELECT count(*) FROM ${q(tables.role.table)} WHERE "tenant_id" = $1 AND ${q(tables.parent)} = $2)::int AS "children"`,
          [ctx.tenantId, id],
        )) as { users: number; children: number }[];
        const reasons = [
          held && held.users ? `${held.users} ${held.users === 1 ? 'user holds' : 'users hold'} it` : '',
          held && held.children ? `${held.children} role${held.children === 1 ? ' reports' : 's report'} to it` : '',
        ].filter(Boolean);
        if (reasons.length) {
          throw EngineError.invalid(
            'DELETE_FAILED',
            `The role ${String(old?.['Name'] ?? '')} cannot be deleted while ${reasons.join(' and ')}: give them another role first.`,
            [],
          );
        }
      },
    });
  }

  async list(ctx: RequestContext): Promise<RoleDetail[]> {
    const tables = this.requireTables();
    const rows = await inTenant(this.database.dataSource, ctx, (m) => this.rows(m, ctx.tenantId, tables));
    return inHierarchyOrder(rows);
  }

  async get(ctx: RequestContext, id: string): Promise<RoleDetail> {
    if (!UUID.test(id)) throw notFound(id);
    const tables = this.requireTables();
    const [row] = await inTenant(this.database.dataSource, ctx, (m) => this.rows(m, ctx.tenantId, tables, id));
    if (!row) throw notFound(id);
    return row;
  }

  async create(ctx: RequestContext, body: CreateRoleRequest): Promise<RoleDetail> {
    const values = {
      Name: body.name.trim(),
      DeveloperName: body.developerName ?? developerNameOf(body.name),
      ParentRoleId: body.parentRoleId ?? null,
    };
    const { id } = await this.engine.create(ctx, 'UserRole', values).catch(inRequestTerms);
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, body: UpdateRoleRequest): Promise<RoleDetail> {
    await this.get(ctx, id);
    const values: Record<string, unknown> = {};
    if (body.name !== undefined) values['Name'] = body.name.trim();
    if (body.developerName !== undefined) values['DeveloperName'] = body.developerName;
    if (body.parentRoleId !== undefined) values['ParentRoleId'] = body.parentRoleId;
    if (Object.keys(values).length) await this.engine.update(ctx, 'UserRole', id, values).catch(inRequestTerms);
    return this.get(ctx, id);
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.get(ctx, id);
    await this.engine.delete(ctx, 'UserRole', id).catch(inRequestTerms);
  }

  private tables(): RoleTables | undefined {
    const role = this.registry.object('UserRole');
    const user = this.registry.object('User');
    const parent = role?.fields.get('parentroleid')?.column;
    const userRole = user?.fields.get('userroleid')?.column;
    return role && user && parent && userRole ? { role, parent, user, userRole } : undefined;
  }

  private requireTables(): RoleTables {
    const tables = this.tables();
    if (!tables) throw EngineError.notFound('This platform has no roles.');
    return tables;
  }

  private async rows(manager: EntityManager, tenantId: string, t: RoleTables, id?: string): Promise<RoleDetail[]> {
    const name = t.role.fields.get('name')!.column!;
    const developerName = t.role.fields.get('developername')!.column!;
    const rows = (await manager.query(
      `SELECT r."id", r.${q(name)} AS "name", r.${q(developerName)} AS "developerName", r.${q(t.parent)} AS "parentRoleId",
              (SELECT count(*) FROM ${q(t.user.table)} u WHERE u."tenant_id" = r."tenant_id" AND u.${q(t.userRole)} = r."id")::int AS "userCount"
         FROM ${q(t.role.table)} r
        WHERE r."tenant_id" = $1 ${id ? 'AND r."id" = $2' : ''}`,
      id ? [tenantId, id] : [tenantId],
    )) as RoleDetail[];
    return rows.map((r) => ({ ...r, userCount: Number(r.userCount) }));
  }

  /** Whether `roleId` is `ancestorId` or reports to it, however far down. */
  private async isAtOrBelow(manager: EntityManager, tenantId: string, t: RoleTables, roleId: string, ancestorId: string): Promise<boolean> {
    const [row] = (await manager.query(
      `WITH RECURSIVE "up" AS (
         SELECT "id", ${q(t.parent)} AS "parent", 0 AS "depth" FROM ${q(t.role.table)} WHERE "tenant_id" = $1 AND "id" = $2
         UNION ALL
         SELECT r."id", r.${q(t.parent)}, u."depth" + 1 FROM ${q(t.role.table)} r JOIN "up" u ON r."id" = u."parent"
          WHERE r."tenant_id" = $1 AND u."depth" < 1000)
       SELECT EXISTS (SELECT 1 FROM "up" WHERE "id" = $3) AS "below"`,
      [tenantId, roleId, ancestorId],
    )) as { below: boolean }[];
    return !!row?.below;
  }
}

/** Parents before their children (depth first), siblings by label: the order Setup's tree reads in. */
export function inHierarchyOrder(roles: RoleDetail[]): RoleDetail[] {
  const byParent = new Map<string | null, RoleDetail[]>();
  const ids = new Set(roles.map((r) => r.id));
  for (const role of roles) {
    const parent = role.parentRoleId && ids.has(role.parentRoleId) ? role.parentRoleId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), role]);
  }
  const ordered: RoleDetail[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const role of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(role.id)) continue;
      seen.add(role.id);
      ordered.push(role);
      visit(role.id);
    }
  };
  visit(null);
  return ordered;
}
