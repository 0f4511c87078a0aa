import { startBuiltApp } from './harness';

/**
 * The browser suite's app, started by playwright.config.ts's webServer: the built app on a fresh
 * PGlite folder with the demo seed and the operator token the tests use, on a free port. The line
 * it prints once the seed is written gives the suite its URL; SIGTERM stops the app and removes
 * its data folder.
 */
async function main(): Promise<void> {
  const app = await startBuiltApp();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void app.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`The browser tests' app is running at ${app.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
