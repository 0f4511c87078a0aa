import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { byTestId, DEMO_USERS, signIn } from './harness';
import { test } from './fixtures';

/** Every Content-Security-Policy violation the page reports (Chromium logs each to the console). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * The web app and Swagger UI under the API's Content-Security-Policy (issue 13): signed in,
 * through the launcher into Lumary AR, and /api/docs, with no violation reported, the
 * self-hosted fonts and icons loaded and the styles applied.
 */
export function cspTests(): void {
  test('the web app and Swagger UI work under the Content-Security-Policy: no violation, fonts and styles loaded', async ({
    newPage,
    url,
  }) => {
    const page = await newPage();
    const violations = watchCsp(page);
    const answer = await page.goto(`${url}/`);
    assert.match(answer?.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    await signIn(page, url, DEMO_USERS.finance);
    await page.waitForSelector(byTestId('app-lumary__AR_Management'));
    await page.click(byTestId('app-lumary__AR_Management'));
    await page.waitForSelector(byTestId('card-View Accounting Entities'));
    await page.click(byTestId('card-View Accounting Entities'));
    await page.waitForSelector(byTestId('record-row'));
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => ({
      roboto: document.fonts.check('16px Roboto'),
      symbols: document.fonts.check('24px "Material Symbols Outlined"'),
    }));
    assert.deepEqual(fonts, { roboto: true, symbols: true });
    // The global stylesheet applies (it sets the body's font).
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Roboto/);

    const docs = await newPage();
    const docsViolations = watchCsp(docs);
    await docs.goto(`${url}/api/docs`);
    await docs.waitForSelector('.swagger-ui .info .title');
    assert.deepEqual([...violations, ...docsViolations], []);

    // And the policy holds, as the watcher sees: an inline script put into the page is refused, not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    assert.equal(ran, false);
    await page.waitForTimeout(200);
    assert.equal(violations.length, 1, 'the refused inline script is reported');
    assert.match(violations[0], /script-src/);
  });
}
