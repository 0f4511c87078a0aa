import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, screenshot, DEMO_USERS, type ApiSession } from './harness';
import { test } from './fixtures';

/**
 * Receive money, Apply credit and Reverse (issue 16 item 1), and New and the package actions on
 * the objects Lumary AR's actions write (item 3), as the demo's finance user, at 1440 px and at
 * 390 px (no horizontal scroll), against the built app and the demo seed. Every posting is
 * checked against the API's records afterwards.
 */

const INVOICE = 'lumary__Invoice__c';
const PAYMENT = 'lumary__Payment__c';
const WIDTHS = [1440, 390] as const;

interface OpenInvoiceRow {
  Id: string;
  Name: string;
  lumary__Debtor__c: string;
  lumary__Balance__c: string;
  lumary__Invoice_Date__c: string;
}
interface PaymentRow {
  Id: string;
  Name: string;
  lumary__Debtor__c: string;
  lumary__Unallocated__c: string;
  lumary__Status__c: string;
  lumary__Amount__c: string;
}

/** "12.5" → 1250n: the test's own sums never pass through a float either. */
function cents(amount: string): bigint {
  const [whole, fraction = ''] = amount.trim().split('.');
  return BigInt(whole) * BigInt(100) + BigInt((fraction + '00').slice(0, 2));
}
function fromCents(value: bigint): string {
  return `${value / BigInt(100)}.${String(value % BigInt(100)).padStart(2, '0')}`;
}
const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });
const money = (amount: string) => aud.format(amount as unknown as number);

async function query<T>(api: ApiSession, soql: string): Promise<T[]> {
  return (await api.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
}

const openInvoicesSoql = (where = '') =>
  `SELECT Id, Name, lumary__Debtor__c, lumary__Balance__c, lumary__Invoice_Date__c FROM ${INVOICE} WHERE lumary__Status__c IN ('Open', 'Part Paid')${where} ORDER BY lumary__Invoice_Date__c ASC, Name ASC`;

/** The debtor's record page path (a Contact or an Account), from its summary. */
async function debtorOf(api: ApiSession, id: string): Promise<{ id: string; name: string; type: string }> {
  const summary = await api.get<{ debtor: { id: string; name: string | null; type: string } }>(`/api/lumary/debtors/${id}/summary`);
  return { id, name: summary.debtor.name ?? id, type: summary.debtor.type };
}

/** Debtors with at least `min` open invoices, their invoices oldest first; `skip` leaves out ones used already. */
async function debtorsWithOpenInvoices(api: ApiSession, min: number): Promise<Map<string, OpenInvoiceRow[]>> {
  const byDebtor = new Map<string, OpenInvoiceRow[]>();
  for (const row of await query<OpenInvoiceRow>(api, openInvoicesSoql())) {
    byDebtor.set(row.lumary__Debtor__c, [...(byDebtor.get(row.lumary__Debtor__c) ?? []), row]);
  }
  return new Map([...byDebtor].filter(([, rows]) => rows.length >= min));
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
}

/** Nothing on the page is wider than the screen (at 390 px: no sideways scrolling). */
async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
  const dialog = page.locator('mat-dialog-container');
  if (await dialog.count()) {
    const box = await dialog.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width + 0.5, `${where}: the dialog fits the screen`);
    const inner = await page.$eval('mat-dialog-content, .mat-mdc-dialog-content', (el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    assert.ok(inner.scroll <= inner.client + 1, `${where}: the dialog's content is ${inner.scroll} px in ${inner.client} px`);
  }
}

/** The toast's text once it shows. */
async function toast(page: Page): Promise<string> {
  const label = page.locator('.mdc-snackbar__label');
  await label.waitFor();
  return (await label.textContent())?.trim() ?? '';
}

/** Focus went back to the button that opened the dialog. */
async function assertFocusBackOn(page: Page, testId: string): Promise<void> {
  await page.waitForSelector('mat-dialog-container', { state: 'detached' });
  await page.waitForFunction((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, testId);
}

export function arMoneyTests(): void {
  for (const width of WIDTHS) {
    test(`finance at ${width} px: Receive money on a debtor's page → their open invoices oldest first, auto-filled, one row edited, the rest on account → confirm → the balances`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);
      // A different debtor at each width: the first with two open invoices, then the next.
      const candidates = [...(await debtorsWithOpenInvoices(api, 2))];
      assert.ok(candidates.length >= 2, 'the demo has debtors with two open invoices');
      const [debtorId, invoices] = candidates[width === 1440 ? 0 : 1];
      const debtor = await debtorOf(api, debtorId);
      const [first, second] = invoices;
      // Pays the first in full, the second less a dollar; $5.00 and that dollar stay on account.
      const amount = fromCents(cents(first.lumary__Balance__c) + cents(second.lumary__Balance__c) + BigInt(500));
      const secondShare = fromCents(cents(second.lumary__Balance__c) - BigInt(100));

      await page.goto(`${url}/o/${debtor.type}/${debtor.id}`);
      await page.click(byTestId('debtor-receive-money'));
      await page.waitForSelector(byTestId('allocation-row'));
      assert.equal(await page.textContent(byTestId('receive-money-debtor')), `From ${debtor.name}`);
      assert.match((await page.inputValue(`${byTestId('field-date')} input`)).trim(), /^\d{2}\/\d{2}\/\d{4}$/);
      // Oldest first, each with its balance.
      const rows = page.locator(byTestId('allocation-row'));
      assert.deepEqual(
        await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-invoice'))),
        invoices.map((i) => i.Name),
      );
      assert.deepEqual(
        (await page.locator(byTestId('allocation-balance')).allTextContents()).map((t) => t.trim()),
        invoices.map((i) => money(i.lumary__Balance__c)),
      );

      await page.fill(`${byTestId('field-amount')} input`, amount);
      await page.fill(`${byTestId('field-reference')} input`, `Browser ${width}`);
      // Auto-filled oldest first: the first two in full, then what is left on the next ones.
      await page.waitForFunction(
        ([id, v]) => (document.querySelector(`[data-testid="${id}"] input`) as HTMLInputElement | null)?.value === v,
        [`allocation-${first.Name}`, first.lumary__Balance__c] as const,
      );
      assert.equal(await page.inputValue(`${byTestId(`allocation-${second.Name}`)} input`), second.lumary__Balance__c);
      // Edited per row: the second a dollar less, later invoices nothing.
      await page.fill(`${byTestId(`allocation-${second.Name}`)} input`, secondShare);
      for (const later of invoices.slice(2)) await page.fill(`${byTestId(`allocation-${later.Name}`)} input`, '');
      await page.waitForFunction(
        (v) => document.querySelector('[data-testid="allocation-on-account"]')?.textContent?.trim() === v,
        money('6.00'),
      );
      await assertNoHorizontalScroll(page, `Receive money at ${width} px`);
      await screenshot(page, `ar-money-receive-${width}`);

      await page.click(byTestId('receive-money-save'));
      await page.waitForSelector(byTestId('receive-money-confirm'));
      assert.equal(await page.textContent(byTestId('receive-money-confirm-on-account')), money('6.00'));
      await page.click(byTestId('receive-money-save'));
      const message = await toast(page);
      assert.match(message, /^PAY-\d+ recorded from /);
      assert.ok(message.includes(`${first.Name} paid`), message);
      assert.ok(message.includes(`${second.Name} owes ${money('1.00')}`), message);
      assert.ok(message.includes(`On account: ${money('6.00')}`), message);
      await assertFocusBackOn(page, 'debtor-receive-money');

      // The API agrees: one payment, allocated as shown, $6.00 unallocated.
      const name = /^(PAY-\d+)/.exec(message)?.[1];
      const [payment] = await query<PaymentRow>(
        api,
        `SELECT Id, Name, lumary__Debtor__c, lumary__Unallocated__c, lumary__Status__c, lumary__Amount__c FROM ${PAYMENT} WHERE Name = '${name}'`,
      );
      assert.equal(payment.lumary__Amount__c, amount);
      assert.equal(payment.lumary__Unallocated__c, '6.00');
      const after = await query<{ Name: string; lumary__Balance__c: string }>(
        api,
        `SELECT Name, lumary__Balance__c FROM ${INVOICE} WHERE Id IN ('${first.Id}', '${second.Id}') ORDER BY Name`,
      );
      assert.deepEqual(Object.fromEntries(after.map((i) => [i.Name, i.lumary__Balance__c])), {
        [first.Name]: '0.00',
        [second.Name]: '1.00',
      });
      await assertNoHorizontalScroll(page, `the debtor's page at ${width} px`);
    });

    test(`finance at ${width} px: Apply credit on a debtor with unallocated credit → filled oldest first → confirm → the credit left; then Reverse a payment from its page`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);
      const withCredit = await query<PaymentRow>(
        api,
        `SELECT Id, Name, lumary__Debtor__c, lumary__Unallocated__c, lumary__Status__c, lumary__Amount__c FROM ${PAYMENT} WHERE lumary__Status__c = 'Received' AND lumary__Unallocated__c > 0 ORDER BY lumary__Payment_Date__c ASC, Name ASC`,
      );
      const open = await debtorsWithOpenInvoices(api, 1);
      const usable = withCredit.filter((p) => open.has(p.lumary__Debtor__c));
      assert.ok(usable.length >= 2, 'the demo has debtors with unallocated credit and open invoices');
      const payment = usable[width === 1440 ? 0 : usable.length - 1];
      const debtor = await debtorOf(api, payment.lumary__Debtor__c);
      // The dialog picks the debtor's oldest payment with credit first.
      const oldest = withCredit.find((p) => p.lumary__Debtor__c === debtor.id) ?? payment;
      const invoices = open.get(debtor.id) ?? [];
      const applied = invoices.reduce(
        (left, i) => left - (left < cents(i.lumary__Balance__c) ? left : cents(i.lumary__Balance__c)),
        cents(oldest.lumary__Unallocated__c),
      );

      await page.goto(`${url}/o/${debtor.type}/${debtor.id}`);
      await page.click(byTestId('debtor-apply-credit'));
      await page.waitForSelector(byTestId('allocation-row'));
      await page.waitForFunction(
        (v) => document.querySelector('[data-testid="apply-credit-available"]')?.textContent?.includes(v),
        money(oldest.lumary__Unallocated__c),
      );
      await page.waitForFunction(
        (v) => document.querySelector('[data-testid="allocation-on-account"]')?.textContent?.trim() === v,
        money(fromCents(applied)),
      );
      await assertNoHorizontalScroll(page, `Apply credit at ${width} px`);
      await screenshot(page, `ar-money-apply-credit-${width}`);
      await page.click(byTestId('apply-credit-save'));
      await page.waitForSelector(byTestId('apply-credit-confirm'));
      await page.click(byTestId('apply-credit-save'));
      const message = await toast(page);
      assert.ok(message.startsWith(`${oldest.Name}'s credit applied.`), message);
      assert.ok(message.includes(`Credit left: ${money(fromCents(applied))}`), message);
      await assertFocusBackOn(page, 'debtor-apply-credit');
      const [after] = await query<PaymentRow>(api, `SELECT Id, Name, lumary__Unallocated__c FROM ${PAYMENT} WHERE Id = '${oldest.Id}'`);
      assert.equal(after.lumary__Unallocated__c, fromCents(applied));

      // Reverse it (dishonoured) from the payment's own page: the invoices owe again.
      const allocations = await query<{ lumary__Invoice__c: string; lumary__Amount__c: string }>(
        api,
        `SELECT lumary__Invoice__c, lumary__Amount__c FROM lumary__Payment_Allocation__c WHERE lumary__Payment__c = '${oldest.Id}' AND lumary__Reversed__c = false`,
      );
      assert.ok(allocations.length > 0);
      const invoiceId = allocations[0].lumary__Invoice__c;
      const [before] = await query<{ lumary__Balance__c: string }>(
        api,
        `SELECT lumary__Balance__c FROM ${INVOICE} WHERE Id = '${invoiceId}'`,
      );
      const back = allocations
        .filter((a) => a.lumary__Invoice__c === invoiceId)
        .reduce((s, a) => s + cents(a.lumary__Amount__c), BigInt(0));

      await page.goto(`${url}/o/${PAYMENT}/${oldest.Id}`);
      await page.click(byTestId('payment-reverse'));
      assert.equal(await page.inputValue(`${byTestId('field-reason')} input`), 'Dishonoured');
      await page.click(byTestId('reverse-payment-save'));
      await page.waitForSelector(byTestId('reverse-payment-confirm'));
      await assertNoHorizontalScroll(page, `Reverse at ${width} px`);
      await page.click(byTestId('reverse-payment-save'));
      assert.match(await toast(page), /reversed: its invoices owe again\.$/);
      await page.waitForSelector(byTestId('payment-reverse'), { state: 'detached' });
      const [reversed] = await query<PaymentRow>(api, `SELECT Id, Name, lumary__Status__c FROM ${PAYMENT} WHERE Id = '${oldest.Id}'`);
      assert.equal(reversed.lumary__Status__c, 'Reversed');
      const [owing] = await query<{ lumary__Balance__c: string }>(
        api,
        `SELECT lumary__Balance__c FROM ${INVOICE} WHERE Id = '${invoiceId}'`,
      );
      assert.equal(owing.lumary__Balance__c, fromCents(cents(before.lumary__Balance__c) + back));
      await assertNoHorizontalScroll(page, `the payment's page at ${width} px`);
    });

    test(`finance at ${width} px: New on Payments opens Receive money (not the generic form), a debtor picked by name, recorded on account`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);
      const [debtorId] = [...(await debtorsWithOpenInvoices(api, 1)).keys()];
      const debtor = await debtorOf(api, debtorId);

      await page.goto(`${url}/o/${PAYMENT}/list`);
      await page.click(byTestId('list-new'));
      await page.waitForSelector(byTestId('field-debtor'));
      assert.ok(!page.url().endsWith('/new'), 'New stays on the list');
      await page.fill(`${byTestId('field-debtor')} input`, debtor.name.slice(0, 6));
      await page.click(`mat-option:has-text("${debtor.name}")`);
      await page.waitForSelector(byTestId('allocation-row'));
      await page.fill(`${byTestId('field-amount')} input`, '3.00');
      await page.click(byTestId('allocation-autofill'));
      // Nothing allocated: all of it stays on account.
      for (const input of await page.locator(`${byTestId('allocation-row')} input`).all()) await input.fill('');
      await page.waitForFunction(
        (v) => document.querySelector('[data-testid="allocation-on-account"]')?.textContent?.trim() === v,
        money('3.00'),
      );
      await assertNoHorizontalScroll(page, `New payment at ${width} px`);
      await page.click(byTestId('receive-money-save'));
      await page.waitForSelector(byTestId('receive-money-confirm'));
      await page.click(byTestId('receive-money-save'));
      const message = await toast(page);
      assert.ok(message.includes(`recorded from ${debtor.name}`), message);
      assert.ok(message.includes(`On account: ${money('3.00')}`), message);
      await assertFocusBackOn(page, 'list-new');
      const name = /^(PAY-\d+)/.exec(message)?.[1];
      const [payment] = await query<PaymentRow>(
        api,
        `SELECT Id, Name, lumary__Unallocated__c, lumary__Debtor__c FROM ${PAYMENT} WHERE Name = '${name}'`,
      );
      assert.equal(payment.lumary__Debtor__c, debtor.id);
      assert.equal(payment.lumary__Unallocated__c, '3.00');
    });

    test(`finance at ${width} px: package-managed objects - New not offered on Credit Notes, Claims and Journal Entries, New on Billing Runs opens its dialog; Claim Error → Resubmit, Journal Entry Reverse, no Edit on an issued invoice`, async ({
      financePage: page,
      url,
    }) => {
      await setWidth(page, width);
      const api = await apiAs(url, DEMO_USERS.finance);
      for (const object of ['lumary__Credit_Note__c', 'lumary__Claim__c', 'lumary__Journal_Entry__c']) {
        await page.goto(`${url}/o/${object}/list`);
        await page.waitForSelector(byTestId('list-view'));
        assert.equal(await page.locator(byTestId('list-new')).count(), 0, `no New on ${object}`);
        await assertNoHorizontalScroll(page, `${object} list at ${width} px`);
      }

      await page.goto(`${url}/o/lumary__Billing_Run__c/list`);
      await page.click(byTestId('list-new'));
      await page.waitForSelector(byTestId('field-upTo'));
      assert.match(await page.inputValue(`${byTestId('field-upTo')} input`), /^\d{2}\/\d{2}\/\d{4}$/);
      await page.click(byTestId('billing-run-save'));
      await page.waitForSelector(byTestId('billing-run-confirm'));
      await assertNoHorizontalScroll(page, `New billing run at ${width} px`);
      // Cancelled: no run is started (the AR suite's own billing run comes last).
      await page.keyboard.press('Escape');
      await assertFocusBackOn(page, 'list-new');

      // An issued invoice: its actions, no generic Edit.
      const [issued] = await query<{ Id: string }>(api, `SELECT Id FROM ${INVOICE} WHERE lumary__Status__c = 'Open' ORDER BY Name LIMIT 1`);
      await page.goto(`${url}/o/${INVOICE}/${issued.Id}`);
      await page.waitForSelector(byTestId('invoice-actions'));
      assert.equal(await page.locator(byTestId('record-edit')).count(), 0, 'no Edit on an issued invoice');
      await assertNoHorizontalScroll(page, `an invoice at ${width} px`);

      // A claim: Error with a reason, then Resubmit.
      const claims = await query<{ Id: string; Name: string }>(
        api,
        `SELECT Id, Name FROM lumary__Claim__c WHERE lumary__Status__c = 'Open' ORDER BY Name ${width === 1440 ? 'ASC' : 'DESC'} LIMIT 1`,
      );
      if (claims.length) {
        const claim = claims[0];
        await page.goto(`${url}/o/lumary__Claim__c/${claim.Id}`);
        await page.click(byTestId('claim-error'));
        await page.fill(`${byTestId('field-reason')} input`, 'Plan expired');
        await page.click(byTestId('claim-save'));
        await page.waitForSelector(byTestId('claim-confirm'));
        await assertNoHorizontalScroll(page, `Claim error at ${width} px`);
        await page.click(byTestId('claim-save'));
        assert.equal(await toast(page), `${claim.Name} is Error.`);
        await page.click(byTestId('claim-resubmit'));
        await page.click(byTestId('claim-save'));
        await page.click(byTestId('claim-save'));
        await page.waitForFunction(
          (n) => document.querySelector('.mdc-snackbar__label')?.textContent?.trim() === `${n} is Open.`,
          claim.Name,
        );
        const [after] = await query<{ lumary__Status__c: string }>(
          api,
          `SELECT lumary__Status__c FROM lumary__Claim__c WHERE Id = '${claim.Id}'`,
        );
        assert.equal(after.lumary__Status__c, 'Open');
      }

      // A journal entry: no Edit; a document's posting offers no Reverse, a manual entry's Reverse posts its mirror.
      const [posting] = await query<{ Id: string }>(
        api,
        `SELECT Id FROM lumary__Journal_Entry__c WHERE lumary__Source_Object__c = '${INVOICE}' ORDER BY Name LIMIT 1`,
      );
      await page.goto(`${url}/o/lumary__Journal_Entry__c/${posting.Id}`);
      await page.waitForSelector(byTestId('record-page'));
      assert.equal(await page.locator(byTestId('record-edit')).count(), 0, 'no Edit on a journal entry');
      assert.equal(await page.locator(byTestId('journal-reverse')).count(), 0, "no Reverse on an invoice's posting");
      const gls = await query<{ Id: string }>(
        api,
        "SELECT Id FROM lumary__Accounting_Entity__c WHERE RecordTypeId = 'GL_Code' AND lumary__Control_Account_Type__c = null ORDER BY Name LIMIT 2",
      );
      assert.equal(gls.length, 2, 'the demo has two GL codes that are not control accounts');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' }).format(new Date());
      const made = await api.send('POST', '/api/lumary/journal/entries', {
        date: today,
        description: `Browser reclass ${width}`,
        lines: [
          { account: gls[0].Id, debit: '12.34' },
          { account: gls[1].Id, credit: '12.34' },
        ],
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const entry = made.body as { id: string; name: string };
      const entryRef = { Id: entry.id, Name: entry.name };
      await page.goto(`${url}/o/lumary__Journal_Entry__c/${entryRef.Id}`);
      await page.waitForSelector(byTestId('journal-reverse'));
      await page.click(byTestId('journal-reverse'));
      await page.click(byTestId('reverse-journal-save'));
      await page.waitForSelector(byTestId('reverse-journal-confirm'));
      await page.click(byTestId('reverse-journal-save'));
      const message = await toast(page);
      assert.ok(message.endsWith(`it reverses ${entryRef.Name}.`), message);
      await page.waitForSelector(byTestId('journal-reverse'), { state: 'detached' });
      const mirrors = await query<{ Id: string }>(
        api,
        `SELECT Id FROM lumary__Journal_Entry__c WHERE lumary__Reverses__c = '${entryRef.Id}'`,
      );
      assert.equal(mirrors.length, 1);
      await assertNoHorizontalScroll(page, `a journal entry at ${width} px`);
      await screenshot(page, `ar-money-journal-${width}`);
    });
  }

  test('support (no Lumary AR) at 390 px: no Receive money or Apply credit on a client page, no payment actions, Payments refused', async ({
    supportPage: page,
    url,
  }) => {
    await setWidth(page, 390);
    const api = await apiAs(url, DEMO_USERS.support);
    const [client] = await query<{ Id: string }>(api, "SELECT Id FROM Contact WHERE RecordTypeId = 'Client' ORDER BY LastName LIMIT 1");
    await page.goto(`${url}/o/Contact/${client.Id}`);
    await page.waitForSelector(byTestId('record-page'));
    // The actions ask the API first and draw nothing on its refusal: give them the time to.
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator(byTestId('debtor-actions')).count(), 0);
    assert.equal(await page.locator(byTestId('debtor-receive-money')).count(), 0);
    await assertNoHorizontalScroll(page, 'a client page for support at 390 px');
    // The payments list is refused as a whole: no New, no records.
    await page.goto(`${url}/o/${PAYMENT}/list`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator(byTestId('list-new')).count(), 0);
    assert.equal(await page.locator(byTestId('record-row')).count(), 0);
    const refused = await api.send('POST', '/api/lumary/payments', {
      debtor: client.Id,
      date: '2026-12-01',
      amount: '1.00',
      method: 'EFT',
    });
    assert.equal(refused.status, 403);
  });
}
