import type { Database } from '@platform/storage';
import type { Pool, QueryResult } from 'pg';

/** The schema the queue's tables live in, beside the platform's tables in the same database. */
export const QUEUE_SCHEMA = 'platform_jobs';

/** What pg-boss needs of a database connection. */
export interface QueueDb {
  executeSql(text: string, values?: unknown[]): Promise<QueryResult>;
}

/**
 * The queue works through the owner's pool: its tables belong to the owner, like the platform's
 * own, and the application's role (under row-level security) has no rights on them.
 *
 * pg-boss sends its schema changes and maintenance as one text that opens and commits its own
 * transaction (`BEGIN; ...; COMMIT;`). On PGlite every connection shares one session that the
 * application's connections switched to the application's role, and the owner's connections take
 * the owner's rights back one transaction at a time (see storage's pglite-session.ts): so such a
 * text is run inside a transaction this adapter opens first (its BEGIN then only warns, its COMMIT
 * ends ours). On PostgreSQL that is harmless.
 */
export function ownerQueueDb(database: Database): QueueDb {
  const pool = (database.owner.driver as unknown as { master: Pool }).master;
  return {
    async executeSql(text: string, values?: unknown[]): Promise<QueryResult> {
      if (!/^\s*BEGIN\b/i.test(text)) return pool.query(text, values);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await client.query(text, values);
        await client.query('COMMIT'); // (only warns when the text committed)
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
