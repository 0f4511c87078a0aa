import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { OPERATOR_TOKEN, byTestId, screenshot, DEMO_USERS } from './harness';
import { test } from './fixtures';

/**
 * The operator console (/ops) in a real browser against the built app and the demo seed: the
 * operator signs in with the token the harness gave the app, revokes and grants the demo
 * tenant's Lumary AR licence (the finance user refused and let in again, by the API), creates a
 * tenant and installs a package in it, and is sent back to the token page when the token fails.
 */

const FINANCE = DEMO_USERS.finance;
const NOT_ENABLED = 'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.';
const AR = 'Lumary AR';

async function signInAsOperator(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/ops`);
  await page.waitForSelector(byTestId('ops-sign-in-form'));
  await page.fill(byTestId('ops-token'), OPERATOR_TOKEN);
  await page.click(byTestId('ops-sign-in-submit'));
  await page.waitForSelector(byTestId('tenants-table'));
}

/** The operator API with the harness's token, for what the pages are checked against. */
async function opsApi<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}/api/ops${path}`, {
    method,
    headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} /api/ops${path}: ${response.status} ${await response.clone().text()}`);
  return (await response.json()) as T;
}

/** What the demo finance user gets from the AR Management app, by the API. */
async function financeOpensAr(url: string): Promise<{ status: number; message?: string }> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(FINANCE),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${url}/api/ui/apps/lumary__AR_Management`, { headers: { Authorization: `Bearer ${accessToken}` } });
  const body = (await response.json()) as { message?: string }[] | object;
  return { status: response.status, message: Array.isArray(body) ? body[0]?.message : undefined };
}

const row = (name: string) => `${byTestId('package-row')}[data-package="${name}"]`;
const cell = (page: Page, name: string, testId: string) => page.textContent(`${row(name)} ${byTestId(testId)}`).then((t) => t?.trim());

/** Clicks a package's button, confirms in the dialog, and waits for the snackbar saying what was done. */
async function confirmAction(page: Page, pkg: string, button: string, done: string): Promise<void> {
  await page.click(`${row(pkg)} ${byTestId(button)}`);
  await page.waitForSelector(byTestId('confirm-ok'));
  await page.click(byTestId('confirm-ok'));
  await page.waitForSelector(`mat-snack-bar-container:has-text("${done}")`);
  // The snackbar goes before the next action, so that its text is not the last one's.
  await page.click('mat-snack-bar-container button');
  await page.waitForSelector('mat-snack-bar-container', { state: 'detached' });
}

export function opsTests(): void {
  test('operator: signs in with the token, sees the demo tenant with Lumary AR and its version, revokes the licence (finance is refused AR) and grants it back', async ({
    newPage,
    url,
  }) => {
    const loaded = (await opsApi<{ name: string; version: string }[]>(url, 'GET', '/packages')).find((p) => p.name === AR);
    assert.ok(loaded, 'the server has Lumary AR loaded');
    const page = await newPage();
    try {
      await page.goto(`${url}/ops/tenants`);
      await page.waitForURL(/\/ops\?returnUrl=/);
      await page.fill(byTestId('ops-token'), 'not-the-token');
      await page.click(byTestId('ops-sign-in-submit'));
      await page.waitForSelector(byTestId('ops-sign-in-error'));
      assert.equal((await page.textContent(byTestId('ops-sign-in-error')))?.trim(), 'That is not the operator token.');

      await signInAsOperator(page, url);
      const demo = `${byTestId('tenant-row')}[data-slug="demo"]`;
      assert.equal((await page.textContent(`${demo} ${byTestId('tenant-link-demo')}`))?.trim(), 'Demo Care Services');
      assert.equal((await page.textContent(`${demo} ${byTestId('tenant-time-zone')}`))?.trim(), 'Australia/Sydney');
      const chip = (await page.textContent(`${demo} ${byTestId('package-chip')}[data-package="${AR}"]`))?.replace(/\s+/g, ' ').trim();
      assert.equal(chip, `${AR} ${loaded.version} · licensed`);
      await screenshot(page, 'ops-01-tenants');

      await page.click(byTestId('tenant-link-demo'));
      await page.waitForSelector(row(AR));
      assert.equal((await page.textContent(byTestId('ops-title')))?.trim(), 'Demo Care Services');
      assert.deepEqual(
        [await cell(page, AR, 'package-installed'), await cell(page, AR, 'package-loaded'), await cell(page, AR, 'package-licensed')],
        [loaded.version, loaded.version, 'Yes'],
      );
      assert.equal(await page.locator(`${row(AR)} ${byTestId('package-install')}`).count(), 0);
      assert.equal((await financeOpensAr(url)).status, 200);

      await page.click(`${row(AR)} ${byTestId('package-revoke')}`);
      await page.waitForSelector(byTestId('confirm-message'));
      await screenshot(page, 'ops-02-revoke-confirm');
      await page.click(byTestId('confirm-cancel'));
      await page.waitForSelector(byTestId('confirm-message'), { state: 'detached' });
      assert.equal(await cell(page, AR, 'package-licensed'), 'Yes');

      await confirmAction(page, AR, 'package-revoke', 'Revoked the Lumary AR licence from Demo Care Services.');
      assert.equal(await cell(page, AR, 'package-licensed'), 'No');
      await page.waitForSelector(`${row(AR)} ${byTestId('package-grant')}`);
      await screenshot(page, 'ops-03-revoked');
      assert.deepEqual(await financeOpensAr(url), { status: 403, message: NOT_ENABLED });

      await confirmAction(page, AR, 'package-grant', 'Granted the Lumary AR licence to Demo Care Services.');
      assert.equal(await cell(page, AR, 'package-licensed'), 'Yes');
      assert.equal((await financeOpensAr(url)).status, 200);

      // The list shows the licence back, and the API agrees with the page.
      await page.click(byTestId('ops-tenants-link'));
      await page.waitForSelector(`${demo} ${byTestId('package-chip')}[data-package="${AR}"]:has-text("· licensed")`);
      const tenant = await opsApi<{ packages: { name: string; licensed: boolean }[] }>(url, 'GET', '/tenants/demo');
      assert.equal(tenant.packages.find((p) => p.name === AR)?.licensed, true);
    } finally {
      await page.close();
      // Whatever happened above, the demo tenant keeps its licence for the tests after this one.
      await opsApi(url, 'PATCH', `/tenants/demo/packages/${encodeURIComponent(AR)}`, { licensed: true });
    }
  });
  test('operator: creates a tenant, installs Lumary AR in it (unlicensed), and an install the API refuses shows its error', async ({
    newPage,
    url,
  }) => {
    const page = await newPage();
    await signInAsOperator(page, url);
    const slug = `browser-${Date.now().toString(36)}`;
    await page.fill(`${byTestId('field-name')} input`, 'Browser Test Care');
    await page.fill(`${byTestId('field-slug')} input`, slug);
    await page.fill(`${byTestId('field-timeZone')} input`, 'Australia/Perth');
    await page.click(byTestId('tenant-create'));
    await page.waitForSelector(`mat-snack-bar-container:has-text("Created the tenant Browser Test Care (${slug}).")`);
    const created = `${byTestId('tenant-row')}[data-slug="${slug}"]`;
    await page.waitForSelector(created);
    assert.equal((await page.textContent(`${created} ${byTestId('tenant-time-zone')}`))?.trim(), 'Australia/Perth');

    // The same slug again: the API's refusal shows under the form.
    await page.fill(`${byTestId('field-name')} input`, 'Browser Test Care again');
    await page.fill(`${byTestId('field-slug')} input`, slug);
    await page.click(byTestId('tenant-create'));
    await page.waitForSelector(byTestId('tenant-create-error'));
    assert.equal((await page.textContent(byTestId('tenant-create-error')))?.trim(), `A tenant with the slug '${slug}' exists already.`);

    await page.click(byTestId(`tenant-link-${slug}`));
    await page.waitForSelector(row(AR));
    assert.equal(await cell(page, AR, 'package-installed'), 'Not installed');
    // Installed behind the page's back, the page's Install is refused and says why.
    await opsApi(url, 'POST', `/tenants/${slug}/packages`, { package: AR });
    await page.click(`${row(AR)} ${byTestId('package-install')}`);
    await page.click(byTestId('confirm-ok'));
    await page.waitForSelector(byTestId('ops-error'));
    assert.equal(
      (await page.textContent(`${byTestId('ops-error')} ${byTestId('error-message')}`))?.trim(),
      `${AR} is installed in ${slug} already; upgrade it instead.`,
    );
    await screenshot(page, 'ops-04-install-refused');

    await page.reload();
    await page.waitForSelector(`${row(AR)} ${byTestId('package-grant')}`);
    assert.equal(await cell(page, AR, 'package-licensed'), 'No');
    assert.equal(await page.locator(`${row(AR)} ${byTestId('package-install')}`).count(), 0);
    await page.close();
  });
  test('operator: a token the API no longer takes returns to the token page, not the user sign-in', async ({ newPage, url }) => {
    const page = await newPage();
    await signInAsOperator(page, url);
    await page.evaluate(() => sessionStorage.setItem('lumary.operatorToken', 'a-stale-token'));
    await page.goto(`${url}/ops/tenants/demo`);
    await page.waitForSelector(byTestId('ops-sign-in-notice'));
    assert.match(decodeURIComponent(page.url()), /\/ops\?returnUrl=\/ops\/tenants\/demo$/);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('lumary.operatorToken')), null);

    // Signing in again goes back to the page the operator was on.
    await page.fill(byTestId('ops-token'), OPERATOR_TOKEN);
    await page.click(byTestId('ops-sign-in-submit'));
    await page.waitForSelector(row(AR));
    assert.match(page.url(), /\/ops\/tenants\/demo$/);

    await page.click(byTestId('ops-sign-out'));
    await page.waitForSelector(byTestId('ops-sign-in-form'));
    assert.equal(await page.evaluate(() => sessionStorage.getItem('lumary.operatorToken')), null);
    await page.close();
  });
}
