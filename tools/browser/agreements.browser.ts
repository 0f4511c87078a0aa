import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, checkPage, DEMO_USERS, type ApiSession } from './harness';
import { test } from './fixtures';

/**
 * Service agreements (issue 19): the demo's NDIA-managed agreement drawn down to 80 % on one line
 * (through the API, as services delivered), then its record page's budget view at 1280 px and at
 * 390 px (the warning on that line only, the figures as the API has them, no sideways scroll), the
 * client's page showing the same line, and the support catalogue page's preview and import.
 */

const AGREEMENT = 'lumary__Service_Agreement__c';
const LINE = 'lumary__Service_Agreement_Line__c';
const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });
const money = (amount: string) => aud.format(amount as unknown as number);

interface LineRow {
  Id: string;
  lumary__Support_Item_Number__c: string;
  lumary__Budget__c: string;
  lumary__Used__c: string;
  lumary__Remaining__c: string;
}

async function query<T>(api: ApiSession, soql: string): Promise<T[]> {
  return (await api.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
}

async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
}

/** Today in Sydney (the demo tenant's zone), YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' }).format(new Date());

export function agreementsTests(): void {
  test('finance: an agreement line drawn to 80 % shows its warning on the agreement page (1280 and 390 px) and on the client page', async ({
    financePage: page,
    url,
  }) => {
    const api = await apiAs(url, DEMO_USERS.finance);
    const [agreement] = await query<{ Id: string; Name: string; lumary__Client__c: string }>(
      api,
      `SELECT Id, Name, lumary__Client__c FROM ${AGREEMENT} WHERE lumary__Status__c = 'Active' ORDER BY Name LIMIT 1`,
    );
    assert.ok(agreement, 'the demo has an Active agreement');
    const lines = async () =>
      query<LineRow>(
        api,
        `SELECT Id, lumary__Support_Item_Number__c, lumary__Budget__c, lumary__Used__c, lumary__Remaining__c FROM ${LINE} WHERE lumary__Agreement__c = '${agreement.Id}' ORDER BY lumary__Support_Item_Number__c`,
      );
    const selfCare = (await lines()).find((l) => l.lumary__Support_Item_Number__c === '01_011_0107_1_1')!;
    // 200 h × $70.23 = $14,046.00: 160 h (in two services of 80 h, at the limit) is 80 %: $11,236.80 used.
    assert.equal(selfCare.lumary__Budget__c, '14046.00');
    for (let i = 0; i < 2; i++) {
      const created = await api.send('POST', '/api/sobjects/lumary__Service_Delivered__c', {
        lumary__Client__c: agreement.lumary__Client__c,
        lumary__Service_Date__c: today(),
        lumary__Description__c: 'Self-care, weekday daytime',
        lumary__Quantity__c: '80',
        lumary__Funding__c: 'NDIA-managed',
        lumary__Agreement_Line__c: selfCare.Id,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
    const drawn = (await lines()).find((l) => l.Id === selfCare.Id)!;
    assert.deepEqual([drawn.lumary__Used__c, drawn.lumary__Remaining__c], ['11236.80', '2809.20']);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await page.goto(`${url}/o/${AGREEMENT}/${agreement.Id}`);
      const line = page.locator(`${byTestId('budget-line')}[data-line="01_011_0107_1_1"]`);
      await line.waitFor();
      assert.equal(await line.getAttribute('data-level'), 'warning');
      assert.equal((await line.locator(byTestId('budget-used')).textContent())?.trim(), money('11236.80'));
      assert.equal((await line.locator(byTestId('budget-remaining')).textContent())?.trim(), money('2809.20'));
      assert.match((await line.locator(byTestId('budget-warning')).textContent()) ?? '', /80 % used/);
      // The other lines are untouched: no warning.
      for (const other of ['04_104_0125_6_1', '15_056_0128_1_3'])
        assert.equal(await page.locator(`${byTestId('budget-line')}[data-line="${other}"]`).getAttribute('data-level'), 'ok');
      await assertNoHorizontalScroll(page, `agreement page at ${width} px`);
      await checkPage(page, `agreement page at ${width} px`, { axe: width > 600 });
    }

    await page.goto(`${url}/o/Contact/${agreement.lumary__Client__c}`);
    const onClient = page.locator(`${byTestId('budget-agreement')}[data-agreement="${agreement.Name}"]`);
    await onClient.waitFor();
    assert.equal(await onClient.locator(`${byTestId('budget-line')}[data-line="01_011_0107_1_1"]`).getAttribute('data-level'), 'warning');
    await assertNoHorizontalScroll(page, 'client page at 390 px');
  });

  test('finance: the support catalogue page previews a file, imports it, and lists the new item', async ({ financePage: page, url }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await page.goto(`${url}/lumary/support-catalogue`);
      await page.waitForSelector(byTestId('catalogue-item'));
      assert.equal(await checkPage(page, `support catalogue at ${width} px`, { axe: width > 600 }), 'Support catalogue | Lumary');
    }
    // The file is chosen from the keyboard: Choose file is a button.
    await page.focus(byTestId('catalogue-choose'));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'catalogue-choose');
    const csv = [
      'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA',
      '09_009_0117_6_3,Employment Related Assessment and Counselling,H,20260701,$193.99,$193.99,$271.59,$193.99,$193.99,$193.99,$193.99,$193.99',
    ].join('\n');
    await page.setInputFiles(byTestId('catalogue-file'), { name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.locator(byTestId('catalogue-preview'));
    await preview.waitFor();
    assert.match((await preview.textContent()) ?? '', /1 support items in the file: 1 to add, 0 to change, 0 already imported/);
    await page.click(byTestId('catalogue-import'));
    await page.locator('.mdc-snackbar__label').waitFor();
    await page.locator(byTestId('catalogue-item'), { hasText: '09_009_0117_6_3' }).waitFor();
  });
}
