import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { apiAs, byTestId, checkPage, DEMO_USERS, screenshot } from './harness';
import { test } from './fixtures';

/**
 * Receivables analytics and the GST summary (issue 20 item 7) as the demo's finance user at
 * 1440 px and 390 px: the as-at date typed dd/mm/yyyy and submitted with the keyboard, DSO, CEI
 * and every table against the API, a CSV downloaded; the GST summary's G1, G3, 1A and its GST
 * Control check against the API for a typed period. Each page: one h1, its title, no sideways
 * scroll at 390 px, no serious axe violation.
 */

const WIDTHS = [1440, 390] as const;
const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });
const money = (amount: string) => aud.format(amount as unknown as number);
const text = async (page: Page, testId: string) => ((await page.textContent(byTestId(testId))) ?? '').trim();
const input = (testId: string) => `${byTestId(testId)} input`;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

interface Analytics {
  asAt: string;
  kpis: { dso: string | null; cei: string | null; creditSales: string };
  trend: { receivables: string; difference: string | null }[];
  topOverdue: unknown[];
}

interface GstSummary {
  g1: string;
  g3: string;
  gst1A: string;
  gstControl: string | null;
  difference: string | null;
}

export function analyticsTests(): void {
  for (const width of WIDTHS) {
    test(`finance at ${width} px: analytics as at a typed date (keyboard), DSO, CEI and tables equal the API, a CSV; the GST summary of a typed period`, async ({
      financePage: page,
      url,
    }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const api = await apiAs(url, DEMO_USERS.finance);

      await page.goto(`${url}/lumary/analytics`);
      await page.waitForSelector(byTestId('analytics-trend-table'));
      // A date typed as dd/mm/yyyy and submitted with Enter: the last day of last month.
      const now = new Date();
      const lastMonthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
      await page.focus(input('field-asAt'));
      await page.fill(input('field-asAt'), dmy(lastMonthEnd));
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`asAt=${lastMonthEnd}`));
      // The report of the typed date is shown (its last month-end row is that date), not the one before.
      await page.waitForFunction(([sel, v]) => [...document.querySelectorAll(sel)].pop()?.querySelector('td')?.textContent?.trim() === v, [
        byTestId('analytics-trend-row'),
        dmy(lastMonthEnd),
      ] as const);
      const report = await api.get<Analytics>(`/api/lumary/reports/analytics?asAt=${lastMonthEnd}`);
      assert.ok((await text(page, 'analytics-dso')).includes(report.kpis.dso === null ? '—' : `${report.kpis.dso} days`));
      assert.ok((await text(page, 'analytics-cei')).includes(report.kpis.cei === null ? '—' : `${report.kpis.cei}%`));
      assert.equal(await text(page, 'analytics-sales'), money(report.kpis.creditSales));
      assert.equal(await page.locator(byTestId('analytics-trend-row')).count(), 12);
      assert.equal(await page.locator(byTestId('analytics-payments-row')).count(), 12);
      const lastRow = page.locator(byTestId('analytics-trend-row')).last();
      assert.ok(((await lastRow.textContent()) ?? '').includes(money(report.trend[11].receivables)));
      assert.equal(await page.locator(byTestId('analytics-overdue-row')).count(), report.topOverdue.length);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('analytics-csv-trend'))]);
      assert.equal(download.suggestedFilename(), `analytics-trend-${lastMonthEnd}.csv`);
      await checkPage(page, `analytics at ${width} px`, { axe: width > 600 });
      await screenshot(page, `ar-analytics-${width}`);

      // GST summary: the quarter holding today by default; then a typed period.
      await page.goto(`${url}/lumary/gst-summary`);
      await page.waitForURL(/from=.*to=/);
      await page.waitForSelector(byTestId('gst-g1'));
      const from = `${lastMonthEnd.slice(0, 7)}-01`;
      await page.fill(input('field-from'), dmy(from));
      await page.fill(input('field-to'), dmy(lastMonthEnd));
      await page.focus(input('field-to'));
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`from=${from}&to=${lastMonthEnd}`));
      const gst = await api.get<GstSummary>(`/api/lumary/reports/gst?from=${from}&to=${lastMonthEnd}`);
      await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.textContent?.trim() === v, [
        byTestId('gst-g1'),
        money(gst.g1),
      ] as const);
      assert.equal(await text(page, 'gst-g3'), money(gst.g3));
      assert.equal(await text(page, 'gst-1a'), money(gst.gst1A));
      assert.equal(await text(page, 'gst-control'), money(gst.gstControl ?? '0'));
      assert.equal(await text(page, 'gst-difference'), money(gst.difference ?? '0'));
      await checkPage(page, `GST summary at ${width} px`, { axe: width > 600 });
      await screenshot(page, `ar-gst-summary-${width}`);
    });
  }
}
