import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** Where the tests leave their screenshots (gitignored under dist/). */
export const ARTIFACTS = join(__dirname, '../../dist/browser-artifacts');

/** Debian's Chromium, headless, with nothing reaching out to the network by itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The operator token the built app is started with (the operator console's tests sign in with it). */
export const OPERATOR_TOKEN = 'browser-tests-operator-token';

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
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LUMARY_OPERATOR_TOKEN: OPERATOR_TOKEN,
      ...(options.metadataDir ? { METADATA_DIR: options.metadataDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://localhost:${port}`;
  const stop = async (keepData = false) => {
    // Not exited yet (a child killed by a signal has no exit code, only a signal code).
    if (child.exitCode === null && child.signalCode === null) {
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

/** Debian's Chromium unless `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A page screenshot in the artefacts folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** An open Material select's panel (it lives in the overlay container, not under its field). */
const SELECT_PANEL = '.mat-mdc-select-panel';

/**
 * Picks options of the Material select under `host`: an option given as a string is matched by
 * its whole text, otherwise by the locator the function returns within the open panel. It first
 * waits for any earlier select's panel to finish closing, since a click during that animation
 * lands on the old backdrop and opens nothing; a single select closes itself on the pick, a
 * multiple one is closed with Escape; either way it returns once the panel has gone.
 */
export async function selectOptions(page: Page, host: string, ...options: (string | ((panel: Locator) => Locator))[]): Promise<void> {
  await page.waitForSelector(SELECT_PANEL, { state: 'detached' });
  await page.click(`${host} mat-select`);
  const panel = page.locator(SELECT_PANEL);
  await panel.waitFor();
  const multiple = (await panel.getAttribute('aria-multiselectable')) === 'true';
  for (const option of options) {
    await (typeof option === 'string' ? panel.getByRole('option', { name: option, exact: true }) : option(panel)).click();
  }
  if (multiple) await page.keyboard.press('Escape');
  await page.waitForSelector(SELECT_PANEL, { state: 'detached' });
}

/** An option by its data-testid, for `selectOptions`. */
export const optionByTestId = (id: string) => (panel: Locator) => panel.locator(byTestId(id));

/** The demo seed's logins (libs/lumary-ar/demo/src/lib/demo-seed.ts). */
export const DEMO_USERS = {
  finance: { username: 'finance@demo.lumary.test', password: 'Demo-Finance-2026' },
  support: { username: 'support@demo.lumary.test', password: 'Demo-Support-2026' },
  admin: { username: 'admin@demo.lumary.test', password: 'Demo-Admin-2026' },
};

/** The browser every test opens its pages in: a laptop screen, in Sydney, in Australian English. */
export const VIEWPORT = { viewport: { width: 1280, height: 900 }, locale: 'en-AU', timezoneId: 'Australia/Sydney' };

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/** A demo user's API session (signed in through POST /api/auth/login), for what a test sets up, checks or tidies. */
export async function apiAs(url: string, user: { username: string; password: string }): Promise<ApiSession> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  assert.equal(login.status, 200, `${user.username} signs in`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    async get<T>(path: string): Promise<T> {
      const res = await fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${accessToken}` } });
      assert.equal(res.status, 200, `GET ${path} as ${user.username}`);
      return (await res.json()) as T;
    },
    async send(method: string, path: string, body?: unknown) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}

/** Signs in through the sign-in page and waits for the shell's toolbar. */
export async function signIn(page: Page, url: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(`${url}/`);
  await page.waitForURL(/\/sign-in/);
  await page.fill(byTestId('sign-in-username'), user.username);
  await page.fill(byTestId('sign-in-password'), user.password);
  await page.click(byTestId('sign-in-submit'));
  await page.waitForSelector(byTestId('user-name'));
}

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

/** The phone width the suite checks pages at (an iPhone 12–15). */
export const PHONE_WIDTH = 390;

/**
 * What every page of the suite must be (issue 16): exactly one `h1`; a title of its own
 * ("… | Lumary"); at the phone width, no sideways scrolling of the page; and, unless `axe` is
 * false, no critical or serious axe-core violation (WCAG 2.1 A and AA rules). Returns what is
 * wrong (nothing when the page is fine) and the page's title.
 */
export async function pageProblems(
  page: Page,
  where: string,
  options: { axe?: boolean } = {},
): Promise<{ problems: string[]; title: string }> {
  const problems: string[] = [];
  const h1 = (await page.locator('h1:visible').allTextContents()).map((t) => t.trim());
  if (h1.length !== 1) problems.push(`${where}: ${h1.length} h1 (${JSON.stringify(h1)}), not one`);
  const title = await page.title();
  if (!/^.+ \| Lumary$/.test(title)) problems.push(`${where}: the title "${title}" is not "… | Lumary"`);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (width <= PHONE_WIDTH && scroll > width) problems.push(`${where}: the page is ${scroll} px wide on a ${width} px screen`);
  if (options.axe !== false) {
    // A toast that has just opened keeps its text aria-hidden until its live region has announced
    // it (Angular Material's snack bar, by design, for a moment): the page is checked once it has.
    await page
      .locator('.mat-mdc-snack-bar-label > [aria-hidden="true"]')
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => undefined);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
      const nodes = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
      problems.push(`${where}: axe ${v.impact} ${v.id}: ${v.help} (${nodes.join(', ')})`);
    }
  }
  return { problems, title };
}

/** `pageProblems`, asserted: the page passes, or the test fails listing what is wrong. */
export async function checkPage(page: Page, where: string, options: { axe?: boolean } = {}): Promise<string> {
  const { problems, title } = await pageProblems(page, where, options);
  assert.deepEqual(problems, [], `${where}: ${problems.join('; ')}`);
  return title;
}
