import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, optionByTestId, screenshot, selectOptions, DEMO_USERS } from './harness';
import { test } from './fixtures';

/**
 * Setup's Object Manager, layout editor and record page editor, in a real browser against the
 * built app and the demo seed, as the demo admin: custom fields of every type the API offers,
 * placed on the layout and filled in on a new record (its roll-up then counting a contact); a
 * validation rule refusing a save; a rearranged layout and a moved debtor summary showing on the
 * next page load.
 *
 * Account's record pages are drawn from Lumary AR's Debtor_Account_Layout and
 * Debtor_Account_Record_Page (the package's, which come after Core's), so those are edited.
 */

const ADMIN = DEMO_USERS.admin;
const LAYOUT = 'Debtor_Account_Layout';
const RECORD_PAGE = 'Debtor_Account_Record_Page';
const SECTION = 'Browser Test Fields';

/** The admin's API session, for what the test must know before it looks (names, ids), and to tidy up. */
const adminApi = (url: string) => apiAs(url, ADMIN);

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** The toolbar's gear → Object Manager → an object, found with the filter box. */
async function openObject(page: Page, object: string, label: string): Promise<void> {
  await page.click(byTestId('setup-link'));
  await page.waitForSelector(byTestId('objects-table'));
  await page.fill(byTestId('object-filter'), label);
  await page.click(byTestId(`object-link-${object}`));
  await page.waitForSelector(`${byTestId('object-title')}:has-text("${label}")`);
}

/** A tab of the object page, by the class its label carries. */
async function openTab(page: Page, tab: 'fields' | 'rules' | 'layouts' | 'record-pages'): Promise<void> {
  await page.click(`.tab-${tab}`);
}

/** The record page's value of a field in its details, as the user reads it (a checkbox by its label). */
async function shown(page: Page, field: string): Promise<string> {
  const dd = `${byTestId('record-page')} ${byTestId(`field-${field}`)} dd`;
  const box = page.locator(`${dd} ${byTestId('field-checkbox')}`);
  return (await box.count()) ? ((await box.getAttribute('aria-label')) ?? '') : text(page, dd);
}

/** The record page's section titles and each section's fields, in the order drawn. */
async function pageSections(page: Page): Promise<{ label: string; fields: string[] }[]> {
  await page.waitForSelector('[data-testid^="section-"]');
  return page.$$eval('[data-testid^="section-"]', (cards) =>
    cards.map((card) => ({
      label: (card.getAttribute('data-testid') ?? '').slice('section-'.length),
      fields: Array.from(card.querySelectorAll('dl > [data-testid^="field-"]')).map((f) =>
        (f.getAttribute('data-testid') ?? '').slice('field-'.length),
      ),
    })),
  );
}

/**
 * The account the first test creates, the account its lookup points at, and the contact its
 * master-detail field makes its master (an account cannot be the detail of an account).
 */
interface NewRecord {
  name: string;
  parent: string;
  master: { name: string; lastName: string };
}

/**
 * One custom field of a type: what its New field dialog asks for, what the New Account form
 * gets typed in (nothing for computed types), and what the record page then shows.
 */
interface TypeCase {
  properties?(page: Page): Promise<void>;
  enter?(page: Page, field: string, record: NewRecord): Promise<void>;
  expect(value: string, record: NewRecord): void;
}

const input = (field: string) => `${byTestId(`field-${field}`)} input`;
const textarea = (field: string) => `${byTestId(`field-${field}`)} textarea`;
const is = (expected: string) => (value: string) => assert.equal(value, expected);

/**
 * The roll-up on Account counts contacts through this master-detail field, which the test makes
 * on Contact through the API first: no object is the detail of Account otherwise.
 */
const HOUSEHOLD = { label: 'BT Household', type: 'MasterDetail', referenceTo: 'Account' };
const HOUSEHOLD_FIELD = 'BT_Household__c';

const TYPES: Record<string, TypeCase> = {
  Text: {
    properties: (page) => page.fill(`${byTestId('prop-length')} input`, '80'),
    enter: (page, f) => page.fill(input(f), 'Plain words'),
    expect: is('Plain words'),
  },
  TextArea: { enter: (page, f) => page.fill(textarea(f), 'A short note'), expect: is('A short note') },
  LongTextArea: {
    enter: (page, f) => page.fill(textarea(f), 'A much longer note about the account'),
    expect: is('A much longer note about the account'),
  },
  Email: { enter: (page, f) => page.fill(input(f), 'accounts@example.com'), expect: is('accounts@example.com') },
  Phone: { enter: (page, f) => page.fill(input(f), '02 9999 0000'), expect: is('02 9999 0000') },
  Url: { enter: (page, f) => page.fill(input(f), 'https://example.com/browser'), expect: is('https://example.com/browser') },
  Number: { enter: (page, f) => page.fill(input(f), '42'), expect: is('42') },
  Currency: { enter: (page, f) => page.fill(input(f), '1234.5'), expect: is('$1,234.50') },
  Percent: { enter: (page, f) => page.fill(input(f), '12.5'), expect: is('12.50%') },
  Checkbox: { enter: (page, f) => page.click(`${byTestId(`field-${f}`)} input[type="checkbox"]`), expect: is('Yes') },
  Date: { enter: (page, f) => page.fill(input(f), '2026-03-15'), expect: is('15 Mar 2026') },
  DateTime: { enter: (page, f) => page.fill(input(f), '2026-03-15T09:30'), expect: is('15 Mar 2026, 9:30 am') },
  Picklist: {
    properties: (page) => page.fill(`${byTestId('prop-values')} textarea`, 'Gold\nSilver\nBronze'),
    enter: (page, f) => selectOptions(page, byTestId(`field-${f}`), 'Silver'),
    expect: is('Silver'),
  },
  MultiPicklist: {
    properties: (page) => page.fill(`${byTestId('prop-values')} textarea`, 'Red\nGreen\nBlue'),
    enter: (page, f) => selectOptions(page, byTestId(`field-${f}`), 'Red', 'Blue'),
    expect: (value) => assert.deepEqual(value.split('; ').sort(), ['Blue', 'Red']),
  },
  Lookup: {
    // Account to Account (a parent organisation): the form's lookup picker searches by name.
    properties: (page) => selectOptions(page, byTestId('prop-referenceTo'), 'Account (Account)'),
    async enter(page, f, record) {
      await page.fill(input(f), record.parent);
      await page.getByRole('option', { name: record.parent, exact: true }).click();
    },
    expect: (value, record) => assert.equal(value, record.parent),
  },
  MasterDetail: {
    // Account as the detail of a Contact (a master-detail cannot point at its own object); the
    // master is picked as a lookup is, searched by the contact's last name.
    properties: (page) => selectOptions(page, byTestId('prop-referenceTo'), 'Contact (Contact)'),
    async enter(page, f, record) {
      await page.fill(input(f), record.master.lastName);
      await page.getByRole('option', { name: record.master.name, exact: true }).click();
    },
    expect: (value, record) => assert.equal(value, record.master.name),
  },
  Summary: {
    // A COUNT of the contacts whose household (master) is this account; the new one has none yet.
    async properties(page) {
      await selectOptions(page, byTestId('prop-summarizedObject'), optionByTestId(`summarizedObject-option-Contact.${HOUSEHOLD_FIELD}`));
      await selectOptions(page, byTestId('prop-operation'), 'COUNT');
    },
    expect: is('0'),
  },
  AutoNumber: {
    properties: (page) => page.fill(`${byTestId('prop-displayFormat')} input`, 'BT-{0000}'),
    expect: (value) => assert.match(value, /^BT-\d{4}$/),
  },
  Formula: {
    properties: (page) => page.fill(`${byTestId('prop-formula')} textarea`, 'UPPER(Name)'),
    expect: (value, record) => assert.equal(value, record.name.toUpperCase()),
  },
};

export function setupTests(): void {
  test('admin: Setup → Account: a custom field of every type the API offers, placed on the layout in the editor, filled in on New Account and shown on its record page', async ({
    newPage,
    url,
  }) => {
    const api = await adminApi(url);
    let passed = false;
    try {
      const types = await api.get<{ type: string; label: string }[]>('/api/setup/field-types');
      const unknown = types.filter((t) => !TYPES[t.type]).map((t) => t.type);
      assert.deepEqual(unknown, [], 'every field type the API offers has a case here');
      const accounts = await api.get<{ records: { Id: string; Name: string }[] }>(
        `/api/query?q=${encodeURIComponent('SELECT Id, Name FROM Account ORDER BY Name LIMIT 1')}`,
      );
      const contacts = await api.get<{ records: { Name: string; LastName: string }[] }>(
        `/api/query?q=${encodeURIComponent('SELECT Name, LastName FROM Contact ORDER BY LastName LIMIT 1')}`,
      );
      const master = { name: contacts.records[0].Name, lastName: contacts.records[0].LastName };
      const record: NewRecord = { name: `Browser Setup Account ${Date.now()}`, parent: accounts.records[0].Name, master };
      const household = await api.send('POST', '/api/setup/objects/Contact/fields', HOUSEHOLD);
      assert.equal(household.status, 201, JSON.stringify(household.body));

      const page = await newPage(ADMIN);
      await openObject(page, 'Account', 'Account');
      await page.waitForSelector(`${byTestId('field-row-Name')} ${byTestId('field-locked')}`);
      assert.equal(
        await page.locator(`${byTestId('field-row-Name')} ${byTestId('field-delete')}`).count(),
        0,
        'a standard field cannot be deleted',
      );

      for (const { type, label } of types) {
        await page.click(byTestId('new-field'));
        await page.click(`${byTestId(`field-type-${type}`)} input`);
        await page.click(byTestId('field-type-next'));
        await page.waitForSelector(`h2:has-text("New ${label} field")`);
        await page.fill(`${byTestId('prop-label')} input`, `BT ${type}`);
        await TYPES[type].properties?.(page);
        await page.click(byTestId('field-save'));
        await page.waitForSelector(byTestId('field-save'), { state: 'detached' });
        await page.waitForSelector(byTestId(`field-row-BT_${type}__c`));
      }
      const typeShown = (type: string) => text(page, `${byTestId(`field-row-BT_${type}__c`)} ${byTestId('field-type')}`);
      assert.equal(await typeShown('Lookup'), 'Lookup(Account)');
      assert.equal(await typeShown('MasterDetail'), 'Master-Detail(Contact)');
      assert.equal(await typeShown('Summary'), 'Roll-Up Summary (COUNT Contact)');
      await screenshot(page, 'setup-01-account-fields');

      // The layout editor: a new section holding every new field.
      await openTab(page, 'layouts');
      await page.click(byTestId(`layout-link-${LAYOUT}`));
      await page.waitForSelector(byTestId('layout-sections'));
      await page.fill(byTestId('new-section-label'), SECTION);
      await page.click(byTestId('add-section'));
      const section = `[data-testid^="layout-section-"][data-label="${SECTION}"]`;
      await page.waitForSelector(section);
      for (const { type } of types) {
        await selectOptions(page, `${section} ${byTestId('add-field')}`, optionByTestId(`add-field-option-BT_${type}__c`));
        await page.waitForSelector(`${section} ${byTestId(`layout-field-BT_${type}__c`)}`);
      }
      await page.click(byTestId('layout-save'));
      await page.waitForSelector(byTestId('layout-saved'));
      await screenshot(page, 'setup-02-layout-editor');

      // New Account from its list: every editable new field filled in.
      await page.goto(`${url}/o/Account/list`);
      await page.click(byTestId('list-new'));
      await page.waitForSelector(byTestId('record-form'));
      await page.fill(input('Name'), record.name);
      for (const { type } of types) await TYPES[type].enter?.(page, `BT_${type}__c`, record);
      await screenshot(page, 'setup-03-new-account');
      await page.click(byTestId('form-save'));
      await page.waitForSelector(byTestId('record-page'));
      assert.equal(await text(page, byTestId('record-title')), record.name);
      await page.waitForSelector(byTestId(`section-${SECTION}`));
      for (const { type } of types) {
        const value = await shown(page, `BT_${type}__c`);
        try {
          TYPES[type].expect(value, record);
        } catch (error) {
          throw new Error(`${type}: ${(error as Error).message}`);
        }
      }
      await screenshot(page, 'setup-04-account-record-page');

      // A contact made in the new account's household: the roll-up counts it on the next load.
      const accountId = new URL(page.url()).pathname.split('/').pop();
      const member = await api.send('POST', '/api/sobjects/Contact', {
        LastName: 'Household Member',
        RecordTypeId: 'General',
        [HOUSEHOLD_FIELD]: accountId,
      });
      assert.equal(member.status, 201, JSON.stringify(member.body));
      await page.reload();
      await page.waitForSelector(byTestId(`section-${SECTION}`));
      assert.equal(await shown(page, 'BT_Summary__c'), '1', "the account's roll-up counts its new contact");
      await page.close();
      passed = true;
    } finally {
      // While the master-detail fields exist every Account and Contact needs a master, and the
      // tests after this one save accounts without one. The package layout comes back (the
      // tenant's names the fields), then the fields go, the roll-up before what it counts through.
      const cleanUp: [string, string][] = [
        ['DELETE', `/api/setup/objects/Account/layouts/${LAYOUT}`],
        ['DELETE', '/api/setup/objects/Account/fields/BT_Summary__c'],
        ['DELETE', `/api/setup/objects/Contact/fields/${HOUSEHOLD_FIELD}`],
        ['DELETE', '/api/setup/objects/Account/fields/BT_MasterDetail__c'],
      ];
      for (const [method, path] of cleanUp) {
        const { status } = await api.send(method, path);
        if (passed) assert.equal(status, 204, `${method} ${path}`);
      }
    }
  });
  test('admin: a new validation rule shows a formula error at its position, then blocks a save with its message on its field', async ({
    adminPage: page,
    url,
  }) => {
    await openObject(page, 'Account', 'Account');
    await openTab(page, 'rules');
    await page.waitForSelector(`${byTestId('rule-row-ABN_Format')} ${byTestId('rule-locked')}`);
    assert.equal(
      await page.locator(`${byTestId('rule-row-ABN_Format')} ${byTestId('rule-edit')}`).count(),
      0,
      "the package's rule is read-only",
    );

    await page.click(byTestId('new-rule'));
    await page.fill(`${byTestId('rule-apiName')} input`, 'BT_No_Triple_Zero');
    await page.fill(`${byTestId('rule-formula')} textarea`, 'Phone = "000" &&');
    await page.fill(`${byTestId('rule-message')} input`, '000 is not a phone number.');
    await selectOptions(page, byTestId('rule-location'), 'Phone');
    await page.click(byTestId('rule-save'));
    await page.waitForSelector(byTestId('rule-formula-error'));
    assert.match(await text(page, byTestId('rule-formula-error')), /at 1:17\b/);
    assert.match((await page.textContent(byTestId('rule-formula-pointer'))) ?? '', /1: Phone = "000" &&\n\s+\^$/);
    await screenshot(page, 'setup-05-rule-formula-error');

    await page.fill(`${byTestId('rule-formula')} textarea`, 'Phone = "000"');
    await page.click(byTestId('rule-save'));
    await page.waitForSelector(byTestId('rule-save'), { state: 'detached' });
    await page.waitForSelector(byTestId('rule-row-BT_No_Triple_Zero'));
    assert.equal(await text(page, `${byTestId('rule-row-BT_No_Triple_Zero')} ${byTestId('rule-active-cell')}`), 'Active');

    await page.goto(`${url}/o/Account/new`);
    await page.waitForSelector(byTestId('record-form'));
    await page.fill(input('Name'), 'Browser Rule Co');
    await page.fill(input('Phone'), '000');
    await page.click(byTestId('form-save'));
    const phoneError = `${byTestId('field-Phone')} mat-error`;
    await page.waitForSelector(`${phoneError}:has-text("000 is not a phone number.")`);
    assert.match(page.url(), /\/o\/Account\/new/);
    await screenshot(page, 'setup-06-rule-blocks-save');

    await page.fill(input('Phone'), '02 8888 0000');
    await page.click(byTestId('form-save'));
    await page.waitForSelector(byTestId('record-page'));
    assert.equal(await text(page, byTestId('record-title')), 'Browser Rule Co');
    await page.close();
  });
  test('admin: a section and a field moved in the layout editor show on the next load of a record page; Reset brings the package layout back', async ({
    adminPage: page,
    url,
  }) => {
    const api = await adminApi(url);
    const accounts = await api.get<{ records: { Id: string }[] }>(
      `/api/query?q=${encodeURIComponent('SELECT Id FROM Account ORDER BY Name LIMIT 1')}`,
    );
    const accountPage = `${url}/o/Account/${accounts.records[0].Id}`;

    await page.goto(`${url}/setup/objects/Account/layouts/${LAYOUT}`);
    await page.waitForSelector(byTestId('layout-sections'));
    // Start from the package's layout (the first test added a section to it).
    if (await page.locator(byTestId('layout-reset')).count()) {
      await page.click(byTestId('layout-reset'));
      await page.click(byTestId('confirm-ok'));
      await page.waitForSelector(byTestId('layout-customised'), { state: 'detached' });
    }
    await page.goto(accountPage);
    assert.deepEqual(await pageSections(page), [{ label: 'Account Information', fields: ['Name', 'ABN', 'Email', 'Phone'] }]);

    await page.goto(`${url}/setup/objects/Account/layouts/${LAYOUT}`);
    await page.waitForSelector(byTestId('layout-sections'));
    await page.fill(byTestId('new-section-label'), 'Contact Details');
    await page.click(byTestId('add-section'));
    // Phone down past the end of its section into the new one; the new section up to the top;
    // Name down below ABN.
    await page.click(`${byTestId('layout-field-Phone')} ${byTestId('field-down')}`);
    await page.waitForSelector(`[data-label="Contact Details"] ${byTestId('layout-field-Phone')}`);
    await page.click(`[data-label="Contact Details"] ${byTestId('section-up')}`);
    await page.click(`${byTestId('layout-field-Name')} ${byTestId('field-down')}`);
    await screenshot(page, 'setup-07-layout-reordered');
    await page.click(byTestId('layout-save'));
    await page.waitForSelector(byTestId('layout-saved'));

    const reordered = [
      { label: 'Contact Details', fields: ['Phone'] },
      { label: 'Account Information', fields: ['ABN', 'Name', 'Email'] },
    ];
    await page.goto(accountPage);
    assert.deepEqual(await pageSections(page), reordered);
    await page.reload();
    assert.deepEqual(await pageSections(page), reordered);
    await screenshot(page, 'setup-08-record-page-reordered');

    await page.goto(`${url}/setup/objects/Account?tab=layouts`);
    await page.click(byTestId(`layout-link-${LAYOUT}`));
    await page.click(byTestId('layout-reset'));
    await page.click(byTestId('confirm-ok'));
    await page.waitForSelector(byTestId('layout-customised'), { state: 'detached' });
    await page.goto(accountPage);
    assert.deepEqual(await pageSections(page), [{ label: 'Account Information', fields: ['Name', 'ABN', 'Email', 'Phone'] }]);
    await page.close();
  });
  test('admin: the debtor summary moved from the sidebar to the main region in the record page editor shows there; Reset puts it back', async ({
    adminPage: page,
    url,
  }) => {
    const api = await adminApi(url);
    const accounts = await api.get<{ records: { Id: string }[] }>(
      `/api/query?q=${encodeURIComponent('SELECT Id FROM Account ORDER BY Name LIMIT 1')}`,
    );
    const accountPage = `${url}/o/Account/${accounts.records[0].Id}`;
    const summaryIn = async (page: Page) => {
      await page.waitForSelector(byTestId('debtor-summary'));
      return page.$eval(byTestId('debtor-summary'), (card) => card.closest('[data-testid^="region-"]')?.getAttribute('data-testid'));
    };

    await page.goto(accountPage);
    assert.equal(await summaryIn(page), 'region-sidebar');

    await openObject(page, 'Account', 'Account');
    await openTab(page, 'record-pages');
    await page.click(byTestId(`record-page-link-${RECORD_PAGE}`));
    await page.waitForSelector(`${byTestId('edit-region-sidebar')} ${byTestId('page-component-lumary:debtorSummary')}`);
    await page.click(`${byTestId('page-component-lumary:debtorSummary')} ${byTestId('component-move')}`);
    await page.click(byTestId('move-to-main'));
    await page.waitForSelector(`${byTestId('edit-region-main')} ${byTestId('page-component-lumary:debtorSummary')}`);
    await screenshot(page, 'setup-09-record-page-editor');
    await page.click(byTestId('record-page-save'));
    await page.waitForSelector(byTestId('record-page-saved'));

    await page.goto(accountPage);
    assert.equal(await summaryIn(page), 'region-main');
    await screenshot(page, 'setup-10-summary-in-main');

    await page.goto(`${url}/setup/objects/Account/record-pages/${RECORD_PAGE}`);
    await page.click(byTestId('record-page-reset'));
    await page.click(byTestId('confirm-ok'));
    await page.waitForSelector(byTestId('record-page-customised'), { state: 'detached' });
    await page.goto(accountPage);
    assert.equal(await summaryIn(page), 'region-sidebar');
    await page.close();
  });
}
