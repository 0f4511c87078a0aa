import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { apiAs, byTestId, screenshot, signIn, startBuiltApp, type RunningApp, DEMO_USERS, VIEWPORT } from './harness';

const FINANCE = DEMO_USERS.finance;
const CLIENT_LAYOUT = 'lumary-ar/objects/Contact/layouts/Client_Layout.yaml';

/** The client page's section titles, in the order the page draws them. */
async function sectionsOf(browser: Browser, url: string, clientId: string): Promise<string[]> {
  const page = await browser.newPage(VIEWPORT);
  await signIn(page, url, FINANCE);
  await page.goto(`${url}/o/Contact/${clientId}`);
  await page.waitForSelector('[data-testid^="section-"]');
  const titles = await page.$$eval('[data-testid^="section-"]', (cards) => cards.map((c) => c.getAttribute('data-testid')!.slice('section-'.length)));
  await screenshot(page, `relayout-${titles[0].replace(/\W+/g, '-').toLowerCase()}`);
  await page.close();
  return titles;
}

async function aClient(url: string): Promise<string> {
  const q = encodeURIComponent("SELECT Id FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1");
  const result = await (await apiAs(url, FINANCE)).get<{ records: { Id: string }[] }>(`/api/query?q=${q}`);
  return result.records[0].Id;
}

/**
 * An admin's layout change shows on the next page load without rebuilding the web app: the app
 * is stopped, the Client layout's sections are reordered in a copy of the metadata, and the
 * same build is started again on the same data with that metadata.
 */
export async function relayoutTest(browser: Browser, app: RunningApp): Promise<RunningApp> {
  const clientId = await aClient(app.url);
  const before = await sectionsOf(browser, app.url, clientId);
  assert.deepEqual(before, ['Contact Information', 'Funding and Billing', 'Mailing Address']);

  const metadataDir = mkdtempSync(join(tmpdir(), 'lumary-metadata-'));
  cpSync(join(__dirname, '../../metadata'), metadataDir, { recursive: true });
  const layoutFile = join(metadataDir, CLIENT_LAYOUT);
  const layout = parse(readFileSync(layoutFile, 'utf8')) as { sections: { label: string }[] };
  layout.sections.reverse();
  writeFileSync(layoutFile, stringify(layout));

  await app.stop(true);
  const restarted = await startBuiltApp({ dataDir: app.dataDir, metadataDir });
  try {
    const after = await sectionsOf(browser, restarted.url, clientId);
    assert.deepEqual(after, ['Mailing Address', 'Funding and Billing', 'Contact Information']);
    return restarted;
  } catch (error) {
    await restarted.stop();
    throw error;
  } finally {
    rmSync(metadataDir, { recursive: true, force: true });
  }
}
