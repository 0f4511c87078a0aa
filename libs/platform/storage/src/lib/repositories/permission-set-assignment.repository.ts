import { Raw, type EntityManager, type Repository } from 'typeorm';
import type { SysPermissionSetAssignment } from '../platform.entities';

/** sys_permission_set_assignment, a tenant table: use it `in(manager)` of a transaction that names the tenant. */
export class PermissionSetAssignmentRepository {
  constructor(private readonly rows: Repository<SysPermissionSetAssignment>) {}

  /** The same repository on a transaction's manager, so its tenant and user settings (row-level security) apply. */
  in(manager: EntityManager): PermissionSetAssignmentRepository {
    return new PermissionSetAssignmentRepository(manager.withRepository(this.rows));
  }

  /** Every assignment of the tenant, by permission set. */
  ofTenant(tenantId: string): Promise<Pick<SysPermissionSetAssignment, 'userId' | 'permissionSet'>[]> {
    return this.rows.find({ select: { userId: true, permissionSet: true }, where: { tenantId }, order: { permissionSet: 'ASC' } });
  }

  /** The API names of the permission sets a user holds, in order. */
  async ofUser(tenantId: string, userId: string): Promise<string[]> {
    const rows = await this.rows.find({ select: { permissionSet: true }, where: { tenantId, userId }, order: { permissionSet: 'ASC' } });
    return rows.map((r) => r.permissionSet);
  }

  /** Assigns a permission set; assigning it again changes nothing. */
  async assign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    await this.rows.createQueryBuilder().insert().values({ tenantId, userId, permissionSet }).orIgnore().execute();
  }

  /** Takes a permission set (any case) from one user. */
  async unassign(tenantId: string, userId: string, permissionSet: string): Promise<void> {
    await this.rows.delete({ tenantId, userId, permissionSet: sameName(permissionSet) });
  }

  /** Takes a permission set (any case) from every user of the tenant. */
  async unassignEveryone(tenantId: string, permissionSet: string): Promise<void> {
    await this.rows.delete({ tenantId, permissionSet: sameName(permissionSet) });
  }
}

const sameName = (name: string) => Raw((column) => `lower(${column}) = lower(:name)`, { name });
