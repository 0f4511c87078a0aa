import assert from 'node:assert/strict';
import { apiAs, byTestId, screenshot, signIn, DEMO_USERS } from './harness';
import { test } from './fixtures';

/**
 * Record ownership in the browser (issue 15), on the demo seed: the admin opens one of the
 * coordinator's Contacts, sees its owner, gives it to the support user with Change Owner and sees
 * the new owner; the Contacts list shows an Owner column and "My records". The Contact is given
 * back afterwards (the other tests share the demo tenant).
 */
const ADMIN = DEMO_USERS.admin;

export function ownerTests(): void {
  test('owner: Change Owner on a record page moves a Contact to another user; the list shows owners and My records', async ({
    newPage,
    url,
  }) => {
    const admin = await apiAs(url, ADMIN);
    const soql = (q: string) => `/api/query?q=${encodeURIComponent(q)}`;
    const [mai] = (
      await admin.get<{ records: { Id: string; OwnerId: string; Owner: { Name: string } }[] }>(
        soql("SELECT Id, OwnerId, Owner.Name FROM Contact WHERE LastName = 'Tran' AND FirstName = 'Mai'"),
      )
    ).records;
    assert.ok(mai, 'the demo seed gives the coordinator Mai Tran');
    assert.equal(mai.Owner.Name, 'Coordinator Demo');

    const page = await newPage();
    await signIn(page, url, ADMIN);
    await page.goto(`${url}/o/Contact/${mai.Id}`);
    await page.waitForSelector(byTestId('record-owner'));
    assert.equal((await page.textContent(byTestId('record-owner-name')))?.trim(), 'Coordinator Demo');

    await page.click(byTestId('record-change-owner'));
    await page.fill(byTestId('change-owner-user'), 'Support');
    await page.click('mat-option:has-text("Support Demo")');
    await screenshot(page, 'owner-01-change-owner');
    await page.click(byTestId('change-owner-save'));
    await page.waitForSelector(`${byTestId('record-owner-name')}:has-text("Support Demo")`);
    const [moved] = (
      await admin.get<{ records: { Owner: { Name: string } }[] }>(soql(`SELECT Owner.Name FROM Contact WHERE Id = '${mai.Id}'`))
    ).records;
    assert.equal(moved?.Owner.Name, 'Support Demo');

    // The list: an Owner column, and My records narrows to the admin's own (none of the seeded Contacts).
    await page.goto(`${url}/o/Contact/list/All`);
    await page.waitForSelector(`${byTestId('record-table')} th:has-text("Owner")`);
    await page.waitForSelector(`${byTestId('record-table')} td:has-text("Support Demo")`);
    const { user } = await admin.get<{ user: { id: string } }>('/api/auth/me');
    const own = await admin.get<{ totalSize: number }>(soql(`SELECT Id FROM Contact WHERE OwnerId = '${user.id}'`));
    await page.click(byTestId('scope-mine'));
    await page.waitForSelector(`${byTestId('list-count')}:text-matches("^\\s*${own.totalSize} items?\\s*$")`);
    await screenshot(page, 'owner-02-my-records');

    // Back to the coordinator, as the other tests expect.
    assert.equal((await admin.send('PATCH', `/api/sobjects/Contact/${mai.Id}`, { OwnerId: mai.OwnerId })).status, 204);
  });
}
