import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startPgliteServer, type PgliteServer } from './pglite-server';

/**
 * The embedded database has one user, a superuser, and no password: it must be reachable only by
 * the app (issue 13). It listens on an owner-only Unix socket in the data folder and on no TCP
 * port, so no other local user, and nothing over the network, can connect.
 */

let dataDir: string;
let server: PgliteServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pg-sock-'));
  server = await startPgliteServer({ dataDir, maxConnections: 3 });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The TCP ports a process listens on, from /proc (its socket inodes against the kernel's tables). */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`)
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        } catch {
          return undefined; // closed meanwhile
        }
      })
      .filter((inode): inode is string => !!inode),
  );
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6'].filter(existsSync)) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ip:PORT in hex; st 0A is LISTEN; column 9 is the inode.
      if (cols[3] === '0A' && inodes.has(cols[9])) ports.push(parseInt(cols[1].split(':')[1], 16));
    }
  }
  return ports;
}

describe('the embedded database server', () => {
  it('listens on an owner-only Unix socket inside the data folder, and the app reaches it there', async () => {
    expect(server.socket).toBe(join(dataDir, '.s.PGSQL.5432'));
    const socket = statSync(server.socket);
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
    expect(new URL(server.url).searchParams.get('host')).toBe(dataDir);
    const app = new Client(server.url);
    await app.connect();
    try {
      expect((await app.query('SELECT 1 + 1 AS two')).rows).toEqual([{ two: 2 }]);
    } finally {
      await app.end();
    }
  });

  it('listens on no TCP port: an outside client has nothing to connect to', async () => {
    // The server process's own sockets, from the kernel: a TCP listener would be the way in.
    expect(listeningTcpPorts(server.pid)).toEqual([]);
    // The check sees a TCP listener where there is one (this process's, for a moment).
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    try {
      expect(listeningTcpPorts(process.pid)).toContain((probe.address() as AddressInfo).port);
    } finally {
      await new Promise((resolve) => probe.close(resolve));
    }
  });

  it('keeps an in-memory database’s socket in a private folder of its own, removed when it stops', async () => {
    const memory = await startPgliteServer({ dataDir: null, maxConnections: 2 });
    const folder = new URL(memory.url).searchParams.get('host')!;
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(memory.socket).mode & 0o777).toBe(0o600);
    expect(listeningTcpPorts(memory.pid)).toEqual([]);
    await memory.stop();
    expect(existsSync(folder)).toBe(false);
  }, 60_000);
});
