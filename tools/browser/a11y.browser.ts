import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { DEMO_USERS, OPERATOR_TOKEN, PHONE_WIDTH, apiAs, byTestId, pageProblems } from './harness';
import { test } from './fixtures';

const INVOICE = 'lumary__Invoice__c';

/** A page of the suite: where it is, what shows it has drawn, and the title it must have. */
interface Visit {
  path: string;
  ready: string;
  title: string | RegExp;
}

/** Every page's problems, gathered: one run shows them all. */
async function visit(page: Page, url: string, v: Visit, width: number, axe: boolean, problems: string[]): Promise<void> {
  await page.goto(`${url}${v.path}`);
  await page.waitForSelector(v.ready);
  await page.waitForLoadState('networkidle');
  const found = await pageProblems(page, `${v.path} at ${width} px`, { axe });
  // Printed as found too: a run cut short still shows what it saw.
  for (const p of found.problems) console.log(p);
  problems.push(...found.problems);
  const expected = typeof v.title === 'string' ? found.title === v.title : v.title.test(found.title);
  if (!expected) problems.push(`${v.path}: the title "${found.title}", expected ${String(v.title)}`);
}

/**
 * Every kind of page the app has, as a finance user, an administrator and a visitor not signed in,
 * at a laptop's width with axe-core and at a phone's: one h1, a title of its own, no critical or
 * serious accessibility violation, no sideways scrolling at 390 px. Then focus: on the new page's
 * heading after navigation, and back on the opener after a dialog.
 */
export function a11yTests(): void {
  test('every page: one h1, its own title, axe-core 0 critical / 0 serious at 1280 px, no horizontal scroll at 390 px', async ({
    newPage,
    url,
  }) => {
    // About 30 page loads and 16 axe runs: a minute on a quiet machine.
    test.setTimeout(15 * 60_000);
    const finance = await apiAs(url, DEMO_USERS.finance);
    const q = async <T>(soql: string) => (await finance.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
    const [account] = await q<{ Id: string; Name: string }>('SELECT Id, Name FROM Account ORDER BY Name LIMIT 1');
    const [client] = await q<{ Id: string; Name: string }>(
      "SELECT Id, Name FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1",
    );
    const [invoice] = await q<{ Id: string; Name: string }>(
      `SELECT Id, Name FROM ${INVOICE} WHERE lumary__Status__c = 'Open' ORDER BY Name LIMIT 1`,
    );

    const financePages: Visit[] = [
      { path: '/', ready: byTestId('app-launcher'), title: 'App Launcher | Lumary' },
      { path: '/app/lumary__AR_Management', ready: byTestId('dashboard'), title: 'AR Management | Lumary' },
      { path: `/o/${INVOICE}/list`, ready: byTestId('record-row'), title: /^All Invoices · Invoices \| Lumary$/ },
      { path: `/o/Account/${account.Id}`, ready: `${byTestId('debtor-summary')} dl`, title: `Account ${account.Name} | Lumary` },
      { path: `/o/Contact/${client.Id}`, ready: `${byTestId('debtor-summary')} dl`, title: `Contact ${client.Name} | Lumary` },
      { path: `/o/${INVOICE}/${invoice.Id}`, ready: byTestId('invoice-actions'), title: `Invoice ${invoice.Name} | Lumary` },
      {
        path: `/o/Account/new`,
        ready: `${byTestId('record-form')}, ${byTestId('record-type-picker')}`,
        title: /^New( Account)? \| Lumary$/,
      },
      { path: '/lumary/aged-receivables', ready: byTestId('aged-table'), title: 'Aged receivables | Lumary' },
      { path: '/lumary/billing-run', ready: byTestId('billing-run-start'), title: 'Billing run | Lumary' },
      { path: '/lumary/bank-reconciliation', ready: byTestId('bank-lines'), title: /^Bank reconciliation( · Lumary)? \| Lumary$/ },
      { path: '/change-password', ready: 'form', title: 'Change your password | Lumary' },
    ];
    const adminPages: Visit[] = [
      { path: '/setup/objects', ready: 'table', title: 'Object Manager · Setup | Lumary' },
      { path: '/setup/objects/Account', ready: 'table', title: 'Object Manager · Setup | Lumary' },
      { path: '/setup/permission-sets', ready: 'table', title: 'Permission Sets · Setup | Lumary' },
      { path: '/setup/users', ready: 'table', title: 'Users · Setup | Lumary' },
    ];
    const signedOut: Visit[] = [
      { path: '/sign-in', ready: byTestId('sign-in-username'), title: 'Sign in | Lumary' },
      { path: '/ops', ready: byTestId('ops-token'), title: 'Operator console | Lumary' },
    ];

    const problems: string[] = [];
    for (const [width, axe] of [
      [1280, true],
      [PHONE_WIDTH, false],
    ] as const) {
      const size = { width, height: width < 600 ? 844 : 900 };
      const financePage = await newPage(DEMO_USERS.finance);
      await financePage.setViewportSize(size);
      for (const v of financePages) await visit(financePage, url, v, width, axe, problems);
      const adminPage = await newPage(DEMO_USERS.admin);
      await adminPage.setViewportSize(size);
      for (const v of adminPages) await visit(adminPage, url, v, width, axe, problems);
      const visitor = await newPage();
      await visitor.setViewportSize(size);
      for (const v of signedOut) await visit(visitor, url, v, width, axe, problems);
      // The operator console behind its sign-in.
      await visitor.fill(byTestId('ops-token'), OPERATOR_TOKEN);
      await visitor.click(byTestId('ops-sign-in-submit'));
      await visitor.waitForURL(/\/ops\/tenants/);
      await visitor.waitForSelector('table');
      problems.push(...(await pageProblems(visitor, `/ops/tenants at ${width} px`, { axe })).problems);
    }
    assert.deepEqual(problems, []);
  });

  test('focus: on the new page’s heading after navigating, back on the opener after a dialog closes', async ({
    financePage: page,
    url,
  }) => {
    await page.goto(`${url}/o/${INVOICE}/list`);
    await page.waitForSelector(byTestId('record-link'));
    await page.locator(byTestId('record-link')).first().click();
    await page.waitForSelector(byTestId('record-title'));
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'record-title');

    // A dialog closed with Escape gives focus back to the button that opened it.
    await page.goto(`${url}/o/lumary__Billing_Run__c/list`);
    await page.focus(byTestId('list-new'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('mat-dialog-container');
    await page.keyboard.press('Escape');
    await page.waitForSelector('mat-dialog-container', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="list-new"]') !== null);
  });
}
