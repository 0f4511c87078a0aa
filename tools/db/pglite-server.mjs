#!/usr/bin/env node
/**
 * PGlite (Postgres in WebAssembly) behind a Postgres wire-protocol socket, in its own process.
 *
 *   node tools/db/pglite-server.mjs [--data-dir DIR | --memory] [--max-connections 12]
 *
 * Prints one JSON line on stdout when ready: {"ready":true,"socket":PATH,"host":DIR,"port":5432,"url":...}
 * (or {"ready":false,"error":"..."} and exit code 1).
 *
 * PGlite has one user, a superuser, and no authentication, so it is reachable only by this
 * machine's user that runs the app: it listens on a Unix socket (no TCP port at all), made
 * owner-only (0600), inside the data folder - or, for an in-memory database or a data folder
 * whose path is too long for a socket, in a fresh 0700 folder under the system's temp folder,
 * removed on exit. pg and psql reach it with host=<that folder>. Plain ESM with no build step because it
 * runs outside the app: PGlite's dynamic import() fails inside jest's vm sandbox, and a separate
 * process keeps its ~600 MB of WebAssembly heap out of the API process.
 *
 * It shuts down cleanly (closing PGlite so a data dir is flushed) on SIGTERM/SIGINT and when its
 * stdin closes, which is what happens when the parent process dies for any reason.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    memory: { type: 'boolean', default: false },
    'max-connections': { type: 'string', default: '12' },
  },
});

const LOCK_FILE = '.pglite-server.lock';
/** The name libpq and pg give the socket of port 5432 in a socket folder. */
const SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SOCKET_PORT}`;
/** sockaddr_un's path holds 108 bytes on Linux (104 on macOS). */
const MAX_SOCKET_PATH = 100;

/** The folder the socket goes in, and whether it is ours to remove on exit. */
function socketFolder(dataDir) {
  if (dataDir && Buffer.byteLength(join(dataDir, SOCKET_NAME)) <= MAX_SOCKET_PATH) return { dir: dataDir, temporary: false };
  return { dir: mkdtempSync(join(tmpdir(), 'lumary-pglite-')), temporary: true }; // mkdtemp makes it 0700
}
const report = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/** Two PGlite instances on one data dir corrupt it, so the dir is locked to one server process. */
function lockDataDir(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  try {
    closeSync(openSync(lockPath, 'wx'));
  } catch {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(`data dir ${dataDir} is in use by another PGlite server (pid ${holder})`);
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
  const dataDir = values.memory || !values['data-dir'] ? null : resolve(values['data-dir']);
  // Removed on any exit; a lock left by a killed process names a dead pid and is taken over.
  if (dataDir) process.on('exit', lockDataDir(dataDir));
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  keepQueryCyclesWhole(db);
  const folder = socketFolder(dataDir);
  const socket = join(folder.dir, SOCKET_NAME);
  // A socket left by a killed server: the data dir's lock (taken above) says no server uses it.
  rmSync(socket, { force: true });
  process.on('exit', () => (folder.temporary ? rmSync(folder.dir, { recursive: true, force: true }) : rmSync(socket, { force: true })));
  const server = new PGLiteSocketServer({
    db,
    path: socket,
    maxConnections: Number(values['max-connections']),
  });
  await server.start();
  chmodSync(socket, 0o600);

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

  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(folder.dir)}`;
  report({
    ready: true,
    socket,
    host: folder.dir,
    port: SOCKET_PORT,
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
