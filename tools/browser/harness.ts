import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where the tests leave their screenshots (gitignored under dist/). */
export const ARTIFACTS = join(__dirname, '../../dist/browser-artifacts');

/** Debian's Chromium, headless, with nothing reaching out to the network by itself. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RunningApp {
  url: string;
  dataDir: string;
  /** Stops the app; its data folder goes too unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

/**
 * The built app (dist/apps/api/main.js) on a fresh PGlite folder with the demo seed, on a free
 * port; or, given a `dataDir`, on that folder again, and given a `metadataDir`, on that metadata.
 */
export async function startBuiltApp(options: { dataDir?: string; metadataDir?: string } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lumary-browser-'));
  const port = await freePort();
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '../../dist/apps/api/main.js')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', ...(options.metadataDir ? { METADATA_DIR: options.metadataDir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://localhost:${port}`;
  const stop = async (keepData = false) => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // The seed writes a year of AR data on first start: wait for the login banner, not only /api/health.
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the app exited:\n${log.join('')}`);
      return log.join('').includes('Demo logins') && (await fetch(`${url}/api/health`)).ok;
    }, 300_000);
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'api.log'), log.join(''));
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page screenshot in the artefacts folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if ((error as Error).message.startsWith('the app exited')) throw error;
    }
    if (Date.now() > until) throw new Error(`the app did not start within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
