import assert from 'node:assert/strict';
import { byTestId, screenshot, selectOptions } from './harness';
import { test } from './fixtures';

const ENTITY = 'lumary__Accounting_Entity__c';
const NOT_ENABLED = 'Lumary AR Management features are not enabled for your organisation; contact your Account Manager.';

const fieldInput = (field: string) => `${byTestId(`field-${field}`)} input`;

/**
 * The seed's own paths through the web shell, in a real browser against the built app: what a
 * finance user and a user without the AR permission set see and can do.
 */
export function shellTests(): void {
  test('finance: App Launcher → AR Management → View Accounting Entities → New Accounting Period, the start ≥ end error on End Date, then saved', async ({
    financePage: page,
  }) => {
    assert.equal((await page.textContent(byTestId('user-name')))?.trim(), 'Finance Demo');
    await page.waitForSelector(byTestId('app-lumary__AR_Management'));
    await screenshot(page, '01-app-launcher');

    await page.click(byTestId('app-lumary__AR_Management'));
    await page.waitForSelector(byTestId('card-View Accounting Entities'));
    assert.equal((await page.textContent(byTestId('app-title')))?.trim(), 'AR Management');
    await screenshot(page, '02-ar-management');

    await page.click(byTestId('card-View Accounting Entities'));
    await page.waitForSelector(byTestId('record-row'));
    assert.match((await page.textContent(byTestId('view-picker'))) ?? '', /All Accounting Entities/);
    await screenshot(page, '03-accounting-entities');

    await page.click(byTestId('list-new'));
    await page.waitForSelector(byTestId('record-type-picker'));
    await screenshot(page, '04-record-type-picker');
    await page.click(byTestId('record-type-Accounting_Period'));
    await page.click(byTestId('record-type-next'));
    await page.waitForSelector(byTestId('record-form'));
    assert.equal((await page.textContent(byTestId('form-record-type')))?.trim(), 'Accounting Period');

    const year = new Date().getFullYear() + 5;
    const name = `July ${year} (browser test)`;
    await page.fill(fieldInput('Name'), name);
    await selectOptions(page, byTestId('field-lumary__Status__c'), 'Open');
    await page.fill(fieldInput('lumary__Start_Date__c'), `${year}-07-31`);
    await page.fill(fieldInput('lumary__End_Date__c'), `${year}-07-01`);
    await page.click(byTestId('form-save'));

    const endDateError = `${byTestId('field-lumary__End_Date__c')} mat-error`;
    await page.waitForSelector(`${endDateError}:has-text("End Date must be after the Start Date.")`);
    assert.equal((await page.textContent(endDateError))?.trim(), 'End Date must be after the Start Date.');
    assert.match(page.url(), /\/o\/lumary__Accounting_Entity__c\/new/);
    await screenshot(page, '05-new-period-error');

    await page.fill(fieldInput('lumary__Start_Date__c'), `${year}-07-01`);
    await page.fill(fieldInput('lumary__End_Date__c'), `${year}-07-31`);
    await page.click(byTestId('form-save'));
    await page.waitForSelector(byTestId('record-page'));
    assert.equal((await page.textContent(byTestId('record-title')))?.trim(), name);
    assert.equal((await page.textContent(`${byTestId('highlight-lumary__Start_Date__c')} dd`))?.trim(), `1 Jul ${year}`);
    assert.equal((await page.textContent(`${byTestId('highlight-lumary__End_Date__c')} dd`))?.trim(), `31 Jul ${year}`);
    assert.equal((await page.textContent(`${byTestId('highlight-lumary__Status__c')} dd`))?.trim(), 'Open');
    assert.match(page.url(), new RegExp(`/o/${ENTITY}/[0-9a-f-]{36}$`));
    await screenshot(page, '06-new-period-record-page');
    await page.close();
  });
  test('finance: a list view sorts by a header and filters by the text typed', async ({ financePage: page, url }) => {
    await page.goto(`${url}/o/${ENTITY}/list/GL_Codes`);
    await page.waitForSelector(byTestId('record-row'));
    const names = async () => (await page.locator(byTestId('record-link')).allTextContents()).map((t) => t.trim());

    const loaded = `${byTestId('list-view')}[aria-busy="false"]`;
    await page.click(byTestId('sort-Name'));
    await page.waitForSelector(`${loaded} th[aria-sort="ascending"]`);
    const ascending = await names();
    assert.deepEqual(
      ascending,
      [...ascending].sort((a, b) => a.localeCompare(b)),
    );
    await page.click(byTestId('sort-Name'));
    await page.waitForSelector(`${loaded} th[aria-sort="descending"]`);
    assert.deepEqual(await names(), [...ascending].reverse().slice(0, ascending.length));

    const first = ascending[0];
    await page.fill(byTestId('list-filter'), first);
    await page.press(byTestId('list-filter'), 'Enter');
    await page.waitForFunction(
      (n) => Array.from(document.querySelectorAll('[data-testid="record-link"]')).every((a) => a.textContent?.includes(n)),
      first,
    );
    assert.ok((await names()).every((n) => n.includes(first)));
    await screenshot(page, '07-list-view-filtered');
    await page.close();
  });
  test('support: no AR Management app, and a direct link shows "not enabled … contact your Account Manager"', async ({
    supportPage: page,
    url,
  }) => {
    await page.waitForSelector(byTestId('no-apps'));
    assert.equal(await page.locator(byTestId('app-lumary__AR_Management')).count(), 0);
    await screenshot(page, '08-support-launcher');

    await page.goto(`${url}/o/${ENTITY}/list`);
    await page.waitForSelector(byTestId('access-denied'));
    assert.equal((await page.textContent(byTestId('error-message')))?.trim(), NOT_ENABLED);
    await screenshot(page, '09-support-not-enabled');

    await page.goto(`${url}/app/lumary__AR_Management`);
    await page.waitForSelector(byTestId('access-denied'));
    assert.equal((await page.textContent(byTestId('error-message')))?.trim(), NOT_ENABLED);

    await page.click(byTestId('sign-out'));
    await page.waitForURL(/\/sign-in/);
    await page.close();
  });
}
