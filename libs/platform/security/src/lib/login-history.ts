import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** How a sign-in ended, as Salesforce's Login History says it. */
export type LoginStatus = 'Success' | 'Invalid Password' | 'Password Lockout' | 'User is Inactive';

export interface LoginHistoryEntry {
  loginTime: string;
  status: LoginStatus;
  clientAddress: string | null;
}

/** Each sign-in of a known username, in its tenant (sys_login_history is under the tenant policy). */
export class LoginHistoryRepository {
  constructor(private readonly manager: EntityManager) {}

  async record(tenantId: string, userId: string, status: LoginStatus, clientAddress: string | null): Promise<void> {
    await this.manager.query(`INSERT INTO sys_login_history (tenant_id, id, user_id, status, client_address) VALUES ($1, $2, $3, $4, $5)`, [
      tenantId,
      randomUUID(),
      userId,
      status,
      clientAddress?.slice(0, 100) ?? null,
    ]);
  }

  /** The user's latest sign-ins first. */
  async ofUser(tenantId: string, userId: string, limit = 100): Promise<LoginHistoryEntry[]> {
    const rows = (await this.manager.query(
      `SELECT login_time AS "loginTime", status, client_address AS "clientAddress" FROM sys_login_history
        WHERE tenant_id = $1 AND user_id = $2 ORDER BY login_time DESC, id LIMIT $3`,
      [tenantId, userId, limit],
    )) as { loginTime: Date | string; status: LoginStatus; clientAddress: string | null }[];
    return rows.map((r) => ({ ...r, loginTime: new Date(r.loginTime).toISOString() }));
  }
}
