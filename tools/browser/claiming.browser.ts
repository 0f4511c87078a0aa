import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, checkPage, screenshot, DEMO_USERS, PHONE_WIDTH, type ApiSession } from './harness';
import { test } from './fixtures';

/**
 * NDIA claiming in the browser (issue 19): the demo's finance user makes a claim batch on the
 * Claim Batches page (date typed dd/mm/yyyy, confirmed), follows it to the end, downloads its file,
 * and imports the portal's result file: a bad one is refused with its row/column problems, a good
 * one pays the claim, as the API then says. At 1280 px and at the phone width (no sideways
 * scrolling). Runs after the AR tests' billing run: the claim is the test's own (a client and an
 * NDIA-managed service made through the API, claimed by a billing run up to 20 days ago).
 */

const TOAST = '.mat-mdc-snack-bar-label';
const RESULT_HEADER = 'ClaimReference,PaymentRequestNumber,PaidAmount,Status,ErrorReason,PaidDate';

const text = async (page: Page, selector: string) => (await page.textContent(selector))?.trim() ?? '';
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
function daysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function query<T>(api: ApiSession, soql: string): Promise<T[]> {
  return (await api.get<{ records: T[] }>(`/api/query?q=${encodeURIComponent(soql)}`)).records;
}

/** A client with an NDIS number and one NDIA-managed service dated `date`, claimed by a billing run up to it: the claim's number and amount. */
async function claimOf(api: ApiSession, date: string, suffix: string): Promise<{ id: string; name: string; amount: string }> {
  const [gl] = await query<{ Id: string }>(api, "SELECT Id FROM lumary__Accounting_Entity__c WHERE lumary__Reporting_Code__c = '4100'");
  const client = await api.send('POST', '/api/sobjects/Contact', {
    FirstName: 'Browser',
    LastName: `Claimant ${suffix}`,
    RecordTypeId: 'Client',
    lumary__NDIS_Number__c: '430000077',
  });
  assert.equal(client.status, 201, JSON.stringify(client.body));
  const clientId = (client.body as { id: string }).id;
  const service = await api.send('POST', '/api/sobjects/lumary__Service_Delivered__c', {
    lumary__Client__c: clientId,
    lumary__Service_Date__c: date,
    lumary__Description__c: 'Community access',
    lumary__Quantity__c: '2',
    lumary__Unit__c: 'Hour',
    lumary__Rate__c: '67.56',
    lumary__Support_Item_Number__c: '04_104_0125_6_1',
    lumary__Funding__c: 'NDIA-managed',
    lumary__GL_Code__c: gl.Id,
  });
  assert.equal(service.status, 201, JSON.stringify(service.body));
  const run = await api.send('POST', '/api/lumary/billing-runs?wait=true', { upTo: date });
  assert.equal(run.status, 200, JSON.stringify(run.body));
  const [claim] = await query<{ Id: string; Name: string; lumary__Amount__c: string }>(
    api,
    `SELECT Id, Name, lumary__Amount__c FROM lumary__Claim__c WHERE lumary__Client__c = '${clientId}'`,
  );
  assert.ok(claim, 'the billing run claimed the service');
  return { id: claim.Id, name: claim.Name, amount: claim.lumary__Amount__c };
}

export function claimingTests(): void {
  for (const [width, days] of [
    [1280, 20],
    [PHONE_WIDTH, 21],
  ] as const) {
    test(`finance at ${width} px: a claim batch made and followed on its page, its file downloaded, the portal's result imported (a bad file refused first)`, async ({
      financePage: page,
      url,
    }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const api = await apiAs(url, DEMO_USERS.finance);
      const date = daysAgo(days);
      const claim = await claimOf(api, date, String(width));
      // 2 h × 67.56 = 135.12, GST free.
      assert.equal(claim.amount, '135.12');

      await page.goto(`${url}/app/lumary__AR_Management`);
      await page.click(byTestId('ar-link-claim-batches'));
      await page.waitForSelector(byTestId('claim-batch-start'));
      await checkPage(page, `claim batches at ${width} px`);
      await page.fill(`${byTestId('field-upTo')} input`, dmy(date));
      await page.click(byTestId('claim-batch-start'));
      await page.click(byTestId('confirm-ok'));
      await page.waitForSelector(`${TOAST}:has-text("started: its progress follows.")`);
      await page.waitForSelector(`${byTestId('claim-batch-progress')}:not([data-status="Queued"]):not([data-status="Running"])`, {
        timeout: 120_000,
      });
      const batchId = ((await page.getAttribute(`${byTestId('claim-batch-progress')} a`, 'href')) ?? '').split('/').pop() ?? '';
      const batch = await api.get<{
        status: string;
        claimsSubmitted: number;
        claimsFailed: number;
        files: number;
        failures: { claim: string }[];
      }>(`/api/lumary/claim-batches/${batchId}`);
      assert.equal(await text(page, byTestId('claim-batch-status')), batch.status);
      assert.equal(await text(page, byTestId('claim-batch-submitted')), String(batch.claimsSubmitted));
      assert.equal(await text(page, byTestId('claim-batch-failed')), String(batch.claimsFailed));
      assert.ok(!batch.failures.some((f) => f.claim === claim.name), `${claim.name} was not refused`);
      assert.ok(batch.files >= 1);

      // The file link downloads the bulk payment request, the claim's row in it.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('claim-batch-file-1'))]);
      const file = readFileSync(await download.path(), 'utf8');
      const lines = file.split('\r\n');
      assert.equal(lines[0].split(',').length, 16);
      assert.ok(
        lines.includes(`4050012345,430000077,${date},${date},04_104_0125_6_1,${claim.name},,02:00,67.56,P2,,,,,,51824753556`),
        `the file has ${claim.name}'s row: ${file}`,
      );
      await checkPage(page, `claim batch followed at ${width} px`);

      // A bad result file: refused whole, its problems listed.
      await page.setInputFiles(byTestId('claim-results-file'), {
        name: 'bad-results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${RESULT_HEADER}\r\n${claim.name},PR-77,abc,Paid,,${date}\r\n`),
      });
      await page.waitForSelector(byTestId('claim-results-errors'));
      assert.match(await text(page, byTestId('claim-results-errors')), /Row 2, column PaidAmount/);
      assert.equal(
        (await api.get<{ lumary__Status__c: string }>(`/api/sobjects/lumary__Claim__c/${claim.id}`)).lumary__Status__c,
        'Submitted',
      );

      // The portal's result: paid in full.
      await page.setInputFiles(byTestId('claim-results-file'), {
        name: 'results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${RESULT_HEADER}\r\n${claim.name},PR-${width},135.12,Paid,,${dmy(daysAgo(2))}\r\n`),
      });
      await page.waitForSelector(`${byTestId('claim-results-report')} tr[data-outcome="Paid"]`);
      assert.match(await text(page, byTestId('claim-results-summary')), /^1 row\(s\): 1 paid,/);
      const paid = await api.get<{ lumary__Status__c: string; lumary__Paid_Amount__c: string; lumary__Payment_Request_Number__c: string }>(
        `/api/sobjects/lumary__Claim__c/${claim.id}`,
      );
      assert.deepEqual(
        [paid.lumary__Status__c, paid.lumary__Paid_Amount__c, paid.lumary__Payment_Request_Number__c],
        ['Paid', '135.12', `PR-${width}`],
      );
      await checkPage(page, `result imported at ${width} px`);
      await screenshot(page, `claiming-${width}`);

      // The aged NDIA receivables page: its total is the API's.
      await page.goto(`${url}/app/lumary__AR_Management`);
      await page.click(byTestId('ar-link-ndia-claims-aged'));
      await page.waitForSelector(byTestId('ndia-aged-total'));
      const aged = await api.get<{ total: string }>(`/api/lumary/reports/ndia-claims-aged?asAt=${daysAgo(0)}`);
      const shown = (await text(page, byTestId('ndia-aged-total'))).replace(/[^0-9.-]/g, '');
      assert.equal(shown, aged.total);
      await checkPage(page, `aged NDIA receivables at ${width} px`);
      await page.close();
    });
  }
}
