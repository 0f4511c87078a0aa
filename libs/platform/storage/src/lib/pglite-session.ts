import { Client } from 'pg';
import { quoteIdent } from './sql';

/**
 * PGlite is a single-user Postgres: every socket connection the PGlite server accepts is served
 * by the same backend session (pglite-socket queues the connections' messages and keeps a
 * transaction on the connection that opened it). The user named when connecting is ignored, and
 * anything session-wide, such as SET ROLE, is shared by all connections.
 *
 * So on PGlite:
 * - the app's connections run `SET ROLE <app role>` when they connect, which makes the session
 *   (not just that connection) run as the app role: superusers bypass row-level security, a
 *   SET ROLE'd session does not;
 * - the owner's connections must not undo that for everyone, so they take the session user's
 *   (the superuser's) rights one transaction at a time with `SET LOCAL ROLE NONE`: a transaction
 *   they open starts with it, and a statement sent outside a transaction is wrapped in one.
 *
 * Queries given as SQL text or a query config (TypeORM's, and pg Pool.query's) are wrapped; a
 * Cursor or a stream an owner connection sends runs as the app role, i.e. fails closed.
 */

type QueryFn = (this: Client, config: unknown, values?: unknown, callback?: unknown) => unknown;

const baseQuery = Client.prototype.query as unknown as QueryFn;

/** A pg Client class whose connections switch the (shared) session to `role` when they connect. */
export function sessionRoleClient(role: string): typeof Client {
  class SessionRoleClient extends Client {}
  const baseConnect = Client.prototype.connect as unknown as (this: Client) => Promise<void>;
  const connect = function (this: Client, callback?: (err?: Error) => void): Promise<void> | undefined {
    const connected = baseConnect.call(this).then(async () => {
      await baseQuery.call(this, `SET ROLE ${quoteIdent(role)}`);
    });
    if (!callback) return connected;
    connected.then(() => callback(), callback);
    return undefined;
  };
  (SessionRoleClient.prototype as unknown as { connect: typeof connect }).connect = connect;
  return SessionRoleClient;
}

const queues = new WeakMap<Client, Promise<unknown>>();
const TRANSACTION_START = /^\s*(START\s+TRANSACTION|BEGIN)\b/i;
const ELEVATE = 'SET LOCAL ROLE NONE';

/** A pg Client class that runs every statement with the session user's rights (see above). */
export function sessionUserClient(): typeof Client {
  class SessionUserClient extends Client {}
  const wrapped = function (this: Client, config: unknown, values?: unknown, callback?: unknown): unknown {
    if (typeof values === 'function') [values, callback] = [undefined, values];
    const text = sqlText(config);
    if (text === null) return baseQuery.call(this, config, values, callback);
    // One at a time, so that each reads the transaction status its predecessors left.
    const run = async (): Promise<unknown> => {
      const status = (this as unknown as { getTransactionStatus(): string | null }).getTransactionStatus();
      if (status === 'T' || status === 'E') return baseQuery.call(this, config, values);
      return TRANSACTION_START.test(text) ? startTransaction(this, config, values) : inOwnTransaction(this, config, values);
    };
    const result = (queues.get(this) ?? Promise.resolve()).then(run, run);
    queues.set(
      this,
      result.then(
        () => undefined,
        () => undefined,
      ),
    );
    if (typeof callback !== 'function') return result;
    result.then(
      (res) => callback(null, res),
      (err: unknown) => callback(err),
    );
    return undefined;
  };
  (SessionUserClient.prototype as unknown as { query: QueryFn }).query = wrapped;
  return SessionUserClient;
}

/** The SQL of a query given as text or as a config object; null for a Cursor or stream. */
function sqlText(config: unknown): string | null {
  if (typeof config === 'string') return config;
  if (typeof config !== 'object' || config === null) return null;
  const { text, submit } = config as { text?: unknown; submit?: unknown };
  return typeof text === 'string' && submit === undefined ? text : null;
}

async function startTransaction(client: Client, config: unknown, values: unknown): Promise<unknown> {
  const result = await baseQuery.call(client, config, values);
  await baseQuery.call(client, ELEVATE);
  return result;
}

async function inOwnTransaction(client: Client, config: unknown, values: unknown): Promise<unknown> {
  await baseQuery.call(client, 'BEGIN');
  try {
    await baseQuery.call(client, ELEVATE);
    const result = await baseQuery.call(client, config, values);
    await baseQuery.call(client, 'COMMIT');
    return result;
  } catch (err) {
    await (baseQuery.call(client, 'ROLLBACK') as Promise<unknown>).catch(() => undefined);
    throw err;
  }
}
