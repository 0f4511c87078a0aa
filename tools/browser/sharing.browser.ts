import assert from 'node:assert/strict';
import { apiAs, byTestId, checkPage, DEMO_USERS, PHONE_WIDTH, screenshot, selectOptions } from './harness';
import { test } from './fixtures';

/**
 * Setup → Sharing Settings as the demo admin at the phone width: the objects' organisation-wide
 * defaults listed, Edit, one object changed, Save confirmed, the toast, the new default shown
 * and in the API; then the old default put back through the API so later tests see the demo's
 * sharing. A support user is refused by the API and sees its message.
 */

interface Settings {
  objects: { object: string; label: string; sharingModel: string }[];
}

const LABELS: Record<string, string> = { Private: 'Private', Read: 'Public Read Only', ReadWrite: 'Public Read/Write' };

export function sharingTests(): void {
  test('admin at 1280 and 390 px: Sharing Settings: change an object’s default (confirmed, toast, shown, in the API); support is refused', async ({
    adminPage: page,
    supportPage,
    url,
  }) => {
    const api = await apiAs(url, DEMO_USERS.admin);
    const before = await api.get<Settings>('/api/setup/sharing');
    const target =
      before.objects.find((o) => o.object === 'Account') ?? before.objects.find((o) => o.sharingModel !== 'ControlledByParent');
    assert.ok(target, 'an object whose default can change');
    const next = target.sharingModel === 'Read' ? 'Private' : 'Read';
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${url}/setup/sharing`);
      await page.waitForSelector(byTestId('sharing-table'));
      assert.equal((await page.textContent(byTestId(`sharing-model-${target.object}`)))?.trim(), LABELS[target.sharingModel]);
      await checkPage(page, 'Sharing Settings at 1280 px');
      await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
      await checkPage(page, 'Sharing Settings at 390 px', { axe: false });
      await page.click(byTestId('sharing-edit'));
      await selectOptions(page, byTestId(`sharing-row-${target.object}`), LABELS[next]);
      await page.click(byTestId('sharing-save'));
      await page.click(byTestId('confirm-ok'));
      await page.waitForSelector('.app-toast');
      await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.textContent?.trim() === v, [
        byTestId(`sharing-model-${target.object}`),
        LABELS[next],
      ] as const);
      const after = await api.get<Settings>('/api/setup/sharing');
      assert.equal(after.objects.find((o) => o.object === target.object)?.sharingModel, next);
      await screenshot(page, 'setup-sharing-390');
    } finally {
      await api.send('PUT', '/api/setup/sharing', { objects: { [target.object]: target.sharingModel } });
    }

    await supportPage.goto(`${url}/setup/sharing`);
    await supportPage.waitForSelector('app-error-panel');
    assert.match((await supportPage.textContent('app-error-panel')) ?? '', /System Administrator/);
  });
}
