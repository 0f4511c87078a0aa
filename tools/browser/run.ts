import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACTS, launchChromium, screenshot, startBuiltApp } from './harness';
import { tests as arTests } from './ar.browser';
import { cspTests } from './csp.browser';
import { opsTests } from './ops.browser';
import { permissionSetTests } from './permsets.browser';
import { relayoutTest } from './relayout.browser';
import { setupTests } from './setup.browser';
import { tests } from './shell.browser';

/**
 * `npm run test:browser`: builds the app (unless `--no-build`), starts it on a fresh database
 * with the demo seed, and runs the browser tests in Chromium one after another. A failing test
 * leaves a screenshot of the page it failed on. Prints "Browser tests: N passed, M failed".
 */
async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit', cwd: join(__dirname, '../..') });
  let app = await startBuiltApp();
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    // The shell's paths first, then Lumary AR's (they change AR data: a billing run comes last).
    for (const test of [...cspTests, ...tests, ...arTests, ...opsTests, ...permissionSetTests, ...setupTests]) {
      const started = Date.now();
      try {
        await test.run({ browser, url: app.url });
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${test.name}\n    ${String((error as Error).stack ?? error).replace(/\n/g, '\n    ')}`);
        for (const context of browser.contexts()) {
          for (const [i, page] of context.pages().entries()) await screenshot(page, `failed-${failed}-${i}`).catch(() => undefined);
        }
      } finally {
        for (const context of browser.contexts()) await context.close();
      }
    }
    // Last, as it restarts the app: a reordered layout shows without rebuilding the web app.
    const name = 'admin: a layout reordered in the metadata shows on the next page load, the web app not rebuilt';
    const started = Date.now();
    try {
      app = await relayoutTest(browser, app);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n    ${String((error as Error).stack ?? error).replace(/\n/g, '\n    ')}`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log(`\nBrowser tests: ${passed} passed, ${failed} failed (screenshots in ${ARTIFACTS})`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
