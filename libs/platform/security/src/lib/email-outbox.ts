import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface OutboundEmail {
  to: string;
  subject: string;
  body: string;
}

/**
 * The platform's own outbound email (set-password links), queued in the sender's transaction so
 * an email exists exactly when what it announces does; a platform job delivers it (SMTP_URL).
 * Works with no package installed.
 */
export class EmailOutbox {
  constructor(private readonly manager: EntityManager) {}

  async queue(tenantId: string, email: OutboundEmail): Promise<string> {
    const id = randomUUID();
    await this.manager.query(`INSERT INTO sys_email_outbox (tenant_id, id, to_address, subject, body) VALUES ($1, $2, $3, $4, $5)`, [
      tenantId,
      id,
      email.to,
      email.subject,
      email.body,
    ]);
    return id;
  }
}

/** The email that carries a set-password link. */
export function setPasswordEmail(to: string, username: string, link: string, hours: number, reset: boolean): OutboundEmail {
  const opening = reset ? 'Your administrator reset your password.' : 'An account was created for you.';
  return {
    to,
    subject: reset ? 'Reset your password' : 'Set your password',
    body: [opening, '', `Username: ${username}`, '', `Set your password here (the link works once, for ${hours} hours):`, link].join('\n'),
  };
}
