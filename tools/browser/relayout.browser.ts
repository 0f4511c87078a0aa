import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { apiAs, screenshot, signIn, DEMO_USERS } from './harness';
import { test } from './fixtures';

const FINANCE = DEMO_USERS.finance;
const CLIENT_LAYOUT = 'lumary-ar/objects/Contact/layouts/Client_Layout.yaml';

/** The client page's section titles, in the order the page draws them. */
async function sectionsOf(newPage: () => Promise<Page>, url: string, clientId: string): Promise<string[]> {
  const page = await newPage();
  await signIn(page, url, FINANCE);
  await page.goto(`${url}/o/Contact/${clientId}`);
  await page.waitForSelector('[data-testid^="section-"]');
  const titles = await page.$$eval('[data-testid^="section-"]', (cards) =>
    cards.map((c) => c.getAttribute('data-testid')!.slice('section-'.length)),
  );
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
 * An admin's layout change shows on the next page load without rebuilding the web app: an app of
 * the test's own is started, then stopped, the Client layout's sections are reordered in a copy
 * of the metadata, and the same build is started again on the same data with that metadata.
 */
export function relayoutTests(): void {
  test('admin: a layout reordered in the metadata shows on the next page load, the web app not rebuilt', async ({ newPage, startApp }) => {
    // Two starts of the app, the first one writing the demo seed.
    test.setTimeout(12 * 60_000);
    const app = await startApp();
    const clientId = await aClient(app.url);
    const before = await sectionsOf(newPage, app.url, clientId);
    assert.deepEqual(before, ['Contact Information', 'Funding and Billing', 'Mailing Address']);

    const metadataDir = mkdtempSync(join(tmpdir(), 'lumary-metadata-'));
    try {
      cpSync(join(__dirname, '../../metadata'), metadataDir, { recursive: true });
      const layoutFile = join(metadataDir, CLIENT_LAYOUT);
      const layout = parse(readFileSync(layoutFile, 'utf8')) as { sections: { label: string }[] };
      layout.sections.reverse();
      writeFileSync(layoutFile, stringify(layout));

      await app.stop(true);
      const restarted = await startApp({ dataDir: app.dataDir, metadataDir });
      const after = await sectionsOf(newPage, restarted.url, clientId);
      assert.deepEqual(after, ['Mailing Address', 'Funding and Billing', 'Contact Information']);
    } finally {
      rmSync(metadataDir, { recursive: true, force: true });
    }
  });
}
