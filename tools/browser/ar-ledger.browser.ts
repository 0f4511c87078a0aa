import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, screenshot, selectOptions, DEMO_USERS, type ApiSession } from './harness';
import { test } from './fixtures';

/**
 * The invoice editor and the ledger pages (issue 16 items 2 and 4), as the demo's finance user at
 * 1440 px and at 390 px (no horizontal scroll): a new invoice from a client's page with three
 * lines, its live totals, the missing-Debtor error, Save and issue after the confirmation, every
 * figure checked against the API; a journal export downloaded and its batch downloaded again;
 * the trial balance's totals against the API and a drill into an account; a manual journal that
 * does not balance cannot be posted.
 */

const INVOICE = 'lumary__Invoice__c';
const WIDTHS = [1440, 390] as const;
const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });
const money = (amount: string) => aud.format(amount as unknown as number);

async function query<T>(api: ApiSession, soql: string): Promise<T[]> {
  return (await api.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
}

async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
}

const text = async (page: Page, testId: string) => ((await page.textContent(byTestId(testId))) ?? '').trim();
const input = (testId: string) => `${byTestId(testId)} input`;
/** The first real option of a select (the first is "—" where a blank is allowed). */
const nthOption = (n: number) => (panel: import('@playwright/test').Locator) => panel.getByRole('option').nth(n);

export function arLedgerTests(): void {
  for (const width of WIDTHS) {
    test(`finance at ${width} px: New invoice from a client's page → Debtor defaulted, the error when it is empty, three lines with live totals → Save and issue (confirmed) → the API's figures`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);
      const clients = await query<{ Id: string; Name: string; lumary__Default_Debtor__c: string | null }>(
        api,
        "SELECT Id, Name, lumary__Default_Debtor__c FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName ASC, FirstName ASC LIMIT 2",
      );
      const client = clients[width === 1440 ? 0 : 1];
      const debtorId = client.lumary__Default_Debtor__c ?? client.Id;
      const debtor = await api.get<{ debtor: { name: string } }>(`/api/lumary/debtors/${debtorId}/summary`);

      await page.goto(`${url}/o/Contact/${client.Id}`);
      await page.click(byTestId('client-new-invoice'));
      await page.waitForSelector(byTestId('invoice-editor'));
      assert.equal(await page.inputValue(input('field-client')), client.Name);
      await page.waitForFunction(([sel, name]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === name, [
        input('field-debtor'),
        debtor.debtor.name,
      ] as const);
      assert.match(await page.inputValue(input('field-invoiceDate')), /^\d{2}\/\d{2}\/\d{4}$/);

      const lines: [string, string, string, 'GST' | 'GST free'][] = [
        ['Occupational therapy', '1.5', '10.05', 'GST'], // 15.08, GST 1.51
        ['Travel', '3', '0.35', 'GST'], // 1.05, GST 0.11
        ['Support work', '2', '193.99', 'GST free'], // 387.98
      ];
      for (const [i, [description, quantity, price, tax]] of lines.entries()) {
        if (i > 0) await page.click(byTestId('invoice-add-line'));
        await page.fill(input(`line-${i}-description`), description);
        await page.fill(input(`line-${i}-quantity`), quantity);
        await page.fill(input(`line-${i}-unitPrice`), price);
        await selectOptions(page, byTestId(`line-${i}-taxCode`), tax === 'GST' ? 'GST 10%' : 'GST free');
        if (i === 0) await selectOptions(page, byTestId('line-0-glCode'), nthOption(1));
      }
      // Live totals, rounded per line as the server does.
      assert.equal(await text(page, 'invoice-subtotal'), money('404.11'));
      assert.equal(await text(page, 'invoice-gst'), money('1.62'));
      assert.equal(await text(page, 'invoice-total'), money('405.73'));
      await assertNoHorizontalScroll(page, `the invoice editor at ${width} px`);
      await screenshot(page, `ar-invoice-editor-${width}`);

      // No Debtor: the field says so and nothing is saved.
      const before = await query<{ Id: string }>(api, `SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client.Id}'`);
      await page.fill(input('field-debtor'), '');
      await page.click(byTestId('invoice-save-draft'));
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent?.includes('Debtor is required.'),
        byTestId('field-debtor'),
      );
      // Issuing needs a GL code on every line: the new lines took line 1's.
      await page.fill(input('field-debtor'), debtor.debtor.name.split(' ')[0]);
      await page.locator(byTestId('debtor-option')).first().waitFor();
      await page.locator(byTestId('debtor-option'), { hasText: debtor.debtor.name }).first().click();
      await page.click(byTestId('invoice-save-issue'));
      await page.waitForSelector(byTestId('invoice-issue-confirm'));
      assert.match(await text(page, 'invoice-issue-confirm'), new RegExp(`posts \\${money('405.73')}`));
      await assertNoHorizontalScroll(page, `the issue confirmation at ${width} px`);
      await page.click(byTestId('invoice-issue-confirm-button'));
      await page.waitForURL(/\/o\/lumary__Invoice__c\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop() ?? '';
      const [invoice] = await query<Record<string, string>>(
        api,
        `SELECT Name, lumary__Status__c, lumary__Debtor__c, lumary__Subtotal__c, lumary__GST__c, lumary__Total__c FROM ${INVOICE} WHERE Id = '${id}'`,
      );
      assert.deepEqual(
        [
          invoice['lumary__Status__c'],
          invoice['lumary__Debtor__c'],
          invoice['lumary__Subtotal__c'],
          invoice['lumary__GST__c'],
          invoice['lumary__Total__c'],
        ],
        ['Open', debtorId, '404.11', '1.62', '405.73'],
      );
      const after = await query<{ Id: string }>(api, `SELECT Id FROM ${INVOICE} WHERE lumary__Client__c = '${client.Id}'`);
      assert.equal(after.length, before.length + 1, 'one invoice: the refused save wrote nothing');
      const lineCount = await query<{ Id: string }>(api, `SELECT Id FROM lumary__Invoice_Line__c WHERE lumary__Invoice__c = '${id}'`);
      assert.equal(lineCount.length, 3);
      // Issued: its actions, no Edit.
      await page.waitForSelector(byTestId('invoice-actions'));
      assert.equal(await page.locator(byTestId('invoice-edit')).count(), 0);
      assert.equal(await page.locator(byTestId('invoice-write-off')).count(), 1);
      await page.click(byTestId('field-history-toggle'));
      await page.waitForSelector(byTestId('field-history-row'));
      await assertNoHorizontalScroll(page, `the issued invoice at ${width} px`);
    });

    test(`finance at ${width} px: journal export downloaded and its batch downloaded again; the trial balance equals the API and drills into an account; an unbalanced manual journal cannot be posted`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);

      // Trial balance: the period holding today by default, its totals as the API has them.
      await page.goto(`${url}/lumary/trial-balance`);
      await page.waitForURL(/period=/);
      await page.waitForSelector(byTestId('tb-totals'));
      const period = new URL(page.url()).searchParams.get('period') ?? '';
      const tb = await api.get<{ totals: { debit: string; credit: string; balance: string }; rows: { accountId: string }[] }>(
        `/api/lumary/reports/trial-balance?period=${period}`,
      );
      assert.equal(await text(page, 'tb-total-debit'), money(tb.totals.debit));
      assert.equal(await text(page, 'tb-total-credit'), money(tb.totals.credit));
      assert.equal(await text(page, 'tb-total-balance'), money(tb.totals.balance));
      assert.equal(await page.locator(byTestId('tb-row')).count(), tb.rows.length);
      await page.locator(byTestId('tb-drill')).first().click();
      await page.waitForSelector(byTestId('tb-line'));
      await assertNoHorizontalScroll(page, `the trial balance at ${width} px`);
      await screenshot(page, `ar-trial-balance-${width}`);
      // As at a date: every posting to today.
      await page.click(`${byTestId('tb-mode-asof')} button`);
      await page.waitForSelector(byTestId('field-asOf'));
      await page.click(byTestId('tb-show'));
      await page.waitForURL(/asOf=/);
      const asOf = new URL(page.url()).searchParams.get('asOf') ?? '';
      const tbAsOf = await api.get<{ totals: { debit: string } }>(`/api/lumary/reports/trial-balance?asOf=${asOf}`);
      await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.textContent?.trim() === v, [
        byTestId('tb-total-debit'),
        money(tbAsOf.totals.debit),
      ] as const);

      // Journal export: the period's new entries (the invoice the editor test issued at least), then the batch again.
      await page.goto(`${url}/lumary/journal-export`);
      await page.waitForSelector(byTestId('export-batches'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('export-run'))]);
      const result = await text(page, 'export-result');
      const batch = /^(EXP-\d+):/.exec(result)?.[1];
      assert.ok(batch, `a new batch: ${result}`);
      assert.equal(download.suggestedFilename(), `${batch}-xero.csv`);
      const row = page.locator(`${byTestId('export-batch')}[data-batch="${batch}"]`);
      await row.waitFor();
      const [again] = await Promise.all([page.waitForEvent('download'), row.locator(byTestId('batch-download-generic')).click()]);
      const csv = await (await again.createReadStream()).toArray();
      const body = Buffer.concat(csv as Buffer[]).toString('utf8');
      assert.ok(body.split('\r\n').filter(Boolean).length > 1, 'the batch has rows');
      assert.ok(body.includes(batch), 'the generic layout names the batch');
      // Exporting again straight away: nothing new.
      await page.click(byTestId('export-run'));
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('Nothing new'), byTestId('export-result'));
      await assertNoHorizontalScroll(page, `journal export at ${width} px`);

      // Manual journal: Post only once debits equal credits.
      await page.goto(`${url}/lumary/manual-journal`);
      await page.waitForSelector(byTestId('journal-form'));
      await selectOptions(page, byTestId('jline-0-account'), nthOption(0));
      await selectOptions(page, byTestId('jline-1-account'), nthOption(1));
      await page.fill(input('jline-0-debit'), '10.00');
      await page.fill(input('jline-1-credit'), '9.99');
      assert.equal(await text(page, 'journal-difference'), money('0.01'));
      assert.ok(await page.isDisabled(byTestId('journal-post')), 'an unbalanced entry cannot be posted');
      assert.match(await text(page, 'journal-status'), /must balance/);
      await assertNoHorizontalScroll(page, `manual journal at ${width} px`);
      await page.fill(input('jline-1-credit'), '10.00');
      await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLButtonElement).disabled, byTestId('journal-post'));
      if (width === 1440) {
        await page.fill(input('field-description'), 'Browser manual journal');
        await page.click(byTestId('journal-post'));
        await page.click(byTestId('journal-confirm-post'));
        await page.waitForURL(/\/o\/lumary__Journal_Entry__c\/[0-9a-f-]{36}$/);
        const id = page.url().split('/').pop();
        const [entry] = await query<{ lumary__Total__c: string }>(
          api,
          `SELECT lumary__Total__c FROM lumary__Journal_Entry__c WHERE Id = '${id}'`,
        );
        assert.equal(entry.lumary__Total__c, '10.00');
      }
      await screenshot(page, `ar-manual-journal-${width}`);

      // Debtor balances and the audit trail draw at this width too.
      await page.goto(`${url}/lumary/debtor-balances`);
      await page.waitForSelector(byTestId('balances-totals'));
      const balances = await api.get<{ totals: { balance: string } }>(`/api/lumary/reports/debtor-balances?asAt=${asOf}`);
      assert.equal(await text(page, 'balances-total-balance'), money(balances.totals.balance));
      await assertNoHorizontalScroll(page, `debtor balances at ${width} px`);
      await page.goto(`${url}/lumary/audit?object=${INVOICE}`);
      await page.waitForSelector(byTestId('audit-row'));
      await assertNoHorizontalScroll(page, `the audit trail at ${width} px`);
    });
  }
}
