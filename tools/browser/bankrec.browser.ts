import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, selectOptions, DEMO_USERS, type ApiSession } from './harness';
import { test } from './fixtures';

/**
 * Bank reconciliation (issue 20 items 1 and 2), as the demo's finance user at 1440 px and at
 * 390 px (no horizontal scroll): an OFX statement whose credit names an open invoice and pays its
 * balance is previewed, imported, its suggestion confirmed in one click; the line is Reconciled
 * and the invoice Paid, as the API says.
 */

const WIDTHS = [1440, 390] as const;

async function query<T>(api: ApiSession, soql: string): Promise<T[]> {
  return (await api.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
}

async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
}

/** Today in Sydney as YYYYMMDD (OFX) and YYYY-MM-DD. */
function today(): { ofx: string; iso: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' }).format(new Date());
  return { ofx: iso.replace(/-/g, ''), iso };
}

const ofx = (date: string, amount: string, fitId: string, memo: string) => `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>AUD<BANKACCTFROM><BANKID>062000<ACCTID>10101010<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>${date}<DTEND>${date}
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>${date}<TRNAMT>${amount}<FITID>${fitId}<NAME>BROWSER PAYER<MEMO>${memo}</STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
`;

export function bankRecTests(): void {
  for (const width of WIDTHS) {
    test(`finance at ${width} px: import an OFX statement (preview, import) → the invoice-number suggestion → Confirm → line Reconciled, invoice Paid`, async ({
      financePage: page,
      url,
    }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const api = await apiAs(url, DEMO_USERS.finance);
      const accounts = await api.get<{ id: string; name: string; active: boolean }[]>('/api/lumary/bank-accounts');
      const bank = accounts.find((a) => a.active);
      assert.ok(bank, 'the demo has an active Bank Account');
      const day = today();
      const [invoice] = await query<{ Id: string; Name: string; lumary__Balance__c: string }>(
        api,
        `SELECT Id, Name, lumary__Balance__c FROM lumary__Invoice__c WHERE lumary__Status__c = 'Open' AND lumary__Invoice_Date__c <= ${day.iso} AND lumary__Balance__c > 0 ORDER BY Name DESC LIMIT 1`,
      );
      assert.ok(invoice, 'the demo has an open invoice');
      const fitId = `BROWSER-${width}-${Date.now()}`;

      await page.goto(`${url}/lumary/bank-reconciliation?account=${bank.id}`);
      await page.waitForSelector(byTestId('bank-balances'));
      await selectOptions(page, byTestId('field-format'), 'OFX');
      await page.setInputFiles(`${byTestId('statement-file')}`, {
        name: 'browser.ofx',
        mimeType: 'application/x-ofx',
        buffer: Buffer.from(ofx(day.ofx, invoice.lumary__Balance__c, fitId, `REMIT ${invoice.Name}`)),
      });
      await page.click(byTestId('statement-preview'));
      await page.waitForSelector(byTestId('import-preview'));
      assert.match((await page.textContent(byTestId('import-result'))) ?? '', /Preview: 1 new line/);
      await page.click(byTestId('statement-import'));
      await page.waitForFunction(
        (sel) => /imported\.$/.test(document.querySelector(sel)?.textContent?.trim() ?? ''),
        byTestId('import-result'),
      );

      const [line] = await query<{ Id: string; Name: string }>(
        api,
        `SELECT Id, Name FROM lumary__Bank_Statement_Line__c WHERE lumary__Transaction_Id__c = '${fitId}'`,
      );
      assert.ok(line, 'the line was imported');
      const row = `${byTestId('bank-line')}[data-line="${line.Name}"]`;
      await page.waitForSelector(`${row} ${byTestId('suggestion')}[data-kind="invoice-number"]`);
      if (width < 600) await assertNoHorizontalScroll(page, 'the reconciliation page');
      await page.click(`${row} ${byTestId('suggestion')}[data-kind="invoice-number"] ${byTestId('suggestion-confirm')}`);
      await page.waitForSelector(`${row}[data-status="Reconciled"]`);

      const [paid] = await query<{ lumary__Status__c: string; lumary__Balance__c: string }>(
        api,
        `SELECT lumary__Status__c, lumary__Balance__c FROM lumary__Invoice__c WHERE Id = '${invoice.Id}'`,
      );
      assert.deepEqual(paid, { ...paid, lumary__Status__c: 'Paid', lumary__Balance__c: '0.00' });
      const [reconciled] = await query<{ lumary__Status__c: string; lumary__Payment__c: string | null }>(
        api,
        `SELECT lumary__Status__c, lumary__Payment__c FROM lumary__Bank_Statement_Line__c WHERE Id = '${line.Id}'`,
      );
      assert.equal(reconciled.lumary__Status__c, 'Reconciled');
      assert.ok(reconciled.lumary__Payment__c, 'the line has its payment');
    });
  }
}
