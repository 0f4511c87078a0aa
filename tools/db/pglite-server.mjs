#!/usr/bin/env node
/**
 * PGlite (Postgres in WebAssembly) behind a Postgres wire-protocol socket, in its own process.
 *
 *   node tools/db/pglite-server.mjs [--data-dir DIR | --memory] [--port 0] [--max-connections 12]
 *
 * Prints one JSON line on stdout when ready: {"ready":true,"host":"127.0.0.1","port":N,"url":...}
 * (or {"ready":false,"error":"..."} and exit code 1). Plain ESM with no build step because it
 * runs outside the app: PGlite's dynamic import() fails inside jest's vm sandbox, and a separate
 * process keeps its ~600 MB of WebAssembly heap out of the API process.
 *
 * It shuts down cleanly (closing PGlite so a data dir is flushed) on SIGTERM/SIGINT and when its
 * stdin closes, which is what happens when the parent process dies for any reason.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    memory: { type: 'boolean', default: false },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    'max-connections': { type: 'string', default: '12' },
  },
});

const LOCK_FILE = '.pglite-server.lock';
const report = (message) =>
  process.stdout.write(`${JSON.stringify(message)}\n`);

/** Two PGlite instances on one data dir corrupt it, so the dir is locked to one server process. */
function lockDataDir(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  try {
    closeSync(openSync(lockPath, 'wx'));
  } catch {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `data dir ${dataDir} is in use by another PGlite server (pid ${holder})`,
      );
    }
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function main() {
  const dataDir =
    values.memory || !values['data-dir'] ? null : resolve(values['data-dir']);
  // Removed on any exit; a lock left by a killed process names a dead pid and is taken over.
  if (dataDir) process.on('exit', lockDataDir(dataDir));
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  keepQueryCyclesWhole(db);
  const server = new PGLiteSocketServer({
    db,
    host: values.host,
    port: Number(values.port),
    maxConnections: Number(values['max-connections']),
  });
  await server.start();
  const [host, port] = server.getServerConn().split(':');

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.resume();

  const url = `postgres://postgres@${host}:${port}/postgres`;
  report({
    ready: true,
    host,
    port: Number(port),
    url,
    pid: process.pid,
    dataDir,
  });
}

/**
 * pglite-socket queues the connections' protocol messages one by one and lets another
 * connection's message in between unless a transaction is open. Outside a transaction that
 * mixes extended-query cycles (Parse, Bind, Describe, Execute … Sync) of two connections in the
 * one PGlite session: the second Parse replaces the unnamed statement the first one bound, and
 * a query answers with another query's rows. The queue asks `db.isInTransaction()` whether to
 * keep serving the same connection, so it is also told "yes" from a cycle's first message
 * until its Sync (or a simple Query, or a ROLLBACK the server sends for a closed connection).
 */
function keepQueryCyclesWhole(db) {
  // Frontend messages that open or continue a cycle; Sync, Query, Terminate and the rest end it.
  const IN_CYCLE = new Set(['P', 'B', 'D', 'E', 'C', 'H']);
  let midCycle = false;
  const inTransaction = db.isInTransaction.bind(db);
  db.isInTransaction = () => midCycle || inTransaction();
  const execRaw = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    const type = String.fromCharCode(message[0]);
    midCycle = IN_CYCLE.has(type);
    return execRaw(message, options);
  };
  const exec = db.exec.bind(db);
  db.exec = async (sql, options) => {
    if (/^\s*ROLLBACK\b/i.test(sql)) midCycle = false;
    return exec(sql, options);
  };
}

main().catch((err) => {
  report({
    ready: false,
    error: err instanceof Error ? err.message : String(err),
  });
  process.exit(1);
});
