import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, byTestId, screenshot, selectOptions, DEMO_USERS } from './harness';
import { test } from './fixtures';

/**
 * Lumary AR on the web shell's record pages, in a real browser against the built app and the
 * demo seed: the debtor summary against the API's own figures, Debtor Settings re-dating a
 * debtor's open invoices, the invoice page's actions, the aged receivables report and a billing run.
 */

const FINANCE = DEMO_USERS.finance;
const SUPPORT = DEMO_USERS.support;
const INVOICE = 'lumary__Invoice__c';

interface Party {
  id: string;
  name: string | null;
  type: string;
}
interface Figure {
  amount: string;
  overdue: string;
  invoices: { id: string; name: string; debtor: Party }[];
}
interface Summary {
  kind: 'client' | 'debtor';
  debtor: Party;
  totalOwed: Figure;
  usuallyPaysIn: { days: number | null };
}
/** A client's summary: the finance user may read services and claims, so neither figure is null. */
interface ClientSummary extends Summary {
  kind: 'client';
  owedByClient: Figure;
  owedByOthers: Figure;
  accruedServices: { amount: string };
  openOrErrorClaims: { amount: string };
}

/** The toast a change leaves (ToastService). */
const TOAST = '.mat-mdc-snack-bar-label';

/** The API as the same finance user, for the figures the page must agree with. */
class Api {
  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async signIn(url: string, user = FINANCE): Promise<Api> {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(user),
    });
    assert.equal(res.status, 200);
    return new Api(url, ((await res.json()) as { accessToken: string }).accessToken);
  }

  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.url}${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    assert.equal(res.status, 200, `GET ${path} answered ${res.status}`);
    return (await res.json()) as T;
  }

  async query<T = Record<string, unknown>>(soql: string): Promise<T[]> {
    return (await this.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
  }

  summary(id: string): Promise<Summary> {
    return this.get<Summary>(`/api/lumary/debtors/${id}/summary`);
  }
}

const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });
/** "1234.5" → "$1,234.50", formatted from the decimal string itself. */
const money = (amount: string) => aud.format(amount as unknown as number);
const positive = (amount: string) => !/^-|^0+(\.0+)?$/.test(amount);

const text = async (page: Page, selector: string) => (await page.textContent(selector))?.trim();

/** Waits until the element's trimmed text is exactly `expected` (the page redraws after a change). */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(([s, e]) => document.querySelector(s)?.textContent?.trim() === e, [selector, expected] as const);
}

/** The demo's first client (by name) with something overdue that it owes itself or others owe for it. */
async function overdueClient(
  api: Api,
): Promise<{ id: string; name: string; lastName: string; summary: ClientSummary; listed: 'owedByClient' | 'owedByOthers' }> {
  const clients = await api.query<{ Id: string; Name: string; LastName: string }>(
    "SELECT Id, Name, LastName FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName, FirstName",
  );
  for (const client of clients) {
    const summary = (await api.summary(client.Id)) as ClientSummary;
    const listed = (['owedByClient', 'owedByOthers'] as const).find((k) => positive(summary[k].overdue));
    if (listed && summary.owedByClient.invoices.length && summary.owedByOthers.invoices.length)
      return { id: client.Id, name: client.Name, lastName: client.LastName, summary, listed };
  }
  throw new Error('the demo seed has no client with overdue invoices owed both by the client and by others');
}

/** "rgb(194, 57, 52)" → true: clearly red, whatever the exact shade. */
function isRed(colour: string): boolean {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return r >= 150 && g <= 100 && b <= 100;
}

export function arTests(): void {
  test("finance: a client from the Contacts list, its debtor summary equal to the API's, a red overdue badge, the popup listing the same invoices, then the invoice page", async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    const client = await overdueClient(api);
    const s = client.summary;

    await page.goto(`${url}/o/Contact/list`);
    await page.waitForSelector(byTestId('record-row'));
    // The filter box searches each column's text: the last name finds the client.
    await page.fill(byTestId('list-filter'), client.lastName);
    await page.press(byTestId('list-filter'), 'Enter');
    await page.waitForFunction((n) => {
      const links = Array.from(document.querySelectorAll('[data-testid="record-link"]'));
      return links.length > 0 && links.every((a) => a.textContent?.includes(n));
    }, client.lastName);
    await page.click(`${byTestId('record-link')}:text-is("${client.name}")`);
    await page.waitForSelector(byTestId('debtor-summary'));
    assert.equal(await text(page, byTestId('record-title')), client.name);
    assert.equal(await page.getAttribute(byTestId('debtor-summary'), 'data-kind'), 'client');

    // Every figure as the API computes it, formatted for Australia.
    assert.equal(await text(page, byTestId('summary-totalOwed-amount')), money(s.totalOwed.amount));
    assert.equal(await text(page, byTestId('summary-owedByClient-amount')), money(s.owedByClient.amount));
    assert.equal(await text(page, byTestId('summary-owedByOthers-amount')), money(s.owedByOthers.amount));
    assert.equal(await text(page, byTestId('summary-accruedServices-amount')), money(s.accruedServices.amount));
    assert.equal(await text(page, byTestId('summary-openOrErrorClaims-amount')), money(s.openOrErrorClaims.amount));
    assert.equal(
      await text(page, byTestId('summary-usuallyPaysIn-amount')),
      s.usuallyPaysIn.days === null ? '—' : `${s.usuallyPaysIn.days} day${s.usuallyPaysIn.days === 1 ? '' : 's'}`,
    );
    for (const key of ['totalOwed', 'owedByClient', 'owedByOthers'] as const) {
      const badge = byTestId(`summary-${key}-overdue`);
      if (!positive(s[key].overdue)) {
        assert.equal(await page.locator(badge).count(), 0, `${key} has no overdue badge`);
        continue;
      }
      assert.equal(await text(page, badge), money(s[key].overdue));
      const colour = await page.$eval(badge, (el) => getComputedStyle(el).backgroundColor);
      assert.ok(isRed(colour), `${key}'s badge is red, not ${colour}`);
    }
    await screenshot(page, 'ar-01-client-record-page');
    mkdirSync(join(__dirname, '../../docs/images'), { recursive: true });
    copyFileSync(join(ARTIFACTS, 'ar-01-client-record-page.png'), join(__dirname, '../../docs/images/client-record-page.png'));

    await page.click(byTestId(`summary-${client.listed}-open`));
    await page.waitForSelector(byTestId('summary-invoice-row'));
    const listed = (await page.locator(byTestId('summary-invoice-link')).allTextContents()).map((t) => t.trim());
    assert.deepEqual(
      listed,
      s[client.listed].invoices.map((i) => i.name),
    );
    await screenshot(page, 'ar-02-summary-popup');

    // The popup's invoice number opens the invoice page, with the actions its status allows.
    const first = s[client.listed].invoices[0];
    await page.click(`${byTestId('summary-invoice-link')}:text-is("${first.name}")`);
    await page.waitForURL(new RegExp(`/o/${INVOICE}/${first.id}$`));
    await page.waitForSelector(byTestId('invoice-actions'));
    await page.waitForSelector(byTestId('invoice-payment'));
    assert.equal(await text(page, byTestId('record-title')), first.name);
    for (const action of ['invoice-payment', 'invoice-credit', 'invoice-send', 'invoice-pdf'])
      assert.equal(await page.locator(byTestId(action)).count(), 1, action);
    assert.equal(await page.locator(byTestId('invoice-issue')).count(), 0);
    await screenshot(page, 'ar-03-invoice-page');
    await page.close();
  });
  test("finance: a debtor → Debtor Settings → Edit → Payment Terms (400 refused on the field) → Save, and its open invoices' due dates change", async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    const client = await overdueClient(api);
    const debtor = client.summary.owedByOthers.invoices[0].debtor;
    const openInvoices = () =>
      api.query<{ Id: string; lumary__Invoice_Date__c: string; lumary__Due_Date__c: string }>(
        `SELECT Id, lumary__Invoice_Date__c, lumary__Due_Date__c FROM ${INVOICE} WHERE lumary__Debtor__c = '${debtor.id}' AND lumary__Status__c IN ('Open', 'Part Paid') ORDER BY Name`,
      );
    const before = await openInvoices();
    assert.ok(before.length > 0, `${debtor.name} has open invoices`);
    const settings = await api.query<{ lumary__Payment_Terms__c: string | null }>(
      `SELECT lumary__Payment_Terms__c FROM lumary__Debtor_Settings__c WHERE lumary__Debtor__c = '${debtor.id}'`,
    );
    const terms = settings[0]?.lumary__Payment_Terms__c === '21' ? 28 : 21;

    await page.goto(`${url}/o/${debtor.type}/${debtor.id}`);
    await page.waitForSelector(byTestId('debtor-summary'));
    assert.equal(await page.getAttribute(byTestId('debtor-summary'), 'data-kind'), 'debtor');
    await page.click(byTestId('debtor-settings-open'));
    await page.waitForSelector(byTestId('debtor-settings-edit'));
    await page.click(byTestId('debtor-settings-edit'));

    const termsInput = `${byTestId('field-lumary__Payment_Terms__c')} input`;
    await page.fill(termsInput, '400');
    await page.click(byTestId('debtor-settings-save'));
    const termsError = `${byTestId('field-lumary__Payment_Terms__c')} mat-error`;
    await page.waitForSelector(`${termsError}:has-text("Payment Terms must be between 0 and 365 days.")`);
    await screenshot(page, 'ar-04-debtor-settings-error');
    assert.deepEqual(await openInvoices(), before, 'a refused save changes nothing');

    await page.fill(termsInput, String(terms));
    await page.click(byTestId('debtor-settings-save'));
    await page.waitForSelector(byTestId('debtor-settings'), { state: 'detached' });

    const after = await openInvoices();
    assert.deepEqual(
      after.map((i) => i.lumary__Due_Date__c),
      before.map((i) => addDays(i.lumary__Invoice_Date__c, terms)),
    );
    assert.notDeepEqual(after, before);

    // The page was drawn again: the dialog now shows the saved terms.
    await page.click(byTestId('debtor-settings-open'));
    await page.waitForSelector(`${byTestId('debtor-settings-terms')}:has-text("${terms} days")`);
    await screenshot(page, 'ar-05-debtor-settings');
    await page.close();
  });
  test('finance: AR Management → Reports and runs → Aged Receivables: totals equal to the API, five bars, the Debtors Control check and the CSV link', async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    await page.goto(`${url}/app/lumary__AR_Management`);
    await page.click(byTestId('ar-link-aged-receivables'));
    await page.waitForSelector(byTestId('aged-table'));
    const asAt = new URL(page.url()).searchParams.get('asAt') ?? (await page.inputValue(`${byTestId('field-asAt')} input`));
    const report = await api.get<{ debtors: unknown[]; totals: Record<string, string>; difference: string | null }>(
      `/api/lumary/reports/aged-receivables?asAt=${asAt}`,
    );
    assert.equal(await page.locator(byTestId('aged-row')).count(), report.debtors.length);
    for (const key of ['current', 'days1To30', 'days31To60', 'days61To90', 'days90Plus', 'unallocatedCredit', 'total']) {
      assert.equal(await text(page, byTestId(`aged-total-${key}`)), money(report.totals[key]), key);
    }
    assert.equal(await page.locator(`${byTestId('aged-chart')} rect`).count(), 5);
    assert.equal(await text(page, byTestId('aged-difference')), money(report.difference ?? '0'));
    assert.match((await page.getAttribute(byTestId('aged-csv'), 'href')) ?? '', /format=csv/);
    await screenshot(page, 'ar-06-aged-receivables');
    await page.close();
  });
  test("finance: an Open invoice's actions: Credit (the server's date error on its field, then saved), Record payment allocated in full, Send to the debtor's address", async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    // Dated after the first Open period's first day: the day before it is open too, so the only refusal is the date's.
    const [period] = await api.query<{ lumary__Start_Date__c: string }>(
      "SELECT lumary__Start_Date__c FROM lumary__Accounting_Entity__c WHERE RecordTypeId = 'Accounting_Period' AND lumary__Status__c = 'Open' ORDER BY lumary__Start_Date__c LIMIT 1",
    );
    const [open] = await api.query<{ Id: string; Name: string; lumary__Invoice_Date__c: string; lumary__Balance__c: string }>(
      `SELECT Id, Name, lumary__Invoice_Date__c, lumary__Balance__c FROM ${INVOICE} WHERE lumary__Status__c = 'Open' AND lumary__Amount_Paid__c = 0 AND lumary__Amount_Credited__c = 0 AND lumary__Balance__c > 20 AND lumary__Invoice_Date__c > ${period.lumary__Start_Date__c} ORDER BY Name LIMIT 1`,
    );
    const invoice = () => api.get<Record<string, string>>(`/api/sobjects/${INVOICE}/${open.Id}`);
    await page.goto(`${url}/o/${INVOICE}/${open.Id}`);
    await page.waitForSelector(byTestId('invoice-credit'));
    assert.equal(await page.locator(byTestId('invoice-void')).count(), 1, 'an Open invoice with nothing against it can be voided');

    await page.click(byTestId('invoice-credit'));
    await page.fill(`${byTestId('field-date')} input`, addDays(open.lumary__Invoice_Date__c, -1));
    await page.fill(`${byTestId('field-amount')} input`, '10.00');
    assert.equal(await page.inputValue(`${byTestId('field-amount')} input`), '10.00');
    await selectOptions(page, byTestId('field-reason'), 'Goodwill');
    await page.click(byTestId('credit-save'));
    await page.waitForSelector(`${byTestId('field-date')} mat-error:has-text("before the Invoice Date")`);
    await screenshot(page, 'ar-08-credit-date-error');
    assert.equal((await invoice())['lumary__Amount_Credited__c'], '0.00', 'a refused credit writes nothing');
    await page.fill(`${byTestId('field-date')} input`, open.lumary__Invoice_Date__c);
    await page.click(byTestId('credit-save'));
    await page.waitForSelector(byTestId('credit-save'), { state: 'detached' });
    const credited = await invoice();
    assert.equal(credited['lumary__Amount_Credited__c'], '10.00');
    assert.equal(credited['lumary__Status__c'], 'Part Paid');

    // The page was drawn again: Void is gone (something is credited), the balance is the new one.
    await page.waitForSelector(byTestId('invoice-void'), { state: 'detached' });
    assert.equal(await text(page, `${byTestId('highlight-lumary__Balance__c')} dd`), money(credited['lumary__Balance__c']));
    await page.click(byTestId('invoice-payment'));
    // The dialog fills the allocation in once it has read the invoice's balance.
    await page.waitForFunction(
      (sel) => !!(document.querySelector(sel) as HTMLInputElement | null)?.value,
      `${byTestId('field-allocation')} input`,
    );
    assert.equal(await page.inputValue(`${byTestId('field-allocation')} input`), credited['lumary__Balance__c']);
    await page.fill(`${byTestId('field-reference')} input`, 'Browser test');
    await page.click(byTestId('payment-save'));
    await page.waitForSelector(byTestId('payment-save'), { state: 'detached' });
    const paid = await invoice();
    assert.equal(paid['lumary__Status__c'], 'Paid');
    assert.equal(paid['lumary__Balance__c'], '0.00');
    await waitForText(page, `${byTestId('highlight-lumary__Status__c')} dd`, 'Paid');
    assert.equal(await page.locator(byTestId('invoice-payment')).count(), 0);

    await page.click(byTestId('invoice-send'));
    await page.click(byTestId('send-save'));
    await page.waitForSelector(byTestId('send-to'));
    const [email] = await api.query<{ lumary__To__c: string }>(
      `SELECT lumary__To__c FROM lumary__Outbound_Email__c WHERE lumary__Invoice__c = '${open.Id}'`,
    );
    assert.equal(await text(page, byTestId('send-to')), email.lumary__To__c);
    await screenshot(page, 'ar-09-invoice-sent');
    await page.close();
  });
  test('finance: "Bill now" on a delivered, self-managed service asks first, then opens its new invoice with a toast', async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    const [service] = await api.query<{ Id: string }>(
      "SELECT Id FROM lumary__Service_Delivered__c WHERE lumary__Status__c = 'Delivered' AND lumary__Funding__c != 'NDIA-managed' ORDER BY Name LIMIT 1",
    );
    await page.goto(`${url}/o/lumary__Service_Delivered__c/${service.Id}`);
    await page.click(byTestId('service-bill-now'));
    // It posts: a confirmation first; Cancel changes nothing.
    await page.click(byTestId('confirm-cancel'));
    await page.waitForSelector(byTestId('confirm-message'), { state: 'detached' });
    const untouched = await api.get<Record<string, string>>(`/api/sobjects/lumary__Service_Delivered__c/${service.Id}`);
    assert.equal(untouched['lumary__Status__c'], 'Delivered');
    await page.click(byTestId('service-bill-now'));
    assert.match((await text(page, byTestId('confirm-message'))) ?? '', /an invoice is issued to its debtor and posted/);
    await page.click(byTestId('confirm-ok'));
    await page.waitForURL(new RegExp(`/o/${INVOICE}/[0-9a-f-]{36}$`));
    const billed = await api.get<Record<string, string>>(`/api/sobjects/lumary__Service_Delivered__c/${service.Id}`);
    assert.equal(billed['lumary__Status__c'], 'Billed');
    assert.ok(page.url().endsWith(`/${billed['lumary__Invoice__c']}`), 'the page is the invoice the service was billed on');
    const invoice = await api.get<Record<string, string>>(`/api/sobjects/${INVOICE}/${billed['lumary__Invoice__c']}`);
    await page.waitForSelector(`${TOAST}:has-text("${invoice['Name']} issued.")`);
    await waitForText(page, `${byTestId('highlight-lumary__Status__c')} dd`, 'Open');
    await page.close();
  });
  test('support: a client page without Lumary AR shows neither the debtor summary nor Debtor Settings', async ({
    supportPage: page,
    url,
  }) => {
    const api = await Api.signIn(url, SUPPORT);
    const [client] = await api.query<{ Id: string; Name: string }>(
      "SELECT Id, Name FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1",
    );
    await page.goto(`${url}/o/Contact/${client.Id}`);
    await page.waitForSelector(byTestId('record-page'));
    assert.equal(await text(page, byTestId('record-title')), client.Name);
    // Both components ask the API first and draw nothing on its refusal: give them the time to.
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator(byTestId('debtor-summary')).count(), 0);
    assert.equal(await page.locator(byTestId('debtor-summary-error')).count(), 0);
    assert.equal(await page.locator(byTestId('debtor-settings-open')).count(), 0);
    await screenshot(page, 'ar-10-support-client-page');
    await page.close();
  });
  test('finance: a billing run up to today, its progress bar followed to the end, its counts equal to the API', async ({
    financePage: page,
    url,
  }) => {
    const api = await Api.signIn(url);
    await page.goto(`${url}/app/lumary__AR_Management`);
    await page.click(byTestId('ar-link-billing-run'));
    await page.click(byTestId('billing-run-start'));
    assert.match((await text(page, byTestId('confirm-message'))) ?? '', /^Bills every Delivered service up to /);
    await page.click(byTestId('confirm-ok'));
    await page.waitForSelector(`${TOAST}:has-text("started: its progress follows.")`);
    await page.waitForSelector(byTestId('billing-run-progress'));
    await page.waitForSelector(`${byTestId('billing-run-progress')}:not([data-status="Queued"]):not([data-status="Running"])`, {
      timeout: 120_000,
    });
    const id = ((await page.getAttribute(`${byTestId('billing-run-progress')} a`, 'href')) ?? '').split('/').pop() ?? '';
    const run = await api.get<{
      status: string;
      debtorsTotal: number;
      debtorsDone: number;
      invoicesCreated: number;
      claimsCreated: number;
    }>(`/api/lumary/billing-runs/${id}`);
    assert.equal(await text(page, byTestId('billing-run-status')), run.status);
    assert.equal(await text(page, byTestId('billing-run-debtors')), `${run.debtorsDone} of ${run.debtorsTotal}`);
    assert.equal(await text(page, byTestId('billing-run-invoices')), String(run.invoicesCreated));
    assert.equal(await text(page, byTestId('billing-run-claims')), String(run.claimsCreated));
    assert.equal(await page.getAttribute(`${byTestId('billing-run-bar')}`, 'aria-valuenow'), '100');
    await screenshot(page, 'ar-07-billing-run');
    await page.close();
  });
}

/** YYYY-MM-DD plus whole days, on the calendar (UTC arithmetic, so no zone shifts it). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
