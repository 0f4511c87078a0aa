import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, optionByTestId, screenshot, selectOptions, DEMO_USERS, type ApiSession } from './harness';
import { test } from './fixtures';

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
/** The permission set the New field dialog grants its new field to, and that field. */
const FIELD_READERS = 'BT_Field_Readers';
const COLOUR = 'BT_Favourite_Colour__c';

/** The first client by last name, with its NDIS number, as the admin reads it through the API. */
async function firstClient(url: string): Promise<{ Id: string; Name: string; ndis: string }> {
  const admin = await apiAs(url, ADMIN);
  const soql = `SELECT Id, Name, ${NDIS} FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1`;
  const [client] = (await admin.get<{ records: Record<string, string>[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
  assert.ok(client?.[NDIS], 'the demo seed has a client with an NDIS number');
  return { Id: client['Id'], Name: client['Name'], ndis: client[NDIS] };
}

/** The Contact field a user's describe lists under that name (their field-level security applied), if any. */
async function describedContactField(session: ApiSession, name: string): Promise<{ name: string; updateable: boolean } | undefined> {
  const { fields } = await session.get<{ fields: { name: string; updateable: boolean }[] }>('/api/sobjects/Contact/describe');
  return fields.find((f) => f.name === name);
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

export function permissionSetTests(): void {
  test('admin: a permission set made in Setup shows a support user the NDIS Number; unticking its Read in Setup hides it on their next page load', async ({
    supportPage: support,
    adminPage: admin,
    url,
  }) => {
    const client = await firstClient(url);
    assert.equal(await supportSees(support, url, client.Id), null, 'a standard user does not see the NDIS Number by default');
    assert.equal((await support.textContent(byTestId('record-title')))?.trim(), client.Name);

    // The admin makes the set in Setup: Read on Contact, Read on its NDIS Number.
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
    assert.ok(
      !((await support.textContent(byTestId('record-page'))) ?? '').includes(client.ndis),
      'the NDIS number is nowhere on the page',
    );
    await screenshot(support, 'permsets-04-support-ndis-hidden');

    // Leave the demo as it was: delete the set (its assignment goes with it).
    await admin.click(byTestId('ps-delete'));
    await admin.click(byTestId('confirm-ok'));
    await admin.waitForURL(/\/setup\/permission-sets$/);
    await admin.waitForSelector(byTestId('ps-list'));
    assert.equal(await admin.locator(byTestId(`ps-row-${SET}`)).count(), 0);
    await admin.close();
    await support.close();
  });
  test('admin: a new field granted to a permission set in the New field dialog shows to its users on their next page load, and not to others', async ({
    newPage,
    url,
  }) => {
    const admin = await apiAs(url, ADMIN);
    let passed = false;
    try {
      // The admin's own set (Read on Contact), assigned to the support user, through the API.
      const made = await admin.send('POST', '/api/permission-sets', {
        apiName: FIELD_READERS,
        label: 'BT field readers',
        objects: { Contact: { read: true } },
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const { users } = await admin.get<{ users: { id: string; username: string }[] }>('/api/setup/users');
      const supportUser = users.find((u) => u.username === SUPPORT.username);
      assert.ok(supportUser, 'the demo seed has the support user');
      const assigned = await admin.send('POST', `/api/users/${supportUser.id}/permission-sets`, { permissionSet: FIELD_READERS });
      assert.equal(assigned.status, 204, JSON.stringify(assigned.body));

      // Both users are signed in before the field exists: what they see is worked out per request.
      const support = await apiAs(url, SUPPORT);
      const finance = await apiAs(url, DEMO_USERS.finance);
      assert.equal(await describedContactField(support, COLOUR), undefined);

      // Setup → Contact → Fields & Relationships → New field: a Text field, Read for the set.
      const page = await newPage(ADMIN);
      await page.click(byTestId('setup-link'));
      await page.waitForSelector(byTestId('objects-table'));
      await page.fill(byTestId('object-filter'), 'Contact');
      await page.click(byTestId('object-link-Contact'));
      await page.waitForSelector(`${byTestId('object-title')}:has-text("Contact")`);
      await page.click(byTestId('new-field'));
      await page.click(`${byTestId('field-type-Text')} input`);
      await page.click(byTestId('field-type-next'));
      await page.waitForSelector('h2:has-text("New Text field")');
      await page.fill(`${byTestId('prop-label')} input`, 'BT Favourite Colour');
      await page.fill(`${byTestId('prop-length')} input`, '40');

      // Only the tenant's own sets are offered: a package's cannot be changed.
      await page.waitForSelector(byTestId(`fls-row-${FIELD_READERS}`));
      assert.equal(await page.locator(byTestId('fls-row-lumary__AR_Management')).count(), 0, "a package's permission set is not offered");
      await tick(page, `fls-read-${FIELD_READERS}`, true);
      assert.equal(await page.isChecked(`${byTestId(`fls-edit-${FIELD_READERS}`)} input`), false);
      await page.locator(byTestId('fls')).scrollIntoViewIfNeeded();
      await screenshot(page, 'permsets-05-new-field-fls');
      await page.click(byTestId('field-save'));
      await page.waitForSelector(byTestId('field-save'), { state: 'detached' });
      await page.waitForSelector(byTestId(`field-row-${COLOUR}`));
      await page.close();

      // The set now grants Read (not Edit) on the field, made in the same save.
      const readers = await admin.get<{ fields: Record<string, { read: boolean; edit: boolean }> }>(
        `/api/permission-sets/${FIELD_READERS}`,
      );
      assert.deepEqual(readers.fields[`Contact.${COLOUR}`], { read: true, edit: false });

      // The support user's next request lists the field, read-only; the finance user, without the set, does not get it.
      const seen = await describedContactField(support, COLOUR);
      assert.ok(seen, 'the support user, through the set, sees the field');
      assert.equal(seen.updateable, false, 'Read was ticked, not Edit');
      assert.equal(await describedContactField(finance, COLOUR), undefined, 'a user without the permission set does not see the field');
      assert.ok(await describedContactField(admin, COLOUR), 'a System Administrator sees every field');
      passed = true;
    } finally {
      // Leave the demo as it was for the tests after this one: the field, then the set (its assignment goes with it).
      for (const path of [`/api/setup/objects/Contact/fields/${COLOUR}`, `/api/permission-sets/${FIELD_READERS}`]) {
        const { status } = await admin.send('DELETE', path);
        if (passed) assert.equal(status, 204, `DELETE ${path}`);
      }
    }
  });
}
