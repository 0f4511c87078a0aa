import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { StorageError } from './storage.errors';

/**
 * PGlite runs in a child process (tools/db/pglite-server.mjs) and is reached over a Unix
 * socket with the ordinary pg driver: owner-only, in the data folder (or a private temp folder),
 * and no TCP port, because PGlite's one user is a superuser with no password. One code path for the app, the CLIs and jest: PGlite's
 * dynamic import() fails inside jest's vm sandbox, and the child keeps PGlite's large WebAssembly
 * heap out of the API process. This module is the only one that starts or stops it.
 */

export interface PgliteServerOptions {
  /** Where PGlite keeps its files; null for an in-memory database. */
  dataDir: string | null;
  /** Socket connections to accept: the pool size plus spare (pglite-socket's default of 1 breaks pools). */
  maxConnections: number;
  startTimeoutMs?: number;
}

export interface PgliteServer {
  /** `postgres://postgres@localhost/postgres?host=<socket folder>`. */
  url: string;
  /** The Unix socket's path. */
  socket: string;
  pid: number;
  stop(): Promise<void>;
}

const SCRIPT = join('tools', 'db', 'pglite-server.mjs');
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

export async function startPgliteServer(options: PgliteServerOptions): Promise<PgliteServer> {
  const args = [findServerScript(), '--max-connections', String(options.maxConnections)];
  args.push(...(options.dataDir === null ? ['--memory'] : ['--data-dir', resolve(options.dataDir)]));
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: childEnv(),
  });
  track(child);
  const stderr = collectTail(child);
  try {
    const ready = await waitForReady(child, stderr, options.startTimeoutMs ?? 60_000);
    watchForCrash(child, stderr);
    // The child must not keep the parent alive; it exits by itself when the parent goes.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) unrefStream(stream);
    return {
      url: ready.url,
      socket: ready.socket,
      pid: ready.pid,
      stop: () => stopChild(child),
    };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

/**
 * The script is found from an explicit PGLITE_SERVER_SCRIPT, else by walking up from this file
 * (source, jest, tsx) and from the working directory (a bundled app started from the repo).
 */
function findServerScript(): string {
  const explicit = process.env['PGLITE_SERVER_SCRIPT'];
  if (explicit) return resolve(explicit);
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, SCRIPT);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new StorageError(
    'PGLITE_SERVER_NOT_FOUND',
    `cannot find ${SCRIPT} above ${__dirname} or ${process.cwd()}; set PGLITE_SERVER_SCRIPT or DATABASE_URL`,
  );
}

/** Loaders the parent was started with (tsx, ts-node) are not needed by the plain-JS child. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  return env;
}

interface ReadyMessage {
  ready: boolean;
  url: string;
  socket: string;
  host: string;
  port: number;
  pid: number;
  error?: string;
}

function waitForReady(child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<ReadyMessage> {
  return new Promise((resolvePromise, reject) => {
    const fail = (message: string) => {
      cleanup();
      const detail = stderr();
      reject(new StorageError('PGLITE_START_FAILED', detail ? `${message}\n${detail}` : message));
    };
    const timer = setTimeout(() => fail(`PGlite did not start within ${timeoutMs} ms`), timeoutMs);
    const lines = createInterface({
      input: child.stdout as NodeJS.ReadableStream,
    });
    const onLine = (line: string) => {
      const message = parseReady(line);
      if (!message) return;
      if (!message.ready) return fail(`PGlite failed to start: ${message.error ?? 'unknown error'}`);
      cleanup();
      resolvePromise(message);
    };
    const onExit = (code: number | null) => fail(`PGlite server exited with code ${code} before it was ready`);
    const onError = (err: Error) => fail(`cannot start the PGlite server: ${err.message}`);
    const cleanup = () => {
      clearTimeout(timer);
      lines.off('line', onLine);
      lines.close();
      child.off('exit', onExit);
      child.off('error', onError);
    };
    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

function parseReady(line: string): ReadyMessage | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && 'ready' in value ? (value as ReadyMessage) : null;
  } catch {
    return null; // not our message (a library printing to stdout)
  }
}

/** Keeps the last lines the child wrote to stderr, to explain a failure. */
function collectTail(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  return () => tail.trim();
}

function watchForCrash(child: ChildProcess, stderr: () => string): void {
  child.once('exit', (code, signal) => {
    if (!running.has(child)) return; // stopped on purpose
    running.delete(child);
    process.stderr.write(`PGlite server (pid ${child.pid}) exited unexpectedly (${signal ?? code}).\n${stderr()}\n`);
  });
}

const unrefStream = (stream: unknown): void => {
  (stream as { unref?: () => void } | null)?.unref?.();
};

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    // SIGTERM lets the child close PGlite, which flushes a data dir to disk.
    child.kill('SIGTERM');
  });
}

/**
 * Children are told to stop when this process exits normally; if it is killed outright, the
 * child sees its stdin close and stops by itself.
 */
function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    process.once('exit', () => running.forEach((c) => c.kill('SIGTERM')));
    exitHookInstalled = true;
  }
  running.add(child);
}
