import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_USERS, VIEWPORT, signIn, startBuiltApp, type RunningApp } from './harness';

type User = { username: string; password: string };

export interface BrowserFixtures {
  /** The app the config's webServer started (tools/browser/serve.ts): the built app on a fresh PGlite folder with the demo seed. */
  url: string;
  /** A new page in a fresh context (the suite's screen, locale and time zone), signed in as `user` when given; closed after the test. */
  newPage: (user?: User) => Promise<Page>;
  /** A page signed in through the sign-in page as the demo's finance user (AR Management). */
  financePage: Page;
  /** ... as the demo's support user (no Lumary AR permission set). */
  supportPage: Page;
  /** ... as the demo's System Administrator. */
  adminPage: Page;
  /** Starts the built app of the test's own (a fresh database, or another metadata folder); each one started is stopped after the test. */
  startApp: typeof startBuiltApp;
}

export const test = base.extend<BrowserFixtures>({
  // eslint-disable-next-line no-empty-pattern
  url: async ({}, use) => {
    const url = process.env['LUMARY_BROWSER_URL'];
    if (!url) throw new Error('LUMARY_BROWSER_URL is not set: run the suite through playwright.config.ts, whose webServer starts the app');
    await use(url);
  },
  newPage: async ({ browser, url }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (user) => {
      const context = await browser.newContext(VIEWPORT);
      contexts.push(context);
      const page = await context.newPage();
      if (user) await signIn(page, url, user);
      return page;
    });
    for (const context of contexts) await context.close();
  },
  financePage: async ({ newPage }, use) => use(await newPage(DEMO_USERS.finance)),
  supportPage: async ({ newPage }, use) => use(await newPage(DEMO_USERS.support)),
  adminPage: async ({ newPage }, use) => use(await newPage(DEMO_USERS.admin)),
  // eslint-disable-next-line no-empty-pattern
  startApp: async ({}, use) => {
    const apps: RunningApp[] = [];
    await use(async (options) => {
      const app = await startBuiltApp(options);
      apps.push(app);
      return app;
    });
    for (const app of apps.reverse()) await app.stop();
  },
});

export { expect } from '@playwright/test';
