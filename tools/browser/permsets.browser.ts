import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { byTestId, optionByTestId, screenshot, selectOptions, DEMO_USERS, VIEWPORT, signIn } from './harness';
import type { BrowserTest } from './shell.browser';

/**
 * Permission sets in Setup, in a real browser against the built app and the demo seed: what an
 * admin ticks or unticks there is what a user sees on their next page load.
 */

const ADMIN = DEMO_USERS.admin;
const SUPPORT = DEMO_USERS.support;
/** A Lumary AR field on Contact: a standard user without a permission set for it does not see it. */
const NDIS = 'lumary__NDIS_Number__c';
const NDIS_KEY = `Contact.${NDIS}`;
const SET = 'Browser_NDIS_Readers';


/** The first client by last name, with its NDIS number, as the admin reads it through the API. */
async function firstClient(url: string): Promise<{ Id: string; Name: string; ndis: string }> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  assert.equal(login.status, 200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const soql = `SELECT Id, Name, ${NDIS} FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1`;
  const res = await fetch(`${url}/api/query?q=${encodeURIComponent(soql)}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  assert.equal(res.status, 200);
  const [client] = ((await res.json()) as { records: Record<string, string>[] }).records;
  assert.ok(client?.[NDIS], 'the demo seed has a client with an NDIS number');
  return { Id: client['Id'], Name: client['Name'], ndis: client[NDIS] };
}

/** A Material checkbox set to `on` (its native input clicked only when it must change). */
async function tick(page: Page, testId: string, on: boolean): Promise<void> {
  const input = `${byTestId(testId)} input[type="checkbox"]`;
  if ((await page.isChecked(input)) !== on) await page.click(input);
  assert.equal(await page.isChecked(input), on, `${testId} is ${on ? 'ticked' : 'unticked'}`);
}

async function saveEditor(page: Page): Promise<void> {
  await page.click(byTestId('ps-save'));
  await page.waitForSelector(`${byTestId('ps-status')}:has-text("Saved.")`);
  assert.equal(await page.locator(byTestId('ps-errors')).count(), 0);
}

/** The support user's view of the client's record page, loaded afresh. */
async function supportSees(page: Page, url: string, clientId: string): Promise<string | null> {
  await page.goto(`${url}/o/Contact/${clientId}`);
  await page.waitForSelector(byTestId('record-page'));
  await page.waitForSelector(byTestId('section-Contact Information'));
  const field = page.locator(`${byTestId('record-page')} ${byTestId(`field-${NDIS}`)}`);
  return (await field.count()) ? ((await field.locator('dd').textContent()) ?? '').trim() : null;
}

export const permissionSetTests: BrowserTest[] = [
  {
    name: 'admin: a permission set made in Setup shows a support user the NDIS Number; unticking its Read in Setup hides it on their next page load',
    async run({ browser, url }) {
      const client = await firstClient(url);
      const support = await browser.newPage(VIEWPORT);
      await signIn(support, url, SUPPORT);
      assert.equal(await supportSees(support, url, client.Id), null, 'a standard user does not see the NDIS Number by default');
      assert.equal((await support.textContent(byTestId('record-title')))?.trim(), client.Name);

      // The admin makes the set in Setup: Read on Contact, Read on its NDIS Number.
      const admin = await browser.newPage(VIEWPORT);
      await signIn(admin, url, ADMIN);
      await admin.goto(`${url}/setup/permission-sets`);
      await admin.waitForSelector(byTestId(`ps-row-lumary__AR_Management`));
      await admin.click(byTestId('ps-new'));
      await admin.fill(`${byTestId('new-ps-label')} input`, 'NDIS number readers');
      await admin.fill(`${byTestId('new-ps-api-name')} input`, SET);
      await admin.click(byTestId('new-ps-save'));
      await admin.waitForURL(new RegExp(`/setup/permission-sets/${SET}$`));
      await admin.waitForSelector(byTestId('obj-row-Contact'));
      assert.equal((await admin.textContent(byTestId('ps-title')))?.trim(), 'NDIS number readers');
      await tick(admin, 'obj-Contact-read', true);
      await admin.click(byTestId('obj-fields-Contact'));
      await admin.waitForSelector(byTestId(`field-row-${NDIS_KEY}`));
      await tick(admin, `field-${NDIS_KEY}-read`, true);
      await saveEditor(admin);
      await screenshot(admin, 'permsets-01-editor');

      // Saved is saved: a fresh load shows the same boxes ticked.
      await admin.reload();
      await admin.waitForSelector(byTestId('obj-row-Contact'));
      assert.equal(await admin.isChecked(`${byTestId('obj-Contact-read')} input`), true);
      await admin.click(byTestId('obj-fields-Contact'));
      await admin.waitForSelector(byTestId(`field-row-${NDIS_KEY}`));
      assert.equal(await admin.isChecked(`${byTestId(`field-${NDIS_KEY}-read`)} input`), true);

      // … and assigns it to the support user in Setup → Users.
      await admin.goto(`${url}/setup/users`);
      await selectOptions(admin, byTestId(`assign-${SUPPORT.username}`), optionByTestId(`assign-option-${SET}`));
      await admin.waitForSelector(byTestId(`user-ps-${SUPPORT.username}-${SET}`));
      await screenshot(admin, 'permsets-02-users');

      // The support user, reloading, sees the client's NDIS Number.
      assert.equal(await supportSees(support, url, client.Id), client.ndis);
      await screenshot(support, 'permsets-03-support-sees-ndis');

      // The admin unticks the field's Read and saves; the support user's next load has no NDIS Number.
      await admin.goto(`${url}/setup/permission-sets/${SET}`);
      await admin.waitForSelector(byTestId('obj-row-Contact'));
      await admin.click(byTestId('obj-fields-Contact'));
      await admin.waitForSelector(byTestId(`field-row-${NDIS_KEY}`));
      await tick(admin, `field-${NDIS_KEY}-read`, false);
      await saveEditor(admin);

      assert.equal(await supportSees(support, url, client.Id), null);
      await support.waitForLoadState('networkidle');
      assert.ok(!((await support.textContent(byTestId('record-page'))) ?? '').includes(client.ndis), 'the NDIS number is nowhere on the page');
      await screenshot(support, 'permsets-04-support-ndis-hidden');

      // Leave the demo as it was: delete the set (its assignment goes with it).
      await admin.click(byTestId('ps-delete'));
      await admin.click(byTestId('confirm-ok'));
      await admin.waitForURL(/\/setup\/permission-sets$/);
      await admin.waitForSelector(byTestId('ps-list'));
      assert.equal(await admin.locator(byTestId(`ps-row-${SET}`)).count(), 0);
      await admin.close();
      await support.close();
    },
  },
];
